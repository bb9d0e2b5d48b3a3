// Chains the stages: inputs -> reports (in worker processes) -> entities -> graph -> outputs.
import { DEFAULTS } from '../defaults.js';
import type { Warning } from '../types.js';
import type { AssignedId } from '../ingest/index.js';
import { ExtractionCache, extractorVersion, reportKeys, saveReportKeys, type CacheStats } from './cache.js';
import type { DocResult } from './process-doc.js';
import { processFiles, stopWorkers } from './workers.js';
import { resolve } from '../resolve/index.js';
import { MentionStore, ShapeTable } from '../resolve/store.js';
import { keptOf, packDoc, packedOfKept, unpackDoc, type KeptDoc, type PackedDoc } from './kept.js';
import { collectGarbage } from '../memory.js';
import { addEdges, addEdgesBeside, graphNodes, type GraphOptions, type ReportRef } from '../graph/build.js';
import { assignCommunities } from '../graph/communities.js';
import { layout, startLayout, type LayoutOptions, type RunningLayout } from '../graph/layout.js';
import type { GovGraph } from '../graph/index.js';
import type { Entity } from '../resolve/index.js';
import { panelBeside, panelOf, type PanelCell } from '../graph/panel.js';
import { mentionRows, type MentionRow, type MentionRows } from '../graph/mentions.js';
import type { DocumentInfo, ExportInput } from '../export/index.js';
import { openOutputSet, plannedFiles, type OutputSetWriter } from '../export/write.js';
import type { ReuseStats } from '../export/reuse.js';
import { checkOutputFolder } from '../export/manifest.js';
import { lockOutputFolder } from '../export/lock.js';
import { readShards } from './shard.js';
import { InputError } from '../errors.js';
import { BUILD_OUTPUTS } from '../export/registry.js';
import { filesOf } from '../export/types.js';
import { useEdgeSources, type EdgeSources } from '../export/blocks.js';
import { entityTag } from '../export/tables.js';
import { compare } from '../text/compare.js';
import { buildFingerprint } from './unchanged.js';
import { listed, type ListedInputs } from './listed.js';
import { holdsBuild } from '../export/build-record.js';

export interface BuildOptions extends GraphOptions {
  /** Skip ForceAtlas2 (positions stay at their seeded random start). */
  layout?: boolean;
  layoutIterations?: number;
  seed?: number;
  /** Worker processes for extraction; default: one per core, at most 4 (0: on this thread). */
  workers?: number;
  /**
   * Stop the extraction workers once every file is read (a one-shot build such as the CLI's):
   * their memory, the segmenter's ~250 MB each included, is returned before the graph, the layout
   * and the exports need memory. A process that builds again keeps them (the default) and skips
   * their start-up next time.
   */
  releaseWorkers?: boolean;
  /**
   * Names never merged into another entity: a user's undo of a merge listed in a node's
   * `mergedFrom` (e.g. `['一老一幼']` keeps 一老一幼 apart from 一老一小).
   */
  keepApart?: readonly string[];
  /** Called after each input file is processed. */
  onProgress?: (done: number, total: number, file: string) => void;
  /**
   * Called as each step after the reading starts (BUILD_STEPS, in that order), with what it works
   * on: at 10,000 reports they take twenty seconds and more between the last report read and the
   * first output written.
   */
  onStep?: (step: BuildStep, detail: string) => void;
  /** Overwrite files in the output folder that govgraph did not write (see export/manifest.ts). */
  force?: boolean;
  /** Build from these shards (`govgraph extract`) instead of reading the inputs. */
  from?: readonly string[];
  /**
   * A folder for the extraction cache: reports whose bytes, path and extractor are unchanged are
   * taken from it instead of extracted again (see run/cache.ts). None by default. With a cache,
   * `build` also copies the blocks of the big outputs that are unchanged since the previous build
   * into the output folder (export/reuse.ts).
   */
  cache?: string;
  /**
   * How many reports a build must take from single cache entries or extract before it gathers all
   * of its reports into the cache's corpus file (run/cache.ts's CONSOLIDATE_AT, the default): for
   * tests of that file on a few reports.
   */
  cacheConsolidateAt?: number;
  /** Reports per part of mentions.parquet (export/parts.ts's PART_BLOCKS, the default): for tests of its parts on a few reports. */
  partBlocks?: number;
}

/** The steps of a build between its reading and its writing, in order. */
export const BUILD_STEPS = ['resolving entities', 'building the graph', 'communities and layout'] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];

export interface BuildResult {
  graph: GovGraph;
  documents: DocumentInfo[];
  /** Region × year × entity: what each region's report of each year names (panel.csv, events.csv). */
  panel: PanelCell[];
  /** Every mention with its sentence (mentions.csv). */
  mentions: Iterable<MentionRow>;
  /** Inputs that could not be read or made no sense as reports. */
  problems: Warning[];
  /** With a cache: how many reports it gave, and the entries it ignored. */
  cache?: CacheStats;
  /** With a cache: each report's cache key, by report id (ExportInput.digests). */
  digests?: ReadonlyMap<string, string>;
  /** One line each about the inputs that is worth saying (a shard made by another extractor). */
  notices?: string[];
}

/** A build's result whose layout may still run (in a thread): positions are final once `layout.done` settles. */
interface PendingResult extends BuildResult {
  layout: RunningLayout;
}

/** The result once its layout is done. */
async function settle({ layout, ...result }: PendingResult): Promise<BuildResult> {
  await layout.done;
  return result;
}

/** Builds the graph of every report found under `inputs` (files or folders). */
export async function buildGraphFromInputs(
  inputs: readonly string[],
  options: BuildOptions = {},
): Promise<BuildResult> {
  return settle(await pendingFromInputs(inputs, options));
}

/**
 * Called once the graph's nodes are made, before its edges, with what the outputs that need no
 * edge read (AnyExporter.nodesOnly): build() writes them then. Not called when no report was read.
 */
type OnNodes = (input: ExportInput & { mentions: MentionRows }) => Promise<void>;

async function pendingFromInputs(
  inputs: readonly string[] | ListedInputs,
  options: BuildOptions,
  onNodes?: OnNodes,
): Promise<PendingResult> {
  const shapes = new ShapeTable();
  // a cached report's key is its digest (graph/docs.ts's ReportRef): a rebuild copies its rows
  const { results, cache } = await extractKept(
    inputs,
    options,
    (r, key) => ({ ...keptOf(r, shapes), ...(key ? { digest: key } : {}) }),
    { table: shapes, kept: (r) => ('reason' in r ? undefined : r) },
  );
  return { ...(await graphFromResults(results, shapes, options, onNodes)), ...(cache ? { cache } : {}) };
}

/**
 * Builds the graph of the reports extracted into the shards `dirs` (`govgraph extract`, see
 * run/shard.ts): the same graph as buildGraphFromInputs over the shards' reports.
 */
export async function buildGraphFromShards(dirs: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  return settle(await pendingFromShards(dirs, options));
}

async function pendingFromShards(
  dirs: readonly string[],
  options: BuildOptions,
  onNodes?: OnNodes,
): Promise<PendingResult> {
  const { results, warnings } = await readShards(dirs);
  const shapes = new ShapeTable();
  // a one-shot build makes report ids unique across the corpus; shards extracted apart cannot
  const seen = new Map<string, string>();
  for (const r of results) {
    if ('reason' in r) continue;
    const other = seen.get(r.info.id);
    if (other !== undefined)
      throw new InputError(
        `report id “${r.info.id}” is in two shards (${other} and ${r.info.file}): give the files distinct names, or extract them into one shard`,
      );
    seen.set(r.info.id, r.info.file);
  }
  const keptResults = results.splice(0).map((r) => ('reason' in r ? r : keptOf(packDoc(r), shapes)));
  return { ...(await graphFromResults(keptResults, shapes, options, onNodes)), notices: warnings };
}

/**
 * Reads and extracts every report under `inputs` (taking what the cache has): the per-report
 * results in input order, the inputs that could not be listed first.
 */
export function extractInputs(
  inputs: readonly string[],
  options: BuildOptions = {},
): Promise<{ results: (DocResult | Warning)[]; cache?: CacheStats }> {
  return extractKept(inputs, options, unpackDoc);
}

/** extractInputs, keeping `keep(result)` of each report as it arrives. */
async function extractKept<T>(
  inputs: readonly string[] | ListedInputs,
  options: BuildOptions,
  keep: (r: PackedDoc, key?: string) => T,
  by?: {
    /** The shape table `keep` keeps by (keptOf): the cache's entries then say their shapes' ids in it. */
    table: ShapeTable;
    /** What `keep` kept as a KeptDoc (none for a problem): the cache then gathers the reports into its corpus file (cache.ts's consolidate). */
    kept: (r: T | Warning) => KeptDoc | undefined;
  },
): Promise<{ results: (T | Warning)[]; cache?: CacheStats }> {
  const { files, problems, ids, keys } = listed(inputs, options.cache);
  const cache = options.cache ? new ExtractionCache(options.cache, by?.table, options.cacheConsolidateAt) : undefined;
  const { results, read } = await processWithCache(files, ids, cache, options, keep, keys);
  if (options.releaseWorkers) await stopWorkers();
  // a build that read no report writes nothing, the cache included
  if (cache && read) {
    if (by) {
      const table = by.table;
      cache.consolidate(
        results.flatMap((r) => {
          const k = by.kept(r);
          return k?.digest ? [{ key: k.digest, doc: () => packedOfKept(k, (id) => table.keyOf(id)) }] : [];
        }),
      );
    }
    cache.prune();
    saveReportKeys(cache.dir, files, ids);
  }
  return { results: [...problems, ...results], ...(cache ? { cache: cache.stats } : {}) };
}

/**
 * The graph, panel and mentions of per-report results (extracted now, cached or from shards), its
 * layout started in a thread; `onNodes` is called between the graph's nodes and its edges.
 */
async function graphFromResults(
  results: (KeptDoc | Warning)[],
  shapes: ShapeTable,
  options: BuildOptions,
  onNodes?: OnNodes,
): Promise<PendingResult> {
  const problems: Warning[] = [];
  const docs: KeptDoc[] = [];
  for (const r of results.splice(0)) {
    if ('reason' in r) problems.push(r);
    else docs.push(r);
  }
  // the same reports in any order give the same bytes: everything after this point sees them by id
  docs.sort((a, b) => compare(a.info.id, b.info.id));
  const documents = docs.map((d) => d.info);
  const digests = new Map(docs.flatMap((d) => (d.digest ? [[d.info.id, d.digest] as const] : [])));
  // the reports' mentions and sentences are dropped once they are in the graph, before the layout
  const nodes = entityNodes(docs.splice(0), shapes, options);
  const { graph, mentions } = nodes;
  if (onNodes && documents.length > 0)
    await onNodes({ graph, documents, problems, mentions, ...(digests.size > 0 ? { digests } : {}) });
  const panel = await entityEdgesBeside(nodes, options);
  const layout = finishGraph(graph, options, startLayout);
  return { graph, documents, panel, mentions, problems, layout, ...(digests.size > 0 ? { digests } : {}) };
}

/**
 * The reports the cache has are taken from it; the others are extracted (in the pool) and stored.
 * Each result is stored as it arrives, and only `keep(result)` is kept of it. The reports the cache
 * has no entry for are sent to the pool before the entries are read, so that the workers load the
 * segmenter (~1 s) and extract them while this thread reads: adding one report to 10,000 waited
 * for both in turn. An entry that turns out damaged is extracted after, with the rest of its kind.
 */
async function processWithCache<T>(
  files: readonly string[],
  ids: readonly AssignedId[],
  cache: ExtractionCache | undefined,
  options: BuildOptions,
  keep: (r: PackedDoc, key?: string) => T,
  /** The files' keys by the cache's key index, when listed already (run/listed.ts). */
  listedKeys?: readonly (string | undefined)[],
): Promise<{ results: (T | Warning)[]; read: boolean }> {
  let read = false;
  const keepOf = (r: PackedDoc | Warning, key?: string) => ('reason' in r ? r : ((read = true), keep(r, key)));
  if (!cache) return { results: await processFiles(files, { ...options, ids, keep: (r) => keepOf(r) }), read };
  const keys = listedKeys ?? reportKeys(files, ids, { dir: cache.dir });
  const results: (T | Warning | undefined)[] = new Array(files.length);
  let done = 0;
  // extracts files[i] for each i of `which`, storing each result as it arrives
  const extract = (which: number[]) =>
    processFiles<T>(
      which.map((i) => files[i]!),
      {
        ...options,
        ids: which.map((i) => ids[i]!),
        onProgress: (_d, _t, file) => options.onProgress?.(++done, files.length, file),
        keep: (r, j) => {
          const i = which[j]!;
          // the key was taken when the files were listed, before this one was read: a report changed
          // since (saved over while the build runs) is neither stored under it nor named by it (its
          // sentences are then fingerprinted by their text, export/blocks.ts)
          const key = keys[i] !== undefined && reportKeys([files[i]!], [ids[i]!])[0] === keys[i] ? keys[i] : undefined;
          if (!('reason' in r) && key) cache.put(key, r);
          return keepOf(r, key);
        },
      },
    ).then((fresh) => which.forEach((i, j) => (results[i] = fresh[j]!)));
  const cached = keys.map((key) => key !== undefined && cache.has(key));
  const absent = files.flatMap((_f, i) => (cached[i] ? [] : [i]));
  // started now, settled below: its results come in while this thread waits, after the reading
  const first = absent.length > 0 ? extract(absent) : undefined;
  first?.catch(() => undefined);
  const damaged: number[] = [];
  files.forEach((f, i) => {
    if (!cached[i]) return;
    const entry = cache.get(keys[i]!, f);
    if (entry) results[i] = keepOf(entry, keys[i]);
    else damaged.push(i);
  });
  done += files.length - absent.length - damaged.length;
  if (done > 0) options.onProgress?.(done, files.length, files[0]!);
  await first;
  if (damaged.length > 0) await extract(damaged);
  return { results: results as (T | Warning)[], read };
}

/** Resolves the documents' mentions into entities and builds the laid-out graph. */
export function graphOf(docs: readonly DocResult[], options: BuildOptions = {}): GovGraph {
  const shapes = new ShapeTable();
  const nodes = entityNodes(
    docs.map((d) => keptOf(packDoc(d), shapes)),
    shapes,
    options,
  );
  entityEdges(nodes, options);
  finishGraph(nodes.graph, options, layout);
  return nodes.graph;
}

/** The entities of the documents' mentions, the graph's nodes, and every mention as a row. */
interface EntityNodes {
  graph: GovGraph;
  entities: readonly Entity[];
  reports: readonly ReportRef[];
  mentions: MentionRows;
}

/** Entities and their nodes (graphNodes), with the reports' sentences kept for the evidence and the mentions' rows. */
function entityNodes(docs: readonly KeptDoc[], shapes: ShapeTable, options: BuildOptions): EntityNodes {
  const issuers = new Map(docs.flatMap((d) => (d.region ? [[d.info.id, d.region.name] as const] : [])));
  const provinces = new Map(docs.flatMap((d) => (d.region?.province ? [[d.info.id, d.region.province] as const] : [])));
  const store = new MentionStore(
    shapes,
    docs.map((d) => ({ id: d.info.id, mentions: d.mentions })),
  );
  options.onStep?.('resolving entities', `${store.docCount} reports`);
  const entities = resolve(store, {
    issuers,
    provinces,
    ...(options.keepApart ? { keepApart: options.keepApart } : {}),
  });
  collectGarbage();
  // the reports' sentences, not their mention columns (now in the store), stay for the evidence
  const reports = docs.map(({ info, region, sentences, digest }) => ({
    id: info.id,
    region,
    ...(info.year ? { year: info.year } : {}),
    sentence: (i: number) => sentences.get(i),
    ...(digest ? { digest } : {}),
  }));
  const graph = graphNodes(entities, reports);
  return { graph, entities, reports, mentions: mentionRows(entities, reports) };
}

/** The edges of entityNodes' graph, with evidence sentences copied out of the documents, and the year panel. */
function entityEdges({ graph, entities, reports }: EntityNodes, options: BuildOptions): PanelCell[] {
  options.onStep?.('building the graph', `${entities.length} entities`);
  addEdges(graph, entities, reports, options);
  return entityPanel(entities, reports);
}

/** entityEdges, the co-occurrences counted on a thread beside the other edges (addEdgesBeside). */
async function entityEdgesBeside(
  { graph, entities, reports }: EntityNodes,
  options: BuildOptions,
): Promise<PanelCell[]> {
  options.onStep?.('building the graph', `${entities.length} entities`);
  // the panel counted on a thread while this one makes the edges
  const panel = panelBeside(entities, reports);
  // if the edges below throw, the panel's end is nobody's concern
  panel.catch(() => undefined);
  await addEdgesBeside(graph, entities, reports, options);
  collectGarbage();
  const cells = await panel;
  collectGarbage();
  return cells;
}

function entityPanel(entities: readonly Entity[], reports: readonly ReportRef[]): PanelCell[] {
  collectGarbage();
  const panel = panelOf(entities, reports);
  collectGarbage();
  return panel;
}

/** Communities, then the layout, by `run` (layout, or startLayout for one beside the caller). */
function finishGraph<T>(
  graph: GovGraph,
  options: BuildOptions,
  run: (graph: GovGraph, options: LayoutOptions) => T,
): T {
  collectGarbage();
  options.onStep?.('communities and layout', `${graph.order} nodes, ${graph.size} edges`);
  assignCommunities(graph, options.seed);
  const iterations = options.layout === false ? 0 : options.layoutIterations;
  return run(graph, { seed: options.seed ?? DEFAULTS.layoutSeed, ...(iterations !== undefined ? { iterations } : {}) });
}

export interface WriteOptions {
  /** Called when every report is read and the outputs are about to be written. */
  onWrite?: () => void;
  /** Called as each output starts (writeOutputSet's onOutput). */
  onOutput?: (file: string, done: number, total: number) => void;
  /** Stops the write before its switch (the CLI's signal guard); the previous outputs stay. */
  signal?: AbortSignal;
}

/**
 * buildGraphFromInputs, then every output and the viewer into `outDir` as one set switched in
 * whole (export/output-set.ts) — what `govgraph build` runs. The folder is locked from the start
 * (a second build into it stops with an ExportError), and a file in the way stops the build before
 * any work. When no report could be read nothing is written and `written` is empty: the previous
 * outputs stay. `inputs` may be listed already (listInputs, with the same `cache`), as by a caller
 * that asked unchangedBuild first: they are then not listed again.
 */
export async function build(
  inputs: readonly string[] | ListedInputs,
  outDir: string,
  options: BuildOptions & WriteOptions = {},
): Promise<BuildResult & { written: string[]; reuse?: ReuseStats }> {
  const release = lockOutputFolder(outDir);
  let stopLayout: (() => void) | undefined;
  let set: OutputSetWriter | undefined;
  let built: GovGraph | undefined;
  try {
    checkOutputFolder(outDir, plannedFiles(BUILD_OUTPUTS), options.force);
    // the inputs listed once, for the fingerprint and the extraction
    const reports = options.from ? inputs : listed(inputs, options.cache);
    // what the outputs are made from, read before the reports are (see run/unchanged.ts)
    const fingerprint = options.cache && !options.from ? buildFingerprint(reports, options) : undefined;
    // the outputs that show positions wait for the layout, which starts once the graph is made
    let laidOut!: (done: Promise<void>) => void;
    const positions = new Promise<void>((resolve, reject) => (laidOut = (done) => void done.then(resolve, reject)));
    positions.catch(() => undefined);
    let reuse: ReuseStats | undefined;
    const open = () => {
      options.onWrite?.();
      return openOutputSet(outDir, BUILD_OUTPUTS, {
        positions,
        ...(options.force ? { force: true } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onOutput ? { onOutput: options.onOutput } : {}),
        ...(fingerprint ? { record: fingerprint } : {}),
        ...(options.partBlocks !== undefined ? { partBlocks: options.partBlocks } : {}),
        ...(options.cache ? { reuse: { version: extractorVersion(), onStats: (s: ReuseStats) => (reuse = s) } } : {}),
      });
    };
    // The outputs that need no edge (mentions.csv, and mentions.parquet from it) are written once
    // the nodes are made: DuckDB's conversion of mentions.csv (the longest, ~7 s of a thread at
    // 10,000 reports) then runs beside the making of the edges, on a core otherwise idle, instead
    // of beside the layout, the copies and the other outputs.
    const onNodes: OnNodes = async (input) => {
      // the edges are made as addEdges makes them and not changed until the switch: their blocks
      // are fingerprinted by their reports (blocks.ts's EdgeSources)
      built = input.graph;
      useEdgeSources(built, edgeSources(input, options));
      set = open();
      await set.write(input, (e) => e.nodesOnly === true);
      // the edges are made in one synchronous stretch: the conversion must be DuckDB's by then
      await set.started();
    };
    const { layout: running, ...result } = options.from
      ? await pendingFromShards(options.from, options, onNodes)
      : await pendingFromInputs(reports, options, onNodes);
    stopLayout = running.cancel;
    laidOut(running.done);
    if (result.documents.length === 0) return { ...result, written: [] };
    // opened by onNodes, which is called whenever a report was read
    const opened: OutputSetWriter = set!;
    // the layout runs in a thread while the outputs that do not show positions are written
    await opened.write(result);
    const written = await opened.finish();
    await running.done;
    return { ...result, written, ...(reuse ? { reuse } : {}) };
  } catch (error) {
    await set?.abandon();
    throw error;
  } finally {
    // the graph is the caller's now, to change as it likes
    if (built) useEdgeSources(built, undefined);
    stopLayout?.();
    release();
  }
}

/**
 * What a build's mentions edges are made from (blocks.ts's EdgeSources): its reports'
 * fingerprints, which mentions.csv computes with the same tag; none when the entities' mentions
 * are not in the store's order.
 */
function edgeSources(
  { graph, mentions }: { graph: GovGraph; mentions: MentionRows },
  options: GraphOptions,
): EdgeSources | undefined {
  if (!mentions.inStoreOrder) return undefined;
  const tag = entityTag(graph);
  return {
    tag,
    report: (id) => mentions.fingerprint(id, tag),
    context: `evidence per edge: ${options.evidencePerEdge ?? DEFAULTS.evidencePerEdge}`,
  };
}

/**
 * Whether `build(inputs, outDir, options)` would write what `outDir` holds already: the same
 * reports, govgraph, Node, libraries and options as the build that wrote it, and its files as that
 * build wrote them (run/unchanged.ts). Only a build with a cache records what it was made from;
 * with `from` or `force`, never. `inputs` may be listed already (listInputs), and passed on to build.
 */
export function unchangedBuild(
  inputs: readonly string[] | ListedInputs,
  outDir: string,
  options: BuildOptions = {},
): boolean {
  if (!options.cache || options.from || options.force) return false;
  const fingerprint = buildFingerprint(inputs, options);
  return fingerprint !== undefined && holdsBuild(outDir, fingerprint, BUILD_OUTPUTS.flatMap(filesOf));
}
