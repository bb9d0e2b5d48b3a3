// Worker thread entry: loads the segmenter once, then turns file paths into DocResults (or, for
// the benchmark, word counts) in the order asked; see the pool in workers.ts.
import { parentPort } from 'node:worker_threads';
import { runTask, type WorkerReply, type WorkerRequest } from './workers.js';
import { cut } from './extract/segment.js';

// load the dictionary now, while the other threads start, not on the first file
cut('');

parentPort?.on('message', (msg: WorkerRequest) => {
  const result = msg.task === 'ready' ? null : runTask(msg.task, msg.file, msg.assigned);
  parentPort!.postMessage({ id: msg.id, result } satisfies WorkerReply);
});
