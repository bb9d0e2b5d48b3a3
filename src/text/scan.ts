// One scan for the recognizers that find the spellings of a list in running text (the theme and
// industry vocabularies, the programme lexicon's unquoted names), each indexed its own way.

/**
 * The code units spellings start with, 1 each (an index into it is a UTF-16 code unit): most
 * positions of a text start none, and a scan passes over them on one array read.
 */
export function firstUnits(spellings: Iterable<string>): Uint8Array {
  const first = new Uint8Array(0x10000);
  for (const s of spellings) if (s !== '') first[s.charCodeAt(0)] = 1;
  return first;
}

/**
 * The spellings in `text`, leftmost first and longest at each position, not overlapping — what one
 * longest-first alternation of them would match. `candidates(i)` gives the spellings that may
 * start at position i, longest first (undefined where none can): the first the text starts with
 * there is the hit, and the scan goes on after it. `first` (firstUnits of every spelling) says
 * where candidates need not be asked.
 */
export function* leftmostLongest(
  text: string,
  candidates: (i: number) => readonly string[] | undefined,
  first: Uint8Array,
): Generator<{ index: number; spelling: string }> {
  for (let i = 0; i < text.length;) {
    if (first[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    // a loop, not find(): a closure made at every candidate position was a fifth of what
    // extraction allocated
    const list = candidates(i);
    let spelling: string | undefined;
    if (list)
      for (let k = 0; k < list.length; k++)
        if (text.startsWith(list[k]!, i)) {
          spelling = list[k];
          break;
        }
    if (spelling) {
      yield { index: i, spelling };
      i += spelling.length;
    } else i++;
  }
}
