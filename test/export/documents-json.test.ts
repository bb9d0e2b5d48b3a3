import { describe, expect, it } from 'vitest';
import { documentsJson } from '../../src/export/documents-json.js';
import { fixtureInput } from '../fixtures/export/graph.js';

const text = documentsJson.render(fixtureInput()) as string;
const data = JSON.parse(text);

describe('documents.json', () => {
  it('holds the documents sorted by id and the problems', () => {
    expect(Object.keys(data)).toEqual(['documents', 'problems']);
    expect(data.documents.map((d: { id: string }) => d.id)).toEqual(['datong-2024', 'hunyuan-2024', 'shuozhou-2024']);
    expect(data.problems).toEqual([{ file: 'seeds/broken.bin', reason: 'binary file, not a text report' }]);
  });

  it('keeps DocumentInfo field order, id first', () => {
    const hunyuan = data.documents[1];
    expect(Object.keys(hunyuan).slice(0, 6)).toEqual(['id', 'label', 'file', 'encoding', 'region', 'year']);
    expect(hunyuan).toMatchObject({
      speaker: '赵昱清',
      speakerTitle: '县长',
      warnings: ['repaired GBK mojibake in 3 spans', expect.any(String)],
    });
    expect(hunyuan.region).toEqual({ code: '140225', level: 'county', name: '浑源县', parent: '山西省' });
  });

  it('does not depend on input order', () => {
    expect(documentsJson.render(fixtureInput({ reverse: true }))).toBe(text);
  });
});
