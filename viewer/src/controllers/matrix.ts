// The entity × region matrix, a full-width view of its own: programmes (slogans, themes,
// industries) named by two or more regions against the issuing regions in name order, a heat
// map of how often each names it. The header row and the first column stay in view; a cell
// opens that region's sentences about that entity; rows sort by region count or name; the
// table downloads as CSV.
import type { App } from '../app.js';
import { toCsv } from '../csv.js';
import { byId, download, el } from '../dom.js';
import { byName } from '../model.js';
import { TAB_NAMES, TYPE_TABS, type TypeTab } from '../state.js';
import { linkEvidence, termsOf } from './evidence.js';

type MatrixType = Exclude<TypeTab, 'all'>;

export function installMatrix(app: App): void {
  const root = byId('tab-matrix');
  // what is drawn (rebuilt when it changes) and the open cell (not in the URL)
  let drawn = '';
  let cell: { region: string; entity: string } | null = null;
  let minRegions = 2;

  const rowsOf = (type: MatrixType) => {
    const keys = app.graph.filterNodes(
      (_k, a) => a.type === type && (a.regionCount ?? 0) >= minRegions && (a.regionCount ?? 0) > 0,
    );
    const count = (k: string) => Number(app.graph.getNodeAttribute(k, 'regionCount')) || 0;
    return app.state.matrixSort === 'name'
      ? app.model.sortByName(keys)
      : keys.sort(
          (x, y) =>
            count(y) - count(x) ||
            (Number(app.graph.getNodeAttribute(y, 'mentions')) || 0) -
              (Number(app.graph.getNodeAttribute(x, 'mentions')) || 0) ||
            byName(app.model.label(x), app.model.label(y)),
        );
  };

  const evidence = (): HTMLElement => {
    const pane = el('aside', { className: 'matrix-evidence', testid: 'matrix-evidence' });
    if (!cell) {
      pane.append(
        el('p', { className: 'muted', text: 'Click a cell to read that region’s sentences about that entity.' }),
      );
      return pane;
    }
    const { region, entity } = cell;
    pane.dataset.region = app.model.label(region);
    pane.dataset.entity = app.model.label(entity);
    const m = app.model.mention(region, entity);
    pane.append(
      el('button', {
        className: 'close',
        text: '×',
        title: 'close',
        onClick: () => {
          cell = null;
          draw(true);
        },
      }),
      el('h3', {}, [
        el('button', { className: 'link', text: app.model.label(region), onClick: () => app.focus(region) }),
        ' → ',
        el('button', { className: 'link', text: app.model.label(entity), onClick: () => app.focus(entity) }),
      ]),
    );
    if (m) {
      const line = el('p', { className: 'muted', text: `${m.weight} mention${m.weight === 1 ? '' : 's'}` });
      for (const p of m.phases) line.append(el('span', { className: `badge ${p}`, text: p }));
      pane.append(line, linkEvidence(app, m, termsOf(app, entity)));
    } else pane.append(el('p', { className: 'muted', text: `${app.model.label(region)}’s report does not name it.` }));
    // along the row: the other regions naming it
    const others = app.model.issuing.filter((r) => r !== region && app.model.mention(r, entity));
    if (others.length)
      pane.append(
        el('h2', { text: 'also named by' }),
        el(
          'div',
          { className: 'chips' },
          others.map((r) =>
            el('button', {
              className: 'chip',
              text: `${app.model.label(r)} ×${app.model.mention(r, entity)!.weight}`,
              onClick: () => {
                cell = { region: r, entity };
                draw(true);
              },
            }),
          ),
        ),
      );
    return pane;
  };

  const draw = (force = false) => {
    if (app.state.tab !== 'matrix') return;
    const type = app.state.matrixType;
    const key = `${type}|${app.state.matrixSort}|${minRegions}`;
    if (!force && key === drawn) return;
    if (key !== drawn && cell && app.graph.getNodeAttribute(cell.entity, 'type') !== type) cell = null;
    drawn = key;
    const regions = app.model.issuing;
    const rows = rowsOf(type);

    const tabs = el(
      'div',
      { className: 'type-tabs', testid: 'matrix-types' },
      TYPE_TABS.filter((t): t is MatrixType => t !== 'all').map((t) => {
        const b = el('button', {
          className: t === type ? 'active' : '',
          text: TAB_NAMES[t],
          onClick: () => app.set({ matrixType: t }),
        });
        b.dataset.type = t;
        return b;
      }),
    );
    const sort = el('select', {}, [
      Object.assign(el('option', { text: 'by region count' }), { value: 'regions' }),
      Object.assign(el('option', { text: 'by name' }), { value: 'name' }),
    ]);
    sort.dataset.testid = 'matrix-sort';
    sort.value = app.state.matrixSort;
    sort.addEventListener('change', () => app.set({ matrixSort: sort.value === 'name' ? 'name' : 'regions' }));
    const min = el('select', {}, [
      Object.assign(el('option', { text: 'named by ≥ 2 regions' }), { value: '2' }),
      Object.assign(el('option', { text: 'every one' }), { value: '1' }),
    ]);
    min.dataset.testid = 'matrix-rows';
    min.value = String(minRegions);
    min.addEventListener('change', () => {
      minRegions = Number(min.value) || 2;
      draw();
    });
    const csv = el('button', {
      text: '⬇ CSV',
      testid: 'matrix-csv',
      title: 'this table as CSV: each entity, how many regions name it, each region’s mentions',
      onClick: () =>
        download(
          `matrix-${TAB_NAMES[type]}.csv`,
          toCsv([
            [type, 'regions', ...regions.map((r) => app.model.label(r))],
            ...rows.map((k) => [
              app.model.label(k),
              app.graph.getNodeAttribute(k, 'regionCount') ?? 0,
              ...regions.map((r) => app.model.mention(r, k)?.weight ?? 0),
            ]),
          ]),
          'text/csv;charset=utf-8',
        ),
    });

    const vertical = regions.length > 10;
    const head = el('tr', {}, [
      el('th', { className: 'name corner', text: type }),
      el('th', { className: 'n', text: 'regions', title: 'how many regions name it' }),
      ...regions.map((r) => {
        const th = el('th', { className: `region${vertical ? ' vertical' : ''}` }, [
          el('button', { className: 'link', text: app.model.label(r), onClick: () => app.focus(r) }),
        ]);
        th.dataset.region = app.model.label(r);
        return th;
      }),
    ]);
    const body = rows.map((k) => {
      const weights = new Map(app.model.mentionsOf(k).map((m) => [m.region, m.weight]));
      const name = el('td', { className: 'name' }, [
        el('button', { className: 'chip', text: app.model.label(k), onClick: () => app.focus(k) }),
      ]);
      const cells = regions.map((r) => {
        const w = weights.get(r) ?? 0;
        const td = el('td', {
          className: `cell${w ? ' on' : ''}`,
          text: w ? String(w) : '',
          title: w
            ? `${app.model.label(r)} names ${app.model.label(k)} ${w}× — click for the sentences`
            : `${app.model.label(r)} does not name ${app.model.label(k)}`,
          testid: 'matrix-cell',
        });
        td.dataset.region = app.model.label(r);
        td.dataset.entity = app.model.label(k);
        td.dataset.weight = String(w);
        if (cell && cell.region === r && cell.entity === k) td.classList.add('active');
        if (w) {
          td.style.background = `rgba(78,121,167,${Math.min(0.9, 0.2 + w * 0.12)})`;
          if (w >= 5) td.style.color = '#fff';
          td.tabIndex = 0;
          td.setAttribute('role', 'button');
          const open = () => {
            cell = { region: r, entity: k };
            draw(true);
          };
          td.addEventListener('click', open);
          td.addEventListener('keydown', (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              open();
            }
          });
        }
        return td;
      });
      return el('tr', {}, [name, el('td', { className: 'n', text: String(weights.size) }), ...cells]);
    });
    const table = el('table', { className: 'matrix', testid: 'matrix' }, [
      el('thead', {}, [head]),
      el('tbody', {}, body),
    ]);
    const scroller = root.querySelector('.matrix-scroll');
    const [top, left] = [scroller?.scrollTop ?? 0, scroller?.scrollLeft ?? 0];
    const scroll = el('div', { className: 'matrix-scroll' }, [table]);
    root.replaceChildren(
      el('div', { className: 'matrix-bar' }, [
        el('h2', {
          text: `${TAB_NAMES[type]} × regions (${rows.length}${minRegions > 1 ? ', named by two or more' : ''})`,
        }),
        tabs,
        el('label', { className: 'row' }, ['Rows', min]),
        el('label', { className: 'row' }, ['Sort', sort]),
        csv,
      ]),
      el('div', { className: 'matrix-main' }, [scroll, evidence()]),
    );
    if (force) [scroll.scrollTop, scroll.scrollLeft] = [top, left];
  };
  draw();
  app.onChange(() => draw());
}
