// The build tags words by jieba's cut and a map of each word's tag (segment.ts), not by jieba's tagger
// itself: the words and tags must be the tagger's, whether a word is new to the map, known from an
// earlier sentence, or one that jieba cuts otherwise when it stands alone.
import { describe, expect, it } from 'vitest';
import { cut, jiebaTag, tag, tagWords } from '../../src/extract/segment.js';

const SENTENCES = [
  // a name and a village's name jieba finds by its HMM (张翠山, 岭村), Latin letters, digits, a decimal
  '张翠山在桃花岭村调研ABC公司2024年5G项目，投资3.5亿元。',
  // 年及 is one word of jieba's HMM here, but 年 and 及 when tagged alone
  '回顾2023年及“十三五”以来的工作。',
  '过去三个月里，村民挪穷窝、拔穷根。',
  '推进 5G 网络和“千万工程”，  县城建设提速。',
  '落实县委和省委部署，十个月来经济向好。',
];

const plain = (tokens: readonly { word: string; tag: string }[]) => tokens.map(({ word, tag }) => `${word}/${tag}`);

describe("tags by jieba's cut and a map of each word's tag", () => {
  it("gives jieba's tagger's words and tags, the first time and again", () => {
    for (let round = 0; round < 2; round++)
      for (const s of SENTENCES) {
        expect(plain(tag(s))).toEqual(plain(jiebaTag(s)));
        expect(plain(tagWords(s))).toEqual(plain(jiebaTag(s)));
      }
  });

  it('tags a word that jieba splits when alone as jieba tags it in its sentence', () => {
    expect(plain(jiebaTag('年及'))).toEqual(['年/m', '及/c']);
    const words = plain(tag('总结2021年及“十四五”开局的工作。'));
    expect(words).toContain('年及/x');
    expect(words).toEqual(plain(jiebaTag('总结2021年及“十四五”开局的工作。')));
  });

  it('gives a word the same tag in every sentence, from its characters where the dictionary has none', () => {
    const tagOf = (s: string, w: string) => tag(s).find((t) => t.word === w)?.tag;
    expect(tagOf('开通5G基站120个。', '120')).toBe('m');
    expect(tagOf('共有120个村。', '120')).toBe('m');
    expect(tagOf('引进ABC公司。', 'ABC')).toBe('eng');
    expect(tagOf('ABC项目落地。', 'ABC')).toBe('eng');
  });

  it("leaves the benchmark's plain cut without HMM: a word only the HMM finds (岭村) stays in characters", () => {
    const s = '张翠山在桃花岭村调研。';
    expect(plain(tag(s))).toContain('岭村/x');
    expect(cut(s)).toEqual(['张翠山', '在', '桃花', '岭', '村', '调研', '。']);
  });
});
