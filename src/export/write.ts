// Writes every output of a build all-or-nothing: render all, write each to a temporary file in
// the same folder, and only then rename them into place, so a failed or interrupted build never
// leaves a half-written or mixed set of outputs.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Exporter, ExportInput } from './index.js';
import { EXPORTERS } from './registry.js';

/** Renders and writes every exporter's file into `dir`; returns the written paths in exporter order. */
export async function writeOutputs(
  dir: string,
  input: ExportInput,
  exporters: readonly Exporter[] = EXPORTERS,
): Promise<string[]> {
  const names = exporters.map((e) => e.file);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new Error(`govgraph/export: two exporters write ${duplicate}`);

  // Rendering first: an exporter that throws must not cost the user the previous outputs.
  const rendered = exporters.map((e) => ({ file: e.file, data: render(e, input) }));

  await mkdir(dir, { recursive: true });
  // Same folder as the target, so rename() is atomic (never across file systems).
  const planned = rendered.map((r) => ({
    ...r,
    path: join(dir, r.file),
    temp: join(dir, `.${r.file}.tmp-${process.pid}`),
  }));
  const pending = new Set<string>();
  try {
    for (const p of planned) {
      pending.add(p.temp);
      await writeFile(p.temp, p.data);
    }
    for (const p of planned) {
      await rename(p.temp, p.path);
      pending.delete(p.temp);
    }
  } catch (error) {
    await Promise.all([...pending].map((t) => rm(t, { force: true })));
    throw error;
  }
  return planned.map((p) => p.path);
}

function render(exporter: Exporter, input: ExportInput): string | Uint8Array {
  try {
    return exporter.render(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`govgraph/export: could not render ${exporter.file}: ${reason}`, { cause: error });
  }
}
