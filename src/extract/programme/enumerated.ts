// The items a report enumerates before a counted bundle name — 实施拥江发展、文化兴盛、…、强基固本等
// “六大行动” — are the bundle's parts: each a name of its own, linked to the bundle (part_of). So are
// the positionings before a region's counted set of them (发挥A、B、C“三城”叠加优势) or its strategies
// (实施工业强县、农业稳县、旅游兴县“三大战略”).
// Only when the count in the bundle's name matches the items listed, so a list is never guessed.
import { alternation } from '../../lexicon/rules.js';

const NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** A count in numerals of one or two characters (六 -> 6, 十二 -> 12, 二十 -> 20), if it is one. */
export function countInWords(numerals: string): number | undefined {
  const [a, b, ...more] = [...numerals];
  if (!a || more.length) return undefined;
  if (!b) return NUMERALS[a];
  if (a === '十') return 10 + (NUMERALS[b] ?? 0);
  return b === '十' ? (NUMERALS[a] ?? 0) * 10 : undefined;
}

/** The count a bundle name starts with (六大行动 -> 6, 三项工程 -> 3), if it is one. */
export function bundleCount(name: string): number | undefined {
  const m = name.match(/^([一二两三四五六七八九十]{1,2})[大项个条]/);
  return m ? countInWords(m[1]!) : undefined;
}

/**
 * The count of a region's set of places or roles it means to be (“三城”, “两地”, “四个中心”): the
 * positionings listed before it are its parts.
 */
export function placeCount(name: string): number | undefined {
  const m = name.match(/^([一二两三四五六七八九十])个?(?:城|区|地|都|极|心|中心|高地|基地|之城)$/);
  return m ? NUMERALS[m[1]!] : undefined;
}

/** A clause that ends in a verb of building or carrying out. */
const VERB_END = new RegExp(
  `(?:${alternation('buildingVerbs')}|${alternation('listLeadVerbs')}|${alternation('leadWords')})$`,
);

/** Verbs and adverbs that introduce a list (全面实施|拥江发展、…): not part of its first item. */
const LIST_LEAD = new RegExp(`^.*?(?:${alternation('listLeadVerbs')})`);

export interface EnumeratedPart {
  name: string;
  /** Offsets in the text given (the clause's sentence). */
  start: number;
  end: number;
}

/**
 * The parts enumerated right before a bundle's quote at `at` in `text`: the 、-separated items of
 * the clause, optionally ending in 等, exactly as many as the bundle's count. Quoted items are
 * left to the quote recognizer.
 */
export function enumeratedParts(text: string, at: number, count: number): EnumeratedPart[] {
  let end = at;
  if (text[end - 1] === '等') end--;
  let start = end;
  while (start > 0 && !/[，。；：,;:！？（）()\n]/.test(text[start - 1]!)) start--;
  const clause = text.slice(start, end);
  const items = clause.split('、');
  if (items.length !== count || count < 2) return [];
  // 擦亮“一张名片”、全力打造“两区”: a verb right before the quote is the quote's own, not a listed item
  if (VERB_END.test(items[items.length - 1]!)) return [];
  const parts: EnumeratedPart[] = [];
  let pos = start;
  items.forEach((raw, i) => {
    const itemStart = pos;
    pos += raw.length + 1;
    let name = raw;
    let offset = 0;
    if (i === 0) {
      const lead = name.match(LIST_LEAD)?.[0] ?? '';
      name = name.slice(lead.length);
      offset = lead.length;
    }
    if (/^[“「"].*[”」"]$/.test(name)) return;
    // a named action has four characters or more (拥江发展); 厕所、垃圾、污水 are topics
    if (!/^[\u4e00-\u9fff]{4,10}$/.test(name)) return;
    parts.push({ name, start: itemStart + offset, end: itemStart + offset + name.length });
  });
  // every item must be a plausible name, or the list is not what the count says
  const quoted = items.filter((x) => /[“「"]/.test(x)).length;
  return parts.length + quoted === count ? parts : [];
}
