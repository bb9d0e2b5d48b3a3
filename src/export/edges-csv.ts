// edges.csv: one row per edge with its first evidence sentence; lists joined with |.
import type { Exporter } from './index.js';
import { csvTable } from './csv.js';
import { compare, joinList } from './text.js';

export const EDGE_CSV_COLUMNS = ['id', 'source', 'target', 'kind', 'weight', 'phases', 'docs', 'evidence'] as const;

export const edgesCsv: Exporter = {
  file: 'edges.csv',
  description: 'edges as CSV (UTF-8 with BOM for Excel) with the first evidence sentence',
  render({ graph }) {
    const rows = [...graph.edges()].sort(compare).map((key) => {
      const a = graph.getEdgeAttributes(key);
      return [key, graph.source(key), graph.target(key), a.kind, a.weight, joinList(a.phases), joinList(a.docs), a.evidence?.[0]?.sentence];
    });
    return csvTable(EDGE_CSV_COLUMNS, rows);
  },
};
