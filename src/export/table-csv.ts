// A table of tables.ts as CSV: lists joined with |, numbers and text as csv.ts writes them.
import { csvBlockChunks, csvChunks, csvListChunks, type CsvBlock, type CsvCell, type ListRow } from './csv.js';
import { columnNames, type Table, type TableBlock, type TableValue } from './tables.js';
import type { ExportInput } from './types.js';
import { joinList } from './text.js';
import { joinPieces, isLongList, type Piece } from './blocks.js';

/** The table's CSV text in pieces (see Exporter.chunks): in blocks when the table has them. */
export function tableCsvChunks(table: Table, input: ExportInput): Generator<Piece> {
  const header = columnNames(table);
  if (table.listBlock !== undefined)
    return csvListChunks(header, listRows(table.rows(input), header.indexOf(table.listBlock)));
  if (!table.blocks) return csvChunks(header, csvRows(table.rows(input)));
  return csvBlockChunks(header, csvBlocks(table.blocks(input)));
}

function* csvBlocks(blocks: Iterable<TableBlock>): Generator<CsvBlock> {
  for (const b of blocks) yield { fingerprint: () => b.fingerprint(), rows: () => csvRows(b.rows()) };
}

/** The table's whole CSV text. */
export function tableCsv(table: Table, input: ExportInput): string {
  return joinPieces(tableCsvChunks(table, input));
}

function* csvRows(rows: Iterable<TableValue[]>): Generator<CsvCell[]> {
  // a table makes a new array for each row: its lists are joined in place
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (typeof v === 'object') row[i] = joinList(v.map(String));
    }
    yield row as CsvCell[];
  }
}

/** csvRows, a row whose cell `at` is a long list given as a ListRow (its list a block). */
function* listRows(rows: Iterable<TableValue[]>, at: number): Generator<CsvCell[] | ListRow> {
  for (const row of rows) {
    const list = row[at];
    if (Array.isArray(list) && isLongList(list) && list.every((v) => typeof v === 'string')) {
      const [cells] = csvRows([row.map((v, i) => (i === at ? undefined : v))]);
      yield { row: cells!, at, list: list as readonly string[] };
    } else yield* csvRows([row]);
  }
}
