// RFC 4180 CSV with a UTF-8 byte-order mark, which is what makes Excel read Chinese as UTF-8.
import { formatNumber } from './numbers.js';
import { clean, joinList } from './text.js';
import { CHUNK_ITEMS, itemPieces } from './streamed.js';
import type { Piece } from './blocks.js';

export type CsvCell = string | number | undefined;

const BOM = '\uFEFF';
/** A number with its sign and nothing else: -3.5, +5%, -1,200. */
const SIGNED_NUMBER = /^[+-]\d[\d.,]*%?$/;

/**
 * One field: quoted when it holds a comma, quote or line break. Text that a spreadsheet would run
 * as a formula (= + - @ tab or CR first; OWASP's CSV injection) gets a leading apostrophe, which
 * makes Excel and LibreOffice show it as text: report text is untrusted. A signed number written
 * as text (-3.5, +5%) is no formula and stays as it is. Text that starts with an apostrophe gets
 * one more, since a spreadsheet hides the first: so every leading apostrophe is one the writer
 * added, and a reader of the file takes exactly one away (parquet.ts reads mentions.csv so).
 */
export function csvField(cell: CsvCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  let text = clean(cell);
  if ((/^[=+\-@\t\r]/.test(text) && !SIGNED_NUMBER.test(text)) || text.startsWith("'")) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Distinct texts a CSV table remembers as fields (see csvChunks). */
const MEMO_SIZE = 4096;

export function csvTable(header: readonly string[], rows: readonly CsvCell[][]): string {
  return [...csvChunks(header, rows)].join('');
}

/** A block of rows (blocks.ts): its fingerprint, and its rows, made only when it is rendered. */
export interface CsvBlock {
  fingerprint(): string;
  rows(): Iterable<CsvCell[]>;
  /** What the block is of (blocks.ts's Block.name). */
  name?: string;
}

/**
 * A line maker for one table: a big table repeats its text (a report's region and label on each
 * of its rows, a sentence on each mention in it), so each distinct text is made a field once and
 * looked up after that (the same string object hashes once); the table of fields is emptied when
 * it grows past MEMO_SIZE.
 */
function lineMaker(): (row: readonly CsvCell[]) => string {
  const memo = new Map<string, string>();
  const field = (cell: CsvCell): string => {
    if (typeof cell !== 'string') return csvField(cell);
    let f = memo.get(cell);
    if (f === undefined) {
      if (memo.size === MEMO_SIZE) memo.clear();
      memo.set(cell, (f = csvField(cell)));
    }
    return f;
  };
  return (row) => {
    let text = field(row[0]);
    for (let i = 1; i < row.length; i++) text += ',' + field(row[i]);
    return text + '\r\n';
  };
}

/** csvTable in pieces of CHUNK_ITEMS rows (see Exporter.chunks); rows may be produced lazily. */
export function* csvChunks(header: readonly string[], rows: Iterable<CsvCell[]>): Generator<string> {
  const line = lineMaker();
  yield BOM + line(header);
  yield* linePieces(line, rows);
}

/** csvTable with its rows in blocks that a rebuild may copy (blocks.ts): the same text. */
export function* csvBlockChunks(header: readonly string[], blocks: Iterable<CsvBlock>): Generator<Piece> {
  const line = lineMaker();
  yield BOM + line(header);
  for (const block of blocks)
    yield {
      fingerprint: () => block.fingerprint(),
      render: () => [...linePieces(line, block.rows())].join(''),
      pieces: () => linePieces(line, block.rows()),
      ...(block.name === undefined ? {} : { name: block.name }),
    };
}

/** A row whose cell `at` is a long list (blocks.ts's isLongList), its items not yet joined. */
export interface ListRow {
  row: CsvCell[];
  at: number;
  list: readonly string[];
}

/**
 * csvTable, a row with a long list in pieces of its own, the list a block that a rebuild may copy
 * (blocks.ts's withListBlock): the same text.
 */
export function* csvListChunks(header: readonly string[], rows: Iterable<CsvCell[] | ListRow>): Generator<Piece> {
  const line = lineMaker();
  yield BOM + line(header);
  yield* itemPieces(
    rows,
    (r) => ({ docs: Array.isArray(r) ? undefined : r.list }),
    (r, { docs }) => {
      if (Array.isArray(r)) return line(r);
      const row = r.row.slice();
      row[r.at] = joinList(docs);
      return line(row);
    },
    (docs) => csvField(joinList(docs)),
  );
}

/** The lines of `rows`, CHUNK_ITEMS to a piece. */
function* linePieces(line: (row: readonly CsvCell[]) => string, rows: Iterable<CsvCell[]>): Generator<string> {
  let text = '';
  let n = 0;
  for (const row of rows) {
    text += line(row);
    if (++n % CHUNK_ITEMS === 0) {
      yield text;
      text = '';
    }
  }
  if (text) yield text;
}
