import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { abandonSets, startSet } from '../../src/export/output-set.js';

// Another thread creating files in a set while a signal removes it: what DuckDB's thread does when
// a signal comes during a Parquet conversion (export/write.ts runs them beside the rendering).
const CREATOR = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const pause = new Int32Array(new SharedArrayBuffer(4));
parentPort.postMessage('started');
for (let i = 0; i < workerData.files; i++) {
  try { fs.writeFileSync(path.join(workerData.dir, 'part-' + i + '.parquet'), 'x'); } catch {}
  Atomics.wait(pause, 0, 0, 1);
}
parentPort.postMessage('done');
`;

describe('abandonSets', () => {
  it('removes a set while another thread is still creating a few files in it, without throwing', async () => {
    for (let round = 0; round < 5; round++) {
      const out = fs.mkdtempSync(join(tmpdir(), 'govgraph-abandon-'));
      const set = startSet(out);
      for (let i = 0; i < 200; i++) fs.writeFileSync(join(set.dir, `file-${i}.csv`), 'y');
      const worker = new Worker(CREATOR, { eval: true, workerData: { dir: set.dir, files: 10 } });
      const done = once(worker, 'message').then(() => once(worker, 'message'));
      await once(worker, 'message');
      // removed, or (a file created after the last try) left for the next build: never a throw
      expect(() => abandonSets(out)).not.toThrow();
      await done;
      await worker.terminate();
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('removes only this process’s sets that were never switched in', () => {
    const out = fs.mkdtempSync(join(tmpdir(), 'govgraph-abandon-'));
    const mine = startSet(out);
    const other = startSet(out);
    const foreign = join(out, '.govgraph', 'sets', `${Date.now().toString(36)}-${process.pid + 1}-0`);
    fs.mkdirSync(foreign);
    expect(abandonSets(out)).toBe(2);
    expect(fs.existsSync(mine.dir)).toBe(false);
    expect(fs.existsSync(other.dir)).toBe(false);
    expect(fs.existsSync(foreign)).toBe(true);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
