// All five seed reports through the whole chain: what must hold for everything downstream.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalize, type CleanDoc } from '../../src/normalize/index.js';
import type { RawDoc } from '../../src/ingest/index.js';

const SEEDS = path.join(import.meta.dirname, '../../seeds');
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const PINYIN = new RegExp(`[(（][a-zü${TONED}]*[${TONED}][a-zü${TONED}]*[)）]`);
// what GBK mojibake looks like: a `?` touching Chinese text, bopomofo, box drawing, kana, Greek, Cyrillic
const MOJIBAKE =
  /[\u0080-\uFFFF]\?|\?[\u0080-\uFFFF]|[\u3100-\u312F\u2500-\u257F\u3040-\u30FF\u0370-\u03FF\u0400-\u04FF]/;

function raw(name: string): RawDoc {
  const file = path.join(SEEDS, name);
  return {
    id: name.replace(/\.txt$/, ''),
    file,
    text: fs.readFileSync(file, 'utf8'),
    encoding: 'utf-8',
    bytes: 0,
    warnings: [],
  };
}

/** The text with its noise spans cut out. */
function outsideNoise(doc: CleanDoc): string {
  let out = '';
  let at = 0;
  for (const s of doc.noise) {
    out += doc.text.slice(at, s.start) + '\n';
    at = s.end;
  }
  return out + doc.text.slice(at);
}

describe('normalize on the five seed reports', () => {
  const names = fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const docs = new Map<string, CleanDoc>();
  beforeAll(() => {
    for (const name of names) docs.set(name.slice(0, 3), normalize(raw(name)));
  });
  const doc = (seed: string) => docs.get(seed)!;

  it('reads all five', () => {
    expect(names).toHaveLength(5);
  });

  it('leaves no pinyin annotation, no ICP line, no ** and no mojibake outside noise spans', () => {
    for (const [seed, d] of docs) {
      const text = outsideNoise(d);
      expect(text, seed).not.toMatch(PINYIN);
      expect(text, seed).not.toMatch(MOJIBAKE);
      expect(d.text, seed).not.toContain('ICP备');
      expect(d.text, seed).not.toContain('**');
      expect(d.text, seed).not.toMatch(/\n\s*\n|[ \t]\n|\r/);
    }
  });

  it('comes out simplified where the report was traditional (seeds 000, 001, 003)', () => {
    expect(doc('000').traditional).toBe(true);
    expect(doc('001').traditional).toBe(true);
    expect(doc('003').traditional).toBe(true);
    expect(doc('002').traditional).toBe(false);
    expect(doc('004').traditional).toBe(false);
    expect(doc('000').text).toContain('浑源县人民政府县长 赵昱清');
    expect(doc('001').text).toContain('朔州市第七届人民代表大会');
    expect(doc('003').text).toContain('吉县人民政府县长 牛永福');
    for (const seed of ['000', '001', '003']) {
      expect(doc(seed).text, seed).toContain('千万工程');
      expect(doc(seed).text, seed).not.toContain('千萬工程');
    }
  });

  it('keeps `original` aligned: the span of 千万工程 reads 千萬工程 there', () => {
    for (const [seed, d] of docs) expect(d.original.length, seed).toBe(d.text.length);
    for (const seed of ['000', '001', '003']) {
      const d = doc(seed);
      let at = d.text.indexOf('千万工程');
      expect(at, seed).toBeGreaterThanOrEqual(0);
      for (; at >= 0; at = d.text.indexOf('千万工程', at + 1)) expect(d.original.slice(at, at + 4)).toBe('千萬工程');
      const congress = d.text.indexOf('人民代表大会');
      expect(congress, seed).toBeGreaterThanOrEqual(0);
      expect(d.original.slice(congress, congress + 6)).toBe('人民代表大會');
    }
    expect(doc('002').original).toBe(doc('002').text);
  });

  it('joins the dateline of seed 000 split over two lines', () => {
    expect(doc('000').text).toContain('——2024年4月10日在浑源县第十八届人民代表大会第五次会议上\n');
  });

  it('has exact noise spans: in bounds, ordered, covering every U+FFFD and nothing else', () => {
    for (const [seed, d] of docs) {
      let last = 0;
      for (const s of d.noise) {
        expect(s.start, seed).toBeGreaterThanOrEqual(last);
        expect(s.end, seed).toBeGreaterThan(s.start);
        expect(s.end, seed).toBeLessThanOrEqual(d.text.length);
        expect(d.text.slice(s.start, s.end), seed).toMatch(/^\uFFFD+$/);
        last = s.end;
      }
      expect(outsideNoise(d), seed).not.toContain('\uFFFD');
    }
    expect(doc('002').noise).toEqual([]);
    expect(doc('004').noise).toEqual([]);
    for (const seed of ['000', '001', '003']) expect(doc(seed).noise.length, seed).toBeGreaterThan(0);
  });

  it('explains itself in one-line warnings', () => {
    for (const [seed, d] of docs) for (const w of d.warnings) expect(w, seed).toMatch(/^[^\n]+$/);
    expect(doc('000').warnings).toContain('converted traditional to simplified');
    expect(doc('000').warnings.some((w) => /^removed \d+ pinyin annotations$/.test(w))).toBe(true);
    expect(doc('003').warnings).toContain('removed website header/footer (5 lines, twice)');
    expect(doc('001').warnings.some((w) => /^repaired \d+ mojibake runs/.test(w))).toBe(true);
    expect(doc('004').warnings).toContain('removed 13 “**” bold markers');
    expect(doc('002').warnings.every((w) => w.startsWith('joined'))).toBe(true);
  });

  it('gives the same result twice', () => {
    const again = normalize(raw(names[3]!));
    expect(again).toEqual(doc('003'));
  });
});
