// The graph as tables (issue 13): nodes.parquet, edges.parquet, mentions.parquet and
// documents.parquet read back in DuckDB with the rows of graph.json, documents.json and every
// mention, typed from the contract's attribute table, the same bytes for the same build, and
// written whole or not at all.
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, DuckDBTypeId, type DuckDBConnection, type Json } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/run/pipeline.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeType } from '../../src/contract/attributes.js';
import { EXPORTERS } from '../../src/export/registry.js';
import { writeOutputs } from '../../src/export/write.js';
import { leftovers, snapshot } from '../fixtures/faults/cli.js';
import type { Exporter, FileExporter } from '../../src/export/types.js';
import { NODE_CSV_COLUMNS } from '../../src/export/nodes-csv.js';
import { EDGE_CSV_COLUMNS } from '../../src/export/edges-csv.js';
import { MENTIONS_COLUMNS } from '../../src/export/mentions-csv.js';
import { DOCUMENTS_CSV_COLUMNS } from '../../src/export/documents-csv.js';
import { mentionsParquet, nodesParquet } from '../../src/export/tables-parquet.js';
import { parquetTable, writeParquet, writeParquetFromCsv } from '../../src/export/parquet.js';
import { tableCsv, tableCsvChunks } from '../../src/export/table-csv.js';
import { BLOCK_INDEX } from '../../src/export/reuse.js';
import { csvTable } from '../../src/export/csv.js';
import type { Table, TableValue } from '../../src/export/tables.js';
import { fixtureInput } from '../fixtures/export/graph.js';
import { tempDirs } from '../fixtures/temp.js';

const tmp = tempDirs('govgraph-parquet-');
const out = tmp();
let result: BuildResult;
let instance: DuckDBInstance;
let db: DuckDBConnection;
beforeAll(async () => {
  result = await build(['test/fixtures/years'], out, { layout: false });
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
}, 120_000);
afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
});

/** The rows of `sql` as JSON values, counts (BIGINT) as numbers. */
async function rows(sql: string): Promise<Record<string, Json>[]> {
  const reader = await db.runAndReadAll(sql);
  const big = reader.columnTypes().map((t) => t.typeId === DuckDBTypeId.BIGINT);
  const names = reader.columnNames();
  return reader.getRowsJson().map((r) => Object.fromEntries(r.map((v, i) => [names[i]!, big[i] ? Number(v) : v])));
}
const file = (name: string, dir = out) => `'${path.join(dir, name)}'`;
const count = async (name: string, dir = out) =>
  (await rows(`SELECT count(*) AS n FROM read_parquet(${file(name, dir)})`))[0]!.n;
/** Column name -> DuckDB type of a Parquet file. */
const schema = async (name: string) =>
  Object.fromEntries(
    (await rows(`DESCRIBE SELECT * FROM read_parquet(${file(name)})`)).map((r) => [r.column_name, r.column_type]),
  );

const SQL_TYPE: Record<AttributeType, string> = {
  string: 'VARCHAR',
  integer: 'INTEGER',
  double: 'DOUBLE',
  liststring: 'VARCHAR[]',
  listinteger: 'INTEGER[]',
};

describe('the Parquet tables of a build', () => {
  it('read back with the nodes and edges of graph.json, every mention and the reports of documents.json', async () => {
    const graph = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8'));
    const documents = JSON.parse(fs.readFileSync(path.join(out, 'documents.json'), 'utf8'));
    const mentions = (graph.nodes as { attributes: { mentions: number } }[]).reduce(
      (n, node) => n + node.attributes.mentions,
      0,
    );
    expect(mentions).toBeGreaterThan(20);
    expect(await count('nodes.parquet')).toBe(graph.nodes.length);
    expect(await count('edges.parquet')).toBe(graph.edges.length);
    expect(await count('mentions.parquet')).toBe(mentions);
    expect(await count('documents.parquet')).toBe((documents.documents ?? documents).length);
    expect(await count('documents.parquet')).toBe(9);
  });

  it('have the columns of the CSV files, typed from the attribute table', async () => {
    const nodes = await schema('nodes.parquet');
    const edges = await schema('edges.parquet');
    expect(Object.keys(nodes)).toEqual([...NODE_CSV_COLUMNS]);
    expect(Object.keys(edges)).toEqual([...EDGE_CSV_COLUMNS]);
    for (const a of NODE_ATTRIBUTES) expect(nodes[a.name], a.name).toBe(SQL_TYPE[a.type]);
    for (const a of EDGE_ATTRIBUTES) expect(edges[a.name], a.name).toBe(SQL_TYPE[a.type]);
    expect(nodes).toMatchObject({ id: 'VARCHAR', regionCount: 'INTEGER', years: 'INTEGER[]', aliases: 'VARCHAR[]' });
    expect(edges).toMatchObject({ source: 'VARCHAR', weight: 'DOUBLE', years: 'INTEGER[]', firstYear: 'INTEGER' });

    const mentions = await schema('mentions.parquet');
    expect(Object.keys(mentions)).toEqual([...MENTIONS_COLUMNS]);
    expect(mentions).toMatchObject({ year: 'INTEGER', sentence: 'VARCHAR', start: 'INTEGER', end: 'INTEGER' });
    const documents = await schema('documents.parquet');
    expect(Object.keys(documents)).toEqual([...DOCUMENTS_CSV_COLUMNS]);
    expect(documents).toMatchObject({ date: 'DATE', year: 'INTEGER', characters: 'INTEGER', region_code: 'VARCHAR' });
  });

  it('hold the values of the graph, lists as lists', async () => {
    expect(
      await rows(
        `SELECT label, regionCount, years, firstYear FROM read_parquet(${file('nodes.parquet')}) WHERE id = 'programme:千万工程'`,
      ),
    ).toEqual([{ label: '千万工程', regionCount: 3, years: [2022, 2023, 2024], firstYear: 2022 }]);
    expect(
      await rows(
        `SELECT kind, years, firstYear FROM read_parquet(${file('edges.parquet')}) WHERE source = 'region:稷山县' AND target = 'programme:千万工程'`,
      ),
    ).toEqual([{ kind: 'mentions', years: [2023, 2024], firstYear: 2023 }]);
    expect(
      await rows(
        `SELECT region_code, parent_code, date::VARCHAR AS date, year FROM read_parquet(${file('documents.parquet')}) WHERE id = '平遥县_2023'`,
      ),
    ).toEqual([{ region_code: '140728', parent_code: '140700', date: '2023-01-10', year: 2023 }]);
  });

  it('give every mention its sentence, and offsets that find the name in it', async () => {
    const found = await rows(
      `SELECT surface, sentence, "start" - sentence_start AS at, "end" - "start" AS length
       FROM read_parquet(${file('mentions.parquet')}) WHERE region = '平遥县' AND entity = '千万工程'`,
    );
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) {
      const { surface, sentence, at, length } = m as { surface: string; sentence: string; at: number; length: number };
      expect(sentence.slice(at, at + length)).toBe(surface);
    }
  });

  it('are the same bytes when the same graph is written again', async () => {
    const again = tmp('again');
    const parquet = EXPORTERS.filter((e) => e.file.endsWith('.parquet'));
    expect(parquet).toHaveLength(4);
    await writeOutputs(again, result, parquet);
    for (const e of parquet)
      expect(fs.readFileSync(path.join(again, e.file)).equals(fs.readFileSync(path.join(out, e.file))), e.file).toBe(
        true,
      );
  });
});

describe('Parquet from the export fixture', () => {
  it('writes an empty mentions table, with its columns, when the caller has no mentions', async () => {
    const dir = tmp('empty');
    await writeOutputs(dir, fixtureInput(), [mentionsParquet]);
    expect(await count('mentions.parquet', dir)).toBe(0);
    const columns = await rows(`DESCRIBE SELECT * FROM read_parquet(${file('mentions.parquet', dir)})`);
    expect(columns.map((c) => c.column_name)).toEqual([...MENTIONS_COLUMNS]);
  });

  it('keeps no control character of the report text, and writes missing values as NULL', async () => {
    const dir = tmp('text');
    const input = fixtureInput();
    input.graph.setNodeAttribute('theme:乡村振兴', 'label', '乡村\u001b[2J振兴\u0007');
    await writeOutputs(dir, input, [nodesParquet]);
    const [row] = await rows(
      `SELECT label, code, investment FROM read_parquet(${file('nodes.parquet', dir)}) WHERE id = 'theme:乡村振兴'`,
    );
    expect(row).toEqual({ label: '乡村[2J振兴', code: null, investment: null });
  });
});

describe('writeParquet', () => {
  it('writes a table of many data chunks whole and in order, lists, dates and NULLs typed', async () => {
    const dir = tmp('chunks');
    const table: Table = {
      columns: [
        { name: 'k', type: 'string' },
        { name: 'n', type: 'integer' },
        { name: 'x', type: 'double' },
        { name: 'l', type: 'liststring' },
        { name: 'y', type: 'listinteger' },
        { name: 'd', type: 'date' },
      ],
      rows: () => [],
    };
    const N = 5000; // more than two of DuckDB's 2,048-row chunks
    const rowsOf = function* () {
      for (let i = 0; i < N; i++)
        yield [
          `k${i}`,
          i,
          i % 7 ? i / 4 : undefined,
          i % 3 ? [`a${i}`, 'b'] : [],
          [2022, i],
          i % 2 ? '2024-02-29' : '2023-02-29',
        ];
    };
    await writeParquet(table, rowsOf(), path.join(dir, 't.parquet'));
    const t = `read_parquet(${file('t.parquet', dir)})`;
    expect(
      await rows(
        `SELECT count(*) AS n, count(DISTINCT k) AS k, sum(n)::BIGINT AS s, count(x) AS x, count(d) AS d FROM ${t}`,
      ),
    ).toEqual([{ n: N, k: N, s: (N * (N - 1)) / 2, x: N - Math.ceil(N / 7), d: N / 2 }]);
    expect(await rows(`SELECT k, n, x, l, y, d::VARCHAR AS d FROM ${t} WHERE n IN (4097, 4992) ORDER BY n`)).toEqual([
      { k: 'k4097', n: 4097, x: 1024.25, l: ['a4097', 'b'], y: [2022, 4097], d: '2024-02-29' },
      { k: 'k4992', n: 4992, x: 1248, l: [], y: [2022, 4992], d: null },
    ]);
    // in the order given: the row number of the file is n
    expect(
      await rows(`SELECT count(*) AS n FROM (SELECT n, row_number() OVER () - 1 AS r FROM ${t}) WHERE n <> r`),
    ).toEqual([{ n: 0 }]);
    // DuckDB's folder for rows beyond its memory limit is gone once the file is written
    expect(fs.readdirSync(dir)).toEqual(['t.parquet']);
  });
});

describe('writeParquetFromCsv', () => {
  it('reads back from the CSV the values writeParquet writes, however the text is escaped there', async () => {
    const dir = tmp('csv');
    const table: Table = {
      columns: [
        { name: 'text', type: 'string' },
        { name: 'n', type: 'integer' },
        { name: 'end', type: 'integer' },
      ],
      rows: () => [],
    };
    const texts = [
      '全面推进“千万工程”。',
      "'引号开头",
      "''两个引号",
      "'=SUM(A1)",
      '=HYPERLINK("http://x")',
      '-3.5',
      '-3.5亿元',
      '+深入推进',
      '@人',
      '逗号, "引号"\r\n换行',
      '\t制表符开头',
      '',
      '\u0001',
      '𠀀号',
      // a line longer than DuckDB's default 2 MB
      '长'.repeat(1_000_000),
      undefined,
    ];
    const made = () => texts.map((t, i) => [t, i, i % 2 ? undefined : i * 10]);
    await writeParquet(table, made(), path.join(dir, 'rows.parquet'));
    fs.writeFileSync(path.join(dir, 't.csv'), csvTable(['text', 'n', 'end'], made()));
    await writeParquetFromCsv(table, path.join(dir, 't.csv'), path.join(dir, 'csv.parquet'), 12 * 1_000_000 + 65_536);
    const read = (name: string) => rows(`SELECT * FROM read_parquet(${file(name, dir)})`);
    const fromRows = await read('rows.parquet');
    expect(fromRows).toHaveLength(texts.length);
    expect(fromRows[1]).toEqual({ text: "'引号开头", n: 1, end: null });
    expect(fromRows[11]!.text).toBeNull();
    expect(await read('csv.parquet')).toEqual(fromRows);
    expect(fs.readdirSync(dir).sort()).toEqual(['csv.parquet', 'rows.parquet', 't.csv']);
  });

  it('writes rows that widen with the corpus in row groups of bounded bytes, in their order', async () => {
    // 20,000 rows of 6.5 KB (130 MB): as 122,880-row groups they did not fit DuckDB's memory
    // (a node's or an edge's row lists every report that names it: at 56,000 reports, edges.parquet)
    const dir = tmp('wide');
    const table: Table = {
      columns: [
        { name: 'id', type: 'string' },
        { name: 'docs', type: 'string' },
      ],
      rows: () => [],
    };
    const csv = path.join(dir, 't.csv');
    const fd = fs.openSync(csv, 'w');
    fs.writeSync(fd, 'id,docs\r\n');
    for (let i = 0; i < 20_000; i++) fs.writeSync(fd, `r${i},${`报告${i}|`.repeat(600).slice(0, 4_000)}\r\n`);
    fs.closeSync(fd);
    await writeParquetFromCsv(table, csv, path.join(dir, 't.parquet'));
    const order = await rows(
      `SELECT count(*) AS n, count(*) FILTER (WHERE id <> 'r' || (i - 1)) AS misplaced ` +
        `FROM (SELECT id, row_number() OVER () AS i FROM read_parquet(${file('t.parquet', dir)}))`,
    );
    expect(order).toEqual([{ n: 20_000, misplaced: 0 }]);
    const groups = await rows(
      `SELECT count(DISTINCT row_group_id) AS n FROM parquet_metadata(${file('t.parquet', dir)})`,
    );
    expect(groups[0]!.n).toBeGreaterThan(4);
  });

  it('refuses a column that CSV cannot carry as it is', async () => {
    await expect(
      writeParquetFromCsv({ columns: [{ name: 'd', type: 'date' }] }, '/nonexistent.csv', '/nonexistent.parquet'),
    ).rejects.toThrow('a date column (d) cannot be read back from CSV');
  });
});

/** t.parquet as a build wrote it from t.csv, and `table` written row by row (rows.parquet), read back. */
async function readBoth(table: Table, dir: string) {
  await writeParquet(table, table.rows(fixtureInput()), path.join(dir, 'rows.parquet'));
  return {
    fromCsv: await rows(`SELECT * FROM read_parquet(${file('t.parquet', dir)})`),
    byRow: await rows(`SELECT * FROM read_parquet(${file('rows.parquet', dir)})`),
  };
}

describe('a Parquet table read back from its CSV file', () => {
  const columns: Table['columns'] = [
    { name: 'id', type: 'string' },
    { name: 'x', type: 'double' },
    { name: 'tags', type: 'liststring' },
    { name: 'years', type: 'listinteger' },
    { name: 'always', type: 'liststring' },
  ];
  const base: TableValue[][] = [
    ['a', 1.25, ['-负号开头', "'引号", '逗号, "引号"'], [2019, -1], []],
    ['b', undefined, undefined, undefined, ['x y']],
    ['c', 0.5, ['𠀀号', '=SUM(A1)'], [2024], ['乡村振兴']],
  ];
  /** nodes.parquet's way: the CSV first, then the Parquet file from it (or row by row). */
  const writeBoth = async (values: TableValue[][], dir: string) => {
    const table: Table = { columns, rows: () => values.map((r) => [...r]) };
    const csv: Exporter = { file: 't.csv', description: '', render: (input) => tableCsv(table, input) };
    await writeOutputs(dir, fixtureInput(), [csv, parquetTable('t.parquet', '', table, 't.csv')]);
    return readBoth(table, dir);
  };

  it('holds the values written row by row: lists split, empty lists and NULLs told apart per column', async () => {
    const dir = tmp('lists');
    const { fromCsv, byRow } = await writeBoth(base, dir);
    expect(fromCsv).toEqual(byRow);
    expect(fromCsv[0]).toEqual({
      id: 'a',
      x: 1.25,
      tags: ['-负号开头', "'引号", '逗号, "引号"'],
      years: [2019, -1],
      always: [],
    });
    expect(fromCsv[1]).toMatchObject({ x: null, tags: null, years: null, always: ['x y'] });
  });

  it('is written row by row when joining with | would not give the values back', async () => {
    for (const odd of [
      ['d', 0.1 + 0.2, undefined, undefined, ['z']], // a number the CSV rounds
      ['d', 1, ['含|竖线'], undefined, ['z']], // an item holding the separator
      ['d', 1, ['两个  空格'], undefined, ['z']], // whitespace the CSV folds
      ['d', 1, [''], undefined, ['z']], // an empty item
      ['d', 1, undefined, undefined, undefined], // a missing list where another row has an empty one
    ] as TableValue[][]) {
      const dir = tmp('odd');
      const { fromCsv, byRow } = await writeBoth([...base, odd], dir);
      expect(fromCsv).toEqual(byRow);
    }
  });
});

describe('a Parquet table read back from its CSV file written in blocks', () => {
  const columns: Table['columns'] = [
    { name: 'id', type: 'string' },
    { name: 'x', type: 'double' },
    { name: 'tags', type: 'liststring' },
  ];
  // eight blocks of 50 rows; `odd` rows of block `at` are ones the CSV does not give back
  const values = (at = -1, odd?: TableValue[]) =>
    Array.from({ length: 8 }, (_, b) =>
      Array.from({ length: 50 }, (_, r): TableValue[] =>
        b === at && odd ? [`b${b}r${r}`, ...odd] : [`b${b}r${r}`, r / 4, [`标签${b}`, `第${r}项`]],
      ),
    );
  /** The CSV and the Parquet file from it, copying from the previous set; which blocks' rows were made. */
  const writeBlocks = async (dir: string, blocks: TableValue[][][]) => {
    const made: number[] = [];
    const table: Table = {
      columns,
      // the whole table's rows: every block's made
      rows: () => (made.push(...blocks.keys()), blocks.flat().map((r) => [...r])),
      *blocks() {
        for (const [b, rows] of blocks.entries())
          yield {
            fingerprint: () => JSON.stringify(rows),
            rows: () => (made.push(b), rows.map((r) => [...r])),
          };
      },
    };
    const csv: Exporter = {
      file: 't.csv',
      description: '',
      render: (input) => tableCsv(table, input),
      chunks: (input) => tableCsvChunks(table, input),
    };
    await writeOutputs(dir, fixtureInput(), [csv, parquetTable('t.parquet', '', table, 't.csv')], {
      reuse: { version: 'test' },
    });
    const byBuild = [...made];
    return { made: byBuild, ...(await readBoth(table, dir)) };
  };

  it('makes again only the rows of blocks the previous build did not note, and reads the same values', async () => {
    const dir = tmp('noted');
    const first = await writeBlocks(dir, values());
    // each block made twice: its CSV, and checking that it reads back
    expect(first.made.sort()).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7]);
    expect(first.fromCsv).toEqual(first.byRow);
    const again = await writeBlocks(dir, values());
    expect(again.made).toEqual([]);
    expect(again.fromCsv).toEqual(first.fromCsv);
    const changed = values(3, [0.5, ['新的']]);
    const third = await writeBlocks(dir, changed);
    expect(third.made).toEqual([3, 3]);
    expect(third.fromCsv).toEqual(third.byRow);
    expect(third.fromCsv.find((r) => r.id === 'b3r0')).toEqual({ id: 'b3r0', x: 0.5, tags: ['新的'] });
  });

  it('is written row by row when a block changed into one the CSV does not give back, or the notes are not its own', async () => {
    const dir = tmp('noted-odd');
    await writeBlocks(dir, values());
    // a number the CSV rounds, in one block only: the others' notes say they read back
    const rounded = await writeBlocks(dir, values(5, [0.1 + 0.2, ['x']]));
    // its CSV and its check, then every row for writing them one by one
    expect(rounded.made).toEqual([5, 5, 0, 1, 2, 3, 4, 5, 6, 7]);
    expect(rounded.fromCsv).toEqual(rounded.byRow);
    expect(rounded.fromCsv.find((r) => r.id === 'b5r0')!.x).toBe(0.1 + 0.2);
    // built again: the note that block 5 does not read back is taken, and only the rows written one by one are made
    const again = await writeBlocks(dir, values(5, [0.1 + 0.2, ['x']]));
    expect(again.made).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // notes damaged in the index (not a note, or one of another table's width): checked again
    const index = () => path.join(dir, '.govgraph', 'current', BLOCK_INDEX);
    const notes = () =>
      (JSON.parse(fs.readFileSync(index(), 'utf8')) as { notes: Record<string, Record<string, string>> }).notes;
    const kept = notes();
    for (const [k, fp] of Object.keys(kept['t.parquet']!).entries())
      kept['t.parquet']![fp] = k % 2 ? '12 2 x' : '99 1 0';
    fs.writeFileSync(index(), JSON.stringify({ ...JSON.parse(fs.readFileSync(index(), 'utf8')), notes: kept }));
    const damaged = await writeBlocks(dir, values());
    // block 5's CSV, and every block's check
    expect(damaged.made.sort()).toEqual([0, 1, 2, 3, 4, 5, 5, 6, 7]);
    expect(damaged.fromCsv).toEqual(damaged.byRow);
    expect(Object.values(notes()['t.parquet']!)).toEqual(Array(8).fill(expect.stringMatching(/^\d+ 00 00$/)));
  });
});

describe('writeOutputs with an output that writes its own file', () => {
  it('leaves the previous outputs byte-identical and nothing behind when the write fails half-way', async () => {
    const dir = tmp('fail');
    await writeOutputs(dir, fixtureInput());
    const before = snapshot(dir);
    const failing: FileExporter = {
      file: 'broken.parquet',
      description: 'writes part of its file, then fails',
      async write(_input, file) {
        fs.writeFileSync(file, 'PAR1 half');
        await new Promise((resolve) => setTimeout(resolve, 10));
        throw new Error('IO Error: disk full');
      },
    };
    const changed = fixtureInput();
    changed.graph.setNodeAttribute('theme:乡村振兴', 'mentions', 99);
    const half = Math.floor(EXPORTERS.length / 2);
    await expect(
      writeOutputs(dir, changed, [...EXPORTERS.slice(0, half), failing, ...EXPORTERS.slice(half)]),
    ).rejects.toThrow(/could not write broken\.parquet: IO Error: disk full/);
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });
});
