// CSV as RFC 4180 writes it: fields separated by commas, quoted when they hold a comma, a quote
// or a line break, quotes inside doubled (""); records end in CRLF (LF and lone CR read too).
// A leading UTF-8 BOM is dropped. Pure functions, no DOM: tested in test/e2e/csv.test.ts.

export class CsvError extends Error {
  override name = 'CsvError';
}

/** Every record of `text` as an array of fields; a final line break adds no empty record. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  // whether the current record has begun (so that "a,\n" keeps its empty last field)
  let open = false;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
    open = false;
  };
  while (i < n) {
    const c = text[i]!;
    // a quote can only open a field: an unquoted run below reads up to the next separator
    if (c === '"') {
      // a quoted field: up to the closing quote, "" standing for one quote
      open = true;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new CsvError(`unterminated quoted field at character ${i}`);
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
        throw new CsvError(`unexpected character after a quoted field at character ${i}`);
      continue;
    }
    if (c === ',') {
      record.push(field);
      field = '';
      open = true;
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // an unquoted run up to the next separator
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 44 || d === 10 || d === 13) break;
        j++;
      }
      field += text.slice(i, j);
      open = true;
      i = j;
    }
  }
  if (open || field !== '' || record.length) endRecord();
  return records;
}

/** Records with a header: one object per row, keyed by the header's names. */
export function parseCsvObjects(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header = [], ...records] = parseCsv(text);
  const rows = records
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
  return { header, rows };
}

/** Text a spreadsheet would run as a formula: = + - @ (or a tab, a CR) first. */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * A text field as the build's CSV files write it (src/export/csv.ts) and as `toCsv` does:
 * report text that would start a spreadsheet formula gets a leading apostrophe.
 */
export function guard(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** Undoes `guard`: the apostrophe before = + - @ goes. */
export function unguard(text: string): string {
  return text.startsWith("'") && FORMULA.test(text.slice(1)) ? text.slice(1) : text;
}

function quote(value: unknown): string {
  const s =
    value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : guard(String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The rows as CSV text: quoted where needed, CRLF line ends, a BOM first so Excel reads UTF-8;
 * text that would start a formula guarded (numbers are written as they are).
 */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return '\ufeff' + rows.map((r) => r.map(quote).join(',') + '\r\n').join('');
}
