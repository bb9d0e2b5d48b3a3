// graph.json: graphology's export format, canonicalized (sorted nodes, edges and attribute keys,
// rounded numbers) so a rebuild of the same corpus diffs clean. The viewer reads this file.
// Written one node or edge per line, straight from the graph: no full copy of a large graph.
import type { Exporter } from './index.js';
import { canonical, stringifyLines, type Json } from './json.js';
import { compare } from './text.js';

export const graphJson: Exporter = {
  file: 'graph.json',
  description: 'the graph in graphology export format (graph.import() / Sigma.js / the viewer)',
  render({ graph }) {
    // the element's own keys in graphology's order; only its attributes are canonicalized
    const item = ({ attributes, ...rest }: Record<string, unknown>) =>
      '    ' + JSON.stringify({ ...rest, attributes: canonical(attributes) });
    const nodes = graph
      .nodes()
      .sort(compare)
      .map((key) => item({ key, attributes: graph.getNodeAttributes(key) }));
    const edges = graph
      .edges()
      .sort(compare)
      .map((key) => {
        const e: Record<string, unknown> = {
          key,
          source: graph.source(key),
          target: graph.target(key),
          attributes: graph.getEdgeAttributes(key),
        };
        const line = item(e);
        return graph.isUndirected(key) ? line.replace(/}$/, ',"undirected":true}') : line;
      });
    const list = (lines: string[]) => (lines.length ? `[\n${lines.join(',\n')}\n  ]` : '[]');
    const head = (k: string, v: unknown) => `  ${JSON.stringify(k)}: ${stringifyLines(canonical(v) as Json, 1, '  ')}`;
    return `{\n${head('options', { allowSelfLoops: graph.allowSelfLoops, multi: graph.multi, type: graph.type })},\n${head('attributes', graph.getAttributes())},\n  "nodes": ${list(nodes)},\n  "edges": ${list(edges)}\n}\n`;
  },
};
