// The mentions of a whole corpus, held as columns. A report's mentions repeat each other and the
// other reports': the same programme, named the same way, in the same phase. So a mention is kept
// as its shape (every field but where it stands), stored once for the corpus, and its place (report,
// sentence, offsets) in typed arrays: about 20 bytes a mention instead of ~150 for an object. At
// 10,000 reports (4.6 million mentions) the objects took 700 MB of the build's 2.5 GB peak.
//
// A mention is made back into an ordinary Mention object when a stage asks for it (get()), one at a
// time: what a stage holds is an entity's mention ids (MentionList), never the objects.
import type { Mention } from '../extract/index.js';
import type { Phase } from '../types.js';
import { compare } from '../text/compare.js';

type Placed = 'doc' | 'sentence' | 'start' | 'end';
/** A mention without its place: what mentions of the same name in the same phase share. */
export type MentionShape = Mention extends infer M ? (M extends Mention ? Omit<M, Placed> : never) : never;

/** A shape's key: the mention without its place, as JSON (its fields in the mention's order). */
export function shapeKey(m: Mention | MentionShape): string {
  const { doc: _d, sentence: _s, start: _a, end: _b, ...shape } = m as Mention;
  return JSON.stringify(shape);
}

/** One report's mentions: each one's shape id and place, in the report's order. */
export interface MentionColumns {
  shape: Int32Array;
  sentence: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

/** Mentions as columns: each one's shape number (given by `shapeId`) and place, in their order. */
export function columnsOf(mentions: readonly Mention[], shapeId: (m: Mention) => number): MentionColumns {
  const n = mentions.length;
  const cols: MentionColumns = {
    shape: new Int32Array(n),
    sentence: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
  };
  mentions.forEach((m, i) => {
    cols.shape[i] = shapeId(m);
    cols.sentence[i] = m.sentence;
    cols.start[i] = m.start;
    cols.end[i] = m.end;
  });
  return cols;
}

/** The corpus's distinct shapes, with their strings and string lists shared. */
export class ShapeTable {
  readonly shapes: MentionShape[] = [];
  private readonly ids = new Map<string, number>();
  /** Each shape's key (shapeKey), by id. */
  private readonly keys: string[] = [];
  private readonly strings = new Map<string, string>();

  /** The id of a mention's shape, added when new. */
  idOf(m: Mention | MentionShape): number {
    return this.idOfKey(shapeKey(m));
  }

  /** The id of the shape whose key (shapeKey) is `key`, added when new. */
  idOfKey(key: string): number {
    const seen = this.ids.get(key);
    if (seen !== undefined) return seen;
    const shape = JSON.parse(key) as Record<string, unknown>;
    const shared: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(shape))
      shared[k] =
        typeof v === 'string'
          ? this.string(v)
          : Array.isArray(v)
            ? Object.freeze(v.map((s: string) => this.string(s)))
            : v;
    this.shapes.push(shared as unknown as MentionShape);
    this.keys.push(key);
    this.ids.set(key, this.shapes.length - 1);
    return this.shapes.length - 1;
  }

  /** The key (shapeKey) of the shape with id `id`. */
  keyOf(id: number): string {
    const key = this.keys[id];
    if (key === undefined) throw new RangeError(`no shape ${id} in this table`);
    return key;
  }

  private string(s: string): string {
    const seen = this.strings.get(s);
    if (seen !== undefined) return seen;
    this.strings.set(s, s);
    return s;
  }

  /** A report's mentions as columns (all of them must be of that report). */
  columns(mentions: readonly Mention[]): MentionColumns {
    return columnsOf(mentions, (m) => this.idOf(m));
  }
}

/** Every mention of a corpus, numbered in report order (reports in the order they were added). */
export class MentionStore {
  readonly length: number;
  private readonly docs: string[] = [];
  private readonly docOf_: Int32Array;
  private readonly shape: Int32Array;
  private readonly sentence: Int32Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  /** Each report's runs of mentions, [start, end) in mention ids, by report number. */
  private readonly runs: [number, number][][] = [];
  /**
   * Whether each report's mentions come in one run (as a build's store holds them): report numbers
   * then never go down from one mention to the next.
   */
  readonly together: boolean;
  /** Whether the store numbers its reports in id order (compare()), as a build's store does. */
  readonly inIdOrder: boolean;

  constructor(
    readonly shapes: ShapeTable,
    reports: readonly { id: string; mentions: MentionColumns }[],
  ) {
    this.length = reports.reduce((n, r) => n + r.mentions.shape.length, 0);
    this.docOf_ = new Int32Array(this.length);
    this.shape = new Int32Array(this.length);
    this.sentence = new Int32Array(this.length);
    this.start = new Int32Array(this.length);
    this.end = new Int32Array(this.length);
    const docIndex = new Map<string, number>();
    let at = 0;
    for (const r of reports) {
      const cols = r.mentions;
      // one number per report id, however many runs of mentions it comes in
      let doc = docIndex.get(r.id);
      if (doc === undefined) docIndex.set(r.id, (doc = this.docs.push(r.id) - 1));
      this.docOf_.fill(doc, at, at + cols.shape.length);
      if (cols.shape.length > 0) (this.runs[doc] ??= []).push([at, at + cols.shape.length]);
      this.shape.set(cols.shape, at);
      this.sentence.set(cols.sentence, at);
      this.start.set(cols.start, at);
      this.end.set(cols.end, at);
      at += cols.shape.length;
    }
    this.together = this.runs.every((runs) => runs.length <= 1);
    this.inIdOrder = this.docs.every((id, d) => d === 0 || compare(this.docs[d - 1]!, id) < 0);
  }

  /** A store of mentions given as objects, in their order. */
  static of(mentions: readonly Mention[]): MentionStore {
    const shapes = new ShapeTable();
    // one entry per run of mentions of the same report
    const runs: { id: string; list: Mention[] }[] = [];
    for (const m of mentions) {
      const last = runs[runs.length - 1];
      if (last?.id === m.doc) last.list.push(m);
      else runs.push({ id: m.doc, list: [m] });
    }
    return new MentionStore(
      shapes,
      runs.map(({ id, list }) => ({ id, mentions: shapes.columns(list) })),
    );
  }

  shapeOf(i: number): MentionShape {
    return this.shapes.shapes[this.shape[i]!]!;
  }

  shapeIdOf(i: number): number {
    return this.shape[i]!;
  }

  docOf(i: number): string {
    return this.docs[this.docOf_[i]!]!;
  }

  /** How many reports the store's mentions come from. */
  get docCount(): number {
    return this.docs.length;
  }

  /** The id of report number `d` (see docIndexOf). */
  docName(d: number): string {
    return this.docs[d]!;
  }

  /**
   * The runs of report `d`'s mentions, [start, end) in mention ids, in order: one, unless the
   * report's mentions were added in several parts. A mention's place among its report's mentions
   * is the same in every store of the same report.
   */
  runsOf(d: number): readonly (readonly [number, number])[] {
    return this.runs[d] ?? [];
  }

  /**
   * Each mention's report number (docIndexOf), shape number (shapeIdOf) and sentence (sentenceOf),
   * the store's own columns: not to be changed.
   */
  columns(): { doc: Int32Array; shape: Int32Array; sentence: Int32Array } {
    return { doc: this.docOf_, shape: this.shape, sentence: this.sentence };
  }

  /** The number of mention `i`'s report (one per report id, in order of first appearance). */
  docIndexOf(i: number): number {
    return this.docOf_[i]!;
  }

  // What the graph's stages read of a mention, without making it an object.
  sentenceOf(i: number): number {
    return this.sentence[i]!;
  }

  startOf(i: number): number {
    return this.start[i]!;
  }

  endOf(i: number): number {
    return this.end[i]!;
  }

  phaseOf(i: number): Phase {
    return this.shapeOf(i).phase;
  }

  surfaceOf(i: number): string {
    return this.shapeOf(i).surface;
  }

  /** Mention `i` as an object (a new one each call), its shape replaced by `shape` when given. */
  get(i: number, shape: MentionShape = this.shapeOf(i)): Mention {
    return {
      ...shape,
      doc: this.docOf(i),
      sentence: this.sentence[i]!,
      start: this.start[i]!,
      end: this.end[i]!,
    } as Mention;
  }
}

/** Some mentions of a store (an entity's), by id: iterating makes each one an object in turn. */
export class MentionList implements Iterable<Mention> {
  constructor(
    readonly store: MentionStore,
    readonly ids: Int32Array,
  ) {}

  get length(): number {
    return this.ids.length;
  }

  *[Symbol.iterator](): Iterator<Mention> {
    for (const i of this.ids) yield this.store.get(i);
  }

  /**
   * The mentions of this list and `other` (of the same store), in the store's order, each list in
   * that order already (as resolve() makes every entity's): a merge, no sort.
   */
  merge(other: MentionList): MentionList {
    const [a, b] = [this.ids, other.ids];
    const ids = new Int32Array(a.length + b.length);
    let [i, j, k] = [0, 0, 0];
    while (i < a.length && j < b.length) ids[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
    while (i < a.length) ids[k++] = a[i++]!;
    while (j < b.length) ids[k++] = b[j++]!;
    return new MentionList(this.store, ids);
  }
}
