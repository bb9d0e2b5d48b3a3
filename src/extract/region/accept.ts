// When a dictionary hit is a region and not part of another word, judged on the sentence's jieba
// tokens: 应县 in 相应县级 does not start a word; 海村 in 沿海村庄 neither. Short forms of towns
// must be names jieba does not know (翟店) or cued; short forms of villages always need a cue, as
// villages lend their names to everything nearby (汤头温泉, 东辛庄蔬菜基地): a count of villages
// after the name or its list (东尾毛等4个村, 神溪、土桥铺、海村3个村; 丹朱、南漳、大堡头4镇27村).
import { wordEndingAt, wordStartingAt, wordsWithin, type Token } from '../segment.js';
import type { Entry } from './dictionary.js';
import { endsStrategyBeat, namesAnHonour, startsAnotherWord } from '../../gazetteer/words.js';

/** Tags of ordinary words: a span that is one such token is a word before it is a place (平顺, 前进). */
const ORDINARY = new Set(['a', 'ad', 'an', 'v', 'vn', 'vd', 'd', 'l', 'i', 'c', 'p', 'r', 'm', 'q', 'u', 't']);
// 4个村, 4镇27村, 3个健康示范村
const COUNT = /^(?:[0-9０-９]+|[一二三四五六七八九十两]+)个?[\u4e00-\u9fff]{0,6}?(?:村|镇|乡)/;
/** A street named after a place, as every city has them: 北京南路, 上海路, 稷峰路, 永安东街. */
const STREET = /^[东南西北中]?(?:路|街|大街|大道)/;
/** What else a town lends its short name to without being meant itself: 薛圐圙段, 壶口景区. */
const NAMESAKE = /^(?:段|线|站|景区|园区|机场|瀑布|水库|公园|湿地)/;

export interface Hit {
  entry: Entry;
  /** Offsets in the cleaned text. */
  start: number;
  end: number;
  /** The hit continues an address (平鲁区阻虎乡…): it starts where an accepted region ended. */
  chained: boolean;
  /** The hit names a place in the issuing province (its cities' short forms are safe there). */
  inProvince: boolean;
}

export function accepts(hit: Hit, tokens: readonly Token[], sentence: string, sentenceStart: number): boolean {
  const { entry, start, end, chained } = hit;
  if (!chained && wordStartingAt(tokens, start) === undefined) return false;
  const endOk = wordEndingAt(tokens, end) !== undefined;
  const inside = wordsWithin(tokens, start, end);
  const single = inside.length === 1 ? inside[0] : undefined;
  // one token jieba does not know, or several: a name, not a word
  const unknown = !single || single.tag === 'x' || single.tag === 'ns';
  const after = sentence.slice(end - sentenceStart);
  switch (entry.kind) {
    case 'economic':
      return true;
    case 'former':
      return chained && endOk;
    case 'full':
      // a level right before it (全省平安区称号): an honour the region holds, not the place
      if (!chained && namesAnHonour(sentence.slice(Math.max(0, start - sentenceStart - 3), start - sentenceStart)))
        return false;
      if (entry.surface.length > 2) return true;
      // two characters (吉县, 海村): a word of its own; a village also a name or cued; and unless it
      // continues an address (吕梁兴县), not the end of ordinary words (领导和县人大, 旅游兴县)
      if (
        !chained &&
        (startsAnotherWord(entry.surface, after) || endsStrategyBeat(entry.surface, tagBefore(tokens, start)))
      )
        return false;
      return endOk && (!entry.local || unknown || counted(after));
    case 'short':
      if (!endOk || (single && ORDINARY.has(single.tag)) || STREET.test(after)) return false;
      if (entry.local) {
        const village = entry.cands.every((d) => d.level === 'village');
        return village ? counted(after) : !NAMESAKE.test(after) && (unknown || counted(after));
      }
      // provinces and cities (long or place-tagged), the issuing province's counties, and the
      // counties that continue an address (江苏昆山)
      return chained || hit.inProvince || entry.surface.length >= 3 || single?.tag === 'ns';
  }
}

/** The part-of-speech tag of the token that ends at `start`, if one does. */
function tagBefore(tokens: readonly Token[], start: number): string | undefined {
  const i = wordEndingAt(tokens, start);
  return i === undefined ? undefined : tokens[i]!.tag;
}

/** A count of villages or towns after the name, or after the 、-list it is in (等 allowed before). */
function counted(after: string): boolean {
  const run = after.match(/^[\u4e00-\u9fff、]{0,40}/)![0];
  if (run !== '' && run !== '等' && !run.startsWith('、')) return COUNT.test(after.replace(/^等/, ''));
  return COUNT.test(after.slice(run.length)) || COUNT.test(after.replace(/^等/, ''));
}
