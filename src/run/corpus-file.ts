// The cache folder's corpus file: the extractions of many reports in one file. Read one entry at a
// time, 10,000 reports' entries took 3.9-4.1 s of every rebuild on this machine (opening 10,000
// files, two deserializations, a digest and a check each, their shapes looked up by ref); most of
// that is per entry, not per byte. A build that took many reports from single entries or extracted
// them (CONSOLIDATE_AT) writes them all into this file and removes those entries; the next build
// reads the file whole and takes each report it holds from there, and the others from their entries
// as before. The file is never changed in place: it is written again whole, aside and renamed.
//
// Layout: MAGIC, the format (u32), the length of the head (u32), the SHA-256 of everything after
// this header (32 bytes); the head (V8's serialization of the reports' keys, infos and regions, the
// file's shape keys and each report's counts); then, each aligned to four bytes, the sections: each
// report's shapes as numbers into the file's shape keys, its mentions' four columns (shape numbers
// into the report's own shapes, as an entry holds them), its sentences' indices and bounds, and its
// sentences' text as UTF-16. Numbers are little-endian (the file is not used where the machine is not).
//
// Trust: the file is used only if it reads back whole, its digest matches and every number in it is
// in range (what isPackedDoc checks of an entry); otherwise it is ignored with a warning, and its
// reports are extracted again. A report is taken from it only by its cache key, which covers the
// report's bytes, path, id and the extractor.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import type { PackedDoc } from './kept.js';
import type { ShapeIds } from './shape-file.js';

/** The file's name in the cache folder. */
export const CORPUS_FILE = '.govgraph-corpus';

/** Whether this machine reads the file: its numbers are little-endian, as the machine's typed arrays must be. */
export const CORPUS_FILE_READABLE = os.endianness() === 'LE';

const MAGIC = Buffer.from('govgraph-corpus\n', 'latin1');
/** Bump when the layout changes: a file of another format is not read (and written again). */
const FORMAT = 1;
/** Bytes before the head: MAGIC, the format, the head's length, the digest. */
const HEADER = MAGIC.length + 4 + 4 + 32;
/** Counts kept per report in the head: its shapes, mentions, sentences and characters of text. */
const COUNTS = 4;
/**
 * Characters of text decoded into one string at most: V8's strings end at about 2^29 characters,
 * and 10,000 reports have 86 million.
 */
const TEXT_PIECE = 1 << 26;

/** What the file holds of a report besides its columns. */
type Described = Pick<PackedDoc, 'info' | 'region'>;

interface Head {
  keys: string[];
  docs: Described[];
  /** The file's shape keys (resolve/store.ts's shapeKey), each once. */
  shapes: string[];
  /** COUNTS numbers per report. */
  counts: Int32Array;
}

/** A report to write: its cache key and its packed extraction, its shapes given as keys. */
export interface CorpusReport {
  key: string;
  doc: PackedDoc;
}

/** Each section's place in SECTIONS, and the text's after them (CorpusFile's `starts`). */
const SHAPE_LIST = 0;
const MENTION_SHAPE = 1;
const INDEX = 5;
const BOUNDS = 6;
const TEXT = 7;

/** The sections after the head, in order, as the number of 32-bit values each report has in it. */
const SECTIONS: readonly ((c: Int32Array, r: number) => number)[] = [
  (c, r) => c[r * COUNTS]!, // the report's shapes, as numbers into the file's shape keys
  (c, r) => c[r * COUNTS + 1]!, // mentions: shape
  (c, r) => c[r * COUNTS + 1]!, // mentions: sentence
  (c, r) => c[r * COUNTS + 1]!, // mentions: start
  (c, r) => c[r * COUNTS + 1]!, // mentions: end
  (c, r) => c[r * COUNTS + 2]!, // sentences: index
  (c, r) => c[r * COUNTS + 2]! * 4, // sentences: bounds
];

const pad4 = (n: number) => (n + 3) & ~3;

/**
 * Writes `reports` as the corpus file of cache folder `dir`, whole or not at all (aside under this
 * process's name, then renamed); throws when it cannot, leaving nothing aside.
 */
export function writeCorpusFile(dir: string, reports: readonly CorpusReport[]): void {
  const shapeNumber = new Map<string, number>();
  const shapes: string[] = [];
  const counts = new Int32Array(reports.length * COUNTS);
  reports.forEach(({ doc }, r) => {
    counts[r * COUNTS] = doc.shapes.length;
    counts[r * COUNTS + 1] = doc.mentions.shape.length;
    counts[r * COUNTS + 2] = doc.sentences.index.length;
    counts[r * COUNTS + 3] = doc.sentences.text.length;
    for (const key of doc.shapes) if (!shapeNumber.has(key)) shapeNumber.set(key, shapes.push(key) - 1);
  });
  const head = v8.serialize({
    keys: reports.map((r) => r.key),
    docs: reports.map(({ doc }) => ({ info: doc.info, region: doc.region })),
    shapes,
    counts,
  } satisfies Head);
  // a report's values in section `s` (SECTIONS' order)
  const values = ({ doc }: CorpusReport, s: number): ArrayLike<number> => {
    const m = doc.mentions;
    if (s === 0) return doc.shapes.map((key) => shapeNumber.get(key)!);
    return [m.shape, m.sentence, m.start, m.end, doc.sentences.index, doc.sentences.bounds][s - 1]!;
  };
  const file = path.join(dir, CORPUS_FILE);
  const aside = `${file}.${process.pid}.tmp`;
  const hash = crypto.createHash('sha256');
  let fd: number | undefined;
  try {
    fd = fs.openSync(aside, 'w');
    let at = HEADER;
    const put = (bytes: Uint8Array) => {
      fs.writeSync(fd!, bytes, 0, bytes.length, at);
      hash.update(bytes);
      at += bytes.length;
    };
    put(head);
    put(new Uint8Array(pad4(head.length) - head.length));
    SECTIONS.forEach((size, s) => {
      let total = 0;
      for (let r = 0; r < reports.length; r++) total += size(counts, r);
      const section = new Int32Array(total);
      let k = 0;
      for (const report of reports) {
        const v = values(report, s);
        if (v instanceof Int32Array) section.set(v, k);
        else for (let i = 0; i < v.length; i++) section[k + i] = v[i]!;
        k += v.length;
      }
      put(new Uint8Array(section.buffer));
    });
    // the text in pieces of about 8 MB
    let pieces: Buffer[] = [];
    let bytes = 0;
    const flush = () => {
      if (pieces.length > 0) put(Buffer.concat(pieces));
      pieces = [];
      bytes = 0;
    };
    for (const { doc } of reports) {
      const text = Buffer.from(doc.sentences.text, 'utf16le');
      pieces.push(text);
      bytes += text.length;
      if (bytes >= 8 << 20) flush();
    }
    flush();
    const header = Buffer.alloc(HEADER);
    MAGIC.copy(header, 0);
    header.writeUInt32LE(FORMAT, MAGIC.length);
    header.writeUInt32LE(head.length, MAGIC.length + 4);
    hash.digest().copy(header, MAGIC.length + 8);
    fs.writeSync(fd, header, 0, HEADER, 0);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(aside, file);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(aside, { force: true });
    throw error;
  }
}

/** The corpus file of a cache folder, read and checked whole: its reports by key. */
export class CorpusFile {
  /** Each report's number by its key. */
  private readonly numberOf = new Map<string, number>();
  /** Per report, where it starts in each section (SECTIONS, then the text in characters). */
  private readonly starts: Int32Array[];
  private readonly sections: Int32Array[];
  /**
   * The reports' text, decoded in a few long strings (TEXT_PIECE), each report's a slice of one of
   * them: V8 slices a string without copying it, where 10,000 strings of their own were copied by
   * every young-generation collection they lived through (1 s of a build).
   */
  private readonly texts: { first: number; text: string }[] = [];
  /** Per file shape, its id in `table` (-1: not asked yet), for the last table asked. */
  private ids: Int32Array;
  private table: ShapeIds | undefined;

  private constructor(
    private readonly head: Head,
    sections: Int32Array[],
    text: Buffer,
    textPiece: number,
  ) {
    head.keys.forEach((key, r) => this.numberOf.set(key, r));
    this.sections = sections;
    const n = head.keys.length;
    // TEXT's starts count characters
    this.starts = [...SECTIONS, (c: Int32Array, r: number) => c[r * COUNTS + 3]!].map((size) => {
      const starts = new Int32Array(n + 1);
      for (let r = 0; r < n; r++) starts[r + 1] = starts[r]! + size(head.counts, r);
      return starts;
    });
    const chars = this.starts[TEXT]!;
    for (let r = 0; r < n;) {
      let end = r + 1;
      while (end < n && chars[end + 1]! - chars[r]! <= textPiece) end += 1;
      this.texts.push({ first: r, text: text.toString('utf16le', chars[r]! * 2, chars[end]! * 2) });
      r = end;
    }
    this.ids = new Int32Array(head.shapes.length).fill(-1);
  }

  /** Report `r`'s text: a slice of the piece it is in. */
  private textOf(r: number): string {
    let lo = 0;
    let hi = this.texts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.texts[mid]!.first <= r) lo = mid;
      else hi = mid - 1;
    }
    const { first, text } = this.texts[lo]!;
    const chars = this.starts[TEXT]!;
    const at = chars[first]!;
    return text.slice(chars[r]! - at, chars[r + 1]! - at);
  }

  /**
   * The corpus file of `dir`: none when there is none (or it is of another format); a reason when
   * it is there but cannot be trusted (it is then not used). `textPiece`: TEXT_PIECE, for tests.
   */
  static read(dir: string, textPiece = TEXT_PIECE): { file?: CorpusFile; damaged?: string } {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(dir, CORPUS_FILE));
    } catch {
      return {};
    }
    if (!CORPUS_FILE_READABLE) return {};
    if (bytes.length < HEADER || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
      return { damaged: 'not a corpus file' };
    if (bytes.readUInt32LE(MAGIC.length) !== FORMAT) return {};
    const headLength = bytes.readUInt32LE(MAGIC.length + 4);
    const digest = bytes.subarray(MAGIC.length + 8, HEADER);
    if (!crypto.createHash('sha256').update(bytes.subarray(HEADER)).digest().equals(digest))
      return { damaged: 'its contents do not match their digest' };
    try {
      const head = v8.deserialize(bytes.subarray(HEADER, HEADER + headLength)) as Head;
      const file = CorpusFile.of(head, bytes, pad4(HEADER + headLength), textPiece);
      return file ? { file } : { damaged: 'its numbers do not hold together' };
    } catch {
      return { damaged: 'it does not read back' };
    }
  }

  /** The file from its head and sections (at `at` of `bytes`), when everything in it is in range. */
  private static of(head: Head, bytes: Buffer, at: number, textPiece: number): CorpusFile | undefined {
    const { keys, docs, shapes, counts } = head;
    const n = keys?.length;
    if (!Array.isArray(keys) || !Array.isArray(docs) || !Array.isArray(shapes) || !(counts instanceof Int32Array))
      return undefined;
    if (docs.length !== n || counts.length !== n * COUNTS || counts.some((c) => c < 0)) return undefined;
    if (!keys.every((k) => typeof k === 'string') || !shapes.every((s) => typeof s === 'string')) return undefined;
    if (!docs.every((d) => typeof d?.info?.id === 'string' && Array.isArray(d.info.warnings))) return undefined;
    const sections: Int32Array[] = [];
    for (const size of SECTIONS) {
      let total = 0;
      for (let r = 0; r < n; r++) total += size(counts, r);
      if (at + total * 4 > bytes.length) return undefined;
      // copied out, so that the file's bytes (its text decoded) are not kept for the build
      sections.push(int32s(bytes, at, total));
      at += total * 4;
    }
    let chars = 0;
    for (let r = 0; r < n; r++) chars += counts[r * COUNTS + 3]!;
    if (at + chars * 2 !== bytes.length) return undefined;
    const file = new CorpusFile(head, sections, bytes.subarray(at), textPiece);
    return file.holdsTogether() ? file : undefined;
  }

  /** Whether every number is in range: shape numbers, sentence indices ascending, bounds within the text. */
  private holdsTogether(): boolean {
    const { counts, shapes } = this.head;
    const [shapeList, shape, index, bounds] = [SHAPE_LIST, MENTION_SHAPE, INDEX, BOUNDS].map((k) => this.sections[k]!);
    const [mentionsAt, sentencesAt] = [this.starts[MENTION_SHAPE]!, this.starts[INDEX]!];
    for (const s of shapeList!) if (s < 0 || s >= shapes.length) return false;
    for (let r = 0; r < this.head.keys.length; r++) {
      const own = counts[r * COUNTS]!;
      const chars = counts[r * COUNTS + 3]!;
      for (let i = mentionsAt[r]!; i < mentionsAt[r + 1]!; i++) if (shape![i]! < 0 || shape![i]! >= own) return false;
      for (let k = sentencesAt[r]!; k < sentencesAt[r + 1]!; k++) {
        if (k > sentencesAt[r]! && index![k]! <= index![k - 1]!) return false;
        const a = bounds![k * 4]!;
        const b = bounds![k * 4 + 1]!;
        if (a < 0 || b < a || b > chars) return false;
      }
    }
    return true;
  }

  /** How many reports the file holds. */
  get size(): number {
    return this.head.keys.length;
  }

  /** Whether the file holds the report with cache key `key`. */
  has(key: string): boolean {
    return this.numberOf.has(key);
  }

  /** The keys of the reports the file holds. */
  keys(): readonly string[] {
    return this.head.keys;
  }

  /**
   * The report with cache key `key` as its entry would give it (a PackedDoc, its shapes as keys),
   * with their ids in `table` when given; its columns are views into the file's bytes. Undefined
   * when the file does not hold it.
   */
  take(key: string, table?: ShapeIds): PackedDoc | undefined {
    const r = this.numberOf.get(key);
    if (r === undefined) return undefined;
    const part = (s: number) => this.sections[s]!.subarray(this.starts[s]![r]!, this.starts[s]![r + 1]!);
    const own = part(SHAPE_LIST);
    const keys = this.head.shapes;
    const { info, region } = this.head.docs[r]!;
    let shapes: string[] | undefined;
    const doc: PackedDoc = {
      info,
      region,
      // made when asked: a build that keeps the report by `table` never asks (keptOf)
      get shapes() {
        return (shapes ??= Array.from(own, (s) => keys[s]!));
      },
      mentions: {
        shape: part(MENTION_SHAPE),
        sentence: part(MENTION_SHAPE + 1),
        start: part(MENTION_SHAPE + 2),
        end: part(MENTION_SHAPE + 3),
      },
      sentences: { index: part(INDEX), bounds: part(BOUNDS), text: this.textOf(r) },
      // views into the file's sections, which hold nothing else
      ownColumns: true,
    };
    if (!table) return doc;
    if (this.table !== table) {
      this.table = table;
      this.ids.fill(-1);
    }
    const ids = new Int32Array(own.length);
    for (let k = 0; k < own.length; k++) {
      const s = own[k]!;
      if (this.ids[s] === -1) this.ids[s] = table.idOfKey(this.head.shapes[s]!);
      ids[k] = this.ids[s]!;
    }
    doc.shapeIds = { table, ids };
    return doc;
  }
}

/** `count` 32-bit numbers at `at` of `bytes`, copied into an array of their own. */
function int32s(bytes: Buffer, at: number, count: number): Int32Array {
  const copy = new Int32Array(count);
  new Uint8Array(copy.buffer).set(bytes.subarray(at, at + count * 4));
  return copy;
}
