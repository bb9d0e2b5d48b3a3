// graph-view.json: a stub within the viewer's budget; above it an aggregate in graph.json's format
// (issuing regions, the entities named by the most regions then by name, their mentions edges, the
// strongest co-occurrences) that keeps both budgets, the same bytes every time, and that the viewer reads.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphJson } from '../../src/export/graph-json.js';
import { FULL_VIEW, graphView, graphViewChunks, viewOf, type ViewBudget } from '../../src/export/graph-view.js';
import { synthetic } from '../../src/bench/synthetic.js';
import type { GovGraph } from '../../src/graph/index.js';
import { graphFrom, loadView } from '../../viewer/src/data.js';
import { fixtureGraph, fixtureInput } from '../fixtures/export/graph.js';
import { joinPieces, type Block } from '../../src/export/blocks.js';
import { sortedKeysOf } from '../../src/export/order.js';

const render = (graph: GovGraph, budget: ViewBudget) => joinPieces(graphViewChunks(graph, budget));
const REGIONS = ['region:大同市', 'region:朔州市', 'region:浑源县'];

/** The fixture with two more co-occurrences between shared programmes and themes. */
function withCooccurrences(): GovGraph {
  const graph = fixtureGraph();
  const cooccur = (source: string, target: string, weight: number) =>
    graph.addEdgeWithKey(`co_occurs:${source}->${target}`, source, target, { kind: 'co_occurs', weight });
  cooccur('programme:承诺制+标准地+全代办', 'programme:千万工程', 5);
  // the weight of co_occurs:programme:千万工程->theme:乡村振兴, whose key comes first
  cooccur('programme:承诺制+标准地+全代办', 'theme:乡村振兴', 3);
  return graph;
}

describe('graph-view.json within the budget', () => {
  it('is the stub that sends the viewer to graph.json', () => {
    const text = graphView.render(fixtureInput()) as string;
    expect(text).toBe(FULL_VIEW);
    expect(JSON.parse(text)).toEqual({ generator: 'govgraph', view: 'full', graph: 'graph.json' });
    expect(viewOf(fixtureGraph())).toBeUndefined();
  });

  it('is the stub up to the budget exactly (11 nodes, 18 edges), an aggregate one over it', () => {
    const graph = fixtureGraph();
    expect([graph.order, graph.size]).toEqual([11, 18]);
    expect(render(graph, { maxNodes: 11, maxEdges: 18 })).toBe(FULL_VIEW);
    expect(JSON.parse(render(graph, { maxNodes: 10, maxEdges: 18 })).view.view).toBe('aggregate');
    expect(JSON.parse(render(graph, { maxNodes: 11, maxEdges: 17 })).view.view).toBe('aggregate');
  });
});

describe('graph-view.json above the budget', () => {
  it('keeps every issuing region, then the entities named by the most regions', () => {
    const view = viewOf(fixtureGraph(), { maxNodes: 5, maxEdges: 100 })!;
    // 乡村振兴 and 承诺制+标准地+全代办 are named by three regions, 千万工程 by two; 山西省 by none
    expect([...view.nodes].sort()).toEqual([...REGIONS, 'theme:乡村振兴', 'programme:承诺制+标准地+全代办'].sort());
    expect([...view.edges].every((e) => e.startsWith('mentions:'))).toBe(true);
    expect(view.edges.size).toBe(6);
    expect(view.view).toEqual({
      view: 'aggregate',
      kept: { nodes: 5, edges: 6 },
      total: { nodes: 11, edges: 18 },
      rule: '3 of 3 issuing regions; the 2 entities named by the most regions (3 each); the 6 mentions edges between them; no co-occurrence',
      full: ['graph.json', 'nodes.parquet', 'edges.parquet', 'mentions.parquet', 'nodes.csv', 'edges.csv'],
    });
  });

  it('takes the entities named by as many regions by name, not by how often they are named', () => {
    // room for one of the two entities named by three regions: 乡村振兴 comes first by name
    // (乡 U+4E61 before 承 U+627F), however often the other is named
    const budget = { maxNodes: 4, maxEdges: 100 };
    for (const mentions of [1, 10_000]) {
      const graph = fixtureGraph();
      graph.setNodeAttribute('programme:承诺制+标准地+全代办', 'mentions', mentions);
      const view = viewOf(graph, budget)!;
      expect([...view.nodes].sort()).toEqual([...REGIONS, 'theme:乡村振兴'].sort());
      expect(view.view.rule).toContain(
        'the 1 entities named by the most regions (3 each; of the 2 named by 3, the first 1 by name)',
      );
    }
  });

  it('keeps the same nodes and edges when reports only add mentions (a rebuild copies its blocks)', () => {
    // every report that names an entity changes its mention count; its region count changes only
    // when a region names it for the first time. The margin of this budget cuts through entities
    // named by as many regions.
    const budget = { maxNodes: 2_000, maxEdges: 9_000 };
    const graph = synthetic(3_000, 14_000, { regions: 40 });
    const before = viewOf(graph, budget)!;
    const kept = [...before.nodes].filter((k) => graph.getNodeAttribute(k, 'type') !== 'region');
    const least = Math.min(...kept.map((k) => graph.getNodeAttribute(k, 'regionCount')));
    const tier = graph.filterNodes((k, a) => a.type !== 'region' && a.regionCount === least);
    expect(tier.filter((k) => before.nodes.has(k)).length).toBeGreaterThan(0);
    expect(tier.filter((k) => !before.nodes.has(k)).length).toBeGreaterThan(0);
    // the entities left out at the margin are named far more often than those kept there
    graph.forEachNode((k, a) => {
      if (a.type !== 'region') graph.setNodeAttribute(k, 'mentions', before.nodes.has(k) ? 1 : 1_000 + a.mentions);
    });
    const after = viewOf(graph, budget)!;
    expect([...after.nodes]).toEqual([...before.nodes]);
    expect([...after.edges]).toEqual([...before.edges]);
    expect(after.view.rule).toBe(before.view.rule);
  });

  it('adds the strongest co-occurrences between kept nodes, heaviest first, then by key', () => {
    const view = viewOf(withCooccurrences(), { maxNodes: 6, maxEdges: 10 })!;
    expect(view.nodes.has('programme:千万工程')).toBe(true);
    const cooccurs = [...view.edges].filter((e) => e.startsWith('co_occurs:')).sort();
    expect(cooccurs).toEqual([
      'co_occurs:programme:千万工程->theme:乡村振兴',
      'co_occurs:programme:承诺制+标准地+全代办->programme:千万工程',
    ]);
    expect(view.view.kept).toEqual({ nodes: 6, edges: 10 });
    expect(view.view.rule).toContain('the 2 strongest co-occurrences (weight 3–5)');
  });

  it('keeps the edge budget: a node comes with all its mentions edges or not at all', () => {
    // 千万工程 has two mentions edges: with room for one it stays out, though a node would fit
    const seven = viewOf(withCooccurrences(), { maxNodes: 6, maxEdges: 7 })!;
    expect(seven.nodes.has('programme:千万工程')).toBe(false);
    expect(seven.view.kept).toEqual({ nodes: 5, edges: 7 });
    const eight = viewOf(withCooccurrences(), { maxNodes: 6, maxEdges: 8 })!;
    expect(eight.view.kept).toEqual({ nodes: 6, edges: 8 });
    expect([...eight.edges].every((e) => e.startsWith('mentions:'))).toBe(true);
  });

  it('on a larger graph: both budgets, closed edges, selection by region count, every link of a kept entity', () => {
    const graph = synthetic(3_000, 14_000, { regions: 40 });
    const budget = { maxNodes: 2_000, maxEdges: 9_000 };
    const { nodes, edges, view } = viewOf(graph, budget)!;
    expect(nodes.size).toBeLessThanOrEqual(budget.maxNodes);
    expect(edges.size).toBeLessThanOrEqual(budget.maxEdges);
    expect(view.kept).toEqual({ nodes: nodes.size, edges: edges.size });
    expect(view.total).toEqual({ nodes: 3_000, edges: 14_000 });
    for (const e of edges) expect(nodes.has(graph.source(e)) && nodes.has(graph.target(e)), e).toBe(true);
    graph.forEachNode((key, a) => {
      if (a.type === 'region') expect(nodes.has(key), key).toBe(true);
    });
    const rc = (keep: boolean) =>
      graph.filterNodes((k, a) => a.type !== 'region' && nodes.has(k) === keep).map((k) => graph.getNodeAttributes(k));
    const kept = rc(true);
    expect(kept.length).toBeGreaterThan(1_000);
    expect(Math.min(...kept.map((a) => a.regionCount))).toBeGreaterThanOrEqual(2);
    expect(Math.min(...kept.map((a) => a.regionCount))).toBeGreaterThanOrEqual(
      Math.max(...rc(false).map((a) => a.regionCount)),
    );
    // every mentions edge between kept nodes is kept; the co-occurrences left out weigh no more than those kept
    const between = graph.filterEdges((_e, _a, s, t) => nodes.has(s) && nodes.has(t));
    const mentions = between.filter((e) => graph.getEdgeAttribute(e, 'kind') === 'mentions');
    expect(mentions.every((e) => edges.has(e))).toBe(true);
    const weights = (keep: boolean) =>
      between
        .filter((e) => !mentions.includes(e) && edges.has(e) === keep)
        .map((e) => graph.getEdgeAttribute(e, 'weight'));
    expect(weights(true).length).toBeGreaterThan(0);
    expect(weights(false).length).toBeGreaterThan(0);
    expect(Math.min(...weights(true))).toBeGreaterThanOrEqual(Math.max(...weights(false)));
  });

  it('is written in graph.json’s format by the same code, with its view after the attributes', () => {
    const graph = withCooccurrences();
    const text = render(graph, { maxNodes: 6, maxEdges: 10 });
    const data = JSON.parse(text);
    expect(Object.keys(data)).toEqual(['options', 'attributes', 'view', 'nodes', 'edges']);
    // each node and edge line is graph.json's line for it
    const items = (json: string) =>
      json
        .split('\n')
        .filter((l) => l.startsWith('    {"key":'))
        .map((l) => l.replace(/,$/, ''));
    const whole = new Set(items(graphJson.render({ ...fixtureInput(), graph }) as string));
    expect(items(text)).toHaveLength(16);
    for (const line of items(text)) expect(whole.has(line), line).toBe(true);
  });

  it('gives the same bytes every time, whatever the insertion order', () => {
    const budget = { maxNodes: 5, maxEdges: 7 };
    const text = render(fixtureGraph(), budget);
    expect(render(fixtureGraph(), budget)).toBe(text);
    expect(render(fixtureGraph({ reverse: true }), budget)).toBe(text);
    const big = render(synthetic(3_000, 14_000, { regions: 40 }), { maxNodes: 2_000, maxEdges: 9_000 });
    expect(render(synthetic(3_000, 14_000, { regions: 40 }), { maxNodes: 2_000, maxEdges: 9_000 })).toBe(big);
  });

  it('comes in several pieces, as graph.json does', () => {
    const pieces = [
      ...graphViewChunks(synthetic(3_000, 14_000, { regions: 40 }), { maxNodes: 2_000, maxEdges: 9_000 }),
    ];
    expect(pieces.length).toBeGreaterThan(100);
  });

  it('writes its edges in the graph’s blocks, so a rebuild copies those whose edges and choice did not change', () => {
    const budget = { maxNodes: 2_000, maxEdges: 9_000 };
    const graph = synthetic(3_000, 14_000, { regions: 40 });
    const blocks = (g: GovGraph) =>
      [...graphViewChunks(g, budget)].filter((p): p is Block => typeof p !== 'string').map((b) => b.fingerprint());
    const before = blocks(graph);
    expect(before.length).toBeGreaterThan(50);
    expect(new Set(before).size).toBe(before.length);
    // the edges come in order, each kept one once: the text is what a list of them gives
    const kept = viewOf(graph, budget)!.edges;
    const written = JSON.parse(render(graph, budget)).edges.map((e: { key: string }) => e.key);
    expect(written).toEqual(sortedKeysOf(graph, 'edges').filter((k) => kept.has(k)));

    // the same graph again, one kept edge's attribute that chooses nothing (its evidence) changed:
    // its block alone changes
    const changed = synthetic(3_000, 14_000, { regions: 40 });
    expect(blocks(changed)).toEqual(before);
    const edge = [...kept].find((e) => changed.getEdgeAttribute(e, 'kind') === 'mentions')!;
    const other = synthetic(3_000, 14_000, { regions: 40 });
    other.setEdgeAttribute(edge, 'evidence', [{ doc: 'x', sentence: '新的一句。', start: 0, end: 5 }]);
    const after = blocks(other);
    expect(after.length).toBe(before.length);
    expect(after.filter((fp, i) => fp !== before[i])).toHaveLength(1);
    expect(render(other, budget)).toContain('新的一句。');
  });
});

describe('the viewer reads graph-view.json', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** fetch answering from `files` (404 for the rest), recording what was asked. */
  const serving = (files: Record<string, string>) => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return url in files ? new Response(files[url]) : new Response('not found', { status: 404 });
    });
    return asked;
  };
  const graphJsonText = graphJson.render(fixtureInput()) as string;

  it('passes its contract check: the aggregate is a graph of the kept nodes and edges', () => {
    const graph = graphFrom(JSON.parse(render(withCooccurrences(), { maxNodes: 6, maxEdges: 10 })), 'graph-view.json');
    expect([graph.order, graph.size]).toEqual([6, 10]);
    expect(graph.getNodeAttribute('region:浑源县', 'x')).toBe(-31.42);
  });

  it('draws the aggregate, with its view, without reading graph.json', async () => {
    const aggregate = render(withCooccurrences(), { maxNodes: 6, maxEdges: 10 });
    const asked = serving({ 'graph-view.json': aggregate, 'graph.json': graphJsonText });
    const { graph, view } = await loadView();
    expect([graph.order, graph.size]).toEqual([6, 10]);
    expect(view).toMatchObject({ kept: { nodes: 6, edges: 10 }, total: { nodes: 11, edges: 20 } });
    expect(asked).toEqual(['graph-view.json']);
  });

  it('reads graph.json for the stub, and when graph-view.json is missing (an older build)', async () => {
    for (const files of [
      { 'graph-view.json': FULL_VIEW, 'graph.json': graphJsonText } as Record<string, string>,
      { 'graph.json': graphJsonText },
    ]) {
      const asked = serving(files);
      const { graph, view } = await loadView();
      expect([graph.order, graph.size, view]).toEqual([11, 18, null]);
      expect(asked).toEqual(['graph-view.json', 'graph.json']);
    }
  });

  it('says what is wrong with a graph-view.json that is neither', async () => {
    serving({ 'graph-view.json': '{"view":"something else"}', 'graph.json': graphJsonText });
    await expect(loadView()).rejects.toThrow(/graph-view.json is neither/);
    serving({ 'graph-view.json': '{"view":', 'graph.json': graphJsonText });
    await expect(loadView()).rejects.toThrow(/graph-view.json is not valid JSON/);
  });
});
