import { parentCodeOf, statisticalCode } from '../../src/gazetteer/index.js';
import { describe, expect, it } from 'vitest';
import { csvBlockChunks, csvField, csvTable } from '../../src/export/csv.js';
import { CHUNK_ITEMS } from '../../src/export/streamed.js';
import { parseCsv } from '../fixtures/export/csv.js';

describe('csv', () => {
  it('quotes only fields with a comma, quote or line break (RFC 4180)', () => {
    expect(csvField('千万工程')).toBe('千万工程');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(-0.1 + 0.3)).toBe('0.2');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe('-5');
    expect(csvField("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvField('+深入推进')).toBe("'+深入推进");
  });

  it('adds an apostrophe to text that starts with one, so that a reader takes exactly one away', () => {
    expect(csvField("'千万工程'")).toBe("''千万工程'");
    expect(csvField("'=1")).toBe("''=1");
    expect(csvField("千万'工程")).toBe("千万'工程");
  });

  it('leaves a signed number written as text as it is', () => {
    expect(csvField('-3.5')).toBe('-3.5');
    expect(csvField('+5%')).toBe('+5%');
    expect(csvField('-1,200')).toBe('"-1,200"');
    expect(csvField('-3.5亿元')).toBe("'-3.5亿元");
  });

  it('starts with a BOM, ends rows with CRLF, and round-trips tricky fields', () => {
    const tricky = '逗号, "引号"\r\n换行';
    const text = csvTable(['a', 'b'], [[tricky, 1]]);
    expect(text.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ['a', 'b'],
      [tricky, '1'],
    ]);
  });
});

describe('csv blocks', () => {
  it('give a block of rows in pieces of CHUNK_ITEMS rows that join into its whole text', () => {
    const rows = Array.from({ length: CHUNK_ITEMS * 2 + 3 }, (_, i) => [`第${i}行`, i, 'a,b']);
    const [head, block] = [...csvBlockChunks(['name', 'n', 'text'], [{ fingerprint: () => 'f', rows: () => rows }])];
    expect(typeof head).toBe('string');
    if (typeof block === 'string' || !block?.pieces) throw new Error('expected a block with pieces');
    const pieces = [...block.pieces()];
    expect(pieces).toHaveLength(3);
    expect(pieces.join('')).toBe(block.render());
    expect(head + block.render()).toBe(csvTable(['name', 'n', 'text'], rows));
  });
});

describe('six-digit division codes', () => {
  it('pads province and city codes to the six digits statistical tables use', () => {
    expect(statisticalCode('14')).toBe('140000');
    expect(statisticalCode('1402')).toBe('140200');
    expect(statisticalCode('140225')).toBe('140225');
    expect(statisticalCode(undefined)).toBe('');
    // not a division code: left out rather than padded into a wrong one
    expect(statisticalCode('140')).toBe('');
    expect(statisticalCode('14022511')).toBe('');
  });
});

describe('statistical codes', () => {
  it('gives towns and villages their 9 and 12 digits, and finds a parent code in the gazetteer', () => {
    expect(statisticalCode('140225100')).toBe('140225100');
    expect(statisticalCode('140225100201')).toBe('140225100201');
    expect(statisticalCode('1402251')).toBe('');
    expect(parentCodeOf('140225')).toBe('140200');
    expect(parentCodeOf('1402')).toBe('140000');
    expect(parentCodeOf('14')).toBe('');
  });
});
