// The names a report's regions can be found by, as character tries: one nationwide (provinces,
// cities, counties, economic regions), one per province (its counties' short forms, which are too
// often ordinary words elsewhere) and one per issuing region (its towns and villages).
import economic from '../../lexicon/economic-regions.json' with { type: 'json' };
import { LRUCache } from 'lru-cache';
import {
  type Division,
  LOCAL_CACHE_COUNTIES,
  countiesOf,
  divisions,
  divisionsNamed,
  localDivisions,
  renamedDivisions,
} from '../../gazetteer/index.js';

/** How a surface names its region: the full name, a short form, an old name (诸暨县 for 诸暨市), a lexicon entry. */
export type EntryKind = 'full' | 'short' | 'former' | 'economic';

export interface Entry {
  surface: string;
  kind: EntryKind;
  /** The divisions it may stand for (several: 朝阳区, 吉林). */
  cands: Division[];
  /** For economic regions, the canonical name. */
  economic?: string;
  /** A town or village of the issuing region. */
  local?: boolean;
}

/**
 * A trie node. Its children are keyed by character code (a number: looking one up makes no string);
 * a character beyond the BMP by its code point, which no single code unit of a text equals, so a
 * name with one is never found, as it was when the keys were characters and the text was walked
 * code unit by code unit. Most nodes have one child (a name's later characters): that child is held
 * in the node itself, and a map is made only for a node of two or more. A county's towns and villages
 * make a trie of about 740 nodes, 50 of them with a map (300 counties measured), built for each county
 * a worker meets.
 */
interface Node {
  /** the code of the one child, while there is one (-1: none, or a map of them) */
  code: number;
  child: Node | undefined;
  /** the children by code, once there are two or more */
  next: Map<number, Node> | undefined;
  entries: Entry[] | undefined;
}

function node(): Node {
  return { code: -1, child: undefined, next: undefined, entries: undefined };
}

function childOf(n: Node, code: number): Node | undefined {
  if (n.next !== undefined) return n.next.get(code);
  return n.code === code ? n.child : undefined;
}

function addChild(n: Node, code: number): Node {
  const c = node();
  if (n.next === undefined && n.child === undefined) {
    n.code = code;
    n.child = c;
  } else {
    if (n.next === undefined) {
      n.next = new Map([[n.code, n.child!]]);
      n.code = -1;
      n.child = undefined;
    }
    n.next.set(code, c);
  }
  return c;
}

export class Trie {
  private root: Node = node();
  /**
   * 1 for each code unit a surface starts with (0: matchesAt finds nothing there): most positions of
   * a text are passed over on it.
   */
  readonly first = new Uint8Array(0x10000);

  add(surface: string, kind: EntryKind, d: Division | undefined, extra: Partial<Entry> = {}): void {
    let n = this.root;
    const head = surface.codePointAt(0);
    if (head !== undefined && head < 0x10000) this.first[head] = 1;
    for (const ch of surface) {
      const code = ch.codePointAt(0)!;
      n = childOf(n, code) ?? addChild(n, code);
    }
    n.entries ??= [];
    const same = n.entries.find((e) => e.kind === kind);
    if (same && d) same.cands.push(d);
    else if (!same) n.entries.push({ surface, kind, cands: d ? [d] : [], ...extra });
  }

  /** Every entry whose surface starts at `pos` in `text`. */
  matchesAt(text: string, pos: number, out: Entry[]): void {
    let n: Node | undefined = this.root;
    for (let i = pos; i < text.length && n; i++) {
      n = childOf(n, text.charCodeAt(i));
      if (n?.entries) out.push(...n.entries);
    }
  }
}

// Names that are ordinary words before they are places: 城区 (the urban area), 郊区, 矿区.
const GENERIC = new Set([
  '城区',
  '郊区',
  '矿区',
  '新区',
  '市区',
  '新城区',
  '老城区',
  '市中区',
  '中心村',
  '新农村',
  '示范村',
  '重点村',
  '行政村',
  '自然村',
]);

let national: Trie | undefined;
const provincial = new Map<string, Trie>();
const local = new LRUCache<string, Trie>({ max: LOCAL_CACHE_COUNTIES });

/** Provinces and cities by full and short name, counties by full name (and former 县 name), economic regions. */
export function nationalTrie(): Trie {
  if (national) return national;
  const t = new Trie();
  const all = divisions();
  for (const d of all) {
    if (GENERIC.has(d.name)) continue;
    t.add(d.name, 'full', d);
    if (d.short && (d.level === 'province' || d.level === 'city')) t.add(d.short, 'short', d);
  }
  // 诸暨县 became 诸暨市: the old name still appears in histories (枫桥经验's glossary entry)
  for (const d of all) {
    if (!d.short || (d.level !== 'county' && d.level !== 'district')) continue;
    for (const suffix of ['县', '市']) {
      const former = d.short + suffix;
      if (former !== d.name && divisionsNamed(former).length === 0) t.add(former, 'former', d);
    }
  }
  // 蓟县 became 蓟州区 in 2016: its reports of the years before name it so
  for (const [name, d] of renamedDivisions()) t.add(name, 'former', d);
  for (const r of economic.regions) {
    for (const s of [r.name, ...r.aliases]) t.add(s, 'economic', undefined, { economic: r.name });
  }
  national = t;
  return t;
}

/** The short forms of one province's counties (怀仁, 平鲁), read only in that province's reports. */
export function provincialTrie(province: Division): Trie {
  let t = provincial.get(province.code);
  if (t) return t;
  t = new Trie();
  const cities = divisions().filter((d) => d.level === 'city' && d.parent === province.code);
  for (const c of [province, ...cities]) {
    for (const d of countiesOf(c.code)) if (d.short && !GENERIC.has(d.short)) t.add(d.short, 'short', d);
  }
  provincial.set(province.code, t);
  return t;
}

/** The towns and villages of the issuing county (or city), by full name and short form. */
export function localTrie(scope: Division): Trie {
  let t = local.get(scope.code);
  if (t) return t;
  t = new Trie();
  for (const d of localDivisions(scope)) {
    if (GENERIC.has(d.name)) continue;
    t.add(d.name, 'full', d, { local: true });
    if (d.short) t.add(d.short, 'short', d, { local: true });
  }
  local.set(scope.code, t);
  return t;
}
