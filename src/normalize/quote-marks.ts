// Restores quote marks a page wrote as doubled semicolons: some portals' encoding turns each “ and ”
// into ;; (实施;;五大行动;;), so the quoted names are lost to every recognizer. Two semicolons in a row
// are never punctuation of Chinese prose: a pair of them around a short run of text on one line is
// a quote.
import type { StepResult } from './step.js';

/** ;;…;; (or ；；…；；) on one line, 1-40 characters inside and no semicolon. */
const PAIR = /[;；]{2}([^;；\n]{1,40})[;；]{2}/g;

export function restoreQuoteMarks(text: string): StepResult {
  if (!/[;；]{2}/.test(text)) return { text, warnings: [] };
  let restored = 0;
  const out = text.replace(PAIR, (_m, inner: string) => {
    restored++;
    return `“${inner}”`;
  });
  if (restored === 0) return { text, warnings: [] };
  return { text: out, warnings: [`restored ${restored} pairs of quote marks written as “;;”`] };
}
