// The output folder as one set. A build writes every output into a fresh folder of its own,
// `.govgraph/sets/<id>/`, and then switches one link, `.govgraph/current`, to it with a single
// rename. The names people open — graph.json, index.html, assets/ … — are links through
// `current` that stay the same from build to build, so a reader, a crash, a kill or a full disk
// meets the previous complete set or the new complete set, never a mix of the two. (This is how
// release folders are switched by deployment tools: one atomic link, not a rename per file.)
//
//   OUT/graph.json -> .govgraph/current/graph.json       one link per top-level name, made once
//   OUT/.govgraph/current -> sets/<id>                     the switch
//   OUT/.govgraph/sets/<id>/graph.json …                   the set itself, written whole first
//
//   OUT/.govgraph/spare/graph.json …                      the set before, kept by a build with the
//                                                         cache for the next to write over (recycle.ts)
//
// Everything else in OUT (a README, the extraction cache) is not govgraph's set and is left alone.
// Sets other than the current one are removed by the build that holds the lock (export/lock.ts):
// what a killed build left is gone after the next build.
import fs from 'node:fs';
import path from 'node:path';
import { ExportError } from '../errors.js';
import { STORE } from './lock.js';
import { tempPathFor } from './temp.js';
import { syncFolder, syncFolders } from './durable.js';

const SETS = 'sets';
const CURRENT = 'current';
const SPARE = 'spare';

/** A set being written: its folder and id. */
export interface OutputSet {
  id: string;
  dir: string;
}

/** The link target of top-level `name`: `.govgraph/current/<name>`. */
function linkTarget(name: string): string {
  return path.join(STORE, CURRENT, name);
}

/** Whether `name` at the top of `outDir` is one of govgraph's links through `current`. */
export function isSetLink(outDir: string, name: string): boolean {
  try {
    return fs.readlinkSync(path.join(outDir, name)) === linkTarget(name);
  } catch {
    return false;
  }
}

/** The id of the current set of `outDir`, or undefined when it has none. */
export function currentSetId(outDir: string): string | undefined {
  try {
    const target = fs.readlinkSync(path.join(outDir, STORE, CURRENT));
    return path.dirname(target) === SETS ? path.basename(target) : undefined;
  } catch {
    return undefined;
  }
}

/** The folder of the current set of `outDir`, or undefined when it has none. */
export function currentSetDir(outDir: string): string | undefined {
  const id = currentSetId(outDir);
  return id === undefined ? undefined : path.join(outDir, STORE, SETS, id);
}

/**
 * The folder of `outDir`'s spare set (the set before the current one, kept for the next build to
 * write its files over: recycle.ts), or undefined when it has none.
 */
export function spareSetDir(outDir: string): string | undefined {
  const dir = path.join(outDir, STORE, SPARE);
  return fs.existsSync(dir) ? dir : undefined;
}

/** The process that wrote set `id` (its id ends in `-<pid>`). */
export function setOwner(id: string): number {
  return Number(/^[a-z0-9]+-(\d+)/.exec(id)?.[1] ?? 0);
}

/** A fresh, empty set folder for this process. */
export function startSet(outDir: string, suffix = ''): OutputSet {
  const id = `${Date.now().toString(36)}-${process.pid}-${(sequence++).toString(36)}${suffix}`;
  const dir = path.join(outDir, STORE, SETS, id);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  fs.mkdirSync(dir); // never an existing folder: a set is written into an empty one
  return { id, dir };
}
let sequence = 0;

/**
 * Removes sets of this process that were never switched in (a failed or interrupted build's). A
 * signal can come while DuckDB, on a thread of its own, is writing a Parquet file into the set
 * (export/write.ts): a file it creates between the removal of the set's files and of its folder
 * would fail that with ENOTEMPTY, so the removal is tried again a few times (~150 ms in all). A set
 * that still cannot be removed is left for the next build, which removes every set but the current.
 */
export function abandonSets(outDir: string, pid: number = process.pid): number {
  const current = currentSetId(outDir);
  let removed = 0;
  for (const id of setIds(outDir)) {
    if (id === current || setOwner(id) !== pid) continue;
    try {
      fs.rmSync(path.join(outDir, STORE, SETS, id), { recursive: true, force: true, maxRetries: 5, retryDelay: 10 });
      removed += 1;
    } catch {
      // left for the next build (removeOtherSets)
    }
  }
  return removed;
}

function setIds(outDir: string): string[] {
  try {
    return fs.readdirSync(path.join(outDir, STORE, SETS));
  } catch {
    return [];
  }
}

/** The distinct top-level names of `files` (relative, `/`-separated): graph.json, assets, … */
export function topLevelNames(files: readonly string[]): string[] {
  return [...new Set(files.map((f) => f.split('/')[0]!))].sort();
}

/**
 * Makes `set` the current set of `outDir`: the top-level links for `files` are made (an entry in
 * their way was checked before the build began; see manifest.ts), `current` is switched to the set
 * in one rename, then links to names the set does not have and every other set are removed — but
 * set `spare`, when given, which becomes the spare set in place of the one before. Only under the
 * folder's lock.
 */
export function switchToSet(
  outDir: string,
  set: OutputSet,
  files: readonly string[],
  previousFiles: readonly string[] = [],
  spare?: string,
): void {
  const names = topLevelNames(files);
  // An output folder written before sets existed holds its outputs as plain files. They become a
  // set of their own first (hard links: the same bytes, no copy), so replacing each by its link
  // shows the same bytes; only then is the new set switched in.
  const plain = topLevelNames([...files, ...previousFiles]).filter(
    (n) => fs.existsSync(path.join(outDir, n)) && !isSetLink(outDir, n),
  );
  if (plain.length > 0 && currentSetId(outDir) === undefined) {
    const previous = startSet(outDir, '-was');
    for (const name of plain) linkTree(path.join(outDir, name), path.join(previous.dir, name));
    syncFolders(previous.dir);
    syncFolder(path.join(outDir, STORE, SETS));
    setCurrent(outDir, previous.id);
    for (const name of plain) linkName(outDir, name);
  }
  const made = names.filter((n) => !isSetLink(outDir, n));
  try {
    for (const name of names) linkName(outDir, name);
    // the set's own entry and the links on the disk before `current` names them (durable.ts)
    syncFolder(path.join(outDir, STORE, SETS));
    if (made.length > 0) syncFolder(outDir);
    setCurrent(outDir, set.id);
  } catch (error) {
    // not switched: the links made for names the current set does not have would dangle
    for (const name of made) {
      if (isSetLink(outDir, name) && !fs.existsSync(path.join(outDir, name))) fs.rmSync(path.join(outDir, name));
    }
    throw error;
  }
  // the switch on the disk before the previous set goes (durable.ts)
  syncFolder(path.join(outDir, STORE));
  // after the switch: links to what the new set does not have, and every other set
  for (const name of fs.readdirSync(outDir)) {
    if (!names.includes(name) && isSetLink(outDir, name)) fs.rmSync(path.join(outDir, name), { force: true });
  }
  // the spare before goes (what the build did not write over of it: its Parquet tables, the
  // viewer's files); set `spare` takes its place
  const spareDir = path.join(outDir, STORE, SPARE);
  fs.rmSync(spareDir, { recursive: true, force: true });
  if (spare !== undefined && spare !== set.id && setIds(outDir).includes(spare))
    fs.renameSync(path.join(outDir, STORE, SETS, spare), spareDir);
  removeOtherSets(outDir);
}

/**
 * Removes every set but the current one and the leftovers of switches (temporary links, folders
 * moved aside). Only under the folder's lock, when no other build can be writing a set. The spare
 * set is not one of them (spareSetDir).
 */
export function removeOtherSets(outDir: string): number {
  const current = currentSetId(outDir);
  let removed = 0;
  for (const id of setIds(outDir)) {
    if (id === current) continue;
    fs.rmSync(path.join(outDir, STORE, SETS, id), { recursive: true, force: true });
    removed += 1;
  }
  let names: string[] = [];
  try {
    names = fs.readdirSync(path.join(outDir, STORE));
  } catch {
    // no store yet
  }
  for (const name of names) {
    if (/\.tmp-\d+$|^aside-/.test(name)) fs.rmSync(path.join(outDir, STORE, name), { recursive: true, force: true });
  }
  return removed;
}

/** Makes a symbolic link; a file system without them (FAT, exFAT, some shares) is said in one line. */
function symlink(target: string, file: string): void {
  try {
    fs.symlinkSync(target, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EINVAL') throw error;
    throw new ExportError(
      `${path.dirname(file)} is on a file system without symbolic links (${code}), which an output set needs: choose an output folder on another disk`,
      { cause: error },
    );
  }
}

/** Points `current` at set `id` in one rename of a new link over the old one. */
function setCurrent(outDir: string, id: string): void {
  const current = path.join(outDir, STORE, CURRENT);
  const temp = tempPathFor(current);
  fs.rmSync(temp, { force: true });
  symlink(path.join(SETS, id), temp);
  fs.renameSync(temp, current);
}

/** Makes top-level `name` a link through `current`, replacing a plain file or folder in one step. */
function linkName(outDir: string, name: string): void {
  if (isSetLink(outDir, name)) return;
  const file = path.join(outDir, name);
  const temp = tempPathFor(file);
  fs.rmSync(temp, { force: true });
  symlink(linkTarget(name), temp);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.lstatSync(file);
  } catch {
    // nothing there yet
  }
  try {
    if (stat?.isDirectory()) {
      // a folder cannot be replaced by a rename: it is moved aside (and removed once the switch
      // is done); for that instant the name is missing, never half old and half new
      fs.renameSync(file, path.join(outDir, STORE, `aside-${process.pid}-${name}`));
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Hard-links (or, across devices, copies) the file or folder tree `from` to `to`. */
function linkTree(from: string, to: string): void {
  const stat = fs.lstatSync(from);
  if (stat.isDirectory()) {
    fs.mkdirSync(to, { recursive: true });
    for (const name of fs.readdirSync(from)) linkTree(path.join(from, name), path.join(to, name));
    return;
  }
  if (!stat.isFile()) return;
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}
