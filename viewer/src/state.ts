// View state (selection, filters, compare, tab) kept in the URL hash, so a copied link
// reopens the same view. Never stored in the graph's data.

export type Tab = 'explore' | 'compare' | 'matrix' | 'documents';
export type ColorMode = 'type' | 'community';

export interface ViewState {
  selected: string | null;
  hidden: Set<string>;
  color: ColorMode;
  minRegions: number;
  minWeight: number;
  phase: string;
  compare: string[];
  /** Compare counts only what the regions named in this year or later. */
  since: number | null;
  /** The year range shown (null: from the first / to the last year of the corpus). */
  from: number | null;
  to: number | null;
  tab: Tab;
}

const TABS: Tab[] = ['explore', 'compare', 'matrix', 'documents'];

export function parseHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const num = (k: string) => Math.max(1, Number(p.get(k)) || 1);
  const tab = p.get('tab') as Tab;
  const year = (k: string) => (/^\d{4}$/.test(p.get(k) ?? '') ? Number(p.get(k)) : null);
  return {
    selected: p.get('node'),
    hidden: new Set((p.get('hide') ?? '').split(',').filter(Boolean)),
    color: p.get('color') === 'community' ? 'community' : 'type',
    minRegions: num('regions'),
    minWeight: num('weight'),
    phase: p.get('phase') ?? '',
    compare: (p.get('compare') ?? '').split(',').filter(Boolean),
    since: year('since'),
    from: year('from'),
    to: year('to'),
    tab: TABS.includes(tab) ? tab : 'explore',
  };
}

export function toHash(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.selected) p.set('node', s.selected);
  if (s.hidden.size) p.set('hide', [...s.hidden].sort().join(','));
  if (s.color !== 'type') p.set('color', s.color);
  if (s.minRegions > 1) p.set('regions', String(s.minRegions));
  if (s.minWeight > 1) p.set('weight', String(s.minWeight));
  if (s.phase) p.set('phase', s.phase);
  if (s.compare.length) p.set('compare', s.compare.join(','));
  if (s.since !== null) p.set('since', String(s.since));
  if (s.from !== null) p.set('from', String(s.from));
  if (s.to !== null) p.set('to', String(s.to));
  if (s.tab !== 'explore') p.set('tab', s.tab);
  return '#' + p.toString();
}
