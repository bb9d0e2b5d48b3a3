// `govgraph query`: DuckDB SQL over the Parquet tables of a build, which it sees as the views
// nodes, edges, mentions and documents; the answer as an aligned table, CSV or JSON.
import fs from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection, DuckDBResultReader, Json } from '@duckdb/node-api';
import { InputError, QueryError } from './errors.js';
import { literal } from './text/sql.js';
import { csvField } from './export/csv.js';
import { joinList } from './export/text.js';
import { displayWidth, oneLine } from './terminal.js';

/** The views a query sees, each over `<name>.parquet` in the output folder. */
export const QUERY_VIEWS = ['nodes', 'edges', 'mentions', 'documents'] as const;

export const QUERY_FORMATS = ['table', 'csv', 'json'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

export interface QueryResult {
  /** Column names, made unique (a second `count(*)` is `count(*)_1`). */
  columns: string[];
  /** Whether each column holds numbers (right-aligned in a table). */
  numeric: boolean[];
  /** Numbers as numbers (integers beyond 2^53 as text), lists as arrays, dates as YYYY-MM-DD. */
  rows: Json[][];
}

/**
 * Runs `sql` over the tables of the build in `dir`. Throws InputError when the folder or one of
 * its tables is missing, QueryError (one line: DuckDB's first) when DuckDB cannot run the SQL.
 */
export async function querySql(dir: string, sql: string): Promise<QueryResult> {
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    throw new InputError(`no output folder ${dir}; run \`govgraph build -o ${dir}\` first`);
  const files = QUERY_VIEWS.map((v) => path.resolve(dir, `${v}.parquet`));
  const missing = files.filter((f) => !fs.existsSync(f)).map((f) => path.basename(f));
  if (missing.length)
    throw new InputError(`${dir} has no ${missing.join(', ')}; run \`govgraph build -o ${dir}\` to write the tables`);

  // loaded here, not by every command: DuckDB takes ~0.2 s to load
  const { DuckDBInstance, DuckDBTypeId: T } = await import('@duckdb/node-api');
  const integers = new Set([
    ...[T.TINYINT, T.SMALLINT, T.INTEGER, T.BIGINT, T.HUGEINT],
    ...[T.UTINYINT, T.USMALLINT, T.UINTEGER, T.UBIGINT, T.UHUGEINT],
  ]);
  const numbers = new Set([...integers, T.FLOAT, T.DOUBLE, T.DECIMAL]);
  const instance = await DuckDBInstance.create(':memory:');
  try {
    const db = await instance.connect();
    try {
      for (const [i, view] of QUERY_VIEWS.entries()) {
        const create = `CREATE VIEW ${view} AS SELECT * FROM read_parquet(${literal(files[i]!)})`;
        await db.run(create).catch((err: unknown) => {
          throw new InputError(`cannot read ${path.join(dir, `${view}.parquet`)}: ${firstLine(err)}`);
        });
      }
      const reader = await runStatements(db, sql).catch((err: unknown) => {
        throw new QueryError(`query failed: ${firstLine(err)}`);
      });
      const types = reader.columnTypes().map((t) => t.typeId);
      const asNumber = types.map((t) => integers.has(t) || t === T.DECIMAL);
      const rows = reader.getRowsJson().map((row) => row.map((v, i) => (asNumber[i] ? number(v) : v)));
      return { columns: reader.deduplicatedColumnNames(), numeric: types.map((t) => numbers.has(t)), rows };
    } finally {
      db.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** Runs each statement of `sql` in turn (`CREATE TEMP TABLE ...; SELECT ...`); the last one answers. */
async function runStatements(db: DuckDBConnection, sql: string): Promise<DuckDBResultReader> {
  // DuckDB finds no statement in '', ';' or a lone comment, and says only "Error in native callback"
  const statements = await db.extractStatements(sql).catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    if (/native callback/.test(message)) throw new Error('no SQL statement given');
    throw new Error(message.replace(/^Failed to extract statements: /, ''));
  });
  for (let i = 0; ; i++) {
    const statement = await statements.prepare(i);
    if (i === statements.count - 1) return statement.runAndReadAll();
    await statement.run();
  }
}

/** DuckDB's message, first line only (the rest points at the SQL with a caret). */
function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n').find((l) => l.trim()) ?? message;
}

/**
 * A 64- or 128-bit integer or a DECIMAL, which DuckDB's JSON gives as text: a number, as a JSON
 * reader would read it, except an integer beyond 2^53, which stays text so that no digit changes.
 */
function number(v: Json): Json {
  if (typeof v !== 'string') return v;
  const n = Number(v);
  return Number.isFinite(n) && (!Number.isInteger(n) || Number.isSafeInteger(n)) ? n : v;
}

/** The result as text to print, without a final newline. */
export function formatResult(result: QueryResult, format: QueryFormat): string {
  if (format === 'json') return formatJson(result);
  if (format === 'csv') return formatCsv(result);
  return formatTable(result);
}

/**
 * An aligned table: the header, a rule, the rows (numbers right-aligned), a row count. Report
 * text is untrusted: control characters are shown escaped (\u001b), so a cell can neither break
 * its line nor drive the terminal. NULL is shown as NULL, lists as [a, b].
 */
function formatTable({ columns, numeric, rows }: QueryResult): string {
  const show = (v: Json): string =>
    v === null ? 'NULL' : Array.isArray(v) ? `[${v.map(show).join(', ')}]` : String(scalar(v));
  const cells = [columns, ...rows.map((row) => row.map(show))].map((row) => row.map(oneLine));
  const widths = columns.map((_, i) => cells.reduce((w, row) => Math.max(w, displayWidth(row[i]!)), 0));
  const pad = (text: string, i: number) => {
    const fill = ' '.repeat(widths[i]! - displayWidth(text));
    return numeric[i] ? fill + text : text + fill;
  };
  const line = (row: string[]) => row.map(pad).join('  ').trimEnd();
  const [header, ...body] = cells;
  const count = `(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`;
  return [line(header!), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line), count].join('\n');
}

/** CSV as the build's CSV files write it (lists joined with |), without their byte-order mark. */
function formatCsv({ columns, rows }: QueryResult): string {
  const cell = (v: Json) =>
    csvField(v === null ? undefined : Array.isArray(v) ? joinList(v.map((x) => String(scalar(x)))) : scalar(v));
  return [columns, ...rows].map((row) => row.map(cell).join(',')).join('\n');
}

/** A value that is not NULL or a list as text or a number: a struct or map as JSON. */
function scalar(v: Json): string | number {
  return typeof v === 'number' || typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * A JSON array of objects, one row a line. Besides what JSON escapes, C1 controls and the line
 * separators are escaped too, so that printing the JSON cannot drive a terminal.
 */
function formatJson({ columns, rows }: QueryResult): string {
  // JSON.stringify leaves no C0 control unescaped: oneLine escapes only the others
  const objects = rows.map((row) => oneLine(JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, row[i]!])))));
  return objects.length ? `[\n${objects.join(',\n')}\n]` : '[]';
}
