// Search with autocomplete over labels and aliases (traditional forms too); choosing a match
// selects the node and flies the camera to it.
import type { App } from '../app.js';
import { byId, el } from '../dom.js';

export function installSearch(app: App): void {
  const input = byId<HTMLInputElement>('search');
  const options = byId<HTMLDataListElement>('search-options');

  const suggest = () => {
    const rows = app.model.search(input.value);
    options.replaceChildren(
      ...rows.map((r) => {
        const o = el('option');
        o.value = r.text;
        o.label =
          r.text === r.label ? `${r.label} · ${app.graph.getNodeAttribute(r.key, 'type')}` : `${r.text} → ${r.label}`;
        return o;
      }),
    );
    return rows;
  };

  const choose = () => {
    const [best] = suggest();
    if (best) app.focus(best.key);
  };

  input.addEventListener('input', () => {
    const rows = suggest();
    // picking from the autocomplete list puts an exact name into the box
    const exact = rows.find((r) => r.text === input.value.trim());
    if (exact) app.focus(exact.key);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') choose();
  });
}
