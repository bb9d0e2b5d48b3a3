// Compare regions: pick two or more issuing regions and see, type by type (programmes,
// slogans, themes, industries, all), what they all share and what is each one's alone; a
// click on any of them shows side by side what each region's report says about it — without
// leaving Compare. "Since" a year, only what each named in that year or later counts. The
// comparison downloads as CSV and Markdown; the most similar pairs (Jaccard) are listed below.
// The graph shows the compared regions and what they share (controllers/appearance.ts).
import type { App } from '../app.js';
import { TYPES } from '../data.js';
import { byId, download, el } from '../dom.js';
import type { Comparison } from '../model.js';
import { TAB_NAMES, TYPE_TABS, type TypeTab } from '../state.js';
import { compareCsv, compareMarkdown, type CompareRows } from './compare-export.js';
import { linkEvidence, termsOf } from './evidence.js';
import { similarPairs } from './pairs.js';

export function installCompare(app: App): void {
  const root = byId('tab-compare');
  let framed = '';
  const render = () => {
    if (app.state.tab !== 'compare') {
      framed = '';
      return;
    }
    const picked = app.state.compare.filter((k) => app.model.issuing.includes(k));
    // a new set of regions: the camera takes in them and what they share
    const key = `${picked.join(',')}|${app.state.since}`;
    if (key !== framed && picked.length >= 2) {
      const { shared } = app.model.compare(picked, app.state.since);
      // after the graph has resized to the wider sidebar
      requestAnimationFrame(() => app.frameAll([...picked, ...shared]));
    }
    framed = key;
    const body: Node[] = [el('h2', { text: 'Regions to compare' }), pickers(app, picked)];
    if (app.model.years.length) body.push(sinceControl(app));
    if (picked.length < 2)
      body.push(
        el('p', {
          className: 'muted',
          text: 'Pick two or more regions, or a pair from the list below: what they share, what each said about it.',
        }),
      );
    else body.push(...comparison(app, picked));
    body.push(similarPairs(app));
    const scroller = byId('sidebar');
    const top = scroller.scrollTop;
    root.replaceChildren(...body);
    scroller.scrollTop = top;
  };
  render();
  app.onChange(render);
}

function pickers(app: App, picked: string[]): HTMLElement {
  return el(
    'div',
    { className: 'pickers' },
    app.model.issuing.map((key) => {
      const box = el('input');
      box.type = 'checkbox';
      box.checked = picked.includes(key);
      box.dataset.region = app.model.label(key);
      box.addEventListener('change', () => {
        const next = box.checked ? [...picked, key] : picked.filter((k) => k !== key);
        app.set({ compare: app.model.issuing.filter((k) => next.includes(k)) });
      });
      return el('label', { className: `picker${box.checked ? ' on' : ''}` }, [box, app.model.label(key)]);
    }),
  );
}

/** "Named since": any year, or one of the corpus's years. */
function sinceControl(app: App): HTMLElement {
  const select = el('select');
  select.dataset.testid = 'compare-since';
  const any = el('option', { text: 'any year' });
  any.value = '';
  select.append(
    any,
    ...app.model.years.map((y) => {
      const o = el('option', { text: `${y} or later` });
      o.value = String(y);
      return o;
    }),
  );
  select.value = app.state.since === null ? '' : String(app.state.since);
  select.addEventListener('change', () => app.set({ since: select.value ? Number(select.value) : null }));
  return el('label', { className: 'row', title: 'count only what each region named in this year or later' }, [
    'Named',
    select,
  ]);
}

const ofTab = (app: App, tab: TypeTab) => (k: string) => tab === 'all' || app.graph.getNodeAttribute(k, 'type') === tab;

function narrowed(app: App, c: Comparison, tab: TypeTab): Comparison {
  const keep = ofTab(app, tab);
  return {
    shared: c.shared.filter(keep),
    unique: new Map([...c.unique].map(([r, list]) => [r, list.filter(keep)])),
  };
}

function comparison(app: App, picked: string[]): Node[] {
  const since = app.model.years.length ? app.state.since : null;
  const full = app.model.compare(picked, since);
  const tab = app.state.compareType;
  const c = narrowed(app, full, tab);
  const when = since === null ? '' : ` since ${since}`;
  const names = picked.map((r) => app.model.label(r));

  const tabs = el(
    'div',
    { className: 'type-tabs', testid: 'compare-types' },
    TYPE_TABS.map((t) => {
      const n = full.shared.filter(ofTab(app, t)).length;
      const b = el('button', {
        className: t === tab ? 'active' : '',
        text: `${TAB_NAMES[t]} ${n}`,
        title: `${n} ${TAB_NAMES[t]} shared by all ${picked.length}`,
        onClick: () => app.set({ compareType: t }),
      });
      b.dataset.type = t;
      return b;
    }),
  );
  const rows: CompareRows = { regions: picked, since, comparison: c, what: TAB_NAMES[tab] };
  const file = `compare-${names.join('-')}-${TAB_NAMES[tab].replace(/ /g, '-')}`;
  const exports = el('div', { className: 'exports' }, [
    el('button', {
      text: '⬇ CSV',
      title: 'this comparison as CSV: each entity, its group, each region’s mentions and sentences',
      testid: 'compare-csv',
      onClick: () => download(`${file}.csv`, compareCsv(app, rows), 'text/csv;charset=utf-8'),
    }),
    el('button', {
      text: '⬇ Markdown',
      title: 'this comparison as Markdown: the tables, then what each region said about each shared entity',
      testid: 'compare-markdown',
      onClick: () => download(`${file}.md`, compareMarkdown(app, rows), 'text/markdown;charset=utf-8'),
    }),
  ]);

  const lists: Node[] = [
    el('h2', { text: `Shared by all ${picked.length}${when} (${c.shared.length})` }),
    ...grouped(app, c.shared, 'shared', tab, picked),
  ];
  picked.forEach((r) => {
    const unique = c.unique.get(r)!;
    lists.push(
      el('h2', { text: `Only ${app.model.label(r)}${when} (${unique.length})` }),
      ...grouped(app, unique, `unique-${app.model.label(r)}`, tab, picked, true),
    );
  });
  return [
    el('div', { className: 'compare-bar' }, [tabs, exports]),
    el('div', { className: 'compare-body' }, [
      el('div', { className: 'compare-lists' }, lists),
      evidencePane(app, picked, full),
    ]),
  ];
}

/** A region's own list shows this many first (the most important), the rest on demand. */
const FIRST = 16;
// the lists opened in full (kept across re-renders, not in the URL)
const opened = new Set<string>();

function grouped(app: App, keys: string[], testid: string, tab: TypeTab, picked: string[], collapse = false): Node[] {
  const out: Node[] = [];
  for (const t of tab === 'all' ? TYPES : [tab]) {
    const all = app.model.byImportance(keys.filter((k) => app.graph.getNodeAttribute(k, 'type') === t));
    if (!all.length) {
      if (tab !== 'all') out.push(el('p', { className: 'muted', text: 'none' }));
      continue;
    }
    if (tab === 'all') out.push(el('p', { className: 'muted', text: `${t} (${all.length})` }));
    const id = `${testid}-${t}`;
    const short =
      collapse && all.length > FIRST + 4 && !opened.has(id) && !all.slice(FIRST).includes(app.state.entity!);
    const of = short ? all.slice(0, FIRST) : all;
    const more = short
      ? [
          el('button', {
            className: 'more',
            text: `+ ${all.length - FIRST} more`,
            title: 'show the whole list (it starts with what most regions name)',
            onClick: () => {
              opened.add(id);
              app.set({});
            },
          }),
        ]
      : [];
    out.push(
      el('div', { className: 'chips', testid: id }, [
        ...of.map((k) => {
          const counts = picked.map((r) => `${app.model.label(r)} ×${app.model.mention(r, k)?.weight ?? 0}`);
          const b = el('button', {
            className: `chip${k === app.state.entity ? ' active' : ''}`,
            text: app.model.label(k),
            title: `${counts.join(' · ')} — click for what each said`,
            onClick: () => app.set({ entity: k }),
          });
          b.dataset.key = k;
          b.setAttribute('aria-pressed', String(k === app.state.entity));
          return b;
        }),
        ...more,
      ]),
    );
  }
  return out;
}

/** One column per compared region with that region's sentences about the picked entity. */
function evidencePane(app: App, picked: string[], c: Comparison): HTMLElement {
  const key = app.state.entity;
  const pane = el('div', { className: 'compare-evidence', testid: 'compare-evidence' });
  if (!key || !app.graph.hasNode(key)) {
    pane.classList.add('empty');
    pane.append(
      el('p', {
        className: 'muted',
        text: 'Click a programme (or any entity) to read, side by side, what each report says about it.',
      }),
    );
    return pane;
  }
  pane.dataset.entity = app.model.label(key);
  const a = app.graph.getNodeAttributes(key);
  const owner = [...c.unique].find(([, list]) => list.includes(key))?.[0];
  const status = c.shared.includes(key)
    ? `shared by all ${picked.length}`
    : owner
      ? `only ${app.model.label(owner)}`
      : `named by ${picked.filter((r) => app.model.mention(r, key)).length} of ${picked.length}`;
  pane.append(
    el('div', { className: 'evidence-head' }, [
      el('h3', { text: a.label }),
      el('span', { className: 'muted', text: ` ${a.type} · ${status} · ${a.regionCount ?? 0} regions in all` }),
      el('button', { className: 'chip', text: 'open in Explore', onClick: () => app.focus(key) }),
      el('button', { className: 'close', text: '×', title: 'close', onClick: () => app.set({ entity: null }) }),
    ]),
  );
  const terms = termsOf(app, key);
  const columns = el('div', { className: 'columns' });
  columns.style.setProperty('--columns', String(picked.length));
  for (const r of picked) {
    const m = app.model.mention(r, key);
    const col = el('div', { className: 'column' });
    col.dataset.region = app.model.label(r);
    const head = el('div', { className: 'column-head' }, [el('strong', { text: app.model.label(r) })]);
    if (m) {
      head.append(el('span', { className: 'weight', text: ` ×${m.weight}` }));
      if (m.years.length) head.append(el('span', { className: 'years', text: m.years.join(', ') }));
      for (const p of m.phases) head.append(el('span', { className: `badge ${p}`, text: p }));
      col.append(head, linkEvidence(app, m, terms));
    } else col.append(head, el('p', { className: 'muted', text: `${app.model.label(r)}’s report does not name it.` }));
    columns.append(col);
  }
  pane.append(columns);
  return pane;
}
