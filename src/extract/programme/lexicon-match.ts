// Recognizer: unquoted spellings of lexicon programmes (千村示范、万村整治, 河湖长制, 放管服改革),
// and the programmes a list shares the last one's head with (蓝天、碧水、净土保卫战).
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import type { Sentence } from '../../structure/index.js';
import { lookupProgramme, programmeLexicon, unquotedSpellings } from './lexicon.js';
import { leftOut } from '../../lexicon/programmes.js';
import { mentionAt } from '../mention.js';
import { FOOTNOTE_MARK } from './classify.js';
import { spansOf } from './quoted.js';
import { allMatches } from '../../text/matches.js';

export const lexiconProgrammes: Recognizer = {
  id: 'programme.lexicon',
  type: 'programme',
  recognize(ctx: ExtractContext): Mention[] {
    const { report } = ctx;
    const out: Mention[] = [];
    for (const s of report.sentences) {
      for (const { index, spelling } of unquotedSpellings(s.text)) {
        const start = s.start + index;
        const end = start + spelling.length;
        if (ctx.inNoise(start, end)) continue;
        const entry = lookupProgramme(spelling, report.region?.province);
        if (!entry || endsQuotedName(s.text, index, spelling, report.region?.province)) continue;
        out.push(...sharingHead(ctx, s, index, spelling));
        const aliases = new Set<string>();
        if (spelling !== entry.name) aliases.add(spelling);
        const original = report.original.slice(start, end);
        if (original !== spelling) aliases.add(original);
        if (entry.traditional) aliases.add(entry.traditional);
        out.push(
          mentionAt(ctx, s, start, end, 'programme', entry.name, {
            aliases: [...aliases],
            canonical: true,
            ...(entry.partOf ? { partOf: entry.partOf } : {}),
          }),
        );
      }
      out.push(...shortSpellingsIn(ctx, s));
      out.push(...censusesIn(ctx, s));
      out.push(...acrossQuotesIn(ctx, s));
      out.push(...acrossOptionalIn(ctx, s));
    }
    return out;
  },
};

/**
 * Whether the spelling at `index` ends a longer lexicon name whose first words are quoted right
 * before it (“不忘初心、牢记使命”主题教育): the words after the quotes are that name's, not a
 * programme of their own (主题教育 of 2023).
 */
function endsQuotedName(text: string, index: number, spelling: string, province: string | undefined): boolean {
  if (text[index - 1] !== '”') return false;
  const open = text.lastIndexOf('“', index - 2);
  return open >= 0 && lookupProgramme(text.slice(open + 1, index - 1) + spelling, province) !== undefined;
}

/**
 * A lexicon spelling written with its words quoted in parts and a word outside the quotes between
 * them (Guizhou's 围绕“四新”主攻“四化”): the quote marks are read past, and the whole line is the
 * programme. Quotes side by side (“六稳”“六保”) stay the names they quote, unless each quotes one character
 * (农业“特”“优”战略), and a quote with words only before or after it (“三个年”活动) is read by the quoted
 * recognizer, noun and all.
 */
function acrossQuotesIn(ctx: ExtractContext, s: Sentence): Mention[] {
  // the quotes quoted.ts reads (garbled marks paired too); a word between two needs two of them
  const spans = spansOf(s.text);
  if (spans.length < 2) return [];
  const opens = new Set(spans.map((sp) => sp.index));
  const closes = new Set(spans.map((sp) => sp.index + sp.length - 1));
  const out: Mention[] = [];
  const province = ctx.report.region?.province;
  // the sentence read without those marks
  const marks = (i: number) => opens.has(i) || closes.has(i);
  for (const found of spellingsSkipping(s.text, 0, s.text.length, marks)) {
    const { spelling } = found;
    // (with the marks of a quote the spelling starts or ends in: its quoted parts are inside it)
    const from = opens.has(found.from - 1) ? found.from - 1 : found.from;
    const to = closes.has(found.to) ? found.to + 1 : found.to;
    const inside = spans.filter((sp) => from <= sp.index && sp.index + sp.length <= to);
    const wordBetween = inside.some(
      (sp, i) => i > 0 && HAN.test(s.text.slice(inside[i - 1]!.index + inside[i - 1]!.length, sp.index)),
    );
    // (nor are quotes of one character each, side by side, names of their own: 农业“特”“优”战略 is one line)
    const lettersQuoted = inside.length > 1 && inside.every((sp) => sp.length === 3);
    if (!wordBetween && !lettersQuoted) continue;
    const entry = lookupProgramme(spelling, province);
    if (!entry || ctx.inNoise(s.start + from, s.start + to)) continue;
    out.push(
      mentionAt(ctx, s, s.start + from, s.start + to, 'programme', entry.name, { aliases: [], canonical: true }),
    );
  }
  return out;
}

const HAN = /[\u4e00-\u9fff]/;

/**
 * The unquoted lexicon spellings of text[lo, hi) read without the characters `skipped` says (quote
 * marks, parentheses), each with where it starts and ends in the text.
 */
function* spellingsSkipping(
  text: string,
  lo: number,
  hi: number,
  skipped: (i: number) => boolean,
): Generator<{ spelling: string; from: number; to: number }> {
  const at: number[] = [];
  let bare = '';
  for (let i = lo; i < hi; i++)
    if (!skipped(i)) {
      at.push(i);
      bare += text[i];
    }
  for (const { index, spelling } of unquotedSpellings(bare))
    yield { spelling, from: at[index]!, to: at[index + spelling.length - 1]! + 1 };
}

/** Characters a name may or may not hold, set in parentheses inside it: 河(湖)长制, 创新型县(市). */
const OPTIONAL = /(?<=[\u4e00-\u9fff])[(（]([\u4e00-\u9fff、]{1,4})[)）]/g;
/** How far before and after the parentheses a spelling that spans them is looked for (the lexicon's longest spelling has 42 characters). */
const OPTIONAL_REACH = 48;

/**
 * A lexicon spelling written with characters it may or may not hold in parentheses (河(湖)长制 for
 * 河长制 and 河湖长制, 林(草)长制): read with the parenthesized characters and without them, the
 * spelling that spans the parentheses is the programme.
 */
function acrossOptionalIn(ctx: ExtractContext, s: Sentence): Mention[] {
  if (!s.text.includes('(') && !s.text.includes('（')) return [];
  const out: Mention[] = [];
  const seen = new Set<string>();
  const province = ctx.report.region?.province;
  for (const m of allMatches(OPTIONAL, s.text)) {
    const open = m.index;
    const close = open + m[0].length;
    // the words around the parentheses (as far as a spelling reaches) read both ways, and where each
    // character was
    const lo = Math.max(0, open - OPTIONAL_REACH);
    const hi = Math.min(s.text.length, close + OPTIONAL_REACH);
    for (const keep of [true, false]) {
      const skipped = (i: number) => i >= open && i < close && (!keep || i === open || i === close - 1);
      for (const { spelling, from, to } of spellingsSkipping(s.text, lo, hi, skipped)) {
        // only a spelling that spans the parentheses: the others are read where they stand
        if (from >= open || to <= close - 1) continue;
        const entry = lookupProgramme(spelling, province);
        if (!entry || ctx.inNoise(s.start + from, s.start + to)) continue;
        // (both readings may give the same programme there: 河长制 and 河湖长制 are one entry's)
        const key = `${from}:${to}:${entry.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(
          mentionAt(ctx, s, s.start + from, s.start + to, 'programme', entry.name, {
            aliases: [s.text.slice(from, to)],
            canonical: true,
          }),
        );
      }
    }
  }
  return out;
}

/**
 * A national census with its ordinal moved (全国土壤第三次普查, 全国第四次文物普查): the lexicon writes it
 * 第三次全国土壤普查 or 全国文物普查, and either is looked up in the words' usual order.
 */
const CENSUS =
  /全国(?:(第[一二三四五六七八九十]+次)([\u4e00-\u9fff]{2,8}?)|([\u4e00-\u9fff]{2,8}?)(第[一二三四五六七八九十]+次))普查/g;

function censusesIn(ctx: ExtractContext, s: Sentence): Mention[] {
  const province = ctx.report.region?.province;
  return allMatches(CENSUS, s.text).flatMap((m) => {
    const ordinal = m[1] ?? m[4]!;
    const subject = m[2] ?? m[3]!;
    const entry =
      lookupProgramme(`${ordinal}全国${subject}普查`, province) ?? lookupProgramme(`全国${subject}普查`, province);
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (!entry || ctx.inNoise(start, end)) return [];
    return [mentionAt(ctx, s, start, end, 'programme', entry.name, { aliases: [m[0]], canonical: true })];
  });
}

let shortSpellingsPattern: RegExp | undefined;
/** What a two-character spelling is called right after it (六稳工作, 双碳目标, 援疆工作); a footnote mark may stand between. */
const SHORT_CUE = new RegExp(`^(?:\\s*${FOOTNOTE_MARK})?\\s*(?:工作|任务|政策|要求|目标|理念|改革|行动)`);

/**
 * The lexicon's two-character spellings (六稳, 六保, 双减, 双碳, 援疆) in a sentence, unquoted: each
 * counts before the word for what it is (六稳工作, 双碳目标, 双减政策, 援疆工作) or beside another part of
 * its bundle (扎实六稳着力六保); alone, two characters are too short to be sure of. Central formulas
 * (四风) never count.
 */
function shortSpellingsIn(ctx: ExtractContext, s: Sentence): Mention[] {
  const province = ctx.report.region?.province;
  const hits = allMatches(shortSpellings(), s.text).flatMap((m) => {
    const entry = lookupProgramme(m[1]!, province);
    return entry ? [{ index: m.index, spelling: m[1]!, entry }] : [];
  });
  return hits
    .filter(
      (h) =>
        SHORT_CUE.test(s.text.slice(h.index + h.spelling.length)) ||
        (h.entry.partOf !== undefined &&
          hits.some((o) => o.entry.partOf === h.entry.partOf && o.entry.name !== h.entry.name)),
    )
    .filter((h) => !ctx.inNoise(s.start + h.index, s.start + h.index + h.spelling.length))
    .map((h) =>
      mentionAt(ctx, s, s.start + h.index, s.start + h.index + h.spelling.length, 'programme', h.entry.name, {
        aliases: h.spelling !== h.entry.name ? [h.spelling] : [],
        canonical: true,
        ...(h.entry.partOf ? { partOf: h.entry.partOf } : {}),
      }),
    );
}

function shortSpellings(): RegExp {
  if (shortSpellingsPattern) return shortSpellingsPattern;
  const spellings = programmeLexicon().entries.flatMap((e) =>
    leftOut(e) ? [] : [e.name, ...e.aliases].filter((a) => a.length === 2),
  );
  shortSpellingsPattern = new RegExp(`(?<![“"「])(${spellings.join('|') || '(?!)'})`, 'g');
  return shortSpellingsPattern;
}

/**
 * The programmes named by the items of a 、-list before a lexicon spelling that share its head:
 * 打好蓝天、碧水、净土保卫战 names 蓝天保卫战 and 碧水保卫战 too; 河长、湖长、林长制 names 河长制
 * and 湖长制. An item counts only when it has the length of the spelling's own first part and, with
 * that head, is a lexicon programme itself; the mention is the item (蓝天), named by the programme.
 */
function sharingHead(ctx: ExtractContext, s: Sentence, index: number, spelling: string): Mention[] {
  for (const width of [2, 3, 4]) {
    const head = spelling.slice(width);
    if (head.length === 0) break;
    let at = index;
    const found: Mention[] = [];
    // walk back over 、-separated items of the same width
    while (at - width - 1 >= 0 && s.text[at - 1] === '、') {
      const itemStart = at - 1 - width;
      const item = s.text.slice(itemStart, at - 1);
      if (!/^[\u4e00-\u9fff]+$/.test(item)) break;
      const entry = lookupProgramme(item + head, ctx.report.region?.province);
      if (!entry) break;
      const start = s.start + itemStart;
      if (ctx.inNoise(start, start + width)) break;
      found.unshift(
        mentionAt(ctx, s, start, start + width, 'programme', entry.name, { aliases: [item + head], canonical: true }),
      );
      at = itemStart;
    }
    if (found.length > 0) return found;
  }
  return [];
}
