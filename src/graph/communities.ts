// Louvain communities (seeded), so themes, programmes and regions that go together share a
// `community` number that Gephi and the viewer can colour by.
import { DEFAULTS } from '../defaults.js';
import louvain from 'graphology-communities-louvain';
import type { GovGraph } from './index.js';
import { seededRandom } from './random.js';

export function assignCommunities(graph: GovGraph, seed: number = DEFAULTS.communitySeed): void {
  if (graph.size === 0) {
    graph.forEachNode((n) => graph.setNodeAttribute(n, 'community', 0));
    return;
  }
  const communities = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  // Renumber by size (largest community = 0) so numbers mean something and stay stable.
  const sizes = new Map<number, number>();
  for (const c of Object.values(communities)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rank = new Map(order.map((c, i) => [c, i]));
  graph.forEachNode((n) => graph.setNodeAttribute(n, 'community', rank.get(communities[n] ?? 0) ?? 0));
}
