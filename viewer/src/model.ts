// Read-only questions asked of the loaded graph: issuing regions, what a region mentions,
// who mentions an entity, and the search index over labels and aliases.
import type Graph from 'graphology';

// the library's own table: the viewer and the exports cannot drift apart
export { TYPE_COLORS } from '../../src/contract/colors.js';

const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
];

export function communityColor(c: number): string {
  return COMMUNITY_COLORS[c % COMMUNITY_COLORS.length]!;
}

export interface Evidence {
  doc: string;
  sentence: string;
  start: number;
  end: number;
}

export interface MentionEdge {
  region: string;
  entity: string;
  weight: number;
  phases: string[];
  evidence: Evidence[];
}

export interface Comparison {
  shared: string[];
  /** Per region: the entities no other compared region mentions. */
  unique: Map<string, string[]>;
}

export class Model {
  readonly issuing: string[];
  private readonly out = new Map<string, MentionEdge[]>();
  private readonly in = new Map<string, MentionEdge[]>();
  readonly searchIndex: { key: string; text: string; label: string }[] = [];

  constructor(readonly graph: Graph) {
    graph.forEachEdge((_e, a, source, target) => {
      if (a.kind !== 'mentions') return;
      const m: MentionEdge = {
        region: source,
        entity: target,
        weight: a.weight ?? 1,
        phases: a.phases ?? [],
        evidence: a.evidence ?? [],
      };
      push(this.out, source, m);
      push(this.in, target, m);
    });
    this.issuing = graph
      .filterNodes((_n, a) => Array.isArray(a.reports) && a.reports.length > 0)
      .sort((a, b) => label(graph, a).localeCompare(label(graph, b), 'zh'));
    graph.forEachNode((key, a) => {
      for (const text of [a.label, ...(Array.isArray(a.aliases) ? a.aliases : [])]) {
        if (typeof text === 'string' && text) this.searchIndex.push({ key, text, label: a.label });
      }
    });
  }

  label(key: string): string {
    return label(this.graph, key);
  }

  mentionsBy(region: string): MentionEdge[] {
    return this.out.get(region) ?? [];
  }

  mentionsOf(entity: string): MentionEdge[] {
    return this.in.get(entity) ?? [];
  }

  /** What two or more regions all mention, and what each of them alone mentions. */
  compare(regions: readonly string[]): Comparison {
    const sets = regions.map((r) => new Set(this.mentionsBy(r).map((m) => m.entity)));
    const shared = [...(sets[0] ?? [])].filter((k) => sets.every((s) => s.has(k)));
    const unique = new Map(
      regions.map((r, i) => [r, [...sets[i]!].filter((k) => sets.every((s, j) => j === i || !s.has(k)))]),
    );
    return { shared, unique };
  }

  /** Best matches first: exact, then prefix, then substring; one row per node. */
  search(query: string, limit = 12): { key: string; text: string; label: string }[] {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const scored = new Map<string, { key: string; text: string; label: string; score: number }>();
    for (const row of this.searchIndex) {
      const t = row.text.toLowerCase();
      const score = t === q ? 0 : t.startsWith(q) ? 1 : t.includes(q) ? 2 : -1;
      if (score < 0) continue;
      const prev = scored.get(row.key);
      if (!prev || score < prev.score) scored.set(row.key, { ...row, score });
    }
    const size = (k: string) => (this.graph.getNodeAttribute(k, 'regionCount') as number) ?? 0;
    return [...scored.values()]
      .sort((a, b) => a.score - b.score || size(b.key) - size(a.key) || a.label.length - b.label.length)
      .slice(0, limit);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function label(graph: Graph, key: string): string {
  return graph.hasNode(key) ? (graph.getNodeAttribute(key, 'label') as string) : key;
}
