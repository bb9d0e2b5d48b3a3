// edges.csv: one row per edge with its first evidence sentence; lists joined with |.
import type { EdgeAttributes, GovGraph } from '../graph/index.js';
import { csvChunks, type CsvCell } from './csv.js';
import { streamed } from './streamed.js';
import { joinList } from './text.js';
import { sortedKeysOf } from './order.js';

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

export const edgesCsv = streamed({
  file: 'edges.csv',
  description: 'edges as CSV (UTF-8 with BOM for Excel) with the first evidence sentence',
  chunks({ graph }) {
    const rows = function* () {
      for (const key of sortedKeysOf(graph, 'edges')) {
        const a = graph.getEdgeAttributes(key);
        yield COLUMNS.map(([, cell]) => cell(a, key, graph));
      }
    };
    return csvChunks(EDGE_CSV_COLUMNS, rows());
  },
});
