// summary.md over time: Kleinberg bursts of programmes and themes (as CiteSpace reports keyword
// bursts) and, for each region with reports from several years, what it named for the first time.
import type { ExportInput } from './types.js';
import { mdEscape, mdTable } from './markdown.js';
import { compare } from './text.js';
import { BURST_DEFAULTS, burstsByTerm } from '../analysis/bursts.js';
import type { EntityType } from '../types.js';
import { issuingRegions } from './regions.js';
import { firstYears } from '../graph/panel.js';

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
  for (const region of issuingRegions(documents).values())
    for (const y of region.years) reportsPerYear.set(y, (reportsPerYear.get(y) ?? 0) + 1);
  if (reportsPerYear.size < 2)
    return `${head}\n\nReports from ${reportsPerYear.size === 1 ? 'one year' : 'no known year'} only: bursts need two years or more.`;
  const rows = panel
    .filter((c) => graph.hasNode(c.entity) && BURST_TYPES.includes(graph.getNodeAttribute(c.entity, 'type')))
    .map((c) => ({ term: c.entity, year: c.year, docs: 1 }));
  const bursts = burstsByTerm(rows, reportsPerYear);
  const { s, gamma, minDuration } = BURST_DEFAULTS;
  const params = `Kleinberg bursts (s = ${s}, γ = ${gamma}, minimum duration ${minDuration} year) over the share of each year's reports that name a programme or theme.`;
  if (bursts.size === 0) return `${head}\n\n${params} None found.`;
  // reports naming each term per year, counted once for all the terms that burst
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(`${r.term}|${r.year}`, (counts.get(`${r.term}|${r.year}`) ?? 0) + 1);
  const years = [...reportsPerYear.keys()].sort((a, b) => a - b);
  const perYear = (term: string) =>
    years.map((y) => `${y}: ${counts.get(`${term}|${y}`) ?? 0}/${reportsPerYear.get(y)}`).join(', ');
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
export function firstNamedSection({ graph, documents, panel = [] }: ExportInput): string {
  const head = '## Named for the first time';
  const first = firstYears(panel);
  // region -> year -> the labels it names that year for the first time
  const named = new Map<string, Map<number, string[]>>();
  for (const [i, c] of panel.entries()) {
    if (first[i] !== c.year) continue;
    if (!graph.hasNode(c.entity) || !FIRST_TYPES.includes(graph.getNodeAttribute(c.entity, 'type'))) continue;
    let byYear = named.get(c.region);
    if (!byYear) named.set(c.region, (byYear = new Map<number, string[]>()));
    let labels = byYear.get(c.year);
    if (!labels) byYear.set(c.year, (labels = []));
    labels.push(graph.getNodeAttribute(c.entity, 'label'));
  }
  const lines: string[] = [];
  // the years a region has a report, whether or not that report names anything
  for (const region of [...issuingRegions(documents).values()].sort((a, b) => compare(a.name, b.name))) {
    if (region.years.length < 2) continue;
    lines.push(`### ${mdEscape(region.name)}`, '');
    for (const year of region.years.slice(1)) {
      const labels = [...(named.get(region.name)?.get(year) ?? [])].sort(compare);
      lines.push(`- Named for the first time in ${year}: ${labels.length ? labels.map(mdEscape).join('、') : '—'}`);
    }
    lines.push('');
  }
  return lines.length
    ? `${head}\n\nProgrammes and slogans a region names in a year's report and in none of its earlier ones.\n\n${lines.join('\n').trim()}`
    : `${head}\n\nNo region has reports from two years or more.`;
}
