// Layout computed in the build (so the viewer opens instantly): seeded initial positions, then
// ForceAtlas2 (Barnes-Hut above ~2,000 nodes), then Noverlap so that nodes do not cover each other.
//
// The settings are chosen for what these graphs are: a few issuing regions, each naming hundreds
// of entities of its own and sharing some with the others. Plain attraction with ordinary gravity
// gives each region a petal of its own entities and puts the shared ones between the regions that
// name them. Strong gravity or LinLog squeezed everything into one disc, and dissuading hubs
// (outbound attraction distribution) pushed the regions to its rim, away from their entities.
import { DEFAULTS } from '../defaults.js';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import forceAtlas2Defaults from 'graphology-layout-forceatlas2/defaults.js';
import * as helpers from 'graphology-layout-forceatlas2/helpers.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import noverlap from 'graphology-layout-noverlap';
import type { GovGraph } from './index.js';
import { seededRandom } from './random.js';

const require = createRequire(import.meta.url);

export interface LayoutOptions {
  seed?: number;
  /** Overrides the size-scaled default. */
  iterations?: number;
}

/**
 * Fewer iterations for bigger graphs. An iteration costs O(n log n) for repulsion (Barnes-Hut)
 * plus O(e) for attraction, and dense corpus graphs have 25 edges per node: a thousand reports
 * give ~9,000 nodes and ~230,000 edges, where attraction is most of the time. The edge term caps
 * the iterations so such a graph lays out in a few seconds, like a sparse one of its order.
 */
export function defaultIterations(order: number, size = 0): number {
  const byOrder = order <= 500 ? 600 : order <= 2000 ? 300 : order <= 10000 ? 120 : 60;
  const byWork = Math.round(ITERATION_BUDGET / (order + size / 4));
  return Math.max(MIN_ITERATIONS, Math.min(byOrder, byWork));
}

/**
 * How coarse Barnes-Hut's approximation of the repulsion is, where it is used (above ~2,000 nodes):
 * Gephi's default for ForceAtlas2 (its ForceAtlas2.resetPropertiesValues; the FA2 paper's runs),
 * where graphology's is 0.5. On the benchmark's graph of 10,000 reports (11,636 nodes, 281,290
 * edges) its 49 iterations took 2.0 s instead of 4.8 s, and its mentions edges came out no longer
 * (docs/speed.md).
 */
const BARNES_HUT_THETA = 1.2;

/** Node-equivalents of work per layout (edge cost counted as a quarter of a node's). */
const ITERATION_BUDGET = 4_000_000;
const MIN_ITERATIONS = 40;
/**
 * Noverlap's passes: up to 200 (it stops once nothing overlaps), fewer as graphs grow (a pass over
 * 2,000 nodes takes ~20 ms), none above 5,000 nodes, where a pass costs ~100 ms and the viewer
 * shows a cloud at first sight anyway.
 */
export function noverlapIterations(order: number): number {
  if (order > 5000) return 0;
  return Math.max(40, Math.min(200, Math.round(400_000 / Math.max(1, order))));
}

export function layout(graph: GovGraph, options: LayoutOptions = {}): void {
  const job = prepareLayout(graph, options);
  if (job) {
    for (let i = 0; i < job.iterations; i++) iterate(job.settings, job.nodes, job.edges);
  }
  finishLayout(graph, job);
}

/** A layout running beside the caller (startLayout): `done` settles once positions are set. */
export interface RunningLayout {
  done: Promise<void>;
  /** Stops the layout thread if it still runs; `done` then rejects. */
  cancel(): void;
}

/**
 * layout(), with ForceAtlas2's iterations in a worker thread, so that the caller can do what does
 * not read positions meanwhile (a build writes its position-free outputs). The same positions as
 * layout(): the same matrices go through the same iterations, only on another thread. Until `done`
 * settles the graph's positions are not final.
 */
export function startLayout(graph: GovGraph, options: LayoutOptions = {}): RunningLayout {
  const job = prepareLayout(graph, options);
  if (!job) {
    finishLayout(graph, job);
    return { done: Promise.resolve(), cancel: () => undefined };
  }
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: { iterate: require.resolve('graphology-layout-forceatlas2/iterate.js'), ...job },
    transferList: [job.nodes.buffer as ArrayBuffer, job.edges.buffer as ArrayBuffer],
  });
  let cancelled = false;
  const done = new Promise<Float32Array>((resolve, reject) => {
    worker.once('message', (nodes: Float32Array) => resolve(nodes));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(cancelled ? 'the layout was stopped' : `the layout thread ended (exit code ${code})`)),
    );
  }).then((nodes) => {
    void worker.terminate();
    finishLayout(graph, { ...job, nodes });
  });
  // a layout cancelled before anyone waits for it is no unhandled rejection
  done.catch(() => undefined);
  return {
    done,
    cancel: () => {
      cancelled = true;
      void worker.terminate();
    },
  };
}

/** The worker thread: the library's own iteration, run `iterations` times over the matrices. */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const iterate = require(workerData.iterate);
const { settings, nodes, edges, iterations } = workerData;
for (let i = 0; i < iterations; i++) iterate(settings, nodes, edges);
parentPort.postMessage(nodes, [nodes.buffer]);
`;

/** ForceAtlas2's input: its settings and the graph as the library's matrices. */
interface LayoutJob {
  settings: Record<string, unknown>;
  nodes: Float32Array;
  edges: Float32Array;
  iterations: number;
}

/** Seeds every position and, when the layout is to run, its matrices; none when it is not. */
function prepareLayout(graph: GovGraph, options: LayoutOptions): LayoutJob | undefined {
  const random = seededRandom(options.seed ?? DEFAULTS.layoutSeed);
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, { x: random() * 100 - 50, y: random() * 100 - 50 });
  });
  const iterations = options.iterations ?? defaultIterations(graph.order, graph.size);
  if (graph.order === 0 || iterations <= 0) return undefined;
  const settings = layoutSettings(graph);
  // co-occurrence ties entities across regions: kept light so that it does not merge the petals
  const { nodes, edges } = helpers.graphToByteArrays(graph, (_e, attr) =>
    attr.kind === 'co_occurs' ? Math.min(attr.weight, 5) * 0.2 : 1,
  );
  return { settings, nodes, edges, iterations };
}

/** ForceAtlas2's settings for `graph` (see the top of this file, and BARNES_HUT_THETA). */
export function layoutSettings(graph: GovGraph): Record<string, unknown> {
  const settings = helpers.assign({}, forceAtlas2Defaults, {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 2000,
    barnesHutTheta: BARNES_HUT_THETA,
    strongGravityMode: false,
    gravity: 1,
    scalingRatio: 10,
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
  });
  const invalid = helpers.validateSettings(settings);
  if (invalid) throw new Error(`graphology-layout-forceatlas2: ${invalid.message}`);
  return settings;
}

/** The iterated positions into the graph, then Noverlap and the rounding. */
function finishLayout(graph: GovGraph, job: LayoutJob | undefined): void {
  if (job) {
    helpers.assignLayoutChanges(graph, job.nodes, null);
    const passes = noverlapIterations(graph.order);
    if (passes > 0) noverlap.assign(graph, { maxIterations: passes, settings: { ratio: 1.3, margin: 1 } });
  }
  // Rounded positions keep graph.json small and its bytes stable across platforms' float noise.
  graph.updateEachNodeAttributes((_n, attr) => ({ ...attr, x: round(attr.x), y: round(attr.y) }));
}

function round(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 100) / 100 : 0;
}
