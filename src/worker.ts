// Worker thread entry: loads the segmenter once, then turns file paths into DocResults.
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './workers.js';
import type { AssignedId } from './ingest/index.js';

parentPort?.on('message', (msg: { id: number; file: string; task: Task; assigned?: AssignedId }) => {
  parentPort!.postMessage({ id: msg.id, result: runTask(msg.task, msg.file, msg.assigned) });
});
