// The notice over an aggregate (graph-view.json, drawn when the graph is above the viewer's
// budget): how much of the graph is drawn, what was kept, and which files hold all of it.
import type { AggregateView } from './data.js';
import { byId, el } from './dom.js';

/** 12345 as 12,345, on every machine. */
export const grouped = (n: number): string => n.toLocaleString('en-US');
const count = grouped;

/** a, b and c */
const listed = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * The notice's sentences: what is drawn and by which rule (the file's own, which gives the region
 * counts and weights it kept, so that a figure made from the view can say what it shows), then where
 * the rest is.
 */
function noticeText(view: AggregateView): [shown: string, rest: string] {
  const { kept, total } = view;
  const rule = view.rule || 'issuing regions, entities named by at least two regions, the strongest co-occurrences';
  return [
    `Showing ${count(kept.nodes)} of ${count(total.nodes)} nodes and ${count(kept.edges)} of ${count(total.edges)} edges: ${rule}.`,
    `Every node, edge and sentence is in ${listed(view.full.length ? view.full : ['graph.json'])}`,
  ];
}

/** Shows the notice when `view` is an aggregate (text only: the file's strings are never HTML). */
export function showViewNotice(view: AggregateView | null): void {
  const box = byId('view-notice');
  if (!view) return;
  const [shown, rest] = noticeText(view);
  const parquet = view.full.some((f) => f.endsWith('.parquet'));
  box.replaceChildren(
    `${shown} ${rest}`,
    ...(parquet ? ['; ', el('code', { text: 'govgraph query' }), ' runs SQL over the Parquet tables.'] : ['.']),
  );
  box.hidden = false;
}
