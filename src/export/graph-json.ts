// graph.json: graphology's export format, canonicalized (sorted nodes, edges and attribute keys,
// rounded numbers) so a rebuild of the same corpus diffs clean. The viewer reads this file.
// Written one node or edge per line, straight from the graph: no full copy of a large graph.
import { CHUNK_ITEMS, streamed } from './streamed.js';
import { canonical, stringifyLines, type Json } from './json.js';
import { sortedKeysOf } from './order.js';

export const graphJson = streamed({
  file: 'graph.json',
  description: 'the graph in graphology export format (graph.import() / Sigma.js / the viewer)',
  *chunks({ graph }) {
    // the element's own keys in graphology's order; only its attributes are canonicalized
    const item = ({ attributes, ...rest }: Record<string, unknown>) =>
      '    ' + JSON.stringify({ ...rest, attributes: canonical(attributes) });
    const node = (key: string) => item({ key, attributes: graph.getNodeAttributes(key) });
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
    yield `{\n${head('options', { allowSelfLoops: graph.allowSelfLoops, multi: graph.multi, type: graph.type })},\n${head('attributes', graph.getAttributes())},\n  "nodes": `;
    yield* list(sortedKeysOf(graph, 'nodes'), node);
    yield ',\n  "edges": ';
    yield* list(sortedKeysOf(graph, 'edges'), edge);
    yield '\n}\n';
  },
});

/** A JSON array of one item per line, CHUNK_ITEMS lines per piece. */
function* list(keys: readonly string[], line: (key: string) => string): Generator<string> {
  if (keys.length === 0) {
    yield '[]';
    return;
  }
  for (let i = 0; i < keys.length; i += CHUNK_ITEMS) {
    const lines = keys
      .slice(i, i + CHUNK_ITEMS)
      .map(line)
      .join(',\n');
    yield (i === 0 ? '[\n' : ',\n') + lines;
  }
  yield '\n  ]';
}
