// Tabs, the copy-link button, figure export (PNG, SVG) and the one-line start hint.
import type { App } from '../app.js';
import type { Tab } from '../state.js';
import { byId, el } from '../dom.js';
import { exportPng, exportSvg } from '../figure.js';

const HINT = 'Click a region or search a programme; Compare two regions in the Compare tab';

export function installToolbar(app: App): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.tabs button')];
  for (const b of buttons) b.addEventListener('click', () => app.set({ tab: b.dataset.tab as Tab }));
  const render = () => {
    for (const b of buttons) {
      const on = b.dataset.tab === app.state.tab;
      b.classList.toggle('active', on);
      b.setAttribute('aria-selected', String(on));
      byId(`tab-${b.dataset.tab}`).hidden = !on;
    }
    // the layout follows the tab: Compare widens the sidebar, the matrix covers it and the graph
    document.body.dataset.tab = app.state.tab;
  };
  render();
  app.onChange(render);

  const copy = byId<HTMLButtonElement>('copy-link');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      copy.textContent = 'Copied';
    } catch {
      // clipboard needs a secure context or permission: show the link instead
      window.prompt('Copy this link', location.href);
    }
    setTimeout(() => (copy.textContent = 'Copy link'), 1500);
  });

  byId('export-png').addEventListener('click', () => exportPng(app));
  byId('export-svg').addEventListener('click', () => exportSvg(app));
  installHint(app);
}

/** One line over the graph at the start; gone at the first selection, comparison or tab change. */
function installHint(app: App): void {
  const hint = byId('hint');
  if (app.embed) return;
  let dismissed = false;
  hint.replaceChildren(
    el('span', { text: HINT }),
    el('button', {
      className: 'close',
      text: '×',
      title: 'hide',
      onClick: () => {
        dismissed = true;
        render();
      },
    }),
  );
  const render = () => {
    const s = app.state;
    if (s.selected || s.tab !== 'explore' || s.compare.length) dismissed = true;
    hint.hidden = dismissed;
  };
  render();
  app.onChange(render);
}
