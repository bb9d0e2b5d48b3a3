// Sentences: split on 。！？； (and their ASCII forms) and at line ends, so a sentence never
// crosses a paragraph; closing quotes and brackets stay with the sentence they end.
import type { Phase } from '../types.js';
import type { Section, Sentence } from './types.js';
import type { Paragraph } from './sections.js';
import { allMatches } from '../text/matches.js';

const SENTENCE = /[^。！？；!?;]+(?:[。！？；!?;]+[”’」』）)】]*)?|[。！？；!?;]+[”’」』）)】]*/g;

export function splitSentences(
  paragraphs: readonly Paragraph[],
  sections: readonly Section[],
  preamble: Phase,
): Sentence[] {
  const out: Sentence[] = [];
  let j = -1; // the last section starting at or before the current sentence
  paragraphs.forEach((p, paragraph) => {
    for (const m of allMatches(SENTENCE, p.text)) {
      const lead = m[0].length - m[0].trimStart().length;
      const text = m[0].trim();
      if (!text) continue;
      const start = p.start + m.index + lead;
      while (j + 1 < sections.length && sections[j + 1]!.start <= start) j++;
      const section = innermost(sections, j, start);
      out.push({
        index: out.length,
        text,
        start,
        end: start + text.length,
        phase: sections[section]?.phase ?? preamble,
        section,
        paragraph,
      });
    }
  });
  return out;
}

/** From the last section started, back out to the one that still contains `pos` (or -1). */
function innermost(sections: readonly Section[], j: number, pos: number): number {
  let i = j;
  while (i >= 0 && sections[i]!.end <= pos) i = sections[i]!.parent ?? -1;
  return i;
}
