// Looking a head's words up by offset (a binary search over jieba's words in text order) gives what a scan
// from the sentence's start gives; the recognizers that use it still read every clause of a long sentence.
import { describe, expect, it } from 'vitest';
import { firstEndingAfter, tag, wordEndingAt, wordStartingAt, wordsWithin } from '../../src/extract/segment.js';
import { extract } from '../../src/extract/run.js';
import { organizations } from '../../src/extract/organization.js';
import { reportOf } from '../fixtures/report.js';

const SENTENCE = '永东化工总投资5亿元的焦化项目开工建设，力星钢球获评省制造业领航企业。';

describe('word lookup by offset', () => {
  const words = tag(SENTENCE, 100);

  it('gives every word its offsets in the text it was cut from, past the offset given, spaces and Latin letters included', () => {
    const text = '推进 5G 网络和“千万工程”，  县城建设提速。';
    const tokens = tag(text, 40);
    expect(tokens.map((t) => Object.keys(t))).toEqual(tokens.map(() => ['word', 'tag', 'start', 'end']));
    for (const t of tokens) expect(text.slice(t.start - 40, t.end - 40)).toBe(t.word);
    // in order, without overlaps, covering every non-space character
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
    expect(
      tokens
        .map((t) => t.word)
        .join('')
        .replace(/\s/g, ''),
    ).toBe(text.replace(/\s/g, ''));
  });

  it('finds the first word that ends after an offset, as a scan does, at every offset of a sentence written for the test', () => {
    for (let at = 95; at <= 100 + SENTENCE.length + 2; at++) {
      const scanned = words.findIndex((t) => t.end > at);
      expect(firstEndingAfter(words, at)).toBe(scanned < 0 ? words.length : scanned);
    }
  });

  it('finds the word that starts or ends at an offset, as a scan does', () => {
    const found = (i: number) => (i < 0 ? undefined : i);
    for (let at = 95; at <= 100 + SENTENCE.length + 2; at++) {
      expect(wordStartingAt(words, at)).toBe(found(words.findIndex((t) => t.start === at)));
      expect(wordEndingAt(words, at)).toBe(found(words.findIndex((t) => t.end === at)));
    }
  });

  it('gives the words wholly inside a span, as a filter over every word does', () => {
    for (let start = 100; start < 100 + SENTENCE.length; start++)
      for (let end = start; end <= 100 + SENTENCE.length; end += 3)
        expect(wordsWithin(words, start, end)).toEqual(words.filter((t) => t.start >= start && t.end <= end));
  });

  it('finds each clause’s company in one long sentence of many clauses (a page without stops)', () => {
    const n = 300;
    const text = Array.from({ length: n }, () => SENTENCE.slice(0, -1)).join('，') + '。';
    const names = extract(reportOf(text, { region: '稷山县' }), [organizations]).map((m) => m.name);
    expect(names.filter((t) => t === '永东化工')).toHaveLength(n);
    expect(names.filter((t) => t === '力星钢球')).toHaveLength(n);
  });
});
