// Recognizer: named local projects — works, plants, parks, roads, stations, scenic-area
// upgrades — by the word that ends their names, with the investment and status the clause
// states. Generic ones (重点项目, 民生工程) are not names. The words are roles of
// src/lexicon/rules.json; the loop is the suffix engine's.
import { LIST_NUMBER, PHASE } from './left-edge.js';
import type { ProjectStatus } from '../types.js';
import type { Sentence } from '../structure/index.js';
import { alternation, endsWith, oneOf, rules } from '../lexicon/rules.js';
import { MONEY, parseMoney } from './money.js';
import { suffixRecognizer, type Candidate } from './suffix.js';
import { properWithin } from './proper-name.js';
import { divisionsNamed } from '../gazetteer/index.js';
import { allMatches } from '../text/matches.js';

const PHASE_IN = new RegExp(PHASE);
const PHASE_START = new RegExp(`^${PHASE}`);
/** The measure words a count of projects takes (3个, 一批). */
const MEASURE = '(?:个|项|处|座|条|批)';
/** The measure words a count after the works takes (现代农业园区426家): those of a count before, and 家. */
const MEASURE_AFTER = `(?:${MEASURE}|家)`;
/** A count of projects (3个, 一批): a number of them, not one. */
const COUNTED = new RegExp(`[\\d.一二三四五六七八九十两]+${MEASURE}`);
/** The same count with a space after its number (16 个…, as pages from PDFs write it): the name would start at its measure word. */
const COUNT_SPACED = /[\d一二三四五六七八九十两][ \u3000]+$/;
const MEASURE_START = new RegExp(`^${MEASURE}`);
/** An amount of yuan (5亿元, or a class of amounts: 超5000万元, 亿元以上). */
const AMOUNT = '(?:超|过|逾)?[\\d.]+(?:亿|万)?元(?:以上)?';
const PEJORATIVE = endsWith('projectPejoratives');
/** Words right before an amount the clause invests (投资5亿元), not a revenue or a subsidy. */
const INVESTMENT = new RegExp(alternation('investmentWords'));
const DONE = new RegExp(alternation('projectDoneVerbs'));
const ONGOING = new RegExp(alternation('projectOngoingVerbs'));
const START = new RegExp(alternation('projectStartVerbs'));
/**
 * Every word that ends a project's name: the heads that say which kind of work it is (储能电站, 水库) and
 * those that need a name before them (项目, 污水处理厂).
 */
export const PROJECT_HEADS: readonly string[] = [...rules().projectHeads, ...rules().projectNamedHeads];

export const projects = suffixRecognizer({
  id: 'project.suffix',
  type: 'project',
  heads: PROJECT_HEADS,
  // a head inside a longer head (…工程项目) is handled by the longer one;
  // …宅基地改革, …园区管理: the name of a reform or of work, not of a project
  longerHeads: 'projectFinalHeads',
  notBefore: 'projectWorkAfter',
  // 集中供热管线改造|一期|项目: the phase belongs to the name
  headPrefix: new RegExp(`${PHASE}$`),
  // 杭金衢高速|拓宽工程: a work on a facility is named with the facility
  workOn: /^[\u4e00-\u9fff]{2,6}?工程/,
  edge: { maxLength: 30, digits: true, joiners: true, phases: true },
  // …旅游项目和|悬空寺夜游项目, …田园综合体和|恒山小镇: each project of a list is its own (after any head);
  // …附近布局建设|黄河文化博物馆: the name starts after the verb that introduces it
  // …eod和11.9亿元|凤凰河eod项目: an amount inside the words ends them too (the next project's investment)
  startAfter: new RegExp(
    `(?:${alternation(PROJECT_HEADS)})[和及与、]|${alternation('projectIntroVerbs')}|${AMOUNT}`,
    'g',
  ),
  // a year (2021年, not 年产), a list number (1., 五是), a year's funds (年度中央…), an amount (5亿元, or a class
  // of amounts: 超5000万元, 亿元以上) or a verb before the name
  leadPatterns: `(?:19|20)\\d{2}年(?!产)|\\d{1,2}[.．、](?!\\d)|${LIST_NUMBER}|年?度(?=中央|省|市|县|全)|${AMOUNT}`,
  lead: 'projectLeadWords',
  generic: 'projectGeneric',
  genericEnds: 'projectGenericEnds',
  // a name starts with a place, a company, a capacity or a noun — not with a verb (做大项目)
  verbStarts: 'projectVerbStarts',
  headTail,
  split: sharedHead,
  reject: (c) =>
    rejectedModifier(c) ||
    (NAMED_HEADS.test(c.head) && !namesOne(c)) ||
    districtNamed(c) ||
    otherWord(c) ||
    countedAfter(c),
  attributes: ({ sentence, start, end }) => projectAttributes(sentence, start, end),
});

/** Heads of a route that reports name by its two ends' short names (雄商高铁, 津潍高铁, 石港城际). */
const ROUTE_HEAD = /^(?:高铁|高速|高速公路|铁路|城际铁路|城际)$/;
/** Two routes' short names joined before the head they share (雄商和津潍|高铁): two to three characters each. */
const SHARED_ROUTES = /^([\u4e00-\u9fff]{2,3})[和及与]([\u4e00-\u9fff]{2,3})$/;

/** A section of a route named by the place it runs through (沿江高铁|天门段, 荣乌高速|沧州段): not a count or a kind of section. */
const SECTION = /^(?![路全沿各等一二三四五六七八九十])[\u4e00-\u9fff]{2,4}?段/;

/**
 * What after a head still belongs to the name: the section of a route (沿江高铁|天门段), and 区 after a park's
 * head (示范园|区, 产业园|区: a 园区 as written).
 */
function headTail(head: string, rest: string): string {
  if (ROUTE_HEAD.test(head)) return SECTION.exec(rest)?.[0] ?? '';
  return head.endsWith('园') && rest.startsWith('区') ? '区' : '';
}

/** 雄商和津潍高铁: two routes sharing one head are two projects, each named with the head. */
function sharedHead(c: Candidate): Candidate[] | undefined {
  const pair = ROUTE_HEAD.test(c.head) ? SHARED_ROUTES.exec(c.modifier) : null;
  if (!pair) return undefined;
  const [first, second] = [pair[1]!, pair[2]!];
  const secondStart = c.end - c.head.length - second.length;
  return [
    { ...c, end: c.start + first.length, name: first + c.head, modifier: first },
    { ...c, start: secondStart, name: second + c.head, modifier: second },
  ];
}

/** A batch of a designation at the words' start (首批, 全省第二批): the places it names are a kind of them. */
const BATCH = /^(?:全国|全省|全市|全县|国家级|省级|市级)?(?:首批|第[一二三四五六七八九十\d]+批)/;

/** A run of counted parts (两城|三区|四基地, 一枢纽|两中心|三基地): each a number and a word or two. */
const COUNTED_PARTS = /^(?:[一二三四五六七八九十两]+[\u4e00-\u9fff]{1,3}?){2,}$/;

/** What makes the words before a head no project's name, whatever the head. */
function rejectedModifier({ head, modifier, sentence, start }: Candidate): boolean {
  return (
    // 一期|项目, 一期扩建|项目: a phase, or a phase of no work named before it
    PHASE_START.test(modifier) ||
    /^[\d.]+$/.test(modifier) ||
    COUNTED.test(modifier) ||
    (MEASURE_START.test(modifier) && COUNT_SPACED.test(sentence.text.slice(0, start - sentence.start))) ||
    // 项目建设库和|项目, 全县重点项目实行|项目: the head joined to another noun, or repeated
    /[和及与、]$/.test(modifier) ||
    (head === '项目' && modifier.includes('项目')) ||
    // 形象工程, 面子工程: a reproach, not a project; …资金项目: a kind of funding
    PEJORATIVE.test(modifier) ||
    /资金$/.test(modifier) ||
    // 入列全省首批|…示范园区名单: a batch of places a designation names, not a project
    BATCH.test(modifier) ||
    // 两城三区四基地, 一城三基地: a layout counted in parts (the programme recognizers' name), not one work
    COUNTED_PARTS.test(modifier + head)
  );
}

/**
 * A count right after the name, perhaps after a word that totals it (…回归项目559个, 现代农业园区达426家): how many
 * works of a kind there are, not one named. (Not 3个月, a time.)
 */
const COUNT_AFTER = new RegExp(
  `^(?:达|共|累计|合计|总数)?[\\d.一二三四五六七八九十两百千万]+(?:余|多)?${MEASURE_AFTER}(?!月)`,
);

function countedAfter({ sentence, end }: Candidate): boolean {
  return COUNT_AFTER.test(sentence.text.slice(end - sentence.start, end - sentence.start + 16));
}

/** Words that leave a place out of a figure (不含嘉兴港区, 不包括…). */
const EXCLUSION = /^不(?:含|包括)/;

/**
 * A head that starts another word: 工程 of 工程师 (an engineer), 高速 of 高速增长 (rapid growth); and words that
 * leave a place out of a figure (不含嘉兴港区), not a project's name.
 */
function otherWord({ sentence, start, end, head, modifier }: Candidate): boolean {
  const next = sentence.text.slice(end - sentence.start, end - sentence.start + 2);
  // (the edge may leave 不 out: 不|含…)
  const before = sentence.text.slice(Math.max(0, start - sentence.start - 1), start - sentence.start);
  return (
    (head === '工程' && next.startsWith('师')) ||
    (head === '高速' && /^(?:增长|发展|运行|运转|推进|崛起|提升)/.test(next)) ||
    EXCLUSION.test(modifier) ||
    EXCLUSION.test(before + modifier)
  );
}

/** 新城 before 区 is a district's name (西安市新城区), not a new town built. */
function districtNamed({ sentence, end, head, name }: Candidate): boolean {
  return (head === '新城' && sentence.text[end - sentence.start] === '区') || divisionNamed(name);
}

/**
 * A division's own name with a project's head in it (滨海新区, 浦东新区 are districts), after its parent's name
 * or the era the sentence speaks of (天津市滨海新区, 新时代滨海新区): a region, not a project.
 */
function divisionNamed(name: string): boolean {
  for (let i = 0; i + 3 <= name.length; i++) {
    if (divisionsNamed(name.slice(i)).length === 0) continue;
    const before = name.slice(0, i);
    return before === '' || before.endsWith('新时代') || divisionsNamed(before).length > 0;
  }
  return false;
}

/** Heads that say what a work is but not which one (项目, 工程, 污水处理厂): the words before them must name it. */
const NAMED_HEADS = oneOf('projectNamedHeads');
/** A facility's own head at the end of the words before such a head (…产业园|项目, …综合体|项目). */
const FACILITY_END = endsWith(PROJECT_HEADS);

/**
 * Whether the words before a head that says what a work is but not which (项目, 工程, 污水处理厂) name one,
 * not a kind of them (风力发电|项目, 新签约|项目, 安全饮水|工程, 乡镇|污水处理厂): a number or a phase
 * (120万吨, 一期), a facility (…产业园|项目), or a proper name among its words (鑫达焦化|项目, 柳溪|污水处理厂).
 */
function namesOne({ modifier, tokens, start, end, head }: Candidate): boolean {
  // a division's name alone before 项目 (某某县|项目建设提速, 开启了息县|项目建设的新局面) is the region's projects in
  // general, though a proper name (its plant of a kind, 沁源县|污水处理厂, is one)
  if (head === '项目' && divisionsNamed(modifier).length > 0) return false;
  return (
    /\d/.test(modifier) ||
    PHASE_IN.test(modifier) ||
    FACILITY_END.test(modifier) ||
    properWithin(tokens, start, end - head.length)
  );
}

/** A project's status and the investment its clause states, for the project at [start, end) of sentence `s`. */
export function projectAttributes(
  s: Sentence,
  start: number,
  end: number,
): { status: ProjectStatus; investment?: number } {
  const { clause, at } = clauseAround(s.text, start - s.start, end - s.start);
  // (an amount in the project's own item of a list comes first: 投资1亿元的甲、投资1.9亿元的乙 invests 1.9亿元 in 乙)
  const before = clause.slice(0, at);
  const investment = investmentIn(before.slice(before.lastIndexOf('、') + 1)) ?? investmentIn(clause);
  return { status: statusOf(clause, s.phase), ...(investment !== undefined ? { investment } : {}) };
}

/** The clause (between ，；。) holding [start, end) of a sentence, and where `start` stands in it. */
function clauseAround(text: string, start: number, end: number): { clause: string; at: number } {
  // (read at most CLAUSE_REACH characters each way: a page with no marks for pages costs no more per project)
  let left = start - 1;
  while (left >= Math.max(0, start - CLAUSE_REACH) && !CLAUSE_END.test(text[left]!)) left--;
  let right = end;
  while (right < Math.min(text.length, end + CLAUSE_REACH) && !CLAUSE_END.test(text[right]!)) right++;
  return { clause: text.slice(left + 1, right), at: start - left - 1 };
}

/** The marks a clause ends at. */
const CLAUSE_END = /[，；,;。]/;
/** How far a clause is read each way from a project's name. */
const CLAUSE_REACH = 300;

function investmentIn(clause: string): number | undefined {
  for (const m of allMatches(MONEY, clause)) {
    // an amount the clause invests (投资5亿元), not a revenue or a subsidy elsewhere in it
    if (INVESTMENT.test(clause.slice(Math.max(0, m.index - 6), m.index))) return parseMoney(m[0]);
  }
  return undefined;
}

function statusOf(clause: string, phase: string): ProjectStatus {
  if (phase === 'plan') return ONGOING.test(clause) && !START.test(clause) ? 'ongoing' : 'planned';
  if (DONE.test(clause)) return 'done';
  return ONGOING.test(clause) ? 'ongoing' : 'done';
}
