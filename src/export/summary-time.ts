// summary.md over time: Kleinberg bursts of programmes and themes (as CiteSpace reports keyword
// bursts) and, for each region with reports from several years, what it named for the first time.
import type { ExportInput } from './types.js';
import { mdEscape, mdTable } from './markdown.js';
import { compare } from './text.js';
import { BURST_DEFAULTS, burstsByTerm } from '../analysis/bursts.js';
import type { EntityType } from '../types.js';

const BURST_TYPES: readonly EntityType[] = ['programme', 'theme'];
const FIRST_TYPES: readonly EntityType[] = ['programme', 'slogan'];

/**
 * Bursts: years in which a programme or theme is named by an unusually large share of the year's
 * reports (two-state Kleinberg automaton; s, γ and the minimum duration as in CiteSpace).
 */
export function burstsSection({ graph, documents, panel = [] }: ExportInput): string {
  const head = '## Bursts';
  // a "document" here is a region's report of a year: the unit the panel counts
  const reportsPerYear = new Map<number, number>();
  for (const key of new Set(documents.flatMap((d) => (d.region && d.year ? [`${d.region.name}|${d.year}`] : []))))
    reportsPerYear.set(Number(key.split('|')[1]), (reportsPerYear.get(Number(key.split('|')[1])) ?? 0) + 1);
  if (reportsPerYear.size < 2)
    return `${head}\n\nReports from ${reportsPerYear.size === 1 ? 'one year' : 'no known year'} only: bursts need two years or more.`;
  const rows = panel
    .filter((c) => graph.hasNode(c.entity) && BURST_TYPES.includes(graph.getNodeAttribute(c.entity, 'type')))
    .map((c) => ({ term: c.entity, year: c.year, docs: 1 }));
  const bursts = burstsByTerm(rows, reportsPerYear);
  const { s, gamma, minDuration } = BURST_DEFAULTS;
  const params = `Kleinberg bursts (s = ${s}, γ = ${gamma}, minimum duration ${minDuration} year) over the share of each year's reports that name a programme or theme.`;
  if (bursts.size === 0) return `${head}\n\n${params} None found.`;
  const perYear = (term: string) => {
    const counts = new Map<number, number>();
    for (const r of rows) if (r.term === term) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
    return [...reportsPerYear.keys()]
      .sort((a, b) => a - b)
      .map((y) => `${y}: ${counts.get(y) ?? 0}/${reportsPerYear.get(y)}`)
      .join(', ');
  };
  const table = [...bursts.entries()]
    .flatMap(([term, list]) => list.map((b) => ({ term, ...b })))
    .sort((a, b) => b.weight - a.weight || compare(a.term, b.term))
    .map((b) => [
      mdEscape(graph.getNodeAttribute(b.term, 'label')),
      graph.getNodeAttribute(b.term, 'type'),
      String(b.start),
      String(b.end),
      b.weight.toFixed(2),
      perYear(b.term),
    ]);
  return `${head}\n\n${params}\n\n${mdTable(['name', 'type', 'from', 'to', 'strength', 'reports naming it'], table, ['l', 'l', 'r', 'r', 'r', 'l'])}`;
}

/** For each region with reports from two years or more: the programmes and slogans each later year names first. */
export function firstNamedSection({ graph, panel = [] }: ExportInput): string {
  const head = '## Named for the first time';
  const byRegion = new Map<string, Map<string, number>>();
  const yearsOf = new Map<string, Set<number>>();
  for (const c of panel) {
    yearsOf.set(c.region, (yearsOf.get(c.region) ?? new Set()).add(c.year));
    if (!graph.hasNode(c.entity) || !FIRST_TYPES.includes(graph.getNodeAttribute(c.entity, 'type'))) continue;
    const first = byRegion.get(c.region) ?? new Map<string, number>();
    byRegion.set(c.region, first);
    if (!first.has(c.entity) || c.year < first.get(c.entity)!) first.set(c.entity, c.year);
  }
  const lines: string[] = [];
  for (const region of [...yearsOf.keys()].sort(compare)) {
    const years = [...yearsOf.get(region)!].sort((a, b) => a - b);
    if (years.length < 2) continue;
    const first = byRegion.get(region) ?? new Map<string, number>();
    lines.push(`### ${mdEscape(region)}`, '');
    for (const year of years.slice(1)) {
      const named = [...first.entries()]
        .filter(([, y]) => y === year)
        .map(([key]) => graph.getNodeAttribute(key, 'label'))
        .sort(compare);
      lines.push(`- Named for the first time in ${year}: ${named.length ? named.map(mdEscape).join('、') : '—'}`);
    }
    lines.push('');
  }
  return lines.length
    ? `${head}\n\nProgrammes and slogans a region names in a year's report and in none of its earlier ones.\n\n${lines.join('\n').trim()}`
    : `${head}\n\nNo region has reports from two years or more.`;
}
