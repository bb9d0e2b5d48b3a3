// Filters: shared by at least N regions, minimum edge weight, phase.
import type { App } from '../app.js';
import { byId } from '../dom.js';

export function installFilters(app: App): void {
  const regions = byId<HTMLInputElement>('min-regions');
  const weight = byId<HTMLInputElement>('min-weight');
  const phase = byId<HTMLSelectElement>('phase');
  const num = (i: HTMLInputElement) => Math.max(1, Math.floor(Number(i.value)) || 1);
  regions.addEventListener('change', () => app.set({ minRegions: num(regions) }));
  weight.addEventListener('change', () => app.set({ minWeight: num(weight) }));
  phase.addEventListener('change', () => app.set({ phase: phase.value }));
  const render = () => {
    regions.value = String(app.state.minRegions);
    weight.value = String(app.state.minWeight);
    phase.value = app.state.phase;
  };
  render();
  app.onChange(render);
}
