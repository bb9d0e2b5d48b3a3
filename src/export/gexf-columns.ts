// The typed attribute columns GEXF declares for nodes and edges: one list for both versions, so
// Gephi, NetworkX and the graphology parser all see the same names and types.
import type { EdgeAttributes, GovGraph, NodeAttributes } from '../graph/index.js';

export type GexfVersion = '1.3' | '1.2draft';
export type GexfType = 'string' | 'integer' | 'double' | 'liststring';
export type GexfValue = string | number | readonly string[] | undefined;

export interface GexfColumn<A> {
  /** Used as both id and title: readable in Gephi's data laboratory and in NetworkX. */
  id: string;
  type: GexfType;
  /** Written only in this version. */
  only?: GexfVersion;
  value(attributes: A, key: string, graph: GovGraph): GexfValue;
}

export const NODE_COLUMNS: GexfColumn<NodeAttributes>[] = [
  { id: 'type', type: 'string', value: (a) => a.type },
  { id: 'aliases', type: 'liststring', value: (a) => a.aliases },
  { id: 'docs', type: 'liststring', value: (a) => a.docs },
  { id: 'reports', type: 'liststring', value: (a) => a.reports },
  { id: 'mentions', type: 'integer', value: (a) => a.mentions },
  { id: 'regionCount', type: 'integer', value: (a) => a.regionCount },
  { id: 'community', type: 'integer', value: (a) => a.community },
  { id: 'degree', type: 'integer', value: (_a, key, graph) => graph.degree(key) },
  { id: 'level', type: 'string', value: (a) => a.level },
  { id: 'code', type: 'string', value: (a) => a.code },
  { id: 'parent', type: 'string', value: (a) => a.parent },
  { id: 'investment', type: 'double', value: (a) => a.investment },
  { id: 'status', type: 'string', value: (a) => a.status },
  { id: 'definition', type: 'string', value: (a) => a.definition },
  { id: 'definitionDoc', type: 'string', value: (a) => a.definitionDoc },
  { id: 'mergedFrom', type: 'liststring', value: (a) => a.mergedFrom },
];

/**
 * Edge columns (`weight` is an XML attribute of <edge>). `kind` is an XML attribute in GEXF 1.3
 * (Gephi's edge kind) but not in 1.2draft, where it becomes a column. Only the first evidence
 * sentence is kept, so the file stays readable (graph.json has all of them).
 */
export const EDGE_COLUMNS: GexfColumn<EdgeAttributes>[] = [
  { id: 'kind', type: 'string', only: '1.2draft', value: (a) => a.kind },
  { id: 'phases', type: 'liststring', value: (a) => a.phases },
  { id: 'docs', type: 'liststring', value: (a) => a.docs },
  { id: 'evidence', type: 'string', value: (a) => a.evidence?.[0]?.sentence },
  { id: 'evidenceDoc', type: 'string', value: (a) => a.evidence?.[0]?.doc },
];
