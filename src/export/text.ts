// Text helpers shared by every format: report text is untrusted and may carry characters that
// XML 1.0 forbids, so each writer cleans it the same way before escaping for its own syntax.

/**
 * Everything outside XML 1.0's Char production (C0 controls other than tab/LF/CR, lone
 * surrogates, U+FFFE/U+FFFF), plus DEL and C1 controls, which are legal but only ever noise here.
 */
export const ILLEGAL = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Whether `text` may hold such a character: controls, DEL and C1, any surrogate, U+FFFE/U+FFFF.
 * A quick pre-check without the Unicode flag; nearly all report text passes it untouched.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
export const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Drops characters that XML 1.0 cannot carry (and that no spreadsheet wants either). */
export function clean(text: string): string {
  return SUSPECT.test(text) ? text.replace(ILLEGAL, '') : text;
}

/** Cleans and folds runs of whitespace (including newlines) into one space: for labels and cells. */
export function oneLine(text: string): string {
  // most texts (a report id, a name) hold neither a suspect character nor whitespace: one test
  if (!SUSPECT_OR_SPACE.test(text)) return text;
  return clean(text).replace(/\s+/g, ' ').trim();
}

/** A character clean() drops, or whitespace, in one pass. */
const SUSPECT_OR_SPACE = new RegExp(`${SUSPECT.source}|\\s`);

export { compare } from '../text/compare.js';

/** Joins a list the way the CSV and GEXF 1.2 outputs do (NetworkX and Excel have no list type). */
export function joinList(values: readonly string[] | undefined): string {
  return (values ?? []).map(oneLine).join('|');
}

/** Sorts strings in place in compare()'s order, with the engine's own comparison (no callback). */
export function inOrder(keys: string[]): string[] {
  return keys.sort();
}
