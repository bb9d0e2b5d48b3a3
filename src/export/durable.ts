// A set is on disk before it is switched in. Written files sit in the page cache until the kernel
// writes them back (on Linux up to 30 s later, or when gigabytes are waiting); the rename that
// switches `current` and the removal of the previous set are on disk sooner, in the file system's
// journal. A power cut or a system crash in between would leave `current` naming a set whose files
// are empty or cut short, and the previous set gone. So every file and folder of a set is synced
// (fdatasync, then fsync of the folders that name them) before the switch, and the folders the
// switch changed are synced before the previous set is removed — what databases and git do before
// they call something written.
import fs from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import { ExportError } from '../errors.js';

/**
 * Syncs at once on libuv's threads (four by default; DuckDB's conversions, which also run there,
 * keep the rest).
 */
const SYNCS_AT_ONCE = 2;

/** Codes of a folder that cannot be opened or synced as a file (Windows): its entries are the system's to keep. */
const FOLDER_UNSYNCABLE = new Set(['EISDIR', 'EPERM', 'EACCES', 'EBADF', 'EINVAL', 'ENOTSUP']);

const call = <T>(run: (done: (error: NodeJS.ErrnoException | null, value?: T) => void) => void) =>
  new Promise<T>((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value as T))));

/** Writes file `file`'s data to the disk (fdatasync), off this thread. */
export async function syncFile(file: string): Promise<void> {
  try {
    const fd = await call<number>((done) => fs.open(file, 'r+', done));
    try {
      await call<void>((done) => fs.fdatasync(fd, done));
    } finally {
      await call<void>((done) => fs.close(fd, done));
    }
  } catch (error) {
    throw syncError(file, error);
  }
}

/** Writes folder `dir`'s entries to the disk (fsync), on this thread; where folders cannot be synced, nothing. */
export function syncFolder(dir: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch (error) {
    if (FOLDER_UNSYNCABLE.has((error as NodeJS.ErrnoException).code ?? '')) return;
    throw syncError(dir, error);
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    if (!FOLDER_UNSYNCABLE.has((error as NodeJS.ErrnoException).code ?? '')) throw syncError(dir, error);
  } finally {
    fs.closeSync(fd);
  }
}

/** Syncs `dir` and every folder under it, each after what it holds, on this thread (not their files). */
export function syncFolders(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }))
    if (entry.isDirectory()) syncFolders(path.join(dir, entry.name));
  syncFolder(dir);
}

/**
 * The syncs of one set: each file as soon as it is complete (`file`), so that the disk writes it
 * while the next outputs are made, then what is left of the set (`tree`).
 */
export class SetSync {
  private readonly limit = pLimit(SYNCS_AT_ONCE);
  private readonly begun = new Set<string>();
  private readonly running: Promise<void>[] = [];

  /** Starts syncing complete file `file`; a failure is met by tree(). */
  file(file: string): void {
    if (this.begun.has(file)) return;
    this.begun.add(file);
    const sync = this.limit(() => syncFile(file));
    sync.catch(() => undefined);
    this.running.push(sync);
  }

  /**
   * Syncs every file under `dir` not synced yet (symbolic links are names, not files: their
   * folder's sync keeps them), waits for all, then syncs each folder after what it holds. Rejects
   * with the first file that could not be written (its name and the system's reason: a disk error,
   * a full disk that delayed allocation only meets now).
   */
  async tree(dir: string): Promise<void> {
    const folders: string[] = [];
    const walk = (folder: string) => {
      folders.push(folder);
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.isFile()) this.file(file);
      }
    };
    walk(dir);
    await Promise.all(this.running);
    // the deepest first, each after what it holds
    for (const folder of folders.reverse()) syncFolder(folder);
  }
}

function syncError(file: string, error: unknown): ExportError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ExportError(`govgraph/export: could not write ${file} to the disk: ${reason}`, { cause: error });
}
