// Repairs GBK byte-misalignment mojibake (`。ㄒ唬┮` -> `（一）以`) and marks what cannot be
// repaired as noise: each lost character becomes U+FFFD, so noise spans survive later steps.
import { CJK_PUNCT, isCommonHan, isHan } from './chars.js';
import { decodeGbk, gbkBytes } from './gbk.js';
import { findRuns, mayHoldRuns, type Run } from './mojibake-detect.js';
import type { StepResult } from './step.js';
import { showLost } from './noise.js';

/** The placeholder of one lost character; index.ts turns runs of it into noise spans. */
export const NOISE = '\uFFFD';

interface Repair {
  /** the replacement, or null to leave the run as it is (a soft run that did not decode) */
  text: string | null;
  /** whether some bytes decoded to plausible text */
  repaired: boolean;
}

/**
 * Whether a shifted decoding reads like report text: every character common (or punctuation,
 * ASCII) and at least two Han characters, so that a lucky single character is not taken as proof.
 * Misaligned pairs land on a common character under half the time, so a wrong shift of three
 * characters passes with odds of about one in ten, and of five about one in fifty.
 */
function plausible(chars: readonly (string | null)[], minHan = 2): chars is string[] {
  let han = 0;
  for (const c of chars) {
    if (c === null) return false;
    if (isHan(c)) {
      if (!isCommonHan(c)) return false;
      han++;
    } else if (!CJK_PUNCT.has(c) && !/^[A-Za-z0-9]$/.test(c)) return false;
  }
  return han >= minHan;
}

/**
 * Mojibake of this kind comes from a GBK byte stream read one byte off: each garbled character
 * is the trail byte of one original character plus the lead byte of the next. Re-encoding the
 * garbled characters and dropping the first byte realigns the pairs. The dropped byte and a lead
 * byte left over at the end belong to characters whose other byte is lost: those become noise,
 * as do `?` (a byte the decoder already gave up on), stray ASCII and whatever does not decode
 * to plausible text.
 */
function repairRun(chars: readonly string[], run: Run): Repair {
  let text = '';
  let repaired = false;
  let i = run.start;
  while (i < run.end) {
    let j = i;
    const bytes: number[] = [];
    for (; j < run.end; j++) {
      const b = /[\uE000-\uF8FF]/.test(chars[j]!) ? null : gbkBytes(chars[j]!);
      if (!b) break;
      bytes.push(...b);
    }
    if (j === i) {
      text += NOISE; // `?`, stray ASCII, a character GBK does not have
      i++;
      continue;
    }
    // GBK trail bytes include 0x40-0x7E: an ASCII letter right after the garbled characters is
    // often the trail of the character whose lead byte is left over (`鑳啥税l` -> 兩端發)
    const next = j < run.end ? chars[j]!.charCodeAt(0) : 0;
    const attempts = next >= 0x40 && next < 0x7f ? [[...bytes.slice(1), next], bytes.slice(1)] : [bytes.slice(1)];
    let accepted = false;
    for (const attempt of attempts) {
      const { chars: decoded, dangling } = decodeGbk(attempt);
      // a soft run has no junk to prove it garbled: only a longer decoding convinces
      if (!plausible(decoded, run.soft ? 3 : 2)) continue;
      accepted = repaired = true;
      // the dropped first byte was a character's trail; at a line start that character was
      // the paragraph's indent (full-width space), after a `?` it is already counted
      if (i > 0 && i === run.start) text += NOISE;
      text += decoded.join('');
      if (dangling) text += NOISE;
      if (attempt.length > bytes.length - 1) j++;
      break;
    }
    if (!accepted) text += NOISE.repeat(j - i);
    i = j;
  }
  return { text: run.soft && !repaired ? null : text, repaired };
}

const SUSPECT = /[\u0080-\uFFFF]/;

const LOST_RUN = /\uFFFD+/g;

export function repairMojibake(input: string): StepResult {
  let repairedRuns = 0;
  const repairedExamples: string[] = [];
  const noiseExamples: string[] = [];
  const lines = input.split('\n').map((line) => {
    if (!SUSPECT.test(line) || !mayHoldRuns(line)) return line;
    const chars = Array.from(line);
    const runs = findRuns(chars);
    if (runs.length === 0) return line;
    let out = '';
    let at = 0;
    for (const run of runs) {
      const garbled = chars.slice(run.start, run.end).join('');
      const { text, repaired } = repairRun(chars, run);
      if (text === null) continue;
      out += chars.slice(at, run.start).join('') + text;
      at = run.end;
      if (repaired) {
        repairedRuns++;
        if (repairedExamples.length < 2) repairedExamples.push(`“${clip(garbled)}” -> “${clip(showLost(text))}”`);
      } else if (noiseExamples.length < 2) noiseExamples.push(`“${clip(garbled)}”`);
    }
    return out + chars.slice(at).join('');
  });
  const text = lines.join('\n');
  const warnings: string[] = [];
  if (repairedRuns > 0) {
    warnings.push(
      `repaired ${repairedRuns} mojibake run${repairedRuns > 1 ? 's' : ''} (e.g. ${repairedExamples.join(', ')})`,
    );
  }
  let spans = 0;
  let lost = 0;
  for (const m of text.matchAll(LOST_RUN)) {
    spans++;
    lost += m[0].length;
  }
  if (spans > 0) {
    const eg = noiseExamples.length > 0 ? ` (e.g. ${noiseExamples.join(', ')})` : '';
    warnings.push(
      `marked ${spans} span${spans > 1 ? 's' : ''} (${lost} char${lost > 1 ? 's' : ''}) as noise: unrepairable mojibake${eg}`,
    );
  }
  return { text, warnings };
}

/** An example in a warning: a garbled run can be thousands of characters, a warning is one short line. */
function clip(s: string, max = 20): string {
  const chars = [...s];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : s;
}
