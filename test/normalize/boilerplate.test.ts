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
});
