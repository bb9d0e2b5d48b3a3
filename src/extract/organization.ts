// Recognizer: organizations — companies, universities, labs, institutes, hospitals and media —
// by the word that ends their names (…有限公司, …大学 or its short form …农大, …实验室), with the left edge on jieba's
// words; generic ones (龙头企业, 规上企业) are not names.
import type { ExtractContext, Mention, Recognizer } from './index.js';
import type { Sentence } from '../structure/index.js';
import { leftEdge } from './left-edge.js';
import { divisionsNamed, divisionsShortNamed } from '../gazetteer/index.js';

const HEAD =
  /(股份有限公司|有限责任公司|有限公司|株式会社|公司|集团|职业技术学院|学院|大学|农大|师大|医大|工大|财大|农科院|科学院|师专|重点实验室|实验室|工程技术中心|工程研究中心|研究院|研究所|医院|卫生院|电视总台|合作社)/g;

/** Modifiers that make a generic noun phrase, not a name. */
const GENERIC =
  /^(龙头|规上|规模以上|骨干|重点|相关|各类|民营|国有|中小|小微|新增|县级|市级|省级|国家级|全国|本地|一批|多家|家|个|所|该|其|我县|我市|县|市|乡镇|村|新型研发|高校|科研|企业|公司|人民|中心|中医|妇幼|职业|高等|综合|专科|乡镇卫生|县人民|市人民|社区|三甲|二甲|二甲综合|县级综合|市级综合|县级公立|三级|二级|公立|市县|县乡|电子商务|贸易|科技|实业|投资|发展|建设|商贸|物流|平台|国有企业|省属|央企|上市|股份|该|分|子|总)$/;
const LEAD =
  /^(主动|积极|协调|帮助|服务|督促|指导|提升|整合|筹建|创建|改造|扩建|迁建|打造|培育|和|同|及|联合|依托|引进|引导|支持|推动|加快|建设|成立|组建|设立|新建|建成|入驻|落地|签约|对接|携手|牵手|联合|共建|获批|获评|认定|评为|被|为|由|在|以|让|使|向|对|和)+/;

/**
 * Heads that name a company only after a proper name (古城乳业, 恒山酒厂), not after a region
 * (山西乳业 is the province's dairy sector) or a common word (推动乳业).
 */
const TRADE_HEAD = /(乳业|药业|酒业|酒厂)/g;
const PROPER_TAGS = /^(ns|nz|nr|nrt|nt|x|j)$/;

/** A company named by the project it runs: 永东化工|总投资5亿元…, 东方资源|投资1.5亿元的…, 梅山湖|年产3万吨…, 华能|2×100万千瓦… */
const OWNER = /(总投资|投资(?=\d)|年产|年处理|\d+(?:\.\d+)?(?:×\d+)?(?:万吨|吨|MW|GW|万千瓦|千瓦|万头|万只))/g;
const NOT_OWNER =
  /([县市区镇乡村省]|年|新建|建设|实施|推进|项目|全年|累计|新增|产能|达到|完成|其中|共|总)$|^(年|全|新|我)/;

function projectOwners(ctx: ExtractContext): Mention[] {
  const { report } = ctx;
  const out: Mention[] = [];
  for (const s of report.sentences) {
    if (!/项目|工程|基地|电站|厂/.test(s.text)) continue;
    const tokens = ctx.tokens(s.index);
    for (const m of s.text.matchAll(OWNER)) {
      const at = s.start + m.index;
      let start = leftEdge(tokens, at, at, { maxLength: 6 });
      if (start === undefined || start >= at) continue;
      let words = tokens.filter((t) => t.start >= start! && t.end <= at);
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
    let start = sep;
    while (start > floor && sep - start < 8 && !/[、，,。；;：:（(）)“”\s]/.test(text[start - 1]!)) start -= 1;
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

function mention(ctx: ExtractContext, s: Sentence, start: number, end: number): Mention {
  const name = ctx.report.text.slice(start, end);
  return {
    type: 'organization',
    name,
    surface: name,
    doc: ctx.report.id,
    sentence: s.index,
    start,
    end,
    phase: s.phase,
  };
}

/** 山西, 朔州市: the sector of a province or city, not a company (a county may share a brand's name: 古城区). */
function isProvinceOrCity(word: string): boolean {
  return [...divisionsShortNamed(word), ...divisionsNamed(word)].some(
    (d) => d.level === 'province' || d.level === 'city',
  );
}

/** 古城乳业, 恒山酒厂: a proper name (not a region's) right before a trade head. */
function tradeNames(ctx: ExtractContext): Mention[] {
  const out: Mention[] = [];
  for (const s of ctx.report.sentences) {
    if (s.text.search(TRADE_HEAD) < 0) continue;
    const tokens = ctx.tokens(s.index);
    for (const m of s.text.matchAll(TRADE_HEAD)) {
      const at = s.start + m.index;
      const word = tokens.find((t) => t.end === at);
      if (!word || word.word.length < 2 || !PROPER_TAGS.test(word.tag)) continue;
      if (isProvinceOrCity(word.word)) continue;
      if (ctx.inNoise(word.start, at + m[0].length)) continue;
      out.push(mention(ctx, s, word.start, at + m[0].length));
    }
  }
  return out;
}

export const organizations: Recognizer = {
  id: 'organization.suffix',
  type: 'organization',
  recognize(ctx) {
    const { report } = ctx;
    const out: Mention[] = [...projectOwners(ctx), ...tradeNames(ctx)];
    for (const s of report.sentences) {
      if (s.text.search(HEAD) < 0) continue;
      const tokens = ctx.tokens(s.index);
      for (const m of s.text.matchAll(HEAD)) {
        const headStart = s.start + m.index;
        const end = headStart + m[0].length;
        const start = leftEdge(tokens, headStart, end, { maxLength: 20, digits: false });
        if (start === undefined) continue;
        const name = report.text.slice(start, end).replace(LEAD, '');
        const modifier = name.slice(0, name.length - m[0].length);
        if (modifier.length < 2 || GENERIC.test(modifier) || /[、，,]/.test(name)) continue;
        const begin = end - name.length;
        if (ctx.inNoise(begin, end)) continue;
        out.push(mention(ctx, s, begin, end));
      }
    }
    return out;
  },
};
