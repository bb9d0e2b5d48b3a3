// The layout a researcher sees first (src/graph/layout.ts): on the seeds, each issuing region sits
// among the entities only it names (a petal per region, shared entities between them), and the
// iteration counts shrink with the size of the graph.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { build, buildGraphFromInputs } from '../../src/run/pipeline.js';
import { defaultIterations, layout, layoutSettings, noverlapIterations, startLayout } from '../../src/graph/layout.js';
import { BUILD_OUTPUTS } from '../../src/export/registry.js';
import { filesOf } from '../../src/export/types.js';
import type { GovGraph } from '../../src/graph/index.js';

/** A graph of `order` nodes with edges of both weightings (mentions and co-occurrence). */
function graphOf(order: number): GovGraph {
  const g = new Graph({ type: 'directed', multi: true }) as GovGraph;
  for (let i = 0; i < order; i++) g.addNode(`n${i}`, { size: 1 + (i % 3) } as never);
  for (let i = 0; i < order * 4; i++)
    g.addEdge(`n${(i * 7) % order}`, `n${((i * 13) % (order - 1)) + 1}`, {
      kind: i % 5 ? 'mentions' : 'co_occurs',
      weight: (i % 7) + 1,
    } as never);
  return g;
}

const positions = (g: GovGraph) => g.mapNodes((n, a) => [n, a.x, a.y]);

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

  it('gives the same positions in a thread as on the caller’s, small graph (Noverlap) or big (Barnes-Hut)', async () => {
    for (const order of [300, 2500]) {
      const here = graphOf(order);
      const there = graphOf(order);
      layout(here, { seed: 7, iterations: 30 });
      const running = startLayout(there, { seed: 7, iterations: 30 });
      await running.done;
      expect(positions(there)).toEqual(positions(here));
      // and the layout moved the nodes from their seeded start
      const seeded = graphOf(order);
      layout(seeded, { seed: 7, iterations: 0 });
      expect(positions(there)).not.toEqual(positions(seeded));
    }
  });

  it('stops its thread when cancelled, and says so', async () => {
    const running = startLayout(graphOf(2500), { iterations: 10_000 });
    running.cancel();
    await expect(running.done).rejects.toThrow('the layout was stopped');
  });

  it('is awaited by exactly the outputs whose bytes show positions (Exporter.positions)', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-layout-'));
    try {
      await build(['seeds'], path.join(tmp, 'laid'), { workers: 1 });
      await build(['seeds'], path.join(tmp, 'seeded'), { workers: 1, layout: false });
      const differ = BUILD_OUTPUTS.filter((e) =>
        filesOf(e).some(
          (f) => !fs.readFileSync(path.join(tmp, 'laid', f)).equals(fs.readFileSync(path.join(tmp, 'seeded', f))),
        ),
      );
      // graph-view.json shows positions only above the viewer's budget (an aggregate); the seeds
      // are below it and it points to graph.json
      const marked = BUILD_OUTPUTS.filter((e) => 'positions' in e && e.positions && e.file !== 'graph-view.json');
      expect(differ.map((e) => e.description)).toEqual(marked.map((e) => e.description));
      expect(differ.length).toBeGreaterThan(5);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('approximates the repulsion on big graphs as Gephi does (Barnes-Hut, theta 1.2), and still keeps each hub among its own nodes', () => {
    expect(layoutSettings(graphOf(300))).toMatchObject({ barnesHutOptimize: false });
    expect(layoutSettings(graphOf(2500))).toMatchObject({ barnesHutOptimize: true, barnesHutTheta: 1.2 });
    // twelve issuing regions, each naming 240 entities of its own and the same twelve shared ones
    const g = new Graph({ type: 'directed', multi: true }) as GovGraph;
    const hubs = Array.from({ length: 12 }, (_x, h) => `region:${h}`);
    for (const hub of hubs) g.addNode(hub, { size: 10 } as never);
    for (let k = 0; k < 12; k++) g.addNode(`shared:${k}`, { size: 3 } as never);
    hubs.forEach((hub, h) => {
      for (let k = 0; k < 240; k++) {
        g.addNode(`own:${h}:${k}`, { size: 1 } as never);
        g.addEdge(hub, `own:${h}:${k}`, { kind: 'mentions', weight: 1 } as never);
      }
      for (let k = 0; k < 12; k++) g.addEdge(hub, `shared:${k}`, { kind: 'mentions', weight: 1 } as never);
    });
    expect(g.order).toBeGreaterThan(2000);
    layout(g, { seed: 3 });
    const at = (n: string) => g.getNodeAttributes(n);
    const distance = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    let nearest = 0;
    hubs.forEach((hub, h) => {
      for (let k = 0; k < 240; k++) {
        const d = distance(hub, `own:${h}:${k}`);
        if (hubs.every((other) => other === hub || distance(other, `own:${h}:${k}`) > d)) nearest += 1;
      }
    });
    // a layout that ignores who names what scores about 1/12 here
    expect(nearest / (12 * 240)).toBeGreaterThan(0.95);
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
