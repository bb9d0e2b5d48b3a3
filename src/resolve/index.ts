// resolve: Mention[] -> Entity[] (canonical names, aliases, cross-report merging).
import type { EntityType, ProjectStatus, RegionLevel } from '../types.js';
import { isNamedMention, type Mention } from '../extract/index.js';
import { BARE_NUMBER, clusterMentions, mentionNames } from './merge.js';
import { MentionList, MentionStore, type MentionShape } from './store.js';
import { nameKey } from '../text/names.js';
import { toSimplified } from '../normalize/converter.js';
import { compare } from '../text/compare.js';
import { COUNTED_CAMPAIGNS } from '../extract/programme/classify.js';

/** What every entity has: one name across the reports, with all its mentions. */
interface EntityBase {
  /** `${type}:${label}` — the node key. */
  key: string;
  type: EntityType;
  label: string;
  aliases: string[];
  /** Report ids, sorted. */
  docs: string[];
  /** Its mentions, in report order (made into objects one at a time as the list is read). */
  mentions: MentionList;
  definition?: string;
  definitionDoc?: string;
  /** Other names whose mentions were merged into this entity, each with why (`千村示范、万村整治 (lexicon)`). */
  mergedFrom?: string[];
}

export interface RegionEntity extends EntityBase {
  type: 'region';
  level?: RegionLevel;
  code?: string;
  parent?: string;
  /** For issuing regions: ids of the reports this region issued. */
  reports?: string[];
}

export interface ProjectEntity extends EntityBase {
  type: 'project';
  investment?: number;
  status?: ProjectStatus;
  industry?: string;
  place?: string;
  organizations?: string[];
}

export interface NamedEntity extends EntityBase {
  type: 'programme' | 'slogan';
  /** Bundles this programme is a part of (六稳 -> 六稳六保). */
  partOf?: string[];
}

export interface PlainEntity extends EntityBase {
  type: 'industry' | 'organization' | 'theme';
}

/** One entity, its fields keyed by its type. */
export type Entity = RegionEntity | ProjectEntity | NamedEntity | PlainEntity;

export interface ResolveOptions {
  /** Report id -> issuing region's name: corpus evidence for programme or slogan. */
  issuers?: ReadonlyMap<string, string>;
  /**
   * Report id -> its issuing region's province: a name of digits alone (the alias “1310” of
   * “1310”具体部署) links the mentions of one province only, and a region's own counted line named in
   * several provinces is one entity per province (byProvince).
   */
  provinces?: ReadonlyMap<string, string>;
  /** Names never merged into another entity (a user's undo of a merge): each stays its own node. */
  keepApart?: readonly string[];
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
export function resolve(mentions: readonly Mention[] | MentionStore, options: ResolveOptions = {}): Entity[] {
  const store = mentions instanceof MentionStore ? mentions : MentionStore.of(mentions);
  const apart = new Set((options.keepApart ?? []).map(nameKey));
  // names belong to a mention's shape: shapes are clustered, then each mention joins its shape's cluster
  const shapes = store.shapes.shapes.map((shape) => keptApart(shape, apart));
  const familyOf = new Map(FAMILIES.flatMap((family, f) => family.map((type) => [type, f] as const)));
  // each family's shapes in order of first appearance
  const orders: number[][] = FAMILIES.map(() => []);
  const seen = new Uint8Array(shapes.length);
  for (let i = 0; i < store.length; i++) {
    const id = store.shapeIdOf(i);
    if (seen[id]) continue;
    seen[id] = 1;
    orders[familyOf.get(shapes[id]!.type)!]!.push(id);
  }
  const provinces = options.provinces && shapeProvinces(store, shapes, options.provinces);
  // every shape's cluster, numbered family by family, each family's clusters in order of first appearance
  const clusterOf = new Int32Array(shapes.length);
  let clusters = 0;
  for (const order of orders) {
    const provincesOf = provinces && ((k: number) => provinces.get(order[k]!) ?? []);
    const at = new Map(order.map((id) => [shapes[id]!, id]));
    for (const cluster of clusterMentions(
      order.map((id) => shapes[id]!),
      provincesOf,
    )) {
      for (const shape of cluster) clusterOf[at.get(shape)!] = clusters;
      clusters += 1;
    }
  }
  // each cluster's mentions in store order: a counting sort of the mention ids by cluster
  const bounds = new Int32Array(clusters + 1);
  for (let i = 0; i < store.length; i++) bounds[clusterOf[store.shapeIdOf(i)]! + 1]! += 1;
  for (let c = 0; c < clusters; c++) bounds[c + 1]! += bounds[c]!;
  const sorted = new Int32Array(store.length);
  const next = bounds.slice(0, clusters);
  for (let i = 0; i < store.length; i++) sorted[next[clusterOf[store.shapeIdOf(i)]!]!++] = i;
  const corpus: Corpus = {
    store,
    shapes,
    issuerOf: Array.from({ length: store.docCount }, (_x, d) => options.issuers?.get(store.docName(d))),
    slot: new Int32Array(shapes.length).fill(-1),
    seen: new Uint8Array(store.docCount),
  };
  const entities: Entity[] = [];
  for (let c = 0; c < clusters; c++) {
    const whole = sorted.slice(bounds[c]!, bounds[c + 1]!);
    for (const [cluster, province] of byProvince(whole, store, shapes, options.provinces)) {
      const uses = shapeUses(cluster, corpus);
      entities.push(toEntity(uses, new MentionList(store, cluster), corpus, !!options.issuers, province));
    }
  }
  return mergeSameKey(entities).sort((a, b) => compare(a.key, b.key));
}

/** What resolution reads of the corpus beside each cluster's mentions. */
interface Corpus {
  store: MentionStore;
  /** The store's shapes, kept apart where asked (keptApart). */
  shapes: readonly MentionShape[];
  /** By report number: the issuing region's name, when known. */
  issuerOf: readonly (string | undefined)[];
  /** By shape id: its place in the cluster's uses while shapeUses runs, -1 otherwise. */
  slot: Int32Array;
  /** By report number: whether distinctDocs has met it in the lists at hand (all 0 between calls). */
  seen: Uint8Array;
}

/** The distinct shapes of a cluster's mentions, in order of first mention, each with its count and reports. */
function shapeUses(ids: Int32Array, corpus: Corpus): ShapeUse[] {
  const { store, shapes, slot } = corpus;
  // each report's mentions together: a report already counted is the last one
  const together = store.together;
  const uses: ShapeUse[] = [];
  const seen: Set<number>[] = [];
  for (const i of ids) {
    const id = store.shapeIdOf(i);
    const doc = store.docIndexOf(i);
    const k = slot[id]!;
    if (k < 0) {
      slot[id] = uses.length;
      uses.push({ shape: shapes[id]!, count: 1, docs: [doc] });
      if (!together) seen.push(new Set([doc]));
      continue;
    }
    const use = uses[k]!;
    use.count += 1;
    // otherwise the use's set says
    if (together ? use.docs[use.docs.length - 1] !== doc : !seen[k]!.has(doc)) {
      use.docs.push(doc);
      seen[k]?.add(doc);
    }
  }
  for (const i of ids) slot[store.shapeIdOf(i)] = -1;
  return uses;
}

/**
 * A region's own counted line (三大战略, 四个中心: a slogan, a count of a common noun, no lexicon name) or
 * its counted campaigns (八大行动, 四个年: a programme whose name is only its count and generic word)
 * mean different things in different regions, and two provinces' regions share none: such a cluster
 * is one entity per province of its reports, each labelled with its province (八大行动（安徽省）), when
 * its reports are of more than one. Within a province a city's line named by its counties stays one.
 * Any other cluster, or one without provinces to go by, is one entity.
 */
function byProvince(
  cluster: Int32Array,
  store: MentionStore,
  shapes: readonly MentionShape[],
  provinces: ReadonlyMap<string, string> | undefined,
): [Int32Array, string | undefined][] {
  if (!provinces) return [[cluster, undefined]];
  // (most clusters fail on their first mention)
  for (const i of cluster) {
    const m = shapes[store.shapeIdOf(i)]!;
    if (!ownCountedLine(m)) return [[cluster, undefined]];
  }
  const parts = new Map<string, number[]>();
  for (const i of cluster) {
    const p = provinces.get(store.docOf(i)) ?? '';
    let part = parts.get(p);
    if (!part) parts.set(p, (part = []));
    part.push(i);
  }
  if (parts.size === 1) return [[cluster, undefined]];
  // (a report of no known province keeps the plain name)
  return [...parts].map(([p, part]) => [Int32Array.from(part), p || undefined]);
}

/**
 * The provinces of the reports that use each shape with a name of digits alone (shape id -> the
 * provinces, in order of first use; '' for a report of no known province).
 */
function shapeProvinces(
  store: MentionStore,
  shapes: readonly MentionShape[],
  provinces: ReadonlyMap<string, string>,
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  shapes.forEach((m, id) => {
    if (mentionNames(m).some((n) => BARE_NUMBER.test(nameKey(n)))) out.set(id, []);
  });
  if (out.size === 0) return out;
  for (let i = 0; i < store.length; i++) {
    const list = out.get(store.shapeIdOf(i));
    if (!list) continue;
    const p = provinces.get(store.docOf(i)) ?? '';
    if (!list.includes(p)) list.push(p);
  }
  return out;
}

/**
 * One distinct shape of a cluster's mentions (in order of its first mention): how many mentions
 * have it, in which reports, and the report of the first. Every field of an entity follows from
 * these, without making its mentions objects: what the first mention with a field says is what
 * the first shape with it says, a majority of mentions is a majority weighted by count.
 */
interface ShapeUse {
  shape: MentionShape;
  count: number;
  /** Its reports' numbers in the store, each once, in order of first mention (the first is the first mention's). */
  docs: number[];
}

/** The entity of one cluster; `province`, for a region's own counted line split by province (byProvince), is added to its label. */
function toEntity(
  uses: readonly ShapeUse[],
  list: MentionList,
  corpus: Corpus,
  byIssuers: boolean,
  province?: string,
): Entity {
  const shapes = uses.map((u) => u.shape);
  const type =
    byIssuers && sharedByRegions(uses, corpus.issuerOf)
      ? 'programme'
      : majority(uses.map((u) => [u.shape.type, u.count] as const))!;
  const name = pickLabel(uses, corpus);
  const { store } = corpus;
  const label = province ? `${name}（${province}）` : name;
  const labelKey = nameKey(label);
  const aliases = new Map<string, string>();
  for (const m of shapes) {
    for (const n of [...mentionNames(m), ...(m.aliases ?? [])]) {
      const k = nameKey(n);
      if (k !== labelKey && n !== label && !aliases.has(n)) aliases.set(n, n);
    }
  }
  const numbers = distinctDocs(
    uses.map((u) => u.docs),
    corpus,
  );
  // report numbers in id order sort as their ids do, without a comparison of two strings
  const docs = store.inIdOrder
    ? Array.from(Int32Array.from(numbers).sort(), (d) => store.docName(d))
    : numbers.map((d) => store.docName(d)).sort();
  const mergedFrom = mergeReasons(shapes, name);
  const partOf = [
    ...new Set(
      shapes
        .map((m) => (m.type === 'programme' || m.type === 'slogan' ? m.partOf : undefined))
        .filter((p): p is string => !!p && p !== label),
    ),
  ].sort();
  const defined = uses.find((u) => u.shape.definition);
  const base = {
    key: `${type}:${label}`,
    label,
    aliases: [...aliases.keys()].sort(),
    docs,
    mentions: list,
    ...(mergedFrom.length ? { mergedFrom } : {}),
    ...(defined ? { definition: defined.shape.definition!, definitionDoc: store.docName(defined.docs[0]!) } : {}),
  };
  switch (type) {
    case 'region': {
      const regions = shapes.flatMap((m) => (m.type === 'region' ? [m] : []));
      return defined_({
        ...base,
        type,
        level: firstOf(regions, 'level'),
        code: firstOf(regions, 'code'),
        parent: firstOf(regions, 'parent'),
      });
    }
    case 'project': {
      const projects = uses.flatMap((u) => (u.shape.type === 'project' ? [{ m: u.shape, count: u.count }] : []));
      const amounts = projects.map(({ m }) => m.investment).filter((x): x is number => x !== undefined);
      const orgs = [...new Set(projects.flatMap(({ m }) => m.organizations ?? []))].sort();
      return defined_({
        ...base,
        type,
        investment: amounts.length ? Math.max(...amounts) : undefined,
        status: majority(projects.flatMap(({ m, count }) => (m.status ? [[m.status, count] as const] : []))),
        industry: firstOf(
          projects.map(({ m }) => m),
          'industry',
        ),
        place: firstOf(
          projects.map(({ m }) => m),
          'place',
        ),
        organizations: orgs.length ? orgs : undefined,
      });
    }
    case 'programme':
    case 'slogan':
      return defined_({ ...base, type, partOf: partOf.length ? partOf : undefined });
    default:
      return { ...base, type };
  }
}

/** The object without its undefined fields (an entity carries only what is known). */
function defined_<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** The first value of `k` that a mention of `list` has. */
function firstOf<M, K extends keyof M>(list: readonly M[], k: K): M[K] | undefined {
  return list.find((m) => m[k] !== undefined)?.[k];
}

const COUNTED_NOUN = /^[一二三四五六七八九十两]+[大个条项件张]/;

/** A region's own counted slogan or counted campaigns (byProvince). */
function ownCountedLine(m: MentionShape): boolean {
  if (m.canonical) return false;
  if (m.type === 'slogan') return COUNTED_NOUN.test(m.name);
  return m.type === 'programme' && COUNTED_CAMPAIGNS.test(m.name);
}

/**
 * A mention that names a kept-apart spelling (by its name, its surface or an alias) stands for
 * that spelling alone: it no longer carries the names that would merge it elsewhere.
 */
function keptApart(m: MentionShape, apart: ReadonlySet<string>): MentionShape {
  if (apart.size === 0) return m;
  const spelled = [m.surface, m.name, ...(m.aliases ?? [])].find((n) => apart.has(nameKey(n)));
  if (!spelled) return m;
  const name = spelled.replace(/^[“「"‘]|[”」"’]$/g, '');
  if (m.type !== 'programme' && m.type !== 'slogan') return { ...m, name, aliases: [], canonical: false };
  const { partOf: _partOf, onBundleWords: _onBundleWords, ...rest } = m;
  return { ...rest, name, aliases: [], canonical: false };
}

/**
 * Why each other name in a cluster was merged into `label`: a lexicon or gazetteer spelling, a
 * glossary expansion, or a name shared through an alias (“X”改革 and X改革). Names that differ from the
 * label only by width, punctuation or script are the same name and not listed.
 */
function mergeReasons(cluster: readonly MentionShape[], label: string): string[] {
  const labelKey = nameKey(label);
  const reasons = new Map<string, string>();
  const note = (name: string, reason: string) => {
    const bare = name.replace(/[“”「」"‘’]/g, '');
    const k = nameKey(bare);
    // the label itself, or its traditional form (千萬工程), is no merge
    if (k === labelKey || reasons.has(bare) || nameKey(toSimplified(bare)) === labelKey) return;
    reasons.set(bare, reason);
  };
  for (const m of cluster) {
    const dictionary = m.type === 'region' ? 'gazetteer' : 'lexicon';
    const why = m.canonical ? dictionary : m.phase === 'glossary' || m.definition ? 'glossary' : 'shared alias';
    if (nameKey(m.name) !== labelKey) note(m.name, why);
    // a dictionary spelling that differs from the canonical name (千村示范、万村整治 -> 千万工程, 临汾 -> 临汾市); not
    // the bundle's words a part is named on (六稳 on 六稳六保, 四新 on 围绕“四新”主攻“四化”): a part, no merge
    const onBundleWords = isNamedMention(m) && m.onBundleWords === true;
    if (m.canonical && !onBundleWords) note(m.surface, dictionary);
  }
  return [...reasons].map(([name, why]) => `${name} (${why})`).sort();
}

/** A programme-or-slogan name used by reports of two or more issuing regions (`issuerOf`, by report number). */
function sharedByRegions(uses: readonly ShapeUse[], issuerOf: readonly (string | undefined)[]): boolean {
  if (!uses.some((u) => u.shape.type === 'slogan')) return false;
  // 三大战略, 四个中心: a count of a common noun means different things in different regions
  if (uses.every((u) => COUNTED_NOUN.test(u.shape.name))) return false;
  if (uses.some((u) => u.shape.type !== 'programme' && u.shape.type !== 'slogan')) return false;
  const regions = new Set<string>();
  for (const u of uses)
    for (const doc of u.docs) {
      const issuer = issuerOf[doc];
      if (issuer !== undefined) regions.add(issuer);
    }
  return regions.size >= 2;
}

/** The report numbers in any of `lists`, each once (a single list is already distinct), marked in `seen`. */
function distinctDocs(lists: readonly number[][], { seen }: Corpus): number[] {
  if (lists.length === 1) return lists[0]!;
  const out: number[] = [];
  for (const list of lists)
    for (const d of list)
      if (!seen[d]) {
        seen[d] = 1;
        out.push(d);
      }
  for (const d of out) seen[d] = 0;
  return out;
}

/** The value with the largest total count; ties go to the one seen first. */
function majority<T>(values: readonly (readonly [T, number])[]): T | undefined {
  const counts = new Map<T, number>();
  for (const [v, n] of values) counts.set(v, (counts.get(v) ?? 0) + n);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return best;
}

/**
 * A lexicon's canonical name wins; otherwise the name used by most reports, then most often,
 * then the shortest (the core term without decorations), then in code-point order.
 */
function pickLabel(uses: readonly ShapeUse[], corpus: Corpus): string {
  const stats = new Map<string, { docs: number[][]; count: number; canonical: boolean }>();
  for (const { shape: m, count, docs } of uses) {
    const s = stats.get(m.name) ?? { docs: [], count: 0, canonical: false };
    s.docs.push(docs);
    s.count += count;
    s.canonical ||= m.canonical === true;
    stats.set(m.name, s);
  }
  const ranked = [...stats.entries()].map(([name, s]) => ({
    name,
    ...s,
    reports: distinctDocs(s.docs, corpus).length,
  }));
  ranked.sort(
    (x, y) =>
      Number(y.canonical) - Number(x.canonical) ||
      y.reports - x.reports ||
      y.count - x.count ||
      x.name.length - y.name.length ||
      compare(x.name, y.name),
  );
  return ranked[0]!.name;
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
    // in the store's order, as every other entity's mentions: its evidence then comes in report and
    // offset order, whichever of the two clusters came first (graph/mentions.ts's inStoreOrder)
    seen.mentions = seen.mentions.merge(e.mentions);
    seen.docs = [...new Set([...seen.docs, ...e.docs])].sort();
    seen.aliases = [...new Set([...seen.aliases, ...e.aliases])].sort();
  }
  return [...byKey.values()];
}
