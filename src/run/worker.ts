// Worker thread entry: loads the segmenter once, then turns file paths into DocResults (or, for
// the benchmark, word counts) in the order asked; see the pool in workers.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type StopFlag, type WorkerReply, type WorkerRequest } from './workers.js';
import { cut } from '../extract/segment.js';

// load the dictionary now, while the other threads start, not on the first file
cut('');

const stop = workerData as StopFlag;

parentPort?.on('message', (msg: WorkerRequest) => {
  // the pool is stopping: close between files, never by being terminated inside the segmenter
  if (Atomics.load(stop, 0) === 1 || msg.task === 'stop') {
    parentPort!.close();
    return;
  }
  const result = msg.task === 'ready' ? null : runTask(msg.task, msg.file, msg.assigned);
  parentPort!.postMessage({ id: msg.id, result } satisfies WorkerReply);
});
