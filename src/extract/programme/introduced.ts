// Recognizer: a named campaign, programme or strategy written without quotes, right after the verb
// that carries it out — 实施能源革命重大突破行动, 深入实施旅游兴市战略, 启动工业精品创造计划. Reports
// quote a region's own lines as often as they do not; the verb before and the head after bound the
// name where no quote does. What the lexicon or the form recognizers (…提升行动, …三年行动, 十大工程)
// name is theirs; a work on a named place (…河治理工程, 一期工程) is a project's.
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import { wordEndingAt } from '../segment.js';
import { mentionAt } from '../mention.js';
import { properWithin } from '../proper-name.js';
import { lookupProgramme, unquotedSpellings } from './lexicon.js';
import { attribution } from './attribution.js';
import { NATIONAL_STRATEGY } from './national-strategy.js';
import { ownShortNames } from './region-names.js';
import { alternation, endsWith, startsWith } from '../../lexicon/rules.js';
import { PROJECT_HEADS } from '../project.js';
import { themeVocabulary } from '../theme.js';
import { allMatches } from '../../text/matches.js';

/**
 * The verb right before the name, the name (three to twelve characters of Han script) and its head: a
 * campaign's (行动, 计划, 攻坚战, 战役), a programme's (工程) or a strategy's (战略).
 */
const HEADS = '行动计划|行动|计划|攻坚战|战役|工程|战略';
const INTRODUCED = new RegExp(`(?:${alternation('introducingVerbs')})([\\u4e00-\\u9fff]{3,12}?)(${HEADS})`, 'g');
/** A quick test a sentence must pass before INTRODUCED runs. */
const HAS_HEAD = new RegExp(HEADS);
/** Words that make the words a clause, not a name (…的…, A和B, 在…中). */
const CLAUSE_WORD = /[的和与及等在为是把将对了着于从向]/;
/** Words that make the words a kind or a count of work, not one named work (一批重点工程, 各项改革行动). */
const KIND_START = startsWith('introducedKinds');
/** The form recognizers' heads (…提升行动, …三年行动): those names are theirs. */
const FORM_HEAD = endsWith('patternHeads');
/** A project's heads (…提升工程, …治理工程): a work done on a place. */
const PROJECT_HEAD = endsWith([...PROJECT_HEADS].filter((h) => h !== '工程'));
/** The body whose line it is, written between the verb and the name (落实省委|工业强省战略): not the name's. */
const BODY = /^(?:党中央|中央|省委省政府|省委|省政府|市委市政府|市委|市政府|州委|县委|县政府|区委|区政府)/;
/**
 * A strategy's words that make it the region's own (工业强市, 生态立县, 旅游兴区: a beat of a noun, a verb of the
 * strategy and a level's character), not a national strategy a region carries out (科教兴国, 可持续发展, 人才强县).
 */
const OWN_BEAT = /[立兴强富活稳美荣][省市县区州旗城]$/;
/** How a region means to develop, at a strategy's end (…双轮驱动, 工业大振兴, 省会引领): a line of its own or its higher level's. */
const MODE = endsWith('strategyModes');
/**
 * Last words that leave the name to another reader: a year's campaign (…提升年|行动) is named up to its 年 by the
 * form recognizer; a phase (…一期|工程), a building's works (…体系建设|工程) or their fittings (…配套|工程) are a project's.
 */
const OTHERS_END = /(?:年|期|建设|配套)$/;
/** A count anywhere in the words (三大, 10项, 百日): the bundle recognizers name those. */
const COUNT = /\d|[一二三四五六七八九十两百千万][大项个条批场]/;

export const introducedProgrammes: Recognizer = {
  id: 'programme.introduced',
  type: 'programme',
  recognize(ctx: ExtractContext): Mention[] {
    const { report } = ctx;
    const province = report.region?.province;
    const out: Mention[] = [];
    for (const s of report.sentences) {
      if (!HAS_HEAD.test(s.text)) continue;
      const tokens = ctx.tokens(s.index);
      for (const m of allMatches(INTRODUCED, s.text)) {
        const body = BODY.exec(m[1]!)?.[0] ?? '';
        const words = m[1]!.slice(body.length);
        const head = m[2]!;
        const end = s.start + m.index + m[0].length;
        const start = end - words.length - head.length;
        const name = words + head;
        if (words.length < 3 || CLAUSE_WORD.test(words) || KIND_START.test(words) || COUNT.test(words)) continue;
        // (a spelling of the theme vocabulary, 实施乡村振兴战略, names the field's national strategy, which the theme is)
        if (OTHERS_END.test(words) || themeVocabulary().head.has(words)) continue;
        if (FORM_HEAD.test(name) || (head === '工程' && PROJECT_HEAD.test(name))) continue;
        // the verb is a word of its own and the name ends where a word does (not 落实施工, nor a longer word the
        // head starts: 战略性, 工程师, 行动力)
        if (wordEndingAt(tokens, start) === undefined || wordEndingAt(tokens, end) === undefined) continue;
        // inside a document's title (《…三年行动方案》) the title is the name
        if (s.text.lastIndexOf('《', start - s.start) > s.text.lastIndexOf('》', start - s.start)) continue;
        // a lexicon name, whole or inside (实施乡村振兴战略, 推进京津冀协同发展战役), is the lexicon's
        if (lookupProgramme(name, province) || lookupProgramme(words, province) || !unquotedSpellings(name).next().done)
          continue;
        // a work named after a place or a company (青龙河治理工程) is a project
        // (and a plan for a named place, 大云寺保护计划)
        if ((head === '工程' || head === '计划') && properWithin(tokens, start, end - head.length)) continue;
        if (ctx.inNoise(start, end)) continue;
        // a strategy counts when its words are a region's beat or bear the region's name (a national one the lexicon
        // names); it is the region's own unless the sentence gives it to a level above (落实省委|…战略)
        let own = false;
        if (head === '战略') {
          const ownName = ownShortNames(report.region?.name).some((n) => n.length >= 2 && words.includes(n));
          if (!ownName && (!(OWN_BEAT.test(words) || MODE.test(words)) || NATIONAL_STRATEGY.test(words))) continue;
          const before = s.text.slice(Math.max(0, start - s.start - 16), start - s.start);
          own = attribution(before, report.region?.level, report.region?.name.slice(-1)) !== 'higher';
        }
        out.push(mentionAt(ctx, s, start, end, own ? 'slogan' : 'programme', name));
      }
    }
    return out;
  },
};
