// The programme × region matrix: programmes named by two or more regions against the issuing
// regions, a heat map of how often each names it.
import type { App } from '../app.js';
import { byId, el } from '../dom.js';

export function installMatrix(app: App): void {
  const root = byId('tab-matrix');
  let built = false;
  const render = () => {
    if (app.state.tab !== 'matrix' || built) return;
    built = true;
    const regions = app.model.issuing;
    const programmes = app.graph
      .filterNodes((_k, a) => a.type === 'programme' && (a.regionCount ?? 0) >= 2)
      .sort(
        (x, y) =>
          app.graph.getNodeAttribute(y, 'regionCount') - app.graph.getNodeAttribute(x, 'regionCount') ||
          app.model.label(x).localeCompare(app.model.label(y), 'zh'),
      );
    const head = el('tr', {}, [
      el('th', { text: 'programme' }),
      el('th', { text: 'n' }),
      ...regions.map((r) => el('th', { text: app.model.label(r) })),
    ]);
    const rows = programmes.map((p) => {
      const weights = new Map(app.model.mentionsOf(p).map((m) => [m.region, m.weight]));
      const name = el('td', {}, [
        el('button', { className: 'chip', text: app.model.label(p), onClick: () => app.focus(p) }),
      ]);
      const cells = regions.map((r) => {
        const w = weights.get(r) ?? 0;
        const td = el('td', {
          className: 'cell',
          text: w ? String(w) : '',
          title: w ? `${app.model.label(r)} names it ${w}×` : '',
        });
        if (w) td.style.background = `rgba(78,121,167,${Math.min(0.9, 0.25 + w * 0.15)})`;
        return td;
      });
      return el('tr', {}, [name, el('td', { text: String(weights.size) }), ...cells]);
    });
    const table = el('table', { testid: 'matrix' }, [el('thead', {}, [head]), el('tbody', {}, rows)]);
    root.replaceChildren(el('h2', { text: `Programmes shared by two or more regions (${programmes.length})` }), table);
  };
  render();
  app.onChange(render);
}
