// govgraph timeline and shared --year on the three-year test corpus (test/fixtures/years).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { printed } from '../fixtures/console.js';
import { build } from '../../src/run/pipeline.js';
import { loadDocumentsJson, loadGraphJson, sharedProgrammes, timeline } from '../../src/query.js';
import { runShared, runTimeline } from '../../src/commands.js';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-timeline-'));
beforeAll(async () => {
  await build(['test/fixtures/years'], out, { layout: false });
}, 120_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('timeline', () => {
  it('lists the regions in the order they first named the programme, with their report years', () => {
    const rows = timeline(loadGraphJson(out), loadDocumentsJson(out), 'programme:千万工程');
    expect(rows.map((r) => [r.region, r.firstYear, r.years, r.reportYears, r.first?.report])).toEqual([
      ['浑源县', 2022, [2022, 2023, 2024], [2022, 2023, 2024], '浑源县 2022'],
      ['稷山县', 2023, [2023, 2024], [2022, 2023, 2024], '稷山县 2023'],
      ['平遥县', 2024, [2024], [2022, 2023, 2024], '平遥县 2024'],
    ]);
    expect(rows[0]!.first!.sentence).toContain('“千万工程”');
  });

  it('prints ● for a year that names it, ○ for a report that does not', () => {
    const { code, lines } = printed(() => runTimeline('四好农村路', { dir: out }));
    expect(code).toBe(0);
    expect(lines[1]).toBe(['region', 2022, 2023, 2024, 'first', 'first sentence'].join('\t'));
    expect(lines[2]!.split('\t').slice(0, 5)).toEqual(['平遥县', '●', '○', '●', '2022']);
  });

  it('says which entity it cannot find', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(runTimeline('不存在工程', { dir: out })).toBe(1);
    expect(error.mock.calls[0]![0]).toMatch(/no entity named "不存在工程"/);
    error.mockRestore();
  });
});

describe('shared --year', () => {
  it("restricts the shared programmes to one year's reports", () => {
    const graph = loadGraphJson(out);
    expect(sharedProgrammes(graph, 2, 2022)).toEqual([]);
    expect(sharedProgrammes(graph, 2, 2023)).toMatchObject([{ label: '千万工程', regions: ['浑源县', '稷山县'] }]);
    expect(sharedProgrammes(graph, 2, 2024)[0]).toMatchObject({
      label: '千万工程',
      regions: ['平遥县', '浑源县', '稷山县'],
    });
    // over all years 枫桥经验 is shared too (稷山县 2022, 浑源县 2024), in no single year
    expect(sharedProgrammes(graph, 2).map((r) => r.label)).toEqual(['千万工程', '枫桥经验']);
    expect(printed(() => runShared(out, { min: 2, year: 2022 })).lines).toEqual([
      'no programme is named by 2 or more regions in 2022',
    ]);
  });
});

describe('shared --regions and --format', () => {
  it('lists what all the given regions name, each with how often it names it', () => {
    const { code, lines } = printed(() => runShared(out, { min: 2, regions: ['稷山县', '浑源县'] }));
    expect(code).toBe(0);
    expect(lines).toEqual(['regions\tprogramme\t浑源县\t稷山县', '3\t千万工程\t3\t2', '2\t枫桥经验\t1\t1']);
  });

  it('writes the same table as CSV or Markdown', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(runShared(out, { min: 2, regions: ['浑源县', '平遥县'], format: 'csv' })).toBe(0);
      expect(String(write.mock.calls[0]![0])).toBe('\uFEFFregions,programme,平遥县,浑源县\r\n3,千万工程,1,3\r\n');
    } finally {
      write.mockRestore();
    }
    const md = printed(() => runShared(out, { min: 2, regions: ['浑源县', '平遥县'], format: 'md' })).lines[0]!;
    expect(md.split('\n')).toEqual([
      '| regions | programme | 平遥县 | 浑源县 |',
      '| --- | --- | --- | --- |',
      '| 3 | 千万工程 | 1 | 3 |',
    ]);
  });

  it('refuses a region that issued no report, naming the ones there are (exit 2)', () => {
    const { code, lines } = printed(() => runShared(out, { min: 2, regions: ['浑源'] }), 'error');
    expect(code).toBe(2);
    expect(lines[0]).toBe(`govgraph: no report issued by 浑源 in ${out}/graph.json; regions: 平遥县, 浑源县, 稷山县`);
  });
});
