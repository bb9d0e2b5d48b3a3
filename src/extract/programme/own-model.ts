// Recognizer: a region’s own model, experience or example named by its name, unquoted — 乡村振兴的马山模式,
// 推广平遥经验 — as its slogan; not one the speech only means to make (打造…平谷样板). The name is the
// region's, so no lexicon can hold it: it is found by its form. Another region's model (学习安吉模式) is
// not this region's line and is left to the lexicon; a quoted one (“马山模式”) is the quoted recognizer's.
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import { ownNameMatches, perRegion } from './region-names.js';
import { mentionAt } from '../mention.js';

const pattern = perRegion((own) => new RegExp(`(?<![“‘"'])(?:${own.join('|')})(?:模式|经验|样板)(?![”’"'])`, 'g'));
/**
 * A verb of making one earlier in the clause (打造…平谷样板, 贡献…长子经验、长子模式): an aim the speech sets,
 * as any region's report does, not a model the region has and names (推广平遥经验, 探索形成…平遥模式).
 */
const AIMED = /(?:打造|贡献|提供|创造|争创)[^，。；！？,;!?]*$/;

export const ownModelSlogans: Recognizer = {
  id: 'slogan.own-model',
  type: 'slogan',
  recognize(ctx: ExtractContext): Mention[] {
    const out: Mention[] = [];
    for (const { sentence: s, match: m } of ownNameMatches(ctx, pattern, /模式|经验|样板/)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      // the name a word of its own, not the tail of a longer one
      if (!ctx.tokens(s.index).some((t) => t.start === start) || ctx.inNoise(start, end)) continue;
      if (AIMED.test(s.text.slice(0, m.index))) continue;
      out.push(mentionAt(ctx, s, start, end, 'slogan', m[0]));
    }
    return out;
  },
};
