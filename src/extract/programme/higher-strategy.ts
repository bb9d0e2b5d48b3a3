// Recognizer: a higher region's strategy named by the quality of a national one before the higher
// region's name — 数字重庆, 平安福建建设, 健康内蒙古行动 in the report of a district, county or city
// below it. Provinces and cities carry out 平安中国, 数字中国, 健康中国行动 … under their own name; a
// region below names that strategy as a programme it takes part in. Before the issuer's own name the
// same words are its positioning (平安平遥: positioning.ts).
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import { alternation } from '../../lexicon/rules.js';
import { mentionsMatching } from '../mention.js';
import { higherRegionNames, perRegion } from './region-names.js';

const QUALITIES = alternation('nationalStrategyQualities');
/**
 * What follows a name written without its 行动 (one with it is whole): its 建设 or 战略, a list's next
 * item, the clause's end.
 */
const AFTER = '(?=建设|战略|[、，。；和与及等,;]|$)';

/** Short names of the regions above the issuer (杭州 of 杭州市, 内蒙古 of 内蒙古自治区), longest first. */
function higherNames(ctx: ExtractContext): string[] {
  const full = new Set([ctx.report.region?.parent, ctx.report.region?.province]);
  const names = higherRegionNames(ctx.report.region).filter((n) => !full.has(n) && n.length >= 2);
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

const pattern = perRegion((names) => new RegExp(`(?:${QUALITIES})(?:${names.join('|')})(?:行动|${AFTER})`, 'g'));

export const higherStrategies: Recognizer = {
  id: 'programme.higher-strategy',
  type: 'programme',
  recognize(ctx: ExtractContext): Mention[] {
    const names = higherNames(ctx);
    return names.length === 0 ? [] : mentionsMatching(ctx, pattern(names), 'programme');
  },
};
