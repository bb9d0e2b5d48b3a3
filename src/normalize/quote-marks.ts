// Restores quote marks a page wrote as doubled semicolons: some portals' encoding turns each “ and ”
// into ;; (实施;;五大行动;;), so the quoted names are lost to every recognizer. Two semicolons in a row
// are never punctuation of Chinese prose: a pair of them around a short run of text on one line is
// a quote. Straight double quotes around Chinese words ("重强抓"专项行动, from a page typed on a Western
// keyboard) are curled too: every recognizer that reads a name's edge at a quote mark reads “ and ”.
import type { StepResult } from './step.js';

/** ;;…;; (or ；；…；；) on one line, 1-40 characters inside and no semicolon. */
const PAIR = /[;；]{2}([^;；\n]{1,40})[;；]{2}/g;

/** "…" on one line, 1-40 characters inside, at least one of them Chinese. */
const STRAIGHT = /"([^"\n]{1,40})"/g;
const HAN = /\p{Script=Han}/u;

export function restoreQuoteMarks(text: string): StepResult {
  if (text.includes('"')) text = text.replace(STRAIGHT, (m, inner: string) => (HAN.test(inner) ? `“${inner}”` : m));
  if (!/[;；]{2}/.test(text)) return { text, warnings: [] };
  let restored = 0;
  const out = text.replace(PAIR, (_m, inner: string) => {
    restored++;
    return `“${inner}”`;
  });
  if (restored === 0) return { text, warnings: [] };
  return { text: out, warnings: [`restored ${restored} pairs of quote marks written as “;;”`] };
}
