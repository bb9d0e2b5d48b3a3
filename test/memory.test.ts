// src/memory.ts: a build collects garbage between its stages only where a stage left enough of it
// to matter (each full collection costs time in proportion to the live heap).
import { PerformanceObserver, constants } from 'node:perf_hooks';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbage, FLOOR, GROWTH } from '../src/memory.js';

/** Full (mark-compact) collections made while `run` runs. */
async function majorCollections(run: () => void): Promise<number> {
  let n = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) n++;
  });
  observer.observe({ entryTypes: ['gc'] });
  run();
  // gc entries are delivered asynchronously
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return n;
}

/** Makes what `make` returns, which is garbage once this returns; gives its length. */
function garbage(make: () => unknown[]): number {
  return make().length;
}

describe('collectGarbage', () => {
  it('collects when asked to always, and leaves little garbage to V8', async () => {
    collectGarbage(0);
    expect(await majorCollections(() => collectGarbage(0))).toBe(1);
    expect(garbage(() => Array.from({ length: 1000 }, (_, i) => `small ${i}`))).toBe(1000);
    expect(await majorCollections(() => collectGarbage())).toBe(0);
  });

  it('collects once the heap has grown by GROWTH since its last collection', async () => {
    collectGarbage(0);
    const before = v8.getHeapStatistics().used_heap_size;
    // more than GROWTH of garbage: arrays of numbers, 8 bytes an element
    garbage(() => Array.from({ length: 64 }, () => Array.from({ length: GROWTH / 8 / 48 }, (_, i) => i + 0.5)));
    expect(v8.getHeapStatistics().used_heap_size - before).toBeGreaterThan(GROWTH);
    // a floor of nothing: the bound alone decides
    expect(await majorCollections(() => collectGarbage(GROWTH, 0))).toBe(1);
    expect(v8.getHeapStatistics().used_heap_size - before).toBeLessThan(GROWTH / 4);
  });

  it('leaves a heap under the floor to V8, however much it grew', async () => {
    collectGarbage(0);
    const before = v8.getHeapStatistics().used_heap_size;
    const growth = 32 * 1024 * 1024;
    // arrays kept alive while the collector is asked: what it could free does not matter here
    const kept = Array.from({ length: 8 }, () => Array.from({ length: growth / 8 / 4 }, (_, i) => i + 0.5));
    const used = v8.getHeapStatistics().used_heap_size;
    expect(used - before).toBeGreaterThan(growth);
    expect(used).toBeLessThan(FLOOR);
    expect(await majorCollections(() => collectGarbage(growth))).toBe(0);
    expect(await majorCollections(() => collectGarbage(growth, used))).toBe(1);
    expect(kept).toHaveLength(8);
  });
});
