// One place that builds a Mention from a span of a sentence: the surface is the report's own text
// at the offsets, so a recognizer only says what it found and where.
import type { EntityType } from '../types.js';
import type { Sentence } from '../structure/index.js';
import type { ExtractContext, Mention } from './index.js';

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
