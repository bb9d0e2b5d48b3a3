// co_occurs edges between programmes, themes and industries named in the same sentence:
// what clusters of policy go together. Pairs seen fewer than `min` times are dropped so the
// graph stays readable.
import type { EntityType } from '../types.js';
import type { Entity } from '../resolve/index.js';
import type { GovGraph } from './index.js';

const COOCCURRING: ReadonlySet<EntityType> = new Set(['programme', 'theme', 'industry']);

export function addCooccurrences(graph: GovGraph, entities: readonly Entity[], min: number): void {
  const bySentence = new Map<string, Set<string>>();
  for (const e of entities) {
    if (!COOCCURRING.has(e.type)) continue;
    const { store, ids } = e.mentions;
    for (const i of ids) {
      const k = `${store.docOf(i)}\u0000${store.sentenceOf(i)}`;
      let s = bySentence.get(k);
      if (!s) bySentence.set(k, (s = new Set()));
      s.add(e.key);
    }
  }
  const counts = new Map<string, number>();
  for (const keys of bySentence.values()) {
    const sorted = [...keys].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const pair = `${sorted[i]}\u0000${sorted[j]}`;
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
    }
  }
  for (const [pair, weight] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (weight < min) continue;
    const [a, b] = pair.split('\u0000') as [string, string];
    graph.addEdgeWithKey(`co_occurs:${a}->${b}`, a, b, { kind: 'co_occurs', weight });
  }
}
