// GBK byte arithmetic for mojibake repair: a character's two bytes, and decoding a byte run.
import iconv from 'iconv-lite';

const byteMemo = new Map<string, readonly number[] | null>();

/** The two GBK bytes of `ch`, or null when it is ASCII or takes four bytes in GB18030. */
export function gbkBytes(ch: string): readonly number[] | null {
  let bytes = byteMemo.get(ch);
  if (bytes === undefined) {
    const b = iconv.encode(ch, 'gb18030');
    bytes = b.length === 2 && b[0]! >= 0x81 ? [b[0]!, b[1]!] : null;
    byteMemo.set(ch, bytes);
  }
  return bytes;
}

const pairMemo = new Map<number, string | null>();

/** The character GBK assigns to a lead/trail pair, or null for unassigned and private-use codes. */
export function gbkPair(lead: number, trail: number): string | null {
  const key = (lead << 8) | trail;
  let ch = pairMemo.get(key);
  if (ch === undefined) {
    const s = iconv.decode(Buffer.from([lead, trail]), 'gb18030');
    const c = s.charCodeAt(0);
    ch = s.length === 1 && c !== 0xfffd && !(c >= 0xe000 && c <= 0xf8ff) ? s : null;
    pairMemo.set(key, ch);
  }
  return ch;
}

/**
 * Decodes a GBK byte run as a decoder that lost its place would have: ASCII bytes stand alone,
 * the rest pair up. A pair GBK does not assign comes back as null; a lead byte left over at the
 * end (its trail byte was lost) as `dangling`.
 */
export function decodeGbk(bytes: readonly number[]): { chars: (string | null)[]; dangling: boolean } {
  const chars: (string | null)[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      chars.push(String.fromCharCode(b));
      i += 1;
    } else if (i + 1 < bytes.length) {
      chars.push(gbkPair(b, bytes[i + 1]!));
      i += 2;
    } else {
      return { chars, dangling: true };
    }
  }
  return { chars, dangling: false };
}
