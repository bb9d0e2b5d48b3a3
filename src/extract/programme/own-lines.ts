// Recognizer: a region's numbered line named with its own name, unquoted — 建设五个新晃, 统筹一个阵地、
// 五个新晃建设 — as its slogans: the count and the region's name (新 or 美丽 before it allowed), and the
// numbered items listed with it in one 、-list. Another region's name is not this region's line.
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import { ownNameMatches, perRegion } from './region-names.js';
import { mentionAt } from '../mention.js';

/** A count that is not the end of a longer number (第五个, 二十五个). */
const COUNT = '(?<![一二三四五六七八九十百千万两\\d第])[一二三四五六七八九十两]个';
/** An item listed with it: a count and two to five characters (一个阵地). */
const ITEM = `${COUNT}[\\u4e00-\\u9fff]{2,5}?`;

const pattern = perRegion((own) => {
  const line = `${COUNT}(?:新|美丽|幸福)?(?:${own.join('|')})`;
  return new RegExp(`((?:${ITEM}、){0,4})(${line})(?=建设|目标|[，。；、,;]|$)`, 'g');
});

export const ownLineSlogans: Recognizer = {
  id: 'slogan.own-line',
  type: 'slogan',
  recognize(ctx: ExtractContext): Mention[] {
    const out: Mention[] = [];
    for (const { sentence: s, match: m } of ownNameMatches(ctx, pattern, /个/)) {
      let at = s.start + m.index;
      for (const item of [...m[1]!.split('、').filter(Boolean), m[2]!]) {
        if (!ctx.inNoise(at, at + item.length)) out.push(mentionAt(ctx, s, at, at + item.length, 'slogan', item));
        at += item.length + 1;
      }
    }
    return out;
  },
};
