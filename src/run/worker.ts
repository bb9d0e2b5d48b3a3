// Worker process entry: loads the segmenter once, then turns file paths into packed results
// (run/kept.ts) in the order asked; see the pool in workers.ts.
import { processFile, type WorkerReply, type WorkerRequest } from './workers.js';
import { cut } from '../extract/segment.js';

// load the dictionary now, while the other workers start, not on the first file
cut('');

// The main process stops this one by killing it. A terminal's Ctrl+C (sent to the whole process
// group) and a SIGTERM are the main process's to handle: it ends the build and kills its workers.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});
// the main process gone (killed) leaves no worker behind: its channel closes, and this one exits
process.on('disconnect', () => process.exit(0));

process.on('message', (msg: WorkerRequest) => {
  const result = msg.task === 'ready' ? null : processFile(msg.file, msg.assigned);
  process.send!({ id: msg.id, result } satisfies WorkerReply);
});
