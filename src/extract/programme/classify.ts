// Decides what a quoted term is — a programme, a slogan, or rhetoric — from its form and the
// words around it, and gives it its canonical name. Work reports put programmes, slogans and
// plain emphasis all in the same “…” quotes, so the context has to tell them apart.
import { NATIONAL_STRATEGY } from './national-strategy.js';
import { attributionBy, bodyBefore, HELD_TO } from './attribution.js';
import {
  CLAUSE_ENDS,
  figureOfSpeech,
  notAName,
  plainWord,
  PROGRAMME_HEAD,
  RHETORIC,
  sectorWord,
} from './not-a-name.js';
import {
  afterQuoteRun,
  coreMatch,
  extendedMatch,
  genericAfter,
  lexicalMatch,
  runMatch,
  titleMatch,
} from './quote-lexicon.js';
import { COUNT_IN_WORDS } from '../left-edge.js';
import type { RegionLevel } from '../../types.js';
import { tagWords } from '../segment.js';
import { leftOut, PROVINCES } from '../../lexicon/programmes.js';
import { alternation, endsWith, startsWith } from '../../lexicon/rules.js';
import { allMatches } from '../../text/matches.js';

export interface Classified {
  type: 'programme' | 'slogan';
  name: string;
  aliases: string[];
  canonical: boolean;
  /** A lexicon programme that is part of a bundle (六稳 of 六稳六保). */
  partOf?: string;
}

/** A footnote's mark after a name: [1], 〔2〕, (3), 【4】. */
export const FOOTNOTE_MARK = '[[〔［(（【]\\d{1,2}[\\]〕］)）】]';
const LEADING_FOOTNOTE = new RegExp(`^${FOOTNOTE_MARK}[\\s\\u3000]*`);
/** A footnote's mark the page put inside the closing quote (“两山银行[2]”): the note's, not the name's. */
const TRAILING_FOOTNOTE = new RegExp(`[\\s\\u3000]*${FOOTNOTE_MARK}$`);

/** Words after the quotes that make a region's own line a slogan rather than a programme. */
const SLOGAN_AFTER = startsWith('sloganAfter');

/** A numbered bundle: 三个一批, 两不一欠, 四好农村路, 双减, 五个坚持、三个责任. */
const NUMBERED =
  /^([一二三四五六七八九十两双百千万]+(个|大|条|项|化|不|好|下|零|风|全|办|区|敢|减|约|必|改|线|单|网|件|篇|类|创|有|无|治)|[一二三四五六七八九十两双][^一二三四五六七八九十两双]{1,3}[一二三四五六七八九十两双])/;
/** Nouns of a region's own numbered structures (六大基地, 四条全产业链, 三大中心, 四大板块). */
const LOCAL_STRUCTURE = /(基地|产业链|平台|中心|板块|集群|园区|片区|组团|走廊|高地)$/;
const ALL_NUMERALS = /^[一二三四五六七八九十百千万两\d.]+$/;
/**
 * A region's own spatial layout, two numbered parts or more: 两城三区四基地, 一园六区, 一核两翼三带, and the
 * places it means to be, counted (一枢纽两中心三基地, 三高地三示范区, 一地一市).
 */
const LAYOUT_PART =
  '[一二三四五六七八九十两双多](?:城|区|带|核|翼|园|圈|廊|轴|心|极|片|基地|中心|组团|板块|枢纽|高地|示范区|先行区|地|市)';
const LAYOUT = new RegExp(`^(?:${LAYOUT_PART}){2,}$`);

export interface QuoteContext {
  inner: string;
  /** Quotes inside a glossary definition are mostly citations; they need stronger evidence. */
  inDefinition?: boolean;
  /** The words before the quote (or the run of quotes it belongs to), within its clause. */
  before: string;
  /** The words after the quote (or its run). */
  after: string;
  /** Short forms of the issuing region's name (浑源, 稷山) — their presence marks a slogan. */
  regionNames: readonly string[];
  /** The issuing region's level: decides whether 市委 is a higher level or the region itself. */
  issuerLevel?: RegionLevel;
  /** The last character of the issuing region's name (县, 市, 区, 旗, 州): the kind 全区 or 全市 speaks for. */
  issuerKind?: string;
  /** The issuing region's province (山西省): another province's short labels mean other things. */
  province?: string;
  /** Short forms of the regions above the issuer (赣州, 江西): a line named after one is theirs. */
  higherNames?: readonly string[];
  /** In a glossary entry, the term it defines (三区三线 in 三区三线：“三区”指…). */
  defined?: string;
}

/** Words of Han script, letters or digits, one or more (the words after the quotes in a spelling). */
const WORDS_AFTER = /^[\u4e00-\u9fffA-Za-z0-9]+$/;

/**
 * Words after the quotes that name a campaign, a method or a directive from above — a
 * programme whatever its form: “三拼三促”抓落实活动, “三比一看”竞赛, “六个高质量”工作要求.
 */
const PROGRAMME_AFTER = new RegExp(`^[\u4e00-\u9fa5]{0,4}?(?:${alternation('programmeAfter')})`);
/**
 * A mechanism's or campaign's word right after the quotes (“红黑榜”制度, “领头雁”工程), a mechanism's
 * after what it does too (“红黑榜”考核制度, “一张图”管理机制).
 */
const MECHANISM_AFTER = /^(?:[\u4e00-\u9fa5]{0,2}?(?:制度|机制)|工程|行动|计划|活动|工作法|模式|改革|试点)/;
/** A brand (“稷刻办”政务服务品牌) is a region's own, whatever comes before 品牌. */
const BRAND_AFTER = /^[\u4e00-\u9fa5]{0,6}?品牌/;
/** A brand of the government's service or of its place (…政务服务品牌, …区域公用品牌), not of a product. */
const GOVERNMENT_BRAND = /^[\u4e00-\u9fa5]{0,6}?(?:服务|政务|公用|区域|城市|营商)品牌/;
/** A product the quotes name a brand of (“宁脆”苹果, “富硒”茶叶): a farm or food product right after them. */
const PRODUCT_AFTER = startsWith('brandProducts');

/** Positionings: what a region sets out to become (…之城, …名县, …高地, …增长极, …样板). */
const POSITIONING = endsWith('positioningHeads');
/** A region's own strategy or line by its last word (“四创战略”, “四张名片”). */
const SLOGAN_HEAD = endsWith('sloganHeads');
/** The region's own plan named by a number and its noun (“45797”工作任务, “2+1+N”产业体系). */
const NUMBERED_PLAN_HEAD = endsWith('numberedPlanHeads');

/**
 * A region's own numbered work line: 三大战略, 两城四区, 六增六强, 四个展示窗口, 七区联动 — a
 * numeral and a few words. Methods of the form 一X一Y (一企一策, 一村一品) are programmes.
 */
const OWN_NUMBERED = /^[一二三四五六七八九十两双][^一二三四五六七八九十两双]/;
const METHOD = /^一[^一]{1,3}一[^一]{1,3}$/;
/**
 * A bundle of counted acts (“三比一看”, “五抓五提升”, “两图两库”, “双招双引”) — a campaign's or a method's form, a
 * programme unless the sentence gives it to the region: two counts, each of a word of one to three characters
 * (the first of two at most), neither a place nor a time (counted places, “两城四区”, “一区五园”, are a layout;
 * a count of years or steps, “五年三步走”, a plan); or three to five counts, each of a word jieba's dictionary
 * reads as an act or a state to reach (“五促一保一防一控”, “两扫一测一登记一戴”, 稳 a state), not counted things
 * (“一表一单一图一机制”, “两册一书一卡”).
 */
const COUNT_AND_WORD = /[一二三四五六七八九十两双]([^一二三四五六七八九十两双个大]{1,3})/gy;
const PLACE_OR_TIME = /[区城园带核翼圈廊轴心极片部县市镇乡村地港湾岸山河湖年步]/;
const ACT_TAGS = new Set(['v', 'vn', 'a']);
function countedActs(core: string): boolean {
  const words: string[] = [];
  let at = 0;
  for (const p of allMatches(COUNT_AND_WORD, core)) {
    words.push(p[1]!);
    at = p.index + p[0].length;
  }
  if (at !== core.length || words.length < 2 || words.length > 5) return false;
  if (words.length === 2) return words[0]!.length <= 2 && !words.some((w) => PLACE_OR_TIME.test(w));
  return words.every((w) => {
    const t = tagWords(w);
    return t.length === 1 && ACT_TAGS.has(t[0]!.tag);
  });
}
/**
 * Cities' titles sought together, counted (四城联创, “五城同创”, 三城共创): a city campaigns for several
 * national titles at once (文明城市, 卫生城市, 园林城市, 森林城市 …) and names the campaign by their count;
 * a programme, quoted or not (patterns.ts finds it unquoted).
 */
export const CITIES_CREATED_FORM = '[二两三四五六七八九]城(?:联创|同创|共创)';
const CITIES_CREATED = new RegExp(`^${CITIES_CREATED_FORM}$`);
/**
 * Great tasks counted (“三件大事”, “两件大事”, “一件事”): the tasks a higher level sets a region (the centre's
 * 疫情要防住、经济要稳住、发展要安全 of 2022, a province's two or four great tasks; 高效办成一件事), a
 * programme unless the sentence gives them to the region.
 */
const ASSIGNED_TASKS = /^[一二三四五六七八九十两]件大?事$/;
/**
 * What is asked of the region (按照“三个走在前列”的要求, 落实“四个不摘”要求, “两个更好”重大要求): a numbered
 * line before 要求 is a level above's directive, a programme unless the sentence gives it to the region.
 */
const ASKED_AFTER = /^的?(?:重要|重大|总|新)?要求/;

/**
 * Campaigns counted by their generic word alone (“八大行动”, “十项行动计划”, “四个年”活动, 十三大巩固提升
 * 工程, 六大攻坚战): named campaigns, so programmes, as the annotation guide has them, whoever's they are.
 * What they hold is the issuer's own list, so two provinces' 八大行动 are not one shared programme
 * (resolution keeps one entity per province: resolve's byProvince). A count of ones (五个一工程) or of
 * hundreds (双百行动) names a method, not a list, and is left to the other rules.
 */
export const COUNTED_CAMPAIGNS =
  /^[一二三四五六七八九十两]{1,3}[大个项][^\d一二三四五六七八九十两双百千万]{0,4}?(?:行动计划|专项行动|行动|工程|攻坚战|攻坚|会战|战役|年)$/;

/**
 * Bottom lines or red lines counted (“三条底线”, 两条红线): limits a level above sets the region (Guizhou's
 * 守好发展和生态两条底线), a programme whoever's words name them; patterns.ts finds them unquoted after a verb
 * that holds to them.
 */
export const COUNTED_LIMITS_FORM = '[两二三四五六七八九十]条(?:底线|红线)';
const COUNTED_LIMITS = new RegExp(`^${COUNTED_LIMITS_FORM}$`);

/** Nouns after a quoted number that make it a work line (“1310”具体部署, “12345”发展思路). */
const WORK_LINE_AFTER = /^的?(?:[\u4e00-\u9fa5]{0,2}?)(?:思路|部署|战略|目标|举措|格局|布局|要求)/;

/** Words after the quotes (or their run) that call them titles won (…等称号) or a state described (…的良好态势). */
const TITLES_AFTER = /^(?:荣誉)?称号/;
const STATE_AFTER = /^的?(?:良好|强劲|稳定|积极|较好)?(?:发展)?(?:态势|势头|趋势)/;
/** Words after the quotes that make them a trial the region went through (“双重”考验, “三重”压力, “三重”冲击). */
const TRIAL_AFTER = /^的?(?:考验|冲击|挑战|压力)/;

/**
 * Words after the quotes that call them the region's goal, positioning, strategic course, mission or theme
 * (not a 主题教育 or 主题活动): 锚定“建设…示范区、打造…样板市”使命任务, 赋予我们“…走在…前列”的重大使命.
 */
export const GOAL_AFTER =
  /^(?:奋斗目标|蓝图目标|发展目标|目标定位|战略定位|发展定位|战略方向|目标|定位|为(?:奋斗|发展)?目标|的?(?:重大|光荣|历史|时代)?使命|主题(?!教育|活动|实践|党日|宣传|[月日年周]|公园))/;

/** Verbs that start the words after a quote rather than name what the quote is. */
const VERB_START = new RegExp(`^(?:${alternation('leadWords')}|${alternation('buildingVerbs')})`);

/** Verbs that introduce a positioning inside its quotes (“打造全省…增长极”): not part of the name. */
const LEADING_VERB = startsWith('quotedPositioningVerbs');

/** Verbs and adverbs before a quoted rank name (深入实施招商引资“一号工程”): the name starts after them. */
const LEAD = new RegExp(`^(.*(?:${alternation('rankLeadWords')}))`);

/** The words before a rank name, its lead verb and quote marks dropped. */
function rankWork(before: string): string {
  return before
    .replace(LEAD, '')
    .replace(/[“”‘’"]/g, '')
    .replace(/^[^\u4e00-\u9fa5]+/, '');
}

/** A set of articles, “二十条”, “18条”, or of movements, 旅游革命“三部曲”: named by the work before it. */
const ARTICLES = /^[一二三四五六七八九十百\d]+(?:条|部曲)$/;

/**
 * The work a set of articles is named by: the last item of the words before it (after 和, 、 or an
 * earlier quote), its lead verb dropped, two to ten characters, or 新 alone (新“十条”).
 */
function workBefore(before: string): string | undefined {
  const last = before.split(/[和与及、”]/).pop() ?? '';
  const work = rankWork(last);
  if (!((work.length >= 2 && work.length <= 10) || work === '新')) return undefined;
  // (a verb is what is done with the set, 谱写“三部曲”, not the work it is of; a verb and its object, 稳增长 or
  // 保就业, is the work)
  const words = tagWords(work);
  return words.length === 1 && words[0]!.tag === 'v' ? undefined : work;
}

/**
 * Beats set apart by spaces (“早餐会 下午茶 夜沙龙”) are written with 、 in the name; a space that cuts
 * a word (促高质量发 展, a line broken on the page) or stands beside punctuation (小单元作战、 网格化管控)
 * is dropped.
 */
function spacedBeats(inner: string): string {
  const text = inner.replace(/[\s\u3000]*([、，,+＋·])[\s\u3000]*/g, '$1');
  const parts = text.split(/(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])/);
  if (parts.length === 1) return text;
  // a beat is two characters or more of its own (the last clause of the part before it, and the part)
  const beats = parts.every((p) => (p.split(/[、，,]/).at(-1)?.length ?? 0) >= 2 && p.split(/[、，,]/)[0]!.length >= 2);
  return parts.join(beats ? '、' : '');
}

/** “5 1” for “5+1”: a plus sign lost to form encoding on the page that was scraped. */
function restorePlus(core: string): string {
  return /^\d+(?: ?\d+| ?[A-Za-z])+$/.test(core) && core.includes(' ') ? core.replace(/ /g, '+') : core;
}

// 让“头回客”变成“回头客”, 把…当成“心上事”, 重点从“保供给”转到“提品质”: a state or a focus the sentence turns
// one thing into, or treats it as
const TURNS_INTO = '变成|变为|转变为|转化为|转为|转到|转向';
const TURNS_INTO_AFTER = new RegExp(`^(?:${TURNS_INTO})`);
const TURNS_INTO_BEFORE = new RegExp(`(?:${TURNS_INTO}|当成|当作|视为|视作|看作)[^，。；、“”]{0,10}$`);

// (a project system or list, “1+N”项目体系, is a line of work); a facility, a train, a ship or a satellite
// named in quotes (“鲲华”大科学装置, “长风”号, not a call or a bugle: 响应“…”号召, 吹响“…”号角) is one too
const PROJECT_AFTER =
  /^(?:项目(?![^，。；、]{0,4}?(?:机制|体系|库|清单|包|群|化|制|管理|年|攻坚))|(?:大)?科学装置|号(?![召角令]))/;

// 在贺词中提到“…”: words someone said
const SAID_BEFORE = /(?:提到|谈到|讲到|说起|称赞|点赞|赞誉)$/;
// 实现“双清零”, 迎来“开门红”。: a state reached, with nothing after it that names it a programme
const REACHED_BEFORE = /(?:实现|达到|迎来)[^，。；、“”]{0,8}$/;
const COUNTED_LINE = /^[一二三四五六七八九十两]+[个大项条]/;
/**
 * How a reform of government services has matters handled (“一证通办”, “书证合办”, “一件事一次办”) or
 * counted papers merged (“二书合一”, “多规合一”; 知行合一 merges no papers): a method of work that is
 * carried out, named as such even when the report says it was reached.
 */
const SERVICE_REFORM =
  /(?:通办|合办|联办|网办|一次办|马上办|就近办|掌上办|帮办|代办)$|^[一二两三四五六七八九十多][^一二三四五六七八九十两多]{1,2}合一$/;
/** A level or province before a programme's name (“山西省乡村振兴示范村”, “省级专业镇”) is not part of it. */
const LEVEL_PREFIX = new RegExp(`^(国家级|省级|市级|县级|全国|(?:${PROVINCES.join('|')})(?:省|市|自治区)?(?!委|政府))`);

export function classifyQuoted(ctx: QuoteContext): Classified | null {
  const c = classifyCore(ctx);
  if (c) return c;
  const inner = ctx.inner.trim();
  // “五大”发展战略, “六大”行动: a count alone in the quotes is named with the bundle's noun after them
  const bundle = BARE_COUNT.test(inner) ? BUNDLE_NOUN_AFTER.exec(ctx.after)?.[0] : undefined;
  if (bundle) return classifyCore({ ...ctx, inner: inner + bundle, after: ctx.after.slice(bundle.length) });
  // 践行七个“坚定不移”: a count before a quote that alone is a plain word or a word of emphasis makes the
  // counted set a name, the quote the word each item holds (第二个“十年” counts no set, 一个 is no count; a
  // quote that names something alone keeps its name, and one rejected for what it says, a ranking won
  // six times, stays rejected)
  const count = COUNT_BEFORE.exec(ctx.before);
  if (!count || !(RHETORIC.has(inner) || plainWord(inner))) return null;
  // (a set asked for or carried out, not things counted: 鼓起两个“口袋” is a figure)
  const before = ctx.before.slice(0, count.index);
  const after = ctx.after.replace(/^[\s\u3000]+/, '').replace(LEADING_FOOTNOTE, '');
  if (!REQUIRED_AFTER.test(after) && !CARRIED_OUT_BEFORE.test(before)) return null;
  // (a set of requirements is asked of the region by a level above it: a programme here)
  const set = classifyCore({ ...ctx, inner: count[1] + inner, before });
  return set && { ...set, type: 'programme' };
}

/** A count in words and a word that ranks what it counts, before the noun after quotes (三大|战略, 四张|产业名片, 总|战略). */
const COUNT_THEN_QUALIFIER = new RegExp(`^(?:${COUNT_IN_WORDS})?(?:[总大新](?!体))?`);
/** A count in words and nothing else (“五大”, “三个”). */
const BARE_COUNT = new RegExp(`^${COUNT_IN_WORDS}$`);
/** The noun of a bundle, after a count quoted alone (“五大”发展战略, “三大”行动, “六大”工程). */
const BUNDLE_NOUN_AFTER = /^(?:发展)?(?:战略|行动|工程|攻坚战|攻坚行动)/;

/** What a counted set of requirements is called after its quote (七个“坚定不移”要求). */
const REQUIRED_AFTER = /^的?(?:总?要求|重要要求|精神|重要指示|指示|原则)/;
/** A verb that carries a counted set out, in the clause before its count (践行…和七个“坚定不移”). */
const CARRIED_OUT_BEFORE = /践行|落实|贯彻|坚持|做到|把握|牢记|遵循|坚守/;
/**
 * The kind of place a numbered line makes the region, after its quotes: “四化”现代都市, “四区”首善之地建设
 * (up to three words before it, and the clause or its 建设 ending there).
 */
const PLACE_AFTER = /^[\u4e00-\u9fff]{0,3}?(?:都市|之地|之城|之都|名城|新城|高地)(?=建设|[，。、；,;]|$)/;
/** A zone's word right after a short numbered quote (“两湖”创新区, “两海”示范区): the zone is what it names. */
const ZONE_AFTER = /^(?:示范区|创新区|试验区|实验区|先行区|先导区|合作区|经济区|核心区)/;

/** Parallel beats that each count what they hold (十景、三宴、三剧): a numbered line. */
function countedBeats(clauses: string[]): boolean {
  return clauses.length > 1 && clauses.every((c) => /^[一二三四五六七八九十两百千]+[\u4e00-\u9fff]{1,3}$/.test(c));
}

/** A count of items right before a quote (七个“坚定不移”), not an ordinal (第二个). */
const COUNT_BEFORE = /(?<!第)([两二三四五六七八九]个|十[一二三四五六七八九]?个)$/;

function classifyCore(ctx: QuoteContext): Classified | null {
  const { regionNames, inDefinition, issuerLevel, issuerKind } = ctx;
  const trimmed = spacedBeats(
    restorePlus(ctx.inner.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '').replace(TRAILING_FOOTNOTE, '')),
  );
  const unprefixed = trimmed.replace(LEVEL_PREFIX, '');
  const core = unprefixed.length >= 3 && unprefixed !== trimmed ? unprefixed : trimmed;
  // “六稳”[1]工作, “四个不摘”〔2〕要求: a footnote's mark is not the word after the quotes
  const after = ctx.after.replace(/^[\s\u3000]+/, '').replace(LEADING_FOOTNOTE, '');
  const before = ctx.before.replace(/[\s\u3000]+$/, '');
  if (core.length < 2 || core.length > 40) return null;
  if (/[。！？!?；;：:]/.test(core)) return null;
  // “双一流”靖安建设: the quotes and the region's name after them are the region's own line
  const region = regionNames.find(
    (r) => r.length >= 2 && !core.includes(r) && new RegExp(`^${r}(建设|[，。、,；]|$)`).test(after),
  );
  if (region && !notAName(core)) return { type: 'slogan', name: core + region, aliases: [], canonical: false };
  // 建设“深蓝、零碳、精致、幸福”现代化新荣成: the qualities of the region the report sets out to build are
  // its own line, named by the quotes (a province's line so written, “强富美高”新沛县, is the lexicon's)
  if (
    // (a quality at least, not the name's own first character: “…”新安站 in 新安县's report is no 新 + 安)
    regionNames.some(
      (r) => r.length >= 2 && new RegExp(`^(?:现代化|现代|(?:现代化|现代)?(?:新|美丽|幸福))${r}`).test(after),
    ) &&
    !notAName(core) &&
    !lexicalMatch(core, after, ctx.province)
  )
    return { type: 'slogan', name: core, aliases: [], canonical: false };
  // 获评“国家卫生县城”“全国文明城市”等称号: titles won, not programmes (a pilot, a demonstration or a
  // reform the title names is one: “…碳达峰试点城市”); “稳中有进、进中向好”的良好态势: the economy's state
  // (“A”“B”专项行动, “A”“B”等服务: the word after the last quote of a run names them all)
  const afterRun = afterQuoteRun(after);
  if (STATE_AFTER.test(afterRun) || (TITLES_AFTER.test(afterRun) && !/试点|示范|改革/.test(core))) return null;
  // 是“栉风沐雨、破浪前行”的一年: how a year went names nothing
  if (/^的一年/.test(afterRun)) return null;
  // 经济下行的“双重”考验: a trial gone through names nothing
  if (TRIAL_AFTER.test(afterRun)) return null;
  // 报告分为“2018年工作回顾”和“2019年工作安排”两大部分: the parts of the document are headings, not names
  if (/^(?:[两二三四五六七八九十]|\d)?大?个?部分/.test(afterRun)) return null;
  // 超强台风“摩羯”, 特大暴雨“7·20”: a weather event's name is no programme
  if (/(?:台风|暴雨|寒潮|地震|洪水|洪灾)$/.test(before)) return null;
  // 从“山区库区”迈向…, 由“一枝独秀”向“花开满园”: where the region came from and goes to are states, not names
  // (实现“总体粗放”到“集约集聚”的过渡: a quote that goes to another quote is a state too, without 从)
  if (
    (/[从由]$/.test(before) && /^(?:迈向|走向|转向|跃升|跨越|到|向)/.test(after)) ||
    /[从由]“[^”]{1,20}”(?:迈向|走向|转向|到|向)$/.test(before) ||
    /^(?:迈向|走向|转向|到)“/.test(after) ||
    /”(?:迈向|走向|转向|到)$/.test(before)
  )
    return null;
  // 构建“繁育、育成、育肥、加工、销售”为一体的全产业链: the links a chain joins describe it, they name nothing
  if (/^[为于]一体/.test(after)) return null;
  const suffix = genericAfter(after);
  // “0331”疫情: an outbreak named by its month and day
  if (/^(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(core) && /^(?:疫情|事件|特大)/.test(after)) return null;
  // “三城”联创: the cities counted in the quotes and their joint creation after them are one campaign's name
  const created = core + (/^(?:联创|同创|共创)/.exec(after)?.[0] ?? '');
  if (created !== core && CITIES_CREATED.test(created))
    return { type: 'programme', name: created, aliases: [], canonical: false };
  // “12345”发展思路, “12345”的重大部署: a number that names a work line is not the lexicon's 12345 hotline
  const workLine = /^\d+$/.test(core) && WORK_LINE_AFTER.test(after);
  // (a work line the lexicon knows with its noun is that line: Yunnan's “3815”战略发展目标)
  const spelled = workLine
    ? lexicalMatch(core, after, ctx.province, 1)
    : (lexicalMatch(trimmed, after, ctx.province) ?? lexicalMatch(core, after, ctx.province));
  const lexical = workLine
    ? spelled?.entry
    : (spelled?.entry ??
      runMatch(core, after, ctx.province) ??
      extendedMatch(core, ctx.province) ??
      titleMatch(core, ctx.province) ??
      coreMatch(core, after, ctx.province));
  // 两个确立, 新发展理念: a central political formula is quoted by every report and is no programme
  // (a province's strategy formula, 八八战略 or 三高四新, is its programme); nor is a category (“两新”组织)
  if (lexical && leftOut(lexical)) return null;
  if (lexical)
    return {
      type: 'programme',
      name: lexical.name,
      aliases: [
        ...aliasesOf(core, suffix, lexical.name),
        // (the spelling with the words after the quotes, 两山实践创新基地, as the report writes it; words, not
        // the mark that ends them: “12345”热线。)
        ...(spelled && WORDS_AFTER.test(spelled.spelling.slice(core.length)) && spelled.spelling !== lexical.name
          ? [spelled.spelling]
          : []),
        ...(lexical.traditional ? [lexical.traditional] : []),
      ],
      canonical: true,
      ...(lexical.partOf ? { partOf: lexical.partOf } : {}),
    };
  // 优化防控工作“二十条”, 新“十条”, 稳经济“18条”: a set of articles is named by the work before it; its
  // count alone names nothing
  if (ARTICLES.test(core)) {
    const work = workBefore(before);
    return work ? { type: 'programme', name: work + core, aliases: [core], canonical: false } : null;
  }
  // (“红黑榜”制度, “领头雁”工程: a word of the dictionary names the mechanism or campaign after it, and
  // “回家”服务品牌 the government's brand)
  if (notAName(core, MECHANISM_AFTER.test(after) || GOVERNMENT_BRAND.test(after))) return null;
  // “京长合智慧医疗”项目, “三大中心”项目: a project's name, not a programme's or the region's line
  // (a numbered line or a mechanism whose projects these are, “5020”项目, “承诺制”项目116个, “五个一”项目推进
  // 机制, is a programme; a numbered structure, “三大中心”项目, is built as a project)
  if (
    PROJECT_AFTER.test(after) &&
    !PROGRAMME_HEAD.test(core) &&
    (!/^[\d一二三四五六七八九十两双]/.test(core) || LOCAL_STRUCTURE.test(core))
  )
    return null;
  // 让“一次客”变成“回头客”: what the sentence turns one thing into (or treats it as) is a state, numbered or not
  if (TURNS_INTO_AFTER.test(after) || TURNS_INTO_BEFORE.test(before)) return null;
  // whether the quotes bear the region's own name (“平遥事平遥办”, “百名院士稷山行”)
  const ownRegion = regionNames.some((r) => r.length >= 2 && core.includes(r));
  // (a counted line reached, 实现“两个同步提升”, is the line's goal: it keeps its reading; so is a line that bears
  // the region's own name, 实现了“平遥事平遥办”: the region's)
  // (a reform of government services is carried out, whatever verb reports it: tested once, read twice)
  const serviceReform = SERVICE_REFORM.test(core);
  if (
    REACHED_BEFORE.test(before) &&
    CLAUSE_ENDS.test(after) &&
    !COUNTED_LINE.test(core) &&
    !ownRegion &&
    !serviceReform
  )
    return null;
  // 总书记在考察时提到“…”: words someone said, whoever said them
  if (SAID_BEFORE.test(before) && CLAUSE_ENDS.test(after)) return null;
  // 三区三线：“三区”指…: in a glossary entry, a part of the term it defines is explained, not named
  if (ctx.defined && ctx.defined !== core && ctx.defined.includes(core)) return null;
  const body = bodyBefore(before);
  const attributed = attributionBy(body, before, issuerLevel, issuerKind);

  // “1310”具体部署, “258”行动, “5+1”重点特色园区: a numbered work line is named with its noun.
  if (/^[\d×xX+＋NnＮ]+$/.test(core) && /\d/.test(core)) {
    const noun = numberedNoun(after);
    if (!noun && !/[+＋]/.test(core) && core.length < 3) return null;
    return numberedLine(core, noun, attributed, body);
  }
  // “一四六十”工作体系: a line numbered in Chinese numerals is named with its noun like “1461” would be
  if (ALL_NUMERALS.test(core)) {
    // (a longer noun too: “一三三四”高质量发展战略, since the numerals alone name nothing)
    const noun = core.length >= 3 && /^[一二三四五六七八九十两]+$/.test(core) ? numberedNoun(after, 8) : undefined;
    if (noun) return numberedLine(core, noun, attributed, body);
    // “十百千万”工程, “百千万”行动, “五百”工程: a campaign word after the numerals names them (two numerals
    // with a hundred, a thousand or ten thousand: a count's name, not a date's as “十一” may be)
    if ((core.length >= 3 || /[百千万]/.test(core)) && suffix && /(?:工程|行动|计划|活动)$/.test(suffix))
      return { type: 'programme', name: core, aliases: aliasesOf(core, suffix, core), canonical: false };
    return null;
  }
  const clauses = core.split(/[、，,·]/);
  const parallel = clauses.length > 1;
  // a goal the quotes state (“争当…开路先锋”奋斗目标, “…工业强县、…先行区、…新兰陵”蓝图目标) may be longer
  const goal = GOAL_AFTER.test(after);
  // A long quote without parallel clauses is a quoted instruction, not a name.
  // (nor is a positioning up to 24 characters long, “争当…沿海经济带高质量发展排头兵”)
  const longPositioning = core.length <= 24 && POSITIONING.test(core.replace(/建设$/, ''));
  if (core.length > 16 && !parallel && !/[+＋×]/.test(core) && !goal && !longPositioning) return null;
  // Quoted speech: parallel clauses too long to be a slogan's beats.
  if (parallel && clauses.some((c) => c.length > (goal ? 16 : 8))) return null;
  // In a glossary definition only a quote that looks like a name counts (the rest are citations).
  if (inDefinition && !(NUMBERED.test(core) || PROGRAMME_HEAD.test(core) || genericAfter(after))) return null;

  const runSuffix = suffix ?? genericAfter(afterRun);
  // A programme word after the quotes (or their run) makes parallel beats a programme
  // (“绿色减污降碳、能源合同管理、…”四大试点项目) and outweighs the region's name inside them
  // (“百名院士稷山行”“运才兴运”专项行动).
  const brand = BRAND_AFTER.test(afterRun) || PRODUCT_AFTER.test(afterRun);
  // 创建了“A”“B”和“C”品牌, 培育“…”等特色品牌: products' brands, several at once or one of a kind, name
  // no line of the government's (its one brand, a service's or a place's, does: “…”政务服务品牌; and
  // beats that each count, “十景、三宴、三剧”等文旅品牌, are a line the government set, not a product)
  if (
    BRAND_AFTER.test(afterRun) &&
    !GOVERNMENT_BRAND.test(afterRun) &&
    (/^[、和及与]?“/.test(after) || /”[、和及与]?$/.test(before) || /^等/.test(after)) &&
    !ownRegion &&
    !countedBeats(clauses)
  )
    return null;
  // a pilot or demonstration among titles won (获评“…碳达峰试点城市”等称号) is a programme taken part in
  const named =
    !brand &&
    ((runSuffix !== undefined && /(试点|工程|行动|改革|经验|活动|工作法|制度|服务)$/.test(runSuffix)) ||
      PROGRAMME_AFTER.test(afterRun) ||
      TITLES_AFTER.test(afterRun));
  // “六个江西”, “五个赣州”: a numbered line named after a region above the issuer is that region's, a
  // programme here (a positioning that names it, 临汾西山地区教育强县, stays the region's own)
  const higherRegion =
    !ownRegion && OWN_NUMBERED.test(core) && (ctx.higherNames ?? []).some((r) => r.length >= 2 && core.includes(r));
  // 六大基地, 四条全产业链, 三大中心: a region's own numbered structures, not a shared programme
  const ownStructures =
    (/^[一二三四五六七八九十两]+[大条个]/.test(core) && LOCAL_STRUCTURE.test(core)) || LAYOUT.test(core);
  // the region's strategy, line or goal by the word after the quotes (“南征北战、东西互搏”总战略), beats too
  // (“A”“B”“C”三大战略: the run's count before the word)
  const sloganAfter = SLOGAN_AFTER.test(afterRun.replace(COUNT_THEN_QUALIFIER, '')) || GOAL_AFTER.test(afterRun);
  // “市域副中心城市建设”: a positioning with its 建设 inside the quotes
  const positioning = (!parallel && POSITIONING.test(core.replace(/建设$/, ''))) || sloganAfter;
  let slogan: boolean;
  // (a line carried out that bears the region's own name, 落实“六个平遥”, is its own unless a higher
  // body is named: 落实市委“…”)
  const higher = attributed === 'higher' && !(ownRegion && body === undefined);
  const campaigns = COUNTED_CAMPAIGNS.test(core) || (!!runSuffix && COUNTED_CAMPAIGNS.test(core + runSuffix));
  const limits = COUNTED_LIMITS.test(core);
  if (higher || higherRegion || NATIONAL_STRATEGY.test(core) || campaigns || limits || named) slogan = false;
  else if (brand || attributed === 'own' || ownRegion || ownStructures || positioning) slogan = true;
  else if (
    PROGRAMME_HEAD.test(core) ||
    /[+＋×]/.test(core) ||
    METHOD.test(core) ||
    serviceReform ||
    countedActs(core) ||
    ASSIGNED_TASKS.test(core) ||
    CITIES_CREATED.test(core) ||
    (OWN_NUMBERED.test(core) && ASKED_AFTER.test(afterRun))
  )
    slogan = false;
  else if (SLOGAN_HEAD.test(core) || OWN_NUMBERED.test(core) || /是/.test(core)) slogan = true;
  // parallel beats are a method (“控煤、治污、管车、降尘”) unless they position the region
  // (“生态立县、实业富县”, “大干十二年、再造新广州”, “干好一一六、当好排头兵”)
  else {
    // (and beats it holds itself to, nothing higher named: 坚持“向上争取、向外引进”, 以“特色、有机、高端”引领;
    // measures taken together, 坚持“控煤、治污”多措并举, stay a method)
    slogan =
      parallel &&
      (clauses.some((c) => /[县市区城都州]$|[立兴强富]|新/.test(c) || POSITIONING.test(c)) ||
        (HELD_TO.test(before) && !/^(?:多措)?并举/.test(after)));
    // with nothing else to go by, how the sentence uses the quote says it names no programme
    if (!slogan && (figureOfSpeech(core, before, after) || sectorWord(core))) return null;
  }
  let name = core;
  // (a higher level's positioning too: 围绕全市“打造…样板区”目标 names the 样板区)
  if ((slogan || positioning) && !parallel) name = core.replace(LEADING_VERB, '') || core;
  // “四区”发展定位, “五个千亿级”产业集群: the region's line numbered in words is named with its noun too
  // (its structures, “两区三城” or “三大中心”, are named by themselves)
  const lineNoun =
    slogan && !parallel && OWN_NUMBERED.test(core) && !ownStructures && core.length <= 6
      ? (numberedNoun(afterRun) ?? PLACE_AFTER.exec(afterRun)?.[0])
      : undefined;
  // a verb after the quotes (“三同时”建设钢铁产业) starts the sentence's next words, not the line's noun;
  // nor does a line take what is asked of it (“四早”要求, “五个扎实”新要求, “两争一站”工作总要求)
  if (lineNoun && !VERB_START.test(lineNoun) && !/(?:要求|任务)$/.test(lineNoun)) name = core + lineNoun;
  // (a zone numbered by what it joins, “两湖”创新区 or “两海”示范区, is named with its word whoever's it is:
  // the count alone, 两湖, would link every region's two lakes)
  const zone =
    !lineNoun && !parallel && OWN_NUMBERED.test(core) && core.length <= 4 && !ownStructures
      ? ZONE_AFTER.exec(after)?.[0]
      : undefined;
  if (zone) name = core + zone;
  // 招商引资“一号工程”: a rank name is named by the work before it
  const rank = /^(一号|头号)/.test(core);
  if (rank) {
    // 全面落实“地瓜经济”提能升级“一号开放工程”: the work names an earlier quoted term, quotes dropped
    const work = rankWork(before);
    // 以三个“一号工程”为总牵引: a count before them counts the rank names (a preposition before it is no work)
    const count = /^[以在于把将对向为]?([一二三四五六七八九十两]个)$/.exec(work)?.[1];
    if (count) name = count + core;
    // 在全省“一号改革工程”: a level where the rank stands is no work
    else if (
      work.length >= 2 &&
      work.length <= 10 &&
      !/^[在于]?(?:全国|全省|全市|全县|全区|省级|市级|县级)$/.test(work)
    )
      name = work + core;
  }
  // (a rank alone, 一号工程, is every region’s first work, and a zone’s count alone, 两湖, every region’s
  // two lakes: not names that link one work to another’s)
  const bareCore = (a: string) => (rank || zone !== undefined) && a === core && name !== core;
  return {
    type: slogan ? 'slogan' : 'programme',
    name,
    aliases: [...aliasesOf(core, suffix, name).filter((a) => !bareCore(a)), ...(trimmed !== core ? [trimmed] : [])],
    canonical: false,
  };
}

/** A public service's number (12315, 12345, 12348: the 12xxx numbers set aside for government hotlines). */
const SERVICE_NUMBER = /^12\d{3}$/;

/**
 * A numbered work line named with its noun (“1310”具体部署): the region's own slogan when the
 * sentence gives it to the region or the noun is a strategy's (…战略, …思路), else a programme. A
 * number with no noun that no one above is given (全力冲刺“181”) is the region's own line too, unless
 * it joins parts (“3+5”, a package's shape several places share) or is a public service's number.
 * A verb of carrying out alone (遵循落实“2231”工作思路) gives a strategy's line to no one above: a
 * report names the body whose line it carries out when that body is above it (落实市委“1312”思路举措).
 */
function numberedLine(
  core: string,
  noun: string | undefined,
  attributed: 'higher' | 'own' | undefined,
  body: string | undefined,
): Classified {
  const ownNumber = noun === undefined && attributed !== 'higher' && !/[+＋]/.test(core) && !SERVICE_NUMBER.test(core);
  const ownHead = SLOGAN_HEAD.test(noun ?? '') || NUMBERED_PLAN_HEAD.test(noun ?? '') || ownNumber;
  const slogan = attributed === 'own' || (ownHead && (attributed !== 'higher' || body === undefined));
  return {
    type: slogan ? 'slogan' : 'programme',
    name: core + (noun ?? ''),
    // (a region's own line keeps its noun: the digits alone would link another region's “12345”)
    aliases: noun && !slogan ? [core] : [],
    canonical: false,
  };
}

/** What ends the noun of a numbered line (“1310”具体部署, “258”行动, “四个一”工作体系). */
const LINE_HEADS =
  '具体部署|工作部署|思路举措|发展战略|发展策略|发展思路|工作思路|战略目标|目标体系|体系|战略|策略|思路|举措|部署|行动|工程|项目|计划|目标|定位|格局|布局|模式|平台|机制|政策|园区|产业|要求|任务|方略|路径|工作法';
/** A run up to its last line head. */
const UP_TO_HEAD = new RegExp(`^.*(?:${LINE_HEADS})`);
/** A noun that ends in what is asked of it after another head (发展目标要求): the part before. */
const ASKED_OF = new RegExp(`^(.*(?:${LINE_HEADS}))(?:要求|任务)$`);

/** The noun after a quoted number (“1310”具体部署 -> 具体部署): up to a function word or punctuation. */
export function numberedNoun(after: string, maxLength = 6): string | undefined {
  // “12345”的重大部署: the noun after 的
  const run = after.replace(/^的/, '').match(/^[\u4e00-\u9fa5]{1,8}/)?.[0];
  if (!run) return undefined;
  const cut = run.split(/[和及与的为是在把将并、]/)[0]!;
  // the noun ends at the last name head inside it (“5020”项目百泰科技 -> 项目)
  const head = UP_TO_HEAD.exec(cut)?.[0];
  // “5334”发展目标要求: what is asked of the line's noun (按照…要求, 落实…任务) is the sentence's, not its name
  const asked = head === undefined ? undefined : ASKED_OF.exec(head)?.[1];
  const noun = asked ?? head;
  return noun && noun.length <= maxLength ? noun : undefined;
}

function aliasesOf(core: string, suffix: string | undefined, name: string): string[] {
  const out = new Set<string>();
  if (core !== name) out.add(core);
  // “X”改革 is also known as X改革 — an alias that links unquoted spellings elsewhere.
  if (suffix) suffix = suffix.replace(/^[一二三四五六七八九十两双]?[个大项]?/, '');
  if (suffix && !/^(工作|建设|问题|要求|部署|创建|服务|体系|平台|目标|格局|思路|精神)$/.test(suffix))
    out.add(core + suffix);
  out.delete(name);
  return [...out];
}
