// The most similar pairs of issuing regions: the Jaccard similarity of the entities each names
// (of Compare's type tab), sortable by similarity, shared count or name; a pair opens in Compare.
import type { App } from '../app.js';
import { el } from '../dom.js';
import { byName, type Pair } from '../model.js';
import { TAB_NAMES } from '../state.js';

type SortKey = 'jaccard' | 'shared' | 'name';
/** How many pairs show before "show all". */
const SHOWN = 15;

// the list's own view state (not worth a URL): the sort and whether every pair shows
const view: { sort: SortKey; all: boolean } = { sort: 'jaccard', all: false };

export function similarPairs(app: App): HTMLElement {
  const tab = app.state.compareType;
  const since = app.model.years.length ? app.state.since : null;
  const pairs = app.model.similarPairs(tab === 'all' ? [] : [tab], since);
  const box = el('div', { className: 'pairs', testid: 'similar-pairs' });
  const what = tab === 'all' ? 'everything they name' : TAB_NAMES[tab];
  const intro = [
    el('h2', { text: `Most similar pairs (${pairs.length})` }),
    el('p', {
      className: 'muted',
      text: `Jaccard similarity of ${what}: shared ÷ named by either. Click a pair to compare it.`,
    }),
  ];
  const draw = () => {
    const name = (p: Pair) => `${app.model.label(p.a)} · ${app.model.label(p.b)}`;
    const sorted = [...pairs].sort((x, y) =>
      view.sort === 'name'
        ? byName(name(x), name(y))
        : view.sort === 'shared'
          ? y.shared - x.shared || y.jaccard - x.jaccard || byName(name(x), name(y))
          : y.jaccard - x.jaccard || y.shared - x.shared || byName(name(x), name(y)),
    );
    const header = (key: SortKey, text: string, title: string) => {
      const b = el('button', {
        className: `sort${view.sort === key ? ' active' : ''}`,
        text: `${text}${view.sort === key ? (key === 'name' ? ' ▲' : ' ▼') : ''}`,
        title,
        onClick: () => {
          view.sort = key;
          draw();
        },
      });
      b.dataset.sort = key;
      return el('th', {}, [b]);
    };
    const current = new Set(app.state.compare);
    const rows = (view.all ? sorted : sorted.slice(0, SHOWN)).map((p) => {
      const tr = el('tr', { testid: 'pair-row', title: `compare ${name(p)}` }, [
        el('td', { text: name(p) }),
        el('td', { className: 'num', text: p.jaccard.toFixed(2) }),
        el('td', { className: 'num', text: String(p.shared) }),
        el('td', { className: 'num', text: String(p.union) }),
      ]);
      tr.dataset.a = app.model.label(p.a);
      tr.dataset.b = app.model.label(p.b);
      tr.dataset.jaccard = p.jaccard.toFixed(4);
      tr.dataset.shared = String(p.shared);
      if (current.size === 2 && current.has(p.a) && current.has(p.b)) tr.classList.add('active');
      tr.addEventListener('click', () => app.set({ compare: [p.a, p.b], entity: null }));
      return tr;
    });
    const table = el('table', { className: 'pairs-table' }, [
      el('thead', {}, [
        el('tr', {}, [
          header('name', 'pair', 'sort by name'),
          header('jaccard', 'Jaccard', 'sort by similarity'),
          header('shared', 'shared', 'sort by how many they share'),
          el('th', { text: 'either', title: 'named by either' }),
        ]),
      ]),
      el('tbody', {}, rows),
    ]);
    const more =
      pairs.length > SHOWN
        ? [
            el('button', {
              className: 'more',
              text: view.all ? 'show fewer' : `show all ${pairs.length} pairs`,
              onClick: () => {
                view.all = !view.all;
                draw();
              },
            }),
          ]
        : [];
    box.replaceChildren(...intro, table, ...more);
  };
  draw();
  return box;
}
