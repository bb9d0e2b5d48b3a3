// summary.md's cross-cutting sections: the most widely named policy themes, and the Louvain
// communities with the labels that characterize each.
import type { GovGraph, NodeAttributes } from '../graph/index.js';
import { mdEscape, mdTable } from './markdown.js';
import { compare } from './text.js';
import { byReach, entitiesByReach, regionTable } from './summary-programmes.js';

const TOP_THEMES = 15;
const TOP_COMMUNITIES = 8;
const LABELS_PER_COMMUNITY = 6;

/** The most widely named themes × the issuing regions that name them. */
export function themesSection(graph: GovGraph): string {
  const themes = entitiesByReach(graph, 'theme');
  const head = '## Top themes';
  if (themes.length === 0) return `${head}\n\nNo themes found.`;
  return `${head}\n\n${regionTable(graph, themes.slice(0, TOP_THEMES), 'theme', 'mentions')}`;
}

export function communitiesSection(graph: GovGraph): string {
  const groups = new Map<number, NodeAttributes[]>();
  graph.forEachNode((_k, a) => {
    const members = groups.get(a.community) ?? [];
    if (members.length === 0) groups.set(a.community, members);
    members.push(a);
  });
  const head = '## Communities';
  if (groups.size === 0) return `${head}\n\nThe graph is empty.`;
  const largest = [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .slice(0, TOP_COMMUNITIES);
  const rows = largest.map(([id, members]) => {
    // Issuing regions are hubs of every community they report on; the other labels say what it is about.
    const topical = members.filter((m) => !m.reports?.length);
    const labels = (topical.length > 0 ? topical : members).sort(byReach).slice(0, LABELS_PER_COMMUNITY);
    const regions = members
      .filter((m) => m.reports?.length)
      .map((m) => m.label)
      .sort(compare);
    return [
      String(id),
      String(members.length),
      regions.map(mdEscape).join('、'),
      labels.map((m) => mdEscape(m.label)).join('、'),
    ];
  });
  const note = groups.size > largest.length ? `\n\n${groups.size - largest.length} smaller communities not shown.` : '';
  return `${head}\n\n${mdTable(['community', 'nodes', 'issuing regions', 'top labels'], rows, ['r', 'r', 'l', 'l'])}${note}`;
}
