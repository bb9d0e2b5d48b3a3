// Resolution: one entity per programme across reports, whatever spelling each report uses.
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/resolve/index.js';
import { BARE_NUMBER } from '../../src/resolve/merge.js';
import { extract } from '../../src/extract/run.js';
import { lexiconProgrammes, quotedProgrammes } from '../../src/extract/programme/index.js';
import { reportOf } from '../fixtures/report.js';
import { mentionOf } from '../fixtures/mention.js';

const mention = mentionOf;

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

  it('lists an entity’s reports by id once each, whatever order its names’ reports come in', () => {
    const names = (docs: string[]) =>
      docs.map((d, i) =>
        i % 2 ? mention(d, '千村示范、万村整治') : mention(d, '千万工程', { aliases: ['千村示范、万村整治'] }),
      );
    // the store numbers the reports as they come: in id order, and not
    for (const docs of [
      ['a', 'b', 'c', 'd'],
      ['d', 'b', 'c', 'a', 'b'],
    ]) {
      const [e] = resolve(names(docs));
      expect(e!.label).toBe('千万工程');
      expect(e!.docs).toEqual([...new Set(docs)].sort());
    }
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

  // The label goes to the name of most reports: 甲乙工程 has more mentions (4) but fewer reports (2)
  // than 甲乙丙工程 (3 mentions, 3 reports); counting report b twice would tie them on reports and
  // give 甲乙工程 the label by its count.
  const reportsCounted = (order: string[]) =>
    resolve([
      ...order.map((doc) => mention(doc, '甲乙工程', { aliases: ['甲乙'] })),
      ...['c', 'd', 'e'].map((doc) => mention(doc, '甲乙丙工程', { aliases: ['甲乙'] })),
    ]);

  it('counts each report once for the label when its mentions come together (as a build gives them)', () => {
    const [e] = reportsCounted(['a', 'b', 'b', 'b']);
    expect(e).toMatchObject({ label: '甲乙丙工程', docs: ['a', 'b', 'c', 'd', 'e'] });
    expect(e!.mentions.length).toBe(7);
  });

  it('counts each report once for the label when its mentions come in several runs', () => {
    const [e] = reportsCounted(['b', 'a', 'b', 'b']);
    expect(e).toMatchObject({ label: '甲乙丙工程', docs: ['a', 'b', 'c', 'd', 'e'] });
    expect([...e!.mentions].map((m) => m.doc)).toEqual(['b', 'a', 'b', 'b', 'c', 'd', 'e']);
  });
});

describe('merges a researcher can see and undo (sentences written for the test)', () => {
  const report = (text: string, id: string) => {
    const r = reportOf(text, { id, region: '平遥县' });
    return extract(r, [quotedProgrammes, lexiconProgrammes]);
  };

  it('lists each name merged into a node with the reason', () => {
    const mentions = [...report('深入学习“千村示范、万村整治”经验。', 'a'), ...report('推进“千万工程”。', 'b')];
    const [e] = resolve(mentions);
    expect(e?.label).toBe('千万工程');
    expect(e?.mergedFrom).toEqual(['千村示范、万村整治 (lexicon)']);
  });

  it('keeps a name apart when asked, so the merge is undone', () => {
    const mentions = [...report('深入学习“千村示范、万村整治”经验。', 'a'), ...report('推进“千万工程”。', 'b')];
    const entities = resolve(mentions, { keepApart: ['千村示范、万村整治'] });
    expect(entities.map((x) => [x.label, x.docs])).toEqual([
      ['千万工程', ['b']],
      ['千村示范、万村整治', ['a']],
    ]);
    expect(entities.every((x) => !x.mergedFrom)).toBe(true);
  });

  it('makes the part of a bundle its own entity, linked to the bundle, not an alias of it', () => {
    const mentions = [...report('全力做好“六稳”工作。', 'a'), ...report('落实“六稳六保”任务。', 'b')];
    const entities = resolve(mentions);
    // the bundle names its parts too: 六稳 is named by both reports, 六保 by the bundle's
    expect(entities.map((x) => [x.label, x.docs, 'partOf' in x ? x.partOf : undefined])).toEqual([
      ['六保', ['b'], ['六稳六保']],
      ['六稳', ['a', 'b'], ['六稳六保']],
      ['六稳六保', ['b'], undefined],
    ]);
    // (named on the bundle's words, a part is no merge of the bundle's spelling: nothing to undo)
    expect(entities.map((x) => x.mergedFrom)).toEqual([undefined, undefined, undefined]);
  });

  it('does not name the one clause the lexicon lists of a bundle, its short form, when the bundle is named', () => {
    // 县管乡用 is listed alone of 县管乡用、乡聘村用: a report that names the whole names one programme
    const whole = resolve(report('推行“县管乡用、乡聘村用”机制。', 'a'));
    expect(whole.map((x) => x.label)).toEqual(['县管乡用、乡聘村用']);
    // named alone, the clause is still its own programme, part of the bundle
    const alone = resolve(report('推行“县管乡用”。', 'b'));
    expect(alone.map((x) => [x.label, 'partOf' in x ? x.partOf : undefined])).toEqual([
      ['县管乡用', ['县管乡用、乡聘村用']],
    ]);
  });
});

describe('numbered lines of two regions', () => {
  /** The quoted mentions of `text` in report `doc`, issued by `region` at `level`. */
  const linesOf = (text: string, doc: string, region: string, level: 'county' | 'district') => {
    const r = reportOf(text, { id: doc, region });
    r.region = { name: region, level };
    return extract(r, [quotedProgrammes]);
  };

  it('stay apart when each is its own region’s, though their digits are the same', () => {
    const entities = resolve([
      ...linesOf('聚焦区委“2468”发展思路，抢抓机遇。', 'a', '甲区', 'district'),
      ...linesOf('落实区委“2468”重大部署，攻坚破难。', 'b', '乙区', 'district'),
    ]);
    expect(entities.map((x) => [x.type, x.label, x.docs])).toEqual([
      ['slogan', '2468发展思路', ['a']],
      ['slogan', '2468重大部署', ['b']],
    ]);
  });

  it('are one programme when a higher level set them, by their digits', () => {
    const entities = resolve([
      ...linesOf('落实省委“2468”具体部署。', 'a', '甲县', 'county'),
      ...linesOf('围绕省委“2468”战略任务。', 'b', '乙县', 'county'),
    ]);
    expect(entities.filter((x) => x.type === 'programme').map((x) => x.docs)).toEqual([['a', 'b']]);
  });
});

describe('numbered lines of two provinces', () => {
  const linesOf = (text: string, doc: string, region: string) => {
    const r = reportOf(text, { id: doc, region });
    r.region = { name: region, level: 'county' };
    return extract(r, [quotedProgrammes]);
  };
  const mentions = () => [
    ...linesOf('认真落实省委“4725”具体部署。', 'a', '甲县'),
    ...linesOf('全面落实市委“4725”总体部署。', 'b', '乙县'),
  ];

  it('stay apart when only their digits are shared and their reports are of two provinces', () => {
    const provinces = new Map([
      ['a', '广东'],
      ['b', '河南'],
    ]);
    const entities = resolve(mentions(), { provinces });
    expect(entities.map((x) => [x.label, x.docs])).toEqual([
      ['4725具体部署', ['a']],
      ['4725总体部署', ['b']],
    ]);
  });

  it('are one by their digits when their reports are of one province', () => {
    const provinces = new Map([
      ['a', '河南'],
      ['b', '河南'],
    ]);
    expect(resolve(mentions(), { provinces }).map((x) => x.docs)).toEqual([['a', 'b']]);
  });

  it('link by a name with words in it across provinces as before', () => {
    const r = (text: string, id: string) => extract(reportOf(text, { id, region: '甲县' }), [quotedProgrammes]);
    const provinces = new Map([
      ['a', '广东'],
      ['b', '河南'],
    ]);
    const both = [...r('落实“百千万工程”部署。', 'a'), ...r('推进“百千万工程”。', 'b')];
    expect(resolve(both, { provinces }).map((x) => x.docs)).toEqual([['a', 'b']]);
  });
});

describe('BARE_NUMBER', () => {
  it('is a name of digits alone, joined by plus signs', () => {
    expect(['1310', '3+1+1', '1+n'].every((k) => BARE_NUMBER.test(k))).toBe(true);
    expect(['12345热线', '十三五', '5g', '+1'].some((k) => BARE_NUMBER.test(k))).toBe(false);
  });
});

describe('rank names of two works', () => {
  it('stay apart: 一号工程 alone is every region’s first work, not a name that links them', () => {
    const r = (text: string, id: string) => extract(reportOf(text, { id, region: '甲县' }), [quotedProgrammes]);
    const entities = resolve([...r('深入实施招商引资“一号工程”。', 'a'), ...r('全力推进生态环保“一号工程”。', 'b')]);
    expect(entities.map((x) => [x.label, x.docs, x.aliases])).toEqual([
      ['招商引资一号工程', ['a'], []],
      ['生态环保一号工程', ['b'], []],
    ]);
  });
});

describe('a region’s own counted campaigns in two provinces', () => {
  const own = (text: string, id: string, region: string) => {
    const r = reportOf(text, { id, region });
    r.region = { name: region, level: 'county' };
    return extract(r, [quotedProgrammes, lexiconProgrammes]);
  };
  const reports = () => [
    ...own('深入实施“八大行动”，经济稳中向好。', 'a', '甲县'),
    ...own('全力推进“八大行动”，民生持续改善。', 'b', '乙县'),
    ...own('扎实开展“八大行动”，城乡面貌一新。', 'c', '丙县'),
  ];

  it('is one entity per province, its label naming the province, its plain name an alias', () => {
    const provinces = new Map([
      ['a', '安徽省'],
      ['b', '四川省'],
      ['c', '安徽省'],
    ]);
    const entities = resolve(reports(), { provinces });
    expect(entities.map((x) => [x.type, x.label, x.docs, x.aliases, x.mergedFrom])).toEqual([
      ['programme', '八大行动（四川省）', ['b'], ['八大行动'], undefined],
      ['programme', '八大行动（安徽省）', ['a', 'c'], ['八大行动'], undefined],
    ]);
  });

  it('is one entity with its plain name when its reports are of one province', () => {
    const provinces = new Map(['a', 'b', 'c'].map((d) => [d, '安徽省'] as const));
    expect(resolve(reports(), { provinces }).map((x) => [x.label, x.docs])).toEqual([['八大行动', ['a', 'b', 'c']]]);
  });

  it('leaves a counted programme the lexicon knows one entity across provinces', () => {
    const provinces = new Map([
      ['a', '安徽省'],
      ['b', '四川省'],
    ]);
    const national = [...own('打好“三大攻坚战”。', 'a', '甲县'), ...own('打赢“三大攻坚战”。', 'b', '乙县')];
    expect(resolve(national, { provinces }).map((x) => [x.label, x.docs])).toEqual([['三大攻坚战', ['a', 'b']]]);
  });

  it('splits a counted slogan as well, but not a numbered method that lists no campaigns (sentences written for the test)', () => {
    const provinces = new Map([
      ['a', '安徽省'],
      ['b', '四川省'],
    ]);
    const strategies = [...own('坚定实施“三大战略”。', 'a', '甲县'), ...own('深入推进“三大战略”。', 'b', '乙县')];
    expect(resolve(strategies, { provinces }).map((x) => [x.type, x.label])).toEqual([
      ['slogan', '三大战略（四川省）'],
      ['slogan', '三大战略（安徽省）'],
    ]);
    const method = [...own('推行“三个一批”工作法。', 'a', '甲县'), ...own('推行“三个一批”工作法。', 'b', '乙县')];
    expect(resolve(method, { provinces }).map((x) => [x.type, x.label, x.docs])).toEqual([
      ['programme', '三个一批', ['a', 'b']],
    ]);
  });
});
