// One scan for the recognizers that find the spellings of a list in running text (the theme and
// industry vocabularies, the programme lexicon's unquoted names), each indexed its own way.

/**
 * The spellings in `text`, leftmost first and longest at each position, not overlapping — what one
 * longest-first alternation of them would match. `candidates(i)` gives the spellings that may
 * start at position i, longest first (undefined where none can): the first the text starts with
 * there is the hit, and the scan goes on after it.
 */
export function* leftmostLongest(
  text: string,
  candidates: (i: number) => readonly string[] | undefined,
): Generator<{ index: number; spelling: string }> {
  for (let i = 0; i < text.length;) {
    const spelling = candidates(i)?.find((s) => text.startsWith(s, i));
    if (spelling) {
      yield { index: i, spelling };
      i += spelling.length;
    } else i++;
  }
}
