// Lines a PDF export or a fixed-width page broke inside sentences (text written for the test).
import { describe, expect, it } from 'vitest';
import { unwrapLines } from '../../src/normalize/unwrap.js';

const wrapped = [
  '一、2023年工作回顾',
  '过去一年，全县上下坚持稳中求进工作总基调，经济运',
  '行稳中向好，地区生产总值增长百分之五点二，一般公',
  '共预算收入增长百分之六。全面推行“一窗受理、集成',
  '服务”改革，深入实施“千村示范、万村整治”工程，一',
  '户一策推进产业帮扶，农民收入持续增长，社会大局和',
  '谐稳定。',
  '（一）产业发展取得新成效',
  '全年新增规上工业企业十二家，工业增加值增长百分之',
  '八，新建标准化厂房十万平方米。',
].join('\n');

describe('unwrapLines', () => {
  it('rejoins a text wrapped at one width, keeping headings and sentence ends on their lines, and says so', () => {
    const r = unwrapLines(wrapped);
    expect(r.text.split('\n')).toEqual([
      '一、2023年工作回顾',
      '过去一年，全县上下坚持稳中求进工作总基调，经济运行稳中向好，地区生产总值增长百分之五点二，一般公共预算收入增长百分之六。全面推行“一窗受理、集成服务”改革，深入实施“千村示范、万村整治”工程，一户一策推进产业帮扶，农民收入持续增长，社会大局和谐稳定。',
      '（一）产业发展取得新成效',
      '全年新增规上工业企业十二家，工业增加值增长百分之八，新建标准化厂房十万平方米。',
    ]);
    expect(r.warnings).toEqual(['rejoined 6 lines broken inside a sentence (a page wrapped at about 24 characters)']);
  });

  it('rejoins a numbered item whose title ends inside the line and whose words run on to the width', () => {
    const r = unwrapLines(
      [
        ...wrapped.split('\n'),
        '（二）营商环境持续优化。开展“千名干部进千企、一',
        '企一策解难题”活动，帮助企业解决问题三百余个。',
      ].join('\n'),
    );
    expect(r.text.split('\n').slice(-1)).toEqual([
      '（二）营商环境持续优化。开展“千名干部进千企、一企一策解难题”活动，帮助企业解决问题三百余个。',
    ]);
    // (a heading alone on its line stays there: 产业发展取得新成效 has no sentence's end inside it)
    expect(r.text.split('\n')).toContain('（一）产业发展取得新成效');
  });

  it('leaves a text written in paragraphs alone: headings, titles and speaker lines end without punctuation', () => {
    const text = [
      '政府工作报告',
      '——2024年1月10日在平遥县第十八届人民代表大会第三次会议上',
      '平遥县人民政府县长 张某某',
      '各位代表：',
      '一、2023年工作回顾',
      '过去一年，全县经济稳中向好，地区生产总值增长5.2%，一般公共预算收入增长6%。',
      '（一）产业发展取得新成效',
      '全年新增规上工业企业12家，工业增加值增长8%。',
      '二、2024年工作安排',
      '今年，我们将坚持稳中求进，扎实推进高质量发展。',
    ].join('\n');
    expect(unwrapLines(text)).toEqual({ text, warnings: [] });
  });
});
