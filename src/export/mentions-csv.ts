// mentions.csv: every mention, one row each, with the sentence to cite and its offsets — all of
// them (graph.json keeps three sentences per edge). Rows in report order, then by offset.
import { streamed } from './streamed.js';
import { columnNames, MENTIONS_TABLE } from './tables.js';
import { tableCsvChunks } from './table-csv.js';

export const MENTIONS_COLUMNS: readonly string[] = columnNames(MENTIONS_TABLE);

export const mentionsCsv = streamed({
  file: 'mentions.csv',
  description: 'every mention (UTF-8 with BOM): report, entity, phase, the sentence and its offsets',
  chunks: (input) => tableCsvChunks(MENTIONS_TABLE, input),
  // a row shows its entity's label and type, nothing of the edges
  nodesOnly: true,
});
