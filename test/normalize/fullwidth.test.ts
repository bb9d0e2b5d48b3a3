import { describe, expect, it } from 'vitest';
import { toHalfwidth } from '../../src/normalize/fullwidth.js';

describe('toHalfwidth', () => {
  // seed 000, line 10 ("第三產業增加值33.61億元,占GDP比重57.69%。") as a site that types full-width would serve it
  const wide = '第三產業增加值３３．６１億元，占ＧＤＰ比重５７．６９％。';

  it('turns full-width letters, digits and signs into ASCII', () => {
    const r = toHalfwidth(wide);
    expect(r.text).toBe('第三產業增加值33.61億元，占GDP比重57.69%。');
    expect(r.warnings).toEqual(['converted 14 full-width characters to ASCII']);
  });

  it('keeps Chinese punctuation as it is', () => {
    const punct = '，。、：；“”（）！？《》';
    expect(toHalfwidth(punct)).toEqual({ text: punct, warnings: [] });
  });
});
