// nodes.csv: one row per node for spreadsheets and pandas; lists joined with |.
import { streamed } from './streamed.js';
import { columnNames, NODES_TABLE } from './tables.js';
import { tableCsvChunks } from './table-csv.js';

/** `id`, then every node attribute of the contract's table, in its order. */
export const NODE_CSV_COLUMNS: readonly string[] = columnNames(NODES_TABLE);

// in pieces: 67 MB at 10,000 reports, written while DuckDB converts mentions.csv beside it
export const nodesCsv = streamed({
  file: 'nodes.csv',
  positions: true,
  description: 'nodes as CSV (UTF-8 with BOM for Excel), lists joined with |',
  chunks: (input) => tableCsvChunks(NODES_TABLE, input),
});
