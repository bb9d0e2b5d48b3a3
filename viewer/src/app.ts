// The shared application object: the graph, its derived model, the renderer and the view
// state. Controllers read it and call `app.set(...)`; every change re-renders them and the URL.
import type Graph from 'graphology';
import type Sigma from 'sigma';
import type { Model } from './model.js';
import type { Documents } from './data.js';
import { toHash, type ViewState } from './state.js';

export interface App {
  graph: Graph;
  model: Model;
  docs: Documents;
  sigma: Sigma;
  state: ViewState;
  /** The node under the mouse (not in the URL). */
  hovered: string | null;
  set(patch: Partial<ViewState>): void;
  /** Select a node and move the camera to it. */
  focus(key: string): void;
  onChange(listener: () => void): void;
}

export function createApp(graph: Graph, model: Model, docs: Documents, sigma: Sigma, state: ViewState): App {
  const listeners: (() => void)[] = [];
  const app: App = {
    graph,
    model,
    docs,
    sigma,
    state,
    hovered: null,
    set(patch) {
      Object.assign(app.state, patch);
      history.replaceState(null, '', toHash(app.state));
      for (const l of listeners) l();
    },
    focus(key) {
      if (!graph.hasNode(key)) return;
      app.set({ selected: key, tab: 'explore' });
      const d = sigma.getNodeDisplayData(key);
      if (d) void sigma.getCamera().animate({ x: d.x, y: d.y, ratio: 0.7 }, { duration: 500 });
    },
    onChange(l) {
      listeners.push(l);
    },
  };
  return app;
}
