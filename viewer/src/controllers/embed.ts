// Over the graph: a title and a legend (in Compare and in the read-only embed, `?embed=1`,
// where the sidebar and toolbar are gone); in the embed, a click on a node opens its panel —
// the regions that name it and their sentences — as a card over the graph.
import type { App } from '../app.js';
import { byId, el } from '../dom.js';
import { figureFilters, figureTitle, legendEntries } from '../figure.js';

export function installOverlays(app: App): void {
  const title = byId('figure-title');
  const legend = byId('figure-legend');
  if (app.embed) {
    document.body.classList.add('embed');
    // the node panel moves from the hidden sidebar into a card over the graph
    const card = byId('embed-card');
    const panel = byId('node-panel');
    card.append(panel);
    const sync = () => (card.hidden = panel.hidden);
    new MutationObserver(sync).observe(panel, { attributes: true, attributeFilter: ['hidden'] });
    sync();
  }
  const render = () => {
    const shown = app.embed || app.state.tab === 'compare';
    title.hidden = !shown;
    legend.hidden = !shown;
    if (!shown) return;
    const filters = figureFilters(app);
    title.replaceChildren(
      el('strong', { text: figureTitle(app) }),
      ...(filters.length ? [el('span', { className: 'muted', text: filters.join(' · ') })] : []),
    );
    legend.replaceChildren(
      ...legendEntries(app).map((e) => {
        const swatch = el('span', { className: 'swatch' });
        swatch.style.background = e.color;
        return el('span', { className: 'item' }, [swatch, e.label]);
      }),
    );
  };
  // after the reducers have run for this state (the legend counts what is shown)
  app.onChange(() => queueMicrotask(render));
  render();
}
