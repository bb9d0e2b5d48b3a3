// Recognizer: a higher region's strategy named by the quality of a national one before the higher
// region's name — 数字重庆, 平安福建建设, 健康内蒙古行动 in the report of a district, county or city
// below it. Provinces and cities carry out 平安中国, 数字中国, 健康中国行动 … under their own name; a
// region below names that strategy as a programme it takes part in. Before the issuer's own name the
// same words are its positioning (平安平遥: positioning.ts).
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import { alternation } from '../../lexicon/rules.js';
import { mentionAt } from '../mention.js';
import { perRegion, regionShortNames } from './region-names.js';

const QUALITIES = alternation('nationalStrategyQualities');
/**
 * What follows a name written without its 行动 (one with it is whole): its 建设 or 战略, a list's next
 * item, the clause's end.
 */
const AFTER = '(?=建设|战略|[、，。；和与及等,;]|$)';

/** Short names of the regions above the issuer (its city, its province), longest first. */
function higherNames(ctx: ExtractContext): string[] {
  const region = ctx.report.region;
  if (!region) return [];
  // (their short names only: 杭州 of 杭州市, 内蒙古 of 内蒙古自治区)
  const names = [region.parent, region.province]
    .filter((n): n is string => !!n && n !== region.name)
    .flatMap((n) => regionShortNames(n).filter((short) => short !== n && short.length >= 2));
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

const pattern = perRegion((names) => new RegExp(`(?:${QUALITIES})(?:${names.join('|')})(?:行动|${AFTER})`, 'g'));

export const higherStrategies: Recognizer = {
  id: 'programme.higher-strategy',
  type: 'programme',
  recognize(ctx: ExtractContext): Mention[] {
    const names = higherNames(ctx);
    if (names.length === 0) return [];
    const re = pattern(names);
    const out: Mention[] = [];
    for (const s of ctx.report.sentences) {
      for (const m of s.text.matchAll(re)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (ctx.inNoise(start, end)) continue;
        out.push(mentionAt(ctx, s, start, end, 'programme', m[0]));
      }
    }
    return out;
  },
};
