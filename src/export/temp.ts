// The one naming of temporary output files: `.<name>.tmp-<pid>` beside the file they become, so
// a rename puts them in place atomically, a server never lists them (dotfiles), and whoever cleans
// up — the signal handler, the next build — can tell whose they are.
import fs from 'node:fs';
import path from 'node:path';
import { processAlive } from './lock.js';

/** The temporary path `file` is written at by process `pid` before it is renamed into place. */
export function tempPathFor(file: string, pid: number = process.pid): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp-${pid}`);
}

/** The process whose temporary file `name` is, or 0 when it is not one. */
export function tempFileOwner(name: string): number {
  return Number(/^\..+\.tmp-(\d+)$/.exec(name)?.[1] ?? 0);
}

/**
 * Temporary files in `dir` (the top of an output folder, and its assets/ folder when that is a
 * plain folder of an older build) whose owner `pick` chooses.
 */
function tempFiles(dir: string, pick: (pid: number) => boolean): string[] {
  const out: string[] = [];
  for (const folder of [dir, path.join(dir, 'assets')]) {
    let names: string[];
    try {
      if (fs.lstatSync(folder).isSymbolicLink()) continue;
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

/** The temporary files of process `pid` in `dir`. */
export function tempFilesIn(dir: string, pid: number = process.pid): string[] {
  return tempFiles(dir, (owner) => owner === pid);
}

/** Removes this process's temporary files in `dir`; returns how many were removed. */
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

/**
 * Removes what killed builds left in `dir`: temporary files of processes that no longer run. A
 * build still running keeps its own. Returns how many were removed.
 */
export function removeStaleTempFiles(dir: string): number {
  const stale = tempFiles(dir, (pid) => pid !== process.pid && !processAlive(pid));
  for (const f of stale) fs.rmSync(f, { force: true });
  return stale.length;
}
