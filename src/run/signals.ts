// What a build does when it is interrupted (Ctrl+C, `kill`, a closed terminal): the previous
// outputs stay as they were, no temporary file is left behind, and the process exits with the
// shell's code for the signal (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP) and one line on
// stderr instead of a stack trace.
//
// writeOutputs (export/write.ts) writes every output to `.<file>.tmp-<pid>` beside it and renames
// them into place only when all are written. A signal that arrives before that write began stops
// the build at once: nothing of it was written. A signal that arrives while the outputs are being
// written waits for the write to finish (it takes milliseconds: the outputs are already rendered),
// so the folder never holds a mix of old and new files; a second signal stops at once.
import fs from 'node:fs';
import path from 'node:path';
import { tempFileOwner } from '../export/temp.js';

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
export type HandledSignal = keyof typeof EXIT_CODES;
export const HANDLED_SIGNALS = Object.keys(EXIT_CODES) as HandledSignal[];

/** The shell's exit code for a process stopped by `signal` (128 + its number). */
export function exitCodeOf(signal: HandledSignal): number {
  return EXIT_CODES[signal];
}

/** Temporary output files in `dir` and its assets/ folder (the viewer's) whose owner `pick` chooses. */
function tempFiles(dir: string, pick: (pid: number) => boolean): string[] {
  const out: string[] = [];
  for (const folder of [dir, path.join(dir, 'assets')]) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const pid = tempFileOwner(name);
      if (pid && pick(pid)) out.push(path.join(folder, name));
    }
  }
  return out;
}

/** The temporary output files of process `pid` in `dir` (export/temp.ts names them). */
export function tempFilesIn(dir: string, pid: number = process.pid): string[] {
  return tempFiles(dir, (owner) => owner === pid);
}

/** Removes this process's temporary output files in `dir`; returns how many were removed. */
export function removeTempFiles(dir: string, pid: number = process.pid): number {
  let removed = 0;
  for (const f of tempFilesIn(dir, pid)) {
    try {
      fs.rmSync(f, { force: true });
      removed += 1;
    } catch {
      // best effort: a file we cannot remove is no reason to keep running after a signal
    }
  }
  return removed;
}

/** Whether a process with this id is running (ours to signal or not). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what killed builds left in `dir` (and its assets/ folder): temporary files of processes
 * that no longer run. A build still running keeps its own. Returns how many were removed.
 */
export function removeStaleTempFiles(dir: string): number {
  const stale = tempFiles(dir, (pid) => pid !== process.pid && !alive(pid));
  for (const f of stale) fs.rmSync(f, { force: true });
  return stale.length;
}

export interface InterruptOptions {
  /** The build's output folder, where writeOutputs puts its temporary files. */
  outDir: string;
  /** Called first when a signal stops the build (e.g. to stop a progress bar). */
  beforeExit?: () => void;
  /** Where the one-line message goes (stderr by default). */
  log?: (line: string) => void;
  /**
   * How the process ends (process.exit by default; the CLI first stops its worker threads); tests
   * pass their own.
   */
  exit?: (code: number) => void;
}

export interface InterruptGuard {
  /**
   * Runs `write` (the step that replaces the outputs) with signals deferred until it settles, so
   * the outputs are either all old or all new. Pending signals are delivered first: a Ctrl+C
   * pressed during the (synchronous) extraction stops the build before anything is written.
   */
  writing<T>(write: () => Promise<T>): Promise<T>;
  /** Removes the handlers; the process's default signal behaviour returns. */
  dispose(): void;
}

/** Installs SIGINT/SIGTERM/SIGHUP handlers for the duration of one build. */
export function guardBuild(options: InterruptOptions): InterruptGuard {
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let inWrite = false;
  let deferred: HandledSignal | null = null;
  let stopped = false;
  const dir = options.outDir.replace(/(.)[\\/]+$/, '$1');

  const stop = (signal: HandledSignal, message: string) => {
    if (stopped) return;
    stopped = true;
    try {
      options.beforeExit?.();
    } catch {
      // the message and the exit code matter more than a progress bar
    }
    removeTempFiles(options.outDir);
    log(message);
    dispose();
    exit(exitCodeOf(signal));
  };

  const onSignal = (signal: HandledSignal) => {
    if (inWrite && deferred === null) {
      // no message yet: the write takes milliseconds, and the line after it says what happened
      deferred = signal;
      return;
    }
    if (inWrite) {
      stop(
        signal,
        `govgraph: stopped by ${signal} while writing ${dir}/; its outputs may mix this build and the previous one`,
      );
      return;
    }
    stop(
      signal,
      `govgraph: interrupted by ${signal}; nothing was written, the previous outputs in ${dir}/ are unchanged`,
    );
  };

  const handlers = HANDLED_SIGNALS.map((signal) => {
    const handler = () => onSignal(signal);
    process.on(signal, handler);
    return [signal, handler] as const;
  });

  function dispose() {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }

  return {
    async writing<T>(write: () => Promise<T>): Promise<T> {
      // Signal callbacks run in the event loop's poll phase and setImmediate callbacks in the
      // check phase after it. The first immediate may still run in the current loop turn (before
      // any poll); the second runs after the next poll, so a signal that arrived during
      // synchronous work has been handled (and stopped the build) by then.
      for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
      // the process is on its way out (exit may first wait for the worker threads): write nothing
      // and report nothing more
      if (stopped) return new Promise<T>(() => {});
      inWrite = true;
      try {
        return await write();
      } finally {
        inWrite = false;
        if (deferred) {
          const signal = deferred;
          stop(
            signal,
            `govgraph: interrupted by ${signal}; the outputs in ${dir}/ had been written in full and were kept`,
          );
        }
      }
    },
    dispose,
  };
}
