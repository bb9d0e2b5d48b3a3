// The node panel: type, aliases, definition, the regions that name the entity (with
// review/plan badges) and the evidence sentences with the term highlighted, neighbours to click.
import type { App } from '../app.js';
import type { MentionEdge } from '../model.js';
import { byId, el, highlighted } from '../dom.js';

export function installPanel(app: App): void {
  const panel = byId('node-panel');
  const render = () => {
    const key = app.state.selected;
    if (!key || !app.graph.hasNode(key)) {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    panel.hidden = false;
    panel.replaceChildren(...content(app, key));
  };
  render();
  app.onChange(render);
}

function content(app: App, key: string): Node[] {
  const a = app.graph.getNodeAttributes(key);
  const terms: string[] = [a.label, ...(a.aliases ?? [])];
  const out: Node[] = [
    el('button', { className: 'close', text: '×', title: 'close', onClick: () => app.set({ selected: null }) }),
    el('h3', { text: a.label }),
    el('p', { className: 'muted', text: describe(a) }),
  ];
  if (a.aliases?.length) out.push(el('p', { className: 'muted', text: `aliases: ${a.aliases.join(' · ')}` }));
  if (a.definition) out.push(el('p', { text: `definition: ${a.definition}` }));
  // what was merged into this node and why: a build with --keep-apart NAME undoes a merge
  if (Array.isArray(a.mergedFrom) && a.mergedFrom.length)
    out.push(el('p', { className: 'muted', text: `merged from: ${a.mergedFrom.join(' · ')}` }));

  const mentions = app.model.mentionsOf(key);
  if (mentions.length) {
    out.push(el('h2', { text: `named by ${mentions.length} region${mentions.length > 1 ? 's' : ''}` }));
    for (const m of sorted(app, mentions, 'region')) out.push(...mentionBlock(app, m.region, m, terms));
  }
  const named = app.model.mentionsBy(key);
  if (named.length) {
    out.push(el('h2', { text: `names ${named.length} entities` }));
    const byType = new Map<string, MentionEdge[]>();
    for (const m of named) {
      const t = app.graph.getNodeAttribute(m.entity, 'type') as string;
      byType.set(t, [...(byType.get(t) ?? []), m]);
    }
    for (const [t, list] of [...byType.entries()].sort()) {
      out.push(el('p', { className: 'muted', text: `${t} (${list.length})` }));
      out.push(
        chips(
          app,
          sorted(app, list, 'entity').map((m) => m.entity),
        ),
      );
    }
  }
  const others = app.graph
    .neighbors(key)
    .filter((n) => !mentions.some((m) => m.region === n) && !named.some((m) => m.entity === n));
  if (others.length) {
    out.push(el('h2', { text: 'also linked' }));
    out.push(
      chips(
        app,
        others.sort((x, y) => app.model.label(x).localeCompare(app.model.label(y), 'zh')),
      ),
    );
  }
  return out;
}

function describe(a: Record<string, unknown>): string {
  const parts = [String(a.type)];
  if (a.level) parts.push(String(a.level));
  if (a.parent) parts.push(`in ${a.parent}`);
  if (typeof a.investment === 'number') parts.push(`investment ${(a.investment / 1e8).toFixed(2)} 亿元`);
  if (a.status) parts.push(String(a.status));
  parts.push(`${a.mentions ?? 0} mentions`, `${a.regionCount ?? 0} regions`);
  return parts.join(' · ');
}

function sorted(app: App, list: MentionEdge[], by: 'region' | 'entity'): MentionEdge[] {
  return [...list].sort(
    (x, y) => y.weight - x.weight || app.model.label(x[by]).localeCompare(app.model.label(y[by]), 'zh'),
  );
}

function mentionBlock(app: App, region: string, m: MentionEdge, terms: string[]): Node[] {
  const head = el('div', { className: 'mention' }, [
    el('button', { className: 'chip', text: app.model.label(region), onClick: () => app.focus(region) }),
    ` ×${m.weight}`,
  ]);
  for (const p of m.phases) head.append(el('span', { className: `badge ${p}`, text: p }));
  const evidence = m.evidence.map((e) =>
    el('div', { className: 'evidence' }, [
      el('span', { className: 'doc', text: e.doc }),
      highlighted(e.sentence, terms),
    ]),
  );
  return [head, ...evidence];
}

function chips(app: App, keys: string[]): HTMLElement {
  return el(
    'div',
    { className: 'chips' },
    keys.map((k) => el('button', { className: 'chip', text: app.model.label(k), onClick: () => app.focus(k) })),
  );
}
