// A site's watermark stamped at paragraph ends (text written for the test).
import { describe, expect, it } from 'vitest';
import { removeWatermarks } from '../../src/normalize/watermark.js';

describe('removeWatermarks', () => {
  it('turns a mixed-case stamp repeated at paragraph ends back into line breaks, and says so', () => {
    const page =
      '政府工作报告qX7   2024年1月5日在平遥县第十八届人民代表大会第三次会议上qX7   县长张某某qX7   各位代表:qX7   一、2023年工作回顾qX7   全县经济稳步增长。';
    const r = removeWatermarks(page);
    expect(r.text.split('\n').map((l) => l.trim())).toEqual([
      '政府工作报告',
      '2024年1月5日在平遥县第十八届人民代表大会第三次会议上',
      '县长张某某',
      '各位代表:',
      '一、2023年工作回顾',
      '全县经济稳步增长。',
    ]);
    expect(r.warnings).toEqual(["removed a site's watermark “qX7” from 5 paragraph ends"]);
  });

  it('leaves acronyms, numbers, words inside sentences and a stamp seen too few times', () => {
    const text = '推进GDP  核算。建成5G  基站。引进eod项目。实施PPP\n项目。AbC  一次。';
    expect(removeWatermarks(text)).toEqual({ text, warnings: [] });
    const thrice = '一段。xY9  二段。xY9  三段。xY9';
    expect(removeWatermarks(thrice).text).toBe(thrice);
  });
});
