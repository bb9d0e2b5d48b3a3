// A full garbage collection between the stages of a build. Each stage (resolution, the graph, the
// layout, every export) leaves garbage in V8's old generation, which V8, with a heap limit sized
// to the machine (4 GB here), collects late: at 10,000 reports the heap grew from 0.8 GB of live
// data to 2.6 GB over the exports. Collected between stages, the peak is the live data plus one
// stage's garbage. V8 exposes the collector only behind a flag, set here once.
//
// A full collection costs time in proportion to what is live (~0.5 s at 10,000 reports' 800 MB),
// so it is skipped where a stage left little: a build collects only when the heap has grown by
// GROWTH since the last collection. With a collection after every output, 21 of them took 11 s.
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null | undefined;
/** The heap's size after the last collection made here. */
let live = 0;

/** Garbage that a stage may leave before the next is made to wait for a collection. */
export const GROWTH = 192 * 1024 * 1024;

/**
 * Garbage one long step (an output rendered piece by piece) may make before it is collected in
 * its midst. V8 usually collects well before (at 10,000 reports its own collections came 150-240 MB
 * above the live heap), but not always: in some cold builds of the benchmark's 10,000 reports the
 * heap grew from 0.7 GB live to 2.5 GB over one output, the process's memory from 1.6 to 2.6 GB in
 * 15 s, before V8 marked it (docs/speed.md).
 */
export const WITHIN_STEP = 384 * 1024 * 1024;

/**
 * Collects garbage now when the heap has grown by `growth` bytes (default GROWTH; 0: always) since
 * the last collection made here, and V8 lets the flag be set (otherwise it is left to V8).
 */
export function collectGarbage(growth = GROWTH): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  if (!gc) return;
  const used = v8.getHeapStatistics().used_heap_size;
  // smaller than after the last collection: V8 collected since, and this is the new base
  live = Math.min(live, used);
  if (used - live < growth) return;
  gc();
  live = v8.getHeapStatistics().used_heap_size;
}
