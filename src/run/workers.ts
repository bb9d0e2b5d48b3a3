// Runs processDoc over many files, each result packed (run/kept.ts), in worker processes when
// there is enough work to share, so both cores work at once. Results come back in input order
// whatever the number of workers, so the output bytes do not depend on it.
//
// The workers form one pool per process, started on first use and kept (idle workers do not keep
// the process alive): each loads the segmenter once (~1 s, ~250 MB). They are processes, not
// threads: nodejieba never frees a thread's dictionary, so threads kept 500 MB for the rest of a
// build (the graph, the layout and every export) that a process returns when it exits; and a
// process can be killed at any moment, where terminating a thread inside a nodejieba call aborts
// the whole program (exit 134). Stopping the pool kills its processes: Ctrl+C during a report of
// 20 MB ends the build at once.
import { DEFAULTS } from '../defaults.js';
import os from 'node:os';
import { once } from 'node:events';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Warning } from '../types.js';
import { readDoc, type AssignedId } from '../ingest/index.js';
import { processDoc } from './process-doc.js';
import { packDoc, type PackedDoc } from './kept.js';

export interface ProcessOptions {
  /** Extraction processes (default: one per core, at most 4); 0 runs it on the calling thread. */
  workers?: number;
  /** Report ids made unique across the corpus (ingest's assignIds), in file order. */
  ids?: readonly AssignedId[];
  onProgress?: (done: number, total: number, file: string) => void;
  /**
   * What to keep of each file's result, called as it arrives (with the file's index): a build
   * stores it in the cache and keeps its columns (run/kept.ts) before the next one comes.
   */
  keep?: (result: PackedDoc | Warning, index: number) => unknown;
}

/** Reads and processes one file, packed; an input problem becomes a Warning, never a throw. */
export function processFile(file: string, assigned?: AssignedId): PackedDoc | Warning {
  try {
    const raw = readDoc(file, assigned ? { id: assigned.id } : {});
    if ('reason' in raw) return raw;
    if (assigned?.warning) raw.warnings.push(assigned.warning);
    return packDoc(processDoc(raw));
  } catch (err) {
    return { file, reason: `could not be processed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(DEFAULTS.maxWorkers, os.availableParallelism()));
}

/**
 * Workers worth starting for `files`: each costs ~1 s to load the segmenter, not worth it for a
 * handful of files. At least one: extraction never runs on the main thread (unless asked with
 * `workers: 0`), so a signal handler there can stop a build in the middle of a huge report.
 */
function workersFor(files: readonly string[], requested: number): number {
  if (requested <= 0) return 0;
  return Math.max(1, Math.min(requested, Math.ceil(files.length / 8)));
}

export async function processFiles<T = PackedDoc>(
  files: readonly string[],
  options: ProcessOptions = {},
): Promise<(T | Warning)[]> {
  const n = workersFor(files, options.workers ?? defaultWorkers());
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
 * Starts `n` worker processes (if not running yet) and resolves once each has loaded the segmenter.
 * The benchmark calls it first so that neither the segmenter-only stage nor the build is charged
 * the start-up; a build calls nothing of the kind and pays it in its first batch.
 */
export function startWorkers(n = defaultWorkers()): Promise<void> {
  return pool().start(n);
}

/**
 * Kills the worker processes, wherever they are (a later build starts new ones), and returns
 * their memory. A build still running fails with an error, or, with `abandon` (the process is
 * about to exit, see signals.ts), is left unsettled so that nothing reports its end. Call it
 * before process.exit() while a build may be running.
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

/** The worker's module and the flags to run it: compiled, worker.js; from source (vitest, tsx), worker.ts under tsx. */
function workerEntry(): { file: string; execArgv: string[] } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { file: fileURLToPath(new URL('./worker.js', here)), execArgv: [] };
  return { file: fileURLToPath(new URL('./worker.ts', here)), execArgv: ['--import', import.meta.resolve('tsx')] };
}

/** What the main process sends a worker, and what comes back. */
export type WorkerRequest =
  { id: number; task: 'process'; file: string; assigned?: AssignedId } | { id: number; task: 'ready' };
export interface WorkerReply {
  id: number;
  result: unknown;
}

interface Batch {
  files: readonly string[];
  options: ProcessOptions;
  /** Workers this batch may use (the first `n` of the pool). */
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
  child: ChildProcess;
  /** Requests sent and not answered, by message id. */
  inFlight: Map<number, Job | Ready>;
}

/**
 * A worker's heap grows by half after a collection, not by V8's own factor (up to 4×): a report's
 * garbage is collected sooner, and a worker stays near 480-520 MB where it reached 730 (of which the
 * segmenter's dictionary is 250), at a cost within the noise of 800 reports' extraction timed side
 * by side (±3% CPU). At 10,000 reports the two workers and the main process peak together.
 *
 * And a worker collects its garbage on its own thread (--single-threaded-gc): V8's helper threads
 * for marking and scavenging find no idle core while two workers keep both busy, and only take
 * time from the other worker. 1,000 benchmark reports extracted by two workers, runs alternated
 * five times: 12.5-13.4 s against 13.4-14.8 s, each worker ~25 MB more.
 */
const WORKER_V8_FLAGS = ['--heap-growing-percent=50', '--single-threaded-gc'];

/** Two files in flight per worker keep it busy while the main process collects results. */
const IN_FLIGHT = 2;

class Pool {
  private slots: Slot[] = [];
  private batches: Batch[] = [];
  private nextId = 0;

  constructor(private readonly entry: { file: string; execArgv: string[] }) {}

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
            this.send(slot, { id, task: 'ready' });
          }),
      ),
    ).then(() => this.idle());
  }

  async close(abandon: boolean): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    if (abandon) this.batches = [];
    else this.fail(new Error('govgraph: the extraction workers were stopped'), slots);
    await kill(slots);
  }

  private grow(n: number): void {
    while (this.slots.length < n) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // stdout and stdin unused; stderr shared, so that a worker that cannot start says why
    const child = fork(this.entry.file, [], {
      execArgv: [...this.entry.execArgv, ...WORKER_V8_FLAGS],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const slot: Slot = { child, inFlight: new Map() };
    child.on('message', ({ id, result }: WorkerReply) => this.answer(slot, id, result));
    child.on('error', (err) => this.crash(slot, err));
    // a worker dying (out of memory, killed from outside) must not hang the build
    child.on('exit', (code, signal) =>
      this.crash(slot, new Error(`extraction worker exited with ${signal ? `signal ${signal}` : `code ${code}`}`)),
    );
    this.unref(slot);
    return slot;
  }

  private send(slot: Slot, request: WorkerRequest): void {
    slot.child.ref();
    slot.child.channel?.ref();
    slot.child.send(request);
  }

  private unref(slot: Slot): void {
    slot.child.unref();
    slot.child.channel?.unref();
  }

  private answer(slot: Slot, id: number, result: unknown): void {
    const job = slot.inFlight.get(id);
    slot.inFlight.delete(id);
    if (job && 'resolve' in job) job.resolve();
    else if (job) {
      const { batch, index } = job;
      const keep = batch.options.keep;
      batch.results[index] = keep ? keep(result as PackedDoc | Warning, index) : result;
      batch.done += 1;
      batch.options.onProgress?.(batch.done, batch.files.length, batch.files[index]!);
      if (batch.done === batch.files.length) {
        this.batches.splice(this.batches.indexOf(batch), 1);
        batch.resolve(batch.results);
      }
    }
    this.dispatch();
  }

  /** Sends queued files to workers with room, oldest batch first; idle workers are unref'd. */
  private dispatch(): void {
    for (const [i, slot] of this.slots.entries()) {
      while (slot.inFlight.size < IN_FLIGHT) {
        const batch = this.batches.find((b) => b.next < b.files.length && i < b.n);
        if (!batch) break;
        const index = batch.next++;
        const id = this.nextId++;
        slot.inFlight.set(id, { batch, index });
        this.send(slot, {
          id,
          task: 'process',
          file: batch.files[index]!,
          ...(batch.options.ids?.[index] ? { assigned: batch.options.ids[index] } : {}),
        });
      }
    }
    this.idle();
  }

  private idle(): void {
    for (const slot of this.slots) if (slot.inFlight.size === 0) this.unref(slot);
  }

  /** A worker failed: every unfinished batch fails with it and the pool is replaced on next use. */
  private crash(slot: Slot, err: Error): void {
    if (!this.slots.includes(slot)) return;
    if (current === this) current = undefined;
    const slots = this.slots;
    this.slots = [];
    this.fail(err, slots);
    void kill(slots);
  }

  private fail(err: Error, slots: readonly Slot[]): void {
    const batches = this.batches;
    this.batches = [];
    for (const b of batches) b.reject(err);
    for (const s of slots) for (const r of s.inFlight.values()) if ('resolve' in r) r.reject(err);
  }
}

/** Kills the workers' processes and waits until they are gone. */
async function kill(slots: readonly Slot[]): Promise<void> {
  await Promise.all(
    slots.map(async ({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit').catch(() => undefined);
      // an idle worker is unref'd: waiting for its exit must keep this process alive
      child.ref();
      child.kill('SIGKILL');
      await exited;
    }),
  );
}
