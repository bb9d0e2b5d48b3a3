import { describe, expect, it } from 'vitest';
import { isBoilerplate, removeBoilerplate } from '../../src/normalize/boilerplate.js';
import { removePinyin } from '../../src/normalize/pinyin.js';
import { footer003 } from '../fixtures/normalize/excerpts.js';

describe('removeBoilerplate', () => {
  // seed 003 repeats its five header lines as the footer; the pinyin step runs first in normalize
  const header = removePinyin(footer003).text;
  const body = '政府工作報告\n各位代表:\n現在,我代表縣人民政府向大會報告工作。';

  it('drops the web site header and footer of seed 003 (lines 1-5 and 87-91) and says so', () => {
    const r = removeBoilerplate(`${header}\n${body}\n${header}`);
    expect(r.text).toBe(body);
    expect(r.warnings).toEqual(['removed website header/footer (5 lines, twice)']);
  });

  it('knows each kind of line: sponsor, ICP record, secrecy notice, browser hint', () => {
    for (const line of header.split('\n')) expect(isBoilerplate(line), line).toBe(true);
  });

  it('keeps report sentences that mention the same words', () => {
    const sentence = '严格落实网站标识码管理要求,推进政务公开标准化规范化建设。';
    expect(isBoilerplate(sentence)).toBe(false);
    expect(removeBoilerplate(body)).toEqual({ text: body, warnings: [] });
  });

  it('drops navigation bars, breadcrumbs and page counters (lines written for the test)', () => {
    for (const line of [
      '北京 天津 河北 山西 内蒙古 辽宁 吉林',
      '首页 | 政务公开 | 政务服务 | 互动交流 | 走进平遥',
      '首页 > 政务公开 > 政府工作报告',
      '发布时间：2024-02-01 点击率：',
      '来源：县政府办 浏览次数：1024',
      '收藏本站 官方微博 欢迎访问',
    ])
      expect(isBoilerplate(line), line).toBe(true);
    // a heading or a short line of the report is not a menu
    for (const line of ['一、2023年工作回顾', '县长 张某某', '各位代表：', '（一）坚持项目为王 壮大产业'])
      expect(isBoilerplate(line), line).toBe(false);
  });
});
