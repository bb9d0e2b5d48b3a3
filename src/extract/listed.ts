// Recognizers: what a report lists before 等…项目 or 等…企业 — 实施鑫达120万吨焦化、启星铝业轨道客车大型铝合金型材
// 等551个重点产业项目; 引进金岭化工、瑞川机械等一批龙头企业. The list names each project by its owner and
// what it makes or builds, each company by its short name, with no head word (工程, 电站, 有限公司) for the
// suffix recognizers to end it at: the words 等…项目 or 等…企业 after the list say what the items are. An
// item is taken when it names one: a proper name jieba does not know or tags as one, or a capacity
// (120万吨) — not a kind of work (城市管沟, 雨污分流), a trade (塑料加工) or a source of funds (专项债).
import { LIST_NUMBER, PHASE } from './left-edge.js';
import type { ExtractContext, Mention, Recognizer } from './index.js';
import type { Token } from './segment.js';
import type { Sentence } from '../structure/index.js';
import { alternation } from '../lexicon/rules.js';
import { mentionAt } from './mention.js';
import { firstIndex } from '../text/bisect.js';
import { properAt } from './proper-name.js';
import { PROJECT_HEADS, projectAttributes } from './project.js';
import { allMatches } from '../text/matches.js';

/** A count after 等 (551个, 12家, 三条, 一批): how many of the kind the list stands for. */
const COUNT = '(?:[\\d一二三四五六七八九十百两]+(?:余|多)?[个家条]|一批)';
/** 等, a count perhaps, a few words of the kind (重点产业, 龙头, a rank: 世界500强), and the kind's noun. */
const listEnd = (noun: string) => new RegExp(`等${COUNT}?((?:[\\u4e00-\\u9fff]|\\d+(?=强)){0,8}?)(?:${noun})`, 'g');
/** 等 with a count right after it (等12个): a list even of one item. */
const COUNTED = new RegExp(`^等${COUNT}`);
/** Sources of money, not projects (超长期特别国债、专项债等项目, …等上级资金项目). */
const FUNDING = /资金|债|基金|预算|贷款|补助|奖补|资助/;
/** The marks of a clause and the brackets and quotes around words. */
const CLAUSE_MARKS = '，。；：,;:！？!?（）()“”';
/** What ends the stretch a list can stand in: a clause mark or a bracket. */
const CLAUSE_MARK = new RegExp(`[${CLAUSE_MARKS}]`);
/**
 * How far back from its 等 a list is read: about eight items of 24 characters and their marks. A
 * sentence with no mark in so long (a page that lost its punctuation) is read in windows, each list
 * at most once, so its time grows with its length, not with its length times its lists.
 */
const MAX_LIST = 200;
/**
 * Words before the first item that introduce the list (实施, 开工建设, 全年签约, 四是) and an amount
 * (1.68亿元): not its name. (Not 年 alone: 年产6万吨… is the name.)
 */
const LEAD = new RegExp(
  `^(?:${LIST_NUMBER}|其中|全力|全年|今年|去年|成功|新开工|高标准|[\\d.]+[亿万]?元|${alternation('projectLeadWords')})+`,
);
/**
 * A project's own head ends the item, perhaps with its phase after it (恒河水库, 抽水蓄能电站, 天保工程二期): the
 * suffix recognizer names it. A phase after an owner's name and its product (伟友耐磨二期, 伊利三期) is the item's.
 */
const HEAD_END = new RegExp(`(?:${alternation(PROJECT_HEADS)})(?:${PHASE})?$`);

interface ListSpec {
  id: string;
  type: 'project' | 'organization' | 'industry';
  /** The noun after 等 that says what the items are (项目; 企业, 公司). */
  noun: string;
  /** Whether an item that names one of them by its form is still not one (a project's own head). */
  leaveOut?: (name: string) => boolean;
  /** Whether a number makes an item one of them (a project's capacity, 120万吨), not only a proper name. */
  capacities?: boolean;
  attributes?: (s: Sentence, start: number, end: number) => Partial<Mention>;
  /** Whether the words between 等 (and its count) and the noun say the items are of the kind. */
  kind?: (words: string) => boolean;
  /** Words between 等 and the noun that make even one item before 等 a list (a rank: 等世界500强企业). */
  oneItem?: RegExp;
  /**
   * What an item names (`raw` at `start` in the report's text), when the items are kinds rather than proper
   * names (a sector: 健康医药); by default a proper name or a capacity (`named`).
   */
  item?: (raw: string, start: number, tokens: readonly Token[]) => ListItem | undefined;
}

export interface ListItem {
  name: string;
  start: number;
  end: number;
}

export function listed(spec: ListSpec): Recognizer {
  const end = listEnd(spec.noun);
  const word = new RegExp(spec.noun);
  return {
    id: spec.id,
    type: spec.type,
    recognize(ctx: ExtractContext): Mention[] {
      const out: Mention[] = [];
      for (const s of ctx.report.sentences) {
        if (!word.test(s.text)) continue;
        // (a list starts after the one before it ends: 甲、乙等项目和丙、丁等项目)
        let previousEnd = 0;
        for (const m of allMatches(end, s.text)) {
          const floor = Math.max(previousEnd, m.index - MAX_LIST);
          previousEnd = m.index + m[0].length;
          if (FUNDING.test(m[1]!) || (spec.kind && !spec.kind(m[1]!))) continue;
          let mark = m.index - 1;
          while (mark >= floor && !CLAUSE_MARK.test(s.text[mark]!)) mark--;
          const listStart = Math.max(mark + 1, floor);
          // (with no mark in the window the first item may be cut off: it is left out)
          const cut = mark < floor && floor === m.index - MAX_LIST && floor > 0;
          // one item and no count after 等 may be no list at all: 年产3万吨等静压石墨项目 (等静压, isostatic)
          if (!s.text.slice(listStart, m.index).includes('、') && !COUNTED.test(m[0]) && !spec.oneItem?.test(m[1]!))
            continue;
          const tokens = ctx.tokens(s.index);
          let at = s.start + listStart;
          for (const [k, raw] of s.text.slice(listStart, m.index).split('、').entries()) {
            const item =
              cut && k === 0
                ? undefined
                : spec.item
                  ? spec.item(raw, at, tokens)
                  : named(raw, at, tokens, spec.capacities === true);
            if (item && !spec.leaveOut?.(item.name) && !ctx.inNoise(item.start, item.end))
              out.push(
                mentionAt(
                  ctx,
                  s,
                  item.start,
                  item.end,
                  spec.type,
                  item.name,
                  spec.attributes?.(s, item.start, item.end),
                ),
              );
            at += raw.length + 1;
          }
        }
      }
      return out;
    },
  };
}

/**
 * Projects listed before 等…项目, with their clause's status and investment. An item with a project's own
 * head (恒河水库) is the suffix recognizer's. A company's short name alone (博马科技、华丰纸业等16个项目) names
 * the company's project, as the list says: a project here, and the company too (the organization recognizer's).
 */
export const listedProjects = listed({
  id: 'project.listed',
  type: 'project',
  noun: '项目',
  leaveOut: (name) => HEAD_END.test(name),
  capacities: true,
  attributes: projectAttributes,
});

/** A street's or road's name by its last word (长兴路, 中山大街, 和平大道). */
const ROAD_END = /(?:路|大道|大街)$/;

/**
 * Roads listed before 等…道路 or 等…基础设施 (长兴路等6条市政道路, 滨江大桥、新华路等重大基础设施): each named road is
 * a project. Only roads: the other items of such a list are kinds of facility (水、电、路及管护房), and a work with
 * a project's own head (滨江大桥, 和平大道, 旅游公路) is the suffix recognizer's.
 */
export const listedRoads = listed({
  id: 'project.listed-road',
  type: 'project',
  noun: '道路|基础设施',
  leaveOut: (name) => !ROAD_END.test(name) || HEAD_END.test(name),
  attributes: projectAttributes,
});

/**
 * Companies listed before 等…企业 or 等…公司 (引进金岭化工、瑞川机械等一批龙头企业), or before the kinds of company
 * by their owners (等一批央企, 国企, 民企); one company alone before a rank of companies (丰源重工等世界500强企业).
 */
export const listedOrganizations = listed({
  id: 'organization.listed',
  type: 'organization',
  noun: '企业|公司|央企|国企|民企',
  oneItem: /\d+强|龙头|头部|知名|领军/,
  // (…养殖基地 among them is a project's name, not a company's)
  leaveOut: (name) => HEAD_END.test(name),
});

/** An amount invested and 的 before what it builds (引进投资2亿元的中电农创牧光互补). */
const INVESTED = /(?:总)?投资(?:超|约|近|逾)?[\d.]+(?:亿|万)?元的/g;
/** How far after an amount its project's words are read: a name (24 characters at most) and a list's end. */
const ITEM_REACH = 48;
/** What ends the words an investment describes: a mark of a clause or of a list. */
const ITEM_MARK = new RegExp(`[、${CLAUSE_MARKS}]`);
/**
 * The end of a list after the last item (…超细材料等项目, …等32个重点项目): 等 and a count, or two words at most,
 * before 项目 (not 等静压石墨项目, an item's own words).
 */
const LIST_END = new RegExp(`等(?:${COUNT}[\\u4e00-\\u9fff]{0,8}?|[\\u4e00-\\u9fff]{0,2})项目$`);
/**
 * Where the words go on to tell what became of the project (香氛产业园开工建设, 洪屏电站二期建设进展顺利): its
 * building, a verb of its status, or how it went.
 */
const STATUS = new RegExp(
  `(?:建设|开工|${alternation('projectDoneVerbs')}|${alternation('projectOngoingVerbs')}|进展|顺利)`,
);
/** A project's word inside the words: they run on past a project (600MW储能项目以及科兴), naming none. */
const RUNS_ON = /项目|工程/;

/**
 * Projects named after the amount invested in them, one by one, listed or not (成功引进投资2亿元的中电农创牧光互补、
 * 投资2亿元的瑞禾农业番茄全产业链; 金星洗煤投资20亿元的320万吨低阶煤分级分质利用，…等项目): the words after
 * 的 up to the next mark, when they name one as a list's item does (a proper name or a capacity). An item with a
 * project's own head is the suffix recognizer's.
 */
export const investedProjects: Recognizer = {
  id: 'project.invested',
  type: 'project',
  recognize(ctx: ExtractContext): Mention[] {
    const out: Mention[] = [];
    for (const s of ctx.report.sentences) {
      if (!s.text.includes('投资')) continue;
      for (const m of allMatches(INVESTED, s.text)) {
        const from = m.index + m[0].length;
        // (read ITEM_REACH characters at most: a page with no marks costs no more per amount)
        const ahead = s.text.slice(from, from + ITEM_REACH);
        const mark = ahead.search(ITEM_MARK);
        let raw = mark < 0 ? ahead : ahead.slice(0, mark);
        const listEnd = LIST_END.exec(raw);
        if (listEnd) raw = raw.slice(0, listEnd.index);
        // (the name ends where its status starts, three characters in at the least)
        const status = STATUS.exec(raw.slice(3));
        if (status) raw = raw.slice(0, 3 + status.index);
        if (HEAD_END.test(raw) || RUNS_ON.test(raw)) continue;
        const tokens = ctx.tokens(s.index);
        const item = named(raw, s.start + from, tokens, true);
        if (item && !ctx.inNoise(item.start, item.end))
          out.push(
            mentionAt(ctx, s, item.start, item.end, 'project', item.name, projectAttributes(s, item.start, item.end)),
          );
      }
    }
    return out;
  },
};

/** A mobile network's generation (5G, 4G), not a number of what is built. */
const GENERATION = /\d+G(?![A-Za-z\d])/g;

/**
 * What an item of the list names (`raw` at `start` in the report's text), if it names one: a proper name at
 * its start, or a number when `capacities` says a number makes one (a project's 120万吨).
 */
function named(raw: string, start: number, tokens: readonly Token[], capacities: boolean): ListItem | undefined {
  // 总投资超百亿元的娃哈哈国际科创小镇: the name starts after the words that describe it
  const described = raw.lastIndexOf('的') + 1;
  const rest = raw.slice(described);
  const name = rest.replace(LEAD, '');
  const from = start + described + rest.length - name.length;
  const to = start + raw.length;
  if (name.length < 3 || name.length > 24 || /等|[^\u4e00-\u9fffA-Za-z\d·×.]/.test(name)) return undefined;
  if (FUNDING.test(name)) return undefined;
  // one of them: a capacity, or an owner's or a place's proper name at its start (金岭化工…, 黄河…), not
  // the kind of place all the works of a kind stand in (城市管沟, 县城背街小巷雨污分流)
  // (a name jieba does not know it cuts into single characters: 泓|达|光电)
  const at = firstIndex(tokens.length, (i) => tokens[i]!.end > from);
  const first = tokens[at];
  // (a term jieba knows whole, 金属建材/nz, is a trade, not a name)
  const term = first !== undefined && first.start === from && first.end === to && first.tag === 'nz';
  // (a name starts where one of jieba's words does: 和|平大道 cut from 和平大道 is none)
  const owned = first !== undefined && first.start === from && !term && properAt(tokens, at);
  // (a network's generation, 5G, is no capacity: 5G基站 is a kind of facility)
  const capacity = capacities && /\d/.test(name.replace(GENERATION, ''));
  return capacity || (owned && !/^\d/.test(name)) ? { name, start: from, end: to } : undefined;
}
