// edges.csv: one row per edge with its first evidence sentence; lists joined with |.
import type { EdgeAttributes, GovGraph } from '../graph/index.js';
import type { Exporter } from './index.js';
import { csvTable, type CsvCell } from './csv.js';
import { compare, joinList } from './text.js';

type Cell = (a: EdgeAttributes, key: string, graph: GovGraph) => CsvCell;

/** Column name and value, in file order. */
const COLUMNS: [string, Cell][] = [
  ['id', (_a, key) => key],
  ['source', (_a, key, graph) => graph.source(key)],
  ['target', (_a, key, graph) => graph.target(key)],
  ['kind', (a) => a.kind],
  ['weight', (a) => a.weight],
  ['phases', (a) => joinList(a.phases)],
  ['docs', (a) => joinList(a.docs)],
  ['evidence', (a) => a.evidence?.[0]?.sentence],
];

export const EDGE_CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

export const edgesCsv: Exporter = {
  file: 'edges.csv',
  description: 'edges as CSV (UTF-8 with BOM for Excel) with the first evidence sentence',
  render({ graph }) {
    const rows = [...graph.edges()].sort(compare).map((key) => {
      const a = graph.getEdgeAttributes(key);
      return COLUMNS.map(([, cell]) => cell(a, key, graph));
    });
    return csvTable(EDGE_CSV_COLUMNS, rows);
  },
};
