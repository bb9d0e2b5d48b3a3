// Compare regions: pick two or more issuing regions and see what they all share and what is
// unique to each, grouped by type; "since" a year, only what each named in that year or later
// counts. The graph shows the compared regions and what they share (controllers/appearance.ts).
import type { App } from '../app.js';
import { TYPES } from '../data.js';
import { byId, el } from '../dom.js';

export function installCompare(app: App): void {
  const root = byId('tab-compare');
  const render = () => {
    const picked = app.state.compare.filter((k) => app.model.issuing.includes(k));
    const pickers = app.model.issuing.map((key) => {
      const box = el('input');
      box.type = 'checkbox';
      box.checked = picked.includes(key);
      box.dataset.region = app.model.label(key);
      box.addEventListener('change', () => {
        const next = box.checked ? [...picked, key] : picked.filter((k) => k !== key);
        app.set({ compare: next });
      });
      return el('label', { className: 'row' }, [box, app.model.label(key)]);
    });
    const body: Node[] = [el('h2', { text: 'Regions to compare' }), ...pickers];
    if (app.model.years.length) body.push(sinceControl(app));
    if (picked.length < 2) body.push(el('p', { className: 'muted', text: 'Pick two or more regions.' }));
    else body.push(...comparison(app, picked));
    root.replaceChildren(...body);
  };
  render();
  app.onChange(render);
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

function comparison(app: App, picked: string[]): Node[] {
  const since = app.model.years.length ? app.state.since : null;
  const { shared, unique: uniques } = app.model.compare(picked, since);
  const when = since === null ? '' : ` since ${since}`;
  const out: Node[] = [
    el('h2', { text: `Shared by all ${picked.length}${when} (${shared.length})` }),
    ...grouped(app, shared, 'shared'),
  ];
  picked.forEach((r) => {
    const unique = uniques.get(r)!;
    out.push(
      el('h2', { text: `Only ${app.model.label(r)}${when} (${unique.length})` }),
      ...grouped(app, unique, `unique-${app.model.label(r)}`),
    );
  });
  return out;
}

function grouped(app: App, keys: string[], testid: string): Node[] {
  const out: Node[] = [];
  for (const t of TYPES) {
    const of = keys
      .filter((k) => app.graph.getNodeAttribute(k, 'type') === t)
      .sort((a, b) => app.model.label(a).localeCompare(app.model.label(b), 'zh'));
    if (!of.length) continue;
    out.push(el('p', { className: 'muted', text: `${t} (${of.length})` }));
    out.push(
      el(
        'div',
        { className: 'chips', testid: `${testid}-${t}` },
        of.map((k) => el('button', { className: 'chip', text: app.model.label(k), onClick: () => app.focus(k) })),
      ),
    );
  }
  return out;
}
