import { describe, expect, it } from 'vitest';
import { byCodeUnit } from '../../src/text/code-units.js';

describe('byCodeUnit', () => {
  it('computes a unit’s value once, keeps 0 apart from not yet computed, and each unit apart', () => {
    const asked: number[] = [];
    const value = (code: number) => (code === 0x3f ? 0 : code === 0x53bf ? 254 : 2);
    const kind = byCodeUnit((code) => (asked.push(code), value(code)));
    expect(['县', '乡', '?', '县', '乡', '?'].map((ch) => kind(ch.charCodeAt(0)))).toEqual([254, 2, 0, 254, 2, 0]);
    expect(asked).toEqual([0x53bf, 0x4e61, 0x3f]);
    // a lone surrogate and the last unit are units like any other
    expect([kind(0xd83d), kind(0xffff), kind(0xd83d)]).toEqual([2, 2, 2]);
    expect(asked).toHaveLength(5);
  });
});
