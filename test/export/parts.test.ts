// mentions.parquet made in parts (export/parts.ts): mentions.csv's report blocks cut into parts by
// their reports' ids, each part read back into a Parquet file of its own, the table made from them;
// a build that keeps blocks links the parts whose blocks it copied and reads back the others, and
// the table is the same bytes as a build's that read back every part.
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/run/pipeline.js';
import { cutParts, partKey, type FileLayout } from '../../src/export/parts.js';
import { endsBlock } from '../../src/export/blocks.js';
import { BLOCK_INDEX } from '../../src/export/reuse.js';
import { tempDirs } from '../fixtures/temp.js';
import { outputs } from '../fixtures/outputs.js';

const tmp = tempDirs('govgraph-parts-');

/** Blocks named by `names`, each `size` bytes after a head of 7, fingerprinted by their names. */
const layoutOf = (names: readonly string[], size = 10): FileLayout => ({
  head: 7,
  blocks: names.map((name, i) => ({ name, start: 7 + i * size, end: 7 + (i + 1) * size, fingerprint: `fp ${name}` })),
});
const names = Array.from({ length: 200 }, (_x, i) => `report ${i}`);

describe('cutting a file into parts', () => {
  it('cuts after each block whose name ends a part, the parts one after another over every block', () => {
    const parts = cutParts(layoutOf(names), 8);
    expect(parts.length).toBeGreaterThan(10);
    expect(parts[0]!.start).toBe(7);
    expect(parts[parts.length - 1]!.end).toBe(7 + 200 * 10);
    for (const [i, part] of parts.entries()) {
      if (i > 0) expect(part.start).toBe(parts[i - 1]!.end);
      const inside = part.fingerprints!.map((f) => f.slice('fp '.length));
      // a part ends after its last block's name, never inside
      inside.slice(0, -1).forEach((name) => expect(endsBlock(name, 8)).toBe(false));
      if (i < parts.length - 1) expect(endsBlock(inside[inside.length - 1]!, 8)).toBe(true);
    }
  });

  it('changes only the part of a block added among the others', () => {
    const before = cutParts(layoutOf(names), 8).map((p) => p.fingerprints!.join('|'));
    // a name that does not end a part, so the cuts around it stay where they were
    const added = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `added ${x}`).find((n) => !endsBlock(n, 8))!;
    const after = cutParts(layoutOf([...names.slice(0, 100), added, ...names.slice(100)]), 8).map((p) =>
      p.fingerprints!.join('|'),
    );
    expect(after.length).toBe(before.length);
    const changed = after.filter((p) => !before.includes(p));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain(`fp ${added}`);
  });

  it('ends a part once it holds its bytes, whatever the names', () => {
    const parts = cutParts(layoutOf(names, 100), 1_000_000, 250);
    expect(parts.map((p) => p.fingerprints!.length)).toEqual([...Array.from({ length: 66 }, () => 3), 2]);
  });

  it('names a part by its blocks and what reads it, and leaves unnamed a part with a block not fingerprinted', () => {
    const layout = layoutOf(names.slice(0, 3));
    expect(partKey('duckdb 1', ['a', 'b'])).toBe(partKey('duckdb 1', ['a', 'b']));
    expect(partKey('duckdb 1', ['a', 'b'])).not.toBe(partKey('duckdb 2', ['a', 'b']));
    expect(partKey('duckdb 1', ['a', 'b'])).not.toBe(partKey('duckdb 1', ['ab']));
    delete layout.blocks[1]!.fingerprint;
    expect(cutParts(layout, 1_000_000)).toEqual([{ start: 7, end: 37 }]);
  });
});

// the nine reports of test/fixtures/years, two per part on average: four or five parts
const PART_BLOCKS = 2;
const years = 'test/fixtures/years';
const files = fs
  .readdirSync(years)
  .filter((f) => f.endsWith('.txt'))
  .sort();
// the report added later sorts among the others: its part is one in the middle
const later = files[4]!;

/** A corpus folder of `names` from the fixtures. */
function corpusOf(names: readonly string[]): string {
  const dir = tmp('corpus');
  for (const f of names) fs.copyFileSync(path.join(years, f), path.join(dir, f));
  return dir;
}

const partsFolder = (out: string) => path.join(out, '.govgraph', 'current', '.govgraph-parts', 'mentions.parquet');
/** The parts the set's block index records, in order: key -> [size, mtime]. */
const recorded = (out: string): Record<string, [number, number]> =>
  (
    JSON.parse(fs.readFileSync(path.join(out, '.govgraph', 'current', BLOCK_INDEX), 'utf8')) as {
      parts: Record<string, Record<string, [number, number]>>;
    }
  ).parts['mentions.parquet']!;

async function column(sql: string): Promise<string[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    return (await db.runAndReadAll(sql)).getRowsJson().map((r) => JSON.stringify(r));
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

describe('mentions.parquet in parts, in a build', () => {
  it('links the parts a report added left alone, reads back the others, and writes the bytes of a build that read back all', async () => {
    const corpus = corpusOf(files.filter((f) => f !== later));
    const out = tmp('out');
    const cache = tmp('cache');
    const options = { layout: false as const, cache, partBlocks: PART_BLOCKS };
    const first = await build([corpus], out, options);
    const made = first.reuse!.partsMade;
    expect(made).toBeGreaterThanOrEqual(3);
    expect(first.reuse!.partsLinked).toBe(0);
    expect(Object.keys(recorded(out))).toHaveLength(made);

    fs.copyFileSync(path.join(years, later), path.join(corpus, later));
    const added = await build([corpus], out, options);
    // the part of the report added is read back; most of the others are linked
    expect(added.reuse!.partsMade).toBeGreaterThanOrEqual(1);
    expect(added.reuse!.partsLinked).toBeGreaterThanOrEqual(made - 2);
    expect(added.reuse!.partsLinked + added.reuse!.partsMade).toBe(Object.keys(recorded(out)).length);
    // every part the index records is in the set's folder of parts, and nothing else
    expect(fs.readdirSync(partsFolder(out)).sort()).toEqual(
      Object.keys(recorded(out))
        .map((k) => `${k}.parquet`)
        .sort(),
    );

    const whole = tmp('whole');
    await build([corpus], whole, { layout: false, partBlocks: PART_BLOCKS });
    expect(outputs(out)).toEqual(outputs(whole));
    // and without a cache, no part is kept in its set
    expect(fs.existsSync(path.join(whole, '.govgraph', 'current', '.govgraph-parts'))).toBe(false);

    // every row of mentions.csv, in its order
    const key = `doc, "start"::INTEGER, "end"::INTEGER, year::INTEGER`;
    const fromCsv = await column(
      `SELECT ${key} FROM read_csv('${path.join(out, 'mentions.csv')}', header = true, delim = ',', quote = '"', escape = '"')`,
    );
    const fromParquet = await column(`SELECT ${key} FROM read_parquet('${path.join(out, 'mentions.parquet')}')`);
    expect(fromCsv.length).toBeGreaterThan(30);
    expect(fromParquet).toEqual(fromCsv);
    // made from the parts' row groups as they are (parquet-concat.ts), not read and written again
    const groups = await column(
      `SELECT count(DISTINCT row_group_id)::INTEGER AS n FROM parquet_metadata('${path.join(out, 'mentions.parquet')}')`,
    );
    expect(groups).toEqual([JSON.stringify([Object.keys(recorded(out)).length])]);
  }, 240_000);

  it('reads back a part again when its file changed since the build that wrote it', async () => {
    const corpus = corpusOf(files);
    const out = tmp('out');
    const options = { layout: false as const, cache: tmp('cache'), partBlocks: PART_BLOCKS };
    await build([corpus], out, options);
    // the first part holds the first reports, which the report taken away below does not touch
    const [first] = Object.keys(recorded(out));
    const file = path.join(partsFolder(out), `${first}.parquet`);
    const bytes = fs.readFileSync(file);
    fs.appendFileSync(file, 'changed');

    fs.rmSync(path.join(corpus, files[files.length - 1]!));
    const again = await build([corpus], out, options);
    // read back, not linked: the part changed, and none other (the last report's part is gone)
    expect(again.reuse!.partsMade).toBe(1);
    expect(again.reuse!.partsLinked).toBe(Object.keys(recorded(out)).length - 1);
    expect(fs.readFileSync(path.join(partsFolder(out), `${first}.parquet`))).toEqual(bytes);
    const whole = tmp('whole');
    await build([corpus], whole, { layout: false, partBlocks: PART_BLOCKS });
    expect(outputs(out)['mentions.parquet']).toEqual(outputs(whole)['mentions.parquet']);
  }, 240_000);
});
