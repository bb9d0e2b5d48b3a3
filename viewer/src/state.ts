// View state (selection, filters, compare, matrix, tab) kept in the URL hash, so a copied link
// reopens the same view. Never stored in the graph's data.

export type Tab = 'explore' | 'compare' | 'matrix' | 'documents';
export type ColorMode = 'type' | 'community';
/** The entity types Compare and the matrix have a tab for ('all': every type, Compare only). */
export type TypeTab = 'programme' | 'slogan' | 'theme' | 'industry' | 'all';
export type MatrixSort = 'regions' | 'name';

export interface ViewState {
  selected: string | null;
  hidden: Set<string>;
  color: ColorMode;
  minRegions: number;
  minWeight: number;
  phase: string;
  /** Around the selection: 0 shows the whole graph (the rest dimmed), 1 or 2 hops only its neighbourhood. */
  hops: 0 | 1 | 2;
  compare: string[];
  /** Compare counts only what the regions named in this year or later. */
  since: number | null;
  /** Compare's type tab and the entity whose sentences it shows side by side. */
  compareType: TypeTab;
  entity: string | null;
  /** The matrix's type tab and row order. */
  matrixType: Exclude<TypeTab, 'all'>;
  matrixSort: MatrixSort;
  /** The year range shown (null: from the first / to the last year of the corpus). */
  from: number | null;
  to: number | null;
  tab: Tab;
}

const TABS: Tab[] = ['explore', 'compare', 'matrix', 'documents'];
export const TYPE_TABS: TypeTab[] = ['programme', 'slogan', 'theme', 'industry', 'all'];
export const TAB_NAMES: Record<TypeTab, string> = {
  programme: 'programmes',
  slogan: 'slogans',
  theme: 'themes',
  industry: 'industries',
  all: 'all types',
};

export function parseHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const num = (k: string) => Math.max(1, Number(p.get(k)) || 1);
  const tab = p.get('tab') as Tab;
  const year = (k: string) => (/^\d{4}$/.test(p.get(k) ?? '') ? Number(p.get(k)) : null);
  const ctype = p.get('ctype') as TypeTab;
  const mtype = p.get('mtype') as TypeTab;
  const hops = Number(p.get('hops'));
  return {
    selected: p.get('node'),
    hidden: new Set((p.get('hide') ?? '').split(',').filter(Boolean)),
    color: p.get('color') === 'community' ? 'community' : 'type',
    minRegions: num('regions'),
    minWeight: num('weight'),
    phase: p.get('phase') ?? '',
    hops: hops === 1 || hops === 2 ? hops : 0,
    compare: (p.get('compare') ?? '').split(',').filter(Boolean),
    since: year('since'),
    compareType: TYPE_TABS.includes(ctype) ? ctype : 'programme',
    entity: p.get('entity'),
    matrixType: TYPE_TABS.includes(mtype) && mtype !== 'all' ? mtype : 'programme',
    matrixSort: p.get('msort') === 'name' ? 'name' : 'regions',
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
  if (s.hops) p.set('hops', String(s.hops));
  if (s.compare.length) p.set('compare', s.compare.join(','));
  if (s.since !== null) p.set('since', String(s.since));
  if (s.compareType !== 'programme') p.set('ctype', s.compareType);
  if (s.entity) p.set('entity', s.entity);
  if (s.matrixType !== 'programme') p.set('mtype', s.matrixType);
  if (s.matrixSort !== 'regions') p.set('msort', s.matrixSort);
  if (s.from !== null) p.set('from', String(s.from));
  if (s.to !== null) p.set('to', String(s.to));
  if (s.tab !== 'explore') p.set('tab', s.tab);
  return '#' + p.toString();
}
