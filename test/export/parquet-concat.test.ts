// A Parquet table from its parts' files, their row groups copied (export/parquet-concat.ts): DuckDB,
// which nobody here wrote, must read the rows of every part back in order, use each row group's
// statistics and bloom filters where they now are, and concatParquet must refuse what it cannot move.
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { deserializeTCompactProtocol } from 'hyparquet/src/thrift.js';
import { serializeTCompactProtocol } from 'hyparquet-writer/src/thrift.js';
import { ByteWriter } from 'hyparquet-writer/src/bytewriter.js';
import { describe, expect, it } from 'vitest';
import { concatParquet, thriftCodec, type ThriftStruct } from '../../src/export/parquet-concat.js';
import { COPY_BUFFER, copyRange } from '../../src/export/copy-thread.js';
import { tempDirs } from '../fixtures/temp.js';

const tmp = tempDirs('govgraph-concat-');
const codec = thriftCodec(
  deserializeTCompactProtocol as (reader: { view: DataView; offset: number }) => ThriftStruct,
  serializeTCompactProtocol,
  ByteWriter,
);
const buffer = Buffer.alloc(COPY_BUFFER);
const copy = (from: number, to: number, start: number, end: number, at: number, what: string) =>
  copyRange(fs, buffer, from, to, start, end, at, what);

async function sql<T = Record<string, unknown>>(query: string): Promise<T[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    return (await db.runAndReadAll(query)).getRowObjectsJson() as T[];
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/**
 * Part `i` of a table of mentions-like rows (a region repeated, so dictionary-encoded with a bloom
 * filter; a list; a missing value; a double), `rows` of them, written by DuckDB with `options`.
 */
async function part(dir: string, i: number, rows: number, options = ''): Promise<string> {
  const file = path.join(dir, `part-${i}.parquet`);
  await sql(
    `COPY (SELECT 'region ' || (n % 3 + ${i * 3}) AS region, ${i} * 1000 + n AS id, ` +
      `CASE WHEN n % 4 = 0 THEN NULL ELSE 'sentence ' || n END AS sentence, [n, n + 1] AS ids, n / 8 AS share ` +
      `FROM range(${rows}) t(n)) TO '${file}' (FORMAT parquet, COMPRESSION zstd${options})`,
  );
  return file;
}

const rowsOf = (file: string) => sql(`SELECT * FROM read_parquet('${file}')`);

describe('a Parquet table from its parts, row groups copied', () => {
  it('gives every part’s rows in order, which DuckDB filters by the moved statistics and bloom filters', async () => {
    const dir = tmp();
    // the middle part of two row groups of its own
    const files = [await part(dir, 0, 500), await part(dir, 1, 3000, ', ROW_GROUP_SIZE 2048'), await part(dir, 2, 40)];
    const out = path.join(dir, 'table.parquet');
    expect(concatParquet(fs, codec, copy, files, out)).toBeUndefined();

    const union = files.map((f) => `SELECT * FROM read_parquet('${f}')`).join(' UNION ALL ');
    expect(await rowsOf(out)).toEqual(await sql(`SELECT * FROM (${union})`));
    const groups = await sql<{ n: number }>(
      `SELECT count(DISTINCT row_group_id)::INTEGER AS n FROM parquet_metadata('${out}')`,
    );
    expect(groups[0]!.n).toBe(4);
    // each row group's statistics and bloom filter where its part's are now: a region of the last
    // part is found in its row group alone, one of no part in none
    for (const region of ['region 7', 'region 0', 'region 4', 'region 99']) {
      const expected = await sql(`SELECT count(*)::INTEGER AS n FROM (${union}) WHERE region = '${region}'`);
      expect(await sql(`SELECT count(*)::INTEGER AS n FROM read_parquet('${out}') WHERE region = '${region}'`)).toEqual(
        expected,
      );
    }
    const probed = await sql<{ bloom: boolean }>(
      `SELECT bloom_filter_excludes AS bloom FROM parquet_bloom_probe('${out}', 'region', 'region 99')`,
    );
    expect(probed.length).toBe(4);
    expect(probed.every((p) => p.bloom)).toBe(true);
    const kept = await sql<{ bloom: boolean }>(
      `SELECT bloom_filter_excludes AS bloom FROM parquet_bloom_probe('${out}', 'region', 'region 7')`,
    );
    expect(kept.map((p) => p.bloom)).toEqual([true, true, true, false]);

    // the same parts, the same bytes
    const again = path.join(dir, 'again.parquet');
    concatParquet(fs, codec, copy, files, again);
    expect(fs.readFileSync(again)).toEqual(fs.readFileSync(out));
  }, 60_000);

  it('gives back the only part’s own bytes', async () => {
    const dir = tmp();
    const only = await part(dir, 0, 700);
    const out = path.join(dir, 'table.parquet');
    expect(concatParquet(fs, codec, copy, [only], out)).toBeUndefined();
    expect(fs.readFileSync(out)).toEqual(fs.readFileSync(only));
  }, 60_000);

  it('writes nothing and says why for parts of another schema, a file that is not Parquet, or a page index', async () => {
    const dir = tmp();
    const first = await part(dir, 0, 100);
    const other = path.join(dir, 'other.parquet');
    await sql(`COPY (SELECT 1 AS x) TO '${other}' (FORMAT parquet)`);
    const text = path.join(dir, 'text.parquet');
    fs.writeFileSync(text, 'region,id\nregion 1,1\n');
    // the first part with a page index named in its footer (ColumnChunk's offset_index_offset)
    const indexed = path.join(dir, 'indexed.parquet');
    const bytes = fs.readFileSync(first);
    const length = bytes.readUInt32LE(bytes.length - 8);
    const meta = codec.decode(bytes.subarray(bytes.length - 8 - length, bytes.length - 8)) as Record<string, unknown>;
    const chunk = ((meta.field_4 as Record<string, unknown>[])[0]!.field_1 as Record<string, unknown>[])[0]!;
    const withIndex = Object.fromEntries(
      Object.entries({ ...chunk, field_4: 4n, field_5: 10 }).sort(
        ([a], [b]) => Number(a.slice(6)) - Number(b.slice(6)),
      ),
    );
    ((meta.field_4 as Record<string, unknown>[])[0]!.field_1 as Record<string, unknown>[])[0] = withIndex;
    const footer = codec.encode(meta as ThriftStruct);
    const size = Buffer.alloc(4);
    size.writeUInt32LE(footer.length);
    fs.writeFileSync(
      indexed,
      Buffer.concat([bytes.subarray(0, bytes.length - 8 - length), footer, size, Buffer.from('PAR1')]),
    );

    const out = path.join(dir, 'table.parquet');
    expect(concatParquet(fs, codec, copy, [first, other], out)).toBe(`${other}'s schema is not the first part's`);
    expect(concatParquet(fs, codec, copy, [first, text], out)).toBe(`${text} is not a Parquet file`);
    expect(concatParquet(fs, codec, copy, [first, indexed], out)).toBe(`${indexed} has a page index`);
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);
});
