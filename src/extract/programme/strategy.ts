// Recognizer: a region's development strategy stated as beats of four characters, a noun and a verb
// before 县/市/区 — 生态立县、实业富县、文旅兴县; 工业强市、科教兴市 — as its slogan, unquoted. The
// beats are the region's own (every county picks its own), so no lexicon can hold them: they are
// found by their form. Two beats or more in a 、-list; one alone (科教兴县战略) is a common phrase.
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import { wordEndingAt, wordStartingAt, type Token } from '../segment.js';
import { mentionAt } from '../mention.js';
import { NATIONAL_STRATEGY } from './national-strategy.js';
import { allMatches } from '../../text/matches.js';

/** A beat: two characters, a verb of the strategy, the level it is about. */
const BEAT = '[\\u4e00-\\u9fff]{2}[立兴强富活稳美荣][省市县区州旗城]';
/** Two beats or more joined by 、. */
const RUN = new RegExp(`${BEAT}(?:、${BEAT})+`, 'g');
/** The same, to test a sentence with (a global pattern's test() would leave its lastIndex moved for the next). */
const HAS_RUN = new RegExp(RUN.source);

export const strategySlogans: Recognizer = {
  id: 'slogan.strategy-beats',
  type: 'slogan',
  recognize(ctx: ExtractContext): Mention[] {
    const out: Mention[] = [];
    for (const s of ctx.report.sentences) {
      if (!HAS_RUN.test(s.text)) continue;
      const tokens = ctx.tokens(s.index);
      for (const m of allMatches(RUN, s.text)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        // each beat a word or words of its own: not 国百强县 out of 全国百强县
        if (!beatsStandAlone(m[0], start, tokens) || ctx.inNoise(start, end)) continue;
        // 科教兴县、人才强县: beats that are all national strategies are those programmes, not the region's own
        const beats = m[0].split('、');
        if (beats.every((b) => NATIONAL_STRATEGY.test(b))) {
          let at = start;
          for (const b of beats) {
            out.push(mentionAt(ctx, s, at, at + b.length, 'programme', b));
            at += b.length + 1;
          }
          continue;
        }
        out.push(mentionAt(ctx, s, start, end, 'slogan', m[0]));
      }
    }
    return out;
  },
};

/** Whether every beat of `run` (at `start`) starts and ends where jieba's words do. */
function beatsStandAlone(run: string, start: number, tokens: readonly Token[]): boolean {
  let at = start;
  for (const beat of run.split('、')) {
    if (wordStartingAt(tokens, at) === undefined || wordEndingAt(tokens, at + beat.length) === undefined) return false;
    at += beat.length + 1;
  }
  return true;
}
