// The graph contract (DESIGN.md): node keys and attributes, mentions edges with evidence,
// part_of chains, co-occurrence, communities and a reproducible layout.
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/resolve/index.js';
import { addEdgesBeside, buildGraph, graphNodes, type ReportRef } from '../../src/graph/build.js';
import { cooccurrenceCodes, cooccurrenceInput, countPairs, countPairsBeside } from '../../src/graph/cooccur.js';
import { assignCommunities } from '../../src/graph/communities.js';
import { layout } from '../../src/graph/layout.js';
import { panelBeside, panelOf } from '../../src/graph/panel.js';
import { mentionRows } from '../../src/graph/mentions.js';
import { MentionList } from '../../src/resolve/store.js';
import type { Mention } from '../../src/extract/index.js';
import { mentionOf } from '../fixtures/mention.js';

const S = ['以“千万工程”为牵引，推进乡村振兴。', '学习运用“千万工程”经验，推进乡村振兴。', '实施“四好农村路”工程。'];
const m = (
  doc: string,
  type: Mention['type'],
  name: string,
  sentence: number,
  phase: Mention['phase'] = 'review',
): Mention => ({
  type,
  name,
  surface: name,
  doc,
  sentence,
  start: 0,
  end: 1,
  phase,
});
const reports: ReportRef[] = [
  {
    id: 'hy',
    region: { name: '浑源县', level: 'county', parent: '大同市', province: '山西省', code: '140225' },
    sentence: (i) => ({ text: S[i]!, start: i * 20, end: i * 20 + S[i]!.length }),
  },
  {
    id: 'js',
    region: { name: '稷山县', level: 'county', parent: '运城市', province: '山西省' },
    sentence: (i) => ({ text: S[i]!, start: i * 20, end: i * 20 + S[i]!.length }),
  },
];
const mentions = [
  m('hy', 'programme', '千万工程', 0),
  m('hy', 'theme', '乡村振兴', 0),
  m('hy', 'programme', '千万工程', 1, 'plan'),
  m('hy', 'theme', '乡村振兴', 1, 'plan'),
  m('js', 'programme', '千万工程', 0),
  m('js', 'programme', '四好农村路', 2, 'plan'),
  m('js', 'region', '浑源县', 2),
];

function graph() {
  const g = buildGraph(resolve(mentions), reports);
  assignCommunities(g);
  layout(g, { iterations: 50 });
  return g;
}

describe('buildGraph', () => {
  it('keeps the name a report gave its since renamed region as the node’s alias', () => {
    const renamed: ReportRef[] = [
      {
        id: 'hm',
        region: { name: '海门区', level: 'district', parent: '南通市', province: '江苏省', written: '海门市' },
        sentence: (i) => ({ text: S[i]!, start: i * 20, end: i * 20 + S[i]!.length }),
      },
    ];
    const g = buildGraph(resolve([m('hm', 'programme', '千万工程', 0)]), renamed);
    expect(g.getNodeAttributes('region:海门区')).toMatchObject({ label: '海门区', aliases: ['海门市'] });
  });

  it('follows the node contract', () => {
    const g = graph();
    const a = g.getNodeAttributes('programme:千万工程');
    expect(a).toMatchObject({ label: '千万工程', type: 'programme', docs: ['hy', 'js'], mentions: 3, regionCount: 2 });
    expect(typeof a.x).toBe('number');
    expect(a.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(g.getNodeAttributes('region:浑源县')).toMatchObject({
      level: 'county',
      code: '140225',
      parent: '大同市',
      reports: ['hy'],
    });
  });

  it('links each issuing region to what it mentions, with phases and evidence', () => {
    const g = graph();
    const e = g.getEdgeAttributes('mentions:region:浑源县->programme:千万工程');
    expect(e).toMatchObject({ kind: 'mentions', weight: 2, phases: ['review', 'plan'], docs: ['hy'] });
    expect(e.evidence).toEqual([
      { doc: 'hy', sentence: S[0], start: 0, end: S[0]!.length },
      { doc: 'hy', sentence: S[1], start: 20, end: 20 + S[1]!.length },
    ]);
    // a region mentioned by another report is linked too, but a report never mentions itself
    expect(g.hasEdge('mentions:region:稷山县->region:浑源县')).toBe(true);
  });

  it('chains issuing regions up to the province', () => {
    const g = graph();
    expect(g.hasEdge('part_of:region:浑源县->region:大同市')).toBe(true);
    expect(g.hasEdge('part_of:region:大同市->region:山西省')).toBe(true);
    expect(g.getNodeAttribute('region:山西省', 'level')).toBe('province');
  });

  it('keeps co-occurrences seen in at least two sentences', () => {
    const g = graph();
    expect(g.getEdgeAttributes('co_occurs:programme:千万工程->theme:乡村振兴')).toMatchObject({
      kind: 'co_occurs',
      weight: 2,
    });
    expect(g.hasEdge('co_occurs:programme:四好农村路->programme:千万工程')).toBe(false);
  });

  it('is reproducible: same input, same positions and communities', () => {
    expect(JSON.stringify(graph().export())).toBe(JSON.stringify(graph().export()));
  });
});

describe('bundles and their parts', () => {
  it('links a part to its bundle with part_of when both are named', () => {
    const m = (doc: string, name: string, partOf?: string) => mentionOf(doc, name, partOf ? { partOf } : {});
    const refs = ['a', 'b'].map((id) => ({
      id,
      region: { name: `${id}县`, level: 'county' as const },
      sentence: () => undefined,
    }));
    const g = buildGraph(resolve([m('a', '六稳', '六稳六保'), m('b', '六稳六保')]), refs);
    expect(g.hasEdge('part_of:programme:六稳->programme:六稳六保')).toBe(true);
    // a region that names only the part does not name the bundle
    expect(g.hasEdge('mentions:region:a县->programme:六稳六保')).toBe(false);
    const alone = buildGraph(resolve([m('a', '六稳', '六稳六保')]), refs);
    expect(alone.hasNode('programme:六稳六保')).toBe(false);
  });
});

describe('evidence as people read it', () => {
  it('shows a character lost to bad bytes as □, at the same offsets', () => {
    const text = '推进“千万工程”\uFFFD\uFFFD建设。';
    const refs = [
      {
        id: 'a',
        region: { name: '甲县', level: 'county' as const },
        sentence: () => ({ text, start: 5, end: 5 + text.length }),
      },
    ];
    const g = buildGraph(resolve([m('a', 'programme', '千万工程', 0)]), refs);
    const [ev] = g.getEdgeAttribute('mentions:region:甲县->programme:千万工程', 'evidence')!;
    expect(ev).toEqual({ doc: 'a', sentence: '推进“千万工程”□□建设。', start: 5, end: 5 + text.length });
  });
});

describe('years and stores', () => {
  // the same region's reports of three years, in the store out of year order, one without a year
  const county = { name: '稷山县', level: 'county', parent: '运城市', province: '山西省' } as const;
  const said = (id: string, year: number | undefined): ReportRef => ({
    id,
    region: county,
    ...(year ? { year } : {}),
    sentence: (i) => ({ text: `${id}的第${i}句提到“千万工程”。`, start: i * 100, end: i * 100 + 12 }),
  });
  const years = [said('a-2024', 2024), said('b-none', undefined), said('c-2022', 2022), said('d-2023', 2023)];

  it("starts an edge's evidence with the report of its first year, reports without a year last", () => {
    // and a year's mentions in the order they come: a-2024's sentence 0 before its sentence 1
    const ms = [...years.map((r) => m(r.id, 'programme', '千万工程', 0)), m('a-2024', 'programme', '千万工程', 1)];
    const edge = buildGraph(resolve(ms), years, { evidencePerEdge: 5 }).getEdgeAttributes(
      'mentions:region:稷山县->programme:千万工程',
    );
    expect(edge.evidence!.map((x) => [x.doc, x.start])).toEqual([
      ['c-2022', 0],
      ['d-2023', 0],
      ['a-2024', 0],
      ['a-2024', 100],
      ['b-none', 0],
    ]);
    expect(edge).toMatchObject({ weight: 5, years: [2022, 2023, 2024], firstYear: 2022 });
  });

  it('counts a report whose mentions come in two runs once: its doc and its region', () => {
    // two reports without a year (so no sort joins the runs): p, q, then p again, in one store
    const undated = [said('p', undefined), said('q', undefined)];
    const ms = [
      m('p', 'programme', '千万工程', 0),
      m('q', 'programme', '千万工程', 0),
      m('p', 'programme', '千万工程', 1),
    ];
    const g = buildGraph(resolve(ms), undated);
    const edge = g.getEdgeAttributes('mentions:region:稷山县->programme:千万工程');
    expect(edge).toMatchObject({ weight: 3, docs: ['p', 'q'] });
    expect(edge.evidence!.map((x) => [x.doc, x.start])).toEqual([
      ['p', 0],
      ['q', 0],
      ['p', 100],
    ]);
    expect(g.getNodeAttributes('programme:千万工程')).toMatchObject({ regionCount: 1, docs: ['p', 'q'] });
  });

  it("lists an edge's reports by id, its phases in their order and its years sorted, whatever order its mentions come in", () => {
    // the store numbers its reports as they come (d, c, a, b: not in id order), a plan before a review
    const ms = [
      m('d-2023', 'programme', '千万工程', 0, 'plan'),
      m('c-2022', 'programme', '千万工程', 0, 'glossary'),
      m('a-2024', 'programme', '千万工程', 0, 'review'),
      m('b-none', 'programme', '千万工程', 0, 'plan'),
    ];
    const entities = resolve(ms);
    expect(entities[0]!.mentions.store.inIdOrder).toBe(false);
    const edge = buildGraph(entities, years).getEdgeAttributes('mentions:region:稷山县->programme:千万工程');
    expect(edge).toMatchObject({
      weight: 4,
      phases: ['review', 'plan', 'glossary'],
      docs: ['a-2024', 'b-none', 'c-2022', 'd-2023'],
      years: [2022, 2023, 2024],
      firstYear: 2022,
    });
    // the attributes in the order every output writes them
    expect(Object.keys(edge)).toEqual(['kind', 'weight', 'phases', 'docs', 'evidence', 'years', 'firstYear']);
    // no year: neither years nor firstYear
    const undated = buildGraph(resolve([m('b-none', 'programme', '千万工程', 0)]), years).getEdgeAttributes(
      'mentions:region:稷山县->programme:千万工程',
    );
    expect(Object.keys(undated)).toEqual(['kind', 'weight', 'phases', 'docs', 'evidence']);
  });

  it('counts a region once for all its reports, and a report of no known region as one of its own', () => {
    const region = (name: string) => ({ name, level: 'county' as const, parent: '运城市', province: '山西省' });
    const ref = (id: string, r: ReportRef['region'], year?: number): ReportRef => ({
      id,
      region: r,
      ...(year ? { year } : {}),
      sentence: (i) => ({ text: S[i]!, start: i * 20, end: i * 20 + S[i]!.length }),
    });
    const refs = [
      ref('js-2022', region('稷山县'), 2022),
      ref('js-2023', region('稷山县'), 2023),
      ref('loose', null),
      ref('wr-2023', region('万荣县'), 2023),
    ];
    const g = buildGraph(
      resolve([
        m('js-2022', 'programme', '千万工程', 0),
        m('js-2023', 'programme', '千万工程', 1),
        m('loose', 'programme', '千万工程', 0),
        // 稷山县 names itself and 万荣县: the region's node counts its own reports, but no edge loops
        m('js-2022', 'region', '稷山县', 2),
        m('js-2023', 'region', '万荣县', 2),
        m('wr-2023', 'region', '稷山县', 2),
      ]),
      refs,
    );
    expect(g.getNodeAttribute('programme:千万工程', 'regionCount')).toBe(2);
    expect(g.getEdgeAttributes('mentions:region:稷山县->programme:千万工程')).toMatchObject({
      weight: 2,
      docs: ['js-2022', 'js-2023'],
      years: [2022, 2023],
    });
    // the report of no region is counted, but is no edge's source
    expect(g.inEdges('programme:千万工程')).toHaveLength(1);
    expect(g.getNodeAttribute('region:稷山县', 'regionCount')).toBe(2);
    expect(g.hasEdge('mentions:region:稷山县->region:稷山县')).toBe(false);
    expect(g.getEdgeAttribute('mentions:region:万荣县->region:稷山县', 'docs')).toEqual(['wr-2023']);
    expect(g.getEdgeAttribute('mentions:region:稷山县->region:万荣县', 'docs')).toEqual(['js-2023']);
  });

  it('counts the panel of entities resolved from different stores, each cell once', () => {
    // two corpora resolved apart: their entities hold mentions of two stores
    const first = resolve([m('c-2022', 'programme', '千万工程', 0), m('c-2022', 'programme', '千万工程', 1, 'plan')]);
    const second = resolve([m('a-2024', 'theme', '乡村振兴', 0), m('b-none', 'theme', '乡村振兴', 0)]);
    const panel = panelOf([...first, ...second], years);
    expect(panel).toEqual([
      { region: '稷山县', year: 2022, entity: 'programme:千万工程', mentions: 2, phases: ['review', 'plan'] },
      { region: '稷山县', year: 2024, entity: 'theme:乡村振兴', mentions: 1, phases: ['review'] },
    ]);
  });

  it('sorts the panel by region, then year, then entity key, whatever order the reports come in', () => {
    const report = (id: string, name: string, year: number): ReportRef => ({
      id,
      region: { name, level: 'county', parent: '运城市', province: '山西省' },
      year,
      sentence: () => ({ text: '句。', start: 0, end: 2 }),
    });
    const refs = [report('y23', '乙县', 2023), report('j23', '甲县', 2023), report('y22', '乙县', 2022)];
    const ms = [
      m('y23', 'theme', '乡村振兴', 0),
      m('y23', 'programme', '四好农村路', 0),
      m('j23', 'programme', '千万工程', 0),
      m('y22', 'theme', '乡村振兴', 0),
      m('y22', 'programme', '千万工程', 0),
    ];
    expect(panelOf(resolve(ms), refs).map((c) => [c.region, c.year, c.entity])).toEqual([
      ['乙县', 2022, 'programme:千万工程'],
      ['乙县', 2022, 'theme:乡村振兴'],
      ['乙县', 2023, 'programme:四好农村路'],
      ['乙县', 2023, 'theme:乡村振兴'],
      ['甲县', 2023, 'programme:千万工程'],
    ]);
  });

  it('counts the panel on a thread of its own to the same cells, a region left out of the slots of its own reports', async () => {
    const other = { name: '万荣县', level: 'county', parent: '运城市', province: '山西省' } as const;
    const refs: ReportRef[] = [...years, { id: 'w-2023', region: other, year: 2023, sentence: () => undefined }];
    const first = resolve([
      m('c-2022', 'programme', '千万工程', 0),
      m('c-2022', 'programme', '千万工程', 1, 'plan'),
      // the county names itself in its own report (no cell) and in the neighbour's (a cell)
      m('c-2022', 'region', '稷山县', 2),
      m('w-2023', 'region', '稷山县', 0, 'plan'),
      m('w-2023', 'programme', '千万工程', 1),
    ]);
    const second = resolve([m('a-2024', 'theme', '乡村振兴', 0), m('b-none', 'theme', '乡村振兴', 0)]);
    const entities = [...first, ...second];
    const expected = [
      { region: '万荣县', year: 2023, entity: 'programme:千万工程', mentions: 1, phases: ['review'] },
      { region: '万荣县', year: 2023, entity: 'region:稷山县', mentions: 1, phases: ['plan'] },
      { region: '稷山县', year: 2022, entity: 'programme:千万工程', mentions: 2, phases: ['review', 'plan'] },
      { region: '稷山县', year: 2024, entity: 'theme:乡村振兴', mentions: 1, phases: ['review'] },
    ];
    expect(panelOf(entities, refs)).toEqual(expected);
    expect(await panelBeside(entities, refs, 0)).toEqual(expected);
    // the entities are the caller's still: their mentions were copied to the thread, not taken
    expect(panelOf(entities, refs)).toEqual(expected);
  });

  it('pairs co-occurring entities by report id, whichever store their mentions are in', async () => {
    // the first store numbers c-2022 0 and a-2024 1, the second a-2024 0: the same numbers, other reports
    const first = resolve([m('c-2022', 'programme', '千万工程', 0), m('a-2024', 'industry', '黄芪', 3)]);
    const second = resolve([m('a-2024', 'theme', '乡村振兴', 0), m('a-2024', 'theme', '乡村振兴', 3)]);
    const g = buildGraph([...first, ...second], years, { cooccurMin: 1 });
    expect(g.filterEdges((_k, a) => a.kind === 'co_occurs')).toEqual(['co_occurs:industry:黄芪->theme:乡村振兴']);
    expect(g.getEdgeAttribute('co_occurs:industry:黄芪->theme:乡村振兴', 'weight')).toBe(1);
    // and so on a thread: 黄芪 (0) with 乡村振兴 (2) of three, once
    const { pairs, weights } = await countPairsBeside(cooccurrenceInput([...first, ...second]).numbers, 1);
    expect([...pairs]).toEqual([0 * 3 + 2]);
    expect([...weights]).toEqual([1]);
  });

  it('counts a pair once per sentence, in each sentence that names both', () => {
    const ms = [
      ...[0, 1, 2].map((s) => m('c-2022', 'programme', '千万工程', s)),
      m('c-2022', 'programme', '千万工程', 1), // twice in sentence 1: still one
      ...[1, 2, 5].map((s) => m('c-2022', 'theme', '乡村振兴', s)),
      m('d-2023', 'programme', '千万工程', 1),
      m('d-2023', 'theme', '乡村振兴', 1),
    ];
    const g = buildGraph(resolve(ms), years, { cooccurMin: 1 });
    expect(g.getEdgeAttribute('co_occurs:programme:千万工程->theme:乡村振兴', 'weight')).toBe(3);
  });

  it('counts the same pairs on a thread as here, and keeps those seen in at least min sentences', async () => {
    // three entities over two reports: 千万工程 with 乡村振兴 in three sentences, with 黄芪 in one
    const ms = [
      ...[0, 1, 2].map((s) => m('c-2022', 'programme', '千万工程', s)),
      ...[1, 2].map((s) => m('c-2022', 'theme', '乡村振兴', s)),
      m('c-2022', 'industry', '黄芪', 2),
      m('d-2023', 'programme', '千万工程', 4),
      m('d-2023', 'theme', '乡村振兴', 4),
    ];
    const entities = resolve(ms);
    const codes = cooccurrenceCodes(entities);
    const here = (min: number) => countPairs(codes.codes.slice(), codes.offsets, codes.named.length, min);
    const keys = (counted: { pairs: Float64Array; weights: Int32Array }) =>
      [...counted.pairs].map((pair, p) => {
        const n = codes.named.length;
        return `${codes.named[Math.floor(pair / n)]!.key} ${codes.named[pair % n]!.key} ${counted.weights[p]}`;
      });
    expect(keys(here(1))).toEqual([
      'industry:黄芪 programme:千万工程 1',
      'industry:黄芪 theme:乡村振兴 1',
      'programme:千万工程 theme:乡村振兴 3',
    ]);
    expect(keys(here(2))).toEqual(['programme:千万工程 theme:乡村振兴 3']);
    // the thread makes the codes from the entities' mentions itself
    const beside = await countPairsBeside(cooccurrenceInput(entities).numbers, 1);
    expect(keys(beside)).toEqual(keys(here(1)));
    expect(keys(await countPairsBeside(cooccurrenceInput(entities).numbers, 2))).toEqual(keys(here(2)));
  });

  it('makes the same graph with the co-occurrences counted beside the other edges', async () => {
    const ms = [
      ...mentions,
      m('js', 'theme', '乡村振兴', 2),
      m('js', 'theme', '乡村振兴', 0),
      m('hy', 'industry', '黄芪', 1),
      // a part and its bundle: a part_of edge among the structural ones
      mentionOf('hy', '六稳', { partOf: '六稳六保', sentence: 2 }),
      mentionOf('js', '六稳六保', { sentence: 1 }),
    ];
    const entities = resolve(ms);
    const once = buildGraph(entities, reports, { cooccurMin: 1 });
    const beside = graphNodes(entities, reports);
    await addEdgesBeside(beside, entities, reports, { cooccurMin: 1 });
    expect(beside.filterEdges((_k, a) => a.kind === 'co_occurs').length).toBeGreaterThan(1);
    expect(beside.filterEdges((_k, a) => a.kind === 'part_of' && _k.includes('六稳')).length).toBe(1);
    expect(JSON.stringify(beside.export())).toBe(JSON.stringify(once.export()));
  });

  it('lists mention rows by report and offset, whichever store the mentions are in', () => {
    const at = (doc: string, type: Mention['type'], name: string, start: number): Mention => ({
      ...m(doc, type, name, 0),
      start,
      end: start + name.length,
    });
    const first = resolve([at('c-2022', 'programme', '千万工程', 9), at('a-2024', 'programme', '千万工程', 3)]);
    const second = resolve([at('c-2022', 'theme', '乡村振兴', 2), at('c-2022', 'theme', '乡村振兴', 9)]);
    const rows = [...mentionRows([...first, ...second], years)];
    expect(rows.map((r) => [r.doc, r.start, r.entity])).toEqual([
      ['a-2024', 3, 'programme:千万工程'],
      ['c-2022', 2, 'theme:乡村振兴'],
      ['c-2022', 9, 'programme:千万工程'],
      ['c-2022', 9, 'theme:乡村振兴'],
    ]);
    expect(rows[0]).toMatchObject({ surface: '千万工程', phase: 'review', sentence: 'a-2024的第0句提到“千万工程”。' });
  });
});

describe('mention rows report by report', () => {
  const county = { name: '稷山县', level: 'county', parent: '运城市', province: '山西省' } as const;
  const ref = (id: string, digest?: string): ReportRef => ({
    id,
    region: county,
    sentence: (i) => ({ text: `${id}的第${i}句。`, start: i * 10, end: i * 10 + 6 }),
    ...(digest ? { digest } : {}),
  });
  const at = (doc: string, name: string, start: number): Mention => ({
    ...m(doc, 'programme', name, 0),
    start,
    end: start + 4,
  });
  const refs = [ref('a', 'digest-a'), ref('b', 'digest-b'), ref('c')];
  const corpus = (bName: string) => [
    at('a', '千万工程', 1),
    at('a', '四好农村路', 5),
    at('b', bName, 1),
    at('c', '千万工程', 2),
  ];
  const prints = (ms: Mention[], tag = (e: string) => e) =>
    Object.fromEntries([...mentionRows(resolve(ms), refs).reports()].map((r) => [r.doc, r.fingerprint(tag)]));

  it('gives each report its rows, the same as the whole list', () => {
    const rows = mentionRows(resolve(corpus('千万工程')), refs);
    expect([...rows.reports()].flatMap((r) => [...r.rows()])).toEqual([...rows]);
  });

  it("fingerprints a report by its digest and its mentions' entities, without its rows", () => {
    const before = prints(corpus('千万工程'));
    expect(before.a).toEqual(expect.any(String));
    // no digest: the caller digests its rows instead
    expect(before.c).toBeUndefined();
    expect(prints(corpus('千万工程'))).toEqual(before);
    // b's mention goes to another entity: b changes, a does not
    const after = prints(corpus('四好农村路'));
    expect(after.a).toBe(before.a);
    expect(after.b).not.toBe(before.b);
    // what the caller shows of an entity (its label) is part of it
    const relabelled = prints(corpus('千万工程'), (e) => (e === 'programme:四好农村路' ? `${e} 新名` : e));
    expect(relabelled.a).not.toBe(before.a);
    expect(relabelled.b).toBe(before.b);
  });

  it('keeps a report’s fingerprint when a report comes before it, or its mentions come in two runs', () => {
    const before = prints(corpus('千万工程'));
    // z's mentions come first: every mention of a and b has another id in the store
    const shifted = prints([at('z', '千万工程', 3), at('z', '四好农村路', 7), ...corpus('千万工程')]);
    expect(shifted.a).toBe(before.a);
    expect(shifted.b).toBe(before.b);
    // a's second mention after b's: a's mentions in two runs, in the same order
    const [a1, a2, b, c] = corpus('千万工程');
    expect(prints([a1!, b!, a2!, c!])).toEqual(before);
    // a's mentions in another order are another report
    expect(prints([a2!, a1!, b!, c!]).a).not.toBe(before.a);
  });

  it('gives a report’s fingerprint by its id, as report by report, and none to a report without mentions', () => {
    const rows = mentionRows(resolve(corpus('千万工程')), refs);
    const tag = (e: string) => e;
    const each = Object.fromEntries([...rows.reports()].map((r) => [r.doc, r.fingerprint(tag)]));
    expect(rows.fingerprint('a', tag)).toBe(each.a);
    expect(rows.fingerprint('b', tag)).toBe(each.b);
    expect(rows.fingerprint('a', (e) => `${e}!`)).not.toBe(each.a);
    expect(rows.fingerprint('zz', tag)).toBeUndefined();
  });

  it('says whether its entities’ mentions are in the store’s order, the store’s reports in id order', () => {
    expect(mentionRows(resolve(corpus('千万工程')), refs).inStoreOrder).toBe(true);
    // the store numbers report 0 after c: its reports are not in id order
    expect(mentionRows(resolve([...corpus('千万工程'), at('0', '千万工程', 3)]), refs).inStoreOrder).toBe(false);
    // an entity whose mentions are not in the store's order
    const entities = resolve(corpus('千万工程'));
    const shared = entities.find((e) => e.mentions.length > 1)!;
    shared.mentions = new MentionList(shared.mentions.store, shared.mentions.ids.slice().reverse());
    expect(mentionRows(entities, refs).inStoreOrder).toBe(false);
  });
});
