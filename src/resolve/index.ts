// resolve: Mention[] -> Entity[] (canonical names, aliases, cross-report merging).
import type { EntityType, ProjectStatus, RegionLevel } from '../types.js';
import type { Mention } from '../extract/index.js';
import { clusterMentions, mentionNames } from './merge.js';
import { nameKey } from './names.js';

export interface Entity {
  /** `${type}:${label}` — the node key. */
  key: string;
  type: EntityType;
  label: string;
  aliases: string[];
  /** Report ids, sorted. */
  docs: string[];
  mentions: Mention[];
  definition?: string;
  definitionDoc?: string;
  level?: RegionLevel;
  code?: string;
  parent?: string;
  /** For regions: ids of the reports this region issued. */
  reports?: string[];
  investment?: number;
  status?: ProjectStatus;
  industry?: string;
  place?: string;
  organizations?: string[];
}

/**
 * Types whose mentions are merged with each other: a quoted term one report calls a programme
 * and another a slogan is one node (the majority type wins).
 */
const FAMILIES: EntityType[][] = [
  ['programme', 'slogan'],
  ['region'],
  ['project'],
  ['industry'],
  ['organization'],
  ['theme'],
];

/**
 * `issuers` (report id -> issuing region's name) lets corpus evidence decide a type: a name that
 * two or more regions use is a shared programme, not one region's slogan.
 */
export function resolve(mentions: readonly Mention[], issuers?: ReadonlyMap<string, string>): Entity[] {
  const entities: Entity[] = [];
  for (const family of FAMILIES) {
    const members = mentions.filter((m) => family.includes(m.type));
    for (const cluster of clusterMentions(members)) entities.push(toEntity(cluster, issuers));
  }
  return mergeSameKey(entities).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function toEntity(cluster: Mention[], issuers?: ReadonlyMap<string, string>): Entity {
  const type = sharedByRegions(cluster, issuers) ? 'programme' : majority(cluster.map((m) => m.type))!;
  const label = pickLabel(cluster);
  const labelKey = nameKey(label);
  const aliases = new Map<string, string>();
  for (const m of cluster) {
    for (const n of [...mentionNames(m), ...(m.aliases ?? [])]) {
      const k = nameKey(n);
      if (k !== labelKey && n !== label && !aliases.has(n)) aliases.set(n, n);
    }
  }
  const docs = [...new Set(cluster.map((m) => m.doc))].sort();
  const e: Entity = {
    key: `${type}:${label}`,
    type,
    label,
    aliases: [...aliases.keys()].sort(),
    docs,
    mentions: cluster,
  };
  const defined = cluster.find((m) => m.definition);
  if (defined) {
    e.definition = defined.definition!;
    e.definitionDoc = defined.doc;
  }
  const first = <K extends keyof Mention>(k: K): Mention[K] | undefined => cluster.find((m) => m[k] !== undefined)?.[k];
  if (type === 'region') {
    assign(e, 'level', first('level'));
    assign(e, 'code', first('code'));
    assign(e, 'parent', first('parent'));
  }
  if (type === 'project') {
    const amounts = cluster.map((m) => m.investment).filter((x): x is number => x !== undefined);
    if (amounts.length) e.investment = Math.max(...amounts);
    assign(e, 'status', majority(cluster.map((m) => m.status).filter((s): s is ProjectStatus => !!s)));
    assign(e, 'industry', first('industry'));
    assign(e, 'place', first('place'));
    const orgs = [...new Set(cluster.flatMap((m) => m.organizations ?? []))].sort();
    if (orgs.length) e.organizations = orgs;
  }
  return e;
}

const COUNTED_NOUN = /^[一二三四五六七八九十两]+[大个条项件张]/;

/** A programme-or-slogan name used by reports of two or more issuing regions. */
function sharedByRegions(cluster: readonly Mention[], issuers?: ReadonlyMap<string, string>): boolean {
  if (!issuers || !cluster.some((m) => m.type === 'slogan')) return false;
  // 三大战略, 四个中心: a count of a common noun means different things in different regions
  if (cluster.every((m) => COUNTED_NOUN.test(m.name))) return false;
  if (cluster.some((m) => m.type !== 'programme' && m.type !== 'slogan')) return false;
  const regions = new Set(cluster.map((m) => issuers.get(m.doc)).filter((r) => r !== undefined));
  return regions.size >= 2;
}

function assign<K extends keyof Entity>(e: Entity, k: K, v: Entity[K] | undefined): void {
  if (v !== undefined) e[k] = v;
}

/** The most frequent value; ties go to the one seen first. */
function majority<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return best;
}

/**
 * A lexicon's canonical name wins; otherwise the name used by most reports, then most often,
 * then the shortest (the core term without decorations), then in code-point order.
 */
function pickLabel(cluster: Mention[]): string {
  const stats = new Map<string, { docs: Set<string>; count: number; canonical: boolean }>();
  for (const m of cluster) {
    const s = stats.get(m.name) ?? { docs: new Set<string>(), count: 0, canonical: false };
    s.docs.add(m.doc);
    s.count += 1;
    s.canonical ||= m.canonical === true;
    stats.set(m.name, s);
  }
  const ranked = [...stats.entries()].sort(
    ([a, x], [b, y]) =>
      Number(y.canonical) - Number(x.canonical) ||
      y.docs.size - x.docs.size ||
      y.count - x.count ||
      a.length - b.length ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  return ranked[0]![0];
}

/** Two clusters whose labels coincide (possible across a family's types) become one entity. */
function mergeSameKey(entities: Entity[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const e of entities) {
    const seen = byKey.get(e.key);
    if (!seen) {
      byKey.set(e.key, e);
      continue;
    }
    seen.mentions.push(...e.mentions);
    seen.docs = [...new Set([...seen.docs, ...e.docs])].sort();
    seen.aliases = [...new Set([...seen.aliases, ...e.aliases])].sort();
  }
  return [...byKey.values()];
}
