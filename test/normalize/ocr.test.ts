import { describe, expect, it } from 'vitest';
import { repairLayout } from '../../src/normalize/ocr.js';
import { removePinyin } from '../../src/normalize/pinyin.js';
import {
  caption,
  captionHeading,
  cutA002,
  cutB002,
  cutBeforeHeading,
  headingAfterCut,
  ocrBold,
  ocrCutA,
  ocrCutB,
  ocrPageMarker,
  pinyinDateline,
  pinyinDatelineEnd,
  pinyinSpeaker,
} from '../fixtures/normalize/excerpts.js';

describe('repairLayout', () => {
  it('puts part headings run into a flattened page on lines of their own (text written for the test)', () => {
    const r = repairLayout(
      '现在，我代表县人民政府向大会报告工作，请予审议。 一、2024年工作回顾和五年主要成就 过去一年，全县经济稳步增长。二、2025年工作安排 今年将推进项目建设。',
    );
    expect(r.text.split('\n')).toEqual([
      '现在，我代表县人民政府向大会报告工作，请予审议。',
      '一、2024年工作回顾和五年主要成就 过去一年，全县经济稳步增长。',
      '二、2025年工作安排 今年将推进项目建设。',
    ]);
    expect(r.warnings).toEqual(['put 2 part headings run into the text on lines of their own']);
    // a heading in traditional script, one that starts with its year, one of the main work
    const more = repairLayout(
      '請予審議。 一、2023年工作回顧 全縣經濟增長。二、2024年發展取得新成就 全县经济增长。三、过去一年的主要工作 稳中有进。',
    );
    expect(more.text.split('\n')).toHaveLength(4);
    // an enumeration of industries, and a numbered point that names no part, stay where they are
    const kept = '全县经济稳步增长。一、二、三产业协调发展。二、要抓好安全生产。';
    expect(repairLayout(kept).text).toBe(kept);
  });

  it('drops newspaper page markers at a line start and jump notes anywhere (seed 004, line 9)', () => {
    const r = repairLayout(`${ocrPageMarker}\n推进工程建设(下转二版)`);
    expect(r.text).toBe('打造宜居城市。推进省道黄龙线建成通\n推进工程建设');
    expect(r.warnings).toEqual(['removed 2 newspaper page markers']);
  });

  it('keeps a heading number that lost its opening bracket (seed 004, line 13: `七)聚焦…`)', () => {
    expect(repairLayout('七)聚焦深化改革开放,建设更高层次的“开放”。').text).toBe(
      '七)聚焦深化改革开放,建设更高层次的“开放”。',
    );
  });

  it('drops ** bold markers (seed 004, line 73)', () => {
    const r = repairLayout(ocrBold);
    expect(r.text).not.toContain('**');
    expect(r.text.startsWith('- 1.15项城乡一体化工作:即教育')).toBe(true);
  });

  it('joins a paragraph cut mid-sentence across blank lines, and says where (seed 004, lines 23-25)', () => {
    const r = repairLayout(`${ocrCutA}\n\n${ocrCutB}`);
    expect(r.text).toBe(ocrCutA + ocrCutB);
    expect(r.warnings).toEqual(['joined 1 paragraph cut mid-sentence (text may be missing at “食品、文|24小时”)']);
  });

  it('joins seed 002 lines 63 and 65, one sentence split by the page layout', () => {
    expect(repairLayout(`${cutA002}\n\n${cutB002}`).text).toBe(cutA002 + cutB002);
  });

  it('does not join a cut paragraph to a heading, a photo caption or a byline (seed 002 lines 39-41, 11-13)', () => {
    for (const text of [`${cutBeforeHeading}\n\n${headingAfterCut}`, `${caption}\n\n${captionHeading}`]) {
      expect(repairLayout(text)).toEqual({ text, warnings: [] });
    }
  });

  it('joins a dateline split over two lines, but not the speaker line after it (seed 000, lines 3-5)', () => {
    const lines = removePinyin([pinyinDateline, pinyinDatelineEnd, pinyinSpeaker].join('\n')).text;
    const r = repairLayout(lines);
    expect(r.text).toBe('——2024年4月10日在渾源縣第十八屆人民代表大會第五次會議上\n渾源縣人民政府縣長 趙昱清');
    expect(r.warnings).toEqual(['joined 1 heading split over two lines']);
  });
});
