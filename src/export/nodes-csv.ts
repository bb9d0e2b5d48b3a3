// nodes.csv: one row per node for spreadsheets and pandas; lists joined with |.
import type { GovGraph, NodeAttributes } from '../graph/index.js';
import type { Exporter } from './index.js';
import { csvTable, type CsvCell } from './csv.js';
import { round } from './numbers.js';
import { joinList, oneLine } from './text.js';
import { sortedKeysOf } from './order.js';

type Cell = (a: NodeAttributes, key: string, graph: GovGraph) => CsvCell;

/** Column name and value, in file order: one list, so header and rows cannot drift apart. */
const COLUMNS: [string, Cell][] = [
  ['id', (_a, key) => key],
  ['label', (a) => oneLine(a.label)],
  ['type', (a) => a.type],
  ['aliases', (a) => joinList(a.aliases)],
  ['docs', (a) => joinList(a.docs)],
  ['mentions', (a) => a.mentions],
  ['regionCount', (a) => a.regionCount],
  ['community', (a) => a.community],
  ['degree', (_a, key, graph) => graph.degree(key)],
  ['level', (a) => a.level],
  ['code', (a) => a.code],
  ['parent', (a) => a.parent],
  ['investment', (a) => a.investment],
  ['status', (a) => a.status],
  ['definition', (a) => a.definition],
  ['mergedFrom', (a) => joinList(a.mergedFrom)],
  ['x', (a) => round(a.x, 2)],
  ['y', (a) => round(a.y, 2)],
  ['size', (a) => round(a.size, 2)],
  ['color', (a) => a.color],
];

export const NODE_CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

export const nodesCsv: Exporter = {
  file: 'nodes.csv',
  description: 'nodes as CSV (UTF-8 with BOM for Excel), lists joined with |',
  render({ graph }) {
    const rows = sortedKeysOf(graph, 'nodes').map((key) => {
      const a = graph.getNodeAttributes(key);
      return COLUMNS.map(([, cell]) => cell(a, key, graph));
    });
    return csvTable(NODE_CSV_COLUMNS, rows);
  },
};
