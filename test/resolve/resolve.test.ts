// Resolution: one entity per programme across reports, whatever spelling each report uses.
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/resolve/index.js';
import type { Mention } from '../../src/extract/index.js';

const mention = (doc: string, name: string, extra: Partial<Mention> = {}): Mention => ({
  type: 'programme',
  name,
  surface: name,
  doc,
  sentence: 0,
  start: 0,
  end: name.length,
  phase: 'review',
  ...extra,
});

describe('resolve', () => {
  it('merges a glossary expansion in one report with the abbreviation in another (两不一欠)', () => {
    const entities = resolve([
      mention('a', '两不一欠', {
        aliases: ['新官不理旧账、政策不兑现、拖欠民营企业账款'],
        phase: 'glossary',
        definition: '…',
      }),
      mention('b', '新官不理旧账、政策不兑现、拖欠民营企业账款'),
      mention('c', '两不一欠'),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({
      key: 'programme:两不一欠',
      docs: ['a', 'b', 'c'],
      definition: '…',
      definitionDoc: 'a',
    });
    expect(entities[0]!.aliases).toEqual(['新官不理旧账、政策不兑现、拖欠民营企业账款']);
  });

  it('prefers the lexicon name, then the name most reports use', () => {
    const [e] = resolve([
      mention('a', '千村示范、万村整治'),
      mention('b', '千村示范、万村整治'),
      mention('c', '千万工程', { canonical: true }),
    ]);
    expect(e!.label).toBe('千万工程');
    const [f] = resolve([
      mention('a', '三化三制改革', { aliases: ['三化三制'] }),
      mention('b', '三化三制'),
      mention('c', '三化三制'),
    ]);
    expect(f!.label).toBe('三化三制');
  });

  it('merges a programme and a slogan of the same name into the majority type', () => {
    const entities = resolve([
      mention('a', '稷刻办', { type: 'slogan' }),
      mention('b', '稷刻办', { type: 'slogan' }),
      mention('c', '稷刻办'),
    ]);
    expect(entities.map((e) => e.key)).toEqual(['slogan:稷刻办']);
  });

  it('keeps different types apart and sorts entities by key', () => {
    const entities = resolve([
      mention('a', '乡村振兴', { type: 'theme' }),
      mention('a', '新能源', { type: 'industry' }),
      mention('a', '双减'),
    ]);
    expect(entities.map((e) => e.key)).toEqual(['industry:新能源', 'programme:双减', 'theme:乡村振兴']);
  });

  it('takes the largest stated investment and the majority status of a project', () => {
    const [p] = resolve([
      mention('a', '福光共享储能电站', { type: 'project', investment: 1.25e8, status: 'planned' }),
      mention('a', '福光共享储能电站', { type: 'project', status: 'planned' }),
      mention('a', '福光共享储能电站', { type: 'project', status: 'ongoing' }),
    ]);
    expect(p).toMatchObject({ investment: 1.25e8, status: 'planned' });
  });
});
