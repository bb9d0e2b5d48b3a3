// Recognizer: organizations — companies, universities, labs, institutes, hospitals and media —
// by the word that ends their names (…有限公司, …大学 or its short form …农大, …实验室), with the left edge on jieba's
// words; generic ones (龙头企业, 规上企业) are not names. The words are roles of src/lexicon/rules.json;
// the loop is the suffix engine's. Companies named by their projects or trades are found here.
import type { ExtractContext, Mention } from './index.js';
import type { Sentence } from '../structure/index.js';
import { wordEndingAt, wordStartingAt, wordsWithin, type Token } from './segment.js';
import { ITEM_MARK, leftEdge, LIST_NUMBER } from './left-edge.js';
import { mentionAt } from './mention.js';
import { suffixRecognizer } from './suffix.js';
import { alternation, oneOf, rules } from '../lexicon/rules.js';
import { divisionsCalled, divisionsNamed } from '../gazetteer/index.js';
import { properAt } from './proper-name.js';
import { countInWords } from './programme/enumerated.js';
import { allMatches } from '../text/matches.js';

/**
 * Tags of a proper name before the older trade heads (古城|乳业), where a province's or a city's name
 * is not one (山西乳业 is the province's dairy sector) nor a common word (推动乳业).
 */
const PROPER_TAGS = /^(ns|nz|nr|nrt|nt|x|j)$/;

/** A company named by the project it runs: 永东化工|总投资5亿元…, 东方资源|投资1.5亿元的…, 梅山湖|年产3万吨…, 华能|2×100万千瓦… */
const OWNER = /(总投资|投资(?=\d)|年产|年处理|\d+(?:\.\d+)?(?:×\d+)?(?:万吨|吨|MW|GW|万千瓦|千瓦|万头|万只))/g;
// (a kind of investment jieba knows as an abbreviation, 技改|投资, 基建|投资, is no company either)
const NOT_OWNER = new RegExp(
  `([县市区镇乡村省]|年|新建|建设|实施|推进|项目|全年|累计|新增|产能|达到|完成|其中|共|总)$|^(年|全|新|我|${LIST_NUMBER})|^(?:技改|技术改造|基建|固投)$`,
);

function projectOwners(ctx: ExtractContext): Mention[] {
  const { report } = ctx;
  const out: Mention[] = [];
  for (const s of report.sentences) {
    if (!/项目|工程|基地|电站|厂/.test(s.text)) continue;
    const tokens = ctx.tokens(s.index);
    for (const m of allMatches(OWNER, s.text)) {
      const at = s.start + m.index;
      let start = leftEdge(tokens, at, at, { maxLength: 6 });
      if (start === undefined || start >= at) continue;
      let words = wordsWithin(tokens, start, at);
      // 华能山阴2×100万千瓦…: the place after the company is where, not who
      if (words.length > 1 && /^(年产|年处理)$/.test(words.at(-1)!.word)) words = words.slice(0, -1);
      if (words.length > 1 && words.at(-1)!.tag === 'ns') words = words.slice(0, -1);
      // a company name holds a word jieba does not know (永东, 金星, 梅山)
      if (!words.some((t) => /^(x|nz|nr|nrt|nt|j)$/.test(t.tag))) continue;
      start = words[0]!.start;
      const end = words.at(-1)!.end;
      const name = report.text.slice(start, end);
      if (name.length < 2 || name.length > 6 || NOT_OWNER.test(name) || /[\d,，、]/.test(name)) continue;
      if (ctx.inNoise(start, end)) continue;
      out.push(mention(ctx, s, start, end));
      // 惠惠能、融耀总投资24亿元…, 以及科兴、冀和、华能总投资…: the partners listed before it
      out.push(...partners(ctx, s, start));
    }
  }
  return out;
}

/** Short names in a 、-list that ends at `end` (the first partner found by projectOwners). */
function partners(ctx: ExtractContext, s: Sentence, end: number): Mention[] {
  const { text } = ctx.report;
  const out: Mention[] = [];
  const floor = s.start;
  while (end - 1 > floor && text[end - 1] === '、') {
    const sep = end - 1;
    const start = backToMark(text, sep, floor, 8);
    // the list's first item follows a connective or a verb: 以及|科兴, 推动|大唐桂冠
    const item = text.slice(start, sep);
    // (a one-character connective only at the start: 冀和 is a name)
    const lead = [...item.matchAll(/以及|还有|推动|启动|推进|加快|支持|引进|实施|^[和及与同](?=..)/g)].at(-1);
    const from = lead ? start + lead.index + lead[0].length : start;
    const name = text.slice(from, sep);
    if (name.length < 2 || name.length > 6 || /[\d年万亿]/.test(name) || NOT_OWNER.test(name)) break;
    if (ctx.inNoise(from, sep)) break;
    out.push(mention(ctx, s, from, sep));
    if (lead) break;
    end = start;
  }
  return out;
}

/** A mark that ends a run of words before a name: a list's, a clause's, a bracket, a quote, a space. */
const MARK = /[、，,。；;：:（(）)“”！？!?\s]/;

/** Where the words before `at` start: after the nearest mark, at most `max` characters back and not before `floor`. */
function backToMark(text: string, at: number, floor: number, max: number): number {
  let start = at;
  while (start > floor && at - start < max && !MARK.test(text[start - 1]!)) start -= 1;
  return start;
}

function mention(ctx: ExtractContext, s: Sentence, start: number, end: number): Mention {
  return mentionAt(ctx, s, start, end, 'organization', ctx.report.text.slice(start, end));
}

/** 山西, 朔州市: the sector of a province or city, not a company (a county may share a brand's name: 古城区). */
function isProvinceOrCity(word: string): boolean {
  return divisionsCalled(word).some((d) => d.level === 'province' || d.level === 'city');
}

/** Any division's name or short name (怀仁, 朔州市). */
function isDivision(word: string): boolean {
  return divisionsCalled(word).length > 0;
}

/**
 * Trade words of a company's short name (晶科能源, 合强机械, 鑫通钢铁), the trade word a word of its own
 * (电子|商务 is not 电子), with no sector, act or place after it (冷链食品|检测, 新材料|产业, 科技|城) and
 * not the start of a longer name (…铝业|有限公司 is the suffix recognizer's). Before it: a word jieba
 * does not know or calls a proper name (顾地, 中宠), never a place's, a quality or an abbreviation
 * (怀仁陶瓷, 智慧能源, 环保科技, 深化能源 are places, sectors and acts); or two or three characters
 * jieba could not join (捷泰, 合强) at a list item's or the sentence's start.
 */
/** The trade words of a company's short name, the brands' and the older heads'. */
const TRADE_WORDS = `${alternation('organizationBrandHeads')}|${alternation('organizationTradeHeads')}`;
const HEADS = new RegExp(TRADE_WORDS, 'g');
const TRADE = new Set(rules().organizationTradeHeads);
const BRAND_TAGS = /^(nz|nr|nrt|nt|x)$/;
const ITEM_START = new RegExp(`${ITEM_MARK}$`);
const SECTOR_AFTER = /^(产业|行业|企业|领域|园区|基地|板块|集群|链|市场|城|园|港|谷|小镇|中心|有限|公司|集团|股份|厂)/;
/** A word that opens with a function word, or counts places, is a clause or a count (也称|科技悬赏制, 两省|医疗), not a name. */
const FUNCTION_START = /^[也还并又都将已在是为把被和与及等即或获]|^[两二三四五六七八九十几多]+[省市县区镇乡村]$/;
/** A quality a region wishes itself (智慧能源, 绿色能源) makes a sector, not a company. */
const QUALITY = new RegExp(`^(?:${alternation('regionQualities')})$`);

/**
 * Companies named by a short name and a trade word: a proper name before one of the older trade heads
 * (古城乳业, 恒山酒厂), whatever follows it; the brands the comment above describes (晶科能源, 合强机械);
 * and the older trade heads after characters jieba split (、海|川|药业) too.
 */
function shortNames(ctx: ExtractContext): Mention[] {
  const { text } = ctx.report;
  const out: Mention[] = [];
  for (const s of ctx.report.sentences) {
    if (s.text.search(HEADS) < 0) continue;
    const tokens = ctx.tokens(s.index);
    for (const m of allMatches(HEADS, s.text)) {
      const at = s.start + m.index;
      const end = at + m[0].length;
      const i = wordEndingAt(tokens, at);
      if (i === undefined) continue;
      const word = tokens[i]!;
      if (TRADE.has(m[0]) && word.word.length >= 2) {
        if (PROPER_TAGS.test(word.tag) && !isProvinceOrCity(word.word) && !ctx.inNoise(word.start, end))
          out.push(mention(ctx, s, word.start, end));
        continue;
      }
      if (wordEndingAt(tokens, end) === undefined) continue;
      const nextAt = wordStartingAt(tokens, end);
      const next = nextAt === undefined ? undefined : tokens[nextAt];
      if (next && (next.tag === 'vn' || SECTOR_AFTER.test(text.slice(end, end + 2)))) continue;
      let from: number | undefined;
      if (word.word.length >= 2) {
        if (BRAND_TAGS.test(word.tag) && !/[\d\p{P}]/u.test(word.word)) from = word.start;
      } else {
        // single characters back to a list item's or the sentence's start
        let j = i;
        while (
          j >= 0 &&
          tokens[j]!.word.length === 1 &&
          at - tokens[j]!.start <= 3 &&
          /\p{Script=Han}/u.test(tokens[j]!.word)
        )
          j--;
        const first = tokens[j + 1];
        const boundary = j < 0 ? s.start : tokens[j]!.end;
        if (first && at - first.start >= 2 && (j < 0 || ITEM_START.test(text.slice(s.start, boundary))))
          from = first.start;
      }
      if (from === undefined) continue;
      const brand = text.slice(from, at);
      // (a place of any level is where, not who: 怀仁陶瓷)
      if (FUNCTION_START.test(brand) || QUALITY.test(brand) || isDivision(brand)) continue;
      if (ctx.inNoise(from, end)) continue;
      out.push(mention(ctx, s, from, end));
    }
  }
  return out;
}

/**
 * A company a sentence honours by its short name: 力星钢球获评省制造业领航企业, 宏升粮食获批…重点龙头企业. The
 * title after the verb of award (获评, 入选, 成为 …) calls what won it an enterprise of a class (企业, 小巨人,
 * 瞪羚, 独角兽: the title's last word, not 企业服务示范县), so the words before the verb, from the clause's
 * start, name a company when jieba tags one of them as a proper name — not a place, a sector, a count or a
 * kind (我县, 船舶…产业, 4家企业, 龙头企业), and not a name with its own head (…集团, …有限公司: the suffix
 * recognizer's).
 */
const HONOURED =
  /(?:获评|获批|成为|入选|荣获|被评为|被认定为|认定为|跻身)[^，,；;。：:、！？!?]{0,24}?(?:企业|小巨人|单项冠军|独角兽|瞪羚)”?(?=称号|名单|榜单|之一|行列|[，,；;。：:、！？!?）)]|$)/g;
const NOT_A_COMPANY = new RegExp(
  `(?:产业|集群|行业|企业|家|户|个|园|区|县|市|镇|乡|村|基地|项目|产品|品牌|${alternation('organizationHeads')})$|^(?:[我本全各该其共多新一]|累计|新增|其中|${LIST_NUMBER})|[\\d\\p{P}]`,
  'u',
);

function honouredCompanies(ctx: ExtractContext): Mention[] {
  const { text } = ctx.report;
  const out: Mention[] = [];
  for (const s of ctx.report.sentences) {
    if (s.text.search(HONOURED) < 0) continue;
    let tokens: ReturnType<typeof ctx.tokens> | undefined;
    for (const m of allMatches(HONOURED, s.text)) {
      const from = backToMark(s.text, m.index, 0, 8);
      if (from > 0 && !MARK.test(s.text[from - 1]!)) continue;
      const start = s.start + from;
      const end = s.start + m.index;
      const name = text.slice(start, end);
      if (name.length < 2 || NOT_A_COMPANY.test(name) || isDivision(name) || ctx.inNoise(start, end)) continue;
      tokens ??= ctx.tokens(s.index);
      const words = wordsWithin(tokens, start, end);
      if (words[0]?.start !== start || words.at(-1)?.end !== end) continue;
      if (!words.some((t) => PROPER_TAGS.test(t.tag) && !isDivision(t.word))) continue;
      out.push(mention(ctx, s, start, end));
    }
  }
  return out;
}

/**
 * Companies listed by their short names before the enterprises they are counted as: 东方、永东、铭福5家企业进入…,
 * 聚集昆泰时空、贝芸科技等成长型科技企业. Two names or more in a 、-list, then 等 or their count and up to eight
 * characters of what kind of enterprise; a count written without 等 is the list's own length. Each item is
 * a proper name as jieba reads it (a place's, a person's or another proper word, or characters it could not
 * join), never a kind (龙头、骨干等企业, 工业、商贸等企业: the whole list is then left alone) nor a division's
 * full name.
 */
const COMPANY_LIST = new RegExp(
  `((?:、[\\u4e00-\\u9fff]{2,6})+)(?:等(?:[0-9一二三四五六七八九十百余多]+家)?|([0-9一二三四五六七八九十]+)家)[\\u4e00-\\u9fff]{0,8}?(?:企业|公司)`,
  'g',
);
const LISTED_GENERIC = oneOf('organizationGeneric');
/** jieba's tags of a word a short name may be besides a proper one (properAt): a direction's (东方), an abbreviation, a morpheme. */
const LISTED_PROPER = /^(?:s|j|g)$/;
/** Tags that end the words before the list's first name: a verb, a preposition, a conjunction, an adverb, a particle. */
const LISTED_BREAK = /^(?:v|vn|p|c|d|u|uj|ul|r|m|q|f)$/;

/** A count in digits or in numerals (5, 五, 十二). */
const countOf = (written: string): number | undefined =>
  /^\d+$/.test(written) ? Number(written) : countInWords(written);

/**
 * Where the list's first name starts: jieba's words back from its first 、 (the last word must end there),
 * up to a break or six characters.
 */
function firstItemStart(tokens: readonly Token[], last: number, comma: number, floor: number): number {
  let start = comma;
  for (let i = last; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.start < floor || LISTED_BREAK.test(t.tag) || !/^[\u4e00-\u9fff]+$/.test(t.word) || comma - t.start > 6) break;
    start = t.start;
  }
  return start;
}

function listedCompanies(ctx: ExtractContext): Mention[] {
  const out: Mention[] = [];
  for (const s of ctx.report.sentences) {
    if (!s.text.includes('、') || !/企业|公司/.test(s.text)) continue;
    for (const m of allMatches(COMPANY_LIST, s.text)) {
      const rest = m[1]!.slice(1).split('、');
      if (m[2] !== undefined && countOf(m[2]) !== rest.length + 1) continue;
      const tokens = ctx.tokens(s.index);
      const comma = s.start + m.index;
      // (a first name that ends inside one of jieba's words is no name of its own)
      const last = wordEndingAt(tokens, comma);
      if (last === undefined) continue;
      const spans = [{ start: firstItemStart(tokens, last, comma, s.start), end: comma }];
      let at = comma + 1;
      for (const item of rest) {
        spans.push({ start: at, end: at + item.length });
        at += item.length + 1;
      }
      // (a short name may be a place's too, 东方: only a division's full name, 东方市, is a place here)
      const proper = (sp: { start: number; end: number }) => {
        const name = ctx.report.text.slice(sp.start, sp.end);
        const from = wordStartingAt(tokens, sp.start);
        const to = wordEndingAt(tokens, sp.end);
        if (from === undefined || to === undefined || to < from || name.length < 2) return false;
        const named = tokens
          .slice(from, to + 1)
          .some((t, i) => LISTED_PROPER.test(t.tag) || properAt(tokens, from + i));
        return named && !LISTED_GENERIC.test(name) && divisionsNamed(name).length === 0;
      };
      if (!spans.every(proper)) continue;
      for (const sp of spans) if (!ctx.inNoise(sp.start, sp.end)) out.push(mention(ctx, s, sp.start, sp.end));
    }
  }
  return out;
}

export const organizations = suffixRecognizer({
  id: 'organization.suffix',
  type: 'organization',
  heads: 'organizationHeads',
  edge: { maxLength: 20, digits: false },
  lead: 'organizationLeadWords',
  generic: 'organizationGeneric',
  genericRuns: true,
  genericEnds: 'organizationGenericEnds',
  // a list number (九是|市中心医院) opens the sentence, not the name
  leadPatterns: LIST_NUMBER,
  // (a count's measure word is no name's start: 100|户大企业大集团; nor is a formula of parts a name: 管委会+…公司)
  reject: ({ name, sentence, start }) =>
    /[、，,+＋]/.test(name) ||
    (/^[户家个所项座批]/.test(name) &&
      /[\d一二三四五六七八九十百千万]$/.test(sentence.text.slice(0, start - sentence.start))),
  also: (ctx) => [...projectOwners(ctx), ...shortNames(ctx), ...honouredCompanies(ctx), ...listedCompanies(ctx)],
});
