// Programmes over time, end to end on a three-year corpus written for the tests
// (test/fixtures/years: 浑源县, 稷山县, 平遥县 2022–2024, adoption years known by construction).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/run/pipeline.js';
import { parseCsv } from '../fixtures/export/csv.js';
import { hasGexfSchema, hasNetworkx, hasXmllint, python, xmllintRelaxNg } from '../fixtures/export/tools.js';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-years-'));
let result: BuildResult;
beforeAll(async () => {
  result = await build(['test/fixtures/years'], out, { layout: false });
}, 120_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const csv = (file: string) => parseCsv(fs.readFileSync(path.join(out, file), 'utf8').slice(1));

describe('a corpus of three regions over three years', () => {
  it('gives every report its year from the session line and a label people read', () => {
    const docs = JSON.parse(fs.readFileSync(path.join(out, 'documents.json'), 'utf8'));
    const list = (docs.documents ?? docs) as { label: string; year: number; yearFrom: string }[];
    expect(list.map((d) => d.label).sort()).toEqual(
      ['平遥县', '浑源县', '稷山县'].flatMap((r) => [2022, 2023, 2024].map((y) => `${r} ${y}`)).sort(),
    );
    expect(new Set(list.map((d) => d.yearFrom))).toEqual(new Set(['session']));
  });

  it('keeps one region node per region, with the years of its reports', () => {
    const { graph } = result;
    expect(graph.getNodeAttribute('region:平遥县', 'reports')).toHaveLength(3);
    expect(graph.getNodeAttribute('region:平遥县', 'years')).toEqual([2022, 2023, 2024]);
    // codes as statistical tables write them, the parent's beside
    expect(graph.getNodeAttributes('region:平遥县')).toMatchObject({ code: '140728', parentCode: '140700' });
  });

  it('gives entities their years and first year, and each region × programme edge its own', () => {
    const { graph } = result;
    expect(graph.getNodeAttribute('programme:千万工程', 'years')).toEqual([2022, 2023, 2024]);
    expect(graph.getNodeAttribute('programme:千万工程', 'firstYear')).toBe(2022);
    expect(graph.getNodeAttribute('programme:四好农村路', 'years')).toEqual([2022, 2024]);
    const edge = (r: string, p: string) => graph.getEdgeAttributes(`mentions:region:${r}->programme:${p}`);
    expect(edge('稷山县', '千万工程')).toMatchObject({ years: [2023, 2024], firstYear: 2023 });
    expect(edge('平遥县', '四好农村路')).toMatchObject({ years: [2022, 2024], firstYear: 2022 });
    // the evidence starts with the sentence of the year the region first named it
    const first = edge('浑源县', '千万工程').evidence![0]!;
    expect(result.documents.find((d) => d.id === first.doc)?.year).toBe(2022);
  });

  it('writes panel.csv: one row per region × year × entity named, right to the row', () => {
    const [header, ...rows] = csv('panel.csv');
    expect(header).toEqual([
      'region',
      'region_code',
      'parent',
      'province',
      'year',
      'entity',
      'type',
      'mentions',
      'phases',
      'first_year',
    ]);
    expect(rows).toEqual([
      ['平遥县', '140728', '晋中市', '山西省', '2022', '四好农村路', 'programme', '1', 'review', '2022'],
      ['平遥县', '140728', '晋中市', '山西省', '2024', '千万工程', 'programme', '1', 'review', '2024'],
      ['平遥县', '140728', '晋中市', '山西省', '2024', '四好农村路', 'programme', '1', 'review', '2022'],
      ['浑源县', '140225', '大同市', '山西省', '2022', '千万工程', 'programme', '1', 'review', '2022'],
      ['浑源县', '140225', '大同市', '山西省', '2023', '千万工程', 'programme', '1', 'review', '2022'],
      ['浑源县', '140225', '大同市', '山西省', '2024', '千万工程', 'programme', '1', 'review', '2022'],
      ['浑源县', '140225', '大同市', '山西省', '2024', '枫桥经验', 'programme', '1', 'review', '2024'],
      ['稷山县', '140824', '运城市', '山西省', '2022', '枫桥经验', 'programme', '1', 'review', '2022'],
      ['稷山县', '140824', '运城市', '山西省', '2023', '千万工程', 'programme', '1', 'review', '2023'],
      ['稷山县', '140824', '运城市', '山西省', '2024', '千万工程', 'programme', '1', 'review', '2023'],
    ]);
  });

  it('writes events.csv: each region at risk from its first report until it names a shared programme', () => {
    const [header, ...rows] = csv('events.csv');
    expect(header).toEqual(['region', 'region_code', 'programme', 'year', 'adopted']);
    expect(rows.map((r) => r.join(' '))).toEqual([
      '平遥县 140728 千万工程 2022 0',
      '平遥县 140728 千万工程 2023 0',
      '平遥县 140728 千万工程 2024 1',
      '浑源县 140225 千万工程 2022 1',
      '稷山县 140824 千万工程 2022 0',
      '稷山县 140824 千万工程 2023 1',
      // 平遥县 never names 枫桥经验: right-censored at its last report
      '平遥县 140728 枫桥经验 2022 0',
      '平遥县 140728 枫桥经验 2023 0',
      '平遥县 140728 枫桥经验 2024 0',
      '浑源县 140225 枫桥经验 2022 0',
      '浑源县 140225 枫桥经验 2023 0',
      '浑源县 140225 枫桥经验 2024 1',
      '稷山县 140824 枫桥经验 2022 1',
      // 四好农村路 is named by one region only: no event table
    ]);
  });

  it('writes every mention to mentions.csv, with offsets that find the sentence and the name', () => {
    const [header, ...rows] = csv('mentions.csv');
    const mentions = result.graph.reduceNodes((sum, _k, a) => sum + a.mentions, 0);
    expect(rows).toHaveLength(mentions);
    const col = (name: string) => header!.indexOf(name);
    const row = rows.find((r) => r[col('report')] === '稷山县 2023' && r[col('entity')] === '千万工程')!;
    expect(row.slice(0, 8)).toEqual([
      '稷山县',
      '140824',
      '稷山县_2023',
      '稷山县 2023',
      '2023',
      '千万工程',
      'programme',
      'review',
    ]);
    const text = fs.readFileSync('test/fixtures/years/稷山县_2023.txt', 'utf8');
    // the cleaned text of this plain UTF-8 file is the file itself: the offsets point into it
    const [start, end, sStart, sEnd] = ['start', 'end', 'sentence_start', 'sentence_end'].map((c) =>
      Number(row[col(c)]),
    );
    expect(text.slice(start, end)).toBe(row[col('surface')]);
    expect(text.slice(sStart, sEnd)).toBe(row[col('sentence')]);
    expect(row[col('sentence')]).toContain('“千万工程”');
  });

  it('writes documents.csv with six-digit region and parent codes', () => {
    const [header, ...rows] = csv('documents.csv');
    expect(header).toEqual([
      'id',
      'label',
      'region',
      'region_code',
      'parent_code',
      'province',
      'level',
      'date',
      'year',
      'speaker',
      'title',
      'characters',
      'warnings',
    ]);
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r[0] === '平遥县_2023')!.slice(0, 9)).toEqual([
      '平遥县_2023',
      '平遥县 2023',
      '平遥县',
      '140728',
      '140700',
      '山西省',
      'county',
      '2023-01-10',
      '2023',
    ]);
  });

  it('reports the bursts and what each region named for the first time in summary.md', () => {
    const summary = fs.readFileSync(path.join(out, 'summary.md'), 'utf8');
    // 千万工程 is named by 1/3, 2/3, 3/3 of the reports: p0 = 6/9, p1 capped at 0.9999; in 2024 the
    // cost saved, 3·ln(1/(2/3)) − 3·ln(1/0.9999) = 1.2161, exceeds the entry cost γ·ln 3 = 1.0986
    expect(summary).toContain('| 千万工程 | programme | 2024 | 2024 | 1.22 | 2022: 1/3, 2023: 2/3, 2024: 3/3 |');
    const first = summary.slice(summary.indexOf('## Named for the first time'), summary.indexOf('## Warnings'));
    expect(first).toContain(
      '### 稷山县\n\n- Named for the first time in 2023: 千万工程\n- Named for the first time in 2024: —',
    );
    expect(first).toContain(
      '### 浑源县\n\n- Named for the first time in 2023: —\n- Named for the first time in 2024: 枫桥经验',
    );
    expect(summary).toContain('| 平遥县 2023 | 平遥县_2023 |');
  });

  it('writes graph.gexf as dynamic GEXF 1.3 with a spell per run of years', () => {
    const gexf = fs.readFileSync(path.join(out, 'graph.gexf'), 'utf8');
    expect(gexf).toMatch(/<graph defaultedgetype="directed" mode="dynamic" timeformat="integer">/);
    const node = gexf.slice(gexf.indexOf('<node id="programme:四好农村路"'));
    expect(node.slice(0, node.indexOf('</node>'))).toMatch(
      /<spells>\s*<spell start="2022" end="2022"\/>\s*<spell start="2024" end="2024"\/>\s*<\/spells>/,
    );
    const edge = gexf.slice(gexf.indexOf('<edge id="mentions:region:浑源县-&gt;programme:千万工程"'));
    expect(edge.slice(0, edge.indexOf('</edge>'))).toMatch(/<spell start="2022" end="2024"\/>/);
  });

  it.skipIf(!hasXmllint || !hasGexfSchema)(
    'graph.gexf passes the GEXF 1.3 RELAX NG schema (SKIPPED without xmllint or ../shared/specs)',
    () => {
      const r = xmllintRelaxNg(fs.readFileSync(path.join(out, 'graph.gexf'), 'utf8'));
      expect(r.output).toMatch(/validates$/);
      expect(r.status).toBe(0);
    },
  );

  it.skipIf(!hasNetworkx)('graph-1.2.gexf is read by NetworkX (SKIPPED without python3-networkx)', () => {
    const read = python(
      'import json,sys,networkx as nx\ng=nx.read_gexf(sys.argv[1])\nprint(json.dumps([g.number_of_nodes(),g.number_of_edges(),g.nodes["programme:千万工程"]["years"]]))',
      path.join(out, 'graph-1.2.gexf'),
    );
    expect(JSON.parse(read)).toEqual([result.graph.order, result.graph.size, '2022|2023|2024']);
  });
});
