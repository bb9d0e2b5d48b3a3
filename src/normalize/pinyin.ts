// Drops the pinyin a web site's converter put after characters: 報(bào)告 -> 報告.
import type { StepResult } from './step.js';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const LETTER = `a-zA-Zü${TONED}`;
// One to four syllables in ASCII or full-width parentheses, at least one with a tone mark: a
// tone mark is what tells 報(bào) from (PPP), (2023), (一期工程) and (渾源—大同段). Some converters
// leave a space before the closing parenthesis (會(huì )), as after each syllable but the last.
// (The look-ahead is bounded by the longest annotation, 31 characters: unbounded, a text with
// thousands of unclosed brackets took quadratic time.)
const ANNOTATION = new RegExp(
  `[(（](?=[^)）]{0,31}[${TONED}])[${LETTER}]{1,7}(?:[ '’][${LETTER}]{1,7}){0,3} ?[)）]`,
  'g',
);
// Neutral-tone syllables carry no mark (們(men)); they are only trusted after a Han character
// in a text that already has toned annotations, or in one that has a great many of them: some
// converters write no tones at all (報(bao)告, 圍繞(rao)), some write a syllable twice (會(hui)(hui)).
const TONELESS = /(?<=\p{Script=Han})(?:\((?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?(?:[aeiouü][a-zü]{0,4}|ng|n|m)\))+/gu;
/** A text with fewer toned annotations than this is not the output of such a converter. */
const MIN_TONED = 3;
/** Nor is one without tones and fewer toneless annotations than this (a stray 們(men) is the writer's). */
const MIN_TONELESS = 12;

export function removePinyin(text: string): StepResult {
  let n = 0;
  let out = text.replace(ANNOTATION, () => {
    n++;
    return '';
  });
  if (n >= MIN_TONED || countUpTo(out, TONELESS, MIN_TONELESS) >= MIN_TONELESS) {
    out = out.replace(TONELESS, () => {
      n++;
      return '';
    });
  }
  return { text: out, warnings: n > 0 ? [`removed ${n} pinyin annotation${n > 1 ? 's' : ''}`] : [] };
}

/** How many matches of `re` (global) `text` holds, counting no further than `limit`. */
function countUpTo(text: string, re: RegExp, limit: number): number {
  let n = 0;
  for (const _ of text.matchAll(re)) if (++n >= limit) break;
  return n;
}
