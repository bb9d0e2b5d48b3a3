// Every mention as a row (mentions.csv and the tables of issue 13): which report names which
// entity where, with the sentence — all of them, not the three an edge keeps as evidence.
import type { Phase } from '../types.js';
import type { Entity } from '../resolve/index.js';
import type { MentionStore } from '../resolve/store.js';
import { docTables, type DocTable, type ReportRef } from './docs.js';
import { showLost } from '../normalize/noise.js';
import { compare } from '../text/compare.js';
import crypto from 'node:crypto';

export interface MentionRow {
  doc: string;
  /** The entity's node key. */
  entity: string;
  phase: Phase;
  /** The surface as the report writes it, and its offsets in the cleaned text. */
  surface: string;
  start: number;
  end: number;
  /** The sentence (as the evidence shows it) and its offsets. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}

/** One report's rows of a MentionRows. */
export interface ReportMentions {
  doc: string;
  /**
   * A digest of everything the report's rows are made from, without making them: the report's
   * own digest (ReportRef.digest) and, for each of its mentions, its offsets and `tag(entity)` (a
   * caller's text for the entity: its key and whatever the caller shows of it); undefined when the
   * report has no digest.
   */
  fingerprint(tag: (entity: string) => string): string | undefined;
  rows(): Iterable<MentionRow>;
}

/** Every mention as a row, also report by report. */
export interface MentionRows extends Iterable<MentionRow> {
  reports(): Iterable<ReportMentions>;
  /**
   * The fingerprint of report `doc`'s mentions (ReportMentions.fingerprint), computed once per
   * report and tag function; undefined when the report has none or no mention here.
   */
  fingerprint(doc: string, tag: (entity: string) => string): string | undefined;
  /**
   * Whether the entities' mentions are in one store that numbers its reports in id order, each
   * entity's in the store's order: an entity's mentions in one region's reports then come in an
   * order those reports fix (blocks.ts's EdgeSources).
   */
  readonly inStoreOrder: boolean;
}

/**
 * Every mention of every entity, ordered by report id, offset, then entity key: a list that makes
 * its rows as it is read, one report at a time (it can be read any number of times). At 10,000
 * reports the 4.6 million rows held at once took 500 MB, more than the graph.
 */
export function mentionRows(entities: readonly Entity[], reports: readonly ReportRef[]): MentionRows {
  const docsOf = docTables(reports);
  const keys = entities.map((e) => e.key);
  // each store's mentions grouped by report number, in numbers only (no object, no string per
  // mention): `ids` and the entity (`owner`) of each, report d's run from offsets[d] to offsets[d + 1]
  const counts = new Map<MentionStore, Int32Array>();
  let inStoreOrder = true;
  for (const { mentions } of entities) {
    const { store, ids } = mentions;
    let offsets = counts.get(store);
    if (!offsets) counts.set(store, (offsets = new Int32Array(store.docCount + 1)));
    let last = -1;
    for (const i of ids) {
      offsets[store.docIndexOf(i) + 1]! += 1;
      if (i < last) inStoreOrder = false;
      last = i;
    }
  }
  if (counts.size > 1 || [...counts.keys()].some((store) => !store.inIdOrder)) inStoreOrder = false;
  const groups = new Map<MentionStore, Group & { next: Int32Array }>();
  for (const [store, offsets] of counts) {
    for (let d = 1; d < offsets.length; d++) offsets[d]! += offsets[d - 1]!;
    const total = offsets[offsets.length - 1]!;
    const [ids, owner] = [new Int32Array(total), new Int32Array(total)];
    groups.set(store, { store, table: docsOf(store), offsets, ids, owner, next: offsets.slice(0, -1) });
  }
  entities.forEach((e, n) => {
    const { store, ids } = e.mentions;
    const g = groups.get(store)!;
    for (const i of ids) {
      const at = g.next[store.docIndexOf(i)]!++;
      g.ids[at] = i;
      g.owner[at] = n;
    }
  });
  // the reports by id, each with its runs (one per store that has mentions of it)
  const runs = new Map<string, { g: Group; d: number }[]>();
  for (const g of groups.values())
    for (let d = 0; d + 1 < g.offsets.length; d++) {
      if (g.offsets[d] === g.offsets[d + 1]) continue;
      const doc = g.store.docName(d);
      const list = runs.get(doc);
      if (list) list.push({ g, d });
      else runs.set(doc, [{ g, d }]);
    }
  const docs = [...runs.keys()].sort(compare);
  function* rowsOf(doc: string): Generator<MentionRow> {
    // every mention of the report as (group, position)
    const parts = runs.get(doc)!;
    const at: { g: Group; k: number }[] = [];
    for (const { g, d } of parts) for (let k = g.offsets[d]!; k < g.offsets[d + 1]!; k++) at.push({ g, k });
    const report = parts[0]!.g.table[parts[0]!.d];
    // one shown string per sentence, shared by the rows that cite it
    const shown = new Map<number, string>();
    at.sort(
      (a, b) =>
        a.g.store.startOf(a.g.ids[a.k]!) - b.g.store.startOf(b.g.ids[b.k]!) ||
        a.g.store.endOf(a.g.ids[a.k]!) - b.g.store.endOf(b.g.ids[b.k]!) ||
        compare(keys[a.g.owner[a.k]!]!, keys[b.g.owner[b.k]!]!),
    );
    for (const { g, k } of at) {
      const { store } = g;
      const i = g.ids[k]!;
      const sentence = store.sentenceOf(i);
      const s = report?.sentence(sentence);
      if (!s) continue;
      let text = shown.get(sentence);
      if (text === undefined) shown.set(sentence, (text = showLost(s.text)));
      yield {
        doc,
        entity: keys[g.owner[k]!]!,
        phase: store.phaseOf(i),
        surface: showLost(store.surfaceOf(i)),
        start: store.startOf(i),
        end: store.endOf(i),
        sentence: text,
        sentenceStart: s.start,
        sentenceEnd: s.end,
      };
    }
  }
  // each entity's tag by its number, per tag function: asked once per build, not once per report
  const tagsByNumber = new WeakMap<(entity: string) => string, (string | undefined)[]>();
  // each report's fingerprint, per tag function: mentions.csv and the blocks of edges ask for the same
  const printed = new WeakMap<(entity: string) => string, Map<string, string | undefined>>();
  function fingerprintOf(doc: string, tag: (entity: string) => string): string | undefined {
    let known = printed.get(tag);
    if (!known) printed.set(tag, (known = new Map()));
    if (known.has(doc)) return known.get(doc);
    const fp = runs.has(doc) ? digestOf(doc, tag) : undefined;
    known.set(doc, fp);
    return fp;
  }
  function digestOf(doc: string, tag: (entity: string) => string): string | undefined {
    const parts = runs.get(doc)!;
    const digest = parts[0]!.g.table[parts[0]!.d]?.digest;
    if (digest === undefined) return undefined;
    let tagOf = tagsByNumber.get(tag);
    if (!tagOf) tagsByNumber.set(tag, (tagOf = []));
    // each of the report's mentions by its place among them (fixed by its digest), as the number
    // of its entity's tag (numbered by first appearance), -1 when no entity has it: no sort, and
    // no offsets (the place fixes them)
    const tags = new Map<string, number>();
    const numbers: Int32Array[] = [];
    for (const { g, d } of parts) {
      const spans = g.store.runsOf(d);
      const places = new Int32Array(spans.reduce((n, [a, b]) => n + b - a, 0)).fill(-1);
      for (let k = g.offsets[d]!; k < g.offsets[d + 1]!; k++) {
        const i = g.ids[k]!;
        let place = 0;
        for (const [a, b] of spans) {
          if (i < b) {
            place += i - a;
            break;
          }
          place += b - a;
        }
        // a mention of two entities: not told apart here, so the rows are digested instead
        if (places[place] !== -1) return undefined;
        places[place] = g.owner[k]!;
      }
      // entity numbers (this build's) to tag numbers (by first appearance: the same in every build)
      const numberOf = new Map<number, number>();
      for (let p = 0; p < places.length; p++) {
        const owner = places[p]!;
        if (owner < 0) continue;
        let n = numberOf.get(owner);
        if (n === undefined) {
          const t = (tagOf[owner] ??= tag(keys[owner]!));
          n = tags.get(t);
          if (n === undefined) tags.set(t, (n = tags.size));
          numberOf.set(owner, n);
        }
        places[p] = n;
      }
      numbers.push(places, Int32Array.of(-2));
    }
    const hash = crypto
      .createHash('sha256')
      .update(`${doc}\u0000${digest}\u0000${[...tags.keys()].join('\u0000')}\u0000`);
    for (const part of numbers) hash.update(part);
    return hash.digest('base64url');
  }
  return {
    *[Symbol.iterator]() {
      for (const doc of docs) yield* rowsOf(doc);
    },
    *reports() {
      for (const doc of docs) yield { doc, fingerprint: (tag) => fingerprintOf(doc, tag), rows: () => rowsOf(doc) };
    },
    fingerprint: fingerprintOf,
    inStoreOrder,
  };
}

/** One store's mentions grouped by report (see mentionRows). */
interface Group {
  store: MentionStore;
  table: DocTable;
  offsets: Int32Array;
  ids: Int32Array;
  owner: Int32Array;
}
