// Runs processDoc over many files, in worker threads when there is enough work to share, so
// both cores segment at once. Results come back in input order whatever the number of workers,
// so the output bytes do not depend on it.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Warning } from './types.js';
import { readDoc, type AssignedId } from './ingest/index.js';
import { processDoc, type DocResult } from './process-doc.js';
import { cut } from './extract/segment.js';

export interface ProcessOptions {
  workers?: number;
  /** Report ids made unique across the corpus (ingest's assignIds), in file order. */
  ids?: readonly AssignedId[];
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Reads and processes one file; an input problem becomes a Warning, never a throw. */
export function processFile(file: string, assigned?: AssignedId): DocResult | Warning {
  try {
    const raw = readDoc(file, assigned ? { id: assigned.id } : {});
    if ('reason' in raw) return raw;
    if (assigned?.warning) raw.warnings.push(assigned.warning);
    return processDoc(raw);
  } catch (err) {
    return { file, reason: `could not be processed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** What a worker does with a file: the full extraction, or (for the benchmark) segmentation only. */
export type Task = 'process' | 'segment';

/** The benchmark's segmenter-only stage: read, decode, segment; returns the number of words. */
export function segmentFile(file: string): number | Warning {
  const raw = readDoc(file);
  if ('reason' in raw) return raw;
  return cut(raw.text).length;
}

export function runTask(task: Task, file: string, assigned?: AssignedId): DocResult | Warning | number {
  return task === 'segment' ? segmentFile(file) : processFile(file, assigned);
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

export async function processFiles(
  files: readonly string[],
  options: ProcessOptions = {},
): Promise<(DocResult | Warning)[]> {
  // Each worker pays ~2 s to load the segmenter: not worth it for a handful of files.
  const n = workerUrl() ? Math.min(options.workers ?? defaultWorkers(), Math.ceil(files.length / 8)) : 1;
  if (n <= 1) {
    return files.map((file, i) => {
      const r = processFile(file, options.ids?.[i]);
      options.onProgress?.(i + 1, files.length, file);
      return r;
    });
  }
  return runPool<DocResult | Warning>(files, n, 'process', options);
}

/** Segments every file with the same pool and parallelism as a build (the benchmark's yardstick). */
export async function segmentFiles(
  files: readonly string[],
  workers = defaultWorkers(),
): Promise<(number | Warning)[]> {
  const n = workerUrl() ? Math.min(workers, Math.ceil(files.length / 8)) : 1;
  if (n <= 1) return files.map(segmentFile);
  return runPool<number | Warning>(files, n, 'segment', {});
}

/**
 * The compiled worker entry, or undefined when running from TypeScript source (tsx, vitest):
 * loader hooks do not reach worker threads there, so the work stays in-process. Tests that
 * need real workers run the compiled CLI.
 */
function workerUrl(): URL | undefined {
  return import.meta.url.endsWith('.js') ? new URL('./worker.js', import.meta.url) : undefined;
}

function runPool<T>(files: readonly string[], n: number, task: Task, options: ProcessOptions): Promise<T[]> {
  const results: T[] = new Array(files.length);
  const url = workerUrl()!;
  let next = 0;
  let done = 0;
  return new Promise((resolvePool, reject) => {
    const workers: Worker[] = [];
    const finish = (err?: Error) => {
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolvePool(results);
    };
    const feed = (w: Worker) => {
      if (next < files.length) {
        const id = next++;
        w.postMessage({ id, file: files[id], task, assigned: options.ids?.[id] });
      }
    };
    for (let i = 0; i < n; i++) {
      const w = new Worker(url);
      workers.push(w);
      w.on('message', ({ id, result }: { id: number; result: T }) => {
        results[id] = result;
        done += 1;
        options.onProgress?.(done, files.length, files[id]!);
        if (done === files.length) finish();
        else feed(w);
      });
      w.on('error', (err) => finish(err));
      // a worker dying without an error event (e.g. out of memory) must not hang the build
      w.on('exit', (code) => {
        if (code !== 0 && done < files.length) finish(new Error(`extraction worker exited with code ${code}`));
      });
      // two files in flight per worker keep it busy while the main thread collects results
      feed(w);
      feed(w);
    }
  });
}
