// Traditional -> simplified with opencc-js, keeping the traditional text aligned code unit by
// code unit with the simplified one, so any span's traditional surface can be looked up.
import { COMMON_CHARS } from './common-chars.js';
import { isHan } from './chars.js';
import { toSimplified } from './converter.js';
import { byCodeUnit } from '../text/code-units.js';

export interface Simplified {
  text: string;
  /** `text` before conversion, the same length as `text`. */
  original: string;
  traditional: boolean;
  warnings: string[];
}

/** Above this share of traditional Han characters the report was written (or served) traditional. */
const TRADITIONAL_SHARE = 0.05;

const changesMemo = new Map<string, string | null>();

/** The simplified form of one character, or null when it has none of its own length. */
function simplifiedChar(ch: string): string | null {
  let s = changesMemo.get(ch);
  if (s === undefined) {
    const c = toSimplified(ch);
    s = c !== ch && c.length === ch.length ? c : null;
    changesMemo.set(ch, s);
  }
  return s;
}

let ambiguous: Set<string> | null = null;
/**
 * Characters that are also ordinary simplified characters (著, 乾, 瞭 ...): in a simplified text
 * they are left alone, since only the phrase tells whether they need converting.
 */
function isAmbiguous(ch: string): boolean {
  ambiguous ??= new Set([...COMMON_CHARS].filter((c) => simplifiedChar(c) !== null));
  return ambiguous.has(ch);
}

/** What a character is here: 1 not Han, 2 Han, 3 Han with a simplified form of its own (HAN_TRAD). */
const NOT_HAN = 1;
const HAN_TRAD = 3;
/** What a character is (not Han, Han, HAN_TRAD), by code point. */
function kindOfChar(ch: string): number {
  return !isHan(ch) ? NOT_HAN : simplifiedChar(ch) !== null ? HAN_TRAD : 2;
}
/** kindOfChar's memo: by code unit in the BMP, by code point beyond. */
const bmpKind = byCodeUnit((code) => kindOfChar(String.fromCharCode(code)));
const astralKinds = new Map<number, number>();

function kindOf(code: number): number {
  if (code < 0x10000) return bmpKind(code);
  let k = astralKinds.get(code);
  if (k === undefined) astralKinds.set(code, (k = kindOfChar(String.fromCodePoint(code))));
  return k;
}

export function simplify(text: string): Simplified {
  let han = 0;
  let trad = 0;
  // character by character (a surrogate pair is one), without making each one a string
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const k = kindOf(code);
    if (k === NOT_HAN) continue;
    han++;
    if (k === HAN_TRAD) trad++;
  }
  if (trad === 0) return { text, original: text, traditional: false, warnings: [] };
  if (trad < han * TRADITIONAL_SHARE) {
    // a simplified report with a few stray traditional characters (开展 typed as 開展)
    const stray = new Set<string>();
    let out = '';
    for (const ch of text) {
      const s = isAmbiguous(ch) ? null : simplifiedChar(ch);
      if (s !== null) stray.add(ch);
      out += s ?? ch;
    }
    if (stray.size === 0) return { text, original: text, traditional: false, warnings: [] };
    const list = [...stray].slice(0, 10).join('');
    return {
      text: out,
      original: text,
      traditional: false,
      warnings: [`converted stray traditional characters to simplified (${list})`],
    };
  }
  return {
    text: convertAligned(text),
    original: text,
    traditional: true,
    warnings: ['converted traditional to simplified'],
  };
}

/**
 * Converts with opencc's phrase tables (乾隆 stays, 乾淨 -> 干净) line by line; a line whose
 * length the conversion would change is converted character by character instead, so that
 * offsets into the simplified text are offsets into the traditional one too.
 */
function convertAligned(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  return text
    .split('\n')
    .map((line) => {
      const converted = toSimplified(line);
      if (converted.length === line.length) return converted;
      let out = '';
      for (const ch of line) out += simplifiedChar(ch) ?? ch;
      return out;
    })
    .join('\n');
}
