// A stop request that reaches a report in the middle of its work (normalize and extract both check
// it, so it lives beside errors.ts and defaults.ts, not in one stage): a worker thread registers the
// pool's shared flag (run/workers.ts), and extraction checks it before each sentence it segments
// and between recognizers. Set, it throws Stopped, so Ctrl+C stops a build of one huge report
// within a sentence's work instead of at the end of the report.
let flag: Int32Array | undefined;

/** Thrown by throwIfStopped once the flag is raised; never caught as an input problem. */
export class Stopped extends Error {
  override name = 'Stopped';
}

/** Watches `shared` (1 = stop) from now on in this thread. */
export function watchStop(shared: Int32Array): void {
  flag = shared;
}

export function throwIfStopped(): void {
  if (flag && Atomics.load(flag, 0) === 1) throw new Stopped('extraction stopped');
}
