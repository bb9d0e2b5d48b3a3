// nodes.csv: one row per node for spreadsheets and pandas; lists joined with |.
import type { Exporter } from './types.js';
import { csvTable } from './csv.js';
import { sortedKeysOf } from './order.js';
import { NODE_ATTRIBUTES } from '../contract/attributes.js';
import { tableCells } from './table-csv.js';

/** `id`, then every node attribute of the contract's table, in its order. */
export const NODE_CSV_COLUMNS: readonly string[] = ['id', ...NODE_ATTRIBUTES.map((a) => a.name)];

export const nodesCsv: Exporter = {
  file: 'nodes.csv',
  description: 'nodes as CSV (UTF-8 with BOM for Excel), lists joined with |',
  render({ graph }) {
    const rows = sortedKeysOf(graph, 'nodes').map((key) => {
      const a = graph.getNodeAttributes(key);
      return [key, ...tableCells(NODE_ATTRIBUTES, a, key, graph)];
    });
    return csvTable(NODE_CSV_COLUMNS, rows);
  },
};
