// nodes.csv: one row per node for spreadsheets and pandas; lists joined with |.
import type { Exporter } from './index.js';
import { csvTable } from './csv.js';
import { compare, joinList, oneLine } from './text.js';
import { round } from './numbers.js';

export const NODE_CSV_COLUMNS = [
  'id', 'label', 'type', 'aliases', 'docs', 'mentions', 'regionCount', 'community', 'degree', 'level', 'code',
  'parent', 'investment', 'status', 'definition', 'x', 'y', 'size', 'color',
] as const;

export const nodesCsv: Exporter = {
  file: 'nodes.csv',
  description: 'nodes as CSV (UTF-8 with BOM for Excel), lists joined with |',
  render({ graph }) {
    const rows = [...graph.nodes()].sort(compare).map((key) => {
      const a = graph.getNodeAttributes(key);
      return [
        key, oneLine(a.label), a.type, joinList(a.aliases), joinList(a.docs), a.mentions, a.regionCount, a.community,
        graph.degree(key), a.level, a.code, a.parent, a.investment, a.status, a.definition,
        round(a.x, 2), round(a.y, 2), round(a.size, 2), a.color,
      ];
    });
    return csvTable(NODE_CSV_COLUMNS, rows);
  },
};
