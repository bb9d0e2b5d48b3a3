// edges.csv: one row per edge with its first evidence sentence; lists joined with |.
import { csvChunks } from './csv.js';
import { streamed } from './streamed.js';
import { sortedKeysOf } from './order.js';
import { EDGE_ATTRIBUTES } from '../contract/attributes.js';
import { tableCells } from './table-csv.js';

/** `id`, `source`, `target`, then every edge attribute of the contract's table, in its order. */
export const EDGE_CSV_COLUMNS: readonly string[] = ['id', 'source', 'target', ...EDGE_ATTRIBUTES.map((a) => a.name)];

export const edgesCsv = streamed({
  file: 'edges.csv',
  description: 'edges as CSV (UTF-8 with BOM for Excel) with the first evidence sentence',
  chunks({ graph }) {
    const rows = function* () {
      for (const key of sortedKeysOf(graph, 'edges')) {
        const a = graph.getEdgeAttributes(key);
        yield [key, graph.source(key), graph.target(key), ...tableCells(EDGE_ATTRIBUTES, a, key, graph)];
      }
    };
    return csvChunks(EDGE_CSV_COLUMNS, rows());
  },
});
