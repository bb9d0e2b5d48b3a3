// Items enumerated before a counted bundle of actions are its parts (sentences written for the test).
import { describe, expect, it } from 'vitest';
import { isNamedMention } from '../../src/extract/index.js';
import { bundleCount, enumeratedParts, placeCount } from '../../src/extract/programme/enumerated.js';
import { extract } from '../../src/extract/run.js';
import { quotedProgrammes } from '../../src/extract/programme/index.js';
import { reportOf } from '../fixtures/report.js';

describe('bundleCount', () => {
  it('reads the count a bundle name starts with', () => {
    expect(bundleCount('六大行动')).toBe(6);
    expect(bundleCount('十二项工程')).toBe(12);
    expect(bundleCount('二十大行动')).toBe(20);
    expect(bundleCount('乡村振兴')).toBeUndefined();
  });
});

describe('enumerated parts', () => {
  it('takes the listed actions before 等“三大行动” as its parts, without the verb', () => {
    const text = '过去一年，全面实施园区提质、城乡融合、文旅赋能等“三大行动”。';
    const found = extract(reportOf(text, { region: '平遥县' }), [quotedProgrammes]);
    expect(found.filter(isNamedMention).map((m) => [m.name, m.partOf])).toEqual([
      ['园区提质', '三大行动'],
      ['城乡融合', '三大行动'],
      ['文旅赋能', '三大行动'],
      ['三大行动', undefined],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('takes the positionings or strategies listed before the region’s counted set of them as its slogans', () => {
    const parts = (text: string) =>
      extract(reportOf(text, { region: '平遥县' }), [quotedProgrammes])
        .filter(isNamedMention)
        .map((m) => [m.type, m.name, m.partOf]);
    expect(parts('充分发挥晋中南交通枢纽、古城文化名县、康养度假胜地“三城”叠加优势。')).toEqual([
      ['slogan', '晋中南交通枢纽', '三城'],
      ['slogan', '古城文化名县', '三城'],
      ['slogan', '康养度假胜地', '三城'],
      ['slogan', '三城', undefined],
    ]);
    expect(parts('深入实施工业强县、农业稳县、旅游兴县“三大战略”。').slice(0, 3)).toEqual([
      ['slogan', '工业强县', '三大战略'],
      ['slogan', '农业稳县', '三大战略'],
      ['slogan', '旅游兴县', '三大战略'],
    ]);
    // the region's own structures listed (四条全产业链, 六大基地) are not its positionings
    expect(parts('抓好百亿元乳业、百亿元肉业、五十亿元粮油、五十亿元蔬果“四条全产业链”。')).toEqual([
      ['slogan', '四条全产业链', undefined],
    ]);
    // a verb right before the quote is the quote's, not an item of a list
    const text = '围绕擦亮“一张名片”、全力打造“两区”';
    expect(enumeratedParts(text, text.indexOf('“两区”'), 2)).toEqual([]);
    // two items for a set of three: no parts
    expect(parts('充分发挥交通枢纽城市、文化名县“三城”优势。')).toEqual([['slogan', '三城', undefined]]);
  });

  it('reads the count of a set of places', () => {
    expect(placeCount('三城')).toBe(3);
    expect(placeCount('两个中心')).toBe(2);
    expect(placeCount('三城一区')).toBeUndefined();
  });

  it('takes nothing when the count does not match the list, or the items are topics', () => {
    expect(enumeratedParts('实施园区提质、城乡融合“三大行动”', 13, 3)).toEqual([]);
    expect(enumeratedParts('推进厕所、垃圾、污水“三大革命”', 12, 3)).toEqual([]);
  });
});
