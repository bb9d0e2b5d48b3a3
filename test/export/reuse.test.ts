// Copying unchanged blocks from the previous output set (export/blocks.ts, export/reuse.ts): the
// files are exactly what rendering them whole gives, whatever changed, and nothing stale is copied.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import Graph from 'graphology';
import {
  contentBlocks,
  digest,
  EDGE_BLOCK,
  edgeBlockFingerprint,
  endsBlock,
  LIST_CHUNK,
  plainListCharacters,
  rowsFingerprint,
  setListBlockLength,
  useEdgeSources,
  useReportDigests,
  withListBlock,
  type Block,
  type EdgeSources,
} from '../../src/export/blocks.js';
import { panelCsv } from '../../src/export/panel-csv.js';
import { EXPORTERS } from '../../src/export/registry.js';
import { BLOCK_INDEX, type ReuseStats } from '../../src/export/reuse.js';
import { CopyThread } from '../../src/export/copy-thread.js';
import type { ExportInput } from '../../src/export/types.js';
import { writeOutputs } from '../../src/export/write.js';
import type { MentionRow } from '../../src/graph/mentions.js';
import { fixtureWithThemes } from '../fixtures/export/graph.js';
import { tempDirs } from '../fixtures/temp.js';

const tmp = tempDirs('govgraph-reuse-');

/** The outputs written piece by piece: the ones with blocks, and graph-view.json without. */
const STREAMED = EXPORTERS.filter((e) => 'chunks' in e && e.chunks);
const DOCS = ['hunyuan-2023', 'hunyuan-2024', 'hunyuan-2025'];

/** The fixture plus `themes` themes, each named by 浑源县 in one of three reports, then `change`d. */
function corpus(themes: number, change: (input: ExportInput, mentions: MentionRow[]) => void = () => {}) {
  const input = fixtureWithThemes(themes, (i) => DOCS[i % DOCS.length]!);
  const mentions = [...(input.mentions ?? [])];
  mentions.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
  change(input, mentions);
  return { ...input, mentions };
}

/** Every file written, by name. */
const files = (dir: string) =>
  Object.fromEntries(STREAMED.map((e) => [e.file, fs.readFileSync(path.join(dir, e.file!), 'latin1')]));

async function write(dir: string, input: ExportInput, version = 'v1'): Promise<ReuseStats> {
  let stats: ReuseStats | undefined;
  await writeOutputs(dir, input, STREAMED, { reuse: { version, onStats: (s) => (stats = s) } });
  return stats!;
}

/** What rendering every output whole gives. */
async function fresh(input: ExportInput) {
  const dir = tmp();
  await writeOutputs(dir, input, STREAMED);
  return files(dir);
}

describe('a rebuild that copies unchanged blocks from the previous outputs', () => {
  const dir = tmp();
  // one edge more, one weight and one label changed, one report's mention rows changed
  const changed = () =>
    corpus(600, (input, mentions) => {
      input.graph.addNode('theme:新主题', { ...input.graph.getNodeAttributes('theme:主题0'), label: '新主题' });
      input.graph.addEdgeWithKey('mentions:region:浑源县->theme:新主题', 'region:浑源县', 'theme:新主题', {
        ...input.graph.getEdgeAttributes('region:浑源县', 'theme:主题0'),
      });
      input.graph.setEdgeAttribute('region:浑源县', 'theme:主题300', 'weight', 2);
      input.graph.setNodeAttribute('theme:主题7', 'label', '主题七');
      mentions.find((m) => m.entity === 'theme:主题5')!.phase = 'review';
    });

  it('writes exactly the bytes of rendering everything, and copies most of them', async () => {
    const first = await write(dir, corpus(600));
    expect(first).toMatchObject({ copied: 0, warnings: [] });
    expect(first.rendered).toBeGreaterThan(5 * (600 / EDGE_BLOCK));
    expect(fs.existsSync(path.join(dir, '.govgraph', 'current', BLOCK_INDEX))).toBe(true);

    const second = await write(dir, changed());
    expect(files(dir)).toEqual(await fresh(changed()));
    expect(second.warnings).toEqual([]);
    // the changed blocks are rendered: in each of the five files with edge blocks those of
    // 新主题 and 主题300 (at most three), and in mentions.csv the reports of 主题5's changed row and
    // of 主题7's new label (at most three); every other block is copied
    expect(second.rendered).toBeGreaterThanOrEqual(5 * 2 + 1);
    expect(second.rendered).toBeLessThanOrEqual(5 * 3 + 3);
    expect(second.copied).toBeGreaterThan(3 * second.rendered);
  });

  it('copies nothing from a file changed since it was written, and says which', async () => {
    fs.appendFileSync(path.join(dir, 'graph.json'), ' ');
    const stats = await write(dir, changed());
    expect(stats.warnings).toHaveLength(1);
    expect(stats.warnings[0]).toMatch(/graph\.json changed since the build that wrote it/);
    expect(files(dir)).toEqual(await fresh(changed()));
  });

  it('copies nothing written by other code, and warns of a damaged index', async () => {
    const other = await write(dir, changed(), 'v2');
    expect(other).toMatchObject({ copied: 0, warnings: [] });
    // an index of another format (a later govgraph's) is not used either, and is no damage
    const index = path.join(dir, '.govgraph', 'current', BLOCK_INDEX);
    fs.writeFileSync(index, JSON.stringify({ ...JSON.parse(fs.readFileSync(index, 'utf8')), format: 99 }));
    expect(await write(dir, changed(), 'v2')).toMatchObject({ copied: 0, warnings: [] });
    fs.writeFileSync(path.join(dir, '.govgraph', 'current', BLOCK_INDEX), '{"format": 1, "files"');
    const damaged = await write(dir, changed(), 'v2');
    expect(damaged.copied).toBe(0);
    expect(damaged.warnings[0]).toMatch(/block index is damaged/);
    expect(files(dir)).toEqual(await fresh(changed()));
  });

  it('renders the next output while a file’s blocks are copied, and fails naming the file whose copy failed', async () => {
    await write(dir, changed());
    const before = files(dir);
    const sets = fs.readdirSync(path.join(dir, '.govgraph', 'sets'));
    // the first file with copies: its copies run to their end, and its wait for them fails as a
    // full disk would once the next output has started (a writer that waited for the copies
    // before starting the next output would wait here for ever)
    let started = 0;
    let copiedAt: number | undefined;
    let next!: () => void;
    const nextStarted = new Promise<void>((resolve) => (next = resolve));
    const settle = CopyThread.prototype.settle;
    const spy = vi.spyOn(CopyThread.prototype, 'settle').mockImplementationOnce(async function (this: CopyThread) {
      copiedAt = started;
      await settle.call(this);
      await nextStarted;
      throw new Error('no space left on device');
    });
    const onOutput = () => {
      started += 1;
      if (copiedAt !== undefined && started > copiedAt) next();
    };
    try {
      await expect(writeOutputs(dir, changed(), STREAMED, { reuse: { version: 'v1' }, onOutput })).rejects.toThrow(
        /^govgraph\/export: could not copy the unchanged blocks of [\w.-]+: no space left on device$/,
      );
    } finally {
      spy.mockRestore();
    }
    // the outputs before are untouched, and the set being written is gone
    expect(files(dir)).toEqual(before);
    expect(fs.readdirSync(path.join(dir, '.govgraph', 'sets'))).toEqual(sets);
  });

  it('keeps no index without reuse, so the next build renders everything', async () => {
    await writeOutputs(dir, changed(), STREAMED);
    expect(fs.existsSync(path.join(dir, '.govgraph', 'current', BLOCK_INDEX))).toBe(false);
    expect(await write(dir, changed())).toMatchObject({ copied: 0, warnings: [] });
  });
});

describe('a node that many reports name', () => {
  // report ids as a user's file names may have them: each format quotes or escapes them its own way
  const odd = ['a,b', 'say "hi"', '-1 start', "'apos", 'x&y<z>', 'tab\there', ' spaced  out ', '[x]', 'back\\slash'];
  const many = (n: number, tag = '') => [
    ...odd,
    ...Array.from({ length: n }, (_, i) => `r${tag}${String(i).padStart(4, '0')}`),
  ];
  /** The fixture with long docs lists on three themes, every position moved by `shift`, then `change`d. */
  const graph = (shift: number, change: (input: ExportInput) => void = () => {}) =>
    corpus(120, (input) => {
      input.graph.setNodeAttribute('theme:主题1', 'docs', many(70));
      input.graph.setNodeAttribute('theme:主题2', 'docs', many(200, 'b'));
      input.graph.setNodeAttribute('theme:主题3', 'docs', many(90));
      input.graph.updateEachNodeAttributes((_k, a) => ({ ...a, x: (a.x ?? 0) + shift, y: (a.y ?? 0) - shift }));
      change(input);
    });
  /** Every output rendered whole, no list a block. */
  const whole = async (input: ExportInput) => {
    const before = setListBlockLength(Infinity);
    try {
      return await fresh(input);
    } finally {
      setListBlockLength(before);
    }
  };

  it('has its long docs list copied while its positions are rendered, the bytes those of rendering it whole', async () => {
    const dir = tmp();
    const first = await write(dir, graph(0));
    expect(files(dir)).toEqual(await whole(graph(0)));
    // every position moved, and one of the long lists has one report more
    const moved = () => graph(0.5, (input) => input.graph.setNodeAttribute('theme:主题3', 'docs', many(91)));
    const second = await write(dir, moved());
    expect(files(dir)).toEqual(await whole(moved()));
    expect(second.warnings).toEqual([]);
    // three lists in each of the five outputs that list nodes here (graph.json, both GEXF files,
    // GraphML, nodes.csv; graph-view.json of a small graph is a stub): 主题1's and 主题2's are
    // copied, 主题3's rendered; the edges did not change, and their blocks are copied
    expect(first).toMatchObject({ copied: 0 });
    expect(second).toMatchObject({ copied: first.rendered - 5, rendered: 5 });
    const again = await write(dir, moved());
    expect(files(dir)).toEqual(await whole(moved()));
    // nothing changed but the set: 主题3's lists are copied too
    expect(again.copied - second.copied).toBe(5);
    expect(again.rendered).toBe(second.rendered - 5);
  });

  it('has a long list of plain ids cut into blocks by content, so that a report added renders one of them', async () => {
    // ids of letters, digits, _ . - ( ) and the brackets of Chinese file names (a character beyond
    // the BMP too): each format writes them as they are
    const names = (i: number) => [
      `r${i}`,
      `平遥县_${2000 + i}`,
      `𠀀号-${i}.txt`,
      `稷山县${i}年报告（全文）`,
      `《报告》(${i})、附件`,
    ];
    const plain = (...extra: string[]) =>
      [...Array.from({ length: 2000 }, (_, i) => names(i)[i % 5]!), ...extra].sort();
    const input = (docs: string[]) => graph(0, (i) => i.graph.setNodeAttribute('theme:主题4', 'docs', docs));
    const dir = tmp();
    await write(dir, input(plain()));
    expect(files(dir)).toEqual(await whole(input(plain())));
    const same = await write(dir, input(plain()));
    // an id that does not end a block: it joins the block it falls in, and no other block changes
    let id = '平遥县_2500甲';
    for (let i = 0; endsBlock(id, LIST_CHUNK); i++) id = `平遥县_2500甲${i}`;
    const added = await write(dir, input(plain(id)));
    expect(files(dir)).toEqual(await whole(input(plain(id))));
    expect(added.warnings).toEqual([]);
    // one block in each of the five outputs that list nodes, a part of the list cut into several
    // (about 2000 / LIST_CHUNK items of it, each written once per output), not the list
    const listBytes = Buffer.byteLength(plain(id).join('|'));
    expect(added.rendered - same.rendered).toBe(5);
    expect(added.renderedBytes - same.renderedBytes).toBeLessThan((5 * listBytes) / 3);
    expect(added.copied).toBe(same.copied - 5);
  });

  it('has a long list of plain ids cut as the previous build noted the same ids, when the note fits them', async () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `稷山县${i}年报告（全文）`).sort();
    // a new array each time, as each build makes (a list is cut once per array)
    const input = () => graph(0, (i) => i.graph.setNodeAttribute('theme:主题4', 'docs', [...ids]));
    const dir = tmp();
    const index = path.join(dir, '.govgraph', 'current', BLOCK_INDEX);
    type Index = { files: Record<string, { blocks: [string][] }>; notes: Record<string, Record<string, string>> };
    const read = () => JSON.parse(fs.readFileSync(index, 'utf8')) as Index;
    const listPrints = () =>
      read()
        .files['nodes.csv']!.blocks.map(([fp]) => fp)
        // the blocks of a list cut by content (the others are each one block, `docs:<digest>`)
        .filter((fp) => /^docs:(first|next):/.test(fp));
    // the cut by content: a chunk ends after an id that endsBlock picks
    const cut: string[][] = [[]];
    for (const id of ids) {
      cut.at(-1)!.push(id);
      if (endsBlock(id, LIST_CHUNK)) cut.push([]);
    }
    if (cut.at(-1)!.length === 0) cut.pop();
    const prints = cut.map((c) => digest(c.join('\n')));
    const key = digest(ids.join('\n') + '\n');
    await write(dir, input());
    // the one plain long list (the others hold ids with spaces and quotes) is noted by its ids' digest
    expect(read().notes['long lists']).toEqual({ [key]: `${cut.map((c) => c.length).join(',')} ${prints.join(',')}` });
    expect(listPrints()).toEqual(prints.map((p, i) => `docs:${i ? 'next' : 'first'}:${p}`));
    // another cut of the same ids, noted: the next build cuts the list so, and writes the same bytes
    const other = digest(ids.join('\n'));
    fs.writeFileSync(index, JSON.stringify({ ...read(), notes: { 'long lists': { [key]: `2000 ${other}` } } }));
    await write(dir, input());
    expect(listPrints()).toEqual([`docs:first:${other}`]);
    expect(files(dir)).toEqual(await whole(input()));
    // a note that does not fit the ids (its counts, its digests) is not used: the list is cut by content
    for (const damaged of [`1999 ${other}`, '2000 x', `1000,1000 ${other}`, '']) {
      fs.writeFileSync(index, JSON.stringify({ ...read(), notes: { 'long lists': { [key]: damaged } } }));
      await write(dir, input());
      expect(listPrints()).toEqual(prints.map((p, i) => `docs:${i ? 'next' : 'first'}:${p}`));
    }
  });

  it('is rendered whole when its list is short or a format leaves the list out', async () => {
    const input = graph(0, (i) => i.graph.setNodeAttribute('theme:主题2', 'docs', ['', ...many(70).map(() => ' ')]));
    expect(await fresh(input)).toEqual(await whole(input));
  });
});

describe('a long list found plain by an output', () => {
  const cell = (values: readonly string[]) => `"${values.join(';')}"`;
  const render = (a: { docs?: readonly string[] }) => `<node docs=${cell(a.docs ?? [])}/>`;

  it('is known by its characters, one more per item, to the outputs after it; another list is not', () => {
    const docs = Array.from({ length: 300 }, (_, i) => `平遥县${2000 + i}年政府工作报告（全文）`);
    const odd = [...docs.slice(1), '含 空格'];
    expect(plainListCharacters(docs)).toBeUndefined();
    for (const list of [docs, odd]) expect([...withListBlock({ docs: list }, render, cell)].length).toBeGreaterThan(2);
    expect(plainListCharacters(docs)).toBe(docs.reduce((n, d) => n + d.length + 1, 0));
    expect(plainListCharacters(odd)).toBeUndefined();
    // the same items in another array: not the one an output looked at
    expect(plainListCharacters([...docs])).toBeUndefined();
  });
});

describe('blocks', () => {
  const keys = Array.from({ length: 2000 }, (_, i) => `mentions:region:县${i % 50}->theme:主题${i}`).sort();

  it('are cut by content: an added key changes its own block and no other', () => {
    const before = contentBlocks(keys);
    expect(before.flat()).toEqual(keys);
    expect(before.length).toBeGreaterThan(2000 / EDGE_BLOCK / 3);
    expect(before.length).toBeLessThan((2000 / EDGE_BLOCK) * 3);
    // a key that does not end a block, added in the middle
    let added = 'mentions:region:县25->theme:新';
    for (let i = 0; endsBlock(added); i++) added = `mentions:region:县25->theme:新${i}`;
    const after = contentBlocks([...keys, added].sort());
    const differ = after.filter((b) => !before.some((o) => o.join('\n') === b.join('\n')));
    expect(differ).toHaveLength(1);
    expect(differ[0]).toContain(added);
    expect(after).toHaveLength(before.length);
  });

  it('of edges name the reports their edges list by their numbers in the block, and tell every list apart', () => {
    const graph = new Graph({ multi: true });
    graph.addNode('a');
    graph.addNode('b');
    graph.addEdgeWithKey('e', 'a', 'b', { kind: 'mentions', weight: 1, docs: ['r1', 'r2'] });
    graph.addEdgeWithKey('f', 'b', 'a', { kind: 'mentions', weight: 1, docs: ['r2'] });
    const fp = () => edgeBlockFingerprint(graph, ['e', 'f']);
    const first = fp();
    const seen = new Set([first]);
    const differs = (docs: unknown, key = 'f') => {
      const before = graph.getEdgeAttribute(key, 'docs');
      graph.setEdgeAttribute(key, 'docs', docs);
      const print = fp();
      graph.setEdgeAttribute(key, 'docs', before);
      expect(seen.has(print)).toBe(false);
      seen.add(print);
    };
    // another report, the same reports in another order, one more, one fewer
    differs(['r3']);
    differs(['r4']);
    differs(['r1']);
    differs(['r2', 'r1'], 'e');
    differs(['r1', 'r2', 'r3'], 'e');
    differs(['r1'], 'e');
    // a list that is not of ids is never read as their numbers
    differs([1]);
    differs([0]);
    differs('r2');
    // the same lists, the same digest
    expect(fp()).toBe(first);
  });

  it('of edges name a sentence by its report’s digest and offsets when the build knows the digests', () => {
    const graph = new Graph({ multi: true });
    graph.addNode('a');
    graph.addNode('b');
    // a sentence at offsets [start, start + 8) of report r1
    const quote = (sentence: string, start = 10) => ({ doc: 'r1', sentence, start, end: start + 8 });
    graph.addEdgeWithKey('e', 'a', 'b', { kind: 'mentions', weight: 1, evidence: [quote('推进千万工程。')] });
    const block = ['e'];
    const fp = () => edgeBlockFingerprint(graph, [...block]);
    const withText = fp();
    graph.setEdgeAttribute('e', 'evidence', [quote('推进四好农村路。')]);
    // without digests, the text itself
    expect(fp()).not.toBe(withText);
    useReportDigests(graph, new Map([['r1', 'd1']]));
    const named = fp();
    expect(named).not.toBe(withText);
    // the report's digest fixes its sentences' texts: only the digest and the offsets count
    graph.setEdgeAttribute('e', 'evidence', [quote('推进千万工程。')]);
    expect(fp()).toBe(named);
    graph.setEdgeAttribute('e', 'evidence', [quote('推进千万工程。', 11)]);
    expect(fp()).not.toBe(named);
    graph.setEdgeAttribute('e', 'evidence', [quote('推进千万工程。')]);
    useReportDigests(graph, new Map([['r1', 'd2']]));
    expect(fp()).not.toBe(named);
    // a report without a digest is quoted by its text, as without digests at all
    useReportDigests(graph, new Map([['r2', 'd1']]));
    expect(fp()).toBe(withText);
    // the same block array asked again after the digests changed is not answered from the memo
    useReportDigests(graph, new Map([['r1', 'd1']]));
    expect(edgeBlockFingerprint(graph, block)).toBe(named);
    useReportDigests(graph, new Map([['r1', 'd3']]));
    expect(edgeBlockFingerprint(graph, block)).not.toBe(named);
    // a block quoting two reports, each listed once with its digest: either digest changes it
    graph.addEdgeWithKey('f', 'b', 'a', { kind: 'mentions', weight: 1, evidence: [{ ...quote('两句。'), doc: 'r2' }] });
    const both = (d1: string, d2: string) => {
      useReportDigests(
        graph,
        new Map([
          ['r1', d1],
          ['r2', d2],
        ]),
      );
      return edgeBlockFingerprint(graph, ['e', 'f']);
    };
    const two = both('d1', 'd2');
    expect(both('d1', 'd2')).toBe(two);
    expect(both('d1', 'd9')).not.toBe(two);
    expect(both('d9', 'd2')).not.toBe(two);
    expect(both('d2', 'd1')).not.toBe(two);
  });

  it('of mentions edges are named by their regions’ reports while a build says what the edges are made from', () => {
    const graph = new Graph({ multi: true });
    graph.addNode('region:甲县', { reports: ['r1', 'r2'] });
    graph.addNode('region:乙县', { reports: ['r3'] });
    graph.addNode('programme:千万工程');
    graph.addNode('theme:乡村振兴');
    const mentions = (weight: number) => ({ kind: 'mentions', weight, docs: ['r1'], evidence: [] });
    graph.addEdgeWithKey('mentions:region:甲县->programme:千万工程', 'region:甲县', 'programme:千万工程', mentions(2));
    graph.addEdgeWithKey('mentions:region:乙县->programme:千万工程', 'region:乙县', 'programme:千万工程', mentions(1));
    graph.addEdgeWithKey('co_occurs:programme:千万工程->theme:乡村振兴', 'programme:千万工程', 'theme:乡村振兴', {
      kind: 'co_occurs',
      weight: 3,
    });
    const jia = ['mentions:region:甲县->programme:千万工程'];
    const yi = ['mentions:region:乙县->programme:千万工程'];
    const both = [...jia, ...yi];
    const co = ['co_occurs:programme:千万工程->theme:乡村振兴', ...jia];
    // a new array each time: a block's fingerprint is kept by its array
    const fp = (block: string[]) => edgeBlockFingerprint(graph, [...block]);
    const byAttributes = [jia, yi, both, co].map(fp);
    const reports = new Map([
      ['r1', 'f1'],
      ['r2', 'f2'],
      ['r3', 'f3'],
    ]);
    const sources = (context = 'evidence per edge: 3'): EdgeSources => ({
      tag: (entity) => entity,
      report: (id) => reports.get(id),
      context,
    });
    useEdgeSources(graph, sources());
    const bySources = [jia, yi, both, co].map(fp);
    expect(bySources.slice(0, 3)).not.toEqual(byAttributes.slice(0, 3));
    // a block with an edge of another kind is named by its attributes, as without sources
    expect(bySources[3]).toBe(byAttributes[3]);
    // the attributes are not read: what the edges are made from is
    graph.getEdgeAttributes(jia[0]!).weight = 9;
    expect(fp(jia)).toBe(bySources[0]);
    reports.set('r2', 'f2b');
    expect(fp(jia)).not.toBe(bySources[0]);
    expect(fp(yi)).toBe(bySources[1]);
    expect(fp(both)).not.toBe(bySources[2]);
    reports.set('r2', 'f2');
    expect(fp(both)).toBe(bySources[2]);
    // the keys, a region's list of reports, the context each count
    expect(fp([both[1]!, both[0]!])).not.toBe(bySources[2]);
    graph.setNodeAttribute('region:乙县', 'reports', ['r3', 'r4']);
    reports.set('r4', 'f4');
    expect(fp(yi)).not.toBe(bySources[1]);
    graph.setNodeAttribute('region:乙县', 'reports', ['r3']);
    expect(fp(yi)).toBe(bySources[1]);
    useEdgeSources(graph, sources('evidence per edge: 4'));
    expect(fp(jia)).not.toBe(bySources[0]);
    // a report without a fingerprint: the block is named by its attributes
    useEdgeSources(graph, sources());
    reports.delete('r1');
    graph.getEdgeAttributes(jia[0]!).weight = 2;
    expect(fp(jia)).toBe(byAttributes[0]);
    reports.set('r1', 'f1');
    // the same block array is not answered from its memo once the sources are forgotten
    const block = [...jia];
    expect(edgeBlockFingerprint(graph, block)).toBe(bySources[0]);
    useEdgeSources(graph, undefined);
    expect(edgeBlockFingerprint(graph, block)).toBe(byAttributes[0]);
  });

  it('of panel.csv are a region’s rows, named by its reports while a build says what its edges are made from', () => {
    const input = fixtureWithThemes(3);
    const blocks = () =>
      [...panelCsv.chunks!(input)].filter((p): p is Block => typeof p !== 'string').map((b) => b.fingerprint());
    // 大同市, 浑源县: one block each
    const byRows = blocks();
    expect(byRows).toHaveLength(2);
    const cell = input.panel!.find((c) => c.region === '浑源县')!;
    cell.mentions = 2;
    const twice = blocks()[1];
    expect(twice).not.toBe(byRows[1]);
    const reports = new Map([
      ['datong-2024', 'f1'],
      ['hunyuan-2024', 'f2'],
    ]);
    useEdgeSources(input.graph, { tag: (e) => e, report: (id) => reports.get(id), context: '' });
    const bySources = blocks();
    expect(bySources).not.toContain(byRows[1]);
    // the rows are not read: the region's reports are
    cell.mentions = 3;
    expect(blocks()).toEqual(bySources);
    reports.set('hunyuan-2024', 'f2b');
    expect(blocks()[0]).toBe(bySources[0]);
    expect(blocks()[1]).not.toBe(bySources[1]);
    // a report without a fingerprint: its region's rows are digested, as without sources
    reports.delete('hunyuan-2024');
    cell.mentions = 2;
    expect(blocks()).toEqual([bySources[0], twice]);
    useEdgeSources(input.graph, undefined);
  });

  it('of rows have fingerprints that tell every cell apart', () => {
    const fp = rowsFingerprint;
    expect(fp([['a', 'b']])).toBe(fp([['a', 'b']]));
    expect(fp([['a', 'b']])).not.toBe(fp([['ab', '']]));
    expect(fp([['1']])).not.toBe(fp([[1]]));
    expect(fp([[undefined]])).not.toBe(fp([['']]));
    expect(fp([[0]])).not.toBe(fp([[-0]]));
    expect(fp([['x'], ['x']])).not.toBe(fp([['x', 'x']]));
    // a repeated text is referred to by number, so the same rows in another order differ
    expect(
      fp([
        ['s', 't'],
        ['t', 's'],
      ]),
    ).not.toBe(
      fp([
        ['t', 's'],
        ['s', 't'],
      ]),
    );
  });
});
