// Entity[] -> graphology graph following the contract in DESIGN.md: nodes, mentions edges with
// evidence, part_of / located_in / in_industry / involves edges, co-occurrence edges.
import { DEFAULTS } from '../defaults.js';
import Graph from 'graphology';
import type { EntityType, Evidence } from '../types.js';
import { PHASES } from '../types.js';
import type { Entity } from '../resolve/index.js';
import type { MentionStore } from '../resolve/store.js';
import type { EdgeAttributes, GovGraph, GraphAttributes, NodeAttributes } from './index.js';
import { TYPE_COLORS, nodeSize } from './appearance.js';
import {
  addCooccurrenceEdges,
  addCooccurrences,
  cooccurrenceInput,
  countPairsBeside,
  countPairsOf,
} from './cooccur.js';
import { bucketOrder, docTables, perStore, type ReportRef } from './docs.js';
import { showLost } from '../normalize/noise.js';
import { compare } from '../text/compare.js';
import { parentCodeOf, statisticalCode } from '../gazetteer/index.js';

export type { ReportRef } from './docs.js';

export interface GraphOptions {
  /** Keep co-occurrence edges seen in at least this many sentences. */
  cooccurMin?: number;
  /** Evidence sentences kept per mentions edge. */
  evidencePerEdge?: number;
}

const regionKey = (name: string) => `region:${name}`;

export function buildGraph(
  entities: readonly Entity[],
  reports: readonly ReportRef[],
  options: GraphOptions = {},
): GovGraph {
  const graph = graphNodes(entities, reports);
  addEdges(graph, entities, reports, options);
  return graph;
}

/**
 * The first half of buildGraph: a node for each entity and each issuing region, the regions'
 * part_of chains. Each node's label and type are final here (what mentions.csv shows of an
 * entity); its counts, years and size are set by addEdges.
 */
export function graphNodes(entities: readonly Entity[], reports: readonly ReportRef[]): GovGraph {
  // multi: a region can both mention its parent and be part_of it
  const graph: GovGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'directed', multi: true });
  graph.replaceAttributes({ name: 'govgraph', generator: 'govgraph' });
  for (const e of entities) graph.addNode(e.key, entityAttributes(e));
  addIssuingRegions(graph, reports);
  return graph;
}

/** The second half of buildGraph, on graphNodes' graph of the same entities and reports: every other edge, and what the nodes count. */
export function addEdges(
  graph: GovGraph,
  entities: readonly Entity[],
  reports: readonly ReportRef[],
  options: GraphOptions = {},
): void {
  addMentionsEdges(graph, entities, reports, options);
  addStructuralEdges(graph, entities);
  addCooccurrences(graph, entities, options.cooccurMin ?? DEFAULTS.cooccurMin);
  sizeNodes(graph);
}

/**
 * addEdges, with the co-occurrences counted on a thread of their own while this one makes the
 * other edges, when there are many (at 10,000 reports, about a second of a core): the same graph,
 * its edges added in the same order.
 */
export async function addEdgesBeside(
  graph: GovGraph,
  entities: readonly Entity[],
  reports: readonly ReportRef[],
  options: GraphOptions = {},
): Promise<void> {
  const min = options.cooccurMin ?? DEFAULTS.cooccurMin;
  const { named, numbers } = cooccurrenceInput(entities);
  const counting =
    numbers.ids.length >= COUNTED_BESIDE ? countPairsBeside(numbers, min) : Promise.resolve(countPairsOf(numbers, min));
  // if the edges below throw, the count's end is nobody's concern
  counting.catch(() => undefined);
  addMentionsEdges(graph, entities, reports, options);
  addStructuralEdges(graph, entities);
  addCooccurrenceEdges(graph, named, await counting);
  sizeNodes(graph);
}

/** Mentions of co-occurring entities from which addEdgesBeside counts their pairs on a thread. */
const COUNTED_BESIDE = 200_000;

/** Each region's mentions edges to what its reports name, and each entity's regionCount and years. */
function addMentionsEdges(
  graph: GovGraph,
  entities: readonly Entity[],
  reports: readonly ReportRef[],
  options: GraphOptions,
): void {
  const docsOf = docTables(reports);
  const evidencePerEdge = options.evidencePerEdge ?? DEFAULTS.evidencePerEdge;
  // per report of a store, by its number: the edge's source (its issuing region's node) and what
  // counts a region for regionCount (the issuer, or the report itself when it has none), both as
  // numbers of the store's `sides` (-1: no source), so that each run of mentions looks up no string
  const sidesOf = perStore((store) => {
    const numbers = new Map<string, number>();
    const number = (key: string) => {
      let k = numbers.get(key);
      if (k === undefined) numbers.set(key, (k = numbers.size));
      return k;
    };
    const keys = docsOf(store).map((r) => (r?.region ? regionKey(r.region.name) : null));
    const source = Int32Array.from(keys, (k) => (k === null ? -1 : number(k)));
    const counted = Int32Array.from(keys, (k, d) => number(k ?? `doc:${store.docName(d)}`));
    const sides = [...numbers.keys()];
    // by side: the last entity (by its number here) that counted it, and the edge to it of the
    // entity at hand with the phases (PHASES' bits) of its mentions so far and its place in `made`
    return {
      source,
      counted,
      sides,
      numbers,
      countedBy: new Int32Array(sides.length).fill(-1),
      edgeOf: [] as (EdgeAttributes | undefined)[],
      phasesOf: new Uint8Array(sides.length),
      slotOf: new Int32Array(sides.length),
    };
  });
  // per report of a store, by its number: the last entity (by its number here) that met it, so
  // what is counted once per report is counted at the first run of its mentions, without a search
  const metBy = perStore((store) => new Int32Array(store.docCount).fill(-1));
  // per report of a store, by its number: its year, Infinity when it has none (last in byYear)
  const yearsOf = perStore((store) => Float64Array.from(docsOf(store), (r) => r?.year ?? Infinity));
  // per store: its reports' numbers in id order, and each report's place in that order, so that an
  // edge's reports are sorted as numbers and named once
  const idOrderOf = perStore((store) => {
    const order = Int32Array.from({ length: store.docCount }, (_x, d) => d);
    if (!store.inIdOrder) order.sort((a, b) => compare(store.docName(a), store.docName(b)));
    const rank = new Int32Array(order.length);
    order.forEach((d, r) => (rank[d] = r));
    return { order, rank };
  });
  // per store, by shape number: the shape's phase as a bit, in PHASES' order
  const phaseBitsOf = perStore((store) =>
    Uint8Array.from(store.shapes.shapes, (shape) => 1 << PHASES.indexOf(shape.phase)),
  );
  // an entity's edges' reports, as (edge's place in `made`, report) pairs in the order their first
  // runs come; grown as needed and used again for the next entity
  let pairSlot = new Int32Array(1024);
  let pairDoc = new Int32Array(1024);
  for (const [n, e] of entities.entries()) {
    let regions = 0;
    const years = new Set<number>();
    const { store } = e.mentions;
    const table = docsOf(store);
    const { source: sourceOf, counted, sides, numbers, countedBy, edgeOf, phasesOf, slotOf } = sidesOf(store);
    const met = metBy(store);
    const phaseBits = phaseBitsOf(store);
    // the entity's own node as a side: no edge from a region to itself
    const self = numbers.get(e.key) ?? -2;
    // this entity's edges by their source's number (edgeOf and phasesOf, emptied after the entity)
    const made: number[] = [];
    let pairs = 0;
    // the first year's mentions first, so an edge's evidence starts with the sentence that first named it;
    // a report's mentions come together, and what depends on the report only is done once per run of them
    let d = -1;
    let report: ReportRef | null | undefined;
    let doc = '';
    let source = -1;
    let edge: EdgeAttributes | undefined;
    for (const i of byYear(e.mentions.ids, store, yearsOf(store))) {
      const at = store.docIndexOf(i);
      if (at !== d) {
        d = at;
        report = table[d];
        // a report's mentions may come in several runs; it is counted at its first
        const first = met[d] !== n;
        met[d] = n;
        if (first) {
          if (report?.year) years.add(report.year);
          const c = counted[d]!;
          if (countedBy[c] !== n) {
            countedBy[c] = n;
            regions += 1;
          }
        }
        source = sourceOf[d]!;
        edge = undefined;
        if (source < 0 || source === self) continue;
        doc = store.docName(d);
        edge = edgeOf[source];
        if (!edge) {
          const key = `mentions:${sides[source]!}->${e.key}`;
          // the attributes in their final order; phases, docs and years are set once the entity is done
          graph.addEdgeWithKey(key, sides[source]!, e.key, {
            kind: 'mentions',
            weight: 0,
            phases: [],
            docs: [],
            evidence: [],
            years: [],
          });
          edgeOf[source] = edge = graph.getEdgeAttributes(key);
          slotOf[source] = made.push(source) - 1;
        }
        if (first) {
          if (pairs === pairDoc.length) {
            pairSlot = grown(pairSlot);
            pairDoc = grown(pairDoc);
          }
          pairSlot[pairs] = slotOf[source]!;
          pairDoc[pairs++] = d;
        }
      }
      if (!edge) continue;
      edge.weight += 1;
      phasesOf[source]! |= phaseBits[store.shapeIdOf(i)]!;
      if (edge.evidence!.length >= evidencePerEdge) continue;
      const s = report?.sentence(store.sentenceOf(i));
      if (s && !edge.evidence!.some((x) => x.doc === doc && x.start === s.start)) {
        // a character lost to bad bytes (U+FFFD inside the pipeline) is shown as □, as the warnings show it
        edge.evidence!.push({ doc, sentence: showLost(s.text), start: s.start, end: s.end } satisfies Evidence);
      }
    }
    finishMentionsEdges(made, edgeOf, phasesOf, pairSlot.subarray(0, pairs), pairDoc.subarray(0, pairs), {
      store,
      years: yearsOf(store),
      ...idOrderOf(store),
    });
    graph.setNodeAttribute(e.key, 'regionCount', regions);
    // an issuing region keeps the years of its reports too
    const attr = graph.getNodeAttributes(e.key);
    setYears(attr, [...(attr.years ?? []), ...years]);
  }
}

/** Each node's size, by its type, mentions and regions (appearance.ts). */
function sizeNodes(graph: GovGraph): void {
  const issuing = (attr: NodeAttributes) => (attr.reports?.length ?? 0) > 0;
  const issuers = graph.filterNodes((_k, attr) => issuing(attr)).length;
  graph.updateEachNodeAttributes((_key, attr) => ({
    ...attr,
    size: nodeSize(attr.type, attr.mentions, attr.regionCount, issuing(attr), issuers),
  }));
}

/**
 * An entity's mentions edges made whole: each edge's phases in PHASES' order (from the bits of its
 * mentions' phases), its reports sorted by id and the years of those reports, sorted (none: no
 * `years`, no `firstYear`). `pairSlot[p]` and `pairDoc[p]` are an edge's place in `made` and one of
 * its reports (each once); edgeOf and phasesOf are emptied for the next entity.
 */
function finishMentionsEdges(
  made: readonly number[],
  edgeOf: (EdgeAttributes | undefined)[],
  phasesOf: Uint8Array,
  pairSlot: Int32Array,
  pairDoc: Int32Array,
  reports: { store: MentionStore; years: Float64Array; order: Int32Array; rank: Int32Array },
): void {
  // the pairs grouped by edge, in `made`'s order
  const byEdge = bucketOrder(pairSlot, made.length);
  let at = 0;
  made.forEach((source, k) => {
    const edge = edgeOf[source]!;
    const bits = phasesOf[source]!;
    edge.phases = PHASES.filter((_p, b) => (bits & (1 << b)) !== 0);
    // its reports in id order, each named once, and their years
    let end = at;
    while (end < byEdge.length && pairSlot[byEdge[end]!] === k) end += 1;
    const sorted = Int32Array.from(byEdge.subarray(at, end), (p) => reports.rank[pairDoc[p]!]!).sort();
    at = end;
    const docs = new Array<string>(sorted.length);
    const years: number[] = [];
    for (let j = 0; j < sorted.length; j++) {
      const d = reports.order[sorted[j]!]!;
      docs[j] = reports.store.docName(d);
      const year = reports.years[d]!;
      if (year !== Infinity && !years.includes(year)) years.push(year);
    }
    edge.docs = docs;
    if (years.length > 0) setYears(edge, years);
    else delete edge.years;
    edgeOf[source] = undefined;
    phasesOf[source] = 0;
  });
}

/** A copy of `a` twice as long. */
function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Mention ids ordered by their report's year (`yearOfDoc`, by the store's report number; reports
 * without one last), otherwise as they come.
 */
function byYear(ids: Int32Array, store: MentionStore, yearOfDoc: Float64Array): Int32Array {
  // each key looked up once, in a plain loop; a stable counting sort by the year's rank among the
  // few there are
  const keys = new Float64Array(ids.length);
  let sorted = true;
  for (let k = 0; k < ids.length; k++) {
    const year = yearOfDoc[store.docIndexOf(ids[k]!)]!;
    keys[k] = year;
    if (k > 0 && keys[k - 1]! > year) sorted = false;
  }
  if (sorted) return ids;
  const rank = new Map([...new Set(keys)].sort((a, b) => a - b).map((year, r) => [year, r]));
  return bucketOrder(
    Int32Array.from(keys, (year) => rank.get(year)!),
    rank.size,
  ).map((k) => ids[k]!);
}

/** `years` sorted and `firstYear`, or neither when no year is known. */
function setYears(attr: { years?: number[]; firstYear?: number }, years: Iterable<number>): void {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (!sorted.length) return;
  attr.years = sorted;
  attr.firstYear = sorted[0]!;
}

function entityAttributes(e: Entity): NodeAttributes {
  const attr: NodeAttributes = {
    label: e.label,
    type: e.type,
    aliases: e.aliases,
    docs: e.docs,
    mentions: e.mentions.length,
    regionCount: 0,
    x: 0,
    y: 0,
    size: 1,
    color: TYPE_COLORS[e.type],
    community: 0,
  };
  for (const k of [
    'definition',
    'definitionDoc',
    'level',
    'code',
    'parent',
    'investment',
    'status',
    'mergedFrom',
  ] as const) {
    // each key exists on some members of the Entity union; copied when this entity has it
    const value = (e as unknown as Record<string, unknown>)[k];
    if (value !== undefined) (attr as unknown as Record<string, unknown>)[k] = value;
  }
  if (e.type === 'region') setCodes(attr, e.code);
  return attr;
}

/** Every issuing region is a node listing its reports, linked up its parent chain. */
function addIssuingRegions(graph: GovGraph, reports: readonly ReportRef[]): void {
  for (const r of reports) {
    const region = r.region;
    if (!region) continue;
    const key = regionKey(region.name);
    if (!graph.hasNode(key)) graph.addNode(key, placeholderRegion(region.name));
    const attr = graph.getNodeAttributes(key);
    attr.level = region.level;
    setCodes(attr, region.code);
    if (region.parent) attr.parent = region.parent;
    if (region.written && region.written !== region.name && !attr.aliases.includes(region.written))
      attr.aliases = [...attr.aliases, region.written].sort();
    attr.reports = [...new Set([...(attr.reports ?? []), r.id])].sort();
    attr.docs = [...new Set([...attr.docs, r.id])].sort();
    if (r.year) setYears(attr, [...(attr.years ?? []), r.year]);
    // The chain up to the province, so Gephi users can group counties by city.
    const chain = [region.parent, region.province].filter((x): x is string => !!x && x !== region.name);
    let child = key;
    for (const [i, name] of chain.entries()) {
      const parentKey = regionKey(name);
      if (!graph.hasNode(parentKey)) {
        const level = i === chain.length - 1 && region.province === name ? 'province' : 'city';
        graph.addNode(parentKey, { ...placeholderRegion(name), level });
      }
      const edgeKey = `part_of:${child}->${parentKey}`;
      if (!graph.hasEdge(edgeKey)) graph.addEdgeWithKey(edgeKey, child, parentKey, { kind: 'part_of', weight: 1 });
      child = parentKey;
    }
  }
}

/** A region's code as statistical tables write it (140200, not 1402) and its parent's. */
function setCodes(attr: NodeAttributes, code: string | undefined): void {
  const statistical = statisticalCode(code);
  if (!statistical) return;
  attr.code = statistical;
  const parent = parentCodeOf(code);
  if (parent) attr.parentCode = parent;
}

function placeholderRegion(name: string): NodeAttributes {
  return {
    label: name,
    type: 'region',
    aliases: [],
    docs: [],
    mentions: 0,
    regionCount: 0,
    x: 0,
    y: 0,
    size: 1,
    color: TYPE_COLORS.region,
    community: 0,
  };
}

/** part_of for mentioned regions and bundles' parts, and the project edges (located_in, in_industry, involves). */
function addStructuralEdges(graph: GovGraph, entities: readonly Entity[]): void {
  const link = (kind: EdgeAttributes['kind'], source: string, target: string) => {
    if (source === target || !graph.hasNode(target)) return;
    const key = `${kind}:${source}->${target}`;
    if (!graph.hasEdge(key)) graph.addEdgeWithKey(key, source, target, { kind, weight: 1 });
  };
  const byLabel = (type: EntityType, label: string | undefined) => (label ? `${type}:${label}` : '');
  for (const e of entities) {
    if (e.type === 'region' && e.parent) link('part_of', e.key, byLabel('region', e.parent));
    // a part of a bundle (六稳 -> 六稳六保), when some report names the bundle too
    if (e.type === 'programme' || e.type === 'slogan')
      for (const bundle of e.partOf ?? [])
        link(
          'part_of',
          e.key,
          graph.hasNode(byLabel('programme', bundle)) ? byLabel('programme', bundle) : byLabel('slogan', bundle),
        );
    if (e.type !== 'project') continue;
    link('located_in', e.key, byLabel('region', e.place));
    link('in_industry', e.key, byLabel('industry', e.industry));
    for (const org of e.organizations ?? []) link('involves', e.key, byLabel('organization', org));
  }
}
