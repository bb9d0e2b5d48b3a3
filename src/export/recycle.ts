// The files of the set before the current one, written over by the next build instead of new files.
//
// A rebuild that adds one report to 10,000 writes 3.4 GB of outputs, nearly all of it blocks copied
// from the current set (reuse.ts, copy-thread.ts). On this project's benchmark machine (a sandboxed
// virtual machine) writing into pages a file does not have yet ran at about 2 GB/s for the first
// 2-3 GB and then at 90-170 MB/s (a 4 GB `dd` without O_DIRECT: 91-129 MB/s; with it: 905 MB/s),
// while writing over pages a file already has ran at 7-10 GB/s (3 GB rewritten in place: 0.36 s,
// against 14.9 s for the same 3 GB into a new file). So once a build with the cache has switched in
// its set, the set before it is kept as the spare (output-set.ts) instead of removed, and the next
// build moves each spare file of an output it writes piece by piece into its own set and writes the
// output over it from the first byte, cutting it to its length at the end: every byte up to there
// is written by the build (the blocks of a file are laid end to end), so the file holds exactly the
// output. Elsewhere this spares the file system the allocation of new blocks and the removal of a
// set's files after each build.
//
// The spare is govgraph's own (`.govgraph/spare`): no link names it, and a reader that opened one of
// its files before the build that made it the spare, and reads it still while the next build
// writes, sees its bytes change. A file that is not a plain file with one name (a link, a file
// linked from elsewhere) is never written over: the output goes into a new file.
import fs from 'node:fs';
import path from 'node:path';

/** A file opened for writing an output from its first byte (openOutputFile); endOutputFile cuts a written-over one to its length. */
export interface OutputFile {
  fd: number;
  /** Whether it is a spare file written over (it holds the spare's bytes past what is written). */
  recycled: boolean;
}

/**
 * Opens `file` (relative name `name` in its set) for writing from its first byte: the spare set's
 * file of the same name moved in when `spare` has one that is a plain file with no other name, else
 * a new file.
 */
export function openOutputFile(file: string, name: string, spare: string | undefined): OutputFile {
  if (spare !== undefined) {
    const old = path.join(spare, ...name.split('/'));
    let moved = false;
    let fd: number | undefined;
    try {
      // the entry itself, never what a link names
      const stat = fs.lstatSync(old);
      if (stat.isFile() && stat.nlink === 1) {
        fs.renameSync(old, file);
        moved = true;
        fd = fs.openSync(file, fs.constants.O_RDWR | (fs.constants.O_NOFOLLOW ?? 0));
        const opened = fs.fstatSync(fd);
        if (opened.isFile() && opened.nlink === 1) return { fd, recycled: true };
      }
    } catch {
      // no spare file, or one that cannot be moved or opened: a new file
    }
    // what was moved in and is not written over goes first, so that the new file is a new one
    if (fd !== undefined) fs.closeSync(fd);
    if (moved) fs.rmSync(file, { force: true });
  }
  return { fd: fs.openSync(file, 'w'), recycled: false };
}

/** Ends a file written through `length` bytes: a written-over file loses the spare's bytes after them. */
export function endOutputFile(file: OutputFile, length: number): void {
  if (file.recycled) fs.ftruncateSync(file.fd, length);
}
