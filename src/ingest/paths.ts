// File names that are not UTF-8 (a GBK-named file copied from a Windows share) are read by their
// bytes. A path is a string everywhere in govgraph; each byte of a name that is not UTF-8 is kept
// in it as a lone surrogate U+DC80–U+DCFF (Python's "surrogateescape"), which no UTF-8 name can
// produce, so the bytes come back exactly for the file system (fsPath) and show as \xNN to people
// (shownPath).
import fs from 'node:fs';

const ESCAPED = /[\uDC80-\uDCFF]/;

/** A name's bytes as a string: UTF-8 where they are UTF-8, every other byte escaped. */
export function pathOfBytes(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const n = validSequence(bytes, i);
    if (n > 0) {
      out += bytes.toString('utf8', i, i + n);
      i += n;
    } else {
      out += String.fromCharCode(0xdc00 + bytes[i]!);
      i += 1;
    }
  }
  return out;
}

/** The length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates), or 0. */
function validSequence(b: Buffer, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c >= 0xe1 && c <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** What to hand the file system: the string itself, or its bytes when it carries escaped ones. */
export function fsPath(file: string): string | Buffer {
  if (!ESCAPED.test(file)) return file;
  const parts: Buffer[] = [];
  for (const ch of file) {
    const code = ch.charCodeAt(0);
    parts.push(
      ch.length === 1 && code >= 0xdc80 && code <= 0xdcff ? Buffer.of(code - 0xdc00) : Buffer.from(ch, 'utf8'),
    );
  }
  return Buffer.concat(parts);
}

/** A path for people: escaped bytes as \xNN. */
export function shownPath(file: string): string {
  return file.replace(/[\uDC80-\uDCFF]/g, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16).padStart(2, '0')}`);
}

/** The names in a folder, each as pathOfBytes gives it. */
export function readdirNames(dir: string): string[] {
  return fs.readdirSync(fsPath(dir), { encoding: 'buffer' }).map(pathOfBytes);
}

/** realpath as a string in the same escaping. */
export function realPath(file: string): string {
  // the native realpath: the JavaScript one turns a Buffer path back into a (lossy) string
  return pathOfBytes(fs.realpathSync.native(fsPath(file), { encoding: 'buffer' }));
}
