// The lexicon programme a quote names: the quoted words alone or with the words after them (“三北”防护林), a run
// of quotes sharing the generic word after the last (“城市更新”“绿色低碳”双试点), a programme extended by elliptic
// clauses, a title held for a programme, or a programme's distinctive core with its head written loosely.
import { lookupProgramme, spellingsContaining } from './lexicon.js';
import { notAName } from './not-a-name.js';
import { tagWords } from '../segment.js';
import { rules } from '../../lexicon/rules.js';

/** Generic words that stand outside the quotes and are not part of the name (“X”改革 -> X), longest first. */
const GENERIC_SORTED = [...rules().genericAfter].sort((a, b) => b.length - a.length);

/** The generic word right after the quotes, if any. */
export function genericAfter(after: string): string | undefined {
  // “A”“B”双试点, “…”四大试点项目: a count may stand between the quotes and the generic word
  const counted = after.match(/^[一二三四五六七八九十两双]?[个大项]?/)![0];
  const rest = after.slice(counted.length);
  const g = GENERIC_SORTED.find((w) => rest.startsWith(w));
  return g && counted + g;
}

/**
 * The lexicon entry named by the quotes, alone or with the words that follow (“三北”防护林), the
 * longest first, and the spelling it was found by: “两山”实践创新基地 is the base, not the formula 两山.
 * `least`: the fewest words after the quotes the spelling must take.
 */
export function lexicalMatch(core: string, after: string, province: string | undefined, least = 0) {
  for (let k = Math.min(6, after.length); k >= least; k--) {
    const spelling = core + after.slice(0, k);
    const entry = lookupProgramme(spelling, province);
    if (entry) return { entry, spelling };
  }
  return undefined;
}

/** What stands after a run of quotes (“A”“B”双试点县 -> 双试点县). */
export function afterQuoteRun(after: string): string {
  return after.replace(/^(?:[、，,和及与]?“[^“”]{1,20}”)*等?/, '');
}

/**
 * A run of quotes shares the generic word after its last quote, count removed: “城市更新”“绿色低碳”
 * 双试点 names 城市更新试点 and 绿色低碳试点, which the lexicon may know.
 */
export function runMatch(core: string, after: string, province: string | undefined) {
  const generic = genericAfter(afterQuoteRun(after))?.replace(/^[一二三四五六七八九十两双]?[个大项]?/, '');
  return generic ? lookupProgramme(core + generic, province) : undefined;
}

/**
 * A lexicon programme extended by clauses that leave its subject out (“一泓清水入黄河、进京畿”: the
 * same clear water also flows to the capital region) is that programme: each added clause is a
 * one-character verb and its object, too short to name anything alone.
 */
export function extendedMatch(core: string, province: string | undefined) {
  const [first, ...rest] = core.split('、');
  if (!rest.length || first!.length < 4) return undefined;
  const elliptic = rest.every((c) => {
    if (c.length < 2 || c.length > 4) return false;
    const [verb, ...object] = tagWords(c);
    return verb?.word.length === 1 && verb.tag === 'v' && object.length > 0 && /^(n|j)/.test(object[0]!.tag);
  });
  return elliptic ? lookupProgramme(first!, province) : undefined;
}

/**
 * A title a place holds for a programme (…改革试点县, …示范单位): the programme is what comes before it
 * (a city's, “海绵城市建设示范城市”, is a national pilot by that name).
 */
const TITLE = '(?:全国|国家级?|省级?|市级?)?(?:改革)?(?:试点|示范)';
const HOLDER = '(?:县|市|区|镇|乡|村|单位)';
const TITLE_TAIL = new RegExp(`${TITLE}${HOLDER}$`);
/**
 * Such a title, or a pilot of reform, written alone after a quote (“平安农机”示范县, “同城通办”改革试点):
 * the title a place holds for the quoted programme, no words of the programme's name.
 */
export const HELD_TITLE = new RegExp(`^${TITLE}${HOLDER}?$`);

/** “不见面审批改革试点县”: the lexicon programme a quoted title is held for. */
export function titleMatch(core: string, province: string | undefined) {
  const held = core.replace(TITLE_TAIL, '');
  return held.length >= 3 && held !== core ? lookupProgramme(held, province) : undefined;
}

/**
 * The quoted distinctive core of one lexicon programme with its head written loosely (“一刻钟”便民
 * 服务圈 for 城市一刻钟便民生活圈): the core (three characters or more, a name rather than a plain
 * word) followed by the two characters after the quotes must occur in the spellings of exactly one
 * programme.
 */
export function coreMatch(core: string, after: string, province: string | undefined) {
  if (core.length < 3) return undefined;
  const next = after.match(/^[\u4e00-\u9fa5]{2}/)?.[0];
  if (!next) return undefined;
  // (the spellings first, from an index; whether the core is a name, which asks the segmenter, only when
  // there are any)
  const spellings = spellingsContaining(core + next);
  if (spellings.length === 0 || notAName(core)) return undefined;
  const found = new Set<string>();
  let entry: ReturnType<typeof lookupProgramme>;
  for (const spelling of spellings) {
    const e = lookupProgramme(spelling, province);
    if (!e) continue;
    found.add(e.name);
    entry = e;
  }
  return found.size === 1 ? entry : undefined;
}
