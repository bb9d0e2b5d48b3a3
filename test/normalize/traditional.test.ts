import { describe, expect, it } from 'vitest';
import { simplify } from '../../src/normalize/traditional.js';
import { qianwan001, stray004 } from '../fixtures/normalize/excerpts.js';

describe('simplify', () => {
  it('converts a traditional text and keeps the traditional surface aligned (seed 001, line 10)', () => {
    const r = simplify(qianwan001);
    expect(r.text).toBe('乡村振兴全面推进。深入学习推广“千万工程”经验');
    expect(r.traditional).toBe(true);
    expect(r.original).toBe(qianwan001);
    const start = r.text.indexOf('千万工程');
    expect(r.original.slice(start, start + 4)).toBe('千萬工程');
    expect(r.warnings).toEqual(['converted traditional to simplified']);
  });

  it('uses phrases: 乾隆 stays, 乾淨 becomes 干净, 顯著 becomes 显著 (not 显着)', () => {
    expect(simplify('乾隆年間修建,環境乾淨,成效顯著').text).toBe('乾隆年间修建,环境干净,成效显著');
  });

  it('fixes stray traditional characters in a simplified report and leaves ambiguous ones (seed 004: 開展)', () => {
    const r = simplify(`${stray004}效果显著。`);
    expect(r.text).toBe(`${stray004.replace('開展', '开展')}效果显著。`);
    expect(r.traditional).toBe(false);
    expect(r.warnings).toEqual(['converted stray traditional characters to simplified (開)']);
  });

  it('leaves a simplified text as it is', () => {
    const text = '打造宜居城市。推进省道黄龙线建成通车。';
    expect(simplify(text)).toEqual({ text, original: text, traditional: false, warnings: [] });
  });
});
