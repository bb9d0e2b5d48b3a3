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

/**
 * A higher region's counted line right after its name (围绕南平市七大绿色产业发展规划, 落实省十大工程): the
 * count, 大, a word or more, and a line's head (…产业, …行动, …工程, …战略) — 三大产业 alone counts
 * sectors, and a region's leading or pillar industries are described, not named.
 */
const counted = perRegion(
  (names) =>
    new RegExp(
      `(?<=(?:${names.join('|')}))[两三四五六七八九十]大(?!主导|支柱|优势|特色|传统|重点)[\u4e00-\u9fff]{1,4}?(?:产业|行动|工程|战略)(?![\u4e00-\u9fff]{0,2}(?:园|区|基地|项目))`,
      'g',
    ),
);
const HAS_COUNT = /[两三四五六七八九十]大/;

export const higherStrategies: Recognizer = {
  id: 'programme.higher-strategy',
  type: 'programme',
  recognize(ctx: ExtractContext): Mention[] {
    const names = higherNames(ctx);
    if (names.length === 0) return [];
    const full = higherRegionNames(ctx.report.region).sort((a, b) => b.length - a.length);
    return [
      ...mentionsMatching(ctx, pattern(names), 'programme'),
      ...mentionsMatching(ctx, counted(full), 'programme', HAS_COUNT),
    ];
  },
};
