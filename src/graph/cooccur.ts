// co_occurs edges between programmes, themes and industries named in the same sentence:
// what clusters of policy go together. Pairs seen fewer than `min` times are dropped so the
// graph stays readable.
import type { EntityType } from '../types.js';
import type { Entity } from '../resolve/index.js';
import type { GovGraph } from './index.js';
import { compare } from '../text/compare.js';
import { perStore } from './docs.js';

const COOCCURRING: ReadonlySet<EntityType> = new Set(['programme', 'theme', 'industry']);

export function addCooccurrences(graph: GovGraph, entities: readonly Entity[], min: number): void {
  // in key order, so that an entity's number orders pairs as their keys do
  const named = entities.filter((e) => COOCCURRING.has(e.type)).sort((a, b) => compare(a.key, b.key));
  const n = named.length;
  // every report numbered by its id, whichever store its mentions are in
  const reportNumber = new Map<string, number>();
  const reportsOf = perStore((store) =>
    Int32Array.from({ length: store.docCount }, (_x, d) => {
      const id = store.docName(d);
      let r = reportNumber.get(id);
      if (r === undefined) reportNumber.set(id, (r = reportNumber.size));
      return r;
    }),
  );
  // every mention as one number, sentence * n + entity, grouped by report (a counting sort) and
  // sorted within it: a sentence's entities are then one run, in order (no string key and no set
  // per sentence: at 10,000 reports that was 500 MB of garbage; no comparator: 4.6 million calls)
  const counts: number[] = [];
  let last = 0;
  for (const { mentions } of named) {
    const reports = reportsOf(mentions.store);
    for (const i of mentions.ids) {
      const r = reports[mentions.store.docIndexOf(i)]!;
      counts[r] = (counts[r] ?? 0) + 1;
      last = Math.max(last, mentions.store.sentenceOf(i));
    }
  }
  if ((last + 1) * n > Number.MAX_SAFE_INTEGER)
    throw new RangeError(`co-occurrence: ${last + 1} sentences × ${n} entities`);
  const offsets = new Float64Array(counts.length + 1);
  for (let r = 0; r < counts.length; r++) offsets[r + 1] = offsets[r]! + (counts[r] ?? 0);
  const next = offsets.slice(0, -1);
  const codes = new Float64Array(offsets[counts.length]!);
  named.forEach(({ mentions }, k) => {
    const reports = reportsOf(mentions.store);
    for (const i of mentions.ids)
      codes[next[reports[mentions.store.docIndexOf(i)]!]!++] = mentions.store.sentenceOf(i) * n + k;
  });
  // pairs (a < b) by a * n + b, counted once per sentence
  const pairs = new Map<number, number>();
  const inSentence: number[] = [];
  for (let r = 0; r < counts.length; r++) {
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
          pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
        }
    }
  }
  for (const pair of [...pairs.keys()].sort((a, b) => a - b)) {
    const weight = pairs.get(pair)!;
    if (weight < min) continue;
    const a = named[Math.floor(pair / n)]!.key;
    const b = named[pair % n]!.key;
    graph.addEdgeWithKey(`co_occurs:${a}->${b}`, a, b, { kind: 'co_occurs', weight });
  }
}
