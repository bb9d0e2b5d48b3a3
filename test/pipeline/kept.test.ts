// What a build keeps of each report (src/run/kept.ts): the sentences that hold a mention, packed
// into one string, come back exactly as they were, and a sentence without a mention is absent; a
// report's result packed (as workers send it and the cache stores it) unpacks to what it was.
import { describe, expect, it } from 'vitest';
import { isPackedDoc, keptOf, packDoc, PackedSentences, unpackDoc } from '../../src/run/kept.js';
import { processDoc } from '../../src/run/process-doc.js';
import { readDoc } from '../../src/ingest/index.js';
import { ShapeTable } from '../../src/resolve/store.js';

describe('PackedSentences', () => {
  it('gives back each sentence with its text and offsets, and nothing for the others', () => {
    const sentences = {
      0: { text: '全面推进“千万工程”。', start: 0, end: 11 },
      7: { text: '', start: 80, end: 80 },
      3: { text: '建设𠀀号“四好农村路”，投资2.5亿元。', start: 30, end: 51 },
      12: { text: 'x', start: 200, end: 201 },
    };
    const packed = new PackedSentences(PackedSentences.partsOf(sentences));
    for (const [i, s] of Object.entries(sentences)) expect(packed.get(Number(i))).toEqual(s);
    for (const missing of [-1, 1, 2, 4, 8, 11, 13]) expect(packed.get(missing)).toBeUndefined();
  });

  it('holds a report without sentences', () => {
    expect(new PackedSentences(PackedSentences.partsOf({})).get(0)).toBeUndefined();
  });
});

describe('a packed report', () => {
  const raw = readDoc('seeds/002_ce880a99c531598d.txt');
  if ('reason' in raw) throw new Error(raw.reason);
  const result = processDoc(raw);

  it('unpacks to the result it was made of, and holds each distinct shape once', () => {
    const packed = packDoc(result);
    expect(result.mentions.length).toBeGreaterThan(50);
    expect(packed.shapes.length).toBeLessThan(result.mentions.length);
    expect(isPackedDoc(packed)).toBe(true);
    expect(unpackDoc(packed)).toEqual(result);
  });

  it('numbers its shapes in the corpus table, shared with another report', () => {
    const shapes = new ShapeTable();
    const a = keptOf(packDoc(result), shapes);
    const n = shapes.shapes.length;
    const b = keptOf(packDoc(result), shapes);
    expect(shapes.shapes).toHaveLength(n);
    expect([...b.mentions.shape]).toEqual([...a.mentions.shape]);
    expect(b.sentences.get(result.mentions[0]!.sentence)).toEqual(result.sentences[result.mentions[0]!.sentence]);
  });

  it("takes its shapes' ids when they are the table's, and looks the keys up in another table", () => {
    const shapes = new ShapeTable();
    const plain = keptOf(packDoc(result), shapes);
    const packed = packDoc(result);
    // ids as a cache reading for this table would give them (run/cache.ts): taken as they are
    const ids = Int32Array.from(packed.shapes, (k) => shapes.idOfKey(k));
    const given = keptOf({ ...packed, shapeIds: { table: shapes, ids } }, shapes);
    expect([...given.mentions.shape]).toEqual([...plain.mentions.shape]);
    const wrong = Int32Array.from(ids, (id) => id + 1000);
    expect([...keptOf({ ...packed, shapeIds: { table: shapes, ids: wrong } }, shapes).mentions.shape]).toEqual(
      [...plain.mentions.shape].map((id) => id + 1000),
    );
    // ids of another table are not this one's
    const other = new ShapeTable();
    const fromOther = keptOf({ ...packed, shapeIds: { table: shapes, ids: wrong } }, other);
    expect(other.shapes).toHaveLength(packed.shapes.length);
    expect(Math.max(...fromOther.mentions.shape)).toBe(packed.shapes.length - 1);
  });

  it('is refused when its columns do not hold together', () => {
    const broken = [
      (p: ReturnType<typeof packDoc>) => (p.mentions.shape[0] = p.shapes.length),
      (p: ReturnType<typeof packDoc>) => (p.mentions.start = p.mentions.start.subarray(1)),
      (p: ReturnType<typeof packDoc>) => (p.sentences.bounds[1] = p.sentences.text.length + 1),
      (p: ReturnType<typeof packDoc>) => (p.sentences.index = Int32Array.from(p.sentences.index).reverse()),
      (p: ReturnType<typeof packDoc>) => (p.shapes[0] = 3 as unknown as string),
    ];
    for (const breakIt of broken) {
      const p = packDoc(result);
      breakIt(p);
      expect(isPackedDoc(p)).toBe(false);
    }
  });
});
