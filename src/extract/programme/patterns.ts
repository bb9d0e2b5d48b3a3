// Recognizer: unquoted programme names by their form — X长制, …提升行动, …制度改革, …试点,
// …示范区/示范县 — with the left edge found on jieba's words (the verb that introduces the
// name is not part of it: 深入推进|农村人居环境整治提升行动).
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import { COUNT_IN_WORDS, leftEdge } from '../left-edge.js';
import { lookupProgramme } from './lexicon.js';
import { CITIES_CREATED_FORM, COUNTED_LIMITS_FORM, FOOTNOTE_MARK } from './classify.js';
import { genericAfter, HELD_TITLE } from './quote-lexicon.js';
import { alternation } from '../../lexicon/rules.js';
import { allMatches } from '../../text/matches.js';

/** Words that make what follows them work on a matter, not a named campaign (问题专项行动, 工作机制). */
const COMPLAINT = /^(问题|工作|有关|相关|各项|各类)/;
/** The quoted term right before a name's words, a footnote's mark perhaps after it (“两山”, “三区”[1]). */
const QUOTED_BEFORE = new RegExp(`“([^“”]{1,10})”(?:${FOOTNOTE_MARK})?$`);
const FOOTNOTE = new RegExp(FOOTNOTE_MARK, 'g');
/** The years a campaign runs, before its generic word (三年|行动计划). */
const SPAN = /^[一二三四五六七八九十两]年/;

/**
 * The chief systems, a named official answerable for each river, forest, field, road, street or bay
 * (河长制 and 湖长制 by the central government's opinions of 2016 and 2018, 林长制 2021, 田长制,
 * 路长制, 链长制 for industrial chains, 街长制 and 巷长制 for streets, 湾长制 for bays, piloted by the
 * State Oceanic Administration in 2017). A list, not any character before 长制: 家长制 is not one.
 */
const CHIEF = /(河湖|街巷|河|湖|林|田|路|链|山|楼|园|街|巷|湾)长制/g;

/**
 * A numbered bundle named unquoted: 十大工程扎实推进, 六大攻坚战项目, 实施九大冲刺行动, 三大保卫战 (its count, 大,
 * up to three words of what it bundles and its head; not a count inside a longer number, 二十大 of
 * 党的二十大). Whoever's they are: one region's bundle is kept apart from another province's in
 * resolution (classify.ts's COUNTED_CAMPAIGNS).
 */
const BUNDLE =
  /(?<![一二三四五六七八九十百千万\d])[一二三四五六七八九十]大[\u4e00-\u9fff]{0,3}?(?:工程|行动|攻坚战|保卫战|战役)/g;

/** Cities' titles sought together, counted, unquoted (四城联创: classify.ts's form); not inside a longer number. */
const CITIES_CREATED = new RegExp(`(?<![一二三四五六七八九十百\\d])${CITIES_CREATED_FORM}`, 'g');

/**
 * Great tasks counted, unquoted (办好两件大事, 统筹抓好三件大事): the tasks a higher level sets a region,
 * as quoted they are (classify.ts); not a count inside a longer number (十三件大事 is no 三件大事).
 */
const GREAT_TASKS = /(?<![一二三四五六七八九十百\d])[一二三四五六七八九十两]件大事/g;

/**
 * Campaign years counted, unquoted, before the 活动 or 行动 that runs them (开展“…提升年”“…攻坚年”三个年活动,
 * 深入开展两个年行动): the bundle of a year's campaigns, as quoted it is (“三个年”); 三个年 is no span of time
 * (that is 三年). Not a count inside a longer number.
 */
const COUNTED_YEARS = /(?<![一二三四五六七八九十百\d])[二两三四五六七八九十]个年(?=活动|行动)/g;

/**
 * A year of a campaign, named with the work it drives (开展经营主体深化年活动, 深入开展项目建设攻坚年行动,
 * 实施经济提质年活动): provinces and cities name each year's campaign so, and its name ends at 年 before 活动
 * or 行动, before the verb that carries it out (…制度执行年扎实开展), or before the next such year in a list
 * of them (党建深化年、干部实干年、…).
 */
const YEAR_WORK = '(?:提升|深化|攻坚|突破|推进|增效|落实|优化|创新|建设|效能|质量|提质|提效|实干|执行|落地)年';
const CAMPAIGN_YEAR = new RegExp(
  `${YEAR_WORK}(?=活动|行动|(?:扎实|深入|全面|持续)开展|、[\\u4e00-\\u9fff]{2,8}?${YEAR_WORK})`,
  'g',
);

/**
 * A pilot the region was admitted to (获批|全国…试点县, 纳入财政部|…化解试点), started or took on (启动|…试点,
 * 承担|…试点任务): the words before 试点 name a pilot several regions share, when such a verb and at most its
 * level or the ministry that runs it stand before them. Without one (推进…试点工作) the words are work, not a name.
 */
const PILOT_HEAD = /试点/g;
const TRAILING_LEVEL = /(?:国家级?|全国|省级?|全省|市级)$/;
/** A level and nothing else (全国, 省级): where a title is held, not what for. */
const LEVEL_ONLY = /^(?:国家级?|全国|省级?|全省|市级?|全市|县级?|全县)$/;
/** What may stand between the verb and the pilot's name: its level, its batch, the ministry that runs it. */
const PILOT_LEVEL = [
  '国家级?',
  '全国',
  '全省',
  '全区',
  '省级?',
  '自治区',
  '市级',
  '首批',
  '第[一二三四五六七八九十]+批',
  '唯一',
  '首个',
  '(?:国家)?(?:财政部|农业农村部|商务部|工业和信息化部|工信部|科技部|教育部|民政部|自然资源部|生态环境部|住房和城乡建设部|住建部|交通运输部|水利部|文化和旅游部|人力资源和社会保障部|应急管理部|国家发展改革委|国家发改委|发改委|国家卫生健康委|国务院)',
  '的',
].join('|');
const DESIGNATED = new RegExp(
  `(?:获批|入选|列入|列为|纳入|成为|确定为|认定为|批准为|评为|创成|启动|承担)(?:为|了)?(?:${PILOT_LEVEL})*`,
  'g',
);

/**
 * A pair of East-West cooperation (东西部协作), named by the two provinces' short names: an eastern
 * province or city that helps (京 沪 津 苏 浙 闽 鲁 粤) and a western one it is paired with (蒙 甘 滇 陕
 * 川 宁 渝 桂 黔 青), as the State Council's pairings of 2016 and 2021 set them (苏陕协作, 沪滇扶贫协作,
 * 粤桂协作); the name drops 扶贫 (帮扶, 劳务), so a report of either year links to the same pair, and a pair's
 * help named alone (苏陕帮扶2亿元) is the pair's. (京津冀 is no pair: 冀 is not among the western ones;
 * Tibet's and Xinjiang's help is 对口支援, not 协作.)
 */
const EAST_WEST = /([京沪津苏浙闽鲁粤])([蒙甘滇陕川宁渝桂黔青])(?:(?:扶贫|帮扶|劳务)?协作|帮扶)/g;

/** Bottom or red lines counted, unquoted, right after a verb that holds to them (守住|三条底线: classify.ts's form). */
const LIMITS = new RegExp(`(?<=${alternation('limitVerbs')})${COUNTED_LIMITS_FORM}`, 'g');

/** The forms above that name a programme alone, wherever they stand (田长制, 十大工程, 两件大事, 三个年, 四城联创). */
const NAME_FORMS = [CHIEF, BUNDLE, GREAT_TASKS, COUNTED_YEARS, CITIES_CREATED];

/** The forms whose match is the programme's name as written: those, and counted limits after their verb (三条底线). */
const NAMED_AS_WRITTEN = [...NAME_FORMS, LIMITS];

/**
 * A name that starts with one of the forms that stand alone, then the years it runs and a generic word
 * (十大工程三年行动计划, 河长制三年行动): the form is the name, as a quote before the same words is (the guide drops
 * the generic word outside a name).
 */
const WRITTEN_START = new RegExp(`^(?:${NAME_FORMS.map((r) => r.source).join('|')})`);

/** Name endings that mark a programme; the words before them up to the verb form the name. */
const HEADS = new RegExp(alternation('patternHeads'), 'g');

/**
 * Words that introduce a name and are trimmed from its left edge; the government whose numbered
 * bundle it is (政府|十大工程三年行动计划; 政府购买服务改革 keeps its 政府).
 */
const LEAD = new RegExp(`^(?:${alternation('leadWords')}|县(?!域)|市(?!域|场)|政府(?=${COUNT_IN_WORDS}))+`);

/** A number and its counter right after a name's head (…试点5项, …示范县2个): the kind is counted. */
const COUNTED_AFTER = /^(?:\d+|[一二三四五六七八九十两]{1,3})(?:余|多)?[项个家处批]/;
/** A count right before a name's first character, its measure word that character or before it (12项|…, 3个|省…). */
const COUNTED_BEFORE = /(?:\d|[一二三四五六七八九十两百])(?:余|多)?[项个家处批].?$/;
/** A count and a level at a name's start (五项省级以上改革试点): a kind counted. */
const COUNTED_LEVEL = /^(?:\d+|[一二三四五六七八九十两百]{1,3})(?:余|多)?[项个家处批](?:国家|国|省|市|县|全国)/;

/** A level's designation at the start of a name (国家产城融合示范区, 省级…示范区). */
const LEVEL_START = /^(?:国家|全国|省级|省|市级|自治区级?)/;
/** The heads of a zone a region may be designated or build itself into (…示范区, …先行区, …先导区). */
const ZONE_HEAD = /^(?:示范|先行|先导)区$/;
/** Verbs of building a region into what it means to be, right before a name (加快建设|…, 打造|…, 建成|…). */
const BUILT_INTO = /(?:建设|打造|建成)$/;

export const patternProgrammes: Recognizer = {
  id: 'programme.pattern',
  type: 'programme',
  recognize(ctx: ExtractContext): Mention[] {
    const { report } = ctx;
    const out: Mention[] = [];
    const push = (
      name: string,
      start: number,
      end: number,
      sentence: number,
      type: 'programme' | 'slogan' = 'programme',
      spelled: string[] = [],
    ) => {
      if (ctx.inNoise(start, end)) return;
      const s = report.sentences[sentence]!;
      const entry = lookupProgramme(name, report.region?.province);
      out.push({
        type: entry ? 'programme' : type,
        name: entry?.name ?? name,
        surface: report.text.slice(start, end),
        doc: report.id,
        sentence,
        start,
        end,
        phase: s.phase,
        aliases: [
          ...(entry && entry.name !== name ? [name] : []),
          ...spelled.filter((a) => a !== (entry?.name ?? name)),
        ],
        ...(entry ? { canonical: true } : {}),
        ...(entry?.partOf ? { partOf: entry.partOf } : {}),
      });
    };
    for (const s of report.sentences) {
      // the forms whose match is the name as written
      for (const form of NAMED_AS_WRITTEN)
        for (const m of allMatches(form, s.text))
          push(m[0], s.start + m.index, s.start + m.index + m[0].length, s.index);
      // (a pair the lexicon knows, 闽宁协作, takes its name from there)
      // (as written, 京蒙扶贫协作, it is an alias)
      for (const m of allMatches(EAST_WEST, s.text))
        push(`${m[1]}${m[2]}协作`, s.start + m.index, s.start + m.index + m[0].length, s.index, 'programme', [m[0]]);
      // search() ignores lastIndex; test() on a /g regex would leave it moved for the next test()
      const years = s.text.search(CAMPAIGN_YEAR) >= 0;
      const pilots = s.text.includes('试点');
      if (!years && !pilots && s.text.search(HEADS) < 0) continue;
      const tokens = ctx.tokens(s.index);
      if (years)
        for (const m of allMatches(CAMPAIGN_YEAR, s.text)) {
          const end = s.start + m.index + m[0].length;
          const start = leftEdge(tokens, s.start + m.index, end, { maxLength: 14 });
          if (start === undefined) continue;
          const name = report.text.slice(start, end).replace(LEAD, '');
          if (name.length - m[0].length >= 2) push(name, end - name.length, end, s.index);
        }
      if (pilots)
        for (const m of allMatches(PILOT_HEAD, s.text)) {
          const end = s.start + m.index + m[0].length;
          // the name runs from the verb (past its level words) to 试点, within one clause
          const window = s.text.slice(Math.max(0, m.index - 24), m.index);
          const verb = allMatches(DESIGNATED, window).at(-1);
          if (!verb) continue;
          // (its level may stand after the name: 创成…建设国家试点县)
          const inner = window.slice(verb.index + verb[0].length).replace(TRAILING_LEVEL, '');
          // 成为全省发展最快的县和…试点: a clause with words of its own, not a name
          if (!/^[\u4e00-\u9fff]{4,16}$/.test(inner) || /[的和与是在把将为]/.test(inner)) continue;
          const name = inner + m[0];
          // (改革试点 and the lexicon's pilots are named by their own rules)
          if (/(?:改革|年)试点$/.test(name) || /^(问题|工作|有关|相关|各项|各类)/.test(name)) continue;
          const province = report.region?.province;
          if (lookupProgramme(name, province) || lookupProgramme(inner, province)) continue;
          push(name, end - name.length, end, s.index);
        }
      for (const m of allMatches(HEADS, s.text)) {
        const headStart = s.start + m.index;
        const end = headStart + m[0].length;
        let start = leftEdge(tokens, headStart, end, { maxLength: 20, counts: true });
        if (start === undefined) continue;
        // in a document's title (《…三年行动方案》) the name is the title's words, or nothing: a piece
        // cut out of a longer title (…都市圈|战略三年行动) names no programme
        const title = titleStart(s.text, headStart - s.start);
        if (
          title !== undefined &&
          start > s.start + title &&
          report.text.slice(s.start + title, start).replace(TITLE_LEAD, '') !== ''
        )
          continue;
        // “两山”实践创新示范区: the quoted term right before the words is the name's start (quotes dropped)
        // (a programme the lexicon knows, “千万工程”示范村, is the quoted recognizer's: its name stays its own)
        // (a footnote's mark may stand between, “三区”[1]管理体制改革: the name leaves it out)
        const before = report.text.slice(Math.max(s.start, start - 16), start).match(QUOTED_BEFORE);
        const known = before ? lookupProgramme(before[1]!, report.region?.province) : undefined;
        // (but a programme quoted before words of its own and the head is the longer name's start:
        // “两山”实践创新示范区, where “千万工程”示范村 and “两不一欠”问题专项行动 are the programme's)
        // (nor does a generic word after the quotes, “利剑斩污”专项行动, also with the years it runs, “五提”三年行动计划,
        // or the title a place holds for the quoted programme, “平安农机”示范县 and “同城通办”改革试点: the quote is
        // the name)
        const rest = report.text.slice(start, end);
        // (a level alone before the head is no words of the name's own: “四好农村路”全国示范县 is the programme's)
        const ownWords =
          rest.length > m[0].length && !COMPLAINT.test(rest) && !LEVEL_ONLY.test(rest.slice(0, -m[0].length));
        const years = rest.replace(SPAN, '');
        // (read only when a quote stands right before the words)
        const namedByQuote = !!before && (genericAfter(years) === years || HELD_TITLE.test(rest));
        const quoted = before && (!known || known.kind === 'formula' || ownWords) && !namedByQuote ? before : null;
        // (the years and the generic word left of the quote's name are none of their own: 三年|攻坚行动)
        if (namedByQuote && years !== rest) continue;
        if (quoted) start -= quoted[0].length;
        const raw = report.text.slice(start, end);
        const name = quoted ? raw.replace(FOOTNOTE, '').replace(/[“”]/g, '') : raw.replace(LEAD, '');
        const nameStart = quoted ? start : end - name.length;
        const written = quoted ? null : WRITTEN_START.exec(name);
        if (written) {
          const tail = name.slice(written[0].length);
          const generic = tail.replace(SPAN, '');
          if (generic !== tail && genericAfter(generic) === generic) continue;
        }
        // 旅游示范村, 精品示范村: a bare category is not a programme's name
        const minHead = /^示范/.test(m[0]) ? 3 : 2;
        // 问题专项行动: a complaint, not a named campaign
        if (COMPLAINT.test(name)) continue;
        // 国家级改革试点5项, 省级…示范县2个: a kind counted, not a name
        if (COUNTED_AFTER.test(report.text.slice(end, end + 8))) continue;
        // 12项国省级改革试点, 3个省级示范村: so is a kind with its count before it
        const countBefore = report.text.slice(Math.max(s.start, nameStart - 6), nameStart);
        if (COUNTED_BEFORE.test(countBefore + name.slice(0, 1)) || COUNTED_LEVEL.test(name)) continue;
        if (name.length - m[0].length < minHead || name.length > 18) continue;
        // 实施…农文旅融合发展示范区项目: a zone built as a project is the project's name, not a programme
        if (
          /^示范[区村县]$/.test(m[0]) &&
          report.text.startsWith('项目', end) &&
          !lookupProgramme(name, report.region?.province)
        )
          continue;
        const province = report.region?.province;
        // 巩固省级全域旅游示范区创建: the drive to be designated what the lexicon names is that programme
        if (m[0].endsWith('创建')) {
          const zone = name.slice(0, -2);
          const known = lookupProgramme(zone, province) ? zone : lexiconSuffix(zone, province);
          if (known) {
            push(known, end - 2 - known.length, end - 2, s.index);
            continue;
          }
        }
        // the lexicon knows where its names start (扭住|高质量发展建设共同富裕示范区): its longest spelling
        // that ends the name is the name
        const suffix = lookupProgramme(name, province) ? undefined : lexiconSuffix(name, province);
        // 加快建设绿色低碳发展示范区, 打造…崛起示范区, 建设…先行区: a zone the region builds itself into, no
        // level's designation named, is where it means to go, its own positioning (创建国家…示范区 is a programme)
        const positioning =
          !suffix &&
          ZONE_HEAD.test(m[0]) &&
          !LEVEL_START.test(name) &&
          BUILT_INTO.test(report.text.slice(Math.max(s.start, nameStart - 6), nameStart));
        push(
          suffix ?? name,
          suffix ? end - suffix.length : nameStart,
          end,
          s.index,
          positioning ? 'slogan' : 'programme',
        );
      }
    }
    return out;
  },
};

/** Words a document's title starts with before what it is about (关于, 加快推进, 深入实施 …). */
const TITLE_LEAD = new RegExp(`^(?:关于|${alternation('leadWords')})*`);

/** Where the 《…》 title that holds `at` starts in a sentence's text (after 《), if one does. */
function titleStart(sentence: string, at: number): number | undefined {
  const open = sentence.lastIndexOf('《', at);
  if (open < 0) return undefined;
  const close = sentence.indexOf('》', open);
  return close < 0 || close >= at ? open + 1 : undefined;
}

/** The longest suffix of `name` (three characters or more, shorter than it) that the lexicon knows. */
function lexiconSuffix(name: string, province: string | undefined): string | undefined {
  for (let i = 1; i <= name.length - 3; i++) if (lookupProgramme(name.slice(i), province)) return name.slice(i);
  return undefined;
}
