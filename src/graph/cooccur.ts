// co_occurs edges between programmes, themes and industries named in the same sentence:
// what clusters of policy go together. Pairs seen fewer than `min` times are dropped so the
// graph stays readable.
import type { EntityType } from '../types.js';
import type { Entity } from '../resolve/index.js';
import type { GovGraph } from './index.js';
import { compare } from '../text/compare.js';

const COOCCURRING: ReadonlySet<EntityType> = new Set(['programme', 'theme', 'industry']);

export function addCooccurrences(graph: GovGraph, entities: readonly Entity[], min: number): void {
  // in key order, so that an entity's number orders pairs as their keys do
  const named = entities.filter((e) => COOCCURRING.has(e.type)).sort((a, b) => compare(a.key, b.key));
  // every mention as (report, sentence, entity) numbers, sorted: a sentence's entities are then
  // one run (no string key and no set per sentence: at 10,000 reports that was 500 MB of garbage)
  const doc: number[] = [];
  const sentence: number[] = [];
  const entity: number[] = [];
  named.forEach((e, k) => {
    const { store, ids } = e.mentions;
    for (const i of ids) {
      doc.push(store.docIndexOf(i));
      sentence.push(store.sentenceOf(i));
      entity.push(k);
    }
  });
  const order = Int32Array.from(doc, (_d, i) => i).sort(
    (a, b) => doc[a]! - doc[b]! || sentence[a]! - sentence[b]! || entity[a]! - entity[b]!,
  );
  // pairs (a < b) by a * n + b, counted once per sentence
  const n = named.length;
  const counts = new Map<number, number>();
  const inSentence: number[] = [];
  for (let r = 0; r < order.length;) {
    const first = order[r]!;
    inSentence.length = 0;
    for (; r < order.length && doc[order[r]!] === doc[first] && sentence[order[r]!] === sentence[first]; r++) {
      const k = entity[order[r]!]!;
      if (inSentence[inSentence.length - 1] !== k) inSentence.push(k);
    }
    for (let x = 0; x < inSentence.length; x++)
      for (let y = x + 1; y < inSentence.length; y++) {
        const pair = inSentence[x]! * n + inSentence[y]!;
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
  }
  for (const pair of [...counts.keys()].sort((a, b) => a - b)) {
    const weight = counts.get(pair)!;
    if (weight < min) continue;
    const a = named[Math.floor(pair / n)]!.key;
    const b = named[pair % n]!.key;
    graph.addEdgeWithKey(`co_occurs:${a}->${b}`, a, b, { kind: 'co_occurs', weight });
  }
}
