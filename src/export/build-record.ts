// The record a set keeps of what its outputs were made from (a fingerprint the caller computes,
// run/unchanged.ts) and of every file it wrote, by size and modification time: a later build of
// the same finds it there and need not run (see that file).
import fs from 'node:fs';
import path from 'node:path';
import { currentSetDir } from './output-set.js';
import { lockedByAnother } from './lock.js';

/** The record of what a set was made from, in the set's folder. */
export const BUILD_RECORD = '.govgraph-build.json';
const FORMAT = 1;

interface BuildRecord {
  format: number;
  fingerprint: string;
  /** Every file of the set, by its name in the output folder: its size and modification time. */
  files: Record<string, { size: number; mtimeMs: number }>;
}

/** Writes the record of set `setDir`, whose files are `names` (written in full), made from `fingerprint`. */
export function recordBuild(setDir: string, names: readonly string[], fingerprint: string): void {
  const files: BuildRecord['files'] = {};
  for (const name of names) {
    const stat = fs.statSync(path.join(setDir, ...name.split('/')));
    files[name] = { size: stat.size, mtimeMs: stat.mtimeMs };
  }
  fs.writeFileSync(
    path.join(setDir, BUILD_RECORD),
    JSON.stringify({ format: FORMAT, fingerprint, files } satisfies BuildRecord),
  );
}

/**
 * Whether the outputs in `outDir` are what a build made from `fingerprint` wrote, every file as
 * it was written (the files `names` a build writes, none missing, none changed), and no other build
 * is writing it.
 */
export function holdsBuild(outDir: string, fingerprint: string, names: readonly string[]): boolean {
  // a build writing the folder now may replace what it holds: the build waits for none (lock.ts)
  if (lockedByAnother(outDir)) return false;
  const set = currentSetDir(outDir);
  if (!set) return false;
  let record: Partial<BuildRecord>;
  try {
    record = JSON.parse(fs.readFileSync(path.join(set, BUILD_RECORD), 'utf8')) as Partial<BuildRecord>;
  } catch {
    return false;
  }
  if (record.format !== FORMAT || record.fingerprint !== fingerprint || typeof record.files !== 'object') return false;
  const files = record.files ?? {};
  if (Object.keys(files).length !== names.length) return false;
  return names.every((name) => {
    const was = files[name];
    try {
      // through the output folder's links, as a reader sees the file
      const stat = fs.statSync(path.join(outDir, ...name.split('/')));
      return was !== undefined && stat.isFile() && stat.size === was.size && stat.mtimeMs === was.mtimeMs;
    } catch {
      return false;
    }
  });
}
