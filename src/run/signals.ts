// What a build does when it is interrupted (Ctrl+C, `kill`, a closed terminal): the previous
// outputs stay as they were, no temporary file is left behind, and the process exits with the
// shell's code for the signal (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP) and one line on
// stderr instead of a stack trace.
//
// writeOutputs (export/write.ts) writes every output into a new set folder and switches it in
// with one rename only when all are written (export/output-set.ts). A signal stops the build at
// once, wherever it is: before the switch, the set written so far is removed and the previous
// outputs stay; the switch itself is one synchronous step that no signal handler can cut.
import { abandonSets, currentSetId, setOwner } from '../export/output-set.js';
import { removeTempFiles } from '../export/temp.js';

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
export type HandledSignal = keyof typeof EXIT_CODES;
export const HANDLED_SIGNALS = Object.keys(EXIT_CODES) as HandledSignal[];

/** The shell's exit code for a process stopped by `signal` (128 + its number). */
export function exitCodeOf(signal: HandledSignal): number {
  return EXIT_CODES[signal];
}

export interface InterruptOptions {
  /** The build's output folder, where writeOutputs writes its new set. */
  outDir: string;
  /** Called first when a signal stops the build (e.g. to stop a progress bar). */
  beforeExit?: () => void;
  /** Where the one-line message goes (stderr by default). */
  log?: (line: string) => void;
  /**
   * How the process ends (process.exit by default; the CLI first kills its extraction workers); tests
   * pass their own.
   */
  exit?: (code: number) => void;
}

export interface InterruptGuard {
  /** Aborted when a signal stops the build: the write checks it before each output and the switch. */
  signal: AbortSignal;
  /** Whether a signal has stopped the build (the process is on its way out). */
  readonly stopped: boolean;
  /** Removes the handlers; the process's default signal behaviour returns. */
  dispose(): void;
}

/** Installs SIGINT/SIGTERM/SIGHUP handlers for the duration of one build. */
export function guardBuild(options: InterruptOptions): InterruptGuard {
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const controller = new AbortController();
  let stopped = false;
  const dir = options.outDir.replace(/(.)[\\/]+$/, '$1');
  const before = currentSetId(options.outDir);

  const onSignal = (signal: HandledSignal) => {
    if (stopped) return;
    stopped = true;
    controller.abort(new Error(`interrupted by ${signal}`));
    try {
      options.beforeExit?.();
    } catch {
      // the message and the exit code matter more than a progress bar
    }
    // the switch is synchronous: when this runs, this build's set is either current or not at all
    const now = currentSetId(options.outDir);
    const switched = now !== before && setOwner(now ?? '') === process.pid;
    abandonSets(options.outDir);
    removeTempFiles(options.outDir);
    log(
      switched
        ? `govgraph: interrupted by ${signal}; the outputs in ${dir}/ had been written in full and were kept`
        : `govgraph: interrupted by ${signal}; no output was written, the previous outputs in ${dir}/ are unchanged`,
    );
    dispose();
    exit(exitCodeOf(signal));
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
    signal: controller.signal,
    get stopped() {
      return stopped;
    },
    dispose,
  };
}
