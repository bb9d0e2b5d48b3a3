// Tells bytes that are not a text report (images, PDFs, archives, binaries) by their first bytes.

const MAGIC: readonly [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'binary file (PNG image), not a text report'],
  [[0xff, 0xd8, 0xff], 'binary file (JPEG image), not a text report'],
  [[0x47, 0x49, 0x46, 0x38], 'binary file (GIF image), not a text report'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF document, not a text report (convert it to text first)'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP archive (or .docx/.xlsx), not a text report'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'binary Office document (.doc/.xls), not a text report'],
  [[0x1f, 0x8b], 'gzip archive, not a text report'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR archive, not a text report'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7-Zip archive, not a text report'],
  [[0x7f, 0x45, 0x4c, 0x46], 'binary file (executable), not a text report'],
];

/** Share of control bytes (other than tab, line feed, carriage return, form feed, escape) that marks a binary. */
const MAX_CONTROL = 0.01;
const SAMPLE = 64 * 1024;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Why `bytes` is not a text report by its magic number, or null. */
export function magicReason(bytes: Uint8Array): string | null {
  for (const [magic, reason] of MAGIC) if (startsWith(bytes, magic)) return reason;
  return null;
}

/**
 * Why single-byte-encoded `bytes` (UTF-8, GB18030, Big5: no NUL in text) look binary, or null.
 * UTF-16 is detected before this is asked.
 */
export function controlReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SAMPLE);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (nul > 0) return `binary file (${nul} NUL byte${nul > 1 ? 's' : ''} in the first ${kb(n)}), not a text report`;
  if (control > n * MAX_CONTROL)
    return `binary file (${((control / n) * 100).toFixed(1)}% control bytes), not a text report`;
  return null;
}

function kb(n: number): string {
  return n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`;
}
