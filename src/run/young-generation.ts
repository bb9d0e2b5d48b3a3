// `govgraph build` runs with a larger young generation than Node's default. The graph, the
// layout and the outputs make millions of objects that live a few milliseconds to a second (an
// edge's attributes being built, the pieces of a rendered output): with V8's default 16 MB
// semi-spaces they outlive two scavenges, are copied into the old generation and die there, where
// only a full collection of the ~700 MB live at 10,000 reports frees them. With 64 MB they die
// young. Measured at 10,000 reports (README, Speed): adding one report to a cached corpus spent
// 7.1 s in V8's collections instead of 11.8 s (291 scavenges instead of 927), with no higher peak.
//
// V8 sizes the young generation once, when the process starts (v8.setFlagsFromString changes
// nothing afterwards), so the command line starts itself again with the flag: this process only
// waits, passes on the signals a build handles, and ends as its child ended. The started build may
// also use half the machine's memory for its heap (oldSpaceFlag), where V8 stops at about 4 GB, and
// no more of V8's helper threads than the machine has cores to spare (poolFlag).
import { spawn } from 'node:child_process';
import os, { constants } from 'node:os';
import v8 from 'node:v8';
import { HANDLED_SIGNALS } from './signals.js';

/** The young generation of a build: 64 MB semi-spaces. */
export const YOUNG_GENERATION_FLAG = '--max-semi-space-size=64';

/** Set in the started process, so that it never starts another. */
const STARTED = 'GOVGRAPH_YOUNG_GENERATION';

/**
 * Node's arguments for a build started again with YOUNG_GENERATION_FLAG (and, unless the user chose
 * their own, oldSpaceFlag's limit for a machine of `memory` bytes and poolFlag's helper threads for
 * one of `cores` cores), or null when this process needs no
 * such start: it was started so, the user chose a semi-space size of their own (on the command line
 * or in NODE_OPTIONS), or GOVGRAPH_YOUNG_GENERATION is set (0: never).
 */
export function youngGenerationArgs(
  execArgv: readonly string[],
  env: NodeJS.ProcessEnv,
  memory = os.totalmem(),
  cores = os.availableParallelism(),
): string[] | null {
  if (env[STARTED] !== undefined) return null;
  const options = (env.NODE_OPTIONS ?? '').split(/\s+/);
  const chosen = (flag: RegExp) => execArgv.some((a) => flag.test(a)) || options.some((a) => flag.test(a));
  if (chosen(/^--max[-_]semi[-_]space[-_]size(=|$)/)) return null;
  const heap = chosen(/^--max[-_]old[-_]space[-_]size(=|$)/) ? undefined : oldSpaceFlag(memory);
  const pool = chosen(/^--v8[-_]pool[-_]size(=|$)/) ? undefined : poolFlag(cores);
  return [...execArgv, YOUNG_GENERATION_FLAG, ...(heap ? [heap] : []), ...(pool ? [pool] : [])];
}

/** The threads Node gives V8 for its background work when not told otherwise. */
const NODE_POOL = 4;

/**
 * The started build's pool of V8 helper threads (parallel scavenges, concurrent marking, background
 * compiling): one fewer than the machine's cores, where Node starts four whatever the machine. A
 * build keeps threads of its own busy beside the main one (the layout's, the copying thread,
 * DuckDB's, the extraction workers); on two cores, four helpers more only take turns with them.
 * Adding one report to 10,000 on this 2-core machine, alternated with four helpers: 18.7 / 19.9 /
 * 18.8 / 18.8 s against 19.8 / 19.1 / 19.0 / 19.2 s through the command line, 18.1 / 19.0 / 19.2 s
 * against 18.8 / 19.4 / 20.0 s through the library, and 0.8 s less CPU (docs/speed.md). None on
 * five cores and more: Node's four are then fewer than the cores.
 */
export function poolFlag(cores: number): string | undefined {
  const pool = Math.max(1, Math.min(NODE_POOL, cores - 1));
  return pool < NODE_POOL ? `--v8-pool-size=${pool}` : undefined;
}

/**
 * The started build's old generation: half the machine's memory when that is more than V8's own
 * limit (about 4 GB wherever a machine has 16 GB or more). A build of 56,000 benchmark reports
 * (0.9 billion characters, the size of every county's reports over twenty years) reached 3.4 GB of
 * heap; a corpus a quarter larger would end in "JavaScript heap out of memory" after a quarter of an
 * hour, on a machine with memory to spare.
 */
export function oldSpaceFlag(memory: number): string | undefined {
  const half = Math.floor(memory / 2 / 2 ** 20);
  return half > v8.getHeapStatistics().heap_size_limit / 2 ** 20 ? `--max-old-space-size=${half}` : undefined;
}

/**
 * Runs this command line again in a child process with YOUNG_GENERATION_FLAG and resolves to its
 * exit code; a child ended by a signal ends this process by the same signal. Resolves to null
 * (the caller runs the command itself) when no new start is needed or the child cannot start.
 */
export function runWithYoungGeneration(): Promise<number | null> {
  const args = youngGenerationArgs(process.execArgv, process.env);
  if (!args) return Promise.resolve(null);
  return new Promise((resolve) => {
    // the channel is how the child knows this process is gone (followParent)
    const child = spawn(process.execPath, [...args, ...process.argv.slice(1)], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, [STARTED]: '1' },
    });
    // Ctrl+C reaches both processes (one process group); a `kill` reaches this one only. The
    // child's guard (run/signals.ts) acts on the first and ignores a second.
    const forward = HANDLED_SIGNALS.map((signal) => {
      const handler = () => child.kill(signal);
      process.on(signal, handler);
      return [signal, handler] as const;
    });
    const stopForwarding = () => {
      for (const [signal, handler] of forward) process.off(signal, handler);
    };
    child.on('error', () => {
      // no child: the build runs here, with Node's default young generation
      stopForwarding();
      resolve(null);
    });
    child.on('exit', (code, signal) => {
      stopForwarding();
      if (!signal) return resolve(code ?? 1);
      process.kill(process.pid, signal);
      // a signal this process ignores (Node ignores SIGPIPE): the shell's code for it instead
      resolve(128 + (constants.signals[signal] ?? 0));
    });
  });
}

/**
 * In the process runWithYoungGeneration started: when the process that started it ends without
 * passing a signal on (SIGKILL, a crash), the build stops as for SIGTERM: the previous outputs
 * stay and nothing is left half-written, as when the build ran in one process.
 */
export function followParent(): void {
  if (process.env[STARTED] === undefined || !process.channel) return;
  // the channel does not keep this process alive; its closing is the parent's end
  process.channel.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
