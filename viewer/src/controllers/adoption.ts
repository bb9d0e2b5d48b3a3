// An entity's adoption over the years, in its panel: per year a bar for the regions naming it
// that year and a step line for the regions that have named it by then (a region counts from
// its link's firstYear). A year opens the list of its regions, each with that year's evidence.
import type { App } from '../app.js';
import type { AdoptionYear, MentionEdge } from '../model.js';
import { el, svg } from '../dom.js';
import { linkEvidence } from './evidence.js';

/** What the reader has opened in the chart; kept by the panel across re-renders. */
export interface AdoptionUi {
  entity: string | null;
  year: number | null;
  open: Set<string>;
}

const BAR = '#4e79a7';
const LINE = '#e8710a';
// the chart's geometry, in viewBox units (the SVG scales to the panel's width)
const W = 320;
const LEFT = 58;
const RIGHT = 8;
const TOP = 14;
const PLOT = 84;
const H = TOP + PLOT + 50;

/** The chart and what it opens, or null when no link of the entity has a year. */
export function adoptionSection(app: App, key: string, terms: readonly string[], ui: AdoptionUi): HTMLElement | null {
  const rows = app.model.adoption(key);
  if (!rows.length) return null;
  if (ui.entity !== key) Object.assign(ui, { entity: key, year: null, open: new Set<string>() });
  const root = el('div', { className: 'adoption' });
  const draw = () => {
    const pick = (year: number) => {
      ui.year = ui.year === year ? null : year;
      ui.open.clear();
      draw();
    };
    const toggle = (region: string) => {
      if (!ui.open.delete(region)) ui.open.add(region);
      draw();
    };
    const picked = rows.find((r) => r.year === ui.year);
    root.replaceChildren(
      chart(app, rows, ui.year, pick),
      legend(),
      ...(picked ? [details(app, key, picked, terms, ui.open, toggle)] : []),
    );
  };
  draw();
  return root;
}

function chart(app: App, rows: AdoptionYear[], selected: number | null, pick: (year: number) => void): SVGSVGElement {
  const range = app.model.yearRange(app.state.from, app.state.to);
  const max = Math.max(1, ...rows.map((r) => Math.max(r.cumulative, r.regions.length)));
  const band = (W - LEFT - RIGHT) / rows.length;
  const y = (n: number) => TOP + PLOT - (n / max) * PLOT;
  const bottom = TOP + PLOT;
  const short = band < 34;
  const root = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'adoption-chart',
    'data-testid': 'adoption-chart',
    role: 'img',
    'aria-label': rows.map((r) => `${r.year}: ${r.regions.length} that year, ${r.cumulative} so far`).join('; '),
  });

  // gridlines with their counts, then the row names of the table under the axis
  for (const t of ticks(max))
    root.append(
      svg('line', { x1: LEFT, x2: W - RIGHT, y1: y(t), y2: y(t), class: t ? 'grid' : 'axis' }),
      svg('text', { x: LEFT - 6, y: y(t) + 4, class: 'tick', text: t }),
    );
  root.append(
    svg('text', { x: LEFT - 6, y: bottom + 31, class: 'row-name', fill: BAR, text: 'that year' }),
    svg('text', { x: LEFT - 6, y: bottom + 45, class: 'row-name', fill: LINE, text: 'so far' }),
  );

  rows.forEach((r, i) => {
    const x0 = LEFT + band * i;
    const cx = x0 + band / 2;
    const count = r.regions.length;
    const barWidth = Math.min(26, band * 0.55);
    const inRange = !range || (r.year >= range.from && r.year <= range.to);
    const g = svg(
      'g',
      {
        class: ['year', r.year === selected ? 'selected' : '', inRange ? '' : 'out'].filter(Boolean).join(' '),
        'data-testid': 'adoption-year',
        'data-year': r.year,
        'data-count': count,
        'data-cumulative': r.cumulative,
        'data-adopters': r.adopters.length,
        role: 'button',
        tabindex: 0,
        'aria-pressed': String(r.year === selected),
        'aria-label': `${r.year}: ${count} regions name it, ${r.cumulative} have named it by then`,
      },
      [
        svg('title', {
          text: `${r.year}: ${count} region${count === 1 ? '' : 's'} name it; ${r.cumulative} have named it by then${
            r.adopters.length ? ` (${r.adopters.length} for the first time)` : ''
          } — click for the regions`,
        }),
        svg('rect', { class: 'hit', x: x0 + 1, y: 2, width: band - 2, height: H - 4, rx: 4 }),
        svg('rect', {
          class: 'bar',
          x: cx - barWidth / 2,
          y: y(count),
          width: barWidth,
          height: bottom - y(count),
          fill: BAR,
        }),
        svg('text', {
          x: cx,
          y: bottom + 15,
          class: 'year-label',
          text: short ? `’${String(r.year).slice(-2)}` : r.year,
        }),
        svg('text', { x: cx, y: bottom + 31, class: 'count', fill: BAR, text: count }),
        svg('text', { x: cx, y: bottom + 45, class: 'count', fill: LINE, text: r.cumulative }),
      ],
    );
    const choose = () => pick(r.year);
    g.addEventListener('click', choose);
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        choose();
      }
    });
    root.append(g);
  });

  // the cumulative count as a step line over the bars, a dot per year
  const path = rows
    .map(
      (r, i) =>
        `${i ? 'H' : 'M'}${LEFT + band * i} ${i ? `V${y(r.cumulative)} ` : `${y(r.cumulative)} `}H${LEFT + band * (i + 1)}`,
    )
    .join(' ');
  root.append(svg('path', { d: path, class: 'cumulative', stroke: LINE }));
  rows.forEach((r, i) =>
    root.append(svg('circle', { cx: LEFT + band * (i + 0.5), cy: y(r.cumulative), r: 3.2, fill: LINE, class: 'dot' })),
  );
  return root;
}

/** Integer gridlines, at most five. */
function ticks(max: number): number[] {
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].find((s) => max / s <= 4) ?? Math.ceil(max / 4);
  const out: number[] = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}

function legend(): HTMLElement {
  return el('p', { className: 'adoption-legend muted' }, [
    el('span', { className: 'item' }, [el('span', { className: 'key bar' }), 'regions naming it that year']),
    el('span', { className: 'item' }, [el('span', { className: 'key line' }), 'regions that have named it so far']),
    el('span', { className: 'item' }, ['click a year for its regions']),
  ]);
}

function details(
  app: App,
  key: string,
  row: AdoptionYear,
  terms: readonly string[],
  open: Set<string>,
  toggle: (region: string) => void,
): HTMLElement {
  const n = row.regions.length;
  const box = el('div', { className: 'adoption-detail', testid: 'adoption-detail' });
  box.dataset.year = String(row.year);
  box.append(
    el('p', {
      text: n
        ? `${row.year}: named by ${n} region${n === 1 ? '' : 's'}${row.adopters.length ? `, ${row.adopters.length} for the first time` : ''}`
        : `${row.year}: no report names it`,
    }),
  );
  const edges = new Map<string, MentionEdge>(app.model.mentionsOf(key).map((m) => [m.region, m]));
  for (const region of row.regions) {
    const m = edges.get(region)!;
    const isOpen = open.has(region);
    const button = el('button', {
      className: 'chip toggle',
      text: `${isOpen ? '▾' : '▸'} ${app.model.label(region)}`,
      title: `${app.model.label(region)}'s sentences of ${row.year}`,
      testid: 'adoption-region',
      onClick: () => toggle(region),
    });
    button.dataset.region = app.model.label(region);
    button.setAttribute('aria-expanded', String(isOpen));
    const line = el('div', { className: 'mention' }, [button]);
    if (m.firstYear === row.year) line.append(el('span', { className: 'badge first', text: 'first year' }));
    box.append(line);
    if (!isOpen) continue;
    const evidence = m.evidence.filter((e) => app.model.docYear(e.doc) === row.year);
    if (!evidence.length) {
      // the build keeps only an edge's first few sentences; mentions.csv has the rest
      const docs = m.docs.filter((d) => app.model.docYear(d) === row.year).map((d) => app.model.docLabel(d));
      box.append(
        el('p', {
          className: 'muted',
          text: `named in ${docs.join(', ') || row.year}; no sentence of that year was kept in graph.json`,
        }),
      );
    }
    box.append(
      linkEvidence(app, m, terms, {
        keepYear: (y) => y === row.year,
        more: `show all of ${row.year}’s sentences`,
      }),
    );
  }
  return box;
}
