// graph.json: graphology's export format, canonicalized (sorted nodes, edges and attribute keys,
// rounded numbers) so a rebuild of the same corpus diffs clean. The viewer reads this file.
import type { Exporter } from './index.js';
import { canonical, stringifyLines, type Json } from './json.js';
import { compare } from './text.js';

export const graphJson: Exporter = {
  file: 'graph.json',
  description: 'the graph in graphology export format (graph.import() / Sigma.js / the viewer)',
  render({ graph }) {
    const data = graph.export();
    const byKey = (a: { key: string }, b: { key: string }) => compare(a.key, b.key);
    const nodes = [...data.nodes].sort(byKey).map((n) => ({ key: n.key, attributes: canonical(n.attributes ?? {}) }));
    const edges = [...data.edges]
      .sort((a, b) => compare(String(a.key), String(b.key)))
      .map((e) => ({
        key: e.key,
        source: e.source,
        target: e.target,
        attributes: canonical(e.attributes ?? {}),
        ...(e.undirected ? { undirected: true } : {}),
      }));
    const out = { options: canonical(data.options), attributes: canonical(data.attributes ?? {}), nodes, edges };
    return stringifyLines(out as Json) + '\n';
  },
};
