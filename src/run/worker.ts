// Worker thread entry: loads the segmenter once, then turns file paths into DocResults in the
// order asked; see the pool in workers.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { processFile, type StopFlag, type WorkerReply, type WorkerRequest } from './workers.js';
import { cut } from '../extract/segment.js';
import { Stopped, watchStop } from '../stop.js';

// load the dictionary now, while the other threads start, not on the first file
cut('');

const stop = workerData as StopFlag;
// extraction checks the same flag between sentences: a stop reaches a file in progress
watchStop(stop);

parentPort?.on('message', (msg: WorkerRequest) => {
  // the pool is stopping: close between files, never by being terminated inside the segmenter
  if (Atomics.load(stop, 0) === 1 || msg.task === 'stop') {
    parentPort!.close();
    return;
  }
  let result: unknown;
  try {
    result = msg.task === 'ready' ? null : processFile(msg.file, msg.assigned);
  } catch (err) {
    // the pool is stopping and the file in progress was left: close between sentences
    if (err instanceof Stopped) {
      parentPort!.close();
      return;
    }
    throw err;
  }
  parentPort!.postMessage({ id: msg.id, result } satisfies WorkerReply);
});
