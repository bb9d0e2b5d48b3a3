// One piece of work on a worker thread of its own: the graph's counts that run while the main
// thread makes the edges (the panel, the co-occurrences), a table made in parts (export/parts.ts).
import { Worker } from 'node:worker_threads';

/**
 * Runs `source` (plain JavaScript, with `parentPort` and `workerData` in scope, that posts one
 * message) on a thread; resolves with that message and ends the thread. `transfer` is handed to
 * the thread (empty here afterwards); `what` names the thread when it ends without answering.
 */
export function onThread<T>(source: string, workerData: unknown, transfer: ArrayBuffer[], what: string): Promise<T> {
  const worker = new Worker(`const { parentPort, workerData } = require('node:worker_threads');\n${source}`, {
    eval: true,
    workerData,
    transferList: transfer,
  });
  return new Promise<T>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${what} ended (exit code ${code})`)));
  }).finally(() => void worker.terminate());
}
