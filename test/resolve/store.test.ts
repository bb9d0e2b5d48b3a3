// The mention store (src/resolve/store.ts): mentions kept as shared shapes and typed-array places
// come back as the same mentions, in the same order, and resolve the same way as the objects.
import { describe, expect, it } from 'vitest';
import { MentionList, MentionStore, ShapeTable } from '../../src/resolve/store.js';
import { resolve } from '../../src/resolve/index.js';
import { mentionOf } from '../fixtures/mention.js';
import type { Mention } from '../../src/extract/index.js';

const at = (m: Mention, sentence: number, start: number): Mention => ({
  ...m,
  sentence,
  start,
  end: start + m.surface.length,
});

const corpus: Mention[] = [
  at(mentionOf('a', '千万工程', { canonical: true, aliases: ['千村示范、万村整治'] }), 0, 3),
  at(mentionOf('a', '四好农村路'), 2, 40),
  at(mentionOf('a', '千万工程', { canonical: true, aliases: ['千村示范、万村整治'] }), 5, 90),
  at(mentionOf('b', '千村示范、万村整治'), 1, 12),
  at(mentionOf('b', '四好农村路', { phase: 'plan' }), 7, 300),
  { ...at(mentionOf('c', '上海市'), 0, 0), type: 'region', level: 'province', code: '31' },
];

describe('MentionStore', () => {
  it('gives back every mention with all its fields, in the order given', () => {
    const store = MentionStore.of(corpus);
    expect(store.length).toBe(corpus.length);
    corpus.forEach((m, i) => {
      expect(store.get(i)).toEqual(m);
      expect(store.docOf(i)).toBe(m.doc);
    });
  });

  it('keeps one shape for mentions that differ only in where they stand', () => {
    const shapes = new ShapeTable();
    const a = shapes.columns(corpus.filter((m) => m.doc === 'a'));
    expect([...a.shape]).toEqual([0, 1, 0]);
    expect([...a.start]).toEqual([3, 40, 90]);
    // another report's mention of the same name in another phase is another shape
    const b = shapes.columns(corpus.filter((m) => m.doc === 'b'));
    expect(new Set([...b.shape, ...a.shape]).size).toBe(4);
    // the shared lists cannot be changed by one mention's reader
    expect(Object.isFrozen(shapes.shapes[0]!.aliases)).toBe(true);
  });

  it('numbers reports given apart in the order they are added', () => {
    const shapes = new ShapeTable();
    const store = new MentionStore(shapes, [
      { id: 'b', mentions: shapes.columns(corpus.filter((m) => m.doc === 'b')) },
      { id: 'a', mentions: shapes.columns(corpus.filter((m) => m.doc === 'a')) },
    ]);
    expect(Array.from({ length: store.length }, (_, i) => store.docOf(i))).toEqual(['b', 'b', 'a', 'a', 'a']);
    expect(store.get(2)).toEqual(corpus[0]);
  });

  it('lists an entity’s mentions by id and joins two lists in the store’s order', () => {
    const store = MentionStore.of(corpus);
    const list = new MentionList(store, Int32Array.from([1, 4])).merge(new MentionList(store, Int32Array.from([0, 2])));
    expect(list.length).toBe(4);
    expect([...list]).toEqual([corpus[0], corpus[1], corpus[2], corpus[4]]);
    expect([...new MentionList(store, Int32Array.from([3])).merge(new MentionList(store, new Int32Array()))]).toEqual([
      corpus[3],
    ]);
  });
});

describe('resolve over a store', () => {
  it('merges spellings across reports and lists each entity’s mentions in report order', () => {
    const fromStore = resolve(MentionStore.of(corpus));
    expect(fromStore.map((e) => e.key)).toEqual(['programme:千万工程', 'programme:四好农村路', 'region:上海市']);
    const qw = fromStore.find((e) => e.key === 'programme:千万工程')!;
    expect(qw.docs).toEqual(['a', 'b']);
    expect([...qw.mentions].map((m) => [m.doc, m.start])).toEqual([
      ['a', 3],
      ['a', 90],
      ['b', 12],
    ]);
  });

  it('keeps a spelling apart for all its mentions when asked to', () => {
    const entities = resolve(MentionStore.of(corpus), { keepApart: ['千村示范、万村整治'] });
    const apart = entities.find((e) => e.label === '千村示范、万村整治')!;
    // report a's mentions carry the spelling as an alias: they stand for it too, every one of them
    expect(apart.docs).toEqual(['a', 'b']);
    expect(apart.mentions.length).toBe(3);
    expect(entities.some((e) => e.label === '千万工程')).toBe(false);
  });
});
