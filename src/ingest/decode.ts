// Bytes -> string: BOMs, UTF-16 without BOM (by where the NUL bytes fall), UTF-8, and GB18030
// or Big5 when the bytes are not UTF-8, whichever reads more like Chinese text.
import iconv from 'iconv-lite';
import type { Encoding } from '../types.js';
import { plausibility } from '../normalize/chars.js';
import { controlReason, magicReason } from './sniff.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** e.g. "decoded as GB18030 (not valid UTF-8)" */
  warnings: string[];
}

/** A file that cannot be a report, and why. */
export interface NotText {
  reason: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const SAMPLE = 64 * 1024;
/** Of the NUL bytes in UTF-16 text, nearly all fall on one parity (the high byte of ASCII). */
const NUL_PARITY = 0.9;
/** Another encoding must read this much better than GB18030 to be chosen: GB18030 is the usual case. */
const BIG5_MARGIN = 0.1;
/** Below this share of ordinary characters no decoding makes sense of the bytes. */
const MIN_PLAUSIBLE = 0.5;
const NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
  big5: 'Big5',
};

function utf16Parity(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const nul = even + odd;
  // ASCII digits, commas and line breaks give UTF-16 Chinese text NULs on one side
  if (nul < Math.max(2, n / 200)) return null;
  if (odd >= nul * NUL_PARITY) return 'utf-16le';
  if (even >= nul * NUL_PARITY) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string {
  return iconv.decode(
    Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.length - skip),
    encoding === 'utf-16le' ? 'utf16le' : 'utf16be',
  );
}

/** At most this share of a UTF-8 text's characters may be undecodable for it to stay UTF-8. */
const MAX_DAMAGE = 0.001;

/**
 * UTF-8 with a few invalid sequences: they become U+FFFD, which normalize marks as noise. A
 * legacy encoding read as UTF-8 is invalid nearly everywhere, so it never passes.
 */
function damagedUtf8(bytes: Uint8Array): Decoded | NotText | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++;
  if (bad > Math.max(3, text.length * MAX_DAMAGE)) return null;
  const binary = controlReason(bytes);
  if (binary) return { reason: binary };
  const what = `${bad} invalid UTF-8 byte sequence${bad > 1 ? 's' : ''}`;
  return { text, encoding: 'utf-8', warnings: [`${what} (a damaged or truncated file) replaced and marked as noise`] };
}

export function decode(bytes: Uint8Array): Decoded | NotText {
  if (bytes.length === 0) return { reason: 'empty file' };
  const magic = magicReason(bytes);
  if (magic) return { reason: magic };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom', warnings: [] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeUtf16(bytes, 'utf-16le', 2), encoding: 'utf-16le', warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeUtf16(bytes, 'utf-16be', 2), encoding: 'utf-16be', warnings: [] };
  const parity = utf16Parity(bytes);
  if (parity) {
    return {
      text: decodeUtf16(bytes, parity, 0),
      encoding: parity,
      warnings: [`decoded as ${NAMES[parity]} without a byte-order mark`],
    };
  }
  try {
    const text = utf8.decode(bytes);
    const binary = controlReason(bytes);
    return binary ? { reason: binary } : { text, encoding: 'utf-8', warnings: [] };
  } catch {
    // not UTF-8: a Chinese legacy encoding, or UTF-16 with no ASCII in it at all — or a UTF-8
    // report cut mid-character (a truncated download) or with a few damaged bytes
    const damaged = damagedUtf8(bytes);
    if (damaged) return damaged;
  }
  const sample = Buffer.from(bytes.subarray(0, SAMPLE & ~1));
  const candidates: { encoding: Encoding; score: number }[] = [
    { encoding: 'gb18030', score: plausibility(iconv.decode(sample, 'gb18030')) },
    { encoding: 'big5', score: plausibility(iconv.decode(sample, 'big5')) - BIG5_MARGIN },
  ];
  if (bytes.length % 2 === 0) {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      candidates.push({ encoding, score: plausibility(decodeUtf16(sample, encoding, 0)) - BIG5_MARGIN });
    }
  }
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.encoding !== 'utf-16le' && best.encoding !== 'utf-16be') {
    const binary = controlReason(bytes);
    if (binary) return { reason: binary };
  }
  if (best.score < MIN_PLAUSIBLE) return { reason: 'not text in a known encoding (UTF-8, UTF-16, GB18030, Big5)' };
  const text =
    best.encoding === 'utf-16le' || best.encoding === 'utf-16be'
      ? decodeUtf16(bytes, best.encoding, 0)
      : iconv.decode(Buffer.from(bytes), best.encoding);
  const why = best.encoding.startsWith('utf-16') ? 'without a byte-order mark' : '(not valid UTF-8)';
  return { text, encoding: best.encoding, warnings: [`decoded as ${NAMES[best.encoding]} ${why}`] };
}
