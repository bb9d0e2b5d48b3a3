import { describe, expect, it } from 'vitest';
import { removePinyin } from '../../src/normalize/pinyin.js';
import {
  pinyinDateline,
  pinyinHeading,
  pinyinParenthesis,
  pinyinQianwan,
  pinyinSpeaker,
} from '../fixtures/normalize/excerpts.js';

describe('removePinyin', () => {
  it('drops the tone-marked pinyin a converter put after characters (seed 000, lines 2-5)', () => {
    const r = removePinyin([pinyinHeading, pinyinDateline, pinyinSpeaker].join('\n'));
    expect(r.text).toBe('政府工作報告\n——2024年4月10日在渾源縣第十八屆人民代表大會\n渾源縣人民政府縣長 趙昱清');
    expect(r.warnings).toEqual(['removed 3 pinyin annotations']);
  });

  it('keeps parentheses that hold a name, a year or a list number (seed 000, line 42)', () => {
    expect(removePinyin(pinyinParenthesis).text).toBe('持續推動烏三線(渾源—大同段)天然氣管道工程前置');
    const kept = '（一）(2023)(PPP)(一期工程)(EOD)';
    expect(removePinyin(kept)).toEqual({ text: kept, warnings: [] });
  });

  it('joins what the annotation split, so 千萬(wàn)工程 reads 千萬工程 (seed 000, line 35)', () => {
    expect(removePinyin(pinyinQianwan).text).toBe('千萬工程');
  });

  it('takes several syllables and full-width parentheses', () => {
    expect(removePinyin('報告（bào gào）').text).toBe('報告');
  });

  it('takes an annotation with a space before its closing parenthesis (a line written for the test)', () => {
    expect(removePinyin('社會(huì )主義現代化，創(chuàng )新高效能治理').text).toBe('社會主義現代化，創新高效能治理');
    // a word in parentheses with a space is still no annotation without a tone mark
    expect(removePinyin('(PPP )項目').text).toBe('(PPP )項目');
  });

  it('trusts toneless syllables only in a text that has toned annotations', () => {
    expect(removePinyin('我們(men)').text).toBe('我們(men)');
    expect(removePinyin('報(bào)會(huì)長(zhǎng) 我們(men)').text).toBe('報會長 我們');
  });

  it('trusts toneless syllables alone in a text that has a great many of them, one written twice too (lines written for the test)', () => {
    const annotated =
      '現在(zai)，我(wo)代表市人(ren)民政(zheng)府向大(da)會(hui)(hui)報(bao)告(gao)工作(zuo)，請(qing)予審(shen)議(yi)。';
    const r = removePinyin(annotated);
    expect(r.text).toBe('現在，我代表市人民政府向大會報告工作，請予審議。');
    expect(r.warnings).toEqual(['removed 12 pinyin annotations']);
    // (a few are the writer's own parentheses)
    const few = '現在(zai)，我(wo)代表市人(ren)民政(zheng)府向大(da)會報告工作。';
    expect(removePinyin(few).text).toBe(few);
  });
});
