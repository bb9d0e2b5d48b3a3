// Reducers: colour mode, type toggles, filters (the year range among them) and the
// hover/selection focus — all computed from the view state, never written into the graph.
import type { App } from '../app.js';
import { TYPE_COLORS, communityColor, inRange, type YearRange } from '../model.js';

const DIM = '#e5e7eb';
const EDGE_COLORS: Record<string, string> = { mentions: '#e2e8f0', part_of: '#fca5a5', co_occurs: '#ddd6fe' };

export function installAppearance(app: App): void {
  const { graph, sigma } = app;
  let visible = new Set<string>();
  // on the compare tab with two or more regions picked: those regions and what they all share
  let compared: { regions: Set<string>; shared: Set<string> } | null = null;
  let years: YearRange | null = null;

  const computeVisible = () => {
    const s = app.state;
    // a node (issuing regions too) or mentions link whose years all fall outside the range is
    // hidden; what has no years (parent regions…) stays
    years = app.model.yearRange(s.from, s.to);
    visible = new Set(
      graph.filterNodes((key, a) => {
        if (s.hidden.has(a.type)) return false;
        if (!inRange(a.years, years)) return false;
        const issuing = Array.isArray(a.reports) && a.reports.length > 0;
        if (issuing) return true;
        if ((a.regionCount ?? 0) < s.minRegions) return false;
        if (s.phase && !app.model.mentionsOf(key).some((m) => m.phases.includes(s.phase))) return false;
        return true;
      }),
    );
    const picked = s.compare.filter((k) => app.model.issuing.includes(k));
    compared =
      s.tab === 'compare' && picked.length >= 2
        ? { regions: new Set(picked), shared: new Set(app.model.compare(picked, s.since).shared) }
        : null;
  };

  sigma.setSetting('nodeReducer', (key, data) => {
    const a = graph.getNodeAttributes(key);
    const res = {
      ...data,
      type: 'circle',
      color:
        app.state.color === 'community'
          ? communityColor(a.community ?? 0)
          : ((TYPE_COLORS as Record<string, string>)[String(a.type)] ?? '#888'),
    };
    if (!visible.has(key)) return { ...res, hidden: true };
    const focus = app.hovered ?? app.state.selected;
    if (focus && graph.hasNode(focus)) {
      if (key === focus) return { ...res, highlighted: true, zIndex: 2 };
      if (!graph.areNeighbors(key, focus)) return { ...res, color: DIM, label: '', zIndex: 0 };
      return { ...res, forceLabel: true, zIndex: 1 };
    }
    if (compared) {
      if (compared.regions.has(key)) return { ...res, highlighted: true, forceLabel: true, zIndex: 2 };
      if (compared.shared.has(key)) return { ...res, zIndex: 1 };
      return { ...res, color: DIM, label: '', zIndex: 0 };
    }
    return res;
  });

  sigma.setSetting('edgeReducer', (edge, data) => {
    const a = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    const res = {
      ...data,
      color: EDGE_COLORS[a.kind] ?? '#e5e7eb',
      size: Math.min(3, 0.3 + Math.log2(1 + (a.weight ?? 1)) * 0.4),
    };
    if (!visible.has(source) || !visible.has(target)) return { ...res, hidden: true };
    if ((a.weight ?? 1) < app.state.minWeight) return { ...res, hidden: true };
    if (app.state.phase && a.kind === 'mentions' && !(a.phases ?? []).includes(app.state.phase))
      return { ...res, hidden: true };
    if (a.kind === 'mentions' && !inRange(a.years, years)) return { ...res, hidden: true };
    const focus = app.hovered ?? app.state.selected;
    if (focus && source !== focus && target !== focus) return { ...res, hidden: true };
    if (focus) return { ...res, color: '#64748b' };
    if (compared) {
      // only the compared regions' links to what they share
      if (!compared.regions.has(source) || !compared.shared.has(target)) return { ...res, hidden: true };
      return { ...res, color: '#94a3b8' };
    }
    return res;
  });

  // hover is debounced a little so sweeping the mouse across the graph does not thrash
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hover = (key: string | null) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      app.hovered = key;
      sigma.refresh({ skipIndexation: true });
    }, 40);
  };
  sigma.on('enterNode', ({ node }) => hover(node));
  sigma.on('leaveNode', () => hover(null));
  sigma.on('clickNode', ({ node }) => app.set({ selected: node }));
  sigma.on('clickStage', () => app.set({ selected: null }));

  computeVisible();
  app.onChange(() => {
    computeVisible();
    sigma.refresh({ skipIndexation: true });
  });
}
