// Every mention as a row (mentions.csv and the tables of issue 13): which report names which
// entity where, with the sentence — all of them, not the three an edge keeps as evidence.
import type { Phase } from '../types.js';
import type { Entity } from '../resolve/index.js';
import type { MentionStore } from '../resolve/store.js';
import type { ReportRef } from './build.js';
import { showLost } from '../normalize/noise.js';
import { compare } from '../text/compare.js';

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

/**
 * Every mention of every entity, ordered by report id, offset, then entity key: a list that makes
 * its rows as it is read, one report at a time (it can be read any number of times). At 10,000
 * reports the 4.6 million rows held at once took 500 MB, more than the graph.
 */
export function mentionRows(entities: readonly Entity[], reports: readonly ReportRef[]): Iterable<MentionRow> {
  const byId = new Map(reports.map((r) => [r.id, r]));
  // each report's mentions (by id, in their entity's store), with the key of the entity each one
  // names: two parallel lists, so that no mention is held as an object
  const perDoc = new Map<string, { ids: number[]; store: MentionStore; entities: string[] }>();
  for (const e of entities) {
    const { store, ids } = e.mentions;
    for (const i of ids) {
      const doc = store.docOf(i);
      let d = perDoc.get(doc);
      if (!d) perDoc.set(doc, (d = { ids: [], store, entities: [] }));
      d.ids.push(i);
      d.entities.push(e.key);
    }
  }
  const docs = [...perDoc.keys()].sort(compare);
  function* rowsOf(doc: string): Generator<MentionRow> {
    const { ids, store, entities: keys } = perDoc.get(doc)!;
    const report = byId.get(doc);
    // one shown string per sentence, shared by the rows that cite it
    const shown = new Map<number, string>();
    const order = ids.map((_i, k) => k);
    order.sort(
      (a, b) =>
        store.startOf(ids[a]!) - store.startOf(ids[b]!) ||
        store.endOf(ids[a]!) - store.endOf(ids[b]!) ||
        compare(keys[a]!, keys[b]!),
    );
    for (const k of order) {
      const i = ids[k]!;
      const sentence = store.sentenceOf(i);
      const s = report?.sentence(sentence);
      if (!s) continue;
      let text = shown.get(sentence);
      if (text === undefined) shown.set(sentence, (text = showLost(s.text)));
      yield {
        doc,
        entity: keys[k]!,
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
  return {
    *[Symbol.iterator]() {
      for (const doc of docs) yield* rowsOf(doc);
    },
  };
}
