// The tables of tables.ts as Parquet, written by DuckDB (@duckdb/node-api): one in-memory
// database per file (mentions.parquet's on a thread of its own, parts.ts), single-threaded so the
// same rows give the same bytes. The rows go in as they are produced, a data chunk of
// ROWS_PER_CHUNK at a time through DuckDB's appender (no SQL text, and no more than one chunk of
// values in JavaScript), then COPY writes the file. DuckDB is loaded
// when a table is first written (~0.2 s), not by every command that imports the exporters.
import fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { ExportInput, FileExporter, WriteContext } from './types.js';
import { clean, oneLine } from './text.js';
import { formatNumber } from './numbers.js';
import { identifier, literal } from '../text/sql.js';
import { plainListCharacters, type BlockNotes } from './blocks.js';
import type { ColumnType, Table, TableValue } from './tables.js';
import { cutParts, partKey, partsDir, runParts, type FileLayout, type PartJob, type PartStore } from './parts.js';

const SQL_TYPES: Record<ColumnType, string> = {
  string: 'VARCHAR',
  integer: 'INTEGER',
  double: 'DOUBLE',
  liststring: 'VARCHAR[]',
  listinteger: 'INTEGER[]',
  date: 'DATE',
};

/** DuckDB's vector size: a data chunk holds at most this many rows. */
const ROWS_PER_CHUNK = 2048;

/**
 * A Parquet file of `table`, for the exporter registry. With `csv`, the name of the same table's
 * CSV output (table-csv.ts), DuckDB reads that file when the set being written has it already,
 * instead of taking the rows one value at a time from JavaScript: for mentions.parquet at 10,000
 * reports (4.6 million rows, 37 million strings) that was 28 s, most of it spent handing DuckDB
 * one string at a time. With `inParts`, a CSV file written in named blocks (blocks.ts's Block.name)
 * is read back in parts (parts.ts), and a build that keeps blocks reads back only the parts whose
 * blocks changed.
 */
export function parquetTable(
  file: string,
  description: string,
  table: Table,
  csv?: string,
  inParts = false,
): FileExporter {
  return {
    file,
    description,
    ...(csv === undefined ? {} : { after: csv }),
    write: (input, path, context: WriteContext = {}) => {
      const { started, notes, source } = context;
      const written = csv === undefined ? undefined : join(dirname(path), csv);
      if (written !== undefined && fs.existsSync(written)) {
        // DuckDB holds a line whole in memory
        const back = csvReadBack(table, input, notes);
        if (back !== undefined && back.line <= MAX_LINE) {
          if (inParts && source !== undefined && source.blocks.length > 0)
            return writeParquetInParts(table, written, path, source, back, context);
          return writeParquetFromCsv(table, written, path, back.line, back.emptyLists, started);
        }
      }
      return writeParquet(table, table.rows(input), path, started);
    },
  };
}

/** How a table's CSV file is read back: its longest line (bytes), and the list columns whose empty cells are empty lists. */
interface CsvReadBack {
  line: number;
  emptyLists: Set<number>;
}

/**
 * Whether every row of `table` reads back from its CSV file (table-csv.ts) as writeParquet would
 * write it, and how; undefined when it does not. Text and whole numbers always do (a line then holds
 * at most two texts of one report, a surface and its sentence). A table of other columns is checked
 * row by row: a number must print exactly (the CSV has 6 decimals); a list must be one that joining
 * with | keeps apart (no item empty or holding | or whitespace the CSV folds), and a column cannot
 * hold both a missing list and an empty one, which are both an empty cell. A date does not come back.
 *
 * A table written in blocks (Table.blocks) is checked block by block, and with `notes` what a block
 * showed is noted by its fingerprint: a block the previous build noted, whose fingerprint fixes its
 * rows, is not made and checked again (at 10,000 reports, checking edges.parquet's 281,290 rows took
 * ~1 s of a rebuild that changed a few hundred).
 */
function csvReadBack(table: Table, input: ExportInput, notes?: BlockNotes): CsvReadBack | undefined {
  // each checked column, with its list items seen to come back (a report id is in the docs of
  // thousands of edges)
  const checked = table.columns.flatMap((c, i) =>
    c.type === 'string' || c.type === 'integer' ? [] : [{ type: c.type, i, good: new Set<string | number>() }],
  );
  // each character at most 3 bytes of UTF-8, doubled when it is a quote
  const longestReport = input.documents.reduce((n, d) => Math.max(n, d.characters), 0);
  if (checked.length === 0) return { line: 12 * longestReport + 65_536, emptyLists: new Set() };
  if (checked.some((c) => c.type === 'date')) return undefined;
  const parts =
    table.blocks && notes
      ? [...table.blocks(input)].map((block) => {
          const fingerprint = block.fingerprint();
          const known = notes.previous?.get(fingerprint);
          // a note of the block read back, `no` (null) included; otherwise its rows seen
          const noted = known === undefined ? undefined : readNote(known, checked.length);
          const seen = noted === undefined ? seeRows(block.rows(), checked) : noted;
          notes.next.set(fingerprint, noteOf(seen));
          return seen;
        })
      : [seeRows(table.rows(input), checked)];
  let line = 0;
  const missing = checked.map(() => false);
  const empty = checked.map(() => false);
  for (const seen of parts) {
    if (seen === null) return undefined;
    line = Math.max(line, seen.line);
    seen.missing.forEach((m, k) => (missing[k] ||= m));
    seen.empty.forEach((e, k) => (empty[k] ||= e));
  }
  if (checked.some((_, k) => missing[k] && empty[k])) return undefined;
  return { line, emptyLists: new Set(checked.filter((_, k) => empty[k]).map((c) => c.i)) };
}

/**
 * What rows show of the checked columns (csvReadBack): their longest line, and for each checked
 * column whether a cell is missing and whether one is an empty list; null when a cell does not read
 * back.
 */
interface Seen {
  line: number;
  missing: boolean[];
  empty: boolean[];
}

/** What `rows` show of the checked columns (Seen). */
function seeRows(
  rows: Iterable<TableValue[]>,
  checked: readonly { type: ColumnType; i: number; good: Set<string | number> }[],
): Seen | null {
  let line = 0;
  const missing = checked.map(() => false);
  const empty = checked.map(() => false);
  // a node's docs that an output before found plain (blocks.ts): its items are not looked at again
  const plain = (v: TableValue) => (Array.isArray(v) ? plainListCharacters(v as readonly string[]) : undefined);
  for (const row of rows) {
    let chars = 0;
    for (const v of row)
      chars += Array.isArray(v)
        ? (plain(v) ?? v.reduce((n, x) => n + String(x).length + 1, 0))
        : String(v ?? '').length + 1;
    line = Math.max(line, 6 * chars + 65_536);
    for (const [k, c] of checked.entries()) {
      const v = row[c.i];
      if (v === undefined || v === '') missing[k] = true;
      else if (!(c.type === 'liststring' && plain(v) !== undefined) && !cellComesBack(c.type, v, c.good)) return null;
      else if (Array.isArray(v) && v.length === 0) empty[k] = true;
      if (missing[k] && empty[k]) return null;
    }
  }
  return { line, missing, empty };
}

/** Seen as a note: the longest line, then a `1` or `0` per checked column for missing and for empty; `no` for null. */
function noteOf(seen: Seen | null): string {
  const bits = (flags: boolean[]) => flags.map((f) => (f ? '1' : '0')).join('');
  return seen === null ? 'no' : `${seen.line} ${bits(seen.missing)} ${bits(seen.empty)}`;
}

/** A note of noteOf read back for `columns` checked columns; undefined when it is not one. */
function readNote(note: string, columns: number): Seen | null | undefined {
  if (note === 'no') return null;
  const m = /^(\d+) ([01]*) ([01]*)$/.exec(note);
  if (!m || m[2]!.length !== columns || m[3]!.length !== columns) return undefined;
  const flags = (bits: string) => [...bits].map((b) => b === '1');
  return { line: Number(m[1]), missing: flags(m[2]!), empty: flags(m[3]!) };
}

/**
 * Whether a number or list cell reads back from the CSV as written (see csvReadBack). `good`: the
 * list items of this column known to come back, which it adds to.
 */
function cellComesBack(type: ColumnType, v: Exclude<TableValue, undefined>, good: Set<string | number>): boolean {
  if (type === 'double') return typeof v === 'number' && (!Number.isFinite(v) || Number(formatNumber(v)) === v);
  if (!Array.isArray(v)) return false;
  return (v as readonly (string | number)[]).every((item) => {
    if (good.has(item)) return true;
    const text = clean(String(item));
    if (text === '' || text.includes('|') || oneLine(text) !== text) return false;
    if (type === 'listinteger' && !(Number.isInteger(Number(item)) && Math.abs(Number(item)) < 2 ** 31)) return false;
    good.add(item);
    return true;
  });
}

/**
 * Writes `rows` of `table` as Parquet at `path`. Empty text and non-finite or missing numbers are
 * NULL; text is cleaned as in every other output (no control characters). `started` is called once
 * the rows are DuckDB's and its COPY is issued (copyToParquet).
 */
export async function writeParquet(
  table: Pick<Table, 'columns'>,
  rows: Iterable<TableValue[]>,
  path: string,
  started?: () => void,
): Promise<void> {
  const duckdb = await import('@duckdb/node-api');
  const { dateValue, listValue } = duckdb;
  const value = (type: ColumnType, v: TableValue): DuckDBValue => {
    if (v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v))) return null;
    switch (type) {
      case 'integer':
      case 'double':
        return Number(v);
      case 'liststring':
        return listValue(list(v).map((s) => clean(String(s))));
      case 'listinteger':
        return listValue(list(v).map(Number));
      case 'date': {
        const days = daysOf(String(v));
        return days === undefined ? null : dateValue(days);
      }
      default: {
        // text that cleaning empties is NULL too, as it is when read back from CSV
        const text = clean(String(v));
        return text === '' ? null : text;
      }
    }
  };
  await withDuckDb(path, async (db) => {
    const columns = table.columns.map((c) => `${identifier(c.name)} ${SQL_TYPES[c.type]}`);
    await db.run(`CREATE TABLE rows (${columns.join(', ')})`);
    const appender = await db.createAppender('rows');
    const types = table.columns.map((_, i) => appender.columnType(i));
    let chunk: DuckDBValue[][] = table.columns.map(() => []);
    // one data chunk, reset and filled again: a chunk's vectors are DuckDB's memory, which V8 does
    // not see, so chunks left to the garbage collector piled up (2.4 GB for mentions.parquet at
    // 10,000 reports) before any was freed
    const data = duckdb.DuckDBDataChunk.create(types);
    const flush = () => {
      data.reset();
      data.setColumns(chunk);
      appender.appendDataChunk(data);
      chunk = table.columns.map(() => []);
    };
    for (const row of rows) {
      table.columns.forEach((c, i) => chunk[i]!.push(value(c.type, row[i])));
      if (chunk[0]!.length === ROWS_PER_CHUNK) flush();
    }
    if (chunk[0]!.length) flush();
    appender.closeSync();
    await copyToParquet(db, 'rows', path, started);
  });
}

/**
 * Writes `table` as Parquet at `path` from its CSV file `csv` (csvChunks' format: header, RFC 4180
 * quoting, empty for missing, a leading apostrophe added to text that starts with a formula
 * character or an apostrophe): the same values as writeParquet, read by DuckDB's own CSV reader.
 * Text and number columns only. `started`: see copyToParquet.
 */
export async function writeParquetFromCsv(
  table: Pick<Table, 'columns'>,
  csv: string,
  path: string,
  longestLine = DEFAULT_LINE,
  emptyLists: ReadonlySet<number> = new Set(),
  started?: () => void,
): Promise<void> {
  const query = csvQuery(table, csv, longestLine, emptyLists);
  await withDuckDb(path, (db) => copyToParquet(db, query, path, started));
}

/** The query that reads `table`'s rows back from its CSV file `csv` (writeParquetFromCsv). */
function csvQuery(
  table: Pick<Table, 'columns'>,
  csv: string,
  longestLine: number,
  emptyLists: ReadonlySet<number>,
): string {
  // a list is read as its joined text
  const columns = table.columns.map((c) => {
    if (c.type === 'date') throw new Error(`a ${c.type} column (${c.name}) cannot be read back from CSV`);
    const read = c.type === 'liststring' || c.type === 'listinteger' ? 'VARCHAR' : SQL_TYPES[c.type];
    return `${literal(c.name)}: ${literal(read)}`;
  });
  // the apostrophe csvField added, taken away; empty text is NULL, as in writeParquet; a list split
  // at its |s (csvReadBack has made sure that gives its items back)
  const values = table.columns.map((c, i) => {
    const name = identifier(c.name);
    const text = `CASE WHEN starts_with(${name}, '''') THEN substr(${name}, 2) ELSE ${name} END`;
    if (c.type === 'string') return `${text} AS ${name}`;
    if (c.type === 'liststring' || c.type === 'listinteger') {
      const list = `CAST(string_split(${text}, '|') AS ${SQL_TYPES[c.type]})`;
      return emptyLists.has(i)
        ? `coalesce(${list}, CAST([] AS ${SQL_TYPES[c.type]})) AS ${name}`
        : `${list} AS ${name}`;
    }
    return name;
  });
  const read =
    `read_csv(${literal(csv)}, header = true, auto_detect = false, columns = {${columns.join(', ')}}, ` +
    `delim = ',', quote = '"', escape = '"', nullstr = '', ` +
    `max_line_size = ${Math.max(longestLine, DEFAULT_LINE)}, buffer_size = ${Math.max(longestLine, BUFFER)})`;
  return `(SELECT ${values.join(', ')} FROM ${read})`;
}

/** The COPY of `source` (a table, or a query in parentheses) to `path` as Parquet. */
const copySql = (source: string, path: string): string => `COPY ${source} TO ${literal(path)} ${COPY_OPTIONS}`;

/**
 * writeParquetFromCsv, the CSV file read back in parts (parts.ts): each part of `layout`'s blocks
 * into a Parquet file of its own in the set's parts folder (linked from the previous set's, with
 * `context.parts`, when that has it), then the table from those files in order; on a thread of its
 * own. The same rows give the same bytes, whichever parts were linked.
 */
async function writeParquetInParts(
  table: Pick<Table, 'columns'>,
  csv: string,
  path: string,
  layout: FileLayout,
  back: CsvReadBack,
  { started, parts: store, partBlocks }: WriteContext,
): Promise<void> {
  const duckdb = await import('@duckdb/node-api');
  const query = (file: string, out: string) => copySql(csvQuery(table, file, back.line, back.emptyLists), out);
  // a part's name says what it is read from and how: its blocks, the query, DuckDB's version
  const salt = `${duckdb.version()}\n${query('?', '?')}`;
  const dir = partsDir(dirname(path), basename(path));
  fs.mkdirSync(dir, { recursive: true });
  const jobs: PartJob[] = [];
  const files: string[] = [];
  // each job's key, when the part has one (a build that keeps blocks fingerprints every block)
  const keys: (string | undefined)[] = [];
  const seen = new Set<string>();
  let linked = 0;
  for (const [i, part] of cutParts(layout, partBlocks).entries()) {
    const key = store && part.fingerprints ? partKey(salt, part.fingerprints) : undefined;
    const file = join(dir, `${key ?? String(i)}.parquet`);
    files.push(file);
    // two parts of the same blocks are one file
    if (key !== undefined && seen.has(key)) continue;
    if (key !== undefined) seen.add(key);
    keys.push(key);
    const from = key === undefined ? undefined : previousPart(store!, key);
    if (from !== undefined) linked += 1;
    jobs.push(
      from !== undefined
        ? { file, start: part.start, end: part.end, from }
        : { file, start: part.start, end: part.end, csv: `${file}.csv`, sql: query(`${file}.csv`, file) },
    );
  }
  const done = await runParts(
    {
      duckdb: import.meta.resolve('@duckdb/node-api'),
      settings: DUCKDB_SETTINGS,
      spill: `${path}.spill`,
      source: csv,
      head: layout.head,
      parts: jobs,
      files,
      out: path,
      merge: copySql(`(SELECT * FROM read_parquet([${files.map(literal).join(', ')}]))`, path),
    },
    started,
  );
  if (!store) {
    // kept for no next build: the parts' folder goes, and the folder of parts when it is empty
    fs.rmSync(dir, { recursive: true, force: true });
    if (fs.readdirSync(dirname(dir)).length === 0) fs.rmdirSync(dirname(dir));
    return;
  }
  store.record(Object.fromEntries(keys.flatMap((key, k) => (key === undefined ? [] : [[key, done[k]!]]))));
  store.count(linked, jobs.length - linked);
}

/** The previous set's part `key`, when it is there as recorded. */
function previousPart(store: PartStore, key: string): string | undefined {
  const recorded = store.previous?.parts[key];
  if (!recorded) return undefined;
  const file = join(store.previous!.dir, `${key}.parquet`);
  try {
    const stat = fs.statSync(file);
    return stat.size === recorded[0] && stat.mtimeMs === recorded[1] ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * COPY `source` (a table, or a query in parentheses) to `path` as Parquet, `started` called once
 * the COPY is issued: from then on it runs on DuckDB's thread, whatever this thread does.
 */
function copyToParquet(db: DuckDBConnection, source: string, path: string, started?: () => void): Promise<unknown> {
  const copy = db.run(copySql(source, path));
  started?.();
  return copy;
}

/** The bytes of a row group (COPY_OPTIONS): beside the CSV reader's buffers, within MEMORY_LIMIT. */
const ROW_GROUP_BYTES = '16MB';

/**
 * USE_TMP_FILE false: DuckDB writes `path` itself, the temporary file writeOutputs renames and its
 * signal handler removes (src/run/signals.ts), and no file of its own beside it.
 * ROW_GROUP_SIZE_BYTES: DuckDB holds a row group in memory until it is written, 122,880 rows by
 * default whatever their width. A node's or an edge's row lists every report that names it, so rows
 * widen with the corpus: at 56,000 reports a row group of edges.parquet no longer fitted in
 * MEMORY_LIMIT and the build failed after 12 minutes. Groups are cut by their bytes instead, which
 * DuckDB allows only without preserving insertion order (withDuckDb); one thread reads and writes
 * the rows in their order all the same.
 */
const COPY_OPTIONS = `(FORMAT parquet, COMPRESSION zstd, USE_TMP_FILE false, ROW_GROUP_SIZE_BYTES '${ROW_GROUP_BYTES}')`;

/**
 * CSV lines as DuckDB reads them: its default longest line (2 MB), the buffer it reads with (32 MB,
 * its default for that line; a line must fit in one), and the longest line worth reading back
 * within MEMORY_LIMIT: a report of more than ~10 M characters without a sentence break could make
 * one longer, and then the rows are written one value at a time instead.
 */
const DEFAULT_LINE = 2 << 20;
const BUFFER = 32 << 20;
const MAX_LINE = 128 << 20;

/**
 * Runs `work` on a connection to a fresh in-memory DuckDB for writing `path`. One thread: row groups
 * are cut and written in one order, so the bytes are the same every time. Appended rows wait in
 * DuckDB's memory until COPY (mentions.parquet at 10,000 reports, 4.6 million rows with their
 * sentences, took 3.8 GB of it when unbounded): beyond MEMORY_LIMIT DuckDB moves them to a folder
 * beside the file, removed once it is written.
 */
async function withDuckDb(path: string, work: (db: DuckDBConnection) => Promise<unknown>): Promise<void> {
  const duckdb = await import('@duckdb/node-api');
  const spill = `${path}.spill`;
  const instance = await duckdb.DuckDBInstance.create(':memory:', { ...DUCKDB_SETTINGS, temp_directory: spill });
  try {
    const db = await instance.connect();
    try {
      await work(db);
    } finally {
      db.closeSync();
    }
  } finally {
    instance.closeSync();
    fs.rmSync(spill, { recursive: true, force: true });
  }
}

/** DuckDB's memory for one table: what goes beyond it is written to disk until COPY has read it. */
const MEMORY_LIMIT = '256MB';

/** DuckDB's settings for writing a file (withDuckDb), but the folder it spills into. */
const DUCKDB_SETTINGS: Record<string, string> = {
  threads: '1',
  memory_limit: MEMORY_LIMIT,
  // needed for ROW_GROUP_SIZE_BYTES (COPY_OPTIONS); with one thread the rows keep their order
  preserve_insertion_order: 'false',
};

const list = (v: TableValue): readonly (string | number)[] => (Array.isArray(v) ? v : [v as string | number]);

/** Days since 1970-01-01 of a YYYY-MM-DD date, or undefined when it is not one. */
function daysOf(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(year, month - 1, day);
  const back = new Date(t);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return t / 86_400_000;
}
