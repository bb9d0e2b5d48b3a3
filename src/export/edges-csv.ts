// edges.csv: one row per edge with its first evidence sentence; lists joined with |.
import { streamed } from './streamed.js';
import { columnNames, EDGES_TABLE } from './tables.js';
import { tableCsvChunks } from './table-csv.js';

/** `id`, `source`, `target`, then every edge attribute of the contract's table, in its order. */
export const EDGE_CSV_COLUMNS: readonly string[] = columnNames(EDGES_TABLE);

export const edgesCsv = streamed({
  file: 'edges.csv',
  description: 'edges as CSV (UTF-8 with BOM for Excel) with the first evidence sentence',
  chunks: (input) => tableCsvChunks(EDGES_TABLE, input),
});
