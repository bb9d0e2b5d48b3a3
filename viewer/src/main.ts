// Entry point: load the graph (whole, or its aggregate with a notice), check it, render it with sigma and install one controller per concern.
import Sigma from 'sigma';
import { loadDocuments, loadView } from './data.js';
import { grouped, showViewNotice } from './notice.js';
import { Model } from './model.js';
import { parseHash } from './state.js';
import { createApp } from './app.js';
import { byId } from './dom.js';
import { MentionsStore } from './mentions.js';
import { drawLabel } from './labels.js';
import { installAppearance } from './controllers/appearance.js';
import { installLegend } from './controllers/legend.js';
import { installSearch } from './controllers/search.js';
import { installPanel } from './controllers/panel.js';
import { installFilters } from './controllers/filters.js';
import { installCompare } from './controllers/compare.js';
import { installMatrix } from './controllers/matrix.js';
import { installDocuments } from './controllers/documents.js';
import { installToolbar } from './controllers/toolbar.js';
import { installOverlays } from './controllers/embed.js';

const FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

async function main(): Promise<void> {
  const [{ graph, view }, docs] = await Promise.all([loadView(), loadDocuments()]);
  // before sigma measures the graph's box, which the notice makes shorter
  showViewNotice(view);
  const embed = new URLSearchParams(location.search).get('embed') === '1';
  if (embed) document.body.classList.add('embed');
  const sigma = new Sigma(graph, byId('graph'), {
    labelFont: FONT,
    labelSize: 13,
    labelWeight: '500',
    // labels are chosen by importance and placed without overlap (labels.ts, controllers/appearance.ts):
    // sigma's own grid adds none, and draws the chosen ones (forceLabel) on the side given
    labelDensity: 0,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 0,
    defaultDrawNodeLabel: drawLabel as never,
    zIndex: true,
    defaultNodeType: 'circle',
    // nodes carry an entity `type` (programme, theme…) that is not a sigma program name;
    // the appearance controller's reducer replaces this one
    nodeReducer: (_key, data) => ({ ...data, type: 'circle' }),
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    // the graph's box may be empty for a moment while the layout changes
    allowInvalidContainer: true,
  });
  const state = parseHash(location.hash);
  const app = createApp(graph, new Model(graph, docs), docs, sigma, state, new MentionsStore(graph), embed);
  installAppearance(app);
  installLegend(app);
  installSearch(app);
  installPanel(app);
  installFilters(app);
  installCompare(app);
  installMatrix(app);
  installDocuments(app);
  installToolbar(app);
  installOverlays(app);
  const regions = app.model.issuing.length;
  byId('stats').textContent =
    `${grouped(docs.documents.length || regions)} reports · ${grouped(graph.order)} nodes · ${grouped(graph.size)} edges`;
  if (app.state.selected) app.focus(app.state.selected);
  app.set({});
  // for the browser console and the browser tests: `govgraph.sigma.getNodeDisplayData(key)`
  (window as unknown as { govgraph: typeof app }).govgraph = app;
  document.body.dataset.ready = 'true';
}

main().catch((err: unknown) => {
  const box = byId('error');
  box.hidden = false;
  box.textContent = `govgraph could not open this graph.\n\n${err instanceof Error ? err.message : String(err)}`;
  document.body.dataset.ready = 'error';
  console.warn(err);
});
