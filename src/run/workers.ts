// Runs processDoc over many files, in worker threads when there is enough work to share, so
// both cores work at once. Results come back in input order whatever the number of workers,
// so the output bytes do not depend on it.
//
// The threads form one pool per process, started on first use and kept (idle threads do not keep
// the process alive): each loads the segmenter once (~1 s, ~250 MB), and nodejieba never frees a
// thread's dictionary when the thread ends, so a pool per build would leak it build after build.
//
// A thread is never terminated while it may be inside the segmenter: Worker.terminate() (and
// process.exit(), which terminates every thread) during a nodejieba call aborts the whole process
// with an uncaught Napi::Error (exit 134). The pool stops its threads by raising a shared flag
// instead; each thread checks it before every file and closes itself between files.
import { DEFAULTS } from '../defaults.js';
import os from 'node:os';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { Warning } from '../types.js';
import { readDoc, type AssignedId } from '../ingest/index.js';
import { processDoc, type DocResult } from './process-doc.js';
import { Stopped } from '../stop.js';

export interface ProcessOptions {
  /** Extraction threads (default: one per core, at most 4); 0 runs it on the calling thread. */
  workers?: number;
  /** Report ids made unique across the corpus (ingest's assignIds), in file order. */
  ids?: readonly AssignedId[];
  onProgress?: (done: number, total: number, file: string) => void;
  /**
   * What to keep of each file's result, called as it arrives (with the file's index): a build
   * stores it in the cache and shares its strings (run/intern.ts) before the next one comes.
   */
  keep?: (result: DocResult | Warning, index: number) => unknown;
}

/** Reads and processes one file; an input problem becomes a Warning, never a throw. */
export function processFile(file: string, assigned?: AssignedId): DocResult | Warning {
  try {
    const raw = readDoc(file, assigned ? { id: assigned.id } : {});
    if ('reason' in raw) return raw;
    if (assigned?.warning) raw.warnings.push(assigned.warning);
    return processDoc(raw);
  } catch (err) {
    if (err instanceof Stopped) throw err;
    return { file, reason: `could not be processed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(DEFAULTS.maxWorkers, os.availableParallelism()));
}

/**
 * Threads worth starting for `files`: each costs ~1 s to load the segmenter, not worth it for a
 * handful of files. At least one: extraction never runs on the main thread (unless asked with
 * `workers: 0`), so a signal handler there can stop a build in the middle of a huge report.
 */
function threadsFor(files: readonly string[], requested: number): number {
  if (requested <= 0) return 0;
  return Math.max(1, Math.min(requested, Math.ceil(files.length / 8)));
}

export async function processFiles<T = DocResult>(
  files: readonly string[],
  options: ProcessOptions = {},
): Promise<(T | Warning)[]> {
  const n = threadsFor(files, options.workers ?? defaultWorkers());
  if (n === 0) {
    return files.map((file, i) => {
      const done = processFile(file, options.ids?.[i]);
      const r = (options.keep ? options.keep(done, i) : done) as T | Warning;
      options.onProgress?.(i + 1, files.length, file);
      return r;
    });
  }
  return pool().run<T | Warning>(files, n, options);
}

/**
 * Starts `n` worker threads (if not running yet) and resolves once each has loaded the segmenter.
 * The benchmark calls it first so that neither the segmenter-only stage nor the build is charged
 * the start-up; a build calls nothing of the kind and pays it in its first batch.
 */
export function startWorkers(n = defaultWorkers()): Promise<void> {
  return pool().start(n);
}

/**
 * Ends the worker threads between files (a later build starts new ones). A build still running
 * fails with an error, or, with `abandon` (the process is about to exit, see signals.ts), is left
 * unsettled so that nothing reports its end. Call it before process.exit() while a build may be
 * running. The threads' segmenter memory is not returned.
 */
export async function stopWorkers(options: { abandon?: boolean } = {}): Promise<void> {
  const p = current;
  current = undefined;
  await p?.close(options.abandon ?? false);
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
  | { id: number; task: 'process'; file: string; assigned?: AssignedId }
  | { id: number; task: 'ready' }
  /** Wakes an idle thread so that it sees the stop flag. */
  | { id: number; task: 'stop' };
export interface WorkerReply {
  id: number;
  result: unknown;
}

interface Batch {
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

/**
 * How long close() waits for a thread to finish its file before terminating it anyway (which may
 * abort the process, see above): longer than the segmenter takes on any file a build accepts.
 */
const STOP_GRACE_MS = 30_000;

/** What a thread gets as workerData: a flag it checks before each file (1 = close now). */
export type StopFlag = Int32Array;

class Pool {
  private slots: Slot[] = [];
  private batches: Batch[] = [];
  private nextId = 0;
  private readonly stopFlag: StopFlag = new Int32Array(new SharedArrayBuffer(4));

  constructor(private readonly entry: URL) {}

  run<T>(files: readonly string[], n: number, options: ProcessOptions): Promise<T[]> {
    if (files.length === 0) return Promise.resolve([]);
    return new Promise<T[]>((resolve, reject) => {
      this.grow(n);
      this.batches.push({
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

  async close(abandon: boolean): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    if (abandon) this.batches = [];
    else this.fail(new Error('govgraph: the extraction workers were stopped'), slots);
    await this.stop(slots);
  }

  /** Raises the stop flag and waits for each thread to close itself between files. */
  private async stop(slots: readonly Slot[]): Promise<void> {
    Atomics.store(this.stopFlag, 0, 1);
    await Promise.all(
      slots.map(async ({ worker }) => {
        if (worker.threadId === -1) return; // already exited
        const exited = once(worker, 'exit').catch(() => undefined);
        worker.ref();
        worker.postMessage({ id: this.nextId++, task: 'stop' } satisfies WorkerRequest);
        const grace = new Promise<'late'>((resolve) => setTimeout(resolve, STOP_GRACE_MS, 'late').unref());
        if ((await Promise.race([exited, grace])) === 'late') await worker.terminate();
      }),
    );
  }

  private grow(n: number): void {
    while (this.slots.length < n) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry, { workerData: this.stopFlag });
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
      const keep = batch.options.keep;
      batch.results[index] = keep ? keep(result as DocResult | Warning, index) : result;
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
          task: 'process',
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
    void this.stop(slots);
  }

  private fail(err: Error, slots: readonly Slot[]): void {
    const batches = this.batches;
    this.batches = [];
    for (const b of batches) b.reject(err);
    for (const s of slots) for (const r of s.inFlight.values()) if ('resolve' in r) r.reject(err);
  }
}
