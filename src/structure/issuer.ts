// The issuing region of a report (for meta.ts): a name the document's own lines give (session, speaker,
// title, file name) that the gazetteer knows; else, at the level the report calls itself, the county or city
// its opening names most, its short name, or the one whose counties it names.
import {
  type Division,
  ancestors,
  divisionsNamed,
  divisionsShortNamed,
  renamedDivisions,
  parentOf,
} from '../gazetteer/index.js';
import { namesAnHonour, ordinaryWord, startsAnotherWord } from '../gazetteer/words.js';
import { type Token, tag, tagWords } from '../extract/segment.js';

/** How far into the text the opening lines may reach (web pages put chrome before them). */
export const HEAD = 3000;

/**
 * The issuing region: a name from the session or speaker line that the gazetteer knows, else
 * the county or city the opening third names most, at the level the report calls itself
 * (全县/我县 -> county, 全市/我市 -> city, 全区/我区 -> district).
 */
export function findIssuer(
  text: string,
  names: (string | undefined)[],
  kind: string | undefined,
): { division: Division; written?: string } | undefined {
  // a name of the kind the report speaks for first (区 of 我代表区人民政府, though the session line
  // names the city whose congress met: 在…市第五届人民代表大会 above …区人民政府区长), then any
  let first: { division: Division; written?: string } | undefined;
  for (const name of names) {
    const d = name ? resolveIssuerName(name, text) : undefined;
    if (d && ofKind(d.division, kind)) return d;
    first ??= d;
  }
  // (a repost titled with the city, 昆明市2023年政府工作报告, over a report that speaks for a district of
  // it, 我代表区人民政府: the one division of that kind inside the city whose name the opening uses)
  if (first && kind && !ofKind(first.division, kind)) {
    const whole = first.division;
    const part = partNamed(text, (d) => ofKind(d, kind) && ancestors(d).includes(whole));
    if (part) return { division: part };
  }
  if (first) return first;
  const self = selfLevel(text, kind);
  const counts = countDivisions(text.slice(0, Math.max(HEAD, text.length / 3)));
  // a county-level city (介休市) calls itself 全市 too; 我代表市人民政府, the report's own word for its
  // kind, keeps a 市 from being the 州 above it (德令哈市, 海西州)
  const selfIs = (d: Division) =>
    (!self || d.level === self || (self === 'city' && d.level === 'county' && d.name.endsWith('市'))) &&
    ofKind(d, kind);
  const ranked = [...counts.entries()]
    .filter(([d]) => (d.level === 'county' || d.level === 'city' || d.level === 'district') && selfIs(d))
    .sort((a, b) => b[1] - a[1]);
  // (the opening's words and short names, read once for every last resort)
  const opening = openingOf(text.slice(0, HEAD));
  // (full names that tie say nothing: the top two named as often, 芜湖市、广元市…渭源县 visiting once
  // each, give way to a short name the opening uses twice or more, 舟曲)
  const tied = ranked.length > 1 && ranked[0]![1] === ranked[1]![1];
  // (the opening's short names are counted once, whichever answer is asked for)
  let short: ShortNamed | undefined;
  const shortNamed = () => (short ??= byShortName(opening, selfIs));
  const division =
    (tied ? shortNamed().twice : undefined) ??
    wholeOfPart(ranked, shortNamed) ??
    ranked[0]?.[0] ??
    shortNamed().twice ??
    // a city's report that names its counties (麻城, 黄梅, 英山) before one named once of its kind
    byCounties(counts, opening, kind) ??
    // once is enough when the report says what it speaks for (我代表县人民政府), or when its government
    // speaks of itself by its kind at a clause's start (…，县政府紧紧围绕…) and the one short name is of it
    (kind !== undefined ? shortNamed().once : selfGoverned(opening));
  return division ? { division } : undefined;
}

/**
 * A city's report that writes its own name short, again and again (芜湖), and one of its counties' in full, once
 * (无为市, as a city names its parts): the city whose short name the opening uses twice or more, when the one full
 * name is of a division inside it.
 */
function wholeOfPart(ranked: [Division, number][], shortNamed: () => ShortNamed): Division | undefined {
  if (ranked.length !== 1 || ranked[0]![1] !== 1) return undefined;
  const whole = shortNamed().twice;
  return whole && ancestors(ranked[0]![0]).includes(whole) ? whole : undefined;
}

/**
 * The one division a test admits that the opening names: in full most often, else by its short name
 * (once is enough, the test being narrow: of a kind, inside a division).
 */
function partNamed(text: string, admits: (d: Division) => boolean): Division | undefined {
  const head = text.slice(0, HEAD);
  const full = [...countDivisions(head).entries()].filter(([d]) => admits(d)).sort((a, b) => b[1] - a[1]);
  if (full.length) return full.length === 1 || full[0]![1] > full[1]![1] ? full[0]![0] : undefined;
  const short = byShortName(openingOf(head), admits);
  return short.twice ?? short.once;
}

/** A government named by its kind alone at a clause's start, as the subject of what it did (…，县政府紧紧围绕). */
const SELF_GOVERNMENT = /(?:^|[，。,；;：:\s])([县市区旗州盟])政府(?![工办常门网])/;

/**
 * The one division of its kind whose short name the opening uses, when the opening's government speaks
 * of itself by that kind (SELF_GOVERNMENT; the kind, not the levels the report counts, says what it is).
 */
function selfGoverned(opening: Opening): Division | undefined {
  const kind = SELF_GOVERNMENT.exec(opening.text)?.[1];
  return kind ? byShortName(opening, (d) => ofKind(d, kind)).once : undefined;
}

/**
 * A city's report that never names itself but names its own counties (an autonomous prefecture's
 * report that only names 瑞丽): the one city of the kind it speaks for (我代表州人民政府) that every
 * county it names belongs to.
 */
function byCounties(counts: Map<Division, number>, opening: Opening, kind: string | undefined): Division | undefined {
  if (!kind || KIND_LEVEL[kind] !== 'city') return undefined;
  const isCounty = (d: Division) => d.level === 'county' || d.level === 'district';
  const named = [...counts.keys()].filter(isCounty);
  // (a short name only where jieba reads a place, 瑞丽|市场; not 全州 of 全州各族人民: the whole prefecture)
  for (const t of opening.words()) {
    if (t.tag !== 'ns' || /^全/.test(t.word)) continue;
    const cands = divisionsShortNamed(t.word).filter(isCounty);
    if (cands.length === 1) named.push(cands[0]!);
  }
  const cities = new Set(named.map((d) => parentOf(d)));
  const [city] = cities;
  return cities.size === 1 && city && city.level === 'city' && ofKind(city, kind) ? city : undefined;
}

/** The opening of a report (its first HEAD characters) and its words as jieba tags them, read on demand. */
interface Opening {
  text: string;
  words: () => Token[];
  /** Its short names of divisions (shortNamesIn), read once whichever filter asks. */
  shortNames: () => ShortName[];
}

/** A short name in the opening, and the county-level or city divisions it may name. */
interface ShortName {
  start: number;
  end: number;
  named: Division[];
  onBoundaries: boolean;
}

/** The opening of a report: its text, its words and its short names, each read on demand. */
function openingOf(head: string): Opening {
  let words: Token[] | undefined;
  let shortNames: ShortName[] | undefined;
  const opening: Opening = {
    text: head,
    words: () => (words ??= tag(head)),
    shortNames: () => (shortNames ??= shortNamesIn(opening)),
  };
  return opening;
}

/** Whether a division is of the kind a report speaks for (县 of 我代表县人民政府; 州 for an autonomous prefecture). */
function ofKind(d: Division, kind: string | undefined): boolean {
  return !kind || d.name.endsWith(kind) || (kind === '州' && d.name.endsWith('自治州'));
}

/** The whole of the report's own region by its kind (全州, 全县): words, not a short name. */
const WHOLE = /^全[县市区旗州盟]$/;

/**
 * The last resort, for a report that never writes its own full name (在县第十八届…, 黎平发展史上):
 * `twice`, the one division of the level the report calls itself (of any level, when an excerpt never
 * says which: 把“威海要向…发展”作为总目标…幸福威海) whose short name the opening uses twice or more,
 * and no other such division; `once`, the one division of that level whose short name the opening uses
 * at all (为加快城固发展…), for a report that says what it speaks for.
 */
interface ShortNamed {
  twice?: Division;
  once?: Division;
}

/** The opening's short names of county-level and city divisions, read on jieba's words. */
function shortNamesIn(opening: Opening): ShortName[] {
  const head = opening.text;
  // a short name that is also a word (富裕, 和平) only on jieba's word boundaries: 富裕 of 共同富裕 is
  // not the county 富裕县; one jieba does not know may be glued to a neighbour (智造洛江 -> 造|洛江)
  const starts = new Set<number>();
  const ends = new Set<number>();
  // (a name jieba reads on its boundaries as a noun of action is that word: 重点合作事项 is cooperation, not 合作市)
  const actions = new Set<number>();
  for (const t of opening.words()) {
    starts.add(t.start);
    ends.add(t.end);
    if (t.tag === 'vn') actions.add(t.start);
  }
  const out: ShortName[] = [];
  for (let i = 0; i + 2 <= head.length; i++) {
    for (const len of [2, 3]) {
      const short = head.slice(i, i + len);
      const named = divisionsShortNamed(short);
      // 河北 of 河北省 is the province, not 天津's 河北区: a province's short name names no lower division
      if (named.length === 0 || named.some((d) => d.level === 'province')) continue;
      // 全州 of 全州宣传思想工作会 is the whole prefecture (as 全县, 全市), not the county 全州县; 惠民 of 惠民生
      // is for the people, not 惠民县
      if (WHOLE.test(short) || ordinaryWord(short)) continue;
      const onBoundaries = starts.has(i) && ends.has(i + len);
      if (onBoundaries && actions.has(i)) continue;
      const tag = onBoundaries ? undefined : dictionaryTag(short);
      if (tag !== undefined && tag !== 'ns') continue;
      const levels = named.filter((d) => d.level === 'county' || d.level === 'city' || d.level === 'district');
      out.push({ start: i, end: i + len, named: levels, onBoundaries });
    }
  }
  return out;
}

/** The opening's short names of divisions that `selfIs` allows (ShortNamed). */
function byShortName(opening: Opening, selfIs: (d: Division) => boolean): ShortNamed {
  const counts = new Map<Division, number>();
  const hits: { start: number; end: number; division: Division; onBoundaries: boolean }[] = [];
  for (const h of opening.shortNames()) {
    const cands = h.named.filter(selfIs);
    if (cands.length === 1)
      hits.push({ start: h.start, end: h.end, division: cands[0]!, onBoundaries: h.onBoundaries });
  }
  // a name across jieba's words is not read where it overlaps one on them (新荣 of 新|荣昌|建设: 荣昌)
  for (const h of hits) {
    const beaten = !h.onBoundaries && hits.some((o) => o !== h && o.onBoundaries && o.start < h.end && h.start < o.end);
    if (!beaten) counts.set(h.division, (counts.get(h.division) ?? 0) + 1);
  }
  const twice = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
  if (twice.length === 1) return { twice: twice[0]![0] };
  // a district's excerpt names its city too (黄埔 five times, 广州 three): of divisions that hold one another,
  // the one named most often, when no other is named as often
  if (twice.length > 1 && twice[0]![1] > twice[1]![1] && twice.every(([d]) => nested(d, twice[0]![0])))
    return { twice: twice[0]![0] };
  return twice.length === 0 && counts.size === 1 ? { once: [...counts.keys()][0] } : {};
}

/** Whether `a` and `b` are one division or one holds the other. */
function nested(a: Division, b: Division): boolean {
  return a === b || ancestors(b).includes(a) || ancestors(a).includes(b);
}

/**
 * The region a title line names: 2024年平遥县政府工作报告, 太原市小店区人民政府工作报告, and a name of
 * one character and 县 (2025年吉县人民政府工作报告).
 */
export function titleRegion(head: string): string | undefined {
  for (const line of head.split('\n').slice(0, 40)) {
    const m = line.replace(/\s+/g, '').match(TITLE_REGION);
    if (m) return m[1];
  }
  return undefined;
}
const TITLE_REGION =
  /^(?:[（(][^）)]{1,8}[）)])?(?:\d{4}年)?([\u4e00-\u9fff]{1,16}?[省市县区旗州盟])(?:\d{4}年)?《?(?:人民)?政府工作报告/;

/** The region a file name names (…/2024年平遥县政府工作报告.txt): its longest full division name. */
export function fileRegion(file: string): string | undefined {
  const base = file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, '');
  const counts = countDivisions(base);
  return [...counts.keys()].sort((a, b) => b.name.length - a.name.length)[0]?.name;
}

/**
 * A name as the session line gives it (浑源县, or 大同市浑源县): its longest known suffix; else the
 * county or district it became under the same short name (海门市, a district, 海门区, since 2020):
 * a report keeps the name of its year, the gazetteer has today's.
 */
function resolveIssuerName(name: string, text: string): { division: Division; written?: string } | undefined {
  for (let i = 0; i <= name.length - 2; i++) {
    const cands = divisionsNamed(name.slice(i)).filter((d) => d.level !== 'province');
    const division = cands.length === 1 ? cands[0] : cands.length > 1 ? byContext(cands, text) : undefined;
    if (division) return { division };
    if (cands.length > 1) return undefined;
  }
  // the report's own name is kept beside today's: the node of 海门区 is also found as 海门市, 蓟州区 as 蓟县
  const division = renamed(name, text) ?? renamedDivisions().get(name);
  return division ? { division, written: name } : undefined;
}

/** 海门市 -> 海门区: the one county or district today whose short name is the name's without 县/市/区. */
function renamed(name: string, text: string): Division | undefined {
  const short = name.match(/^([\u4e00-\u9fff]{2,6})[县市区]$/)?.[1];
  if (!short) return undefined;
  const cands = divisionsShortNamed(short).filter((d) => d.level === 'county' || d.level === 'district');
  return cands.length === 1 ? cands[0] : cands.length > 1 ? byContext(cands, text) : undefined;
}

/** Of several regions of one name (城区, 和平区), the one whose city and province the text names most. */
function byContext(cands: Division[], text: string): Division | undefined {
  const score = (d: Division) =>
    ancestors(d).reduce((n, a) => n + count(text, a.name) + (a.short ? count(text, a.short) : 0), 0);
  const ranked = cands.map((d) => ({ d, s: score(d) })).sort((a, b) => b.s - a.s);
  return ranked[0] && ranked[0].s > (ranked[1]?.s ?? 0) ? ranked[0].d : undefined;
}

function count(text: string, s: string): number {
  let n = 0;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) n++;
  return n;
}

/** The level of each kind a report may speak for (我代表市人民政府). */
const KIND_LEVEL: Record<string, Division['level']> = {
  县: 'county',
  旗: 'county',
  市: 'city',
  州: 'city',
  盟: 'city',
  区: 'district',
};

/**
 * 在县委的坚强领导下, 在区委正确领导下: the report's own Party committee, by its level's character; the last of
 * several (在市委、市政府和县委的坚强领导下: the city's, then the county's own), and before what the congress and
 * the political consultative conference did (在区委的坚强领导和区人大、区政协的监督支持下).
 */
const LED_BY = /在[^，。；：,;:]{0,24}?([县市区旗州盟])委(?:的)?(?:正确|坚强|有力)?领导[下和]/;

function selfLevel(text: string, kind: string | undefined): Division['level'] | undefined {
  // the opening's 我代表县人民政府 (its `kind`) says the level, whatever else the report counts (居全市第4位
  // in a county's report ranks it in its city); a banner (旗) is a county, an autonomous prefecture (州)
  // or a league (盟) a city
  if (kind && KIND_LEVEL[kind]) return KIND_LEVEL[kind];
  // 在县委的坚强领导下: the committee the government works under is its own level's (a county's report
  // may still write 全市 of its city more often than 全县)
  const led = text.match(LED_BY)?.[1];
  if (led && KIND_LEVEL[led]) return KIND_LEVEL[led];
  const n = {
    county: count(text, '全县') + count(text, '我县') + count(text, '全旗') + count(text, '我旗'),
    city:
      count(text, '全市') +
      count(text, '我市') +
      count(text, '全州') +
      count(text, '我州') +
      count(text, '全盟') +
      count(text, '我盟'),
    district: count(text, '全区') + count(text, '我区'),
  };
  const [level, c] = Object.entries(n).sort((a, b) => b[1] - a[1])[0]!;
  return c > 0 ? (level as Division['level']) : undefined;
}

/**
 * Full county/city names in `text` (longest match ending at each 县/市/区/旗/州/盟), with counts; an
 * autonomous prefecture also by its short form and 州, as reports call it (恩施州, 黔东南州).
 */
function countDivisions(text: string): Map<Division, number> {
  const out = new Map<Division, number>();
  for (let i = 0; i < text.length; i++) {
    if (!'县市区旗州盟'.includes(text[i]!)) continue;
    const after = text.slice(i + 1, i + 6);
    // the longest full names are autonomous prefectures (克孜勒苏柯尔克孜自治州, eleven characters)
    for (let len = Math.min(12, i + 1); len >= 2; len--) {
      const name = text.slice(i + 1 - len, i + 1);
      // 和县委, 在市政府: a function word and another word (州委州政府和县委), not the county 和县
      if (startsAnotherWord(name, after)) break;
      // 示范县: a county of one character and 县 (范县) that is the end of a word (示范)
      if (len === 2 && i >= 2 && dictionaryTag(text.slice(i - 2, i)) !== undefined) break;
      const named = divisionsNamed(name);
      const cands = named.length > 0 ? named : prefectureCalled(name);
      if (cands.length === 1) {
        const start = i + 1 - len;
        if (!partner(text, start, i + 1) && !namesAnHonour(text.slice(Math.max(0, start - 3), start)))
          out.set(cands[0]!, (out.get(cands[0]!) ?? 0) + 1);
        break;
      }
    }
  }
  return out;
}

/** Words before a region that make it the other side of a tie (与无锡市…, 携手…). */
const PARTNER_BEFORE = /(?:与|同|携手)$/;
/** Aid or cooperation between two regions, in the clause after the second (…持续深化帮扶合作, 结对共建). */
const PARTNER_AFTER = /^[^。；;，,]{0,10}?(?:帮扶|协作|结对|合作)/;

/**
 * Whether the division named at text[start, end) is a partner the report's region works with (与无锡市
 * 持续深化帮扶合作: the city of the east that aids it), not the region itself: an excerpt that never
 * names itself in full names its partner in full.
 */
function partner(text: string, start: number, end: number): boolean {
  return (
    PARTNER_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && PARTNER_AFTER.test(text.slice(end, end + 16))
  );
}

/**
 * jieba's tag of `s` when it is one word of its dictionary (示范, 富裕; ns for a place), else
 * undefined (a word it does not know, or several).
 */
function dictionaryTag(s: string): string | undefined {
  const t = tagWords(s);
  return t.length === 1 && t[0]!.tag !== 'x' ? t[0]!.tag : undefined;
}

/** The autonomous prefecture a name such as 恩施州 stands for: its short form (two characters or more) and 州. */
function prefectureCalled(name: string): Division[] {
  if (!name.endsWith('州') || name.length < 3) return [];
  return divisionsShortNamed(name.slice(0, -1)).filter((d) => d.level === 'city' && d.name.endsWith('自治州'));
}
