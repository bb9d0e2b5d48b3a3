// A table of tables.ts as CSV: lists joined with |, numbers and text as csv.ts writes them.
import { csvBlockChunks, csvChunks, csvListChunks, type CsvBlock, type CsvCell, type ListRow } from './csv.js';
import { columnNames, type Table, type TableBlock, type TableValue } from './tables.js';
import type { ExportInput } from './types.js';
import { joinList } from './text.js';
import { joinPieces, type Piece } from './blocks.js';

/** The table's CSV text in pieces (see Exporter.chunks): in blocks when the table has them. */
export function tableCsvChunks(table: Table, input: ExportInput): Generator<Piece> {
  const header = columnNames(table);
  if (table.listBlock !== undefined)
    return csvListChunks(header, listRows(table.rows(input), header.indexOf(table.listBlock)));
  if (!table.blocks) return csvChunks(header, csvRows(table.rows(input)));
  return csvBlockChunks(header, csvBlocks(table.blocks(input)));
}

function* csvBlocks(blocks: Iterable<TableBlock>): Generator<CsvBlock> {
  for (const b of blocks)
    yield {
      fingerprint: () => b.fingerprint(),
      rows: () => csvRows(b.rows()),
      ...(b.name === undefined ? {} : { name: b.name }),
    };
}

/** The table's whole CSV text. */
export function tableCsv(table: Table, input: ExportInput): string {
  return joinPieces(tableCsvChunks(table, input));
}

function* csvRows(rows: Iterable<TableValue[]>): Generator<CsvCell[]> {
  for (const row of rows) yield csvRow(row);
}

/** A table's row with its lists joined, in place (a table makes a new array for each row). */
function csvRow(row: TableValue[]): CsvCell[] {
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (typeof v === 'object') row[i] = joinList(v.map(String));
  }
  return row as CsvCell[];
}

/**
 * csvRows, a row's list in cell `at` given apart (csvListChunks makes a long one a block); the
 * column is a list of text (Table.listBlock), and the list the graph's own array, whose digest every
 * output shares.
 */
function* listRows(rows: Iterable<TableValue[]>, at: number): Generator<CsvCell[] | ListRow> {
  for (const row of rows) {
    const list = row[at];
    if (!Array.isArray(list)) {
      yield csvRow(row);
      continue;
    }
    row[at] = undefined;
    yield { row: csvRow(row), at, list: list as readonly string[] };
  }
}
