// govgraph query: DuckDB SQL over a build's Parquet tables, on the three-year test corpus
// (test/fixtures/years), printed as a table, CSV or JSON; a bad query or folder is one line, exit 2.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/run/pipeline.js';
import { EXIT_BAD_QUERY, runQuery } from '../../src/commands.js';
import { querySql, type QueryFormat } from '../../src/sql.js';
import { displayWidth } from '../../src/terminal.js';
import { CLI, ensureBuilt, runCli, STACK_LINE } from '../fixtures/faults/cli.js';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-sql-'));
beforeAll(async () => {
  await build(['test/fixtures/years'], out, { layout: false });
}, 120_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

/** Which programmes the most regions name: the research query. */
const SHARED =
  "SELECT entity, count(DISTINCT region) AS regions FROM mentions WHERE type = 'programme' GROUP BY 1 ORDER BY 2 DESC, 1";

/** What runQuery prints on stdout and stderr, and its exit code. */
async function query(sql: string, format: QueryFormat = 'table', dir = out) {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const code = await runQuery(sql, { dir, format });
    const text = (spy: typeof log) => spy.mock.calls.map((c) => c.join(' ')).join('\n');
    return { code, stdout: text(log), stderr: text(error) };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('govgraph query', () => {
  it('answers a research query as an aligned table, counts right-aligned', async () => {
    const { code, stdout } = await query(SHARED);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.map((l) => l.split(/\s+/))).toEqual([
      ['entity', 'regions'],
      ['----------', '-------'],
      ['千万工程', '3'],
      ['枫桥经验', '2'],
      ['四好农村路', '1'],
      ['(3', 'rows)'],
    ]);
    // every line of the table is as wide on a terminal, Chinese taking two columns a character
    const widths = lines.slice(0, -1).map(displayWidth);
    expect(new Set(widths)).toEqual(new Set([displayWidth('四好农村路  regions')]));
  });

  it('prints CSV', async () => {
    const { code, stdout } = await query(SHARED, 'csv');
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual(['entity,regions', '千万工程,3', '枫桥经验,2', '四好农村路,1']);
  });

  it('prints JSON, counts as numbers and lists as arrays', async () => {
    const { code, stdout } = await query(SHARED, 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { entity: '千万工程', regions: 3 },
      { entity: '枫桥经验', regions: 2 },
      { entity: '四好农村路', regions: 1 },
    ]);
    const years = "SELECT label, years FROM nodes WHERE id = 'programme:千万工程'";
    expect(JSON.parse((await query(years, 'json')).stdout)).toEqual([{ label: '千万工程', years: [2022, 2023, 2024] }]);
    expect((await query(years, 'csv')).stdout).toBe('label,years\n千万工程,2022|2023|2024');
    expect((await query(years)).stdout.split('\n')[2]).toBe('千万工程  [2022, 2023, 2024]');
    // a 64-bit integer stays exact: a number while it can be one, text beyond 2^53
    const big = 'SELECT 9007199254740993::BIGINT AS big, sum(regionCount) AS total, 1.50 AS d FROM nodes';
    expect(JSON.parse((await query(big, 'json')).stdout)).toEqual([{ big: '9007199254740993', total: 9, d: 1.5 }]);
  });

  it('runs several statements in turn and prints the answer of the last', async () => {
    const sql =
      "CREATE TEMP TABLE p AS SELECT DISTINCT entity FROM mentions WHERE type = 'programme'; SELECT count(*) AS n FROM p";
    expect((await query(sql, 'csv')).stdout).toBe('n\n3');
  });

  it('sees the four tables as views that join: adoption years by region', async () => {
    const result = await querySql(
      out,
      `SELECT m.region, d.region_code, min(m.year) AS first_year
       FROM mentions m JOIN documents d ON d.id = m.doc JOIN nodes n ON n.label = m.entity AND n.type = m.type
       JOIN edges e ON e.source = 'region:' || m.region AND e.target = n.id
       WHERE m.entity = '千万工程' GROUP BY ALL ORDER BY first_year`,
    );
    expect(result.columns).toEqual(['region', 'region_code', 'first_year']);
    expect(result.rows).toEqual([
      ['浑源县', '140225', 2022],
      ['稷山县', '140824', 2023],
      ['平遥县', '140728', 2024],
    ]);
  });

  it('shows control characters of the text escaped, each row on one line', async () => {
    // eslint-disable-next-line no-control-regex -- the characters it looks for
    const CONTROL = /[\u001b\u009b]/;
    const sql = "SELECT 'a' || chr(27) || '[2J' || chr(10) || 'b' AS t, NULL AS n, chr(155) AS c1";
    const table = (await query(sql)).stdout;
    expect(table).not.toMatch(CONTROL);
    expect(table.split('\n')[2]).toBe('a\\u001b[2J\\u000ab  NULL  \\u009b');
    const json = (await query(sql, 'json')).stdout;
    expect(json).not.toMatch(CONTROL);
    expect(JSON.parse(json)).toEqual([{ t: 'a\u001b[2J\nb', n: null, c1: '\u009b' }]);
  });

  it('says in one line what is wrong with the SQL, and exits 2', async () => {
    const { code, stdout, stderr } = await query('SELECT * FORM nodes');
    expect(code).toBe(EXIT_BAD_QUERY);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('govgraph: query failed: Parser Error: syntax error at or near "nodes"');
    expect((await query('  ; ')).stderr).toBe('govgraph: query failed: no SQL statement given');
    expect((await query('SELECT 1; SELEC 2')).stderr).toBe(
      'govgraph: query failed: Parser Error: syntax error at or near "SELEC"',
    );
    expect((await query('SELECT * FROM nodez')).stderr).toMatch(
      /^govgraph: query failed: Catalog Error: Table with name nodez does not exist!$/,
    );
  });

  it('names a missing output folder, or one built without the tables, and exits 2', async () => {
    const missing = path.join(out, 'nowhere');
    const gone = await query('SELECT 1', 'table', missing);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toBe(`govgraph: no output folder ${missing}; run \`govgraph build -o ${missing}\` first`);
    const old = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-sql-old-'));
    for (const f of ['graph.json', 'nodes.parquet', 'edges.parquet'])
      fs.copyFileSync(path.join(out, f), path.join(old, f));
    const partial = await query('SELECT 1', 'table', old);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toMatch(
      /^govgraph: .+ has no mentions\.parquet, documents\.parquet; run `govgraph build -o .+`/,
    );
    fs.rmSync(old, { recursive: true, force: true });
  });
});

describe('govgraph query, the real command line', () => {
  beforeAll(() => ensureBuilt(), 200_000);

  it('prints the answer, and one line without a stack trace for bad SQL (exit 2)', async () => {
    expect(fs.existsSync(CLI)).toBe(true);
    const ok = await runCli(['query', SHARED, '-d', out, '--format', 'csv']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toBe('entity,regions\n千万工程,3\n枫桥经验,2\n四好农村路,1\n');
    const bad = await runCli(['query', 'SELEC 1', '-d', out]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toEqual([
      'govgraph: query failed: Parser Error: syntax error at or near "SELEC"',
    ]);
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });
});
