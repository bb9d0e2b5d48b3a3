// The node panel: type, aliases, definition, its adoption over the years, the regions that
// name the entity (with review/plan badges) and the evidence sentences with the term
// highlighted, neighbours to click. Links and sentences follow the year range.
import type { App } from '../app.js';
import { byName, inRange, type MentionEdge, type YearRange } from '../model.js';
import { byId, el } from '../dom.js';
import { adoptionSection, type AdoptionUi } from './adoption.js';
import { linkEvidence } from './evidence.js';

export function installPanel(app: App): void {
  const panel = byId('node-panel');
  const ui: AdoptionUi = { entity: null, year: null, open: new Set() };
  const render = () => {
    const key = app.state.selected;
    if (!key || !app.graph.hasNode(key)) {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    panel.hidden = false;
    panel.replaceChildren(...content(app, key, ui));
  };
  render();
  app.onChange(render);
}

function content(app: App, key: string, ui: AdoptionUi): Node[] {
  const a = app.graph.getNodeAttributes(key);
  const terms: string[] = [a.label, ...(a.aliases ?? [])];
  const out: Node[] = [
    el('button', { className: 'close', text: '×', title: 'close', onClick: () => app.set({ selected: null }) }),
    el('h3', { text: a.label }),
    el('p', { className: 'muted', text: describe(a) }),
  ];
  if (a.aliases?.length) out.push(el('p', { className: 'muted', text: `aliases: ${a.aliases.join(' · ')}` }));
  if (a.definition) out.push(el('p', { text: `definition: ${a.definition}` }));
  // what was merged into this node and why: a build with --keep-apart NAME undoes a merge
  if (Array.isArray(a.mergedFrom) && a.mergedFrom.length)
    out.push(el('p', { className: 'muted', text: `merged from: ${a.mergedFrom.join(' · ')}` }));

  const adoption = adoptionSection(app, key, terms, ui);
  if (adoption) out.push(el('h2', { text: 'adoption' }), adoption);

  const range = app.model.yearRange(app.state.from, app.state.to);
  const during = range && !range.full ? ` in ${span(range)}` : '';
  const allMentions = app.model.mentionsOf(key);
  const mentions = allMentions.filter((m) => inRange(m.years, range));
  if (allMentions.length) {
    out.push(el('h2', { text: `named by ${mentions.length} region${mentions.length === 1 ? '' : 's'}${during}` }));
    outside(out, allMentions.length - mentions.length, range);
    for (const m of sorted(app, mentions, 'region')) out.push(...mentionBlock(app, m.region, m, terms, range));
  }
  const allNamed = app.model.mentionsBy(key);
  const named = allNamed.filter((m) => inRange(m.years, range));
  if (allNamed.length) {
    out.push(el('h2', { text: `names ${named.length} entities${during}` }));
    outside(out, allNamed.length - named.length, range);
    const byType = new Map<string, MentionEdge[]>();
    for (const m of named) {
      const t = app.graph.getNodeAttribute(m.entity, 'type') as string;
      byType.set(t, [...(byType.get(t) ?? []), m]);
    }
    for (const [t, list] of [...byType.entries()].sort()) {
      out.push(el('p', { className: 'muted', text: `${t} (${list.length})` }));
      out.push(
        chips(
          app,
          sorted(app, list, 'entity').map((m) => m.entity),
        ),
      );
    }
  }
  const others = app.graph
    .neighbors(key)
    .filter((n) => !allMentions.some((m) => m.region === n) && !allNamed.some((m) => m.entity === n));
  if (others.length) {
    out.push(el('h2', { text: 'also linked' }));
    out.push(chips(app, app.model.sortByName(others)));
  }
  return out;
}

function describe(a: Record<string, unknown>): string {
  const parts = [String(a.type)];
  if (a.level) parts.push(String(a.level));
  if (a.parent) parts.push(`in ${a.parent}`);
  if (typeof a.investment === 'number') parts.push(`investment ${(a.investment / 1e8).toFixed(2)} 亿元`);
  if (a.status) parts.push(String(a.status));
  const mentions = Number(a.mentions ?? 0);
  const regions = Number(a.regionCount ?? 0);
  parts.push(`${mentions} mention${mentions === 1 ? '' : 's'}`, `${regions} region${regions === 1 ? '' : 's'}`);
  if (Array.isArray(a.years) && a.years.length)
    parts.push(a.years.length === 1 ? String(a.years[0]) : `${a.years[0]}–${a.years[a.years.length - 1]}`);
  return parts.join(' · ');
}

function span(r: YearRange): string {
  return r.from === r.to ? String(r.from) : `${r.from}–${r.to}`;
}

/** A line saying how many links the year range leaves out. */
function outside(out: Node[], n: number, range: YearRange | null): void {
  if (n > 0 && range) out.push(el('p', { className: 'muted', text: `${n} more only outside ${span(range)}` }));
}

function sorted(app: App, list: MentionEdge[], by: 'region' | 'entity'): MentionEdge[] {
  return [...list].sort((x, y) => y.weight - x.weight || byName(app.model.label(x[by]), app.model.label(y[by])));
}

function mentionBlock(app: App, region: string, m: MentionEdge, terms: string[], range: YearRange | null): Node[] {
  const head = el('div', { className: 'mention' }, [
    el('button', { className: 'chip', text: app.model.label(region), onClick: () => app.focus(region) }),
    ` ×${m.weight}`,
  ]);
  for (const p of m.phases) head.append(el('span', { className: `badge ${p}`, text: p }));
  if (m.years.length) head.append(el('span', { className: 'years', text: yearsText(m.years) }));
  // a sentence from a report outside the year range is left out (one without a year stays)
  const keepYear = (year: number | undefined) => year === undefined || inRange([year], range);
  const evidence = m.evidence.filter((e) => keepYear(app.model.docYear(e.doc)));
  const out: Node[] = [head, linkEvidence(app, m, terms, { keepYear })];
  if (range && m.evidence.length && !evidence.length)
    out.push(el('p', { className: 'muted', text: `no sentence from ${span(range)} was kept for this link` }));
  return out;
}

/** 2022, 2023, 2024 as 2022–2024; gaps kept (2022, 2024). */
function yearsText(years: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    runs.push(j > i ? `${years[i]}–${years[j]}` : String(years[i]));
    i = j + 1;
  }
  return runs.join(', ');
}

function chips(app: App, keys: string[]): HTMLElement {
  return el(
    'div',
    { className: 'chips' },
    keys.map((k) => el('button', { className: 'chip', text: app.model.label(k), onClick: () => app.focus(k) })),
  );
}
