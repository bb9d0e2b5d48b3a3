// The output folder's manifest (.govgraph-manifest.json, a file of the current set): the files a
// build wrote there. A build replaces only those, so a file govgraph did not write — a scraped
// page named index.html in a folder used as both input and output, someone's notes.csv — stops
// the build with one line
// instead of being lost (`--force` overrides); and a later build that reads the folder as input
// skips the files listed, so the viewer's index.html never becomes a report.
import fs from 'node:fs';
import path from 'node:path';
import { ExportError } from '../errors.js';
import { isSetLink, topLevelNames } from './output-set.js';

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

/** Every file under `file` (a folder) as paths relative to `dir`, `/`-separated; [file] for a file. */
function filesAt(dir: string, name: string): string[] {
  const full = path.join(dir, name);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(full, { withFileTypes: true });
  } catch {
    return [name];
  }
  const inside = entries.flatMap((e) => filesAt(dir, `${name}/${e.name}`));
  // an empty folder is in the way as much as a file is
  return inside.length > 0 ? inside : [name];
}

/**
 * Throws an ExportError naming the first top-level name of `planned` (paths relative to `dir`)
 * that is in `dir` and that govgraph did not write; nothing when `force`. govgraph's own entries
 * are its links through the current set (output-set.ts), or, in a folder written before sets,
 * the files its manifest lists (every file, for a folder such as assets/).
 */
export function checkOutputFolder(dir: string, planned: readonly string[], force = false): void {
  if (force) return;
  const ours = manifestFiles(dir);
  const legacy = !ours && legacyOutputFolder(dir);
  for (const name of topLevelNames(planned)) {
    if (isSetLink(dir, name) || legacy) continue;
    let exists = true;
    try {
      fs.lstatSync(path.join(dir, name));
    } catch {
      exists = false;
    }
    if (!exists) continue;
    // A folder the manifest lists files of (the viewer's assets/) is govgraph's whole: a file in it
    // that the manifest does not list is an asset of a build from before manifests, not someone's.
    if (ours && [...ours].some((f) => f.startsWith(`${name}/`))) continue;
    const foreign = filesAt(dir, name).find((f) => !ours?.has(f) && !(ours && f === MANIFEST));
    if (foreign === undefined) continue;
    throw new ExportError(
      `${path.join(dir, foreign)} is in the way: govgraph did not write it (it is not in ${MANIFEST}); ` +
        'choose another output folder, or pass --force to overwrite it',
    );
  }
}

/** Writes the manifest of a set: `files` (relative to the set, `/`-separated) and itself. */
export function writeManifest(setDir: string, files: readonly string[]): string[] {
  const all = [...new Set([...files, MANIFEST])].sort();
  fs.writeFileSync(
    path.join(setDir, MANIFEST),
    JSON.stringify({ generator: 'govgraph', files: all } satisfies Manifest, null, 2),
  );
  return all;
}
