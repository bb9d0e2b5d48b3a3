// A build of what the output folder holds already (the same reports, options and govgraph, its
// files as written) is not run again (src/run/unchanged.ts); anything else builds. Tested on the
// real command line over two seed reports.
import { appendFileSync, copyFileSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD, SEEDS } from '../fixtures/faults/corpus.js';
import { ensureBuilt, runCli, snapshot } from '../fixtures/faults/cli.js';
import { build as libraryBuild, unchangedBuild } from '../../src/run/pipeline.js';
import { listInputs } from '../../src/run/listed.js';

const NOTHING =
  /nothing changed since the build of the outputs in .+ \(the same reports, options and govgraph\); they are kept/;

describe('govgraph build over outputs made from the same', () => {
  let corpus: string;
  let out: string;
  const currentSet = () => readlinkSync(join(out, '.govgraph', 'current'));
  const build = (...args: string[]) => runCli(['build', corpus, '-o', out, '-w', '0', ...args]);

  beforeAll(async () => {
    ensureBuilt();
    corpus = mkdtempSync(join(tmpdir(), 'govgraph-unchanged-'));
    out = mkdtempSync(join(tmpdir(), 'govgraph-unchanged-out-'));
    for (const f of GOOD) copyFileSync(join(SEEDS, f), join(corpus, f));
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
  }, 180_000);
  afterAll(() => {
    rmSync(corpus, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('says nothing changed and keeps the outputs: the same set, the same files, untouched', async () => {
    const set = currentSet();
    const before = snapshot(out);
    const again = await build();
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(NOTHING);
    expect(again.stdout).not.toMatch(/wrote \d+ files/);
    expect(currentSet()).toBe(set);
    expect(snapshot(out)).toEqual(before);
    // a file whose time changed but whose bytes did not is the same report
    const f = join(corpus, GOOD[0]);
    copyFileSync(f, `${f}.tmp`);
    rmSync(f);
    copyFileSync(`${f}.tmp`, f);
    rmSync(`${f}.tmp`);
    expect((await build()).stdout).toMatch(NOTHING);
  }, 120_000);

  it('does not say nothing changed while another build is writing the folder', async () => {
    // this test's process stands for a build holding the folder's lock
    const lock = join(out, '.govgraph', 'lock');
    writeFileSync(lock, `${process.pid}\n`);
    try {
      const busy = await build();
      expect(busy.code).toBe(2);
      expect(busy.stderr).toMatch(/another govgraph build \(process \d+\)/);
      expect(busy.stdout).not.toMatch(NOTHING);
    } finally {
      rmSync(lock, { force: true });
    }
    expect((await build()).stdout).toMatch(NOTHING);
  }, 120_000);

  it('builds again when a report changes, and then has nothing to do', async () => {
    appendFileSync(join(corpus, GOOD[1]), '\n二、加快建设现代化产业体系，推进“万企兴万村”行动。\n');
    const changed = await build();
    expect(changed.code).toBe(0);
    expect(changed.stdout).toMatch(/reused 1 of 2 reports from the cache/);
    expect(changed.stdout).not.toMatch(NOTHING);
    expect((await build()).stdout).toMatch(NOTHING);
  }, 120_000);

  it('builds again when a report is added or removed', async () => {
    writeFileSync(join(corpus, 'added.txt'), '某县2024年政府工作报告\n一、过去一年工作回顾\n全面推进“千万工程”。\n');
    expect((await build()).stdout).toMatch(/reused 2 of 3 reports/);
    rmSync(join(corpus, 'added.txt'));
    expect((await build()).stdout).toMatch(/reused 2 of 2 reports/);
  }, 120_000);

  it('builds again when an option that shapes the outputs changes', async () => {
    expect((await build('--no-layout')).stdout).toMatch(/reused 2 of 2 reports/);
    expect((await build('--no-layout')).stdout).toMatch(NOTHING);
    expect((await build()).stdout).toMatch(/reused 2 of 2 reports/);
    expect((await build('--keep-apart', '一老一幼')).stdout).toMatch(/reused 2 of 2 reports/);
    expect((await build()).stdout).toMatch(/reused 2 of 2 reports/);
    // the number of workers does not shape them
    expect((await build('-w', '1')).stdout).toMatch(NOTHING);
  }, 180_000);

  it('builds again when an output was changed or removed, and puts it back', async () => {
    const whole = snapshot(out);
    appendFileSync(join(out, 'nodes.csv'), 'x\n');
    const mended = await build();
    expect(mended.stdout).toMatch(/reused 2 of 2 reports/);
    expect(snapshot(out)).toEqual(whole);
    rmSync(join(out, 'graph.json'));
    expect((await build()).stdout).toMatch(/reused 2 of 2 reports/);
    expect(snapshot(out)).toEqual(whole);
    rmSync(join(out, 'assets'), { recursive: true, force: true });
    expect((await build()).stdout).toMatch(/reused 2 of 2 reports/);
    expect(snapshot(out)).toEqual(whole);
  }, 180_000);

  it('builds again with --force, and always without a cache', async () => {
    const forced = await build('--force');
    expect(forced.stdout).toMatch(/reused 2 of 2 reports/);
    const uncached = await build('--no-cache');
    expect(uncached.stdout).toMatch(/wrote \d+ files/);
    // a build without the cache records nothing: the next one builds
    expect((await build()).stdout).toMatch(/reused 2 of 2 reports/);
    expect((await build()).stdout).toMatch(NOTHING);
  }, 180_000);

  it('the library: only a build with a cache, into a folder that holds it, is unchanged', async () => {
    // this process's govgraph is src/, not dist/: its own build
    const lib = mkdtempSync(join(tmpdir(), 'govgraph-unchanged-lib-'));
    const cache = join(lib, '.cache');
    try {
      await libraryBuild([corpus], lib, { cache, workers: 0 });
      expect(unchangedBuild([corpus], lib, { cache })).toBe(true);
      expect(unchangedBuild([corpus], lib, {})).toBe(false);
      expect(unchangedBuild([corpus], lib, { cache, force: true })).toBe(false);
      expect(unchangedBuild([corpus], lib, { cache, seed: 7 })).toBe(false);
      expect(unchangedBuild([corpus, join(SEEDS, '000_0761b37575dd39c7.txt')], lib, { cache })).toBe(false);
      expect(unchangedBuild([corpus], out, { cache })).toBe(false);
    } finally {
      rmSync(lib, { recursive: true, force: true });
    }
  }, 120_000);

  it('the library: inputs listed once (listInputs) are what the check and the build read, not the folder again', async () => {
    const lib = mkdtempSync(join(tmpdir(), 'govgraph-unchanged-listed-'));
    const folder = mkdtempSync(join(tmpdir(), 'govgraph-unchanged-listed-in-'));
    const cache = join(lib, '.cache');
    try {
      copyFileSync(join(corpus, GOOD[0]), join(folder, GOOD[0]));
      const one = listInputs([folder], cache);
      expect(one.files).toEqual([join(folder, GOOD[0])]);
      expect(one.keys).toHaveLength(1);
      // a report added after the listing is not read: the build takes the files listed
      copyFileSync(join(corpus, GOOD[1]), join(folder, GOOD[1]));
      const first = await libraryBuild(one, lib, { cache, workers: 0 });
      expect(first.documents).toHaveLength(1);
      expect(unchangedBuild(one, lib, { cache })).toBe(true);
      expect(unchangedBuild([folder], lib, { cache })).toBe(false);
      // listed without the cache, the keys are looked up for the build's cache: both reports reused
      const both = await libraryBuild([folder], lib, { cache, workers: 0 });
      expect(both.documents).toHaveLength(2);
      const again = await libraryBuild(listInputs([folder]), lib, { cache, workers: 0 });
      expect(again.cache).toMatchObject({ reused: 2, total: 2 });
      expect(unchangedBuild(listInputs([folder]), lib, { cache })).toBe(true);
    } finally {
      rmSync(lib, { recursive: true, force: true });
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
