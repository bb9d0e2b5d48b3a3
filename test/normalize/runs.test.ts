// A PDF text layer that put every number on a line of its own (text written for the test).
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { rejoinRuns } from '../../src/normalize/runs.js';
import type { RawDoc } from '../../src/ingest/index.js';

const layer = [
  '2025',
  '年某某县人民政府工作报告',
  '各位代表：',
  '一、2024年工作回顾',
  '2024',
  '年，全县坚持稳中求进，围绕“',
  '2351',
  '”发展思路，扎实推进“',
  '4',
  '”“',
  '9',
  '”专项行动，地区生产总值增长',
  '5.6%;',
  '一般公共预算收入增长',
  '7%',
  '。',
  '（一）产业发展取得新成效',
  '全年新增规上工业企业',
  '12',
  '家，建成标准化厂房',
  '10',
  '万平方米。',
].join('\n');

describe('rejoinRuns', () => {
  it('joins each number to both of its lines, and the quote and clause marks to theirs, keeping headings', () => {
    const r = rejoinRuns(layer);
    expect(r.text.split('\n')).toEqual([
      '2025年某某县人民政府工作报告',
      '各位代表：',
      '一、2024年工作回顾',
      '2024年，全县坚持稳中求进，围绕“2351”发展思路，扎实推进“4”“9”专项行动，地区生产总值增长5.6%;一般公共预算收入增长7%。',
      '（一）产业发展取得新成效',
      '全年新增规上工业企业12家，建成标准化厂房10万平方米。',
    ]);
    expect(r.warnings).toEqual(['rejoined 16 lines of a text layer that put each number on a line of its own']);
  });

  it('after it, a quoted numbered line keeps its noun and the text between two quoted numbers is no quote', () => {
    const raw: RawDoc = { id: 'x', file: 'x.txt', text: layer, encoding: 'utf-8', bytes: 0, warnings: [] };
    const { text } = normalize(raw);
    expect(text).toContain('围绕“2351”发展思路');
    expect(text).not.toMatch(/^”/m);
    expect(text).not.toMatch(/“$/m);
  });

  it('leaves alone a text whose lone numbers are few or stand between blank lines (page numbers)', () => {
    const paged = [
      '各位代表：',
      '过去一年，全县经济稳中向好，地区生产总值增长5.2%。',
      '',
      '1',
      '',
      '今年，我们将坚持稳中求进，围绕“1233”发展思路，扎实推进高质量发展。',
      '',
      '2',
      '',
      '全年新增规上工业企业12家。',
      '',
      '3',
      '',
      '建成标准化厂房10万平方米。',
      '',
      '4',
      '',
      '城乡居民收入稳步增长。',
      '',
      '5',
      '',
      '社会大局和谐稳定。',
    ].join('\n');
    expect(rejoinRuns(paged)).toEqual({ text: paged, warnings: [] });
    const table = ['主要指标', '地区生产总值增长', '5.2%', '财政收入增长', '6%', '以上为预计数。'].join('\n');
    expect(rejoinRuns(table)).toEqual({ text: table, warnings: [] });
  });
});
