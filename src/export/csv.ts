// RFC 4180 CSV with a UTF-8 byte-order mark, which is what makes Excel read Chinese as UTF-8.
import { formatNumber } from './numbers.js';
import { clean } from './text.js';

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
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
