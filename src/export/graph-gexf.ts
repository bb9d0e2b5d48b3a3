// graph.gexf: GEXF 1.3 for Gephi, typed attributes with lists as liststring, viz colour/size/position.
import type { Exporter } from './index.js';
import { renderGexf } from './gexf.js';

export const graphGexf: Exporter = {
  file: 'graph.gexf',
  description: 'GEXF 1.3 for Gephi (typed attributes, liststring lists, viz colour, size and position)',
  render: (input) => renderGexf(input, '1.3'),
};
