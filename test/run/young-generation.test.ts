// `govgraph build` starts itself again with a 64 MB young generation (src/run/young-generation.ts):
// the build runs in the child, and the process the user started passes signals on and ends as
// the child ended. Tested on the real command line; the process tree is read from /proc (Linux).
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import v8 from 'node:v8';
import { oldSpaceFlag, poolFlag, YOUNG_GENERATION_FLAG, youngGenerationArgs } from '../../src/run/young-generation.js';
import { GOOD, SEEDS } from '../fixtures/faults/corpus.js';
import { CLI, ROOT, ensureBuilt, leftovers, snapshot } from '../fixtures/faults/cli.js';

const GB = 2 ** 30;

describe('youngGenerationArgs', () => {
  it("adds the flag to node's own arguments", () => {
    expect(youngGenerationArgs(['--enable-source-maps'], {}, 4 * GB, 8)).toEqual([
      '--enable-source-maps',
      YOUNG_GENERATION_FLAG,
    ]);
    expect(youngGenerationArgs([], { NODE_OPTIONS: '--max-old-space-size=4096' }, 64 * GB, 8)).toEqual([
      YOUNG_GENERATION_FLAG,
    ]);
  });

  it("gives the heap half the machine's memory where that is more than V8's own limit, unless the user chose one", () => {
    // V8's own limit in this process: about 4 GB (2 GB on a small machine)
    const own = v8.getHeapStatistics().heap_size_limit;
    expect(youngGenerationArgs([], {}, 24 * GB, 8)).toEqual([YOUNG_GENERATION_FLAG, '--max-old-space-size=12288']);
    expect(oldSpaceFlag(2 * own + 4 * 2 ** 20)).toBe(`--max-old-space-size=${Math.floor(own / 2 ** 20) + 2}`);
    expect(oldSpaceFlag(2 * own)).toBeUndefined();
    expect(youngGenerationArgs([], {}, own, 8)).toEqual([YOUNG_GENERATION_FLAG]);
    expect(youngGenerationArgs(['--max_old_space_size=3000'], {}, 64 * GB, 8)).toEqual([
      '--max_old_space_size=3000',
      YOUNG_GENERATION_FLAG,
    ]);
  });

  it("gives V8 one helper thread fewer than the cores, no more than Node's four, unless the user chose", () => {
    expect([1, 2, 3, 4, 5, 8, 64].map(poolFlag)).toEqual([
      '--v8-pool-size=1',
      '--v8-pool-size=1',
      '--v8-pool-size=2',
      '--v8-pool-size=3',
      undefined,
      undefined,
      undefined,
    ]);
    expect(youngGenerationArgs([], {}, 4 * GB, 2)).toEqual([YOUNG_GENERATION_FLAG, '--v8-pool-size=1']);
    expect(youngGenerationArgs(['--v8_pool_size=2'], {}, 4 * GB, 2)).toEqual([
      '--v8_pool_size=2',
      YOUNG_GENERATION_FLAG,
    ]);
    expect(youngGenerationArgs([], { NODE_OPTIONS: '--v8-pool-size=4' }, 4 * GB, 2)).toEqual([YOUNG_GENERATION_FLAG]);
  });

  it('starts nothing when the process was started so, or the user chose a size, or said no', () => {
    expect(youngGenerationArgs([YOUNG_GENERATION_FLAG], {})).toBeNull();
    expect(youngGenerationArgs(['--max_semi_space_size=8'], {})).toBeNull();
    expect(youngGenerationArgs([], { NODE_OPTIONS: '--inspect --max-semi-space-size=32' })).toBeNull();
    expect(youngGenerationArgs([], { GOVGRAPH_YOUNG_GENERATION: '0' })).toBeNull();
  });
});

/** The pids of `pid`'s children (Linux). */
function childrenOf(pid: number): number[] {
  try {
    const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return text ? text.split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
}

const alive = (pid: number) =>
  existsSync(`/proc/${pid}`) && !/State:\s+Z/.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A process's arguments (its parent's, while it is between fork and exec). */
function argvOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(0, -1);
  } catch {
    return [];
  }
}

/** A process's threads: one between fork and exec (fork copies the calling thread only). */
function threadsOf(pid: number): number {
  try {
    return Number(/^Threads:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Polls until `pid` has a child running the CLI, and returns it (0 if `pid` ended first). A child
 * counts once it has exec'd Node (more than one thread: V8 starts its own at once); before that its
 * arguments are a copy of its parent's, which name the CLI too, without the child's flags.
 */
async function firstChild(pid: number): Promise<number> {
  while (alive(pid)) {
    const child = childrenOf(pid).find((c) => argvOf(c).includes(CLI) && threadsOf(c) > 1);
    if (child) return child;
    await pause(10);
  }
  return 0;
}

function ended(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
}

describe.runIf(process.platform === 'linux')('govgraph build in a process with a larger young generation', () => {
  let corpus: string;
  let out: string;
  beforeAll(() => {
    ensureBuilt();
    corpus = mkdtempSync(join(tmpdir(), 'govgraph-young-'));
    // enough reports that the build is still running when the tests below act on it
    for (let i = 0; i < 40; i++)
      copyFileSync(join(SEEDS, GOOD[i % 2]!), join(corpus, `r${String(i).padStart(2, '0')}.txt`));
    out = mkdtempSync(join(tmpdir(), 'govgraph-young-out-'));
  }, 180_000);
  afterAll(() => {
    rmSync(corpus, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  const start = (args: string[], env: NodeJS.ProcessEnv = {}, to = out) =>
    spawn(process.execPath, [CLI, 'build', corpus, '-o', to, '-q', '-w', '0', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GOVGRAPH_YOUNG_GENERATION: undefined, ...env },
    });

  it('builds in a child started with the flag, and ends with its exit code', async () => {
    const cli = start([]);
    const done = ended(cli);
    const child = await firstChild(cli.pid!);
    expect(child).toBeGreaterThan(0);
    const argv = argvOf(child);
    expect(argv).toContain(YOUNG_GENERATION_FLAG);
    expect(argv.slice(argv.indexOf(CLI))).toEqual([CLI, 'build', corpus, '-o', out, '-q', '-w', '0']);
    expect(await done).toEqual({ code: 0, signal: null });
    expect(existsSync(join(out, 'graph.json'))).toBe(true);
  }, 120_000);

  it('runs the build in one process when GOVGRAPH_YOUNG_GENERATION=0', async () => {
    const cli = start(['--no-cache'], { GOVGRAPH_YOUNG_GENERATION: '0' });
    const done = ended(cli);
    // with -w 0 the build has no process of its own to start: none appears while it runs
    let seen = 0;
    while (alive(cli.pid!) && !seen) {
      seen = childrenOf(cli.pid!).length;
      await pause(20);
    }
    expect(seen).toBe(0);
    expect((await done).code).toBe(0);
  }, 120_000);

  it('a child ended by a signal ends the command by the same signal', async () => {
    // a folder of its own: the killed build leaves its lock and its set there
    const killed = mkdtempSync(join(tmpdir(), 'govgraph-young-killed-'));
    const cli = start(['--no-cache'], {}, killed);
    const done = ended(cli);
    const child = await firstChild(cli.pid!);
    expect(child).toBeGreaterThan(0);
    process.kill(child, 'SIGKILL');
    expect(await done).toEqual({ code: null, signal: 'SIGKILL' });
    rmSync(killed, { recursive: true, force: true });
  }, 120_000);

  it('a command killed outright stops its build as SIGTERM would: the previous outputs stay', async () => {
    const before = snapshot(out);
    expect(before.size).toBeGreaterThan(10);
    const cli = start(['--no-cache']);
    let stderr = '';
    cli.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // the child keeps the pipe open after the command is gone: its end is the pipe's end
    const closed = new Promise((resolve) => cli.stderr!.on('end', resolve));
    const child = await firstChild(cli.pid!);
    expect(child).toBeGreaterThan(0);
    // the child is into the build: the output folder is locked
    while (!existsSync(join(out, '.govgraph', 'lock')) && alive(child)) await pause(10);
    cli.kill('SIGKILL');
    await closed;
    while (alive(child)) await pause(20);
    expect(stderr).toMatch(/interrupted by SIGTERM; no output was written, the previous outputs in .+ are unchanged/);
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
  }, 120_000);
});
