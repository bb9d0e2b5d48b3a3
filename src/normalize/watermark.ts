// Drops a site's watermark: the same few letters of mixed case (jZD, v7R, PZl) that some report
// portals stamp where each paragraph of the page ended (…提出意见。jZD   一、2018年工作回顾jZD).
// Left in, the stamp glues the paragraphs together: no part heading is found and the speaker's
// name ends in letters.
import type { StepResult } from './step.js';

// After Chinese text or punctuation of either width: this step runs before the conversions.
const AFTER_TEXT = '(?<=[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef:;,.!?)])';
/** Where a paragraph ended: two spaces or more, a line break or the end of the text. */
const PARAGRAPH_END = '(?=[ \\t\\u3000]{2,}|\\n|$)';
const CANDIDATE = new RegExp(`${AFTER_TEXT}([A-Za-z0-9]{3,4})${PARAGRAPH_END}`, 'g');
/** A stamp mixes lower case with upper case or digits: not an acronym (GDP, PPP), not a number. */
const MIXED = /^(?=.*[a-z])(?=.*[A-Z0-9])/;
/** A stamp is repeated: this many paragraph ends at least. */
const MIN_REPEATS = 4;

export function removeWatermarks(text: string): StepResult {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(CANDIDATE)) {
    const token = m[1]!;
    if (MIXED.test(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  const stamps = [...counts].filter(([, n]) => n >= MIN_REPEATS).map(([t]) => t);
  if (stamps.length === 0) return { text, warnings: [] };
  let removed = 0;
  const stamp = new RegExp(`${AFTER_TEXT}(?:${stamps.join('|')})${PARAGRAPH_END}`, 'g');
  const out = text.replace(stamp, () => {
    removed++;
    return '\n';
  });
  const list = stamps.map((s) => `“${s}”`).join(', ');
  return { text: out, warnings: [`removed a site's watermark ${list} from ${removed} paragraph ends`] };
}
