// RFC 4180 CSV with a UTF-8 byte-order mark, which is what makes Excel read Chinese as UTF-8.
import { formatNumber } from './numbers.js';
import { clean } from './text.js';
import { CHUNK_ITEMS } from './streamed.js';

export type CsvCell = string | number | undefined;

const BOM = '\uFEFF';

/**
 * One field: quoted when it holds a comma, quote or line break. Text that Excel would run as a
 * formula (= + - @ first) gets a leading apostrophe: report text is untrusted.
 */
export function csvField(cell: CsvCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  let text = clean(cell);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(header: readonly string[], rows: readonly CsvCell[][]): string {
  return [...csvChunks(header, rows)].join('');
}

/** csvTable in pieces of CHUNK_ITEMS rows (see Exporter.chunks); rows may be produced lazily. */
export function* csvChunks(header: readonly string[], rows: Iterable<CsvCell[]>): Generator<string> {
  const line = (row: readonly CsvCell[]) => row.map(csvField).join(',') + '\r\n';
  let piece = BOM + line(header);
  let n = 0;
  for (const row of rows) {
    piece += line(row);
    if (++n % CHUNK_ITEMS === 0) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}
