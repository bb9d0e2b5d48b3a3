// What a quoted term is not, whatever its form: rhetoric and emphasis, periods, quoted speech, named problems,
// results told, plain dictionary words, figures of speech, a passage's topic, a plight, a meeting, a sector's
// word. classify.ts asks these before it types a quote as a programme or a slogan.
import { alternation, rules } from '../../lexicon/rules.js';
import { tagWords } from '../segment.js';

/** Heads that end programme names (…工程, …长制, …示范区, …工作法). */
export const PROGRAMME_HEAD = new RegExp(`(?:${alternation('programmeHeads')}|[0-9一二三四五六七八九十两]条)$`);

/** Quoted rhetoric that is never an entity: emphasis, metaphors, periods, bad practices. */
export const RHETORIC = new Set(rules().rhetoric);

/**
 * Five-year plans (七五, 十五, 十四五), years and a span of years named by what filled it (“疫情三年”)
 * are periods, not programmes; a line 二三四五 is not one.
 */
const PERIOD =
  /^(十[一二三四五六七八九]?五|[一二三四五六七八九]五|(19|20)\d\d年?|[\u4e00-\u9fff]{2,4}[两三四五六七八九十]年)$/;

/**
 * Quoted speech, named problems, percentages, product varieties and document titles are not names
 * (a plain word is one when a mechanism's word follows it: `mechanism`).
 */
export function notAName(core: string, mechanism = false): boolean {
  if (RHETORIC.has(core) || PERIOD.test(core)) return true;
  // beats that are each emphasis (“宜居、宜业、宜游”) are emphasis too
  const beats = core.split(/[、，,·]/);
  if (beats.length > 1 && beats.every((b) => RHETORIC.has(b))) return true;
  if (/[了吗呢吧啊]|我们|你们|[%％《》]|百分之/.test(core)) return true;
  // 停车难, 看病难: a named problem; …的: an attribute, not a name; 某某1号: a crop or product variety
  if ((/难$/.test(core) && core.length <= 4) || /的$/.test(core) || /\d号$/.test(core)) return true;
  // a fight fought (“战疫”“战洪”“战贫”) names nothing
  if (/^战[\u4e00-\u9fff]$/.test(core)) return true;
  // the idiom of the most of a kind (“重中之重”, “难中之难”, “坚中之坚”) is emphasis
  if (/^([\u4e00-\u9fff])中之\1$/.test(core)) return true;
  // a count without its noun (“三大”“五化”: the page cut the name; “三类”资金, “三大类”指标) names nothing
  if (/^[一二三四五六七八九十两]+(?:[大个项条类]|大类)$/.test(core)) return true;
  // an event named by its date (“10·6”疫情, “7·20”暴雨, “0801”疫情: a month and a day, a count never
  // starts with 0) is no programme
  if (/^\d{1,2}[·.．]\d{1,2}$|^0[1-9][0-3]\d$/.test(core)) return true;
  // a clause that is only a number is a quote the page mispaired (“24,建立…”), not a beat
  if (beats.length > 1 && beats.some((b) => /^\d*$/.test(b))) return true;
  // levels of government in a row (“区、镇、村、组”四级) name nothing
  if (beats.length > 1 && beats.every((b) => /^[省市县区镇乡村组街]$/.test(b))) return true;
  // nor does a ranking, which counts in tens (县域综合实力三十强, 百强; 六增六强 is a numbered line)
  // (a beat among others, 融入都市圈、拼争前十强, is a goal's)
  // (a year before it, 2025西部百强县, is the ranking's edition)
  const ranked = core.replace(/^(?:19|20)\d\d年?(?:度)?/, '');
  if (
    beats.length === 1 &&
    !/^[一二三四五六七八九十两双百千万\d]/.test(ranked) &&
    /(?:十|百|千|\d0)强[县市区镇]?$/.test(ranked)
  )
    return true;
  // (a ranking by its count alone, “十佳”, “百强”, “百强县”, “千强镇”, too)
  if (/^(?:十|百|千)[强佳][县市区镇乡村]?$/.test(core)) return true;
  // a streak (三连升, 二十一连丰) and an answer sheet (抗疫答卷, 民生答卷) are results told, not names
  // (a numbered set of them, “三张答卷”, is a line set by a higher level)
  if (
    /^[一二三四五六七八九十百\d]+连[升冠丰增涨胜优]$/.test(core) ||
    (/答卷$/.test(core) && !/^[一二三四五六七八九十两]张/.test(core))
  )
    return true;
  // a manner (“旁站式”监理, “增值式”服务) describes the noun after it, it names nothing
  // (a word that ends in 式 is not a manner: “大安模式”, “市场采购贸易方式”)
  if (/式$/.test(core) && !/(?:模|方|形|仪|程|公|范|样)式$/.test(core) && core.length <= 4) return true;
  // a case held up as an example (“全国产业扶贫优秀案例”) is an award, what it names is elsewhere
  if (/(?:优秀|典型|最佳|示范)(?:案例|实践|范例)$/.test(core)) return true;
  // a strength or a speed shown (贡献“…力量”, 跑出“…速度”), a resolve held (立“必胜之志”, 怀“赤诚之心”)
  // and an engine of growth (“发展引擎”) are figures of speech
  if (
    /^[\u4e00-\u9fff]{2,4}(?:力量|速度|温度|风采)$|^[\u4e00-\u9fff]{2}之[志心情]$|^[\u4e00-\u9fff]{1,2}引擎$/.test(core)
  )
    return true;
  // a grade (“三级甲等”, “三甲”, “省一级幼儿园”: the rank of a hospital or a school) rates, it names nothing
  if (/^(?:国家|省|市|县)?[一二三]级(?:[甲乙丙]等)?(?:医院|幼儿园|学校|中学|小学)?$|^[一二三][甲乙]$/.test(core))
    return true;
  // and so does a pilot's or a campaign's assessment (试点“合格城市”, “优秀单位”)
  if (/^(?:合格|优秀|达标)(?:城市|市|县|区|单位)$/.test(core)) return true;
  // a plan's figures (“15平方公里15万人口”): numbers with their units measure, they name nothing
  if (/\d/.test(core) && /平方公里|公里|万人|人口|亿元|万元|万亩|千瓦|万吨/.test(core)) return true;
  // a one-off meeting (…推介会, …博览会) or a street (一德街) is not a programme
  if (/(推介会|博览会|交易会|洽谈会|发布会|座谈会|街|巷)$/.test(core)) return true;
  return !mechanism && plainWord(core);
}

/**
 * A quoted dictionary word of two or three characters (“优秀”等次, “梦想”, “回头客”, a word of state:
 * 全部“清零”), a word jieba tags as an idiom (or mistags, “比翼双飞”), or an adjective before a noun
 * (“好价钱”) is emphasis, not a name; numbered forms (“六新”) and words jieba does not know (“三争”,
 * “秒批”) stay.
 */
export function plainWord(core: string): boolean {
  if (core.length > 4 || /^[一二三四五六七八九十两双百千万\d]/.test(core) || PROGRAMME_HEAD.test(core)) return false;
  const tokens = tagWords(core);
  // 好价钱, 软实力: a one-character adjective before a noun describes, it does not name
  if (tokens.length === 2 && core.length <= 3 && tokens[0]!.tag === 'a' && tokens[0]!.word.length === 1)
    return /^(n|vn)$/.test(tokens[1]!.tag);
  if (tokens.length !== 1) return false;
  const t = tokens[0]!.tag;
  // (four characters jieba knows as one word and tags a person's name are an idiom it mistags:
  // 比翼双飞; a common noun of four, 文明城市, may be a title)
  return (
    t === 'i' ||
    t === 'l' ||
    (core.length <= 3 && /^(n|a|ad|an|b|v|vn|d|nr|ns|t|z)$/.test(t)) ||
    (core.length === 4 && /^nr/.test(t))
  );
}

// 筑牢安全生产“铁墙”, 织密“防护网”: a figure for a barrier; 清理“空中蛛网”, 破解“融资堵点”: a problem removed
// (谱写…“新赞歌”, 奏响“…”: a song or a page composed is a figure too)
const FIGURE_BEFORE =
  /(?:筑牢|守牢|织密|织牢|扎紧|构筑|筑起|清理|清除|消除|破解|根治|摘掉|摘除|谱写|奏响|书写)[^，。；、“”]{0,8}$/;
export const CLAUSE_ENDS = /^(?:[，。；、！？,;!?]|$)/;

// 围绕“治水”，…: the topic a passage opens with, the clause's only words besides its verb
// (a short one: a work method named so, 紧扣“链式招商”，…, stays a name)
const TOPIC_BEFORE = /^(?:围绕|聚焦|紧扣|突出)$/;

// “水来…、水退…”的窘境: a plight; “…”国际会议: a meeting
const PLIGHT_AFTER = /^的?(?:窘境|困境|尴尬|怪圈)/;
const MEETING_AFTER = /^(?:国际|全球|全国)?(?:会议|论坛|峰会|年会|研讨会)/;
// “…”浑源站直播, “…”大型演出节, “…”汽车越野挑战赛: a show held once, a broadcast, a performance or a match, by the
// words of the clause after it (a campaign's word, “…”活动, names a programme; so may performances counted, “…”演出
// 100场, or a way of selling, “…”直播带货)
const EVENT_AFTER = /^[^，。；、“”,;]{0,10}?(?:站直播|全球直播|演出节|晚会|音乐会|挑战赛|邀请赛|锦标赛|马拉松)/;

/**
 * The quote is a figure of speech or a passage's topic, by the verb before it and nothing naming it
 * after it; or a plight, a meeting or a show, by the words after it.
 */
export function figureOfSpeech(core: string, before: string, after: string): boolean {
  if (PLIGHT_AFTER.test(after) || MEETING_AFTER.test(after) || EVENT_AFTER.test(after)) return true;
  const topic = TOPIC_BEFORE.test(before) && core.length <= 3;
  return (FIGURE_BEFORE.test(before) || topic) && CLAUSE_ENDS.test(after);
}

/**
 * “数字教育”, “智慧停车”, “数字档案馆”: digital or smart before one plain word names a sector of work,
 * not a programme (the national ones, 数字乡村 or 智慧城市, are the lexicon's).
 */
export function sectorWord(core: string): boolean {
  const m = /^(?:数字|智慧|智能|数智)(.{2,4})$/.exec(core);
  if (!m) return false;
  const tokens = tagWords(m[1]!);
  return tokens.length === 1 && /^(?:n|vn|v|nz)$/.test(tokens[0]!.tag);
}
