// co_occurs edges between programmes, themes and industries named in the same sentence:
// what clusters of policy go together. Pairs seen fewer than `min` times are dropped so the
// graph stays readable.
//
// Three steps: the entities' mentions as numbers (cooccurrenceCodes), the pairs counted over them
// (countPairs: numbers in, numbers out, so that a build can count them on a thread of its own
// while it makes the other edges; countPairsBeside), and the edges added (addCooccurrenceEdges).
import { onThread } from '../thread.js';
import type { EntityType } from '../types.js';
import type { Entity } from '../resolve/index.js';
import type { GovGraph } from './index.js';
import { compare } from '../text/compare.js';
import { idsInOrder, perStore } from './docs.js';
import type { MentionStore } from '../resolve/store.js';

const COOCCURRING: ReadonlySet<EntityType> = new Set(['programme', 'theme', 'industry']);

/** The co-occurring entities' mentions, as countPairs reads them. */
export interface CooccurrenceCodes {
  /** The co-occurring entities, in key order: entity k is named[k]. */
  named: readonly Entity[];
  /**
   * Every mention of them as one number, sentence * named.length + k, grouped by report: report
   * r's are codes[offsets[r]] up to codes[offsets[r + 1]], in no order.
   */
  codes: Float64Array;
  offsets: Float64Array;
}

/** The pairs (a < b, as a * n + b) seen in at least `min` sentences, in order, and how many each. */
export interface CountedPairs {
  pairs: Float64Array;
  weights: Int32Array;
}

export function addCooccurrences(graph: GovGraph, entities: readonly Entity[], min: number): void {
  const codes = cooccurrenceCodes(entities);
  addCooccurrenceEdges(graph, codes.named, countPairs(codes.codes, codes.offsets, codes.named.length, min));
}

export function cooccurrenceCodes(entities: readonly Entity[]): CooccurrenceCodes {
  const { named, numbers } = cooccurrenceInput(entities);
  return { named, ...codesFrom(numbers) };
}

/** What codesFrom reads of the co-occurring entities: numbers only, so that a thread can read them. */
export interface CodesInput {
  /** How many co-occurring entities. */
  n: number;
  /** Per store: each mention's report number (MentionStore.columns) and sentence. */
  docOf: Int32Array[];
  sentenceOf: Int32Array[];
  /** Per store: each of its reports' number by id, the same whichever store names it. */
  reportOf: Int32Array[];
  /** How many reports by id. */
  reports: number;
  /** Per co-occurring entity, in key order: its store's number; its mention ids are ids[offsets[k]] up to ids[offsets[k + 1]]. */
  storeOf: Int32Array;
  ids: Int32Array;
  offsets: Int32Array;
}

/** The co-occurring entities in key order (entity k is named[k]), and their mentions as codesFrom reads them. */
export function cooccurrenceInput(entities: readonly Entity[]): { named: readonly Entity[]; numbers: CodesInput } {
  // in key order, so that an entity's number orders pairs as their keys do
  const named = entities.filter((e) => COOCCURRING.has(e.type)).sort((a, b) => compare(a.key, b.key));
  // every report numbered by its id, whichever store its mentions are in
  const reportNumber = new Map<string, number>();
  const stores: MentionStore[] = [];
  const reportOf: Int32Array[] = [];
  const storeNumber = perStore((store) => {
    reportOf.push(
      Int32Array.from({ length: store.docCount }, (_x, d) => {
        const id = store.docName(d);
        let r = reportNumber.get(id);
        if (r === undefined) reportNumber.set(id, (r = reportNumber.size));
        return r;
      }),
    );
    return stores.push(store) - 1;
  });
  const storeOf = Int32Array.from(named, (e) => storeNumber(e.mentions.store));
  const { ids, offsets } = idsInOrder(named);
  const columns = stores.map((store) => store.columns());
  return {
    named,
    numbers: {
      n: named.length,
      docOf: columns.map((c) => c.doc),
      sentenceOf: columns.map((c) => c.sentence),
      reportOf,
      reports: reportNumber.size,
      storeOf,
      ids,
      offsets,
    },
  };
}

/** countPairs over the codes of `numbers` (cooccurrenceInput), here. */
export function countPairsOf(numbers: CodesInput, min: number): CountedPairs {
  const { codes, offsets } = codesFrom(numbers);
  return countPairs(codes, offsets, numbers.n, min);
}

/**
 * Every mention of the co-occurring entities as one number (CooccurrenceCodes.codes), grouped by
 * report with a counting sort (no string key and no set per sentence: at 10,000 reports that was
 * 500 MB of garbage). Self-contained (numbers in and out, nothing from its module):
 * countPairsBeside runs its source on a thread.
 */
function codesFrom(w: CodesInput): { codes: Float64Array; offsets: Float64Array } {
  const { n } = w;
  // each mention's report (numbered by id) and sentence, in ids' order, and each report's count
  const report = new Int32Array(w.ids.length);
  const sentence = new Int32Array(w.ids.length);
  const counts = new Float64Array(w.reports);
  let last = 0;
  for (let k = 0; k < n; k++) {
    const store = w.storeOf[k]!;
    const docOf = w.docOf[store]!;
    const sentenceOf = w.sentenceOf[store]!;
    const reportOf = w.reportOf[store]!;
    for (let j = w.offsets[k]!; j < w.offsets[k + 1]!; j++) {
      const i = w.ids[j]!;
      const r = (report[j] = reportOf[docOf[i]!]!);
      counts[r]! += 1;
      last = Math.max(last, (sentence[j] = sentenceOf[i]!));
    }
  }
  if ((last + 1) * n > Number.MAX_SAFE_INTEGER)
    throw new RangeError(`co-occurrence: ${last + 1} sentences × ${n} entities`);
  const offsets = new Float64Array(counts.length + 1);
  for (let r = 0; r < counts.length; r++) offsets[r + 1] = offsets[r]! + counts[r]!;
  const next = offsets.slice(0, -1);
  const codes = new Float64Array(offsets[counts.length]!);
  for (let k = 0; k < n; k++)
    for (let j = w.offsets[k]!; j < w.offsets[k + 1]!; j++) codes[next[report[j]!]!++] = sentence[j]! * n + k;
  return { codes, offsets };
}

/**
 * The pairs of entities named in one sentence, counted once per sentence: each report's codes
 * sorted (a sentence's entities are then one run, in order: no comparator for 4.6 million items at
 * 10,000 reports), its runs' pairs counted. Sorts `codes` report by report in place. Self-contained
 * (typed arrays in and out, nothing from its module): countPairsBeside runs its source on a thread.
 */
export function countPairs(codes: Float64Array, offsets: Float64Array, n: number, min: number): CountedPairs {
  const counted = new Map<number, number>();
  const inSentence: number[] = [];
  for (let r = 0; r + 1 < offsets.length; r++) {
    const report = codes.subarray(offsets[r]!, offsets[r + 1]!).sort();
    for (let at = 0; at < report.length;) {
      const sentence = Math.floor(report[at]! / n);
      inSentence.length = 0;
      for (; at < report.length && Math.floor(report[at]! / n) === sentence; at++) {
        const k = report[at]! - sentence * n;
        if (inSentence[inSentence.length - 1] !== k) inSentence.push(k);
      }
      for (let x = 0; x < inSentence.length; x++)
        for (let y = x + 1; y < inSentence.length; y++) {
          const pair = inSentence[x]! * n + inSentence[y]!;
          counted.set(pair, (counted.get(pair) ?? 0) + 1);
        }
    }
  }
  let kept = 0;
  for (const weight of counted.values()) if (weight >= min) kept += 1;
  const pairs = new Float64Array(kept);
  kept = 0;
  for (const [pair, weight] of counted) if (weight >= min) pairs[kept++] = pair;
  pairs.sort();
  return { pairs, weights: Int32Array.from(pairs, (pair) => counted.get(pair)!) };
}

/** A co_occurs edge for each counted pair of `named` (cooccurrenceCodes' numbering), in the pairs' order. */
export function addCooccurrenceEdges(
  graph: GovGraph,
  named: readonly Entity[],
  { pairs, weights }: CountedPairs,
): void {
  const n = named.length;
  pairs.forEach((pair, p) => {
    const a = named[Math.floor(pair / n)]!.key;
    const b = named[pair % n]!.key;
    graph.addEdgeWithKey(`co_occurs:${a}->${b}`, a, b, { kind: 'co_occurs', weight: weights[p]! });
  });
}

/**
 * The co-occurring entities' mentions made into codes (codesFrom) and their pairs counted
 * (countPairs), on a worker thread, so that its caller makes other edges meanwhile (at 10,000
 * reports a walk over their mentions and the count, about two seconds of one core); the pairs of
 * countPairs over cooccurrenceCodes. `numbers.ids` is handed to the thread (transferred: empty
 * here afterwards); the stores' columns are copied.
 */
export function countPairsBeside(numbers: CodesInput, min: number): Promise<CountedPairs> {
  return onThread<CountedPairs>(
    `const codesFrom = ${codesFrom.toString()};
const countPairs = ${countPairs.toString()};
const { codes, offsets } = codesFrom(workerData.numbers);
const counted = countPairs(codes, offsets, workerData.numbers.n, workerData.min);
parentPort.postMessage(counted, [counted.pairs.buffer, counted.weights.buffer]);`,
    { numbers, min },
    [numbers.ids.buffer as ArrayBuffer],
    'the co-occurrence thread',
  );
}
