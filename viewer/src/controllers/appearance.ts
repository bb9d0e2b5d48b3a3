// Reducers: colour mode, type toggles, filters (the year range and the neighbourhood among
// them) and the hover/selection/compare focus — all computed from the view state, never
// written into the graph. Labels follow importance (../labels.ts): what most regions name is
// labelled first, a selected node's strongest neighbours only, no two labels on top of each other.
import type { Attributes } from 'graphology-types';
import type { App } from '../app.js';
import { TOP_NEIGHBOURS } from '../app.js';
import { DIM, TYPE_COLORS, communityColor, inRange, type YearRange } from '../model.js';
import { chooseLabels, samePlacement, type Placement } from '../labels.js';

const EDGE_COLORS: Record<string, string> = { mentions: '#e2e8f0', part_of: '#fca5a5', co_occurs: '#ddd6fe' };
/** Labels drawn in any case in the first view: at most this many of what most regions name. */
const ALWAYS = 20;
/** Closer than this camera ratio, every node competes for a label. */
const ZOOMED_IN = 0.6;

/** The nodes within `hops` of `key` (itself included). */
export function neighbourhood(app: App, key: string, hops: number): Set<string> {
  const out = new Set([key]);
  let ring = [key];
  for (let h = 0; h < hops; h++) {
    const next: string[] = [];
    for (const k of ring)
      for (const n of app.graph.neighbors(k))
        if (!out.has(n)) {
          out.add(n);
          next.push(n);
        }
    ring = next;
  }
  return out;
}

export function installAppearance(app: App): void {
  const { graph, sigma } = app;
  let visible = new Set<string>();
  // on the compare tab with two or more regions picked: those regions and what they all share
  let compared: { regions: Set<string>; shared: Set<string>; entity: string | null } | null = null;
  let years: YearRange | null = null;
  // around the selection, when the neighbourhood filter is on
  let around: Set<string> | null = null;
  let labels = new Map<string, Placement>();

  const computeVisible = () => {
    const s = app.state;
    // a node (issuing regions too) or mentions link whose years all fall outside the range is
    // hidden; what has no years (parent regions…) stays
    years = app.model.yearRange(s.from, s.to);
    around = s.selected && s.hops && graph.hasNode(s.selected) ? neighbourhood(app, s.selected, s.hops) : null;
    visible = new Set(
      graph.filterNodes((key, a) => {
        if (around && !around.has(key)) return false;
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
        ? {
            regions: new Set(picked),
            shared: new Set(app.model.compare(picked, s.since).shared),
            entity: s.entity && graph.hasNode(s.entity) ? s.entity : null,
          }
        : null;
  };

  /** The candidates for a label, most important first, and how many of them must have one. */
  const plan = (): { keys: string[]; must: number } => {
    const focus = app.hovered ?? app.state.selected;
    const shown = (k: string) => visible.has(k);
    if (focus && graph.hasNode(focus)) {
      const top = app.model.topNeighbours(focus, TOP_NEIGHBOURS, shown);
      const rest = around ? app.model.byImportance([...around].filter((k) => k !== focus && !top.includes(k))) : [];
      return { keys: [focus, ...top, ...rest.filter(shown)], must: 1 };
    }
    if (compared) {
      const first = [...compared.regions, ...(compared.entity ? [compared.entity] : [])];
      // what Compare's type tab lists first
      const tab = app.state.compareType;
      const ofTab = (k: string) => tab === 'all' || graph.getNodeAttribute(k, 'type') === tab;
      const shared = app.model.byImportance([...compared.shared].filter(shown)).filter((k) => !first.includes(k));
      return { keys: [...first, ...shared.filter(ofTab), ...shared.filter((k) => !ofTab(k))], must: first.length };
    }
    // seen from afar, only what two or more regions name (and the issuing regions) competes
    // for a label; closer in, everything
    const far = sigma.getCamera().ratio > ZOOMED_IN;
    const order = app.model.byImportance(
      far
        ? [...visible].filter((k) => (graph.getNodeAttribute(k, 'regionCount') ?? 0) >= 2 || app.model.isIssuing(k))
        : visible,
    );
    // what the most regions name, and the issuing regions (when few), are labelled in any case
    const top = order.find((k) => !app.model.isIssuing(k));
    const most = top === undefined ? 0 : (graph.getNodeAttribute(top, 'regionCount') ?? 0);
    const must = order.filter(
      (k, i) =>
        i < ALWAYS + app.model.issuing.length &&
        (app.model.importance(k)[0] === 1 || (most >= 2 && graph.getNodeAttribute(k, 'regionCount') === most)),
    ).length;
    return { keys: order, must };
  };

  // from the graph's own positions and sizes (the reducers change neither), so labels are
  // chosen before sigma draws, not after
  const geometry = (key: string) => {
    if (!visible.has(key)) return null;
    const a = graph.getNodeAttributes(key);
    const p = sigma.graphToViewport({ x: a.x, y: a.y });
    return { x: p.x, y: p.y, r: sigma.scaleSize(a.size ?? 1), label: typeof a.label === 'string' ? a.label : '' };
  };

  const relabel = (): string[] => {
    const { keys, must } = plan();
    // highlighted nodes have their label drawn by sigma's hover layer, on the right
    const next = chooseLabels(sigma, geometry, keys, must, highlightedNow());
    const changed = [...new Set([...labels.keys(), ...next.keys()])].filter(
      (k) => !samePlacement(labels.get(k), next.get(k)),
    );
    labels = next;
    app.labelled = new Set(labels.keys());
    return changed;
  };

  const highlightedNow = (): Set<string> => {
    const focus = app.hovered ?? app.state.selected;
    if (focus && graph.hasNode(focus)) return new Set([focus]);
    if (compared) return new Set([...compared.regions, ...(compared.entity ? [compared.entity] : [])]);
    return new Set();
  };

  const nodeReducer = (key: string, data: Attributes) => {
    const a = graph.getNodeAttributes(key);
    const placement = labels.get(key);
    const res = {
      ...data,
      type: 'circle',
      color:
        app.state.color === 'community'
          ? communityColor(a.community ?? 0)
          : ((TYPE_COLORS as Record<string, string>)[String(a.type)] ?? '#888'),
      forceLabel: placement !== undefined,
      labelPlacement: placement,
    };
    if (!visible.has(key)) return { ...res, hidden: true };
    const focus = app.hovered ?? app.state.selected;
    if (focus && graph.hasNode(focus)) {
      if (key === focus) return { ...res, highlighted: true, forceLabel: false, zIndex: 2 };
      if (!graph.areNeighbors(key, focus) && !around) return { ...res, color: DIM, zIndex: 0 };
      return { ...res, zIndex: 1 };
    }
    if (compared) {
      if (compared.regions.has(key)) return { ...res, highlighted: true, forceLabel: false, zIndex: 2 };
      if (key === compared.entity) return { ...res, highlighted: true, forceLabel: false, zIndex: 3 };
      if (compared.shared.has(key)) return { ...res, zIndex: 1 };
      return { ...res, color: DIM, zIndex: 0 };
    }
    return res;
  };

  const edgeReducer = (edge: string, data: Attributes) => {
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
    // within a neighbourhood every link between its nodes shows; else only the focus's own
    if (focus && !around && source !== focus && target !== focus) return { ...res, hidden: true };
    if (focus) return { ...res, color: source === focus || target === focus ? '#64748b' : '#cbd5e1' };
    if (compared) {
      // only the compared regions' links to what they share, the picked entity's darker
      if (!compared.regions.has(source)) return { ...res, hidden: true };
      if (target === compared.entity) return { ...res, color: '#1f2937', size: Math.max(2, res.size) };
      if (!compared.shared.has(target)) return { ...res, hidden: true };
      return { ...res, color: '#94a3b8' };
    }
    return res;
  };

  // labels follow the camera: chosen again once it rests
  let relabelTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleRelabel = () => {
    clearTimeout(relabelTimer);
    relabelTimer = setTimeout(() => {
      const changed = relabel();
      if (changed.length) sigma.refresh({ partialGraph: { nodes: changed }, skipIndexation: true, schedule: true });
    }, 90);
  };
  sigma.getCamera().on('updated', scheduleRelabel);
  sigma.on('resize', scheduleRelabel);

  // labels first (from the graph's positions), then one refresh: display data is current, and
  // drawn, when app.set returns
  const redraw = () => {
    computeVisible();
    relabel();
    sigma.refresh();
  };

  // hover is debounced a little so sweeping the mouse across the graph does not thrash
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hover = (key: string | null) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      app.hovered = key;
      redraw();
    }, 40);
  };
  sigma.on('enterNode', ({ node }) => hover(node));
  sigma.on('leaveNode', () => hover(null));
  sigma.on('clickNode', ({ node }) => {
    // in Compare, a node of the comparison opens its sentences there; elsewhere it is selected
    if (compared && !app.embed && (compared.shared.has(node) || isUnique(app, node))) app.set({ entity: node });
    else app.focus(node);
  });
  sigma.on('clickStage', () => app.set({ selected: null }));

  // the graph's box changes size with the layout (Compare widens the sidebar): sigma follows
  const container = sigma.getContainer();
  let size = `${container.offsetWidth}x${container.offsetHeight}`;
  new ResizeObserver(() => {
    const now = `${container.offsetWidth}x${container.offsetHeight}`;
    if (now === size) return;
    size = now;
    sigma.scheduleRender();
  }).observe(container);

  computeVisible();
  relabel();
  sigma.setSettings({ nodeReducer, edgeReducer });
  app.onChange(redraw);
}

/** Whether `node` is named by exactly one of the compared regions. */
function isUnique(app: App, node: string): boolean {
  const picked = app.state.compare.filter((k) => app.model.issuing.includes(k));
  const { unique } = app.model.compare(picked, app.state.since);
  return [...unique.values()].some((list) => list.includes(node));
}
