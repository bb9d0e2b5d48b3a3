// Worker thread entry: loads the segmenter once, then turns file paths into DocResults.
import { parentPort } from 'node:worker_threads';
import { processFile } from './workers.js';

parentPort?.on('message', (msg: { id: number; file: string }) => {
  parentPort!.postMessage({ id: msg.id, result: processFile(msg.file) });
});
