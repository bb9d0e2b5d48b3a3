// summary.md's programme sections: which programmes regions share (the programme × region table)
// and which are unique to one region — the first question DESIGN.md's users ask.
import type { GovGraph, NodeAttributes } from '../graph/index.js';
import { mdEscape, mdTable } from './markdown.js';
import { compare } from './text.js';

/** Wider than this, a ✓ matrix stops being readable; the regions are listed in one cell instead. */
const MAX_MATRIX_COLUMNS = 30;
const MAX_SHARED_ROWS = 100;
const UNIQUE_PER_REGION = 12;

interface Row {
  key: string;
  attr: NodeAttributes;
  /** Labels of the issuing regions whose reports mention it. */
  regions: string[];
}

/** Regions that issued at least one report, by label. */
export function issuingRegionLabels(graph: GovGraph): string[] {
  return graph
    .filterNodes((_k, a) => a.type === 'region' && (a.reports?.length ?? 0) > 0)
    .map((k) => graph.getNodeAttribute(k, 'label'))
    .sort(compare);
}

/** The entities of one type with the issuing regions that name them, widest-named first. */
export function entitiesByReach(graph: GovGraph, type: NodeAttributes['type']): Row[] {
  const rows: Row[] = [];
  graph.forEachNode((key, attr) => {
    if (attr.type !== type) return;
    const regions = new Set<string>();
    graph.forEachInEdge(key, (_e, edge, _s, _t, source) => {
      if (edge.kind === 'mentions' && source.type === 'region') regions.add(source.label);
    });
    rows.push({ key, attr, regions: [...regions].sort(compare) });
  });
  return rows.sort((a, b) => byReach(a.attr, b.attr) || compare(a.key, b.key));
}

/** Widest named first: by how many regions name it, then how often, then by label. */
export const byReach = (a: NodeAttributes, b: NodeAttributes) =>
  b.regionCount - a.regionCount || b.mentions - a.mentions || compare(a.label, b.label);

/**
 * An entity × issuing region table (✓ where the region names it), the regions in name order as
 * everywhere; too many regions for columns, they are listed in one cell.
 */
export function regionTable(
  graph: GovGraph,
  shown: readonly Row[],
  first: string,
  extra: 'mentions' | '' = '',
): string {
  const columns = issuingRegionLabels(graph);
  const counts = (r: Row) => [String(r.attr.regionCount), ...(extra ? [String(r.attr.mentions)] : [])];
  const header = [first, 'regions', ...(extra ? [extra] : [])];
  const align = header.map((_h, i) => (i === 0 ? 'l' : 'r') as 'l' | 'r');
  if (columns.length <= MAX_MATRIX_COLUMNS) {
    const rows = shown.map((r) => [
      mdEscape(r.attr.label),
      ...counts(r),
      ...columns.map((c) => (r.regions.includes(c) ? '✓' : '')),
    ]);
    return mdTable([...header, ...columns.map(mdEscape)], rows, [...align, ...columns.map(() => 'c' as const)]);
  }
  const rows = shown.map((r) => [mdEscape(r.attr.label), ...counts(r), r.regions.map(mdEscape).join(', ')]);
  return mdTable([...header, 'named by'], rows, [...align, 'l']);
}

export function sharedProgrammesSection(graph: GovGraph): string {
  const shared = entitiesByReach(graph, 'programme').filter((r) => r.attr.regionCount >= 2);
  const head = '## Programmes shared by two or more regions';
  if (shared.length === 0) return `${head}\n\nNo programme is named by more than one region.`;
  const shown = shared.slice(0, MAX_SHARED_ROWS);
  const more = shared.length > shown.length ? `\n\n… and ${shared.length - shown.length} more.` : '';
  return `${head}\n\n${regionTable(graph, shown, 'programme')}${more}`;
}

export function uniqueProgrammesSection(graph: GovGraph): string {
  const byRegion = new Map<string, Row[]>();
  for (const row of entitiesByReach(graph, 'programme')) {
    if (row.attr.regionCount !== 1) continue;
    const owner = row.regions[0] ?? `(report ${row.attr.docs.join(', ')})`;
    const list = byRegion.get(owner) ?? [];
    if (list.length === 0) byRegion.set(owner, list);
    list.push(row);
  }
  const head = '## Programmes unique to one region';
  if (byRegion.size === 0) return `${head}\n\nNone.`;
  const lines = [...byRegion.keys()].sort(compare).map((region) => {
    const rows = (byRegion.get(region) ?? []).sort(
      (a, b) => b.attr.mentions - a.attr.mentions || compare(a.attr.label, b.attr.label),
    );
    const names = rows.slice(0, UNIQUE_PER_REGION).map((r) => mdEscape(r.attr.label));
    const more = rows.length > UNIQUE_PER_REGION ? ` … and ${rows.length - UNIQUE_PER_REGION} more` : '';
    return `- **${mdEscape(region)}** (${rows.length}): ${names.join('、')}${more}`;
  });
  return `${head}\n\n${lines.join('\n')}`;
}
