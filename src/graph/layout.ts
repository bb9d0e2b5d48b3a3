// Layout computed in the build (so the viewer opens instantly): seeded initial positions, then
// ForceAtlas2 with inferred settings and Barnes-Hut above ~2,000 nodes.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { GovGraph } from './index.js';
import { seededRandom } from './random.js';

export interface LayoutOptions {
  seed?: number;
  /** Overrides the size-scaled default. */
  iterations?: number;
}

/** Fewer iterations for bigger graphs: each costs O(n log n) with Barnes-Hut. */
export function defaultIterations(order: number): number {
  if (order <= 500) return 600;
  if (order <= 2000) return 300;
  if (order <= 10000) return 120;
  return 60;
}

export function layout(graph: GovGraph, options: LayoutOptions = {}): void {
  const random = seededRandom(options.seed ?? 42);
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, { x: random() * 100 - 50, y: random() * 100 - 50 });
  });
  const iterations = options.iterations ?? defaultIterations(graph.order);
  if (graph.order > 0 && iterations > 0) runForceAtlas2(graph, iterations);
  // Rounded positions keep graph.json small and its bytes stable across platforms' float noise.
  graph.updateEachNodeAttributes((_n, attr) => ({ ...attr, x: round(attr.x), y: round(attr.y) }));
}

function runForceAtlas2(graph: GovGraph, iterations: number): void {
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 2000,
    linLogMode: true,
    outboundAttractionDistribution: true,
    adjustSizes: false,
  };
  forceAtlas2.assign(graph, {
    iterations,
    settings,
    getEdgeWeight: (_e, attr) => (attr.kind === 'co_occurs' ? Math.min(attr.weight, 5) * 0.5 : 1),
  });
}

function round(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 100) / 100 : 0;
}
