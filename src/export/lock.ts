// One build at a time per output folder: a build holds `.govgraph/lock` (its process id, created
// exclusively) from before it reads a report until its outputs are switched in, so a second build
// into the same folder stops at once with one line instead of interleaving its writes.
//
// Why a process id and not a lock library's heartbeat (proper-lockfile, lockfile): those call a
// lock stale when its file's time was not refreshed for some seconds, but a build's graph, layout
// and exports run synchronously on the main thread for tens of seconds, when no timer can refresh
// anything. A process id is exact on one machine: the lock of a build that was killed (SIGKILL, a
// power cut) is taken over by the next build, because its process no longer runs.
import fs from 'node:fs';
import path from 'node:path';
import { ExportError } from '../errors.js';

/** The folder inside an output folder where govgraph keeps its sets, the current link and the lock. */
export const STORE = '.govgraph';
const LOCK = 'lock';

/** Whether a process with this id is running (ours to signal or not). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether another running build holds the lock of output folder `outDir` (it is being written). */
export function lockedByAnother(outDir: string): boolean {
  const owner = ownerOf(path.join(outDir, STORE, LOCK));
  return owner !== 0 && owner !== process.pid && processAlive(owner);
}

/** Locks this process holds and their release, run when it exits however it exits short of SIGKILL. */
const held = new Map<string, () => void>();
process.on('exit', () => {
  for (const release of [...held.values()]) release();
});

function ownerOf(lock: string): number {
  try {
    return Number(fs.readFileSync(lock, 'utf8').trim()) || 0;
  } catch {
    return 0;
  }
}

function busy(outDir: string, pid: number, lock: string): ExportError {
  const who = pid === process.pid ? 'another build in this process' : `another govgraph build (process ${pid})`;
  return new ExportError(
    `${outDir} is being written by ${who}; wait for it to finish or choose another output folder ` +
      `(if no build is running, remove ${lock})`,
  );
}

/**
 * Takes the lock of `outDir` (creating the folder when needed) or throws an ExportError naming
 * the build that holds it. Returns the function that releases it; releasing also removes the
 * folders the lock created when nothing else was put in them.
 */
export function lockOutputFolder(outDir: string): () => void {
  if (outDir === '') throw new ExportError('the output folder is an empty name: give -o a folder');
  let created: string | undefined;
  try {
    created = fs.mkdirSync(path.join(outDir, STORE), { recursive: true });
  } catch (error) {
    throw new ExportError(`${outDir} cannot be an output folder: ${folderReason(error)}`, { cause: error });
  }
  const lock = path.join(outDir, STORE, LOCK);
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = ownerOf(lock);
    if (owner === process.pid || (owner && processAlive(owner)) || attempt >= 2) throw busy(outDir, owner, lock);
    // The holder no longer runs. Move its lock aside (one rename: of two builds taking over at
    // once, one moves it), then check that what was moved is the dead build's lock and not one a
    // third build took in between; if it is a live one, put it back.
    const aside = `${lock}.stale-${process.pid}`;
    try {
      fs.renameSync(lock, aside);
    } catch {
      continue;
    }
    const moved = ownerOf(aside);
    if (moved && moved !== owner && processAlive(moved)) {
      try {
        fs.linkSync(aside, lock);
      } finally {
        fs.rmSync(aside, { force: true });
      }
      throw busy(outDir, moved, lock);
    }
    fs.rmSync(aside, { force: true });
  }
  const release = () => {
    if (!held.delete(lock)) return;
    fs.rmSync(lock, { force: true });
    // a build that wrote nothing leaves the folder as it found it (rmdir removes empty folders only)
    const madeOut =
      created !== undefined && !path.relative(path.resolve(created), path.resolve(outDir)).startsWith('..');
    for (const dir of [path.join(outDir, STORE), ...(madeOut ? [outDir] : [])]) {
      try {
        fs.rmdirSync(dir);
      } catch {
        break;
      }
    }
  };
  held.set(lock, release);
  return release;
}

/** Why a folder could not be made, in words. */
function folderReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOTDIR':
    case 'EEXIST':
      return 'it, or a folder above it, is a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
