// Encodings are made in the test from a real excerpt (seed 001, line 1; seed 000, line 3), so no
// binary fixture is checked in.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/ingest/decode.js';

const SIMPLIFIED = '——2024年2月27日在朔州市第七届人民代表大会第四次会议上\n市长 吴秀玲\n各位代表:\n';
const TRADITIONAL = '——2024年4月10日在渾源縣第十八屆人民代表大會第五次會議上\n渾源縣人民政府縣長 趙昱清\n';

function ok(bytes: Uint8Array) {
  const r = decode(bytes);
  if ('reason' in r) throw new Error(`expected text, got: ${r.reason}`);
  return r;
}

describe('decode', () => {
  it('reads UTF-8, with and without BOM', () => {
    expect(ok(Buffer.from(SIMPLIFIED))).toEqual({ text: SIMPLIFIED, encoding: 'utf-8', warnings: [] });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED)]);
    expect(ok(bom)).toMatchObject({ text: SIMPLIFIED, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(ok(iconv.encode(SIMPLIFIED, 'utf16le', { addBOM: true }))).toMatchObject({
      text: SIMPLIFIED,
      encoding: 'utf-16le',
    });
    expect(ok(iconv.encode(SIMPLIFIED, 'utf16be', { addBOM: true }))).toMatchObject({
      text: SIMPLIFIED,
      encoding: 'utf-16be',
    });
  });

  it('reads UTF-16 without a BOM by where the NUL bytes fall', () => {
    expect(ok(iconv.encode(SIMPLIFIED, 'utf16le'))).toEqual({
      text: SIMPLIFIED,
      encoding: 'utf-16le',
      warnings: ['decoded as UTF-16LE without a byte-order mark'],
    });
    expect(ok(iconv.encode(SIMPLIFIED, 'utf16be'))).toMatchObject({ text: SIMPLIFIED, encoding: 'utf-16be' });
  });

  it('reads UTF-16 without BOM and without any ASCII by which decoding reads like Chinese', () => {
    const pure = '各位代表现在我代表市人民政府向大会报告工作请予审议';
    expect(ok(iconv.encode(pure, 'utf16le'))).toMatchObject({ text: pure, encoding: 'utf-16le' });
  });

  it('reads GB18030 when the bytes are not UTF-8', () => {
    expect(ok(iconv.encode(SIMPLIFIED, 'gb18030'))).toEqual({
      text: SIMPLIFIED,
      encoding: 'gb18030',
      warnings: ['decoded as GB18030 (not valid UTF-8)'],
    });
    // traditional text in GBK is GB18030 too, not Big5
    expect(ok(iconv.encode(TRADITIONAL, 'gb18030'))).toMatchObject({ text: TRADITIONAL, encoding: 'gb18030' });
  });

  it('reads Big5 when GB18030 makes junk of it', () => {
    expect(ok(iconv.encode(TRADITIONAL, 'big5'))).toMatchObject({ text: TRADITIONAL, encoding: 'big5' });
  });

  it('turns away what is not text, with a one-line reason', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decode(png)).toEqual({ reason: 'binary file (PNG image), not a text report' });
    expect(decode(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toEqual({
      reason: 'PDF document, not a text report (convert it to text first)',
    });
    expect(decode(new Uint8Array(0))).toEqual({ reason: 'empty file' });
    const nul = Buffer.concat([Buffer.from(SIMPLIFIED), Buffer.from([0, 1, 2, 0]), Buffer.from(SIMPLIFIED)]);
    expect(decode(nul)).toMatchObject({
      reason: expect.stringMatching(/^binary file \(2 NUL bytes in the first \d+ bytes\)/),
    });
    const control = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 3 : 0x41)));
    expect(decode(control)).toMatchObject({ reason: expect.stringMatching(/^binary file \(20\.0% control bytes\)/) });
  });
});
