// graph-1.2.gexf: GEXF 1.2draft, the dialect networkx.read_gexf and older tools understand.
import { streamed } from './streamed.js';
import { gexfChunks } from './gexf.js';

export const graphGexf12 = streamed({
  file: 'graph-1.2.gexf',
  positions: true,
  description: 'GEXF 1.2draft for NetworkX (read_gexf) and older tools; lists joined with |',
  chunks: (input) => gexfChunks(input, '1.2draft'),
});
