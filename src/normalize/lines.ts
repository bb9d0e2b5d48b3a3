// Line endings and invisible characters: \r\n, \r, U+2028/2029 -> \n; zero-width marks and
// BOMs dropped; no-break and other odd spaces -> ordinary spaces; control characters (a stray
// BEL, backspace or terminal escape from a broken export) dropped; a lone UTF-16 surrogate
// (only possible in a string handed to the library) becomes U+FFFD, i.e. noise.
import type { StepResult } from './step.js';

const BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\t\f\v]/g;
// C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function normalizeLines(text: string): StepResult {
  let controls = 0;
  const out = text
    .replace(BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(CONTROLS, () => {
      controls++;
      return '';
    })
    .replace(LONE_SURROGATE, '\uFFFD');
  const warnings = controls > 0 ? [`removed ${controls} control character${controls > 1 ? 's' : ''}`] : [];
  return { text: out, warnings };
}
