import { describe, expect, it } from 'vitest';
import { EDGE_CSV_COLUMNS, edgesCsv } from '../../src/export/edges-csv.js';
import { fixtureInput } from '../fixtures/export/graph.js';
import { parseCsv } from '../fixtures/export/csv.js';

const text = edgesCsv.render(fixtureInput()) as string;
const rows = parseCsv(text.slice(1));

describe('edges.csv', () => {
  it('has a BOM, the documented columns and one row per edge', () => {
    expect(
      text.startsWith('\uFEFFid,source,target,kind,weight,phases,docs,years,firstYear,evidence,evidenceDoc\r\n'),
    ).toBe(true);
    expect(rows[0]).toEqual([...EDGE_CSV_COLUMNS]);
    expect(rows).toHaveLength(fixtureInput().graph.size + 1);
  });

  it('writes the first evidence sentence, quoted, with control characters dropped', () => {
    const row = rows.find((r) => r[0] === 'mentions:region:浑源县->programme:千万工程');
    expect(row).toEqual([
      'mentions:region:浑源县->programme:千万工程',
      'region:浑源县',
      'programme:千万工程',
      'mentions',
      '3',
      'review|plan',
      'hunyuan-2024',
      '2024',
      '2024',
      '学习运用“千万工程”经验，<img src=x onerror=alert(1)> & "示范村" \'20\'个。',
      'hunyuan-2024',
    ]);
    expect(text).toContain(
      ',"学习运用“千万工程”经验，<img src=x onerror=alert(1)> & ""示范村"" \'20\'个。",hunyuan-2024\r\n',
    );
  });

  it('leaves list and evidence cells empty for structural edges', () => {
    expect(rows.find((r) => r[0] === 'part_of:region:浑源县->region:大同市')).toEqual([
      'part_of:region:浑源县->region:大同市',
      'region:浑源县',
      'region:大同市',
      'part_of',
      '1',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });
});
