// The one naming of temporary output files: `.<name>.tmp-<pid>` beside the file they become, so
// a rename puts them in place atomically, a server never lists them (dotfiles), and whoever cleans
// up — the signal handler, the next build — can tell whose they are.
import path from 'node:path';

/** The temporary path `file` is written at by process `pid` before it is renamed into place. */
export function tempPathFor(file: string, pid: number = process.pid): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp-${pid}`);
}

/** The process whose temporary file `name` is, or 0 when it is not one. */
export function tempFileOwner(name: string): number {
  return Number(/^\..+\.tmp-(\d+)$/.exec(name)?.[1] ?? 0);
}
