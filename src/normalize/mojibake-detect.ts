// Finds runs of GBK byte-misalignment mojibake in one line: clusters of junk symbols, stray `?`
// and rare characters that ordinary report text does not produce.
import { byCodeUnit } from '../text/code-units.js';
import { isCommonHan, isHan } from './chars.js';

export const Kind = {
  /** ordinary text that can sit between two suspicious characters of one run */
  Ok: 0,
  /** a Han character outside the ~3,500 common ones */
  Rare: 1,
  /** a character report text never holds: a lost byte's `?`, bopomofo, box drawing, ... */
  Junk: 2,
  /** ASCII letters and punctuation: part of a run when between suspicious characters */
  Glue: 3,
  /** digits and the like: a run never crosses them */
  Stop: 4,
  /**
   * an ASCII letter touching Han text: often a lost pair's trail byte (`萜笳呷媛鋵崱p稅`), but
   * also real (乡村e镇, 5G网络), so it extends a run and never starts one
   */
  Weak: 5,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

// What misaligned GBK pairs decode to besides Han: symbol rows A1 (rare signs), A4-A9 (kana,
// Greek, Cyrillic, pinyin letters, bopomofo, box drawing); plus Latin-1 letters, Hangul and the
// private-use area, which a mis-decoded Chinese page shows too. Pinyin letters are junk here
// because the pinyin step has already removed every well-formed annotation.
const JUNK =
  /[\uFFFD\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0100-\u024F\u0250-\u02AF\u02C7-\u02DD\u0370-\u03FF\u0400-\u04FF\u2016\u2236\u2237\u223D\u224C\u2252\u2266\u2267\u226E\u226F\u2299\u22A5\u22BF\u2312\u2488-\u249B\u2500-\u257F\u3003\u3005\u3006\u3013\u3040-\u30FF\u3100-\u312F\u31A0-\u31BF\uAC00-\uD7AF\uE000-\uF8FF\uFE30-\uFE6F\uFFE3]/;

const URLISH = /[A-Za-z0-9/=&.]/;
const LETTER = /[A-Za-z]/;
/** ASCII that never stands between two Han characters in report prose. */
const ODD = /[A-Za-z^_`|~\\@#$&*{}[\]]/;
const PINYINISH = /[a-z\u00C0-\u024F]/;

function wide(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) >= 0x80;
}

export function classify(ch: string, prev: string | undefined, next: string | undefined): Kind {
  const c = ch.charCodeAt(0);
  if (ch === '?') {
    // a `?` in Chinese text stands for a byte the decoder gave up on; only inside a URL or an
    // English phrase is it a question mark (report prose uses the full-width ？)
    return URLISH.test(prev ?? '') && URLISH.test(next ?? '') ? Kind.Stop : Kind.Junk;
  }
  if (c < 0x80) {
    if ((c >= 0x30 && c <= 0x39) || c < 0x20) return Kind.Stop;
    return LETTER.test(ch) && (wide(prev) || wide(next)) ? Kind.Weak : Kind.Glue;
  }
  return wideKind(ch, c);
}

/**
 * The kind of a character beyond ASCII, which its neighbours do not change: looked up by code unit
 * after its first time, since a line that may hold a run is classified character by character (two
 * patterns and a set each, otherwise).
 */
function wideKind(ch: string, c: number): Kind {
  return ch.length > 1 ? wideKindOf(ch) : (wideUnitKind(c) as Kind);
}

const wideUnitKind = byCodeUnit((c) => wideKindOf(String.fromCharCode(c)));

function wideKindOf(ch: string): Kind {
  if (JUNK.test(ch)) return Kind.Junk;
  if (isHan(ch)) return isCommonHan(ch) ? Kind.Ok : Kind.Rare;
  return Kind.Ok;
}

/** Whether a code unit may be classified rare or junk, whatever its neighbours: a `?`, a surrogate, junk, rare Han. */
const mayBeStrong = byCodeUnit((c) => {
  const ch = String.fromCharCode(c);
  return c === 0x3f || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x80 && (JUNK.test(ch) || (isHan(ch) && !isCommonHan(ch))))
    ? 1
    : 0;
});

/**
 * Whether findRuns could find anything in `line`: whether a character of it may be classified rare
 * or junk, whatever its neighbours. Decided code unit by code unit, without splitting the line
 * into characters: most lines of a report hold none, and are passed over at this cost only.
 */
export function mayHoldRuns(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (mayBeStrong(line.charCodeAt(i)) === 1) return true;
  return false;
}

/** A run of mojibake: code-point indices [start, end) into the line's characters. */
export interface Run {
  start: number;
  end: number;
  /**
   * A run with no junk in it, only rare characters next to a stray ASCII letter (`颊呖床【歪t`):
   * repaired when the bytes decode to plausible text, otherwise left alone, since such a run
   * can be real (a rare name next to an acronym).
   */
  soft: boolean;
}

/** Two suspicious characters belong to one run when at most this much lies between them. */
const MAX_OK_GAP = 3;
const MAX_GLUE_GAP = 4;
/** PUNCT that cannot start a paragraph: at a line start it is the tail of a garbled pair. */
const NO_LINE_START = new Set('。，、；：！？）”');

function strong(k: Kind | undefined): boolean {
  return k === Kind.Rare || k === Kind.Junk;
}

export function findRuns(chars: readonly string[]): Run[] {
  const n = chars.length;
  const kinds = new Array<Kind>(n);
  let any = false;
  for (let i = 0; i < n; i++) {
    const k = classify(chars[i]!, chars[i - 1], chars[i + 1]);
    kinds[i] = k;
    if (strong(k)) any = true;
  }
  if (!any) return [];
  const runs: Run[] = [];
  let i = 0;
  while (i < n) {
    if (!strong(kinds[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    let junk = kinds[i] === Kind.Junk ? 1 : 0;
    let rare = kinds[i] === Kind.Rare ? 1 : 0;
    let weak = 0;
    // grow while another suspicious character (or a stray ASCII letter) follows within the gap
    for (;;) {
      let ok = 0;
      let glue = 0;
      let j = end;
      while (j < n && (kinds[j] === Kind.Ok || kinds[j] === Kind.Glue)) {
        if (kinds[j] === Kind.Ok) ok++;
        else glue++;
        j++;
      }
      if (j >= n || ok > MAX_OK_GAP || glue > MAX_GLUE_GAP) break;
      const k = kinds[j];
      // a rare character is often real (a place name, 引擎): it joins a run of rare characters
      // only when next to it, a run with junk in it from a little further
      if (k === Kind.Junk) junk++;
      else if (k === Kind.Rare && ok + glue <= (junk > 0 ? 3 : 1)) rare++;
      else if (k === Kind.Weak) weak++;
      else break;
      end = j + 1;
    }
    const hard = junk > 0 || (rare >= 3 && rare * 2 >= end - i);
    if (hard || weak > 0) {
      let start = i;
      // ASCII squeezed between the run and the next Han character, with a letter in it, is a
      // lost pair's trail byte (`锩C合`, `?;i養`); a lone comma there is a real comma
      let e = end;
      while (e < n && e - end < 3 && kinds[e] !== Kind.Stop && chars[e]!.charCodeAt(0) < 0x80 && chars[e] !== ' ') e++;
      if (e > end && (e === n || wide(chars[e])) && chars.slice(end, e).some((c) => ODD.test(c))) end = e;
      // the `)` of a pinyin annotation whose `(` went into a lost pair: `?gòu)`
      else if (chars[end] === ')' && PINYINISH.test(chars[end - 1]!)) end++;
      // punctuation that starts the line belongs to the run (the byte before it was lost)
      if (start === 1 && NO_LINE_START.has(chars[0]!)) start = 0;
      runs.push({ start, end, soft: !hard });
    }
    i = end;
  }
  return runs;
}
