// Glossary entries of seeds 001 (相关注释, numbered, some over several paragraphs) and 004
// (名词解释 on an OCR'd page: `- 10.“链核”企业:**是指…`, some numbers lost).
import { describe, expect, it } from 'vitest';
import { structure } from '../../src/structure/index.js';
import { cleanTerm } from '../../src/structure/glossary.js';
import { docOf, seedDoc } from '../fixtures/structure/seed.js';

const g001 = structure(seedDoc(1));
const g004 = structure(seedDoc(4));
const entry = (report: typeof g001, term: string) => report.glossary.find((e) => e.term === term);

describe('glossary of seed 001', () => {
  it('has its 36 numbered entries, in order', () => {
    expect(g001.glossary).toHaveLength(36);
    expect(g001.glossary[0]!.term).toBe('两个确立');
    expect(g001.glossary.at(-1)!.term).toBe('浦江经验');
  });

  it('strips numbering and quotes, and the generic word outside them', () => {
    expect(entry(g001, '两不一欠')?.definition).toMatch(/^新官不理旧账、政策不兑现、拖欠民营企业账款/);
    expect(entry(g001, '揭榜挂帅')).toMatchObject({ raw: '“揭榜挂帅”制度' });
    expect(entry(g001, '三改联动')?.definition).toMatch(/^节能降耗改造/);
    expect(entry(g001, '五个一批')?.definition).toMatch(/^塑造一批群众文化惠民服务品牌/);
    expect(entry(g001, '三个一批')?.definition).toMatch(/^开发区项目签约一批/);
  });

  it('keeps the paragraphs that continue an entry (新时代“枫桥经验”)', () => {
    const e = entry(g001, '枫桥经验')!;
    expect(e.definition).toMatch(/^20世纪60年代初/);
    expect(e.definition).toContain('五个坚持');
    expect(e.end).toBe(entry(g001, '浦江经验')!.start - '36.'.length - 1);
  });

  it('points at the term as written', () => {
    for (const e of g001.glossary) {
      expect(g001.text.slice(e.termStart, e.termEnd)).toBe(e.raw);
      expect(e.start).toBe(e.termStart);
      expect(g001.text.slice(e.start, e.end)).toContain(e.definition.slice(0, 10));
    }
  });
});

describe('glossary of seed 004', () => {
  it('reads bulleted entries with ** markers, numbered or not', () => {
    expect(g004.glossary.map((e) => e.term)).toEqual([
      '15项城乡一体化工作',
      '三区三线',
      '四全工作法',
      '四库管理',
      '三化',
      '三橙',
      '新质生产力',
      '实验室经济',
      '五个基地',
      '链核',
      '十大专项行动',
      '气候投融资试点',
      '五不放过、五个必须',
    ]);
    expect(entry(g004, '链核')).toMatchObject({ raw: '“链核”企业' });
    expect(entry(g004, '链核')?.definition).toMatch(/^是指“链主”企业的核心配套企业/);
    expect(entry(g004, '15项城乡一体化工作')?.definition).toMatch(/^即教育、医疗/);
    expect(entry(g004, '新质生产力')?.definition).not.toContain('**');
  });
});

describe('entries', () => {
  it('come only from glossary sections', () => {
    expect(structure(seedDoc(0)).glossary).toEqual([]);
    const report = structure(
      docOf(
        '一、2023年工作回顾\n“四好农村路”：建好、管好、护好、运营好。\n附：名词解释\n1.“四好农村路”：把农村公路建好、管好、护好、运营好。',
      ),
    );
    expect(report.glossary.map((e) => [e.term, e.definition])).toEqual([
      ['四好农村路', '把农村公路建好、管好、护好、运营好。'],
    ]);
  });

  it('come from a run of four numbered entries or more when the page lost the glossary’s heading', () => {
    // a site that prints the glossary before the report: 1, 2, 3, 4 in order, a short term, a colon
    const report = structure(
      docOf(
        '1.两增两减：增加收入、增加就业，减少负担、减少排放。\n2.三进三出：项目进园、企业进区。\n3.放管服：简政放权、放管结合、优化服务。\n4.四送一服：送政策、送项目，服务企业。\n政府工作报告\n各位代表：\n一、2023年工作回顾\n全县经济稳步增长。',
      ),
    );
    expect(report.glossary.map((e) => e.term)).toEqual(['两增两减', '三进三出', '放管服', '四送一服']);
    expect(report.glossary[2]!.definition).toBe('简政放权、放管结合、优化服务。');
    // three in a row, or numbers out of order, are a list of the report's own
    const list = structure(
      docOf(
        '一、2024年工作安排\n1.工业：增长8%。\n2.农业：增长4%。\n3.服务业：增长6%。\n5.外贸：稳中有进。\n6.消费：增长5%。',
      ),
    );
    expect(list.glossary).toEqual([]);
  });

  it('clean terms', () => {
    expect(cleanTerm('新时代“枫桥经验”')).toBe('枫桥经验');
    expect(cleanTerm('“五个一批”文化惠民工程')).toBe('五个一批');
    expect(cleanTerm('保交楼')).toBe('保交楼');
    expect(cleanTerm('“三区”“三线”')).toBe('三区三线');
  });
});
