// The output folder's manifest (.govgraph-manifest.json): the files a build wrote there. A build
// overwrites only those, so a file govgraph did not write — a scraped page named index.html in a
// folder used as both input and output, someone's notes.csv — stops the build with one line
// instead of being lost (`--force` overrides); and a later build that reads the folder as input
// skips the files listed, so the viewer's index.html never becomes a report.
import fs from 'node:fs';
import path from 'node:path';
import { ExportError } from '../errors.js';
import { tempPathFor } from './temp.js';

export const MANIFEST = '.govgraph-manifest.json';

interface Manifest {
  generator: 'govgraph';
  /** Paths relative to the folder, `/`-separated. */
  files: string[];
}

/** The files the manifest of `dir` lists, or undefined when there is none (or it is not ours). */
export function manifestFiles(dir: string): Set<string> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8'));
  } catch {
    return undefined;
  }
  const m = parsed as Partial<Manifest> | null;
  if (m?.generator !== 'govgraph' || !Array.isArray(m.files)) return undefined;
  return new Set(m.files.filter((f): f is string => typeof f === 'string'));
}

/**
 * An output folder written before manifests existed: its graph.json says govgraph made it. Its
 * outputs are taken as ours once, so upgrading does not stop anyone's next build.
 */
function legacyOutputFolder(dir: string): boolean {
  try {
    const head = fs.readFileSync(path.join(dir, 'graph.json'), 'utf8').slice(0, 4096);
    return /"generator":\s*"govgraph"/.test(head);
  } catch {
    return false;
  }
}

/**
 * Throws an ExportError naming the first of `planned` (paths relative to `dir`) that exists in
 * `dir` and that govgraph did not write; nothing when `force`.
 */
export function checkOutputFolder(dir: string, planned: readonly string[], force = false): void {
  if (force) return;
  const ours = manifestFiles(dir);
  const legacy = !ours && legacyOutputFolder(dir);
  for (const file of planned) {
    if (ours?.has(file) || legacy) continue;
    if (!fs.existsSync(path.join(dir, file))) continue;
    throw new ExportError(
      `${path.join(dir, file)} is in the way: govgraph did not write it (it is not in ${MANIFEST}); ` +
        'choose another output folder, or pass --force to overwrite it',
    );
  }
}

/**
 * Records `files` as what this build wrote (whole or not at all), and removes the files an
 * earlier build wrote that this one did not (a viewer asset whose name changed).
 */
export function writeManifest(dir: string, files: readonly string[]): void {
  const before = manifestFiles(dir) ?? new Set<string>();
  const now = new Set(files);
  const tmp = tempPathFor(path.join(dir, MANIFEST));
  fs.writeFileSync(tmp, JSON.stringify({ generator: 'govgraph', files: [...now].sort() } satisfies Manifest, null, 2));
  fs.renameSync(tmp, path.join(dir, MANIFEST));
  for (const stale of before) {
    if (now.has(stale) || stale.includes('..') || path.isAbsolute(stale)) continue;
    fs.rmSync(path.join(dir, stale), { force: true });
  }
}
