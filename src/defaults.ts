// Every default of govgraph in one place: what a build, the layout and the server do when nobody
// says otherwise. Changing one here changes it for the CLI and the library alike.

export const DEFAULTS = {
  /** Seed of the layout's start positions (`seed` option). */
  layoutSeed: 42,
  /** Seed of Louvain's random choices when no `seed` is given. */
  communitySeed: 7,
  /** Evidence sentences kept per mentions edge in graph.json. */
  evidencePerEdge: 3,
  /** Co-occurrence edges kept from this many shared sentences. */
  cooccurMin: 2,
  /**
   * Above this many nodes or edges the viewer draws graph-view.json's aggregate instead of the
   * whole graph: sigma stays fluid in a browser tab well below a million items.
   */
  viewerMaxNodes: 20_000,
  viewerMaxEdges: 100_000,
  /** Files above this size are refused as "too large". */
  maxBytes: 20 * 1024 * 1024,
  /** Extraction worker processes: one per core, at most this many. */
  maxWorkers: 4,
  /** What `govgraph build` and `extract` read when given no input. */
  inputDir: 'seeds',
  /** `govgraph build -o`. */
  outDir: 'graph-output',
  /** `govgraph serve -p` and `--host`. */
  port: 8377,
  host: '127.0.0.1',
} as const;
