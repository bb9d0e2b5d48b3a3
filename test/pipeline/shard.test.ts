// Sharded builds through the real command line: `govgraph extract` writes the per-report extraction
// of some reports as Parquet, `govgraph build --from` merges shards into every output, byte for byte
// what one build of the same reports writes; DuckDB reads a shard back; what is not a shard, or
// two shards holding one report id, stops with one line and exit 2.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, leftovers, runCli, snapshot, STACK_LINE } from '../fixtures/faults/cli.js';
import { tempDirs } from '../fixtures/temp.js';

const tmp = tempDirs('govgraph-shard-');

const SEEDS = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt'));
let a: string;
let b: string;
let s1: string;
let s2: string;

beforeAll(async () => {
  ensureBuilt();
  const root = tmp('in');
  // two folders, as two machines would get them; one input that is no report
  a = path.join(root, 'a');
  b = path.join(root, 'b');
  fs.mkdirSync(a);
  fs.mkdirSync(b);
  SEEDS.forEach((f, i) => fs.copyFileSync(path.join('seeds', f), path.join(i < 2 ? a : b, f)));
  fs.writeFileSync(path.join(b, 'empty.txt'), '');
  s1 = path.join(tmp('s1'), 'shard');
  s2 = path.join(tmp('s2'), 'shard');
  const [r1, r2] = await Promise.all([
    runCli(['extract', a, '-o', s1, '-w', '1']),
    runCli(['extract', b, '-o', s2, '-w', '1']),
  ]);
  expect(r1.code, r1.stderr).toBe(0);
  expect(r2.code, r2.stderr).toBe(0);
  expect(r1.stdout).toMatch(
    /^govgraph: 2 reports, \d+ mentions, 0 problems -> shard .+\/ \(merge with `govgraph build --from/,
  );
  expect(r2.stderr).toMatch(/skipped .+empty\.txt: empty file/);
}, 120_000);

describe('govgraph build --from', () => {
  it('merges two shards into every output, byte-identical to one build of the same reports', async () => {
    const merged = tmp('merged');
    const oneShot = tmp('one-shot');
    const m = await runCli(['build', '--from', s1, s2, '-o', merged, '-q']);
    const o = await runCli(['build', a, b, '-o', oneShot, '-q', '--no-cache']);
    expect(m.code, m.stderr).toBe(0);
    expect(o.code, o.stderr).toBe(0);
    const mine = snapshot(merged);
    expect(mine.size).toBeGreaterThan(15);
    expect(mine).toEqual(snapshot(oneShot));
    // the problem input travelled in the shard
    const docs = JSON.parse(fs.readFileSync(path.join(merged, 'documents.json'), 'utf8')) as {
      documents: unknown[];
      problems: { file: string; reason: string }[];
    };
    expect(docs.documents).toHaveLength(SEEDS.length);
    expect(docs.problems.map((p) => path.basename(p.file))).toEqual(['empty.txt']);
    expect(leftovers(merged)).toEqual([]);
  }, 120_000);

  it('is read back by DuckDB: a row per report and per mention, offsets that find the surface in its sentence', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const one = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson()[0]!;
    const info = [s1, s2].map(
      (s) => JSON.parse(fs.readFileSync(path.join(s, 'shard.json'), 'utf8')) as { reports: number; mentions: number },
    );
    const glob = (t: string) => `read_parquet(['${s1}/${t}.parquet', '${s2}/${t}.parquet'])`;
    expect(Number((await one(`SELECT count(*) AS n FROM ${glob('documents')}`)).n)).toBe(SEEDS.length);
    const mentions = await one(
      `SELECT count(*) AS n, count(*) FILTER (WHERE substring(sentence_text, start - sentence_start + 1, "end" - start) = surface) AS found FROM ${glob('mentions')}`,
    );
    expect(Number(mentions.n)).toBe(info[0]!.mentions + info[1]!.mentions);
    expect(Number(mentions.found)).toBe(Number(mentions.n));
    expect(Number((await one(`SELECT count(*) AS n FROM ${glob('problems')}`)).n)).toBe(1);
    db.closeSync();
  });

  it('stops with one line (exit 2) on a folder that is not a shard, on inputs given with --from, and on one report in two shards', async () => {
    const out = tmp('refused');
    const notShard = await runCli(['build', '--from', a, '-o', out]);
    expect(notShard.code).toBe(2);
    expect(notShard.stderr.trim()).toMatch(
      /^govgraph: .+ is not a shard \(no shard\.json\); make one with `govgraph extract INPUTS -o .+`$/,
    );
    const both = await runCli(['build', a, '--from', s1, '-o', out]);
    expect(both.code).toBe(2);
    expect(both.stderr.trim()).toBe('govgraph: give either report files and folders or --from SHARD..., not both');
    const twice = path.join(tmp('again'), 'shard');
    expect((await runCli(['extract', a, '-o', twice, '-q', '-w', '1'])).code).toBe(0);
    const dup = await runCli(['build', '--from', s1, twice, '-o', out]);
    expect(dup.code).toBe(2);
    expect(dup.stderr.trim()).toMatch(
      /^govgraph: report id “\d{3}_[0-9a-f]+” is in two shards \(.+ and .+\): give the files distinct names, or extract them into one shard$/,
    );
    for (const r of [notShard, both, dup]) expect(r.stderr).not.toMatch(STACK_LINE);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('extract refuses to write its shard over a folder that is not one', async () => {
    const folder = tmp('occupied');
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'mine');
    const r = await runCli(['extract', a, '-o', folder, '-w', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/is a folder that is not a shard: choose another folder for the shard$/);
    expect(fs.readdirSync(folder)).toEqual(['notes.txt']);
  });
});

describe('a shard written and read back', () => {
  it('keeps every character of a mention and its sentence, those the Parquet text columns drop included', async () => {
    const { writeShard, readShards } = await import('../../src/run/shard.js');
    const { extractInputs } = await import('../../src/run/pipeline.js');
    const { results } = await extractInputs([path.join('seeds', SEEDS[2]!)], { workers: 0 });
    const doc = results[0] as import('../../src/run/process-doc.js').DocResult;
    // a C1 control, a lone surrogate and U+FFFE, which clean() removes from every text output
    const odd = 'a\u0085b\uD800c\uFFFEd';
    const first = Number(Object.keys(doc.sentences)[0]);
    doc.sentences[first] = { ...doc.sentences[first]!, text: odd + doc.sentences[first]!.text };
    const m = doc.mentions.find((x) => x.sentence === first)!;
    m.surface = odd;
    const dir = path.join(tmp('exact'), 'shard');
    await writeShard(dir, results);
    const back = (await readShards([dir])).results;
    expect(back).toEqual(results);
  });
});
