// The shared application object: the graph, its derived model, the renderer and the view
// state. Controllers read it and call `app.set(...)`; every change re-renders them and the URL.
import type Graph from 'graphology';
import type Sigma from 'sigma';
import type { Model } from './model.js';
import type { Documents } from './data.js';
import type { MentionsStore } from './mentions.js';
import { toHash, type ViewState } from './state.js';

export interface App {
  graph: Graph;
  model: Model;
  docs: Documents;
  sigma: Sigma;
  state: ViewState;
  /** Every sentence of a link, read from mentions.csv the first time one is asked for. */
  mentions: MentionsStore;
  /** Read-only embed (`?embed=1`): the graph, its title and legend, evidence on click. */
  embed: boolean;
  /** The node under the mouse (not in the URL). */
  hovered: string | null;
  /** The nodes whose labels are drawn now (controllers/labels.ts chooses them). */
  labelled: ReadonlySet<string>;
  set(patch: Partial<ViewState>): void;
  /** Select a node in Explore and move the camera to it and its closest neighbours. */
  focus(key: string): void;
  /** Move the camera (animated) to a node and its closest neighbours, without selecting it. */
  frame(key: string): void;
  /** Move the camera (animated) so that all of `keys` are in view. */
  frameAll(keys: readonly string[]): void;
  onChange(listener: () => void): void;
}

/** How many neighbours of a selected node get labels, and the camera keeps in view. */
export const TOP_NEIGHBOURS = 24;

export function createApp(
  graph: Graph,
  model: Model,
  docs: Documents,
  sigma: Sigma,
  state: ViewState,
  mentions: MentionsStore,
  embed: boolean,
): App {
  const listeners: (() => void)[] = [];
  // where a node sits in sigma's framed coordinates, the camera's
  const framed = (key: string): { x: number; y: number } | null => {
    const d = sigma.getNodeDisplayData(key);
    return d ? { x: d.x, y: d.y } : null;
  };
  const app: App = {
    graph,
    model,
    docs,
    sigma,
    state,
    mentions,
    embed,
    hovered: null,
    labelled: new Set(),
    set(patch) {
      Object.assign(app.state, patch);
      history.replaceState(null, '', location.pathname + location.search + toHash(app.state));
      for (const l of listeners) l();
    },
    focus(key) {
      if (!graph.hasNode(key)) return;
      app.set({ selected: key, tab: app.embed ? app.state.tab : 'explore' });
      app.frame(key);
    },
    frame(key) {
      frameNow(key);
    },
    frameAll(keys) {
      frameAllNow(keys);
    },
    onChange(l) {
      listeners.push(l);
    },
  };
  const frameNow = (key: string) => {
    const d = framed(key);
    if (!d) return;
    // the ratio that keeps most of its top neighbours on screen (framed units: 1 is the whole graph)
    const distances = model
      .topNeighbours(key, TOP_NEIGHBOURS, (n) => !sigma.getNodeDisplayData(n)?.hidden)
      .map((n) => framed(n)!)
      .map((n) => Math.hypot(n.x - d.x, n.y - d.y))
      .sort((a, b) => a - b);
    const far = distances[Math.floor((distances.length - 1) * 0.85)] ?? 0.15;
    const ratio = Math.min(1, Math.max(0.12, far * 2.3));
    void sigma.getCamera().animate({ x: d.x, y: d.y, ratio }, { duration: 500 });
  };
  const frameAllNow = (keys: readonly string[]) => {
    const ds = keys
      .filter((k) => !sigma.getNodeDisplayData(k)?.hidden)
      .map(framed)
      .filter(Boolean);
    if (!ds.length) return;
    const xs = ds.map((d) => d!.x);
    const ys = ds.map((d) => d!.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1, Math.max(0.12, Math.max(x1 - x0, y1 - y0) * 1.6));
    void sigma.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 500 });
  };
  return app;
}
