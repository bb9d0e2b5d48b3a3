// Quote marks a page wrote as doubled semicolons (text written for the test).
import { describe, expect, it } from 'vitest';
import { restoreQuoteMarks } from '../../src/normalize/quote-marks.js';
import { normalize } from '../../src/normalize/index.js';

describe('restoreQuoteMarks', () => {
  it('turns ;;…;; back into a quote, of either width, and says how many', () => {
    const r = restoreQuoteMarks('深入实施;;五大行动;;,全面推行；；一窗通办；；改革。');
    expect(r.text).toBe('深入实施“五大行动”,全面推行“一窗通办”改革。');
    expect(r.warnings).toEqual(['restored 2 pairs of quote marks written as “;;”']);
  });

  it('leaves a text without a pair as it is: one semicolon, a lone double, a pair across lines', () => {
    for (const text of ['一是稳增长;二是促改革;三是惠民生。', '完成任务;;下一步', '推进;;两区\n建设;;一体化']) {
      expect(restoreQuoteMarks(text)).toEqual({ text, warnings: [] });
    }
  });

  it('curls straight double quotes around Chinese words, and only those, without a warning', () => {
    expect(restoreQuoteMarks('落实"双减"政策,开展"清廉机关"创建活动。')).toEqual({
      text: '落实“双减”政策,开展“清廉机关”创建活动。',
      warnings: [],
    });
    for (const text of ['端口设为"8080",模式为"auto"。', '他写下"双减\n"二字']) {
      expect(restoreQuoteMarks(text)).toEqual({ text, warnings: [] });
    }
  });

  it('is part of normalize, so every recognizer sees the quote', () => {
    const clean = normalize({
      id: 'x',
      file: 'x.txt',
      encoding: 'utf-8',
      bytes: 0,
      text: '深入实施;;五大行动;;。',
      warnings: [],
    });
    expect(clean.text).toBe('深入实施“五大行动”。');
  });
});
