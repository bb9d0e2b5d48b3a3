// Recognizer: industries — the sector vocabulary (src/lexicon/industries.json) and any
// X产业 / X产业链 / X产业集群 / X专业镇 the report names, canonical without 产业.
import data from '../lexicon/industries.json' with { type: 'json' };
import type { Mention, Recognizer } from './index.js';
import { compileVocabulary, vocabularyHits, vocabularyMentions, type Vocabulary } from './vocabulary.js';
import { leftEdge, LIST_NUMBER } from './left-edge.js';
import { firstEndingAfter, wordStartingAt, wordsWithin } from './segment.js';
import { divisionsCalled } from '../gazetteer/index.js';
import { listed, type ListItem } from './listed.js';
import { allMatches } from '../text/matches.js';
import { alternation, rules } from '../lexicon/rules.js';

interface Lexicon {
  vocabulary: Vocabulary;
  /** spelling -> industry, also by the stem of a synonym written with 产业 (文旅产业 -> 文旅) */
  names: Map<string, string>;
  spellings: string[];
}
let lexicon: Lexicon | undefined;

/** The sector vocabulary and the names an X产业 may map to, built once per process. */
function industryLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const vocabulary = compileVocabulary(data.industries);
  // (every sector's name, also one that alone is no spelling in a sentence: 金融产业 is the 金融 sector)
  const names = new Map([...data.industries.map((e): [string, string] => [e.name, e.name]), ...vocabulary.head]);
  for (const [k, v] of vocabulary.head) if (k.endsWith('产业') && k.length > 3) names.set(k.slice(0, -2), v);
  lexicon = { vocabulary, names, spellings: [...names.keys()] };
  return lexicon;
}

/**
 * 产业 followed by 园 or 区 (an industrial park or zone is a place), by an organization's or a plan's noun
 * (朔州市产业技术研究院), or by 新城 (an 产业新城 is a town built for industry: 某某产业新城), names no industry;
 * nor do its cluster zone (…产业集聚区), its projects (…产业项目), or the cooperation, aid or revival done
 * through it (…产业合作, 产业扶贫, 产业帮扶, 产业振兴).
 */
const NOT_A_SECTOR_AFTER = '化|园|区|技术|研究|协同|梯度|基金|发展连接线|新城|集聚区|项目|合作|扶贫|帮扶|振兴';
const HEAD = new RegExp(`(产业链|产业集群|产业|专业镇)(?!${NOT_A_SECTOR_AFTER})`, 'g');

/** Words before 产业 that qualify industries in general rather than name one. */
const GENERIC =
  /^(主导|新兴|战略性新兴|战略性|支撑性|传统|特色|优势|支柱|相关|重点|现代|未来|富民|三次|第[一二三]|接续|替代|非煤|全|各类|本地|县域|特色优势|现代化|首位|龙头|配套|上下游|新|大|强|该|其|两|三|四|五|六|七|八|九|十|百亿|千亿|十大|乡村|农业|工业|服务|制造|生产|重点产业|新质|朝阳|一流|旅游|特色优势主导|特色优势|劳动密集型|高技术|高新技术|发展|低效能|低效|落后|过剩|高品质|绿色)$/;
/**
 * Words right after a sector's name that make it a field the government guards or regulates — its
 * institutions, risks, security, market or supply (金融机构, 金融风险, 粮食安全, 房地产市场, 能源保供) — not a
 * sector it develops. Its output (煤炭产量) still shows the sector.
 */
const FIELD_AFTER = /^(?:机构|安全|风险|市场|监管|保障|保供|供应|储备)/;
/**
 * Words right after a sector's name that make it a tool the government works with — its analysis, checks,
 * means, instruments and loans (大数据分析, 大数据排查, 大数据库, 金融工具, 金融贷款) — not a sector it develops.
 */
const TOOL_AFTER = /^(?:分析|比对|排查|监测|预警|手段|工具|贷款|库)/;
/** Tags of a word that can end an industry's name (a noun, not 承接 or 促进). */
const NOUN_TAGS = new Set(['n', 'nz', 'nr', 'ns', 'nt', 'j', 'eng', 'vn', 'l', 'nrt', 'x']);
const LEVEL = /^(国家级|省级|市级|县级|全国|全省|全市|全县|省|市|县)/;
/** Tags that end the words before a name: verbs, adverbs, prepositions, conjunctions, pronouns. */
const BREAK_TAGS = new Set(['v', 'vd', 'd', 'p', 'c', 'r', 'u', 'uj', 'ul', 'm', 'f']);
/** What is given for the sector in 以X换Y (以资源换产业): the words before the verb are the price, not its name. */
const TRADED_FOR = new Set(rules().industryTradeVerbs);
/** The words that lead to a sector's name, trimmed as many times as they stand before it. */
const LEAD = new RegExp(`^(?:${alternation('industryLeadWords')})+`);

export const industries: Recognizer = {
  id: 'industry.vocabulary',
  type: 'industry',
  recognize(ctx) {
    const { report } = ctx;
    const { vocabulary, names, spellings } = industryLexicon();
    // (not a field the government guards nor a tool it works with: FIELD_AFTER, TOOL_AFTER)
    const out: Mention[] = vocabularyMentions(ctx, 'industry', vocabulary).filter((m) => {
      const after = report.text.slice(m.end, m.end + 2);
      return !FIELD_AFTER.test(after) && !TOOL_AFTER.test(after);
    });
    // where each vocabulary sector ends, and the earliest start of one ending there (a lookup per 产业, not a scan)
    const sectorStart = new Map<number, number>();
    for (const v of out) sectorStart.set(v.end, Math.min(v.start, sectorStart.get(v.end) ?? v.start));
    for (const s of report.sentences) {
      // search() ignores lastIndex; test() on a /g regex would leave it moved for the next test()
      if (s.text.search(HEAD) < 0) continue;
      const tokens = ctx.tokens(s.index);
      for (const m of allMatches(HEAD, s.text)) {
        const headStart = s.start + m.index;
        const start = leftEdge(tokens, headStart, headStart, { maxLength: 8 });
        if (start === undefined || start >= headStart) continue;
        const before = tokens[firstEndingAfter(tokens, headStart) - 1];
        if (!before || !NOUN_TAGS.has(before.tag)) continue;
        let raw = report.text.slice(start, headStart).replace(LEAD, '');
        // the name starts after the last verb or function word left in it (过多依赖|煤炭), and after the lead
        // verbs that follow that word (面对|建设现代化产业体系: 建设 leads, 现代化 qualifies)
        const from = headStart - raw.length;
        const lastBreak = wordsWithin(tokens, from, headStart).findLast(
          (t) => BREAK_TAGS.has(t.tag) || TRADED_FOR.has(t.word),
        );
        if (lastBreak) raw = report.text.slice(lastBreak.end, headStart).replace(LEAD, '');
        // 低碳硅芯|全产业链: the whole chain of an industry
        if (m[0] === '产业链') raw = raw.replace(/全$/, '');
        // 县|陶瓷产业 is the county's; 县域|经济 is one word, not 县 + 域经济
        const level = LEVEL.exec(raw)?.[0];
        if (level && wordStartingAt(tokens, headStart - raw.length + level.length) !== undefined)
          raw = raw.slice(level.length);
        // 规上|高新技术产业: the firms above a size counted, not a kind of industry; 世界级|石化产业: a rank the
        // sector aims at, as 千亿 is a size (jieba reads 世界级 as one word, so no edge falls inside it)
        raw = raw.replace(/^(?:规上|规模以上|世界级)/, '');
        if (!isSectorName(raw)) continue;
        const begin = headStart - raw.length;
        if (ctx.inNoise(begin, headStart + m[0].length)) continue;
        // 新一代|信息技术产业: a sector of the vocabulary that takes in the words before 产业 is the name
        if ((sectorStart.get(headStart) ?? begin) < begin) continue;
        // 怀仁陶瓷产业 is the 陶瓷 industry of a place
        const tail = spellings.find((k) => raw.endsWith(k) && raw.length - k.length <= 3);
        out.push({
          type: 'industry',
          name: names.get(raw) ?? (tail ? names.get(tail)! : raw),
          surface: report.text.slice(begin, headStart + m[0].length),
          doc: report.id,
          sentence: s.index,
          start: begin,
          end: headStart + m[0].length,
          phase: s.phase,
        });
      }
    }
    return out;
  },
};

/**
 * What a list says of its items between 等 and 产业: their count (三条), and words that rank, qualify or
 * place a kind of industry (新兴, 支撑性, 县域重点, 农业) — not what else the items are (资金、人才等要素向产业集聚).
 */
const LIST_KIND =
  /^(?:县域|镇域|全县|全市|重点|新兴|传统|支撑性|特色|优势|主导|支柱|战略性|未来|富民|农业|工业|服务业?|现代|绿色|接续|首位)*$/;

/**
 * Sectors a report lists before 等…产业 (健康医药、先进装备制造、新材料等新兴产业; 藏鸡、藏猪、核桃等农业产业): each
 * item a kind, named as written — unless the vocabulary names a sector in it, which is then the item's
 * (装备制造, 核桃), so that the list's sectors link with the same sectors named elsewhere.
 */
export const listedIndustries = listed({
  id: 'industry.listed',
  type: 'industry',
  noun: `产业(?:链|集群)?(?!${NOT_A_SECTOR_AFTER})`,
  kind: (words) => LIST_KIND.test(words),
  item: listedSector,
});

function listedSector(raw: string, start: number): ListItem | undefined {
  const name = raw.replace(LEAD, '');
  if (!/^[\u4e00-\u9fff]{2,6}$/.test(name) || !isSectorName(name)) return undefined;
  if (!vocabularyHits(name, industryLexicon().vocabulary).next().done) return undefined;
  return { name, start: start + raw.length - name.length, end: start + raw.length };
}

const ENUMERATION_OR_ROUND = new RegExp(`^${LIST_NUMBER}|^新?一轮|^[这那此]`);

/** Whether the words before 产业 (or a list's item) name a sector, not a kind, a place or a designation. */
function isSectorName(raw: string): boolean {
  // (a quote mark of any kind ends a quoted line, not a sector: “1+4+3’农业)
  if (raw.length < 2 || GENERIC.test(raw) || /[\d%,，、+＋“”‘’"'「」『』《》（）()]|产业|专业镇|我/.test(raw))
    return false;
  // 二是|产业结构, 新一轮|产业扶持政策: an enumeration's word or a round of policy, no industry's name;
  // nor 这一主线|产业实力 (a page that lost its punctuation): a word that points back names none
  if (ENUMERATION_OR_ROUND.test(raw)) return false;
  // 国家新型工业化|产业示范基地, 湖北省重点成长型|产业集群: a designation's name, not a sector's
  if (/^国家/.test(raw) || provinceAtStart(raw)) return false;
  // 零碳, 低碳, 负碳: how much carbon an industry emits, a quality of many, not one
  if (/^[零低负]碳$/.test(raw)) return false;
  // a place (粤港澳大湾区产业梯度转移, 沿黄公路产业) is where, not what
  if (/(区|市|县|省|镇|乡|村|公路|大道)$/.test(raw)) return false;
  // 县域经济十大优势|产业: a kind of industry, not one; nor is a count of them (五大产业, 某市七大绿色产业)
  // (nor a type of them, 创新型, 成长型; 百大 is a count too: 百大产业链项目, the hundred chains' projects)
  if (/(优势|主导|特色|新兴|支柱|传统|重点|十大|百亿|千亿|核心|县域|型)$|[两二三四五六七八九十百]大/.test(raw))
    return false;
  // a place's industries in general (某县产业发展) name none
  return divisionsCalled(raw).length === 0;
}

/** Whether `raw` starts with a province's name, full or short (湖北省…, 山西…). */
function provinceAtStart(raw: string): boolean {
  for (const len of [2, 3, 4]) {
    const head = raw.slice(0, len);
    if (divisionsCalled(head).some((d) => d.level === 'province')) return true;
  }
  return false;
}
