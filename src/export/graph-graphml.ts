// graph.graphml: GraphML 1.0 for R and Python igraph, NetworkX, Cytoscape and yEd. Its <key>
// declarations come from the contract's one attribute table (src/contract/attributes.ts), like
// the GEXF columns and the CSV headers: every node and edge attribute, the layout (x, y, size,
// colour) included, lists joined with | as in the CSV files (GraphML has no list type).
import type { Attribute, AttributeType } from '../contract/attributes.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from '../contract/attributes.js';
import { digitsFor, formatNumber } from './numbers.js';
import { sortedKeysOf } from './order.js';
import { itemPieces, streamed } from './streamed.js';
import { clean, joinList, oneLine } from './text.js';
import type { ExportInput } from './types.js';
import { escapeAttribute } from './xml.js';
import { edgeBlockPieces, type Piece } from './blocks.js';
import type { NodeAttributes } from '../graph/index.js';

/** GraphML's attr.type for each contract type (a new contract type fails to compile here). */
const GRAPHML_TYPES: Record<AttributeType, 'string' | 'int' | 'double'> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  liststring: 'string',
  listinteger: 'string',
};

interface Key<A> {
  /** The <key> id, `n_label`, `e_weight`: node and edge attributes may share a name (docs). */
  id: string;
  attribute: Attribute<A>;
}

const keys = <A>(prefix: 'n' | 'e', table: readonly Attribute<A>[]): Key<A>[] =>
  table.map((attribute) => ({ id: `${prefix}_${attribute.name}`, attribute }));

const NODE_KEYS = keys('n', NODE_ATTRIBUTES);
const EDGE_KEYS = keys('e', EDGE_ATTRIBUTES);

const HEADER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  '  <desc>Knowledge graph of Chinese local-government work reports (govgraph)</desc>',
];

/** The GraphML document in pieces of CHUNK_ITEMS nodes, and its edges in blocks (see Exporter.chunks). */
export function* graphmlChunks({ graph }: ExportInput): Generator<Piece> {
  const lines = [...HEADER];
  const take = () => {
    const text = lines.length === 0 ? '' : lines.join('\n') + '\n';
    lines.length = 0;
    return text;
  };

  declare(lines, 'node', NODE_KEYS);
  declare(lines, 'edge', EDGE_KEYS);

  // A mixed graph is written as directed, its undirected edges marked one by one.
  const edgedefault = graph.type === 'undirected' ? 'undirected' : 'directed';
  lines.push(`  <graph id="G" edgedefault="${edgedefault}">`);

  const node = (key: string, a: NodeAttributes) => {
    lines.push(`    <node id="${escapeAttribute(key)}">`);
    data(lines, NODE_KEYS, (attr) => cell(attr, attr.value(a, key, graph), key));
    lines.push('    </node>');
  };
  // a long docs list is a block of its own (itemPieces): its <data> text as cell() and data()
  // write it
  const docsCell = (docs: readonly string[]) => {
    const text = joinList(docs);
    return text === '' ? undefined : escapeAttribute(text);
  };
  yield take();
  yield* itemPieces(
    sortedKeysOf(graph, 'nodes'),
    (key) => graph.getNodeAttributes(key),
    (key, a) => {
      node(key, a);
      return take();
    },
    docsCell,
  );

  yield take();
  const edge = (lines: string[], key: string) => {
    const a = graph.getEdgeAttributes(key);
    const undirected = graph.isUndirected(key);
    const directed = edgedefault === 'directed' && undirected ? ' directed="false"' : '';
    lines.push(
      `    <edge id="${escapeAttribute(key)}" source="${escapeAttribute(graph.source(key))}"` +
        ` target="${escapeAttribute(graph.target(key))}"${directed}>`,
    );
    data(lines, EDGE_KEYS, (attr) => cell(attr, attr.value(a, key, graph), key));
    lines.push('    </edge>');
  };
  // a block's text also depends on the graph's default direction
  yield* edgeBlockPieces(
    graph,
    (block) => {
      const part: string[] = [];
      for (const key of block) edge(part, key);
      return part.join('\n') + '\n';
    },
    ` ${edgedefault}`,
  );

  lines.push('  </graph>', '</graphml>');
  yield take();
}

function declare<A>(lines: string[], cls: 'node' | 'edge', list: readonly Key<A>[]): void {
  for (const { id, attribute } of list) {
    lines.push(
      `  <key id="${escapeAttribute(id)}" for="${cls}" attr.name="${escapeAttribute(attribute.name)}"` +
        ` attr.type="${GRAPHML_TYPES[attribute.type]}"/>`,
    );
  }
}

/** One <data> line per attribute that has a value. */
function data<A>(lines: string[], list: readonly Key<A>[], text: (attr: Attribute<A>) => string | undefined): void {
  for (const { id, attribute } of list) {
    const value = text(attribute);
    // Escaped as for an attribute value (which is also valid element text): tabs and line breaks
    // become character references, so each value stays on one line and a carriage return, which
    // parsers turn into a line feed when it is raw, survives the round trip.
    if (value !== undefined) lines.push(`      <data key="${escapeAttribute(id)}">${escapeAttribute(value)}</data>`);
  }
}

/**
 * A value's text, or undefined to leave it out (missing, empty, not finite): numbers rounded as in
 * the other outputs (integers to whole numbers, since GraphML's int takes no decimals), lists
 * joined with |, the label on one line and never empty (the node's key stands in, as in GEXF).
 */
function cell<A>(attr: Attribute<A>, value: ReturnType<Attribute<A>['value']>, key: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') {
    const text =
      attr.type === 'integer' ? formatNumber(Math.round(value), 0) : formatNumber(value, digitsFor(attr.name));
    return text || undefined;
  }
  if (typeof value !== 'string') return joinList(value) || undefined;
  if (attr.name === 'label') return oneLine(value) || oneLine(key);
  return clean(value) || undefined;
}

export const graphGraphml = streamed({
  file: 'graph.graphml',
  positions: true,
  description: 'GraphML 1.0 for igraph (R, Python), NetworkX, Cytoscape and yEd; lists joined with |',
  chunks: graphmlChunks,
});
