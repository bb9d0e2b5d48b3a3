// The typed attribute columns GEXF declares for nodes and edges, derived from the contract's one
// attribute table (src/contract/attributes.ts): Gephi, NetworkX and the graphology parser all
// see the same names and types as graph.json and the CSV files.
import type { EdgeAttributes, GovGraph, NodeAttributes } from '../graph/index.js';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  type Attribute,
  type AttributeType,
  type AttributeValue,
} from '../contract/attributes.js';

export type GexfVersion = '1.3' | '1.2draft';
export type GexfType = AttributeType;
export type GexfValue = AttributeValue;

export interface GexfColumn<A> {
  /** Used as both id and title: readable in Gephi's data laboratory and in NetworkX. */
  id: string;
  type: GexfType;
  /** Written only in this version. */
  only?: GexfVersion;
  value(attributes: A, key: string, graph: GovGraph): GexfValue;
}

/** The table's attributes that GEXF writes as columns (not natively: label, viz, weight). */
function columns<A>(table: readonly Attribute<A>[]): GexfColumn<A>[] {
  return table
    .filter((a) => a.gexf !== 'native')
    .map((a) => ({
      id: a.name,
      type: a.type,
      ...(a.gexf === '1.2draft' ? { only: '1.2draft' as const } : {}),
      value: a.value,
    }));
}

export const NODE_COLUMNS: GexfColumn<NodeAttributes>[] = columns(NODE_ATTRIBUTES);

/**
 * Edge columns (`weight` is an XML attribute of <edge>). `kind` is an XML attribute in GEXF 1.3
 * (Gephi's edge kind) but not in 1.2draft, where it becomes a column. Only the first evidence
 * sentence is kept, so the file stays readable (graph.json has all of them).
 */
export const EDGE_COLUMNS: GexfColumn<EdgeAttributes>[] = columns(EDGE_ATTRIBUTES);
