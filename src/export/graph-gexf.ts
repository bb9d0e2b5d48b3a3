// graph.gexf: GEXF 1.3 for Gephi, typed attributes with lists as liststring, viz colour/size/position.
import { streamed } from './streamed.js';
import { gexfChunks } from './gexf.js';

export const graphGexf = streamed({
  file: 'graph.gexf',
  positions: true,
  description: 'GEXF 1.3 for Gephi (typed attributes, liststring lists, viz colour, size and position)',
  chunks: (input) => gexfChunks(input, '1.3'),
});
