import { describe, expect, it } from 'vitest';
import { NOISE, repairMojibake } from '../../src/normalize/mojibake.js';
import { removePinyin } from '../../src/normalize/pinyin.js';
import {
  clean002Rare,
  mojibakeAir,
  mojibakeCanbao,
  mojibakeHeadingOne,
  mojibakeHuiqi,
  mojibakeKuajing,
  mojibakeQunce,
  pageTitle,
} from '../fixtures/normalize/excerpts.js';

// normalize removes well-formed pinyin before this step; the excerpts go through it too
const repair = (text: string) => repairMojibake(removePinyin(text).text);

describe('repairMojibake', () => {
  it('realigns a shifted GBK run: `。ㄒ唬┮阅茉锤锩` is （一）以能源革 (seed 001, line 21)', () => {
    const r = repair(mojibakeHeadingOne);
    expect(r.text.startsWith('（一）以能源革')).toBe(true);
    expect(r.text.endsWith('合改革為牽引,全力構建現代化產業體系')).toBe(true);
    expect(r.warnings[0]).toMatch(/^repaired 1 mojibake run \(e\.g\. “。ㄒ唬┮阅茉锤锩C” -> “（一）以能源革/);
  });

  it('uses an ASCII letter as the trail byte it is: `?缇畴娚藼2B` is 跨境電商B2B less its first character (seed 001, line 8)', () => {
    const r = repair(mojibakeKuajing);
    expect(r.text).toBe(`新增進出口企業8家${NOISE}境電商B2B直接出口業務`);
    // the warning shows the lost character as □, never as U+FFFD
    expect(r.warnings[0]).toContain('-> “□境電商B');
    expect(r.warnings.join('')).not.toContain(NOISE);
  });

  it('repairs between lost bytes: `??諝馕廴疚餄舛戎笜?` holds 氣污染物濃度指 (seed 000, line 14)', () => {
    const r = repair(mojibakeAir).text;
    expect(r).toMatch(new RegExp(`^優良比例達到100%${NOISE}+氣污染物濃度指${NOISE}+呈現$`));
  });

  it('marks what cannot be realigned as noise, one U+FFFD per garbled character (seed 001, line 7)', () => {
    const r = repair(mojibakeHuiqi);
    expect(r.text).toBe(`彰顯了朔州保供政治擔當;${NOISE.repeat(7)}稅降費、退稅緩費`);
    expect(r.warnings).toEqual(['marked 1 span (7 chars) as noise: unrepairable mojibake (e.g. “萜笳呷媛鋵崱p”)']);
  });

  it('turns the `?` of lost bytes into noise, so no stray question mark splits a sentence (seed 000, line 1)', () => {
    const r = repair(pageTitle).text;
    expect(r).toBe(`(山西${NOISE.repeat(3)}024年大同市渾源縣人民政府政府工作報告`);
  });

  it('treats pinyin letters outside an annotation as junk (seed 003, line 14)', () => {
    const r = repair(mojibakeQunce).text;
    expect(r).not.toMatch(/[?èi)]/u);
    expect(r.startsWith('一年來,我們')).toBe(true);
    expect(r.endsWith(',鞏固')).toBe(true);
    expect(r).toContain('策群');
  });

  it('repairs a run with no junk only when it decodes to plausible text (seed 001, line 57)', () => {
    expect(repair(mojibakeCanbao).text).toContain('看病就醫負擔。');
  });

  it('leaves clean text with rare characters alone (seed 002, line 87; 黄芪, 稷山, 赵昱清, 乡村e镇)', () => {
    for (const text of [
      clean002Rare,
      '培育黄芪良种繁育基地7000亩',
      '稷山县',
      '县长 赵昱清',
      '建成省级乡村e镇4个',
      '5G基站',
      'PM2.5浓度',
    ]) {
      expect(repairMojibake(text)).toEqual({ text, warnings: [] });
    }
  });

  it('leaves a question mark between ASCII words (a URL) alone', () => {
    const text = '详见 http://www.example.gov.cn/list?id=3 网页';
    expect(repairMojibake(text).text).toBe(text);
  });
});
