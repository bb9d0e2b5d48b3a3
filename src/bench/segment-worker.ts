// A thread of the benchmark's segmenter-only pool (bench/segment-pool.ts): loads the segmenter,
// says `ready`, then reads, decodes and segments the files it is sent and answers their word count.
import { parentPort } from 'node:worker_threads';
import { readDoc } from '../ingest/index.js';
import { cut, jiebaTag } from '../extract/segment.js';
import type { SegmentMode } from './segment-pool.js';

cut('');
parentPort!.postMessage('ready');
parentPort!.on('message', ({ files, mode }: { files: string[]; mode: SegmentMode }) => {
  let words = 0;
  for (const file of files) {
    const raw = readDoc(file);
    if ('reason' in raw) continue;
    words += mode === 'cut' ? cut(raw.text).length : jiebaTag(raw.text).length;
  }
  parentPort!.postMessage(words);
});
