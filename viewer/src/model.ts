// Read-only questions asked of the loaded graph: issuing regions, what a region mentions,
// who mentions an entity, the search index over labels and aliases, and time: the corpus's
// years, the view's year range and an entity's adoption year by year.
import type Graph from 'graphology';
import type { DocumentInfo, Documents } from './data.js';

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

/** The colour of what the view greys out (not linked to the selection, not shared in Compare). */
export const DIM = '#e5e7eb';

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
  /** The reports behind the link. */
  docs: string[];
  /** The years of those reports (sorted; empty when none is known) and the first of them. */
  years: number[];
  firstYear?: number;
}

/** Two issuing regions and how alike their entity sets are. */
export interface Pair {
  a: string;
  b: string;
  shared: number;
  union: number;
  /** |A ∩ B| / |A ∪ B| (0 when both are empty). */
  jaccard: number;
}

/**
 * Names in code-point order, as summary.md and the CLI order them (吉县, 朔州市, 浑源县, 稷山县,
 * 长子县): the same order everywhere in the viewer, whatever the browser's locale.
 */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface Comparison {
  shared: string[];
  /** Per region: the entities no other compared region mentions. */
  unique: Map<string, string[]>;
}

/** The years shown, within the corpus's; `full` when that is every year of the corpus. */
export interface YearRange {
  from: number;
  to: number;
  full: boolean;
}

/** One year of an entity's adoption. */
export interface AdoptionYear {
  year: number;
  /** The regions naming it in that year's reports. */
  regions: string[];
  /** How many regions have named it in that year or before (a region counts from its first year). */
  cumulative: number;
  /** The regions naming it for the first time that year. */
  adopters: string[];
}

/** Whether `years` meet the range. Anything without years (parent regions…) always does. */
export function inRange(years: unknown, range: YearRange | null): boolean {
  if (!range || range.full || !Array.isArray(years) || !years.length) return true;
  return years.some((y) => y >= range.from && y <= range.to);
}

export class Model {
  readonly issuing: string[];
  private readonly out = new Map<string, MentionEdge[]>();
  private readonly in = new Map<string, MentionEdge[]>();
  readonly searchIndex: { key: string; text: string; label: string }[] = [];
  /** The years of the corpus's reports, sorted (empty: the corpus has no years). */
  readonly years: number[];
  private readonly docYears = new Map<string, number>();
  private readonly docLabels = new Map<string, string>();
  private readonly docInfos = new Map<string, DocumentInfo>();

  constructor(
    readonly graph: Graph,
    docs: Documents = { documents: [], problems: [] },
  ) {
    for (const d of docs.documents) {
      this.docInfos.set(d.id, d);
      if (Number.isInteger(d.year)) this.docYears.set(d.id, d.year!);
      if (typeof d.label === 'string' && d.label) this.docLabels.set(d.id, d.label);
    }
    graph.forEachEdge((_e, a, source, target) => {
      if (a.kind !== 'mentions') return;
      const years: number[] = Array.isArray(a.years) ? a.years.filter(Number.isInteger) : [];
      const m: MentionEdge = {
        region: source,
        entity: target,
        weight: a.weight ?? 1,
        phases: a.phases ?? [],
        evidence: a.evidence ?? [],
        docs: a.docs ?? [],
        years,
        firstYear: Number.isInteger(a.firstYear) ? a.firstYear : years[0],
      };
      push(this.out, source, m);
      push(this.in, target, m);
    });
    this.issuing = graph
      .filterNodes((_n, a) => Array.isArray(a.reports) && a.reports.length > 0)
      .sort((a, b) => byName(label(graph, a), label(graph, b)) || byName(a, b));
    // the documents' years; a graph served without documents.json falls back on the nodes' own
    const years = new Set(this.docYears.values());
    if (!years.size)
      graph.forEachNode((_k, a) => {
        if (Array.isArray(a.years)) for (const y of a.years) if (Number.isInteger(y)) years.add(y);
      });
    this.years = [...years].sort((a, b) => a - b);
    graph.forEachNode((key, a) => {
      for (const text of [a.label, ...(Array.isArray(a.aliases) ? a.aliases : [])]) {
        if (typeof text === 'string' && text) this.searchIndex.push({ key, text, label: a.label });
      }
    });
  }

  label(key: string): string {
    return label(this.graph, key);
  }

  /** Whether `key` is a region that issued a report of the corpus. */
  isIssuing(key: string): boolean {
    this.issuingSet ??= new Set(this.issuing);
    return this.issuingSet.has(key);
  }
  private issuingSet: Set<string> | undefined;

  mentionsBy(region: string): MentionEdge[] {
    return this.out.get(region) ?? [];
  }

  mentionsOf(entity: string): MentionEdge[] {
    return this.in.get(entity) ?? [];
  }

  /** A report's label for people (浑源县 2024), else its id. */
  docLabel(doc: string): string {
    return this.docLabels.get(doc) ?? doc;
  }

  /** What a report is, for a tooltip: 浑源县 2024 — 政府工作报告, 2024-04-10, 县长 赵昱清. */
  docTitle(doc: string): string {
    const d = this.docInfos.get(doc);
    if (!d) return doc;
    const who = [d.speakerTitle, d.speaker].filter(Boolean).join(' ');
    const rest = [d.title, d.date, who].filter(Boolean).join(', ');
    return rest ? `${this.docLabel(doc)} — ${rest}` : this.docLabel(doc);
  }

  /** Keys in the order of their labels (code points), keys breaking ties. */
  sortByName(keys: Iterable<string>): string[] {
    return [...keys].sort((x, y) => byName(this.label(x), this.label(y)) || byName(x, y));
  }

  /**
   * How much a node matters for labels and lists: issuing regions first when there are few of
   * them, then by how many regions name it, then by mentions.
   */
  importance(key: string): [number, number, number] {
    const a = this.graph.getNodeAttributes(key);
    const issuing = Array.isArray(a.reports) && a.reports.length > 0 && this.issuing.length <= 12 ? 1 : 0;
    return [issuing, Number(a.regionCount) || 0, Number(a.mentions) || 0];
  }

  /** Most important first (see `importance`), then by name. */
  byImportance(keys: Iterable<string>): string[] {
    const score = new Map([...keys].map((k) => [k, this.importance(k)]));
    return [...score.keys()].sort((x, y) => {
      const a = score.get(x)!;
      const b = score.get(y)!;
      return b[0] - a[0] || b[1] - a[1] || b[2] - a[2] || byName(this.label(x), this.label(y)) || byName(x, y);
    });
  }

  /** Up to `k` neighbours of `key`, the most strongly linked first (summed weight), then by importance. */
  topNeighbours(key: string, k = Infinity, keep: (n: string) => boolean = () => true): string[] {
    if (!this.graph.hasNode(key)) return [];
    const weight = new Map<string, number>();
    this.graph.forEachEdge(key, (_e, a, source, target) => {
      const other = source === key ? target : source;
      if (other === key || !keep(other)) return;
      weight.set(other, (weight.get(other) ?? 0) + (Number(a.weight) || 1));
    });
    const order = new Map(this.byImportance(weight.keys()).map((n, i) => [n, i]));
    return [...weight.keys()]
      .sort((x, y) => weight.get(y)! - weight.get(x)! || order.get(x)! - order.get(y)!)
      .slice(0, k);
  }

  /** The mentions link from `region` to `entity`, if any. */
  mention(region: string, entity: string): MentionEdge | undefined {
    return this.mentionsBy(region).find((m) => m.entity === entity);
  }

  /**
   * Every pair of issuing regions with the Jaccard similarity of the entities each names
   * (of the given types; all when empty), counted `since` a year as `compare` counts them.
   */
  similarPairs(types: readonly string[] = [], since: number | null = null): Pair[] {
    const sets = this.issuing.map((r) => this.entitySet(r, types, since));
    const out: Pair[] = [];
    for (let i = 0; i < sets.length; i++)
      for (let j = i + 1; j < sets.length; j++) {
        const [small, big] = sets[i]!.size <= sets[j]!.size ? [sets[i]!, sets[j]!] : [sets[j]!, sets[i]!];
        let shared = 0;
        for (const k of small) if (big.has(k)) shared++;
        const union = sets[i]!.size + sets[j]!.size - shared;
        out.push({ a: this.issuing[i]!, b: this.issuing[j]!, shared, union, jaccard: union ? shared / union : 0 });
      }
    return out;
  }

  private entitySet(region: string, types: readonly string[], since: number | null): Set<string> {
    const counts = (m: MentionEdge) => since === null || !this.years.length || m.years.some((y) => y >= since);
    return new Set(
      this.mentionsBy(region)
        .filter((m) => counts(m) && (!types.length || types.includes(this.graph.getNodeAttribute(m.entity, 'type'))))
        .map((m) => m.entity),
    );
  }

  docYear(doc: string): number | undefined {
    return this.docYears.get(doc);
  }

  /** The view's years clamped to the corpus's (a reversed range is turned round); null when the corpus has none. */
  yearRange(from: number | null, to: number | null): YearRange | null {
    const first = this.years[0];
    const last = this.years[this.years.length - 1];
    if (first === undefined || last === undefined) return null;
    const clamp = (y: number) => Math.min(last, Math.max(first, y));
    let a = clamp(from ?? first);
    let b = clamp(to ?? last);
    if (a > b) [a, b] = [b, a];
    return { from: a, to: b, full: a === first && b === last };
  }

  /**
   * Year by year over the corpus's years: the regions naming `entity` that year and how many
   * have named it by then. Empty when none of its links has a year.
   */
  adoption(entity: string): AdoptionYear[] {
    const mentions = this.mentionsOf(entity).filter((m) => m.years.length);
    if (!mentions.length) return [];
    const years = [...new Set([...this.years, ...mentions.flatMap((m) => m.years)])].sort((a, b) => a - b);
    const byLabel = (x: string, y: string) => byName(this.label(x), this.label(y));
    return years.map((year) => ({
      year,
      regions: mentions
        .filter((m) => m.years.includes(year))
        .map((m) => m.region)
        .sort(byLabel),
      cumulative: new Set(mentions.filter((m) => m.firstYear! <= year).map((m) => m.region)).size,
      adopters: mentions
        .filter((m) => m.firstYear === year)
        .map((m) => m.region)
        .sort(byLabel),
    }));
  }

  /**
   * What two or more regions all mention, and what each of them alone mentions. With `since`,
   * only what a region named in that year or later counts (a link without years does not,
   * unless the corpus has no years at all).
   */
  compare(regions: readonly string[], since: number | null = null): Comparison {
    // a corpus without years cannot say: `since` is left aside
    const sets = regions.map((r) => this.entitySet(r, [], since));
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
