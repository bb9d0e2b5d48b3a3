// A full garbage collection between the stages of a build and while a long output renders. Each
// stage (resolution, the graph, the layout, every export) leaves garbage in V8's old generation,
// which V8, with a heap limit sized to the machine (4 GB here), collects late: at 10,000 reports the
// heap grew from 0.8 GB of live data to 2.6 GB over the exports, and in some cold builds by 1.8 GB
// within one output, whose rendering V8 did not interrupt to mark (docs/speed.md). Collected when the
// heap has grown by GROWTH, the peak is the live data plus GROWTH. V8 exposes the collector only
// behind a flag, set here once.
//
// A full collection costs time in proportion to what is live (~0.5-1 s at 10,000 reports' 700 MB),
// so it is skipped where a stage left little, and below a floor of heap (FLOOR) where V8's own
// collections, which mark beside the running code, keep up. With a collection after every output,
// 21 of them took 11 s; with GROWTH at 192 MB, adding one report to 10,000 took 2 s more than at 384 MB (three
// alternated pairs through the library, 32.1-33.7 s against 29.6-32.1 s).
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null | undefined;
/** The heap's size after the last collection made here. */
let live = 0;

/**
 * Garbage that a stage, or an output while it renders, may make before a collection: the live heap
 * plus this is the heap's peak whatever V8's own schedule.
 */
export const GROWTH = 384 * 1024 * 1024;

/**
 * A heap smaller than this is left to V8's own collections, whatever it grew by. V8 starts marking
 * on its own as the heap grows, on a thread beside the running code, and a collection asked for
 * while that marking is under way first finishes it on this thread and then marks the whole heap
 * again (V8's PreciseCollectAllGarbage): adding one report to 10,000, the one collection asked for
 * (before the panel, the heap at 540 MB) was two full collections, 0.85 + 1.19 s of this thread,
 * where V8's own, left to finish, paused it 38 ms and took 0.64 s of marking steps. Above the floor
 * the bound holds as before: the heap's peak is the larger of the floor and the live heap plus GROWTH.
 */
export const FLOOR = 1024 * 1024 * 1024;

/**
 * Collects garbage now when the heap has grown by `growth` bytes (default GROWTH; 0: always) since
 * the last collection made here and is at least `floor` bytes (default FLOOR), and V8 lets the flag
 * be set (otherwise it is left to V8).
 */
export function collectGarbage(growth = GROWTH, floor = FLOOR): void {
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
  if (growth > 0 && (used - live < growth || used < floor)) return;
  gc();
  live = v8.getHeapStatistics().used_heap_size;
}
