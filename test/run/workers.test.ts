// The extraction workers are processes (src/run/workers.ts): stopping the pool kills them at once,
// even in the middle of a report, and a main process killed outright leaves no worker behind.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFiles, startWorkers, stopWorkers } from '../../src/run/workers.js';

const SEED = 'seeds/002_ce880a99c531598d.txt';

/** The extraction workers whose parent is `pid` (from Linux's /proc; tsx runs a helper of its own too). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        if (!readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('worker.')) return false;
        // the parent pid is the 4th field, after the command in parentheses
        return Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z');

/** A report long enough to keep a worker busy for seconds: the seed many times over. */
function bigReport(dir: string): string {
  const file = join(dir, 'big.txt');
  writeFileSync(file, Array(60).fill(readFileSync(SEED, 'utf8')).join('\n'));
  return file;
}

describe.skipIf(process.platform !== 'linux')('extraction workers', () => {
  it('are killed in the middle of a report when the pool stops, and the build fails with that', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govgraph-workers-'));
    await startWorkers(1);
    const workers = childrenOf(process.pid);
    expect(workers.length).toBeGreaterThanOrEqual(1);
    const running = processFiles([bigReport(dir)], { workers: 1 });
    const failed = expect(running).rejects.toThrow(/extraction workers were stopped/);
    await new Promise((r) => setTimeout(r, 300));
    await stopWorkers();
    await failed;
    for (const pid of workers) expect(alive(pid)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('leave with a main process that is killed outright', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govgraph-orphans-'));
    const script = join(dir, 'main.mts');
    const workers = JSON.stringify(new URL('../../src/run/workers.ts', import.meta.url).href);
    writeFileSync(
      script,
      `const { processFiles } = await import(${workers});
await processFiles(Array(40).fill(${JSON.stringify(SEED)}), { workers: 2 });`,
    );
    const main = spawn(process.execPath, ['--import', 'tsx', script], { stdio: 'ignore' });
    // wait until both workers run
    let workersOfMain: number[] = [];
    for (let i = 0; i < 100 && workersOfMain.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      workersOfMain = childrenOf(main.pid!);
    }
    expect(workersOfMain.length).toBe(2);
    main.kill('SIGKILL');
    // a worker sees its channel close after the file in hand (a seed: well under a second)
    for (let i = 0; i < 100 && workersOfMain.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
    expect(workersOfMain.filter(alive)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
