// The output folder is one set (src/export/output-set.ts), through the real command line: two
// builds into one folder at once, a build killed with SIGKILL at moments spread over its run, and
// a file system that refuses a write during the viewer copy each leave a complete old set or a
// complete new one (compared byte for byte with builds of each), and nothing behind once the next
// build has run.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, ensureBuilt, leftovers, runCli, snapshot, STACK_LINE } from '../fixtures/faults/cli.js';
import { tempDirs } from '../fixtures/temp.js';

const OLD = join(ROOT, 'test', 'fixtures', 'years');
const NEW = join(ROOT, 'seeds');
const tmp = tempDirs('govgraph-set-');
const buildInto = (input: string, out: string) => runCli(['build', input, '-o', out, '--no-cache', '-q']);

let refOld: Map<string, string>;
let refNew: Map<string, string>;
let buildMs = 0;

beforeAll(async () => {
  ensureBuilt();
  const a = tmp('ref-old');
  const b = tmp('ref-new');
  const ra = await buildInto(OLD, a);
  const rb = await buildInto(NEW, b);
  expect(ra.code, ra.stderr).toBe(0);
  expect(rb.code, rb.stderr).toBe(0);
  refOld = snapshot(a);
  refNew = snapshot(b);
  buildMs = rb.ms;
  expect(refOld.has('graph.json') && refOld.has('index.html')).toBe(true);
  expect(refOld.get('graph.json')).not.toBe(refNew.get('graph.json'));
}, 120_000);

/** Whether `out` shows exactly one of the two reference sets, and which. */
function whichSet(out: string): 'old' | 'new' | 'mixed' {
  const now = snapshot(out);
  const same = (ref: Map<string, string>) => now.size === ref.size && [...ref].every(([f, d]) => now.get(f) === d);
  return same(refOld) ? 'old' : same(refNew) ? 'new' : 'mixed';
}

describe('two builds into one folder at once', () => {
  it('one writes, the other stops at once with one line (exit 2); the folder holds one complete set', async () => {
    const out = tmp('concurrent');
    expect((await buildInto(OLD, out)).code).toBe(0);
    // the second build starts once the first holds the folder's lock (it takes it before reading
    // any report, and holds it for seconds), so the two surely overlap however loaded the machine
    const first = buildInto(NEW, out);
    const lock = join(out, '.govgraph', 'lock');
    for (let waited = 0; !existsSync(lock) && waited < 60_000; waited += 20)
      await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(lock)).toBe(true);
    const [a, b] = await Promise.all([first, buildInto(OLD, out)]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 2]);
    const loser = b;
    expect(loser.stderr.trim()).toMatch(
      /^govgraph: .+ is being written by another govgraph build \(process \d+\); wait for it to finish or choose another output folder \(if no build is running, remove .+lock\)$/,
    );
    expect(loser.stderr).not.toMatch(STACK_LINE);
    expect(whichSet(out)).toBe('new');
    expect(leftovers(out)).toEqual([]);
  }, 120_000);
});

describe('a build killed with SIGKILL', () => {
  it('leaves the old set or the new one, whole, at every moment tried; the next build leaves nothing behind', async () => {
    const out = tmp('kill');
    const seen: string[] = [];
    // six moments from the middle of a build (extraction) past its usual end (outputs written, switched)
    for (const share of [0.5, 0.65, 0.8, 0.9, 1.0, 1.2]) {
      if (whichSet(out) !== 'old') expect((await buildInto(OLD, out)).code).toBe(0);
      const delay = Math.round(buildMs * share);
      const child = spawn(process.execPath, [CLI, 'build', NEW, '-o', out, '--no-cache', '-q'], {
        cwd: ROOT,
        stdio: 'ignore',
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_c, s) => resolve(s)));
      clearTimeout(timer);
      const state = whichSet(out);
      const halfSet = readdirSync(join(out, '.govgraph', 'sets')).length > 1;
      seen.push(`${delay} ms: ${signal ?? 'finished'} -> ${state}${halfSet ? ' (a half-written set left)' : ''}`);
      expect(state, seen.join('; ')).not.toBe('mixed');
    }
    console.log(`SIGKILL during a build of ${buildMs} ms: ${seen.join('; ')}`);
    expect((await buildInto(NEW, out)).code).toBe(0);
    expect(whichSet(out)).toBe('new');
    expect(leftovers(out)).toEqual([]);
  }, 300_000);
});

describe('a write refused during the viewer copy', () => {
  it('exits 1 with one line, keeps the old set whole and leaves nothing behind', async () => {
    const out = tmp('efbig');
    expect((await buildInto(OLD, out)).code).toBe(0);
    // the new build: two of the old corpus's reports, so every graph output stays small
    const fewer = tmp('efbig-in');
    for (const f of readdirSync(OLD)
      .filter((n) => n.endsWith('.txt'))
      .slice(0, 2))
      copyFileSync(join(OLD, f), join(fewer, f));
    const ref = tmp('efbig-ref');
    expect((await buildInto(fewer, ref)).code).toBe(0);
    // The file-size limit (ulimit -f, in KiB) refuses any write past 100 KiB with EFBIG, the way a
    // full disk refuses one with ENOSPC: every graph output of this small corpus is under it, the
    // viewer's script is over it, so the failure comes part-way through the viewer copy.
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(
        'bash',
        ['-c', `ulimit -f 100; exec '${process.execPath}' '${CLI}' build '${fewer}' -o '${out}' --no-cache -q`],
        { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.trim()).toMatch(
      /^govgraph: could not write the outputs to .+ \(the previous outputs are unchanged\): govgraph\/export: could not write the viewer: EFBIG/,
    );
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(whichSet(out)).toBe('old');
    expect(leftovers(out)).toEqual([]);
    expect((await buildInto(fewer, out)).code).toBe(0);
    expect(snapshot(out)).toEqual(snapshot(ref));
    expect(leftovers(out)).toEqual([]);
  }, 120_000);
});

describe('an output folder that cannot be one', () => {
  it('an empty -o, a file, and a folder under a file each stop with one line (exit 2) and write nothing', async () => {
    // run where an empty name would land: the current folder must stay empty
    const cwd = tmp('cwd');
    const file = join(cwd, 'notes.txt');
    writeFileSync(file, 'mine');
    const run = (out: string) => runCli(['build', NEW, '-o', out, '-q'], { cwd });
    const empty = await run('');
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim().split('\n').pop()).toBe(
      'govgraph: the output folder is an empty name: give -o a folder',
    );
    for (const out of [file, join(file, 'out')]) {
      const r = await run(out);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n').pop()).toBe(
        `govgraph: ${out} cannot be an output folder: it, or a folder above it, is a file`,
      );
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
    expect(readdirSync(cwd)).toEqual(['notes.txt']);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  }, 120_000);
});
