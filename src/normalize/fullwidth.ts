// Full-width ASCII (ＧＤＰ, ２０２４, ％) -> ASCII, so numbers and acronyms match however they
// were typed. Chinese punctuation (，。、：；！？“”（）《》) stays as it is.
import type { StepResult } from './step.js';

// Letters, digits and the signs that live inside numbers and codes; not ！（），：；？［］｛｝＂＇
// which are Chinese punctuation in a Chinese text.
const FULLWIDTH = /[Ａ-Ｚａ-ｚ０-９％＋－＝＊／＆＃＠＄＜＞＿＾｜～｀．]/g;

export function toHalfwidth(text: string): StepResult {
  let n = 0;
  const out = text.replace(FULLWIDTH, (ch) => {
    n++;
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
  return { text: out, warnings: n > 0 ? [`converted ${n} full-width character${n > 1 ? 's' : ''} to ASCII`] : [] };
}
