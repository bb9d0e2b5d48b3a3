// Sections, phases and sentences of the seeds: phases of known sentences, exact offsets, and the
// layouts that need care (newspaper banners and crossheads in 002, a lost start in 004).
import { describe, expect, it } from 'vitest';
import { structure, type Report } from '../../src/structure/index.js';
import { cnOrdinal, phaseOfTitle } from '../../src/structure/headings.js';
import { docOf, seedDoc } from '../fixtures/structure/seed.js';

const reports = [0, 1, 2, 3, 4].map((i) => structure(seedDoc(i)));
const r = (i: number): Report => reports[i]!;

/** The phase of the first sentence that contains `probe`. */
function phaseOf(report: Report, probe: string): string | undefined {
  return report.sentences.find((s) => s.text.includes(probe))?.phase;
}

describe('sentences', () => {
  it('slice the cleaned text exactly and never cross a paragraph', () => {
    for (const report of reports) {
      expect(report.sentences.length).toBeGreaterThan(100);
      for (const s of report.sentences) {
        expect(report.text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).not.toMatch(/\n/);
        expect(s.text).toBe(s.text.trim());
      }
      report.sentences.forEach((s, i) => expect(s.index).toBe(i));
    }
  });

  it('end at 。！？； with closing quotes kept, and number paragraphs by line', () => {
    const report = structure(docOf('第一句。“第二句！”第三句；\n\n下一段？没有句号'));
    expect(report.sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['第一句。', 0],
      ['“第二句！”', 0],
      ['第三句；', 0],
      ['下一段？', 1],
      ['没有句号', 1],
    ]);
  });
});

describe('phases of known sentences', () => {
  it('000: review, plan and self parts', () => {
    expect(phaseOf(r(0), '全年接待游客突破390万人次')).toBe('review');
    expect(phaseOf(r(0), '壮大新能源产业规模')).toBe('plan');
    expect(phaseOf(r(0), '深化行政事业单位机构改革')).toBe('self');
    expect(
      r(0)
        .sections.filter((s) => s.level === 1)
        .map((s) => s.phase),
    ).toEqual(['review', 'plan', 'self']);
  });

  it('001: 2024年重点工作 is the plan, 相关注释 the glossary', () => {
    expect(phaseOf(r(1), '全年生产原煤2.33亿吨')).toBe('review');
    expect(phaseOf(r(1), '今年是中华人民共和国成立75周年')).toBe('plan');
    expect(phaseOf(r(1), '坚持依法行政')).toBe('self');
    expect(phaseOf(r(1), '新官不理旧账')).toBe('glossary');
  });

  it('002: the 展望2024 banner is layout, 2024年，…将 opens the plan, 自身建设 crosshead is self', () => {
    expect(r(2).sections.map((s) => s.title)).not.toContain('展望2024');
    expect(phaseOf(r(2), '公共实训基地和零工市场投入使用')).toBe('review');
    expect(phaseOf(r(2), '自觉接受人大法律监督')).toBe('self');
    expect(phaseOf(r(2), '稷山县将以习近平新时代')).toBe('plan');
    expect(phaseOf(r(2), '坚持“项目是第一支撑”')).toBe('plan');
    const implicit = r(2).sections.find((s) => s.implicit);
    expect(implicit).toMatchObject({ level: 1, phase: 'plan' });
  });

  it('003: 全面提升政府治理现代化水平 is the self part', () => {
    expect(phaseOf(r(3), '营商环境呈现新')).toBe('review');
    expect(phaseOf(r(3), '做实做优文旅产业')).toBe('plan');
    expect(phaseOf(r(3), '恪守依法行政的思维底线')).toBe('self');
  });

  it('004: the start is lost, so the text before 三、 is the tail of the plan', () => {
    expect(phaseOf(r(4), '打造宜居城市')).toBe('plan');
    expect(phaseOf(r(4), '聚焦保障改善民生')).toBe('plan');
    expect(phaseOf(r(4), '讲政治，忠诚为政') ?? phaseOf(r(4), '讲政治,忠诚为政')).toBe('self');
    expect(phaseOf(r(4), '实验室经济')).toBe('glossary');
  });

  it('the preamble (before the first heading) is review and has section -1', () => {
    const first = r(0).sentences[0]!;
    expect(first).toMatchObject({ phase: 'review', section: -1 });
  });
});

describe('sections', () => {
  it('nest sub-sections in their part and tile the text', () => {
    for (const report of reports) {
      const parts = report.sections.filter((s) => s.level === 1);
      parts.forEach((p, i) => expect(p.end).toBe(parts[i + 1]?.start ?? report.text.length));
      for (const s of report.sections.filter((x) => x.parent !== undefined)) {
        const parent = report.sections[s.parent!]!;
        expect(s.start).toBeGreaterThanOrEqual(parent.start);
        expect(s.end).toBeLessThanOrEqual(parent.end);
      }
    }
  });

  it('a sentence points to its innermost section', () => {
    const s = r(0).sentences.find((x) => x.text.includes('壮大新能源产业规模'))!;
    expect(r(0).sections[s.section]?.title).toMatch(/^\(四\)聚力工业转型/);
  });
});

describe('unnumbered part titles (lines written for the test)', () => {
  it('a title on a line of its own is a part: 过去五年工作回顾, 2025年工作安排, 加强政府自身建设', () => {
    const report = structure(
      docOf(
        '政府工作报告\n各位代表：\n过去五年工作回顾\n五年来，全市经济稳步增长。\n2025年工作安排\n今年将推进重点项目建设。\n加强政府自身建设\n我们将坚持依法行政。',
      ),
    );
    expect(report.sections.filter((x) => x.level === 1).map((x) => [x.title, x.phase])).toEqual([
      ['过去五年工作回顾', 'review'],
      ['2025年工作安排', 'plan'],
      ['加强政府自身建设', 'self'],
    ]);
    expect(phaseOf(report, '推进重点项目')).toBe('plan');
  });

  it('a title with the period or the government it reviews is a part: “十三五”时期的工作回顾, 本届政府工作回顾', () => {
    const report = structure(
      docOf(
        '政府工作报告\n各位代表：\n“十三五”时期的工作回顾\n五年来，全市经济稳步增长。\n2021年和本届政府工作回顾\n过去一年，全市稳中有进。\n十七届人民政府工作回顾\n五年来成绩显著。',
      ),
    );
    expect(report.sections.filter((x) => x.level === 1).map((x) => [x.title, x.phase])).toEqual([
      ['“十三五”时期的工作回顾', 'review'],
      ['2021年和本届政府工作回顾', 'review'],
      ['十七届人民政府工作回顾', 'review'],
    ]);
  });

  it('a sentence that ends like a title is not one', () => {
    const report = structure(docOf('政府工作报告\n各位代表：\n我们认真做好了各项工作安排。\n全市经济稳步增长。'));
    expect(report.sections.filter((x) => x.level === 1)).toEqual([]);
  });
});

describe('headings', () => {
  it('read Chinese ordinals', () => {
    expect([cnOrdinal('一'), cnOrdinal('十'), cnOrdinal('十二'), cnOrdinal('二十')]).toEqual([1, 10, 12, 20]);
  });

  it('announce phases by their words, or by the year they name', () => {
    expect(phaseOfTitle('一、2023年工作回顾')).toBe('review');
    expect(phaseOfTitle('回眸2023')).toBe('review');
    expect(phaseOfTitle('二、2024年工作安排')).toBe('plan');
    expect(phaseOfTitle('展望2024')).toBe('plan');
    expect(phaseOfTitle('三、全面加强政府自身建设')).toBe('self');
    expect(phaseOfTitle('附：名词解释')).toBe('glossary');
    expect(phaseOfTitle('《政府工作报告》相关注释')).toBe('glossary');
    expect(phaseOfTitle('二、2024年奋力推动高质量发展', 2024)).toBe('plan');
    // the year before the report's is its review, even under a word of the plan (主要工作)
    expect(phaseOfTitle('一、2023年政府主要工作', 2024)).toBe('review');
    expect(phaseOfTitle('二、2024年主要工作', 2024)).toBe('plan');
    expect(phaseOfTitle('（三）聚力乡村振兴')).toBeUndefined();
  });
});
