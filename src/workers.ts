// Runs processDoc over many files, in worker threads when there is enough work to share, so
// both cores work at once. Results come back in input order whatever the number of workers,
// so the output bytes do not depend on it.
//
// The threads form one pool per process, started on first use and kept (idle threads do not keep
// the process alive): each loads the segmenter once (~1 s, ~250 MB), and nodejieba never frees a
// thread's dictionary when the thread ends, so a pool per build would leak it build after build.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Warning } from './types.js';
import { readDoc, type AssignedId } from './ingest/index.js';
import { processDoc, type DocResult } from './process-doc.js';
import { cut, tagWords } from './extract/segment.js';

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

/**
 * What a worker does with a file: the full extraction, or (for the benchmark) segmentation only:
 * `segment` is jieba's part-of-speech tagging, the segmentation the recognizers use; `cut` is
 * jieba's plain word cutting, for reference.
 */
export type Task = 'process' | 'segment' | 'cut';

/** The benchmark's segmenter-only stages: read, decode, segment; returns the number of words. */
export function segmentFile(file: string, mode: 'segment' | 'cut' = 'segment'): number | Warning {
  const raw = readDoc(file);
  if ('reason' in raw) return raw;
  return mode === 'cut' ? cut(raw.text).length : tagWords(raw.text).length;
}

export function runTask(task: Task, file: string, assigned?: AssignedId): DocResult | Warning | number {
  return task === 'process' ? processFile(file, assigned) : segmentFile(file, task);
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

/** Threads worth starting for `files`: each costs ~1 s to load the segmenter, not worth it for a handful. */
function threadsFor(files: readonly string[], requested: number): number {
  return Math.max(1, Math.min(requested, Math.ceil(files.length / 8)));
}

export async function processFiles(
  files: readonly string[],
  options: ProcessOptions = {},
): Promise<(DocResult | Warning)[]> {
  const n = threadsFor(files, options.workers ?? defaultWorkers());
  if (n <= 1) {
    return files.map((file, i) => {
      const r = processFile(file, options.ids?.[i]);
      options.onProgress?.(i + 1, files.length, file);
      return r;
    });
  }
  return pool().run<DocResult | Warning>('process', files, n, options);
}

/** Segments every file with the same pool and parallelism as a build (the benchmark's yardstick). */
export async function segmentFiles(
  files: readonly string[],
  workers = defaultWorkers(),
  mode: 'segment' | 'cut' = 'segment',
): Promise<(number | Warning)[]> {
  const n = threadsFor(files, workers);
  if (n <= 1) return files.map((f) => segmentFile(f, mode));
  return pool().run<number | Warning>(mode, files, n, {});
}

/**
 * Starts `n` worker threads (if not running yet) and resolves once each has loaded the segmenter.
 * The benchmark calls it first so that neither the segmenter-only stage nor the build is charged
 * the start-up; a build calls nothing of the kind and pays it in its first batch.
 */
export function startWorkers(n = defaultWorkers()): Promise<void> {
  return pool().start(n);
}

/** Ends the worker threads (a later build starts new ones). Their segmenter memory is not returned. */
export async function stopWorkers(): Promise<void> {
  const p = current;
  current = undefined;
  await p?.close();
}

let current: Pool | undefined;

function pool(): Pool {
  current ??= new Pool(workerEntry());
  return current;
}

/**
 * The worker entry. Compiled, it is worker.js beside this file. From TypeScript source (vitest,
 * tsx) the thread registers tsx itself before importing worker.ts: a parent's loader hooks do not
 * reach worker threads, and Node 20 ignores `--import tsx` in a Worker's execArgv.
 */
function workerEntry(): URL {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new URL('./worker.js', here);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./worker.ts', here).href);
  const boot = `import { register } from ${tsx}; register(); await import(${entry});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

/** What the main thread sends a worker, and what comes back. */
export type WorkerRequest =
  { id: number; task: Task; file: string; assigned?: AssignedId } | { id: number; task: 'ready' };
export interface WorkerReply {
  id: number;
  result: unknown;
}

interface Batch {
  task: Task;
  files: readonly string[];
  options: ProcessOptions;
  /** Threads this batch may use (the first `n` of the pool). */
  n: number;
  results: unknown[];
  next: number;
  done: number;
  resolve(results: unknown[]): void;
  reject(err: Error): void;
}

interface Job {
  batch: Batch;
  index: number;
}

/** A `ready` request of startWorkers. */
interface Ready {
  resolve(): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  /** Requests sent and not answered, by message id. */
  inFlight: Map<number, Job | Ready>;
}

/** Two files in flight per thread keep it busy while the main thread collects results. */
const IN_FLIGHT = 2;

class Pool {
  private slots: Slot[] = [];
  private batches: Batch[] = [];
  private nextId = 0;

  constructor(private readonly entry: URL) {}

  run<T>(task: Task, files: readonly string[], n: number, options: ProcessOptions): Promise<T[]> {
    if (files.length === 0) return Promise.resolve([]);
    return new Promise<T[]>((resolve, reject) => {
      this.grow(n);
      this.batches.push({
        task,
        files,
        options,
        n,
        results: new Array<unknown>(files.length),
        next: 0,
        done: 0,
        resolve: resolve as (r: unknown[]) => void,
        reject,
      });
      this.dispatch();
    });
  }

  start(n: number): Promise<void> {
    this.grow(n);
    return Promise.all(
      this.slots.slice(0, n).map(
        (slot) =>
          new Promise<void>((resolve, reject) => {
            const id = this.nextId++;
            slot.inFlight.set(id, { resolve, reject });
            slot.worker.ref();
            slot.worker.postMessage({ id, task: 'ready' } satisfies WorkerRequest);
          }),
      ),
    ).then(() => this.idle());
  }

  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    this.fail(new Error('govgraph: the extraction workers were stopped'), slots);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private grow(n: number): void {
    while (this.slots.length < n) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry);
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on('message', ({ id, result }: WorkerReply) => this.answer(slot, id, result));
    worker.on('error', (err) => this.crash(slot, err));
    // a thread dying without an error event (e.g. out of memory) must not hang the build
    worker.on('exit', (code) => this.crash(slot, new Error(`extraction worker exited with code ${code}`)));
    worker.unref();
    return slot;
  }

  private answer(slot: Slot, id: number, result: unknown): void {
    const job = slot.inFlight.get(id);
    slot.inFlight.delete(id);
    if (job && 'resolve' in job) job.resolve();
    else if (job) {
      const { batch, index } = job;
      batch.results[index] = result;
      batch.done += 1;
      batch.options.onProgress?.(batch.done, batch.files.length, batch.files[index]!);
      if (batch.done === batch.files.length) {
        this.batches.splice(this.batches.indexOf(batch), 1);
        batch.resolve(batch.results);
      }
    }
    this.dispatch();
  }

  /** Sends queued files to threads with room, oldest batch first; idle threads are unref'd. */
  private dispatch(): void {
    for (const [i, slot] of this.slots.entries()) {
      while (slot.inFlight.size < IN_FLIGHT) {
        const batch = this.batches.find((b) => b.next < b.files.length && i < b.n);
        if (!batch) break;
        const index = batch.next++;
        const id = this.nextId++;
        slot.inFlight.set(id, { batch, index });
        slot.worker.postMessage({
          id,
          task: batch.task,
          file: batch.files[index]!,
          ...(batch.options.ids?.[index] ? { assigned: batch.options.ids[index] } : {}),
        } satisfies WorkerRequest);
      }
    }
    this.idle();
  }

  private idle(): void {
    for (const slot of this.slots) {
      if (slot.inFlight.size > 0) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  /** A thread failed: every unfinished batch fails with it and the pool is replaced on next use. */
  private crash(slot: Slot, err: Error): void {
    if (!this.slots.includes(slot)) return;
    if (current === this) current = undefined;
    const slots = this.slots;
    this.slots = [];
    this.fail(err, slots);
    for (const s of slots) void s.worker.terminate();
  }

  private fail(err: Error, slots: readonly Slot[]): void {
    const batches = this.batches;
    this.batches = [];
    for (const b of batches) b.reject(err);
    for (const s of slots) for (const r of s.inFlight.values()) if ('resolve' in r) r.reject(err);
  }
}
