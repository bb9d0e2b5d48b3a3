import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsJson } from '../../src/export/documents-json.js';
import type { ReuseStats } from '../../src/export/reuse.js';
import type { ExportInput } from '../../src/export/types.js';
import { writeOutputs } from '../../src/export/write.js';
import { compare } from '../../src/text/compare.js';
import { fixtureInput } from '../fixtures/export/graph.js';
import { tempDirs } from '../fixtures/temp.js';

const tmp = tempDirs('govgraph-documents-json-');

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

describe('documents.json in blocks', () => {
  /** The file as JSON.stringify writes the whole of it: what its pieces must add up to. */
  const whole = (input: ExportInput) => {
    const docs = [...input.documents].sort((a, b) => compare(a.id, b.id)).map((d) => d as unknown);
    const problems = [...input.problems].sort((a, b) => compare(a.file, b.file));
    // the entries' own key order is documentsJson's (id first): taken from its output
    const entries = JSON.parse(documentsJson.render(input) as string).documents;
    expect(entries.map((d: { id: string }) => d.id)).toEqual(docs.map((d) => (d as { id: string }).id));
    return JSON.stringify({ documents: entries, problems }, null, 2) + '\n';
  };

  it('is, piece by piece, what stringifying the whole gives: no reports, no problems, awkward text', () => {
    const input = fixtureInput();
    expect(documentsJson.render(input)).toBe(whole(input));
    expect(documentsJson.render({ ...input, documents: [] })).toBe(whole({ ...input, documents: [] }));
    expect(documentsJson.render({ ...input, problems: [] })).toBe(whole({ ...input, problems: [] }));
    const awkward = fixtureInput();
    awkward.documents[0]!.warnings = ['a "quoted"\nline\\ with\ttab </script> ', '  '];
    awkward.documents[1]!.sections = [];
    awkward.problems.push({ file: 'b\nc.txt', reason: '"odd"' });
    expect(documentsJson.render(awkward)).toBe(whole(awkward));
  });

  it('is copied report by report in a rebuild: one report more renders its own entry only', async () => {
    const dir = tmp();
    const input = fixtureInput();
    const digests = new Map(input.documents.map((d) => [d.id, `digest of ${d.id}`]));
    const write = async (i: ExportInput) => {
      let stats: ReuseStats | undefined;
      await writeOutputs(dir, i, [documentsJson], { reuse: { version: 'v1', onStats: (s) => (stats = s) } });
      expect(fs.readFileSync(path.join(dir, 'documents.json'), 'utf8')).toBe(whole(i));
      return stats!;
    };
    expect(await write({ ...input, digests })).toMatchObject({ copied: 0, rendered: 3 });
    // one report more, sorted between the others
    const added = { ...structuredClone(input.documents[1]!), id: 'hunyuan-2025', file: 'seeds/hunyuan-2025.txt' };
    const more = { ...input, documents: [...input.documents, added] };
    const moreDigests = new Map([...digests, ['hunyuan-2025', 'digest of hunyuan-2025']]);
    expect(await write({ ...more, digests: moreDigests })).toMatchObject({ copied: 3, rendered: 1 });
    // a report whose digest changed is rendered again, whatever its text
    moreDigests.set('datong-2024', 'another digest');
    expect(await write({ ...more, digests: moreDigests })).toMatchObject({ copied: 3, rendered: 1 });
    // without digests an entry is known by its text: a changed one is rendered, the rest copied
    more.documents[0]!.warnings = ['a new warning'];
    expect(await write(more)).toMatchObject({ copied: 0, rendered: 4 });
    expect(await write({ ...more, documents: [...more.documents] })).toMatchObject({ copied: 4, rendered: 0 });
  });
});
