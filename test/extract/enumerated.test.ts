// Items enumerated before a counted bundle of actions are its parts (sentences written for the test).
import { describe, expect, it } from 'vitest';
import { isNamedMention } from '../../src/extract/index.js';
import { bundleCount, enumeratedParts } from '../../src/extract/programme/enumerated.js';
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

  it('takes nothing when the count does not match the list, or the items are topics', () => {
    expect(enumeratedParts('实施园区提质、城乡融合“三大行动”', 13, 3)).toEqual([]);
    expect(enumeratedParts('推进厕所、垃圾、污水“三大革命”', 12, 3)).toEqual([]);
  });
});
