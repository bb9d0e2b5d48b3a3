// The left edge of a name that ends in a known head (…提升行动, …有限公司, …储能电站): walk
// jieba's words leftwards while they can belong to a name, and stop at the verb or function
// word that introduces it (深入推进|农村人居环境整治提升行动).
import { firstEndingAfter, type Token } from './segment.js';

/** A list's number word (一是, 五是): it opens a sentence's item, never a name (a regular expression's source). */
export const LIST_NUMBER = '[一二三四五六七八九十]是';

/** Tags that may stand inside a name (nouns, verbal nouns, numbers, place names …). */
export const NAME_TAGS = new Set([
  'n',
  'vn',
  'nz',
  'ns',
  'nt',
  'nr',
  'nrt',
  'z',
  'j',
  'l',
  'an',
  'eng',
  'v',
  'a',
  'b',
  'f',
  'x',
  // single-character morphemes (县/zg 人民医院, 王家 垣/ng) and full personal names (张家/nrfg)
  'zg',
  'ng',
  'nrfg',
]);
/** Verbs that introduce a name: the name starts after them (…评为|省级旅游示范村). */
export const LEAD_WORDS = new Set([
  '实施',
  '开展',
  '推进',
  '深入',
  '全面',
  '持续',
  '扎实',
  '大力',
  '加快',
  '落实',
  '组织',
  '积极',
  '强化',
  '启动',
  '推动',
  '推行',
  '完成',
  '创建',
  '成功',
  '获评',
  '入选',
  '争创',
  '申报',
  '获批',
  '打造',
  '统筹',
  '着力',
  '坚持',
  '继续',
  '认真',
  '抓好',
  '做好',
  '稳步',
  '有序',
  '探索',
  '开启',
  '获得',
  '成为',
  '荣获',
  '评为',
  // (jieba tags 晋升为 a personal name: 晋升为|国家…示范区)
  '晋升',
  '晋升为',
  '列入',
  '纳入',
  // what a place ranks among or is listed in (杨林寨跻身|省级特色农业小镇, …高新区入列|…示范园区名单)
  '跻身',
  '入列',
  '入围',
  '位列',
  '创成',
  '建成',
  '通过',
  '迎接',
  '配合',
  // 与…合作共建|苹果研究院, 与…共建|武陵山区协作示范区: what is built together starts after it
  // (携手|天府新区: what is joined too)
  '共建',
  '携手',
  // a visit's verb: what follows is the place visited (总书记亲临视察|广州开发区)
  '视察',
  '考察',
  '调研',
  '亲临',
  '莅临',
  // (深化|平台公司转型: the reform deepened follows it)
  '深化',
  // an era or a rank entered (毕节迈入|高铁时代, 步入|全国百强县): what follows is where, not a name with the verb
  '迈入',
  '步入',
  '迈进',
  '深化落实',
  '扎实推进',
  '深入推进',
  '全面推进',
  '加快推进',
]);
export const STOP_WORDS = new Set([
  '的',
  '和',
  '与',
  '及',
  '以',
  '在',
  '为',
  '把',
  '对',
  '将',
  '等',
  '了',
  '要',
  '是',
  '着',
  '由',
  '从',
  '向',
  '中',
  '上',
  '后',
  '、',
  '，',
  '；',
  '。',
  '：',
  '“',
  '”',
  '（',
  '《',
  '》',
  '）',
  '(',
  ')',
  // a footnote's mark ([1], 【2】, 〔3〕) ends the words before a name
  '[',
  ']',
  '【',
  '】',
  '〔',
  '〕',
  '［',
  '］',
]);

export interface EdgeOptions {
  /** Longest name, in characters, counted back from `end`. */
  maxLength: number;
  /** Whether numbers may stand in the name (capacities: 2×35万千瓦, 5GW). */
  digits?: boolean;
  /** Whether 及, 和 and 暨 may join parts of one name (…煤焦油精深加工及特种炭综合利用项目), and 至 a route's ends. */
  joiners?: boolean;
  /** Whether a count in words may stand in the name (三项|制度改革, 两个|一批 …). */
  counts?: boolean;
  /** Whether a phase may stand inside the name (青山钢铁|一期|扩建项目), which jieba tags an adverb. */
  phases?: boolean;
}

/** A phase of a work (一期, 2期; a regular expression's source). */
export const PHASE = '[一二三四五六七八九十\\d]期';
/** A phase and nothing else (一期 as jieba cuts it, a word of its own; a project's words that are only a phase). */
export const PHASE_ONLY = new RegExp(`^${PHASE}$`);

/** A mark that ends a list's item or a clause (、, ，, ；, ：, 。, an opening bracket or quote; a regular expression's source). */
export const ITEM_MARK = '[、，,；;：:（(“。]';
const ITEM_MARK_ONLY = new RegExp(`^${ITEM_MARK}$`);

/** A count in words (三项, 两个, 十大, 四条, 四张; a regular expression's source). */
export const COUNT_IN_WORDS = '[一二三四五六七八九十两]{1,2}[项个大条张]';
/** A count in words as jieba tags it m, or a campaign's span (…企业三年|培育行动, …百日|攻坚行动). */
const COUNT_WORD = new RegExp(`^(?:${COUNT_IN_WORDS}|[一二三四五两十]年|百日|百天)$`);

/** Tags of the word before 至 that a route starts from: a place, a name, a noun (not a verb: 延伸至…). */
const ROUTE_END = /^(?:ns|nr|nrt|nrfg|nz|n|ng|x|j|eng)$/;

/** Walks tokens left from the head while they can belong to a name; returns the name's start. */
export function leftEdge(
  tokens: readonly Token[],
  headStart: number,
  end: number,
  options: EdgeOptions,
): number | undefined {
  let i = firstEndingAfter(tokens, headStart);
  if (i >= tokens.length) return undefined;
  let start = Math.min(tokens[i]!.start, headStart);
  // the head may start inside a token (…整治提升 | 行动): begin from that token
  for (i -= 1; i >= 0; i--) {
    const t = tokens[i]!;
    // (and 至 between the two ends of a route: 朔州至太原|高速公路, 阳方口至朔州至平鲁|一级公路)
    const joiner =
      options.joiners &&
      i > 0 &&
      ((/^(及|和|暨)$/.test(t.word) && NAME_TAGS.has(tokens[i - 1]!.tag)) ||
        (t.word === '至' && ROUTE_END.test(tokens[i - 1]!.tag)));
    if (joiner) {
      if (end - t.start > options.maxLength) break;
      continue;
    }
    // a count in words (jieba tags a span m or t: 三年/m, 五年/t) or a phase (一期/d) the options let in
    const inName =
      (options.counts && (t.tag === 'm' || t.tag === 't') && COUNT_WORD.test(t.word)) ||
      (options.phases && t.tag === 'd' && PHASE_ONLY.test(t.word));
    if (inName) {
      if (end - t.start > options.maxLength) break;
      start = t.start;
      continue;
    }
    // jieba cuts 可持续 into 可/v 持续/vd, and 持续 alone leads a name in: together they are a name's word
    // (国家农业可持续发展试验示范区)
    if (t.word === '持续' && tokens[i - 1]?.word === '可') {
      if (end - tokens[i - 1]!.start > options.maxLength) break;
      i -= 1;
      start = tokens[i]!.start;
      continue;
    }
    // 中 after a list's mark or at the start is a name's first character (、中|德生物公司, 、中|集新材), not
    // the postposition of 在…中
    if (t.word === '中' && (i === 0 || ITEM_MARK_ONLY.test(tokens[i - 1]!.word))) {
      if (end - t.start <= options.maxLength) start = t.start;
      break;
    }
    if (
      STOP_WORDS.has(t.word) ||
      LEAD_WORDS.has(t.word) ||
      (!NAME_TAGS.has(t.tag) && !(options.digits && /^(m|q|mq)$/.test(t.tag))) ||
      (options.digits ? /[，。、；：“”（）()\s,;:!?—]/ : /[，。、；：“”（）()\s\d,.;:!?—]/).test(t.word) ||
      (!options.digits && (t.tag === 'm' || t.tag === 'q'))
    )
      break;
    if (end - t.start > options.maxLength) break;
    start = t.start;
  }
  return start;
}
