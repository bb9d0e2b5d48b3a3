// The matches of a recognizer's pattern in a sentence, without what String.prototype.matchAll costs
// on each call: a copy of the pattern and an iterator, made even where nothing matches. A report's
// extraction asks a few thousand times, and most sentences match none of the patterns asked.

const NONE: readonly RegExpExecArray[] = Object.freeze([]);

/**
 * Every match of the global pattern `re` in `text`, from its start, as `[...text.matchAll(re)]`
 * gives them; the one empty array when there is none. `re` is left with lastIndex 0, as a pattern
 * shared by a module must be between searches, and is done with before the caller reads the
 * matches, so a caller may search with the same pattern while it goes through them.
 */
export function allMatches(re: RegExp, text: string): readonly RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern, not ${re}`);
  re.lastIndex = 0;
  let m = re.exec(text);
  if (m === null) return NONE;
  const out: RegExpExecArray[] = [];
  const unicode = re.unicode || re.flags.includes('v');
  while (m !== null) {
    out.push(m);
    // an empty match would be found again at the same place: step past it, by a character in a
    // unicode pattern (a surrogate pair is one), as matchAll does
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, unicode);
    m = re.exec(text);
  }
  re.lastIndex = 0;
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
