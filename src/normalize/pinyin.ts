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
// in a text that already has toned annotations.
const TONELESS = /(?<=\p{Script=Han})\((?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?(?:[aeiouü][a-zü]{0,4}|ng|n|m)\)/gu;
/** A text with fewer toned annotations than this is not the output of such a converter. */
const MIN_TONED = 3;

export function removePinyin(text: string): StepResult {
  let n = 0;
  let out = text.replace(ANNOTATION, () => {
    n++;
    return '';
  });
  if (n >= MIN_TONED) {
    out = out.replace(TONELESS, () => {
      n++;
      return '';
    });
  }
  return { text: out, warnings: n > 0 ? [`removed ${n} pinyin annotation${n > 1 ? 's' : ''}`] : [] };
}
