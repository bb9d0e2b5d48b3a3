// Questions asked of a built graph.json: the shared-programme table and one entity's evidence.
import fs from 'node:fs';
import path from 'node:path';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from './graph/index.js';
import { nameKey } from './text/names.js';
import { distance } from 'fastest-levenshtein';
import { ENTITY_TYPES } from './types.js';
import { ContractError, InputError } from './errors.js';

export type GraphJson = SerializedGraph<NodeAttributes, EdgeAttributes>;

/**
 * The graph.json of an output folder, checked against the contract as far as the queries read it:
 * an InputError when it cannot be read, a ContractError (one line, naming the file and the first
 * element at fault) when it is not a govgraph graph. A byte-order mark is accepted.
 */
export function loadGraphJson(dir: string): GraphJson {
  const file = path.join(dir, 'graph.json');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file; run `govgraph build` first' : (err as Error).message}`,
    );
  }
  let g: unknown;
  try {
    g = JSON.parse(text);
  } catch (err) {
    throw new ContractError(`${file} is not JSON: ${(err as Error).message}`);
  }
  const fault = contractFault(g);
  if (fault) throw new ContractError(`${file} is not a govgraph graph: ${fault}`);
  return g as GraphJson;
}

/** The first way `g` breaks the contract the queries rely on, or undefined. */
function contractFault(g: unknown): string | undefined {
  const graph = g as { nodes?: unknown; edges?: unknown } | null;
  if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) return 'no nodes/edges arrays';
  for (const [i, n] of (graph.nodes as unknown[]).entries()) {
    const node = n as { key?: unknown; attributes?: { label?: unknown; type?: unknown; aliases?: unknown } } | null;
    if (typeof node?.key !== 'string') return `node #${i} has no key`;
    const a = node.attributes;
    if (!a || typeof a.label !== 'string') return `node ${node.key} has no label`;
    if (!ENTITY_TYPES.includes(a.type as never)) return `node ${node.key} has no known type`;
    if (a.aliases !== undefined && !Array.isArray(a.aliases)) return `node ${node.key}: aliases is not a list`;
  }
  for (const [i, e] of (graph.edges as unknown[]).entries()) {
    const edge = e as { source?: unknown; target?: unknown } | null;
    if (typeof edge?.source !== 'string' || typeof edge.target !== 'string')
      return `edge #${i} has no source or target`;
  }
  return undefined;
}

export interface SharedRow {
  label: string;
  /** Issuing regions that name the programme, sorted. */
  regions: string[];
  /** Times each of those regions names it (the mentions edge's weight, over all years). */
  mentions: Record<string, number>;
}

/**
 * The programmes `min` or more regions name — in `year`'s reports only, when a year is given; with
 * `among`, only those every one of these regions names.
 */
export function sharedProgrammes(graph: GraphJson, min = 2, year?: number, among?: readonly string[]): SharedRow[] {
  const labels = new Map(graph.nodes.map((n) => [n.key, n.attributes?.label ?? n.key]));
  const regions = new Map<string, Set<string>>();
  const mentions = new Map<string, Record<string, number>>();
  for (const e of graph.edges) {
    if (e.attributes?.kind !== 'mentions' || !e.target.startsWith('programme:')) continue;
    if (year !== undefined && !e.attributes.years?.includes(year)) continue;
    const counts = mentions.get(e.target) ?? {};
    counts[labels.get(e.source) ?? e.source] = e.attributes.weight;
    mentions.set(e.target, counts);
    const set = regions.get(e.target) ?? new Set<string>();
    set.add(labels.get(e.source) ?? e.source);
    regions.set(e.target, set);
  }
  return [...regions.entries()]
    .map(([key, set]) => ({ label: labels.get(key) ?? key, regions: [...set].sort(), mentions: mentions.get(key)! }))
    .filter((r) => r.regions.length >= min && (among ?? []).every((a) => r.regions.includes(a)))
    .sort((a, b) => b.regions.length - a.regions.length || (a.label < b.label ? -1 : 1));
}

/**
 * The names closest to `name` among the graph's labels and aliases, for a name that matched
 * nothing (河长制 -> 河湖长制): by edit distance on the normalized form, at most a third of the
 * name's length (one edit at least), or a label that contains the name; those that hold the name's
 * characters in order first, then the closest; at most `n`.
 */
export function closestNames(graph: GraphJson, name: string, n = 3): string[] {
  const key = nameKey(name);
  if (!key) return [];
  const limit = Math.max(1, Math.floor(key.length / 3));
  const scored = new Map<string, number>();
  for (const node of graph.nodes) {
    const a = node.attributes;
    if (!a) continue;
    for (const spelling of [a.label, ...(a.aliases ?? [])]) {
      const k = nameKey(spelling);
      const d = k.includes(key) && k !== key ? k.length - key.length : distance(k, key);
      if (d <= limit || (k.includes(key) && key.length >= 2)) {
        const best = scored.get(a.label);
        if (best === undefined || d < best) scored.set(a.label, d);
      }
    }
  }
  // a name that holds every character of the query in order (河长制 in 河湖长制) comes first
  const holds = (label: string) => {
    let i = 0;
    for (const c of nameKey(label)) if (c === key[i]) i++;
    return i === key.length ? 0 : 1;
  };
  return [...scored.entries()]
    .sort((x, y) => holds(x[0]) - holds(y[0]) || x[1] - y[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, n)
    .map(([label]) => label);
}

export function findEntity(graph: GraphJson, name: string) {
  const key = nameKey(name);
  const node =
    graph.nodes.find((n) => n.key === name) ??
    graph.nodes.find((n) => n.attributes && nameKey(n.attributes.label) === key) ??
    graph.nodes.find((n) => n.attributes?.aliases?.some((a) => nameKey(a) === key));
  if (!node?.attributes) return undefined;
  const labels = new Map(graph.nodes.map((n) => [n.key, n.attributes?.label ?? n.key]));
  const mentions = graph.edges
    .filter((e) => e.target === node.key && e.attributes?.kind === 'mentions')
    .map((e) => ({ region: labels.get(e.source) ?? e.source, ...e.attributes! }));
  return { node: node as { key: string; attributes: NodeAttributes }, mentions };
}

/** What the queries read of a documents.json entry. */
export interface DocumentEntry {
  id: string;
  label?: string;
  year?: number;
  region?: { name: string } | null;
}

/** One region's line of a timeline: the years it names the entity, and its first sentence. */
export interface TimelineRow {
  region: string;
  /** Years the region has a report (named or not), sorted. */
  reportYears: number[];
  /** Years its reports name the entity, sorted. */
  years: number[];
  firstYear?: number;
  /** The first evidence sentence (of the first year), with its report's label. */
  first?: { report: string; sentence: string };
}

/**
 * The region × year table of one entity: every region that names it, in the order they first did
 * (then by name), with the years it has reports. `documents` are documents.json's entries.
 */
export function timeline(graph: GraphJson, documents: readonly DocumentEntry[], node: string): TimelineRow[] {
  const labels = new Map(graph.nodes.map((n) => [n.key, n.attributes?.label ?? n.key]));
  const reportYears = new Map<string, Set<number>>();
  for (const d of documents)
    if (d.region && d.year) reportYears.set(d.region.name, (reportYears.get(d.region.name) ?? new Set()).add(d.year));
  const reportLabel = new Map(documents.map((d) => [d.id, d.label ?? d.id]));
  const rows = graph.edges
    .filter((e) => e.target === node && e.attributes?.kind === 'mentions')
    .map((e): TimelineRow => {
      const region = labels.get(e.source) ?? e.source;
      const first = e.attributes?.evidence?.[0];
      return {
        region,
        reportYears: [...(reportYears.get(region) ?? [])].sort((a, b) => a - b),
        years: [...(e.attributes?.years ?? [])],
        ...(e.attributes?.firstYear ? { firstYear: e.attributes.firstYear } : {}),
        ...(first ? { first: { report: reportLabel.get(first.doc) ?? first.doc, sentence: first.sentence } } : {}),
      };
    });
  return rows.sort((a, b) => (a.firstYear ?? Infinity) - (b.firstYear ?? Infinity) || (a.region < b.region ? -1 : 1));
}

/** documents.json's entries, or an InputError naming the file. */
export function loadDocumentsJson(dir: string): DocumentEntry[] {
  const file = path.join(dir, 'documents.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InputError(`cannot read ${file}: ${(err as Error).message}`);
  }
  const docs = (parsed as { documents?: unknown })?.documents;
  if (!Array.isArray(docs)) throw new ContractError(`${file} is not a govgraph documents list: no documents array`);
  return docs as DocumentEntry[];
}
