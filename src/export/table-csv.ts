// A table of tables.ts as CSV: lists joined with |, numbers and text as csv.ts writes them.
import { csvChunks, type CsvCell } from './csv.js';
import { columnNames, type Table } from './tables.js';
import type { ExportInput } from './types.js';
import { joinList } from './text.js';
import { joinPieces, type Piece } from './blocks.js';

/** The table's CSV text in pieces (see Exporter.chunks). */
export function tableCsvChunks(table: Table, input: ExportInput): Generator<Piece> {
  return csvChunks(columnNames(table), csvRows(table, input), table.blockOf?.());
}

/** The table's whole CSV text. */
export function tableCsv(table: Table, input: ExportInput): string {
  return joinPieces(tableCsvChunks(table, input));
}

function* csvRows(table: Table, input: ExportInput): Generator<CsvCell[]> {
  // a table makes a new array for each row: its lists are joined in place
  for (const row of table.rows(input)) {
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (typeof v === 'object') row[i] = joinList(v.map(String));
    }
    yield row as CsvCell[];
  }
}
