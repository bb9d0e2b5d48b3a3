// The programme lexicon (src/lexicon/programmes/*.json, loaded and validated by
// src/lexicon/programmes.ts) indexed for recognition: every spelling of a national or provincial
// programme lands on its one canonical name.
import { leftOut, programmeEntries, type ProgrammeEntry } from '../../lexicon/programmes.js';
import { nameKey } from '../../text/names.js';
import { toTraditional } from '../../normalize/converter.js';
import { endsWith, rules } from '../../lexicon/rules.js';
import { firstUnits, leftmostLongest } from '../../text/scan.js';
import economicRegions from '../../lexicon/economic-regions.json' with { type: 'json' };

export interface LexiconEntry extends ProgrammeEntry {
  /** The traditional form of the name, when it differs (so either can be searched). */
  traditional?: string;
}

interface LexiconIndex {
  entries: LexiconEntry[];
  /** name key of every spelling -> entry */
  byKey: Map<string, LexiconEntry>;
  /** name keys of the spellings that stand for their entry only in its province (provinceAliases, a short label's 三个年活动) */
  provinceOnly: Set<string>;
  /**
   * a bundle's name -> its parts' names (六稳六保 -> 六稳, 六保), for the bundles their parts spell
   * whole (人人持证 is the short form of 人人持证、技能社会, not a second programme)
   */
  partsOf: Map<string, string[]>;
  /**
   * The spellings that count unquoted (namedByForm), by their first two characters, longest
   * first: a few startsWith checks per position instead of one alternation of ~1,500 names.
   */
  unquoted: Map<string, string[]>;
  /** `unquoted`'s keys as numbers (first code unit × 65536 + second): most positions are passed over on them. */
  unquotedPairs: Set<number>;
  /** firstUnits of the unquoted spellings: a position no pair can start at costs one array read. */
  unquotedFirst: Uint8Array;
  /** Every spelling by each three characters it contains, for spellingsContaining(). */
  byTrigram: Map<string, string[]>;
}

let index: LexiconIndex | undefined;

/** Name heads that make a spelling a name in running text (…工程, …行动, X长制, …试点). */
const NAME_HEAD = endsWith('unquotedNameHeads');

/** Last words of a policy field's plain name: 老旧小区改造, 高标准农田, 新发展格局, 全民健身. */
const FIELD_END = endsWith('fieldEnds');

/**
 * Whether a spelling counts without quotes. Unquoted, a lexicon term is often just the policy
 * field it names (高标准农田, 老旧小区改造 and 新发展理念 are themes of every report): a spelling
 * counts when it looks like a name by its form — a numbered label (四好农村路), a bundle
 * (承诺制+标准地+全代办), a name head (千万工程, 河湖长制, 放管服改革) — or is a coined term that
 * is not a field's plain name (扫黑除恶, 零工市场). Two-character spellings (双减, 两山, 四风)
 * and central political formulas count only in quotes or glossaries.
 */
function namedByForm(s: string, e: ProgrammeEntry): boolean {
  const key = nameKey(s);
  if (key.length < 3 || leftOut(e)) return false;
  if (/^[一二三四五六七八九十两双百千万\d]/.test(key) || /[+＋、]/.test(s) || NAME_HEAD.test(key)) return true;
  // 京津冀协同发展, 成渝地区双城经济圈建设: a strategy named after its region is a name, whatever its last word
  return !FIELD_END.test(key) || REGION_STRATEGY.test(key);
}

/** A named economic region at the start of a spelling (src/lexicon/economic-regions.json). */
const REGION_STRATEGY = new RegExp(
  `^(?:${economicRegions.regions
    .flatMap((r) => [r.name, ...r.aliases])
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
);

/**
 * Whether a bundle names its parts wherever it is named: they spell it whole (六稳六保), or there are two or more
 * and each stands in its words (围绕四新主攻四化: 四新, 四化). One part of a longer name (一岗双责 of
 * 党政同责、一岗双责) is not all the bundle names, and it is not read off it.
 */
function namesItsParts(bundle: string, parts: readonly string[]): boolean {
  const key = nameKey(bundle);
  return nameKey(parts.join('')) === key || (parts.length >= 2 && parts.every((p) => key.includes(nameKey(p))));
}

export function programmeLexicon(): LexiconIndex {
  if (index) return index;
  const entries: LexiconEntry[] = programmeEntries().map((e) => {
    const traditional = toTraditional(e.name);
    return traditional !== e.name ? { ...e, traditional } : e;
  });
  const byKey = new Map<string, LexiconEntry>();
  const surfaces = new Set<string>();
  const provinceOnly = new Set<string>();
  const partsOf = new Map<string, string[]>();
  for (const e of entries) {
    if (e.partOf) partsOf.set(e.partOf, [...(partsOf.get(e.partOf) ?? []), e.name]);
    for (const s of [e.name, ...e.aliases, ...(e.provinceAliases ?? [])]) {
      byKey.set(nameKey(s), e);
      if (namedByForm(s, e)) surfaces.add(s);
    }
    // a spelling that stands for the programme in its province's reports (支点建设 for Hubei's strategic
    // pivot) is that programme there whatever its last word; lookupProgramme refuses it elsewhere
    for (const s of e.provinceAliases ?? []) if (nameKey(s).length >= 3) surfaces.add(s);
    for (const s of e.provinceAliases ?? []) provinceOnly.add(nameKey(s));
    // so is a province's short numbered label with a generic word after it (Shaanxi's 三个年 spelled
    // 三个年活动): as anyone's words as the label alone, which lookupProgramme refuses elsewhere
    if (e.province && shortLabel(e.name)) {
      const label = nameKey(e.name);
      for (const s of e.aliases) {
        const key = nameKey(s);
        if (key.startsWith(label) && GENERIC_WORDS.has(key.slice(label.length))) provinceOnly.add(key);
      }
    }
  }
  for (const [bundle, parts] of partsOf) if (!namesItsParts(bundle, parts)) partsOf.delete(bundle);
  const unquoted = new Map<string, string[]>();
  for (const surface of [...surfaces].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
    const list = unquoted.get(surface.slice(0, 2));
    if (list) list.push(surface);
    else unquoted.set(surface.slice(0, 2), [surface]);
  }
  const unquotedPairs = new Set([...unquoted.keys()].map((k) => k.charCodeAt(0) * 0x10000 + k.charCodeAt(1)));
  const byTrigram = new Map<string, string[]>();
  for (const e of entries)
    for (const s of new Set([e.name, ...e.aliases]))
      for (const t of new Set(Array.from({ length: Math.max(0, s.length - 2) }, (_, i) => s.slice(i, i + 3)))) {
        const list = byTrigram.get(t);
        if (list) list.push(s);
        else byTrigram.set(t, [s]);
      }
  index = {
    entries,
    byKey,
    provinceOnly,
    partsOf,
    unquoted,
    unquotedPairs,
    unquotedFirst: firstUnits(surfaces),
    byTrigram,
  };
  return index;
}

/**
 * The lexicon entry a name (any spelling, any width or punctuation) stands for in a report of
 * `province` (its full name, 山西省). A short numbered label of another province's programme
 * (六新, 三个一批) is reused with other meanings elsewhere, so it stands for nothing there.
 */
export function lookupProgramme(name: string, province?: string): LexiconEntry | undefined {
  const { byKey, provinceOnly } = programmeLexicon();
  const key = nameKey(name);
  const e = byKey.get(key);
  const inProvince =
    !!e?.province &&
    !!province &&
    (province.startsWith(e.province) || !!e.alsoIn?.some((a) => province.startsWith(a.province)));
  // 新旧动能转换 is Shandong's programme in a Shandong report, a phrase elsewhere
  if (provinceOnly.has(key) && !inProvince) return undefined;
  if (!e?.province || inProvince) return e;
  // a province's short numbered label (六新, 五大战略) is its own only in its reports: in another
  // province's, or in one whose province is not known, the words are anyone's (and so is the label with
  // a generic word after it: provinceOnly)
  return shortLabel(name) ? undefined : e;
}

/** A numbered label of four characters or fewer (六新, 五大战略, 三个年). */
function shortLabel(name: string): boolean {
  return /^[一二三四五六七八九十两双百千万\d]/.test(name) && nameKey(name).length <= 4;
}

/** The generic words a name is written with (…活动, …行动, …改革, …建设): rules.json's genericAfter. */
const GENERIC_WORDS = new Set(rules().genericAfter);

/**
 * The unquoted lexicon spellings in `text`, leftmost first and longest at each position, not
 * overlapping (what a longest-first alternation would match).
 */
export function unquotedSpellings(text: string): Generator<{ index: number; spelling: string }> {
  const { unquoted, unquotedPairs, unquotedFirst } = programmeLexicon();
  return leftmostLongest(
    text,
    (i) =>
      unquotedPairs.has(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1))
        ? unquoted.get(text.slice(i, i + 2))
        : undefined,
    unquotedFirst,
  );
}

/** The lexicon spellings that contain `text` (three characters or more). */
export function spellingsContaining(text: string): string[] {
  if (text.length < 3) return [];
  return (programmeLexicon().byTrigram.get(text.slice(0, 3)) ?? []).filter((s) => s.includes(text));
}

/** The parts the lexicon lists for a bundle they spell whole (六稳六保 -> 六稳, 六保), none for anything else. */
export function lexiconParts(bundle: string): readonly string[] {
  return programmeLexicon().partsOf.get(bundle) ?? [];
}
