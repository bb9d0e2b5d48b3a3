// Recognizer: a region's unquoted positioning — what it sets out to become — as a slogan:
// 加快建设现代化的滨海名城, 紧紧围绕生态康养名县定位, 繁荣美丽新平遥建设迈上新台阶. Found by its
// form: a verb of building (or the start of a clause), a phrase that ends in a positioning word or
// in 新 + the region's own name, and what follows a positioning (建设, 定位, 目标, the clause's end).
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import { ownShortNames, perRegion } from './region-names.js';
import { alternation, anyOf, longestWord, rules } from '../../lexicon/rules.js';
import { mentionAt } from '../mention.js';
import { NATIONAL_STRATEGY } from './national-strategy.js';
import { lookupProgramme } from './lexicon.js';
import type { Token } from '../segment.js';
import { allMatches } from '../../text/matches.js';

/** Words that end a positioning. Zones (示范区, 先行区, 先导区) are not: patterns.ts finds them by their head and tells a designation from a zone the region builds itself into. */
const HEAD = `(?:${alternation('unquotedPositioningHeads')})`;
/** A positioning word and nothing before it. */
const HEAD_ONLY = new RegExp(`^${HEAD}$`);
/** Where a positioning starts: after a verb of building, or at the start of a clause. */
const LEAD = `(?:${alternation('buildingVerbs')}|^|[，。；：,;:）)])`;
/** What follows a positioning: its 建设, 定位, 目标 or 战略, a conjunction, or the clause's end. */
const TAIL = '(?=建设|定位|目标|的目标|(?:发展)?战略|和|迈出|迈上|新征程|新篇章|[，。；、,;]|$)';
/** Verbs that build what the region means to become (建设, 打造, 争创 …), not those that push on or circle it (推进, 围绕). */
const BUILDS = '建设|打造|建成|构筑|构建|争创|争当';
/**
 * A district's centre or core (…中心区, …核心区) is where the region means to go only when a verb builds it
 * (建设现代化一流中心区); pushed on (推进…农牧交错带核心区和…建设) it is a zone under way, no positioning.
 */
const CORE_DISTRICT = /(?:中心区|核心区)$/;
const BUILT_BEFORE = new RegExp(`(?:${BUILDS})$`);
/** After the region's own name, what makes it no longer the name alone: its division's word (平遥县), its people (平遥人). */
const OWN_TAIL = '(?![县区市州旗盟镇乡村]|人)';
/** The qualities a region wishes itself before its own name (美丽幸福平遥, 平安平遥). */
const QUALITIES = alternation('regionQualities');

/**
 * A role the region plays, not what it becomes: 发挥 inside (在…方面发挥排头兵), or the heads joined by 和 ending
 * in 作用 (发挥领头羊和火车头作用; 作用 itself is no tail, so one head alone before it never matches).
 */
const ROLE = /发挥/;
const ROLE_AFTER = /^和[\u4e00-\u9fff]{1,8}?作用/;

/** Verbs of winning a title: what follows is an award (滨州连续入选…百强市 too, the verb inside). */
const AWARD = new RegExp(
  `^(?:${alternation('awardVerbs')})|^[\\u4e00-\\u9fff]{1,6}?(?:${alternation(rules().awardVerbs.filter((w) => w.length >= 2))})`,
);

/**
 * An aim the centre sets every region (对外开放新高地, 绿色低碳发展高地, 人才高地) is no region's own positioning:
 * a 高地 is the region's only with a place of its own in it (晋中南康养高地, 太行山区文旅高地), not a kind of area
 * (内陆地区, 沿海地区).
 */
const COMMON_AIM = /高地$/;
const KIND_OF_AREA = /^(?:内陆|沿海|沿边|边疆|东部|西部|中部|东北|西北|西南)(?:地区)?$/;
/** Whether jieba reads a place, not a kind of area, among the words of [start, end). */
function placeIn(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.some((t) => t.start >= start && t.end <= end && t.tag === 'ns' && !KIND_OF_AREA.test(t.word));
}

/** Words that lead a name in (深入, 实施, 全面 …), at its start. */
export const LEADS = new RegExp(`^(?:${alternation('leadWords')})+`);
/** A clause, not a name: a particle of aspect inside (为全县…树立了标杆), or what the speakers did (我们拉高标杆). */
export const TOLD = /[了着过]|我们/;

/** Everything up to the last verb of building inside a match (倾力打造|康养高地): not the name. */
const VERBS = new RegExp(`^.*(?:${alternation('buildingVerbs')})`);

/**
 * 繁荣美丽新平遥 (up to ten characters before 新: 清朗繁荣文明和谐美丽新平遥, and a phrase with 的 before
 * them: 团结富裕文明和谐美丽的社会主义现代化新平遥); 美丽幸福平遥 (two qualities
 * or more), 平安平遥建设 (one, then 建设); and the name: 4-16 characters of Han script (no digits, no
 * punctuation) ending in a head.
 */
const pattern = perRegion((own) => {
  const names = own.join('|');
  const ownNew = own.length
    ? `|(?:[\\u4e00-\\u9fff]{2,14}的)?[\\u4e00-\\u9fff]{0,10}新(?:${names})|(?:${QUALITIES}、?){2,4}(?:${names})|(?:${QUALITIES})(?:${names})(?=建设)`
    : '';
  // (two qualities or more before the region's own name need no verb of building: 推动富裕和谐幸福平遥建设;
  // nor does one in a list of them that ends in 建设: 聚焦…和活力平遥、幸福平遥建设)
  const one = `(?:${QUALITIES})(?:${names})`;
  const listed = `${one}(?=(?:、${one})+建设)|(?<=${one}、)${one}(?=建设|、${one})`;
  const qualities = own.length ? `|((?:${QUALITIES}、?){2,4}(?:${names})|${listed})` : '';
  // (新 + its own name is the region's wherever it stands, also as a list's next item: 建设…城、美丽新平遥)
  const listedNew = own.length ? `|(?<=、)([\\u4e00-\\u9fff]{0,10}新(?:${names}))` : '';
  // (after a verb that builds it, one quality before its own name is enough, whatever words lead to it and
  // whatever follows the name: 建设共同富裕现代化美好平遥实现良好开局; the words end at a 的 before it,
  // 建设更高水平的|平安平遥; a verb that only pushes on, 推进平安平遥, is not enough)
  const built = own.length ? `|(?:${BUILDS})([\\u4e00-\\u9fff]{0,12}?(?:${QUALITIES})(?:${names}))${OWN_TAIL}` : '';
  // (one quality before its own name at a clause's start, the region's such-and-such after it: 实力平遥的发展引擎)
  const owned = own.length ? `|${LEAD}(${one})(?=的)` : '';
  return new RegExp(
    `(?:(?:${LEAD}((?:[\\u4e00-\\u9fff]{2,14}?${HEAD})${ownNew})${qualities}${listedNew})${TAIL}${built}${owned})`,
    'g',
  );
});

/** What stands right before the region's own name in every alternative of `pattern` that holds it: 新 or a quality. */
const BEFORE_OWN = new RegExp(`(?:新|(?:${QUALITIES})、?)$`);
/** How far before a name BEFORE_OWN may reach: the longest quality and its 、. */
const BEFORE_REACH = longestWord('regionQualities') + 1;
/** A positioning word anywhere in a sentence (之城, 强县, 桥头堡 …). */
const HEADS = anyOf('unquotedPositioningHeads');

/**
 * The pattern to run over a sentence, if any can match in it. Each alternative of `pattern(own)` either ends
 * in a positioning word or holds one of the region's own names after 新 or a quality (新平遥, 美丽平遥,
 * 幸福、平遥). Where no own name stands so, those alternatives match nowhere, and the pattern without them
 * (`pattern([])`, built once) finds the same; the region's own pattern, compiled anew for each region's first
 * report, is run only where they may. Where no positioning word stands either, nothing is run.
 */
function patternFor(text: string, own: readonly string[]): RegExp | undefined {
  for (const o of own) {
    for (let i = text.indexOf(o); i >= 0; i = text.indexOf(o, i + 1))
      if (BEFORE_OWN.test(text.slice(Math.max(0, i - BEFORE_REACH), i))) return pattern(own);
  }
  return HEADS.test(text) ? pattern([]) : undefined;
}

export const positioningSlogans: Recognizer = {
  id: 'slogan.positioning',
  type: 'slogan',
  recognize(ctx: ExtractContext): Mention[] {
    const { report } = ctx;
    const own = ownShortNames(report.region?.name);
    const out: Mention[] = [];
    for (const s of report.sentences) {
      const re = patternFor(s.text, own);
      if (!re) continue;
      for (const m of allMatches(re, s.text)) {
        // the match starts at a clause or at the first verb of a run (围绕建设…): the name starts after the last verb
        // (and any word that leads it in: 深入实施|开放强县)
        const verbless = m[4] ? m[4].replace(/^.*的/, '') : (m[1] ?? m[2] ?? m[3] ?? m[5]!).replace(VERBS, '');
        // 蝉联全国制造业百强县, 荣获全省文化旅游强县: a title won is an award, not what the region builds towards
        if (AWARD.test(verbless)) continue;
        // (a preposition or a copula before it is not its start either: 在|现代化新平遥建设中, 是|…新平遥)
        // (nor 的 left of a noun the verb list cut: 生态文明建设|的平遥样板)
        const led = verbless
          .replace(LEADS, '')
          .replace(/^[在是](?=[\u4e00-\u9fff]{4})/, '')
          .replace(/^的/, '');
        // (a programme the lexicon knows and 和 before it are another thing pushed on: 平安重庆和|新时代制造强市)
        const joined = led.indexOf('和');
        const name =
          joined > 0 && lookupProgramme(led.slice(0, joined), report.region?.province) ? led.slice(joined + 1) : led;
        // a clause, not a name: a particle of aspect or a preposition inside (为全县…树立了标杆)
        // (nor do we: 我们拉高标杆 tells what the speakers did)
        // (新 + the region's name may carry a longer phrase: 团结富裕文明和谐美丽的社会主义现代化新拉萨)
        const longest = own.some((o) => name.endsWith(`新${o}`)) ? 28 : 16;
        if (name.length < 4 || name.length > longest || TOLD.test(name) || /^[为把被向]/.test(name)) continue;
        // a head alone names nothing: 示范城市 left of 知识产权强省建设示范城市 once 建设 is cut
        if (HEAD_ONLY.test(name)) continue;
        // the region's own name and 样板 is its own model, own-model.ts's to tell from an aim (打造…平谷样板)
        if (own.some((o) => name === `${o}样板`)) continue;
        const start = s.start + m.index + m[0].length - name.length;
        const end = start + name.length;
        // (the verbs are two characters: only those before the name are read, not the sentence up to it)
        if (
          CORE_DISTRICT.test(name) &&
          !BUILT_BEFORE.test(s.text.slice(Math.max(0, start - s.start - 2), start - s.start))
        )
          continue;
        if (ctx.inNoise(start, end)) continue;
        if (ROLE.test(name) || ROLE_AFTER.test(s.text.slice(end - s.start))) continue;
        if (COMMON_AIM.test(name) && !placeIn(ctx.tokens(s.index), start, end)) continue;
        out.push(mentionAt(ctx, s, start, end, NATIONAL_STRATEGY.test(name) ? 'programme' : 'slogan', name));
      }
    }
    return out;
  },
};
