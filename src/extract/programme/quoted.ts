// Recognizer: quoted terms (“…”, 「…」, "…", and ‘…’ nested inside them) classified as
// programmes or slogans by their form and context; rhetorical quotes are dropped.
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import type { Sentence } from '../../structure/index.js';
import { classifyQuoted, GOAL_AFTER, numberedNoun } from './classify.js';
import { higherRegionNames, regionShortNames } from './region-names.js';
import { bundleCount, enumeratedParts, placeCount } from './enumerated.js';
import { mentionAt } from '../mention.js';
import { lookupProgramme } from './lexicon.js';
import { alternation } from '../../lexicon/rules.js';
import { allMatches } from '../../text/matches.js';

// One quoted span; chains like “揭榜挂帅”“包干制”模式 share the word after the last quote.
const QUOTE = /[“「"]([^“”「」"\n]{1,40})[”」"]/g;
// Quotes inside quotes: 省委“打造‘三大高地’、实施‘五大战略’”工作部署 names the two inner terms.
const NESTED = /[‘『]([^‘’『』\n]{1,30})[’』]/g;
/** Words after a quote that call it a campaign (…实践活动, …专项行动, …工程). */
const CAMPAIGN_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:活动|行动|工程)/;
/** Parts joined by + (承诺制+标准地+全代办): a bundle, named whole. */
const BUNDLE = /[^+＋]{2}[+＋][^+＋]{2}/;
/** A clause ends here: what stands before it says nothing about the quote. */
const CLAUSE_END = /[，。；：！？,;:]/;
const CONTEXT = 16;
/**
 * A region's counted strategies or tasks written without quotes right after the verb that carries
 * them out — 持续推进四大战略，集中做好四篇文章，扎实开展六大攻坚 — are named as if quoted (and typed as
 * quoted ones are, by who the sentence gives them to): the verb (rules.json's countedStrategyVerbs)
 * and the committee whose they are, a one-character count with 大 or 篇, the word for what it is, and
 * the clause ending there. Bundles of actions unquoted (十大工程, 六大攻坚战) are patterns.ts's.
 */
const COUNTED_UNQUOTED = new RegExp(
  `(?:${alternation('countedStrategyVerbs')})(?:[省市县区州旗]委)?([两二三四五六七八九十][大篇][\\u4e00-\\u9fff]{0,4}?(?:战略|文章|攻坚))(?=[，。；、,;]|$)`,
  'g',
);
/** A cheap test before the pattern (a global pattern's test() would leave its lastIndex moved for the next). */
const HAS_COUNTED = /[两二三四五六七八九十][大篇]/;
/**
 * A numbered line of parts joined by + written without quotes (培育5+2七大产业链, 构建1+N产业体系): numbers
 * with plus signs name a line as if quoted, when the noun of a line follows them (numberedNoun); the
 * marks of a quote a page garbled beside it (”1+4+3’) are quotesOf's.
 */
const PLUS_UNQUOTED = /(?<![\d+＋.．\w“”"「」‘’『』])\d{1,4}(?:[+＋](?:\d{1,4}|[NnＮ]))+(?![\d.．%％+＋”"」’』])/g;
const HAS_PLUS = /\d[+＋]/;

interface Quoted {
  /** Offsets of the quote marks' span in the sentence text. */
  at: number;
  end: number;
  inner: string;
  /** Where the run of adjacent quotes this one belongs to starts and ends. */
  runStart: number;
  runEnd: number;
}

/** Every quote mark, double or single, of either shape. */
const MARK = /[“”「」"‘’『』]/g;
/** The same tests without the global flag (test() on a /g regex would leave its lastIndex moved for the next). */
const HAS_MARK = /[“”「」"‘’『』]/;
const HAS_SINGLE = /[‘’『』]/;

function countMarks(text: string): number {
  return allMatches(MARK, text).length;
}

/**
 * A pair of left-over marks that closes first and opens last (”…，…“) around a clause mark is the
 * text between two quotes whose other marks a page lost (其中“351”“180”… read as ”工作安排，…其中“),
 * not a quote written backwards.
 */
function betweenQuotes(open: string, close: string, inner: string): boolean {
  return /[”’」』]/.test(open) && /[“‘「『]/.test(close) && /[，,。；;！？!?]/.test(inner);
}

/** A single-marked quote: primary quotes on some pages. */
const SINGLE = /[‘『]([^‘’『』“”\n]{1,40})[’』]/g;

/**
 * The quote spans of a sentence: well-formed pairs first (“…”), then the marks left over paired in
 * order when a page garbled them (”1+4+3’, “两区一中心“) or used single marks alone (‘两区一中心’).
 * Left-over marks pair only one after another, with no other mark between and 1-40 characters
 * inside, so a stray mark pairs with nothing.
 */
export function spansOf(text: string): { index: number; inner: string; length: number }[] {
  // most sentences quote nothing
  if (!HAS_MARK.test(text)) return [];
  const spans = allMatches(QUOTE, text).map((m) => ({ index: m.index, inner: m[1]!, length: m[0].length }));
  // every mark in a well-formed pair (the common case): nothing is left over to pair
  if (!HAS_SINGLE.test(text) && spans.length * 2 === countMarks(text)) return spans;
  const used = new Set<number>();
  for (const sp of spans) {
    used.add(sp.index);
    used.add(sp.index + sp.length - 1);
    // marks nested inside a well-formed quote are NESTED's
    for (const n of allMatches(MARK, sp.inner)) used.add(sp.index + 1 + n.index);
  }
  const extra: typeof spans = [];
  // single marks used alone, outside any double quote
  for (const m of allMatches(SINGLE, text)) {
    if (used.has(m.index) || spans.some((sp) => m.index > sp.index && m.index < sp.index + sp.length)) continue;
    extra.push({ index: m.index, inner: m[1]!, length: m[0].length });
    used.add(m.index);
    used.add(m.index + m[0].length - 1);
  }
  const left = allMatches(MARK, text)
    .map((m) => m.index)
    .filter((i) => !used.has(i));
  for (let i = 0; i + 1 < left.length; i += 2) {
    const [a, b] = [left[i]!, left[i + 1]!];
    const inner = text.slice(a + 1, b);
    // an apostrophe's pair (China’s … Xi’s) holds no Han script or digit: not a name
    if (
      inner.length < 1 ||
      inner.length > 40 ||
      /\n/.test(inner) ||
      !/[\u4e00-\u9fff\d]/.test(inner) ||
      betweenQuotes(text[a]!, text[b]!, inner)
    ) {
      i--; // a stray mark: try its neighbour as an opening instead
      continue;
    }
    // a pair around well-formed quotes is two strays, not a quote
    if ([...spans, ...extra].some((sp) => sp.index > a && sp.index < b)) continue;
    extra.push({ index: a, inner, length: b - a + 1 });
  }
  return extra.length ? [...spans, ...extra].sort((x, y) => x.index - y.index) : spans;
}

/** The quotes of a sentence, each with the run of adjacent quotes (joined by nothing or 、) it is in. */
function quotesOf(text: string): Quoted[] {
  const spans = spansOf(text);
  const out: Quoted[] = [];
  let runStart = 0;
  for (let i = 0; i < spans.length; i++) {
    const m = spans[i]!;
    const prev = spans[i - 1];
    const joined = (a: (typeof spans)[number], b: (typeof spans)[number]) =>
      /^、?$/.test(text.slice(a.index + a.length, b.index));
    if (!prev || !joined(prev, m)) runStart = m.index;
    out.push({ at: m.index, end: m.index + m.length, inner: m.inner, runStart, runEnd: 0 });
  }
  // each run's end, filled from the back so that every member shares it
  let runEnd = 0;
  for (let i = out.length - 1; i >= 0; i--) {
    const q = out[i]!;
    const next = out[i + 1];
    if (!next || next.runStart !== q.runStart) runEnd = q.end;
    q.runEnd = runEnd;
  }
  return out;
}

/** The words before `at` within the same clause (at most CONTEXT characters). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - CONTEXT), at);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_END.test(before[i]!)) {
      cut = i;
      break;
    }
  }
  return before.slice(cut + 1);
}

export const quotedProgrammes: Recognizer = {
  id: 'programme.quoted',
  type: 'programme',
  recognize(ctx: ExtractContext): Mention[] {
    const { report } = ctx;
    const regionNames = regionShortNames(report.region?.name);
    const higherNames = higherRegionNames(report.region);
    const issuerLevel = report.region?.level;
    const issuerKind = report.region?.name.slice(-1);
    const province = report.region?.province;
    const out: Mention[] = [];
    // `marked`: the span holds its quote marks (the unquoted counted bundles hold none)
    const take = (
      s: Sentence,
      inner: string,
      at: number,
      end: number,
      before: string,
      after: string,
      marked = true,
    ) => {
      const start = s.start + at;
      const stop = s.start + end;
      if (ctx.inNoise(start, stop)) return;
      const inDefinition = s.phase === 'glossary' && at > 6;
      // (its entry's term: 三区三线 for “三区”指… and “三线”指… in its definition)
      const defined =
        s.phase === 'glossary' ? report.glossary.find((g) => g.start <= start && stop <= g.end)?.term : undefined;
      const c = classifyQuoted({
        inner,
        before,
        after,
        regionNames,
        inDefinition,
        issuerLevel,
        ...(issuerKind ? { issuerKind } : {}),
        province,
        higherNames,
        ...(defined ? { defined } : {}),
      });
      if (!c) return;
      const aliases = new Set(c.aliases);
      const original = marked ? report.original.slice(start + 1, stop - 1) : report.original.slice(start, stop);
      if (original !== inner && original.length > 0) aliases.add(original);
      out.push(
        mentionAt(ctx, s, start, stop, c.type, c.name, {
          aliases: [...aliases],
          ...(c.canonical ? { canonical: true } : {}),
          ...(c.partOf ? { partOf: c.partOf } : {}),
        }),
      );
      // 实施A、B、C等“三大行动”: the items listed before a counted bundle are its parts, for a bundle of
      // actions (六大行动, 十大工程: named actions, a programme's or the region's own) or the region's own
      // counted strategies or positionings (“三大战略”, “三城”: its slogans)
      const count = /(行动|工程|攻坚|战役)$/.test(c.name)
        ? bundleCount(c.name)
        : c.type === 'slogan'
          ? (placeCount(c.name) ?? (/(战略|思路|定位)$/.test(c.name) ? bundleCount(c.name) : undefined))
          : undefined;
      if (count === undefined) return;
      for (const p of enumeratedParts(s.text, at, count)) {
        if (ctx.inNoise(s.start + p.start, s.start + p.end)) continue;
        out.push(mentionAt(ctx, s, s.start + p.start, s.start + p.end, c.type, p.name, { partOf: c.name }));
      }
    };
    for (const s of report.sentences) {
      if (HAS_COUNTED.test(s.text)) {
        for (const m of allMatches(COUNTED_UNQUOTED, s.text)) {
          const name = m[1]!;
          // 做好金融五篇大文章: a national bundle is the lexicon's
          if (lookupProgramme(name, province)) continue;
          const at = m.index + m[0].length - name.length;
          const end = at + name.length;
          take(s, name, at, end, clauseBefore(s.text, at), s.text.slice(end, end + CONTEXT), false);
        }
      }
      if (HAS_PLUS.test(s.text)) {
        for (const m of allMatches(PLUS_UNQUOTED, s.text)) {
          const end = m.index + m[0].length;
          const after = s.text.slice(end, end + CONTEXT);
          if (numberedNoun(after.replace(/^[一二三四五六七八九十两]大/, ''))) {
            take(s, m[0], m.index, end, clauseBefore(s.text, m.index), after, false);
          }
        }
      }
      for (const q of quotesOf(s.text)) {
        const before = clauseBefore(s.text, q.runStart);
        const after = s.text.slice(q.runEnd, q.runEnd + CONTEXT);
        const nested = allMatches(NESTED, q.inner);
        if (nested.length === 0) {
          take(s, q.inner, q.at, q.end, before, after);
          continue;
        }
        // the whole quote, its inner marks dropped, when it is a name itself
        const whole = q.inner.replace(/[‘’『』]/g, '');
        // a bundle whose part a page set off in quotes (“‘一网’通办+…+…”模式) is one name, its parts joined
        // by +: the inner quote stresses a part, it names nothing of its own
        if (BUNDLE.test(q.inner)) {
          take(s, whole, q.at, q.end, before, after);
          continue;
        }
        // the inner terms are the names; the outer quote is the sentence that holds them (a goal's word
        // after it is the whole quote's, not the last inner term's noun)
        const goal = GOAL_AFTER.test(after);
        for (const n of nested) {
          const at = q.at + 1 + n.index;
          const end = at + n[0].length;
          const innerAfter = q.inner.slice(n.index + n[0].length) + (goal ? '' : s.text.slice(q.end, q.end + CONTEXT));
          take(s, n[1]!, at, end, before + q.inner.slice(0, n.index), innerAfter);
        }
        // a campaign named by the whole quote (开展“学‘…经验’、促…”实践活动) is a name too, marks dropped,
        // and so is a goal (紧扣“建设…中心城市、打造‘五个新…’”奋斗目标)
        if (CAMPAIGN_AFTER.test(after) || goal) take(s, whole, q.at, q.end, before, after);
      }
    }
    return out;
  },
};
