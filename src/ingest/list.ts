// Files and folders -> the report files under them (.txt, .html, .htm), in a stable order.
// Folders are walked recursively in code-point order; symbolic links are followed, but each real
// folder and file is visited once, so link loops end.
import fs from 'node:fs';
import path from 'node:path';
import type { Warning } from '../types.js';
import { fsReason } from './read.js';
import { fsPath, readdirNames, realPath } from './paths.js';
import { manifestFiles } from '../export/manifest.js';
import { STORE } from '../export/lock.js';

export const REPORT_EXTENSIONS = ['.txt', '.html', '.htm'] as const;

export function isReportName(name: string): boolean {
  const lower = name.toLowerCase();
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

export interface InputFiles {
  files: string[];
  problems: Warning[];
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every report file under `inputs`. A file named on its own is taken whatever its extension
 * (readDoc then tells whether it is text); inside folders only report extensions count. A
 * missing input, a broken link, an unreadable folder, a folder without reports and a folder
 * named like a report file (`x.txt/`) holding none each become a problem.
 */
export function listInputFiles(inputs: readonly string[]): InputFiles {
  const files: string[] = [];
  const problems: Warning[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  const addFile = (file: string, real: string) => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(file);
  };

  const walk = (dir: string, real: string): number => {
    if (seenDirs.has(real)) return 0;
    seenDirs.add(real);
    let names: string[];
    try {
      names = readdirNames(dir).sort(byCodePoint);
    } catch (err) {
      problems.push({ file: dir, reason: fsReason(err) });
      return 0;
    }
    let found = 0;
    // an output folder of govgraph: its own files (the viewer's index.html) are no reports, and
    // neither is anything in its store of output sets
    const outputs = manifestFiles(dir);
    for (const name of names) {
      if (name === STORE) continue;
      if (outputs && [...outputs].some((f) => f === name || f.startsWith(`${name}/`))) continue;
      const full = path.join(dir, name);
      let stat: fs.Stats;
      let realChild: string;
      try {
        stat = fs.statSync(fsPath(full));
        realChild = realPath(full);
      } catch (err) {
        // a dangling link to something that looks like a report is worth a word; other junk is
        // not — but a path too long to open hides whatever is under it, and is said
        const tooLong = (err as NodeJS.ErrnoException).code === 'ENAMETOOLONG';
        if (isReportName(name) || tooLong) problems.push({ file: full, reason: linkReason(full, err) });
        continue;
      }
      if (stat.isDirectory()) {
        const revisit = seenDirs.has(realChild);
        // a link to a folder above it (cycle/up -> ..): read once already, and said so
        if (revisit && (real === realChild || real.startsWith(realChild + path.sep))) {
          problems.push({
            file: full,
            reason: 'symbolic link loop (a link to a folder above it); its reports are read once',
          });
          continue;
        }
        const n = walk(full, realChild);
        found += n;
        if (isReportName(name) && n === 0 && !revisit) {
          problems.push({ file: full, reason: 'is a directory named like a report file, with no reports in it' });
        }
      } else if (stat.isFile() && isReportName(name)) {
        addFile(full, realChild);
        found++;
      }
    }
    return found;
  };

  for (const input of inputs) {
    let stat: fs.Stats;
    let real: string;
    try {
      stat = fs.statSync(fsPath(input));
      real = realPath(input);
    } catch (err) {
      problems.push({ file: input, reason: linkReason(input, err) });
      continue;
    }
    if (stat.isDirectory()) {
      const revisit = seenDirs.has(real);
      if (walk(input, real) === 0 && !revisit) {
        problems.push({ file: input, reason: 'no .txt, .html or .htm files in this folder' });
      }
    } else if (stat.isFile()) {
      addFile(input, real);
    } else {
      problems.push({ file: input, reason: 'not a regular file or folder' });
    }
  }
  return { files, problems };
}

function linkReason(file: string, err: unknown): string {
  // links pointing at each other (a.txt -> b.txt -> a.txt) are a loop, not a dangling link
  if ((err as NodeJS.ErrnoException | undefined)?.code === 'ELOOP') return fsReason(err);
  try {
    if (fs.lstatSync(fsPath(file)).isSymbolicLink()) return 'broken symbolic link';
  } catch {
    // not there at all
  }
  return fsReason(err);
}
