// Character classes shared by the normalize steps: Han, common Han, CJK punctuation.
import { COMMON_CHARS } from './common-chars.js';
import { toSimplified } from './converter.js';

const HAN = /\p{Script=Han}/u;

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** Punctuation of ordinary Chinese prose (full-width forms included). */
export const CJK_PUNCT = new Set('，。、；：！？“”‘’（）《》〈〉【】〔〕「」『』—…·－～％＋');

// Memo of isCommonHan: a process meets at most a few thousand distinct characters.
const commonMemo = new Map<string, boolean>();

/**
 * Whether `ch` is one of the ~3,500 most frequent characters, directly or as the traditional form
 * of one (報 -> 报): such characters make up ~99% of a report, and under half of mojibake.
 */
export function isCommonHan(ch: string): boolean {
  let known = commonMemo.get(ch);
  if (known === undefined) {
    known = COMMON_CHARS.has(ch) || (isHan(ch) && COMMON_CHARS.has(toSimplified(ch)));
    commonMemo.set(ch, known);
  }
  return known;
}

/**
 * Share of the non-space characters of `text` that look like ordinary report text: common Han,
 * CJK punctuation, printable ASCII. Used to choose between candidate decodings of a file.
 */
export function plausibility(text: string): number {
  let good = 0;
  let total = 0;
  for (const ch of text) {
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u3000') continue;
    total++;
    const c = ch.charCodeAt(0);
    if ((c >= 0x21 && c < 0x7f) || CJK_PUNCT.has(ch) || isCommonHan(ch)) good++;
  }
  return total === 0 ? 0 : good / total;
}
