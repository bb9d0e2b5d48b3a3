// A full garbage collection between the stages of a build. Each stage (resolution, the graph, the
// layout, every export) leaves garbage in V8's old generation, which V8, with a heap limit sized
// to the machine (4 GB here), collects late: at 10,000 reports the heap grew from 0.8 GB of live
// data to 2.6 GB over the exports. Collected between stages, the peak is the live data plus one
// stage's garbage. V8 exposes the collector only behind a flag, set here once.
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null | undefined;

/** Collects garbage now, when V8 lets the flag be set (otherwise it is left to V8). */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
