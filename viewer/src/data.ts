// Loads graph.json and documents.json and checks that they follow the graph contract, so a
// wrong file gives a readable message instead of a blank page.
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
  let data: unknown;
  try {
    data = await res.json();
  } catch {
    throw new ContractError(`${url} is not valid JSON.`);
  }
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
