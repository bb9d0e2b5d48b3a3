// graph-1.2.gexf: GEXF 1.2draft, the dialect networkx.read_gexf and older tools understand.
import type { Exporter } from './index.js';
import { renderGexf } from './gexf.js';

export const graphGexf12: Exporter = {
  file: 'graph-1.2.gexf',
  description: 'GEXF 1.2draft for NetworkX (read_gexf) and older tools; lists joined with |',
  render: (input) => renderGexf(input, '1.2draft'),
};
