// Recognizer: what a region has been building towards, named by the formula a review closes a year or
// a term with — 现代化锦绣某县建设迈出坚实步伐, 某某东部中心建设迈出新步伐, 国际一流的…示范区建设迈上新台阶 —
// as its slogan, unquoted. Whatever its last word, the thing whose building strides on is the region's
// aim: the formula is said of the whole region's course, not of a project or a sector (项目建设迈上新台阶
// is too short to name one; a field every report works in, 乡村振兴, is the theme vocabulary's: run.ts).
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import { mentionAt } from '../mention.js';
import { lookupProgramme } from './lexicon.js';
import { NATIONAL_STRATEGY } from './national-strategy.js';
import { ownShortNames } from './region-names.js';
import { LEADS, TOLD } from './positioning.js';
import { allMatches } from '../../text/matches.js';

/** The formula's stride: 迈出(了)(新的|坚实的|更加坚实的)步伐, 迈上(了)新台阶. */
const STEPS = '(?:迈出了?(?:新的|更加坚实的?|坚实的?|新)?步伐|迈上了?新台阶)';
/** The words of the aim: a clause's, no quotes in them (a quoted aim is the quoted recognizer's). */
const AIM = '([^，。；：,;:—“”"「」‘’『』()（）]{4,28}?)';
/** A clause whose last words before 建设 stride on (…建设迈出坚实步伐). */
const STRIDE = new RegExp(`(?:^|[，。；：,;:—])${AIM}建设${STEPS}`, 'dg');
/**
 * The same formula with the verb that builds the aim before it, at a clause's or a list item's start (建设…先行市迈出坚实步伐,
 * 全面建设…城市迈出坚实步伐): not inside a longer noun (中国式现代化建设|某县实践 is the nation's course).
 */
const BUILT_STRIDE = new RegExp(
  `(?:^|[，。；：,;:—、])(?:全面|加快|奋力|全力)?(?:建设|打造|建成)${AIM}(?<!建设)${STEPS}`,
  'dg',
);
const HAS_STRIDE = /迈[出上]/;
/**
 * Modernisation alone, or fields joined to it (高质量发展和现代化建设), or of the region by its bare name
 * (现代化某县, 中国式现代化新某县): the course of every region, no aim of its own.
 */
const EVERY_REGION = /现代化$|小康社会$|小康$/;
const MODERN_OWN = /^(?:中国式|社会主义)?现代化新?/;

export const strideSlogans: Recognizer = {
  id: 'slogan.stride',
  type: 'slogan',
  recognize(ctx: ExtractContext): Mention[] {
    const out: Mention[] = [];
    const province = ctx.report.region?.province;
    const own = ownShortNames(ctx.report.region?.name);
    for (const s of ctx.report.sentences) {
      if (!HAS_STRIDE.test(s.text)) continue;
      const strides = [...allMatches(STRIDE, s.text), ...allMatches(BUILT_STRIDE, s.text)].sort(
        (a, b) => a.index - b.index,
      );
      for (const m of strides) {
        const words = m[1]!;
        // (the words that lead the aim in, 推动 or 全力推进, are not part of it)
        const name = words.replace(LEADS, '');
        if (name.length < 4 || name.length > 24 || EVERY_REGION.test(name) || TOLD.test(name)) continue;
        if (own.includes(name.replace(MODERN_OWN, ''))) continue;
        // (a programme the lexicon knows is the lexicon's)
        if (lookupProgramme(name, province)) continue;
        // (the name ends where the words do; the words that led it in are cut from its start)
        const start = s.start + m.indices![1]![1] - name.length;
        const end = start + name.length;
        if (ctx.inNoise(start, end)) continue;
        out.push(mentionAt(ctx, s, start, end, NATIONAL_STRATEGY.test(name) ? 'programme' : 'slogan', name));
      }
    }
    return out;
  },
};
