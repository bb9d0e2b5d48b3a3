// What a build keeps of each report's extraction while the others are read, until the graph is
// built: its info and issuing region, its mentions as columns (resolve/store.ts), and the sentences
// that hold a mention packed into one string and a typed array. As objects, 10,000 reports' 3
// million sentences cost ~60 bytes each before their text; packed, 20.
import type { DocResult, SentenceRef } from './process-doc.js';
import { columnsOf, shapeKey, type MentionColumns, type ShapeTable } from '../resolve/store.js';
import type { Mention } from '../extract/index.js';
import type { ShapeIds } from './shape-file.js';

export interface KeptDoc extends Omit<DocResult, 'mentions' | 'sentences'> {
  mentions: MentionColumns;
  sentences: PackedSentences;
  /** Its cache key, when the build has a cache (graph/docs.ts's ReportRef.digest). */
  digest?: string;
}

/**
 * One report's extraction packed: its distinct mention shapes, its mentions as columns of shape
 * numbers (into `shapes`) and places, its sentences packed. It is what a worker sends back and what
 * the cache stores (typed arrays and a few strings: cheap to copy between processes and to read
 * from disk, where 4.6 million mention objects at 10,000 reports were not).
 */
export interface PackedDoc extends Omit<DocResult, 'mentions' | 'sentences'> {
  /** The report's distinct shapes, each as its key (shapeKey): strings cost less to copy than objects. */
  shapes: string[];
  mentions: MentionColumns;
  sentences: SentenceParts;
  /**
   * Each of `shapes`' id in a shape table, when the cache that read the report knew the build's
   * (run/cache.ts): keptOf then takes them instead of looking each key up. Never stored or sent.
   */
  shapeIds?: { table: ShapeIds; ids: Int32Array };
  /**
   * Whether its columns are arrays of their own, not views into bytes that hold more (an entry
   * read back, a worker's message): keptOf then keeps them as they are. Never stored or sent.
   */
  ownColumns?: boolean;
}

/** A report's result packed (see PackedDoc). */
export function packDoc(r: DocResult): PackedDoc {
  // the report's own shapes, numbered by first appearance
  const ids = new Map<string, number>();
  const shapes: string[] = [];
  const mentions = columnsOf(r.mentions, (m) => {
    const key = shapeKey(m);
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = shapes.push(key) - 1));
    return id;
  });
  return { info: r.info, region: r.region, shapes, mentions, sentences: PackedSentences.partsOf(r.sentences) };
}

/** The DocResult a PackedDoc was made of (mentions as objects again). */
export function unpackDoc(p: PackedDoc): DocResult {
  const { shape, sentence, start, end } = p.mentions;
  const shapes = p.shapes.map((k) => JSON.parse(k) as object);
  const mentions = Array.from(
    shape,
    (s, i) => ({ ...shapes[s]!, doc: p.info.id, sentence: sentence[i]!, start: start[i]!, end: end[i]! }) as Mention,
  );
  const sentences: Record<number, SentenceRef> = {};
  const packed = new PackedSentences(p.sentences);
  for (const i of p.sentences.index) sentences[i] = packed.get(i)!;
  return { info: p.info, region: p.region, mentions, sentences };
}

/**
 * What a build keeps of a packed report: its shapes numbered in the corpus's table `shapes`. The
 * columns are copied unless they are the report's own (ownColumns): read back from a cache entry or
 * a worker's message, a typed array is a view into the whole entry's bytes, and would keep them
 * (sentences included) alive for the build.
 */
export function keptOf(p: PackedDoc, shapes: ShapeTable): KeptDoc {
  const global = p.shapeIds?.table === shapes ? p.shapeIds.ids : p.shapes.map((k) => shapes.idOfKey(k));
  const { shape, sentence, start, end } = p.mentions;
  const { text, index, bounds } = p.sentences;
  // a loop, not map(): a callback per mention cost 0.1 s of 4.5 million
  const ids = new Int32Array(shape.length);
  for (let i = 0; i < shape.length; i++) ids[i] = global[shape[i]!]!;
  const own = <A extends Int32Array>(a: A) => (p.ownColumns ? a : a.slice());
  return {
    info: p.info,
    region: p.region,
    mentions: {
      shape: ids,
      sentence: own(sentence),
      start: own(start),
      end: own(end),
    },
    sentences: new PackedSentences({ text, index: own(index), bounds: own(bounds) }),
  };
}

/**
 * The packed report a KeptDoc was kept of (keptOf's inverse): its shapes as keys (`keyOf` a shape
 * id of the table it was kept by), numbered by their first mention, as packDoc numbers them.
 */
export function packedOfKept(k: KeptDoc, keyOf: (id: number) => string): PackedDoc {
  const { shape, sentence, start, end } = k.mentions;
  const own = new Map<number, number>();
  const shapes: string[] = [];
  const local = shape.map((id) => {
    let s = own.get(id);
    if (s === undefined) own.set(id, (s = shapes.push(keyOf(id)) - 1));
    return s;
  });
  return {
    info: k.info,
    region: k.region,
    shapes,
    mentions: { shape: local, sentence, start, end },
    sentences: k.sentences.parts(),
  };
}

/**
 * Whether `p` is a whole PackedDoc: the fields a build reads, columns of one length, shape numbers
 * and sentence bounds in range. A cache entry is checked with it before it is used.
 */
export function isPackedDoc(p: unknown): p is PackedDoc {
  const d = p as PackedDoc | null;
  if (!d || typeof d.info?.id !== 'string' || !Array.isArray(d.info.warnings) || !Array.isArray(d.shapes)) return false;
  if (!d.shapes.every((s) => typeof s === 'string')) return false;
  const m = d.mentions;
  const cols = [m?.shape, m?.sentence, m?.start, m?.end];
  if (!cols.every((c) => c instanceof Int32Array && c.length === m.shape.length)) return false;
  if (!m.shape.every((s) => s >= 0 && s < d.shapes.length)) return false;
  const s = d.sentences;
  if (!(s?.index instanceof Int32Array) || !(s.bounds instanceof Int32Array) || typeof s.text !== 'string')
    return false;
  if (s.bounds.length !== s.index.length * 4) return false;
  for (let k = 0; k < s.index.length; k++) {
    const [a, b] = [s.bounds[k * 4]!, s.bounds[k * 4 + 1]!];
    if (a < 0 || b < a || b > s.text.length || (k > 0 && s.index[k]! <= s.index[k - 1]!)) return false;
  }
  return true;
}

/** PackedSentences' fields, as sent between processes and stored in the cache. */
export interface SentenceParts {
  /** The sentences' indices, ascending. */
  index: Int32Array;
  /** Per sentence, four numbers: its text's start and end in `text`, its start and end in the report. */
  bounds: Int32Array;
  /** Their texts end to end. */
  text: string;
}

/** Some sentences of a report by index: their texts end to end in one string, their offsets in columns. */
export class PackedSentences {
  private readonly text: string;
  private readonly index: Int32Array;
  private readonly bounds: Int32Array;

  constructor(parts: SentenceParts) {
    ({ text: this.text, index: this.index, bounds: this.bounds } = parts);
  }

  /** Sentences by index, packed. */
  static partsOf(sentences: Readonly<Record<number, SentenceRef>>): SentenceParts {
    const indices = Object.keys(sentences)
      .map(Number)
      .sort((a, b) => a - b);
    const bounds = new Int32Array(indices.length * 4);
    const texts: string[] = [];
    let at = 0;
    indices.forEach((i, k) => {
      const s = sentences[i]!;
      bounds.set([at, at + s.text.length, s.start, s.end], k * 4);
      texts.push(s.text);
      at += s.text.length;
    });
    return { index: Int32Array.from(indices), bounds, text: texts.join('') };
  }

  /** The parts the sentences are packed in (not copied). */
  parts(): SentenceParts {
    return { text: this.text, index: this.index, bounds: this.bounds };
  }

  /** Sentence `i`, or undefined when it holds no mention. */
  get(i: number): SentenceRef | undefined {
    let lo = 0;
    let hi = this.index.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.index[mid]!;
      if (at === i) {
        const b = mid * 4;
        return {
          text: this.text.slice(this.bounds[b]!, this.bounds[b + 1]!),
          start: this.bounds[b + 2]!,
          end: this.bounds[b + 3]!,
        };
      }
      if (at < i) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}
