// Writes every output of a build all-or-nothing: render and write each to a temporary file in
// the same folder, and only then rename them all into place, so a failed or interrupted build never
// leaves a half-written or mixed set of outputs.
import { ExportError } from '../errors.js';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyExporter, ExportInput } from './types.js';
import { EXPORTERS } from './registry.js';
import { tempPathFor } from './temp.js';

/** Renders and writes every exporter's file into `dir`; returns the written paths in exporter order. */
export async function writeOutputs(
  dir: string,
  input: ExportInput,
  exporters: readonly AnyExporter[] = EXPORTERS,
): Promise<string[]> {
  const names = exporters.map((e) => e.file);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new ExportError(`govgraph/export: two exporters write ${duplicate}`);

  mkdirSync(dir, { recursive: true });
  // One output at a time, rendered and written to a temporary file in the same folder (so
  // rename() is atomic); the big ones are written piece by piece as they are rendered, so memory
  // holds one piece, not whole outputs. Nothing is renamed into place before every output is
  // complete, so a failure — an exporter that throws, a full disk — leaves the previous outputs
  // intact.
  const planned = exporters.map((e) => ({
    file: e.file,
    path: join(dir, e.file),
    temp: tempPathFor(join(dir, e.file)),
  }));
  // The file operations are synchronous and the event loop gets a turn between outputs: a signal
  // handler that stops the process (src/run/signals.ts) runs between two writes, never while one is
  // in flight on libuv's threads and could create a temporary file after the handler removed them.
  // The exception is a FileExporter (Parquet): DuckDB writes its temporary file on its own thread
  // while this awaits. The guard defers a first signal until writeOutputs settles; a second one
  // removes the temporary files and exits at once (DuckDB's file, already created, goes with them).
  const pending = new Set<string>();
  try {
    for (const [i, p] of planned.entries()) {
      pending.add(p.temp);
      await write(exporters[i]!, input, p.temp);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    for (const p of planned) {
      renameSync(p.temp, p.path);
      pending.delete(p.temp);
    }
  } catch (error) {
    for (const t of pending) rmSync(t, { force: true });
    throw error;
  }
  return planned.map((p) => p.path);
}

/** Writes one exporter's output to `file`, piece by piece when it streams. */
async function write(exporter: AnyExporter, input: ExportInput, file: string): Promise<void> {
  if (exporter.write) {
    try {
      await exporter.write(input, file);
    } catch (error) {
      throw renderError(exporter, error, 'write');
    }
    return;
  }
  if (!exporter.chunks) {
    writeFileSync(
      file,
      rendering(exporter, () => exporter.render(input)),
    );
    return;
  }
  const fd = openSync(file, 'w');
  try {
    const pieces = rendering(exporter, () => exporter.chunks!(input)[Symbol.iterator]());
    for (;;) {
      const next = rendering(exporter, () => pieces.next());
      if (next.done) break;
      writeSync(fd, next.value);
    }
  } finally {
    closeSync(fd);
  }
}

/** Runs an exporter's code; its errors name the file (a disk error is reported as it is). */
function rendering<T>(exporter: AnyExporter, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw renderError(exporter, error);
  }
}

function renderError(exporter: AnyExporter, error: unknown, verb = 'render'): ExportError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ExportError(`govgraph/export: could not ${verb} ${exporter.file}: ${reason}`, { cause: error });
}
