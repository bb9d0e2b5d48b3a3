// Text for a terminal: untrusted text on one line, and how many columns it takes.
import { shownPath } from './ingest/paths.js';

/**
 * A message as one terminal line — the one escaping for everything govgraph prints: file names
 * and report text are untrusted, and a newline, an escape sequence (evil\x1b[2J.txt) or a bidi
 * override (U+202E turns …txt.exe around) in them must not split the line, drive the terminal or
 * disguise the text; bytes of a file name that is not UTF-8 show as \xNN.
 */
export function oneLine(message: string): string {
  const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  // eslint-disable-next-line no-control-regex
  return shownPath(message).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escape);
}

/**
 * Columns `text` takes in a terminal: two for East Asian wide and fullwidth characters (Chinese,
 * fullwidth punctuation), none for combining marks and zero-width characters, one for the rest.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) {
    const p = c.codePointAt(0)!;
    if ((p >= 0x300 && p <= 0x36f) || (p >= 0x200b && p <= 0x200f) || p === 0xfeff) continue;
    width += WIDE.some(([from, to]) => p >= from && p <= to) ? 2 : 1;
  }
  return width;
}

/** Unicode's East Asian Wide and Fullwidth ranges, in short. */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];
