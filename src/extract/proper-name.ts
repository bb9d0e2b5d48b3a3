// Whether jieba's words name someone or somewhere in particular: an owner's, a place's or a brand's
// proper name (鑫达, 黄河, 三一), or a name jieba does not know and cuts into single characters (泓|达|光电)
// — as against the common words that name a kind (城市管沟, 风力发电, 新签约). Used by the readers of
// projects: a project is named by whose or where it is, its capacity or its facility, not by its kind.
import { firstEndingAfter, type Token } from './segment.js';

/** jieba's tags of a proper name (place, person, organization, other) or a word it does not know (not j: 光伏 is a trade's abbreviation). */
const PROPER = /^(?:ns|nr|nrt|nrfg|nz|nt|x|eng)$/;
/** Words jieba tags as places that name where works of a kind stand, not whose they are. */
const WHERE = /^(?:城市|城区|县城|市区|城乡|农村|乡村|社区|园区|全县|全市|全区)$/;

/** A temple, shrine or grotto jieba knows as a common noun (悬空寺/n): each is one place, so its word is a name. */
const SHRINE = /^[\u4e00-\u9fff]{2,}[寺庙祠窟]$/;

/**
 * Whether the word at `i` of `tokens` starts a proper name: a word jieba tags as one (not a place of a
 * kind, 城市, 农村) or a temple's (悬空寺), or the first of two single characters (a name jieba does not know).
 */
export function properAt(tokens: readonly Token[], i: number): boolean {
  const [word, next] = [tokens[i], tokens[i + 1]];
  if (word === undefined) return false;
  return (
    (PROPER.test(word.tag) && !WHERE.test(word.word)) ||
    SHRINE.test(word.word) ||
    (word.word.length === 1 && next?.word.length === 1)
  );
}

/** Whether a word that ends within [from, to) of the text starts a proper name (properAt): 鑫达焦化, 柳溪. */
export function properWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = firstEndingAfter(tokens, from); i < tokens.length && tokens[i]!.end <= to; i++)
    if (properAt(tokens, i)) return true;
  return false;
}
