// Writes every output of a build as one set (output-set.ts): each output is rendered and written
// into a fresh set folder, and only when all are complete is the set switched in with one rename,
// so a failed, interrupted or killed build never leaves a half-written or mixed set of outputs.
import { ExportError } from '../errors.js';
import { closeSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { filesOf, type AnyExporter, type ExportInput } from './types.js';
import { EXPORTERS } from './registry.js';
import { lockOutputFolder } from './lock.js';
import { checkOutputFolder, manifestFiles, MANIFEST, writeManifest } from './manifest.js';
import { currentSetDir, removeOtherSets, spareSetDir, startSet, switchToSet } from './output-set.js';
import { endOutputFile, openOutputFile } from './recycle.js';
import { BlockReuse, type ReuseOptions, type ReuseStats } from './reuse.js';
import { blockPieces, LIST_NOTES, useListNotes, useReportDigests, type Piece } from './blocks.js';
import { removeStaleTempFiles } from './temp.js';
import type { FileLayout, LaidBlock } from './parts.js';
import { collectGarbage } from '../memory.js';
import { recordBuild } from './build-record.js';
import { SetSync } from './durable.js';
import pLimit from 'p-limit';

export interface WriteSetOptions {
  /** Replace entries of the output folder that govgraph did not write (see manifest.ts). */
  force?: boolean;
  /**
   * Stops the write before the next output, and always before the switch (the CLI's signal
   * guard aborts it): the set written so far is removed and the previous one stays.
   */
  signal?: AbortSignal;
  /**
   * Copy the blocks of the big outputs (graph.json, graph-view.json, the GEXF and GraphML files,
   * edges.csv, nodes.csv, mentions.csv, documents.json) that the current set has unchanged,
   * instead of rendering them (export/reuse.ts),
   * and record the new set's blocks for the next build. The files are the same bytes either way.
   */
  reuse?: ReuseOptions & { onStats?: (stats: ReuseStats) => void };
  /**
   * Called as each output starts to be rendered, with how many were before it and how many there
   * are; the wait for the outputs converted beside the others (the Parquet tables) is one last
   * step, `finishing` and their names.
   */
  onOutput?: (file: string, done: number, total: number) => void;
  /**
   * What the outputs are made from (run/unchanged.ts's buildFingerprint): recorded in the set with
   * every file's size and modification time, so that a build of the same finds it there.
   */
  record?: string;
  /**
   * The layout, still running (graph/layout.ts's startLayout): the outputs that show positions
   * (Exporter.positions) are written after the others, once it is done.
   */
  positions?: Promise<void>;
  /** Blocks per part of a table made in parts (parts.ts's PART_BLOCKS; fewer in tests). */
  partBlocks?: number;
}

/**
 * Renders and writes every exporter's files into `dir` as its new output set, under the folder's
 * lock; returns the written paths (through the folder's links) in exporter order.
 */
export async function writeOutputs(
  dir: string,
  input: ExportInput,
  exporters: readonly AnyExporter[] = EXPORTERS,
  options: WriteSetOptions = {},
): Promise<string[]> {
  const release = lockOutputFolder(dir);
  try {
    return await writeOutputSet(dir, input, exporters, options);
  } finally {
    release();
  }
}

/** Every file `exporters` put in an output folder, the set's manifest included. */
export function plannedFiles(exporters: readonly AnyExporter[]): string[] {
  return [...exporters.flatMap(filesOf), MANIFEST];
}

/** writeOutputs for a caller that holds the folder's lock already. */
export async function writeOutputSet(
  dir: string,
  input: ExportInput,
  exporters: readonly AnyExporter[],
  options: WriteSetOptions = {},
): Promise<string[]> {
  const set = openOutputSet(dir, exporters, options);
  try {
    await set.write(input);
  } catch (error) {
    await set.abandon();
    throw error;
  }
  return set.finish();
}

/**
 * A new output set being written (openOutputSet): its outputs are written by one or more calls of
 * write(), then finish() switches it in, or abandon() removes it.
 */
export interface OutputSetWriter {
  /**
   * Writes the outputs that `only` selects (all by default) and that no call before wrote, in the
   * set's order, with `input`. A build (run/pipeline.ts) writes the outputs that need no edge
   * (AnyExporter.nodesOnly) while the graph's edges are made, and the rest after.
   */
  write(input: ExportInput, only?: (exporter: AnyExporter) => boolean): Promise<void>;
  /**
   * Resolves once the conversion of each file written so far runs off this thread (DuckDB's COPY
   * issued; FileExporter.write's `started`) or has ended: a caller about to keep this thread busy
   * for seconds lets them start first, since each step before that needs a turn of its event loop.
   */
  started(): Promise<void>;
  /** Waits for the copies and conversions still running, then switches the set in; the written paths in exporter order. Abandons the set if it fails. */
  finish(): Promise<string[]>;
  /** Removes the set once its copies and conversions are done; the previous outputs stay. */
  abandon(): Promise<void>;
}

/**
 * Starts a new output set in `dir` for `exporters`, under the caller's lock of the folder: checks
 * the folder, removes what killed builds left, and opens the previous set for its blocks.
 */
export function openOutputSet(
  dir: string,
  exporters: readonly AnyExporter[],
  options: WriteSetOptions = {},
): OutputSetWriter {
  const files = exporters.map(filesOf);
  const names = files.flat();
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new ExportError(`govgraph/export: two exporters write ${duplicate}`);
  checkOutputFolder(dir, plannedFiles(exporters), options.force);
  const previous = [...(manifestFiles(dir) ?? [])];
  const current = currentSetDir(dir);
  const reuse = options.reuse ? new BlockReuse(current, options.reuse) : undefined;
  // with the cache, the set this one replaces is kept for the next build to write over (recycle.ts)
  const previousSet = reuse && current ? basename(current) : undefined;
  // what killed builds left: sets never switched in, temporary links
  removeOtherSets(dir);
  removeStaleTempFiles(dir);
  const set = startSet(dir);
  const spare = spareSetDir(dir);
  // One output at a time, written into the set; the big ones piece by piece as they are rendered,
  // so memory holds one piece, not whole outputs. The event loop gets a turn between outputs and
  // every few milliseconds while a big one renders (turn()): a signal stops the build there.
  // An output that reads another's file (FileExporter.after) is written beside the outputs that
  // follow that file, starting once that file is complete. The order: the outputs rendered whole
  // and read by none (documents.csv, summary.md, …), then the files that others read, so that their
  // conversion (DuckDB's, on its own thread; mentions.parquet's holds ~300 MB at 10,000 reports)
  // runs beside the outputs written piece by piece, not beside a whole text in memory (the one
  // whose conversion is longest first, FileExporter.first: adding one report to 10,000 took 25.6 s
  // on average instead of 27.5 s, which waited for mentions.parquet at the end); the outputs
  // that show positions after all others when the layout still runs (`positions`), and before
  // those written piece by piece that are still to come once it is done (`laidOut`: their
  // unchanged blocks, most of what the copying thread places, are then queued sooner); last the
  // outputs that write their own file. What DuckDB writes (those conversions, those outputs) runs
  // DUCKDB_AT_ONCE at a time: at 10,000 reports mentions.parquet's conversion (8 s of a thread)
  // ends after the last output is rendered, and nodes.parquet's and documents.parquet's, which
  // waited for it with one core idle, now run beside it.
  const background = new Set(exporters.filter((e) => e.write && e.after !== undefined && names.includes(e.after)));
  const read = new Set([...background].map((e) => e.after!));
  const readFirst = new Set([...background].filter((e) => e.first).map((e) => e.after!));
  const feeds = (i: number) => files[i]!.some((f) => read.has(f));
  const all = [...exporters.keys()];
  const shows = (i: number) => options.positions !== undefined && exporters[i]!.positions === true;
  const waits = (i: number) => exporters[i]!.write !== undefined && !feeds(i);
  const whole = (i: number) => exporters[i]!.chunks === undefined;
  // an output's place in that order; within a place, the exporters' order
  const rank = (i: number): number => {
    if (waits(i)) return 6;
    if (shows(i)) return feeds(i) ? 4 : 5;
    if (feeds(i)) return files[i]!.some((f) => readFirst.has(f)) ? 1 : 2;
    return whole(i) ? 0 : 3;
  };
  const order = [...all].sort((a, b) => rank(a) - rank(b) || a - b);
  const written = new Set<number>();
  let laidOut = false;
  options.positions?.then(
    () => (laidOut = true),
    () => undefined,
  );
  // the next output of `chosen` in that order, an output that shows positions first once they are set
  const nextOutput = (chosen: (i: number) => boolean): number | undefined => {
    const left = order.filter(chosen);
    const placed = laidOut ? left.find((i) => shows(i) && rank(i) < 6) : undefined;
    return placed !== undefined && rank(left[0]!) === 3 ? placed : left[0];
  };
  const duckdb = pLimit(DUCKDB_AT_ONCE);
  // what DuckDB writes, each settled (a failure kept in `failed`) once its file is written
  const converting: Promise<void>[] = [];
  // for each conversion of a file written here, whether it runs off this thread yet (started())
  const begun: Promise<void>[] = [];
  let failed: { error: unknown } | undefined;
  const convert = (work: () => Promise<unknown>): Promise<void> =>
    duckdb(() => (failed ? undefined : work())).then(
      () => undefined,
      (error: unknown) => {
        failed ??= { error };
      },
    );
  // the outputs whose unchanged blocks the copying thread is still placing (copy-thread.ts): the
  // next output is rendered meanwhile; each is complete (closed, recorded) when its promise is
  const copying: Promise<void>[] = [];
  const track = (complete: Promise<void>) => {
    const tracked = complete.catch((error: unknown) => {
      failed ??= { error };
    });
    copying.push(tracked);
    return tracked;
  };
  // each output is synced to the disk once complete, while the next ones are made; the rest of the
  // set before the switch (durable.ts)
  const syncs = new SetSync();
  const syncWhenComplete = (complete: Promise<void>, written: readonly string[]) =>
    complete.then(
      () => {
        if (!failed) for (const file of written) syncs.file(join(set.dir, ...file.split('/')));
      },
      () => undefined,
    );
  // the outputs rendered here, and then the wait for the last conversions beside them
  const shown = order.length - background.size + (background.size > 0 ? 1 : 0);
  let announced = 0;
  let ended = false;
  const end = async () => {
    if (ended) return;
    ended = true;
    useListNotes(undefined);
    await reuse?.close();
  };

  const write = async (input: ExportInput, only: (exporter: AnyExporter) => boolean = () => true) => {
    useReportDigests(input.graph, input.digests);
    useListNotes(reuse?.notes(LIST_NOTES));
    const chosen = (i: number) => !written.has(i) && !background.has(exporters[i]!) && only(exporters[i]!);
    for (let i = nextOutput(chosen); i !== undefined; i = nextOutput(chosen)) {
      const exporter = exporters[i]!;
      options.signal?.throwIfAborted();
      if (failed) throw failed.error;
      written.add(i);
      if (shows(i)) await settled(options.positions!, options.signal);
      options.onOutput?.(nameOf(exporter), announced++, shown);
      // (no full collection first: at 10,000 reports one there took 1.1 s and gave back 34 MB of
      // V8's 938, which holds on to the pages it has)
      // where the named blocks of the file are, for the table read from it in parts (parts.ts)
      let source: FileLayout | undefined;
      let complete: Promise<void>;
      if (exporter.write) complete = convert(() => writeOne(exporter, input, set.dir, files[i]!));
      else {
        const written = await writeOne(exporter, input, set.dir, files[i]!, { reuse, spare });
        source = written.layout;
        complete = track(written.complete);
      }
      if (exporter.write) converting.push(complete);
      syncWhenComplete(complete, files[i]!);
      for (const next of background) {
        if (!files[i]!.includes(next.after!)) continue;
        // a conversion reads the input its file was written with: it must be chosen for it too
        if (!only(next))
          throw new ExportError(
            `govgraph/export: ${nameOf(next)} reads ${next.after}, but not with the input it is written with`,
          );
        // a conversion waits for its file, then for its turn
        let start!: () => void;
        begun.push(new Promise<void>((resolve) => (start = resolve)));
        const converted = complete
          .then(() =>
            convert(
              async () =>
                (
                  await writeOne(next, input, set.dir, filesOf(next), {
                    started: start,
                    reuse,
                    source,
                    partBlocks: options.partBlocks,
                  })
                ).complete,
            ),
          )
          .finally(start);
        converting.push(converted);
        syncWhenComplete(converted, filesOf(next));
      }
      // one output's garbage is gone before the next one makes its own (src/memory.ts)
      collectGarbage();
      await nextTurn();
    }
  };

  const abandon = async () => {
    if (ended) return;
    // an output still being written or copied into is let finish before its folder goes
    await Promise.all([...copying, ...converting]);
    rmSync(set.dir, { recursive: true, force: true });
    await end();
  };

  const finish = async () => {
    try {
      const left = order.filter((i) => !written.has(i) && !background.has(exporters[i]!));
      if (left.length > 0)
        throw new Error(`govgraph/export: ${left.map((i) => nameOf(exporters[i]!)).join(', ')} not written`);
      if (background.size > 0)
        options.onOutput?.(`finishing ${[...background].map(nameOf).join(', ')}`, announced++, shown);
      await Promise.all([...copying, ...converting]);
      if (failed) throw failed.error;
      options.signal?.throwIfAborted();
      reuse?.save(set.dir);
      if (options.record) recordBuild(set.dir, names, options.record);
      const listed = writeManifest(set.dir, names);
      // every file of the set on the disk before the switch can be (durable.ts)
      await syncs.tree(set.dir);
      options.signal?.throwIfAborted();
      // from here on everything is synchronous: no signal handler runs until the switch is done.
      // What appeared in the folder while the outputs were written is checked again.
      checkOutputFolder(dir, plannedFiles(exporters), options.force);
      switchToSet(dir, set, listed, previous, previousSet);
    } catch (error) {
      await abandon();
      throw error;
    }
    await end();
    if (reuse) options.reuse?.onStats?.(reuse.stats);
    return names.map((f) => join(dir, ...f.split('/')));
  };

  const started = async () => {
    await Promise.all(begun);
  };

  return { write, started, finish, abandon };
}

/** DuckDB's writes at once: each runs on one thread of its own (parquet.ts), one per core here. */
const DUCKDB_AT_ONCE = 2;

/**
 * Characters of rendered pieces gathered before one write (64–192 KB of UTF-8): few system calls,
 * and pieces that die young. At a megabyte a write, the pieces waiting lived long enough to reach
 * the old generation, and mentions.csv at 10,000 reports (1.5 GB) left 1 GB of garbage there.
 */
const WRITE_CHARS = 1 << 16;

/** A file written, complete when `complete` resolves (see write()). */
interface Written {
  complete: Promise<void>;
  /** Where the file's named blocks are, when it is written in them (FileLayout). */
  layout?: FileLayout;
}
const DONE: Written = { complete: Promise.resolve() };

/**
 * Writes one exporter's files into set folder `setDir`, piece by piece when it streams; with
 * `reuse`, a block the previous set has is copied from its file (see export/reuse.ts). Resolves
 * once everything is rendered; `complete` resolves when the file is complete: the copies of its
 * unchanged blocks done, the file closed and its blocks recorded (it rejects when a copy failed).
 * `started` goes to a FileExporter's write().
 */
async function writeOne(
  exporter: AnyExporter,
  input: ExportInput,
  setDir: string,
  files: string[],
  {
    reuse,
    started,
    source,
    partBlocks,
    spare,
  }: { reuse?: BlockReuse; started?: () => void; source?: FileLayout; partBlocks?: number; spare?: string } = {},
): Promise<Written> {
  if (exporter.writeInto) {
    rendering(exporter, () => exporter.writeInto!(setDir), 'write');
    return DONE;
  }
  const file = join(setDir, files[0]!);
  if (exporter.write) {
    try {
      await exporter.write(input, file, {
        ...(started ? { started } : {}),
        ...(reuse ? { notes: reuse.notes(files[0]!), parts: reuse.parts(files[0]!) } : {}),
        ...(source ? { source } : {}),
        ...(partBlocks !== undefined ? { partBlocks } : {}),
      });
    } catch (error) {
      throw renderError(exporter, error, 'write');
    }
    return DONE;
  }
  if (!exporter.chunks) {
    writeFileSync(
      file,
      rendering(exporter, () => exporter.render(input)),
    );
    return DONE;
  }
  // written over the spare set's file of the same name when there is one (recycle.ts)
  const out = openOutputFile(file, files[0]!, spare);
  const fd = out.fd;
  const previous = reuse?.open(files[0]!);
  // where each block is in the new file: [fingerprint, start, end) in bytes
  const blocks: [string, number, number][] = [];
  // its named blocks where they are; a FileLayout while the file is text, then named blocks only
  const named: LaidBlock[] = [];
  let laidOut = true;
  const lay = (piece: Piece, start: number, fingerprint?: string) => {
    if (typeof piece !== 'string' && piece.name !== undefined)
      named.push({ name: piece.name, start, end: position, ...(fingerprint ? { fingerprint } : {}) });
    else if (typeof piece !== 'string' || named.length > 0) laidOut = false;
  };
  // every piece is written at its offset: a copied block is placed by the copying thread while
  // the pieces after it are rendered and written here (copy-thread.ts)
  let position = 0;
  const copies = previous ? reuse!.copies() : undefined;
  let copying = false;
  try {
    const pieces = rendering(exporter, () => exporter.chunks!(input)[Symbol.iterator]());
    // pieces are small (a node, an edge): they are joined into about a megabyte per write, one
    // system call where there were thousands
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      if (pending.length === 0) return;
      position += writeSync(fd, pending.join(''), position);
      pending = [];
      size = 0;
    };
    for (;;) {
      const next = rendering(exporter, () => pieces.next());
      if (next.done) break;
      const piece = next.value;
      if (typeof piece !== 'string' && reuse) {
        flush();
        const fingerprint = rendering(exporter, () => piece.fingerprint());
        const start = position;
        const range = previous?.ranges.get(fingerprint);
        if (previous && range) {
          copies!.copy(previous.fd, fd, range[0], range[1], position);
          copying = true;
          position += range[1] - range[0];
          reuse.stats.copied += 1;
          reuse.stats.copiedBytes += position - start;
        } else {
          // written piece by piece, with turns between them (Block.pieces)
          for (const part of textOf(exporter, piece)) {
            position += writeSync(fd, part, position);
            await turn();
          }
          reuse.stats.rendered += 1;
          reuse.stats.renderedBytes += position - start;
        }
        blocks.push([fingerprint, start, position]);
        lay(piece, start, fingerprint);
        await turn();
        continue;
      }
      // a named block is written by itself, so that where it is is known
      const placed = laidOut && typeof piece !== 'string' && piece.name !== undefined;
      if (placed) flush();
      const start = position;
      // a block's text, without reuse, piece by piece like the rest (Block.pieces)
      for (const part of textOf(exporter, piece)) {
        pending.push(part);
        size += part.length;
        if (size >= WRITE_CHARS) {
          flush();
          await turn();
        }
      }
      if (placed) flush();
      lay(piece, start);
    }
    flush();
  } catch (error) {
    // no copy may still use the files when they are closed (their numbers are reused)
    if (copying) await copies!.settle().catch(() => undefined);
    close();
    throw error;
  }
  const complete = () => {
    close();
    if (reuse && blocks.length > 0) reuse.record(files[0]!, file, blocks);
  };
  const laid = laidOut && named.length > 0 ? { layout: { head: named[0]!.start, blocks: named } } : {};
  if (!copying) {
    complete();
    return { ...DONE, ...laid };
  }
  // the next output is rendered while the thread copies; the files stay open until it is done
  return {
    ...laid,
    complete: copies!.settle().then(complete, (error: unknown) => {
      close();
      throw renderError(exporter, error, 'copy the unchanged blocks of');
    }),
  };

  function close() {
    try {
      endOutputFile(out, position);
    } finally {
      closeSync(fd);
      if (previous) closeSync(previous.fd);
    }
  }
}

/**
 * Gives the event loop a turn when TURN_MS have passed since the last one (one clock read
 * otherwise), so that while a big output renders, the outputs written beside it (their work is
 * DuckDB's, and each of its steps waits for a turn to start the next) go on, and a signal stops
 * the build within that time rather than at the end of the output. There too the output's garbage
 * is collected once it passes GROWTH (src/memory.ts), when V8 has let it pile up.
 */
let turnAt = 0;
const TURN_MS = 20;
async function turn(): Promise<void> {
  if (performance.now() < turnAt) return;
  collectGarbage();
  await nextTurn();
  turnAt = performance.now() + TURN_MS;
}

/** A piece's text in parts (a block's Block.pieces), each made by the exporter's code as it is asked for. */
function* textOf(exporter: AnyExporter, piece: Piece): Generator<string> {
  if (typeof piece === 'string') {
    yield piece;
    return;
  }
  const parts = rendering(exporter, () => blockPieces(piece)[Symbol.iterator]());
  for (;;) {
    const part = rendering(exporter, () => parts.next());
    if (part.done) return;
    yield part.value;
  }
}

/** `promise`, or the signal's reason as soon as it aborts. */
function settled(promise: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<void>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** Runs an exporter's code; its errors name the file (a disk error is reported as it is). */
function rendering<T>(exporter: AnyExporter, run: () => T, verb = 'render'): T {
  try {
    return run();
  } catch (error) {
    throw renderError(exporter, error, verb);
  }
}

function renderError(exporter: AnyExporter, error: unknown, verb = 'render'): ExportError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ExportError(`govgraph/export: could not ${verb} ${nameOf(exporter)}: ${reason}`, { cause: error });
}

/** An output's name for messages: its file, or what its description begins with (the viewer). */
function nameOf(exporter: AnyExporter): string {
  return exporter.file ?? exporter.description.split(':')[0]!;
}
