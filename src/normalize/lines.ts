// Line endings and invisible characters: \r\n, \r, U+2028/2029 -> \n; zero-width marks and
// BOMs dropped; no-break and other odd spaces -> ordinary spaces.
import type { StepResult } from './step.js';

const BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\t\f\v]/g;

export function normalizeLines(text: string): StepResult {
  return { text: text.replace(BREAKS, '\n').replace(INVISIBLE, '').replace(SPACES, ' '), warnings: [] };
}
