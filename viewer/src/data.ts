// Loads graph-view.json (and through it graph.json) and documents.json and checks that they follow
// the graph contract, so a wrong file gives a readable message instead of a blank page.
import Graph from 'graphology';

export interface DocumentInfo {
  id: string;
  file: string;
  region: { name: string; level: string; parent?: string } | null;
  date?: string;
  /** The report's year, when the build could tell it; `yearFrom` says how. */
  year?: number;
  yearFrom?: string;
  /** For people: region and year (浑源县 2024). */
  label?: string;
  speaker?: string;
  speakerTitle?: string;
  title?: string;
  characters: number;
  sentences: number;
  entities: Record<string, number>;
  warnings: string[];
}

export interface Documents {
  documents: DocumentInfo[];
  problems: { file: string; reason: string }[];
}

// the library's own list of node types (src/types.ts): the viewer reads what the exports write
import { ENTITY_TYPES as TYPES } from '../../src/types.js';
export { TYPES };

export class ContractError extends Error {
  override name = 'ContractError';
}

export async function loadGraph(url = 'graph.json'): Promise<Graph> {
  const res = await fetch(url);
  if (!res.ok)
    throw new ContractError(`${url} could not be loaded (HTTP ${res.status}). Run \`govgraph build\` first.`);
  return graphFrom(await jsonOf(res, url), url);
}

/** An aggregate's account of itself (graph-view.json's `view`, src/export/graph-view.ts). */
export interface AggregateView {
  kept: { nodes: number; edges: number };
  total: { nodes: number; edges: number };
  rule: string;
  /** The outputs that hold everything it leaves out. */
  full: string[];
}

/**
 * What to draw: graph-view.json says. Its stub, or its absence (a folder an older build wrote),
 * means the whole graph.json; above the viewer's budget it is an aggregate in graph.json's format.
 */
export async function loadView(url = 'graph-view.json'): Promise<{ graph: Graph; view: AggregateView | null }> {
  const res = await fetch(url).catch(() => undefined);
  if (!res?.ok) return { graph: await loadGraph(), view: null };
  const data = (await jsonOf(res, url)) as { view?: unknown } | null;
  if (data?.view === 'full') return { graph: await loadGraph(), view: null };
  const view = aggregateView(data?.view);
  if (!view)
    throw new ContractError(
      `${url} is neither the whole graph's stub nor an aggregate with its "view". Run \`govgraph build\` again.`,
    );
  return { graph: graphFrom(data, url), view };
}

function aggregateView(v: unknown): AggregateView | undefined {
  const a = v as Partial<AggregateView> & { view?: unknown };
  const count = (c: unknown) => {
    const n = c as { nodes?: unknown; edges?: unknown } | undefined;
    return Number.isSafeInteger(n?.nodes) && Number.isSafeInteger(n?.edges);
  };
  if (a?.view !== 'aggregate' || !count(a.kept) || !count(a.total)) return undefined;
  return {
    kept: a.kept!,
    total: a.total!,
    rule: typeof a.rule === 'string' ? a.rule : '',
    full: Array.isArray(a.full) ? a.full.filter((f): f is string => typeof f === 'string') : [],
  };
}

async function jsonOf(res: Response, url: string): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    throw new ContractError(`${url} is not valid JSON.`);
  }
}

/** The graph of graph.json's data (or an aggregate's), once it is checked against the contract. */
export function graphFrom(data: unknown, url = 'graph.json'): Graph {
  const d = data as { nodes?: unknown; edges?: unknown; options?: object };
  if (!d || !Array.isArray(d.nodes) || !Array.isArray(d.edges)) {
    throw new ContractError(`${url} is not a govgraph graph: it has no "nodes" and "edges" arrays.`);
  }
  d.nodes.forEach((n: { key?: unknown; attributes?: Record<string, unknown> }, i: number) => {
    const a = n?.attributes;
    if (typeof n?.key !== 'string' || !a || typeof a.label !== 'string' || !TYPES.includes(a.type as never)) {
      throw new ContractError(
        `${url}: node #${i} does not follow the graph contract (it needs a key, a label and one of the types ${TYPES.join(', ')}).`,
      );
    }
    for (const k of ['x', 'y', 'size'] as const) if (typeof a[k] !== 'number') a[k] = k === 'size' ? 3 : Math.random();
  });
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true, ...(d.options ?? {}) });
  graph.import(data as never);
  return graph;
}

export async function loadDocuments(url = 'documents.json'): Promise<Documents> {
  try {
    const res = await fetch(url);
    if (!res.ok) return { documents: [], problems: [] };
    const d = (await res.json()) as Partial<Documents>;
    return {
      documents: Array.isArray(d.documents) ? d.documents : [],
      problems: Array.isArray(d.problems) ? d.problems : [],
    };
  } catch {
    return { documents: [], problems: [] };
  }
}
