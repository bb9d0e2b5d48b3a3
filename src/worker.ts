// Worker thread entry: loads the segmenter once, then turns file paths into DocResults.
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './workers.js';

parentPort?.on('message', (msg: { id: number; file: string; task: Task }) => {
  parentPort!.postMessage({ id: msg.id, result: runTask(msg.task, msg.file) });
});
