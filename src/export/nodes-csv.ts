// nodes.csv: one row per node for spreadsheets and pandas; lists joined with |.
import type { Exporter } from './types.js';
import { columnNames, NODES_TABLE } from './tables.js';
import { tableCsv } from './table-csv.js';

/** `id`, then every node attribute of the contract's table, in its order. */
export const NODE_CSV_COLUMNS: readonly string[] = columnNames(NODES_TABLE);

export const nodesCsv: Exporter = {
  file: 'nodes.csv',
  description: 'nodes as CSV (UTF-8 with BOM for Excel), lists joined with |',
  render: (input) => tableCsv(NODES_TABLE, input),
};
