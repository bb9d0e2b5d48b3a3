// Filters: the year range (with a play button that steps its last year through the corpus),
// shared by at least N regions, minimum edge weight, phase, the neighbourhood (1 or 2 hops)
// around the selection. The graph applies them in
// controllers/appearance.ts.
import type { App } from '../app.js';
import { byId, el } from '../dom.js';

const STEP_MS = 1000;

export function installFilters(app: App): void {
  const regions = byId<HTMLInputElement>('min-regions');
  const weight = byId<HTMLInputElement>('min-weight');
  const phase = byId<HTMLSelectElement>('phase');
  const hops = byId<HTMLSelectElement>('hops');
  const num = (i: HTMLInputElement) => Math.max(1, Math.floor(Number(i.value)) || 1);
  regions.addEventListener('change', () => app.set({ minRegions: num(regions) }));
  weight.addEventListener('change', () => app.set({ minWeight: num(weight) }));
  phase.addEventListener('change', () => app.set({ phase: phase.value }));
  hops.addEventListener('change', () => {
    const n = Number(hops.value);
    app.set({ hops: n === 1 || n === 2 ? n : 0 });
    if (app.state.selected) app.frame(app.state.selected);
  });
  const renderYears = installYearRange(app);
  const render = () => {
    regions.value = String(app.state.minRegions);
    weight.value = String(app.state.minWeight);
    phase.value = app.state.phase;
    hops.value = String(app.state.hops);
    renderYears();
  };
  render();
  app.onChange(render);
}

/** The from/to selects and the play button; hidden when the corpus has no years. Returns its render. */
function installYearRange(app: App): () => void {
  const box = byId('year-range');
  const from = byId<HTMLSelectElement>('year-from');
  const to = byId<HTMLSelectElement>('year-to');
  const play = byId<HTMLButtonElement>('year-play');
  const years = app.model.years;
  const last = years[years.length - 1];
  if (last === undefined) {
    box.hidden = true;
    return () => {};
  }
  box.hidden = false;
  for (const select of [from, to])
    select.replaceChildren(
      ...years.map((y) => {
        const o = el('option', { text: String(y) });
        o.value = String(y);
        return o;
      }),
    );
  const range = () => app.model.yearRange(app.state.from, app.state.to)!;
  // moving one end past the other takes the other along
  from.addEventListener('change', () => {
    const y = Number(from.value);
    app.set({ from: y, to: Math.max(y, range().to) });
  });
  to.addEventListener('change', () => {
    const y = Number(to.value);
    app.set({ from: Math.min(y, range().from), to: y });
  });

  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    render();
  };
  const step = () => {
    const next = years.find((y) => y > range().to);
    if (next !== undefined) app.set({ to: next });
    if (next === undefined || next === last) stop();
  };
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    const r = range();
    // at the end already: start again from the first year of the range
    if (r.to >= last) app.set({ from: r.from, to: r.from });
    if (range().to >= last) return;
    timer = setInterval(step, STEP_MS);
    render();
  });

  const render = () => {
    const r = range();
    from.value = String(r.from);
    to.value = String(r.to);
    const playing = timer !== undefined;
    play.textContent = playing ? '❚❚ pause' : '▶ play';
    play.dataset.playing = String(playing);
    play.setAttribute('aria-pressed', String(playing));
  };
  return render;
}
