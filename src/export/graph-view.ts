// graph-view.json: what the viewer draws. A graph within the viewer's budget (DEFAULTS'
// viewerMaxNodes, viewerMaxEdges) is drawn whole, and the file is a stub that sends the viewer to
// graph.json. Above it, a browser tab would stall, so the file is an aggregate in graph.json's own
// format, written by the same code: every issuing region, the entities named by the most regions,
// the mentions edges between them and the strongest co-occurrences, with a `view` entry that says
// what was kept and which files hold the rest.
import { DEFAULTS } from '../defaults.js';
import type { GovGraph } from '../graph/index.js';
import { graphJsonChunks } from './graph-json.js';
import type { Piece } from './blocks.js';
import type { Json } from './json.js';
import { streamed } from './streamed.js';
import { compare } from './text.js';

export interface ViewBudget {
  maxNodes: number;
  maxEdges: number;
}

export const VIEWER_BUDGET: ViewBudget = { maxNodes: DEFAULTS.viewerMaxNodes, maxEdges: DEFAULTS.viewerMaxEdges };

/** graph-view.json of a graph within the budget: the viewer reads graph.json. */
export const FULL_VIEW = '{"generator":"govgraph","view":"full","graph":"graph.json"}\n';

/** The outputs that hold everything an aggregate leaves out. */
export const FULL_OUTPUTS = [
  'graph.json',
  'nodes.parquet',
  'edges.parquet',
  'mentions.parquet',
  'nodes.csv',
  'edges.csv',
];

/** An aggregate's `view` entry: what it kept of how much, by which rule, and where the rest is. */
export interface AggregateView {
  view: 'aggregate';
  kept: { nodes: number; edges: number };
  total: { nodes: number; edges: number };
  rule: string;
  full: string[];
}

export interface Aggregate {
  nodes: Set<string>;
  edges: Set<string>;
  view: AggregateView;
}

export const graphView = streamed({
  file: 'graph-view.json',
  positions: true,
  description: `what the viewer draws: graph.json whole, or above ${grouped(DEFAULTS.viewerMaxNodes)} nodes or ${grouped(DEFAULTS.viewerMaxEdges)} edges an aggregate in its format`,
  chunks: ({ graph }) => graphViewChunks(graph),
});

/** graph-view.json's text in pieces: the stub, or the aggregate as graph.json writes a graph. */
export function* graphViewChunks(graph: GovGraph, budget: ViewBudget = VIEWER_BUDGET): Generator<Piece> {
  const aggregate = viewOf(graph, budget);
  if (!aggregate) {
    yield FULL_VIEW;
    return;
  }
  const { nodes, edges, view } = aggregate;
  yield* graphJsonChunks(graph, { nodes, edges, head: { view: view as unknown as Json } });
}

/**
 * What the viewer draws of `graph`: undefined when the whole graph is within `budget`, else the
 * aggregate. Nodes: every issuing region, then the entities named by two regions or more, most
 * regions first (then by name, then key), each with all its mentions edges to the nodes already
 * kept, while both budgets last. Edges: those mentions edges, then the co-occurrences between kept
 * nodes, heaviest first (then key), up to the edge budget.
 *
 * Entities named by as many regions are taken by name, not by how often they are named: every
 * report changes the mention counts of the hundreds of entities it names, but a region count only
 * when a region names the entity for the first time. Ordered by mentions, adding one report to
 * 10,000 swapped 12 entities at the margin, and since their edges run through nearly every block
 * of the file (edges are in key order, by issuing region), a rebuild rendered 2,173 of its 4,056
 * blocks again; by name, none swapped, and 16 blocks changed (the co-occurrences at the margin).
 */
export function viewOf(graph: GovGraph, budget: ViewBudget = VIEWER_BUDGET): Aggregate | undefined {
  if (graph.order <= budget.maxNodes && graph.size <= budget.maxEdges) return undefined;
  const issuing: string[] = [];
  const shared: string[] = [];
  graph.forEachNode((key, a) => {
    if (a.type === 'region' && (a.reports?.length ?? 0) > 0) issuing.push(key);
    else if (a.regionCount >= 2) shared.push(key);
  });
  const attr = (key: string) => graph.getNodeAttributes(key);
  issuing.sort((a, b) => attr(b).mentions - attr(a).mentions || compare(a, b));
  shared.sort((a, b) => attr(b).regionCount - attr(a).regionCount || compare(nameOf(a), nameOf(b)) || compare(a, b));

  // a node comes with all its mentions edges to the nodes before it, or not at all: a kept
  // entity is linked to every kept region that names it
  const nodes = new Set<string>();
  const mentions = new Set<string>();
  for (const key of [...issuing, ...shared]) {
    if (nodes.size >= budget.maxNodes) break;
    const links = new Set<string>();
    graph.forEachEdge(key, (edge, a, source, target) => {
      if (a.kind === 'mentions' && nodes.has(source === key ? target : source)) links.add(edge);
    });
    if (mentions.size + links.size > budget.maxEdges) break;
    nodes.add(key);
    for (const edge of links) mentions.add(edge);
  }

  const cooccurs: { key: string; weight: number }[] = [];
  graph.forEachEdge((key, a, source, target) => {
    if (a.kind === 'co_occurs' && nodes.has(source) && nodes.has(target)) cooccurs.push({ key, weight: a.weight });
  });
  cooccurs.sort((a, b) => b.weight - a.weight || compare(a.key, b.key));
  const strongest = cooccurs.slice(0, Math.max(0, budget.maxEdges - mentions.size));
  const edges = new Set([...mentions, ...strongest.map((e) => e.key)]);

  const regions = issuing.filter((k) => nodes.has(k)).length;
  const counts = shared.filter((k) => nodes.has(k)).map((k) => attr(k).regionCount);
  // the least region count kept (counts are in shared's order) and how many of its entities were:
  // fewer than it has when the budget cut through it, taking them by name
  const least = counts.at(-1);
  const tier = shared.filter((k) => attr(k).regionCount === least).length;
  const cut = counts.filter((c) => c === least).length;
  const range = (values: number[]) => {
    const lo = values.reduce((m, v) => Math.min(m, v));
    const hi = values.reduce((m, v) => Math.max(m, v));
    return lo === hi ? grouped(lo) : `${grouped(lo)}–${grouped(hi)}`;
  };
  const rule = [
    `${grouped(regions)} of ${grouped(issuing.length)} issuing regions`,
    counts.length
      ? `the ${grouped(counts.length)} entities named by the most regions (${range(counts)} each${
          cut < tier ? `; of the ${grouped(tier)} named by ${grouped(least!)}, the first ${grouped(cut)} by name` : ''
        })`
      : 'no entity named by two regions or more',
    `the ${grouped(mentions.size)} mentions edges between them`,
    strongest.length
      ? `the ${grouped(strongest.length)} strongest co-occurrences (weight ${range(strongest.map((e) => e.weight))})`
      : 'no co-occurrence',
  ].join('; ');
  return {
    nodes,
    edges,
    view: {
      view: 'aggregate',
      kept: { nodes: nodes.size, edges: edges.size },
      total: { nodes: graph.order, edges: graph.size },
      rule,
      full: FULL_OUTPUTS,
    },
  };
}

/** A node key's name (`programme:千万工程`: 千万工程): ties broken by it favour no type. */
function nameOf(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

/** 12345 as 12,345 (the same on every machine, unlike toLocaleString). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
