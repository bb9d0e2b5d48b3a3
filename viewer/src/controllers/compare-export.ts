// A comparison as files: CSV (one row per entity, each region's mentions and kept sentences)
// and Markdown (tables of what is shared and what is each region's alone, then each shared
// entity's sentences region by region), for the type tab in view.
import type { App } from '../app.js';
import { toCsv } from '../csv.js';
import type { Comparison } from '../model.js';

export interface CompareRows {
  regions: string[];
  since: number | null;
  /** The entities of the tab in view, grouped. */
  comparison: Comparison;
  /** What the tab covers (programmes, all types…), for titles and file names. */
  what: string;
}

function sentences(app: App, region: string, entity: string): string[] {
  const m = app.model.mention(region, entity);
  return (m?.evidence ?? []).map((e) => `[${app.model.docLabel(e.doc)}] ${e.sentence}`);
}

function groups(app: App, c: CompareRows): { name: string; keys: string[] }[] {
  return [
    { name: 'shared', keys: c.comparison.shared },
    ...c.regions.map((r) => ({ name: `only ${app.model.label(r)}`, keys: c.comparison.unique.get(r) ?? [] })),
  ];
}

export function compareCsv(app: App, c: CompareRows): string {
  const names = c.regions.map((r) => app.model.label(r));
  const rows: unknown[][] = [
    ['entity', 'type', 'group', ...names.map((n) => `${n} mentions`), ...names.map((n) => `${n} sentences`)],
  ];
  for (const g of groups(app, c))
    for (const k of g.keys)
      rows.push([
        app.model.label(k),
        app.graph.getNodeAttribute(k, 'type'),
        g.name,
        ...c.regions.map((r) => app.model.mention(r, k)?.weight ?? 0),
        ...c.regions.map((r) => sentences(app, r, k).join('\n')),
      ]);
  return toCsv(rows);
}

/** A table cell: no line breaks, pipes escaped. */
function cell(text: unknown): string {
  return String(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|');
}

export function compareMarkdown(app: App, c: CompareRows): string {
  const names = c.regions.map((r) => app.model.label(r));
  const when = c.since === null ? '' : ` (named ${c.since} or later)`;
  const lines = [`# ${names.join(' · ')}: ${c.what} compared${when}`, ''];
  lines.push(
    `Regions: ${names.join(', ')}. Reports: ${c.regions
      .flatMap((r) => (app.graph.getNodeAttribute(r, 'reports') as string[] | undefined) ?? [])
      .map((d) => app.model.docLabel(d))
      .join(', ')}. Counts are mentions in each report; sentences are the first ones govgraph keeps per link.`,
    '',
  );
  for (const g of groups(app, c)) {
    const title =
      g.name === 'shared' ? `Shared by all ${c.regions.length}` : g.name[0]!.toUpperCase() + g.name.slice(1);
    lines.push(`## ${title} (${g.keys.length})`, '');
    if (!g.keys.length) {
      lines.push('(none)', '');
      continue;
    }
    lines.push(`| entity | type | ${names.map(cell).join(' | ')} |`, `| --- | --- |${' ---: |'.repeat(names.length)}`);
    for (const k of g.keys)
      lines.push(
        `| ${cell(app.model.label(k))} | ${cell(app.graph.getNodeAttribute(k, 'type'))} | ${c.regions
          .map((r) => app.model.mention(r, k)?.weight ?? 0)
          .join(' | ')} |`,
      );
    lines.push('');
  }
  if (c.comparison.shared.length) {
    lines.push('## What each said about what they share', '');
    for (const k of c.comparison.shared) {
      lines.push(`### ${cell(app.model.label(k))}`, '');
      for (const r of c.regions) {
        const m = app.model.mention(r, k);
        lines.push(`- **${cell(app.model.label(r))}** (×${m?.weight ?? 0})`);
        for (const s of sentences(app, r, k)) lines.push(`  - ${cell(s)}`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}
