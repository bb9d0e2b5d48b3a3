// The tables of tables.ts as Parquet, written by DuckDB (@duckdb/node-api): one in-memory
// database per file, single-threaded so the same rows give the same bytes. The rows go in as they
// are produced, a data chunk of ROWS_PER_CHUNK at a time through DuckDB's appender (no SQL text,
// and no more than one chunk of values in JavaScript), then COPY writes the file. DuckDB is loaded
// when a table is first written (~0.2 s), not by every command that imports the exporters.
import fs from 'node:fs';
import type { DuckDBValue } from '@duckdb/node-api';
import type { FileExporter } from './types.js';
import { clean } from './text.js';
import type { ColumnType, Table, TableValue } from './tables.js';

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

/** A Parquet file of `table`, for the exporter registry. */
export function parquetTable(file: string, description: string, table: Table): FileExporter {
  return { file, description, write: (input, path) => writeParquet(table, table.rows(input), path) };
}

/**
 * Writes `rows` of `table` as Parquet at `path`. Empty text and non-finite or missing numbers are
 * NULL; text is cleaned as in every other output (no control characters).
 */
export async function writeParquet(
  table: Pick<Table, 'columns'>,
  rows: Iterable<TableValue[]>,
  path: string,
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
      default:
        return clean(String(v));
    }
  };
  // one thread: row groups are cut and written in one order, so the bytes are the same every time.
  // The rows wait in DuckDB's memory until COPY, and mentions.parquet at 10,000 reports is 4.6
  // million rows with their sentences (3.8 GB of DuckDB's own memory when unbounded): beyond
  // MEMORY_LIMIT DuckDB moves them to a folder beside the file, removed once it is written.
  const spill = `${path}.spill`;
  const instance = await duckdb.DuckDBInstance.create(':memory:', {
    threads: '1',
    memory_limit: MEMORY_LIMIT,
    temp_directory: spill,
  });
  try {
    const db = await instance.connect();
    try {
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
      // USE_TMP_FILE false: DuckDB writes `path` itself, the temporary file writeOutputs renames
      // and its signal handler removes (src/run/signals.ts), and no file of its own beside it
      await db.run(`COPY rows TO ${literal(path)} (FORMAT parquet, COMPRESSION zstd, USE_TMP_FILE false)`);
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

/** A name as a quoted SQL identifier (`end` and `type` are keywords). */
export const identifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Text as a SQL string literal. */
export const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;
