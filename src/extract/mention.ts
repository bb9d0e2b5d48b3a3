// One place that builds a Mention from a span of a sentence: the surface is the report's own text
// at the offsets, so a recognizer only says what it found and where.
import type { EntityType } from '../types.js';
import type { Sentence } from '../structure/index.js';
import type { ExtractContext, Mention } from './index.js';
import { allMatches } from '../text/matches.js';

export function mentionAt(
  ctx: ExtractContext,
  s: Sentence,
  start: number,
  end: number,
  type: EntityType,
  name: string,
  extra: Partial<Mention> = {},
): Mention {
  const { report } = ctx;
  return {
    type,
    name,
    surface: report.text.slice(start, end),
    doc: report.id,
    sentence: s.index,
    start,
    end,
    phase: s.phase,
    ...extra,
  };
}

/**
 * A mention of `type` for every match of the global pattern `re` in the report's sentences, named as
 * matched (outside the report's noise); `has`, a cheap test a sentence must pass before `re` runs.
 */
export function mentionsMatching(ctx: ExtractContext, re: RegExp, type: EntityType, has?: RegExp): Mention[] {
  const out: Mention[] = [];
  for (const s of ctx.report.sentences) {
    if (has && !has.test(s.text)) continue;
    for (const m of allMatches(re, s.text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (!ctx.inNoise(start, end)) out.push(mentionAt(ctx, s, start, end, type, m[0]));
    }
  }
  return out;
}
