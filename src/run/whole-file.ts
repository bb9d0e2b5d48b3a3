// The cache folder's files are written whole or not at all: aside under a name of this process's,
// then renamed into place, so a reader never sees half of one. A build stopped in between leaves
// the aside file, which the next build's prune removes (isAside).
import fs from 'node:fs';

/** Where this process writes `file` before renaming it into place. */
function asideOf(file: string): string {
  return `${file}.${process.pid}.tmp`;
}

/** The name of the file an aside file is written for (`name` without `.<pid>.tmp`), or undefined. */
export function asideFor(name: string): string | undefined {
  return /^(.+)\.\d+\.tmp$/.exec(name)?.[1];
}

/**
 * Writes `data` to `file` whole or not at all (aside, then renamed); throws when it cannot, with
 * nothing left aside.
 */
export function writeWhole(file: string, data: string | NodeJS.ArrayBufferView): void {
  const aside = asideOf(file);
  try {
    fs.writeFileSync(aside, data);
    fs.renameSync(aside, file);
  } catch (error) {
    fs.rmSync(aside, { force: true });
    throw error;
  }
}
