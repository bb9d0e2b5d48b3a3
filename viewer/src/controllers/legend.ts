// The legend: one row per type (or community) with its count; clicking a type hides it.
import type { App } from '../app.js';
import { TYPES } from '../data.js';
import { TYPE_COLORS, communityColor } from '../model.js';
import { byId, el } from '../dom.js';

export function installLegend(app: App): void {
  const list = byId('legend');
  const mode = byId<HTMLSelectElement>('color-mode');
  mode.addEventListener('change', () => app.set({ color: mode.value === 'community' ? 'community' : 'type' }));

  const render = () => {
    mode.value = app.state.color;
    const counts = new Map<string, number>();
    const communities = new Map<number, { count: number; top: string; size: number }>();
    app.graph.forEachNode((_k, a) => {
      counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
      const c = communities.get(a.community) ?? { count: 0, top: a.label, size: -1 };
      c.count += 1;
      if ((a.size ?? 0) > c.size) Object.assign(c, { top: a.label, size: a.size ?? 0 });
      communities.set(a.community, c);
    });
    const rows = TYPES.filter((t) => counts.has(t)).map((t) => {
      const off = app.state.hidden.has(t);
      const li = el('li', { className: off ? 'off' : '', title: off ? 'show' : 'hide' }, [
        el('span', { className: 'swatch' }),
        el('span', { text: t }),
        el('span', { className: 'count', text: String(counts.get(t)) }),
      ]);
      // coloured by community, the type rows stay as show/hide toggles with a neutral swatch
      (li.firstChild as HTMLElement).style.background = app.state.color === 'community' ? '#cbd5e1' : TYPE_COLORS[t]!;
      li.addEventListener('click', () => {
        const hidden = new Set(app.state.hidden);
        if (hidden.has(t)) hidden.delete(t);
        else hidden.add(t);
        app.set({ hidden });
      });
      return li;
    });
    if (app.state.color === 'community') {
      const top = [...communities.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, 10);
      for (const [c, info] of top) {
        const li = el('li', {}, [
          el('span', { className: 'swatch' }),
          el('span', { text: `community ${c}: ${info.top}…` }),
          el('span', { className: 'count', text: String(info.count) }),
        ]);
        (li.firstChild as HTMLElement).style.background = communityColor(c);
        rows.push(li);
      }
    }
    list.replaceChildren(...rows);
  };
  render();
  app.onChange(render);
}
