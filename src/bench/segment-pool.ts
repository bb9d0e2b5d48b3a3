// The benchmark's yardstick: the segmenter alone over the corpus, in as many threads as the build
// uses. It has threads of its own (bench/segment-worker.ts), so the build's worker protocol
// (run/workers.ts) carries only the build's work.
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';

export type SegmentMode = 'segment' | 'cut';

/** Threads that have each loaded the segmenter; `run` shares files between them. */
export interface SegmentPool {
  /** Segments every file (`segment`: jieba's POS tagging, what the build uses; `cut`: plain cutting); returns the word count. */
  run(files: readonly string[], mode: SegmentMode): Promise<number>;
  close(): Promise<void>;
}

export async function startSegmentPool(threads: number): Promise<SegmentPool> {
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./segment-worker.js', import.meta.url)));
  // each thread says `ready` once its dictionary is loaded
  await Promise.all(workers.map((w) => once(w, 'message')));
  return {
    async run(files, mode) {
      const shares = workers.map((_w, i) => files.filter((_f, j) => j % threads === i));
      const counts = await Promise.all(
        workers.map(async (w, i) => {
          w.postMessage({ files: shares[i], mode });
          const [words] = (await once(w, 'message')) as [number];
          return words;
        }),
      );
      return counts.reduce((a, b) => a + b, 0);
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
