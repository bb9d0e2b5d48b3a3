// Tabs, the copy-link button and PNG export of the current view.
import type { App } from '../app.js';
import type { Tab } from '../state.js';
import { byId } from '../dom.js';

export function installToolbar(app: App): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.tabs button')];
  for (const b of buttons) b.addEventListener('click', () => app.set({ tab: b.dataset.tab as Tab }));
  const render = () => {
    for (const b of buttons) {
      const on = b.dataset.tab === app.state.tab;
      b.classList.toggle('active', on);
      byId(`tab-${b.dataset.tab}`).hidden = !on;
    }
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
}

/** Draws sigma's layers onto one canvas (right after a render, while WebGL buffers hold) and downloads it. */
function exportPng(app: App): void {
  const { sigma } = app;
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = width * ratio;
  out.height = height * ratio;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const canvas of Object.values(sigma.getCanvases())) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  const a = document.createElement('a');
  a.download = 'govgraph.png';
  a.href = out.toDataURL('image/png');
  a.click();
}
