// What a build keeps of each report (src/run/kept.ts): the sentences that hold a mention, packed
// into one string, come back exactly as they were, and a sentence without a mention is absent.
import { describe, expect, it } from 'vitest';
import { PackedSentences } from '../../src/run/kept.js';

describe('PackedSentences', () => {
  it('gives back each sentence with its text and offsets, and nothing for the others', () => {
    const sentences = {
      0: { text: '全面推进“千万工程”。', start: 0, end: 11 },
      7: { text: '', start: 80, end: 80 },
      3: { text: '建设𠀀号“四好农村路”，投资2.5亿元。', start: 30, end: 51 },
      12: { text: 'x', start: 200, end: 201 },
    };
    const packed = new PackedSentences(sentences);
    for (const [i, s] of Object.entries(sentences)) expect(packed.get(Number(i))).toEqual(s);
    for (const missing of [-1, 1, 2, 4, 8, 11, 13]) expect(packed.get(missing)).toBeUndefined();
  });

  it('holds a report without sentences', () => {
    expect(new PackedSentences({}).get(0)).toBeUndefined();
  });
});
