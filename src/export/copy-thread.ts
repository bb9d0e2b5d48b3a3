// Copying unchanged blocks (reuse.ts) on a thread of its own. A rebuild that adds one report to
// 10,000 copies 2.9 GB of blocks from the previous set into the new one; copied on the main thread
// (read, then write, a megabyte at a time) that was 7-8 s of its time in the kernel, while the
// fingerprints of the next blocks and the blocks that changed waited. Here the writer only says
// where each copied block goes in the new file (every piece is written at its offset, so the order
// in which they land does not matter) and goes on rendering; the thread copies meanwhile, and the
// file is complete once settle() resolves.
import { Worker } from 'node:worker_threads';

/**
 * A copy is sent to the thread once adjacent copies stop adding to it or it reaches this size: the
 * blocks of an unchanged stretch of a file are one copy, and the thread starts on it early.
 */
const MERGE_BYTES = 8 << 20;

/**
 * Copies go to the thread in batches of up to this many (each as five numbers in one transferred
 * array), or once the batch holds MERGE_BYTES: adding one report to 10,000 sent 24,174 copies one
 * message each, 0.3 s of the main thread's time in postMessage.
 */
const BATCH = 256;

interface Copy {
  from: number;
  to: number;
  start: number;
  end: number;
  at: number;
}

/** Copies byte ranges between open files on one worker thread, in the order asked. */
export class CopyThread {
  private readonly worker: Worker;
  private pending: Copy | undefined;
  // the copies not yet sent, five numbers each (from, to, start, end, at), and their bytes
  private batch: number[] = [];
  private batchBytes = 0;
  private readonly waiting = new Map<number, (error: string | undefined) => void>();
  private asked = 0;
  private ended: string | undefined;

  constructor() {
    this.worker = new Worker(THREAD, { eval: true });
    this.worker.on('message', ({ settled, error }: { settled: number; error?: string }) => {
      this.waiting.get(settled)?.(error);
      this.waiting.delete(settled);
    });
    const end = (reason: string) => {
      this.ended ??= reason;
      for (const answer of this.waiting.values()) answer(this.ended);
      this.waiting.clear();
    };
    this.worker.on('error', (error) => end(`the copying thread failed: ${error.message}`));
    this.worker.on('exit', (code) => end(`the copying thread ended (exit code ${code})`));
  }

  /** Copies bytes [start, end) of file `from` to offset `at` of file `to`, beside the caller. */
  copy(from: number, to: number, start: number, end: number, at: number): void {
    const p = this.pending;
    if (p && p.from === from && p.to === to && p.end === start && p.at + (p.end - p.start) === at) {
      p.end = end;
    } else {
      this.send();
      this.pending = { from, to, start, end, at };
    }
    if (this.pending!.end - this.pending!.start >= MERGE_BYTES) this.send();
  }

  /**
   * Resolves once every copy asked so far is done; rejects with the first that failed since the last
   * settle() (the previous file shorter than its index says, a full disk) or when the thread ended.
   * The files must stay open until then.
   */
  settle(): Promise<void> {
    this.send();
    this.post();
    const id = ++this.asked;
    return new Promise<void>((resolve, reject) => {
      const answer = (error: string | undefined) => (error === undefined ? resolve() : reject(new Error(error)));
      if (this.ended !== undefined) return answer(this.ended);
      this.waiting.set(id, answer);
      this.worker.postMessage({ settle: id });
    });
  }

  /** Ends the thread (after settle(): a copy under way is cut short). */
  stop(): Promise<number> {
    return this.worker.terminate();
  }

  /** Adds the pending copy to the batch, and sends the batch once it is full. */
  private send(): void {
    const p = this.pending;
    if (!p) return;
    this.batch.push(p.from, p.to, p.start, p.end, p.at);
    this.batchBytes += p.end - p.start;
    this.pending = undefined;
    if (this.batch.length >= BATCH * 5 || this.batchBytes >= MERGE_BYTES) this.post();
  }

  private post(): void {
    if (this.batch.length === 0) return;
    const copies = Float64Array.from(this.batch);
    if (this.ended === undefined) this.worker.postMessage(copies, [copies.buffer]);
    this.batch = [];
    this.batchBytes = 0;
  }
}

/**
 * Copies bytes [start, end) of open file `from` to offset `at` of open file `to` through `buffer`
 * (128 KB, COPY_BUFFER: read and written while still in the processor's cache; 1 MB copied half as
 * fast); `what` names `from` in the error when it ends early. Self-contained (`fs` is node:fs), for
 * threads' sources (COPY_RANGE).
 */
export function copyRange(
  fs: Pick<typeof import('node:fs'), 'readSync' | 'writeSync'>,
  buffer: Buffer,
  from: number,
  to: number,
  start: number,
  end: number,
  at: number,
  what: string,
): void {
  for (let done = 0; done < end - start;) {
    const n = fs.readSync(from, buffer, 0, Math.min(buffer.length, end - start - done), start + done);
    if (n <= 0) throw new Error(`${what} ended at byte ${start + done}, before ${end}`);
    for (let w = 0; w < n;) w += fs.writeSync(to, buffer, w, n - w, at + done + w);
    done += n;
  }
}

/** The buffer a thread copies through (copyRange). */
export const COPY_BUFFER = 1 << 17;

/**
 * Source for a thread (threads run plain JavaScript): copyRange(from, to, start, end, at, what),
 * the function above with the thread's `fs` (needed in scope) and one buffer.
 */
export const COPY_RANGE = `
const copyBuffer = Buffer.allocUnsafe(${COPY_BUFFER});
const copyRangeWith = ${copyRange.toString()};
const copyRange = (from, to, start, end, at, what) => copyRangeWith(fs, copyBuffer, from, to, start, end, at, what);
`;

/**
 * The thread: each message is a batch of copies (five numbers each: from, to, start, end, at), or a
 * settle marker answered with the first copy that failed since the last one (the copies after a
 * failure are skipped: the file is abandoned).
 */
const THREAD = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
${COPY_RANGE}
let failed;
parentPort.on('message', (m) => {
  if (m.settle !== undefined) {
    parentPort.postMessage({ settled: m.settle, error: failed });
    failed = undefined;
    return;
  }
  for (let k = 0; k < m.length && failed === undefined; k += 5) {
    try {
      copyRange(m[k], m[k + 1], m[k + 2], m[k + 3], m[k + 4], 'the previous file');
    } catch (error) {
      failed = error.message;
    }
  }
});
`;
