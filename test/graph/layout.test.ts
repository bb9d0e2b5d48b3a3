// The layout a researcher sees first (src/graph/layout.ts): on the seeds, each issuing region sits
// among the entities only it names (a petal per region, shared entities between them), and the
// iteration counts shrink with the size of the graph.
import { describe, expect, it } from 'vitest';
import { buildGraphFromInputs } from '../../src/run/pipeline.js';
import { defaultIterations, noverlapIterations } from '../../src/graph/layout.js';

describe('layout', () => {
  it('puts each region’s own entities nearer to it than to any other issuing region (seeds)', async () => {
    const { graph } = await buildGraphFromInputs(['seeds'], { workers: 1 });
    const issuers = graph.filterNodes((_n, a) => a.type === 'region' && (a.reports?.length ?? 0) > 0);
    expect(issuers).toHaveLength(5);
    const at = (n: string) => graph.getNodeAttributes(n);
    const distance = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    let own = 0;
    let nearest = 0;
    for (const region of issuers) {
      graph.forEachOutEdge(region, (_e, attr, _s, target) => {
        if (attr.kind !== 'mentions' || at(target).regionCount !== 1) return;
        own += 1;
        const d = distance(region, target);
        if (issuers.every((other) => other === region || distance(other, target) > d)) nearest += 1;
      });
    }
    expect(own).toBeGreaterThan(500);
    // a layout that ignores who names what scores about 0.2 here (one region in five)
    expect(nearest / own).toBeGreaterThan(0.9);
  });

  it('runs fewer iterations on big or dense graphs', () => {
    expect(defaultIterations(900, 1500)).toBe(300);
    expect(defaultIterations(9000, 230_000)).toBeLessThan(defaultIterations(9000, 20_000));
    expect(defaultIterations(1_000_000, 5_000_000)).toBeGreaterThanOrEqual(40);
    expect(noverlapIterations(900)).toBe(200);
    expect(noverlapIterations(4000)).toBeLessThan(200);
    expect(noverlapIterations(9000)).toBe(0);
  });
});
