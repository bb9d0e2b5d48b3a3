// Questions asked of a built graph.json: the shared-programme table and one entity's evidence.
import fs from 'node:fs';
import path from 'node:path';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from './graph/index.js';
import { nameKey } from './text/names.js';

export type GraphJson = SerializedGraph<NodeAttributes, EdgeAttributes>;

/** The graph.json of an output folder, or a message saying why it cannot be read. */
export function loadGraphJson(dir: string): GraphJson | string {
  const file = path.join(dir, 'graph.json');
  try {
    const g = JSON.parse(fs.readFileSync(file, 'utf8')) as GraphJson;
    if (!Array.isArray(g.nodes) || !Array.isArray(g.edges))
      return `${file} is not a govgraph graph (no nodes/edges arrays)`;
    return g;
  } catch (err) {
    return `cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file; run `govgraph build` first' : (err as Error).message}`;
  }
}

export interface SharedRow {
  label: string;
  /** Issuing regions that name the programme, sorted. */
  regions: string[];
}

export function sharedProgrammes(graph: GraphJson, min = 2): SharedRow[] {
  const labels = new Map(graph.nodes.map((n) => [n.key, n.attributes?.label ?? n.key]));
  const regions = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    if (e.attributes?.kind !== 'mentions' || !e.target.startsWith('programme:')) continue;
    const set = regions.get(e.target) ?? new Set<string>();
    set.add(labels.get(e.source) ?? e.source);
    regions.set(e.target, set);
  }
  return [...regions.entries()]
    .map(([key, set]) => ({ label: labels.get(key) ?? key, regions: [...set].sort() }))
    .filter((r) => r.regions.length >= min)
    .sort((a, b) => b.regions.length - a.regions.length || (a.label < b.label ? -1 : 1));
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
