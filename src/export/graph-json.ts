// graph.json: graphology's export format, canonicalized (sorted nodes, edges and attribute keys,
// rounded numbers) so a rebuild of the same corpus diffs clean. The viewer reads this file.
// Written one node or edge per line, straight from the graph: no full copy of a large graph.
import type Graph from 'graphology';
import { itemPieces, jsonList, streamed } from './streamed.js';
import { canonical, stringifyLines, type Json } from './json.js';
import { sortedKeysOf } from './order.js';
import { edgeBlockPieces, keptEdgeBlockPieces, type Piece } from './blocks.js';

export const graphJson = streamed({
  file: 'graph.json',
  positions: true,
  description: 'the graph in graphology export format (graph.import() / Sigma.js / the viewer)',
  chunks: ({ graph }) => graphJsonChunks(graph),
});

/** Part of a graph to write in graph.json's format (graph-view.json's aggregate). */
export interface GraphPart {
  /** The nodes and edges written, each set closed under the other (every edge's ends are in `nodes`). */
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Top-level entries written after `attributes`, before the nodes. */
  head?: Record<string, Json>;
}

/** graph.json's text in pieces: the whole graph, or only `part` of it. */
export function* graphJsonChunks(graph: Graph, part?: GraphPart): Generator<Piece> {
  // the element's own keys in graphology's order; only its attributes are canonicalized
  const item = ({ attributes, ...rest }: Record<string, unknown>) =>
    '    ' + JSON.stringify({ ...rest, attributes: canonical(attributes) });
  const node = (key: string, attributes: object) => item({ key, attributes });
  const edge = (key: string) => {
    const line = item({
      key,
      source: graph.source(key),
      target: graph.target(key),
      attributes: graph.getEdgeAttributes(key),
    });
    return graph.isUndirected(key) ? line.replace(/}$/, ',"undirected":true}') : line;
  };
  const head = (k: string, v: unknown) => `  ${JSON.stringify(k)}: ${stringifyLines(canonical(v) as Json, 1, '  ')}`;
  const heads = [
    head('options', { allowSelfLoops: graph.allowSelfLoops, multi: graph.multi, type: graph.type }),
    head('attributes', graph.getAttributes()),
    ...Object.entries(part?.head ?? {}).map(([k, v]) => head(k, v)),
  ];
  const nodes = sortedKeysOf(graph, 'nodes');
  yield `{\n${heads.join(',\n')},\n  "nodes": `;
  yield* nodeList(graph, part ? nodes.filter((k) => part.nodes.has(k)) : nodes, node);
  yield ',\n  "edges": ';
  const renderBlock = (block: readonly string[]) => block.map(edge).join(',\n');
  yield* jsonList(part ? keptEdgeBlockPieces(graph, part.edges, renderBlock) : edgeBlockPieces(graph, renderBlock));
  yield '\n}\n';
}

/** The nodes' JSON array as jsonList() writes it, one node per line (itemPieces: long docs lists are blocks). */
function* nodeList(
  graph: Graph,
  keys: readonly string[],
  line: (key: string, attributes: { docs?: readonly string[] }) => string,
): Generator<Piece> {
  if (keys.length === 0) {
    yield '[]';
    return;
  }
  yield '[\n';
  yield* itemPieces(
    keys,
    (key) => graph.getNodeAttributes(key) as { docs?: readonly string[] },
    line,
    (docs) => JSON.stringify(docs),
    ',\n',
  );
  yield '\n  ]';
}
