// Rejoins a text layer that put every number on a line of its own. A PDF's text layer (pdf.js, a
// PDF-to-HTML converter) keeps each run of one font as a line, and official documents set Arabic
// numerals in another font than the Chinese text, so a scraped report reads
// `…地区生产总值增长⏎8%;⏎财政收入…` and `围绕“⏎1142⏎”工作安排`. Left so, sentences end at every number:
// the quoted numbered line loses its quotes and its noun, and the text between two quoted numbers
// (`”工作安排,…其中“`) reads as a quote of its own. A text is taken for such a layer when many lines
// hold a number alone between two lines of the same paragraph; then each such number joins both of
// its neighbours, and a line that starts with a closing mark or a clause mark, or follows one that
// ends with an opening mark, joins the line before it — no paragraph starts or ends so.
import type { StepResult } from './step.js';
import { HEADING } from './unwrap.js';

/** A number alone on its line: 8%; 28.33 1142 0.47%, (a clause mark may follow it). */
const LONE_NUMBER = /^[0-9０-９][0-9０-９.．,，%％‰]*[;；,，、]?$/;
/** Where a paragraph or heading may end: a sentence's end or a colon. */
const ENDS = /[。！？!?：:]$/;
/** No paragraph starts with a closing mark or a clause mark… */
const OPENS_INSIDE = /^[”’」』》〉）)，,、；;。.%％]/;
/** …nor ends with an opening mark. */
const ENDS_OPEN = /[“‘「『《〈（(]$/;
/** How many lone numbers inside paragraphs make a text a layer of runs. */
const MIN_LONE = 5;

/** Lines that hold a number alone (LONE_NUMBER), found in the whole text: a cheap count before it is split into lines. */
const LONE_LINE = /\n[^\S\n]*[0-9０-９][0-9０-９.．,，%％‰]*[;；,，、]?[^\S\n]*(?=\n)/g;

export function rejoinRuns(text: string): StepResult {
  // most texts hold no number alone on a line, or only a few (page numbers): leave them unsplit
  let found = 0;
  for (const _ of text.matchAll(LONE_LINE)) if (++found >= MIN_LONE) break;
  if (found < MIN_LONE) return { text, warnings: [] };
  const raw = text.split('\n');
  const lines = raw.map((l) => l.trim());
  const inside = (i: number) => {
    const prev = lines[i - 1];
    const next = lines[i + 1];
    return (
      LONE_NUMBER.test(lines[i]!) &&
      prev !== undefined &&
      prev !== '' &&
      !ENDS.test(prev) &&
      next !== undefined &&
      next !== ''
    );
  };
  const lone = lines.map((_, i) => i).filter(inside);
  if (lone.length < MIN_LONE) return { text, warnings: [] };
  // joinNext[i]: line i continues on line i + 1
  const joinNext = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    if (next === undefined || next === '' || l === '') continue;
    if (LONE_NUMBER.test(l) && !HEADING.test(next)) joinNext[i] = true;
    else if (LONE_NUMBER.test(next) && !ENDS.test(l) && !HEADING.test(l)) joinNext[i] = true;
    else if (OPENS_INSIDE.test(next) || ENDS_OPEN.test(l)) joinNext[i] = true;
  }
  const out: string[] = [];
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = joinNext[i] ? lines[i]! : raw[i]!;
    while (joinNext[i]) {
      i++;
      const next = lines[i]!;
      // Latin words and numbers keep a space between them (GDP⏎8%); Chinese text joins as written
      line += /[A-Za-z]$/.test(line) && /^[A-Za-z0-9]/.test(next) ? ` ${next}` : next;
      joined++;
    }
    out.push(line);
  }
  return {
    text: out.join('\n'),
    warnings: [`rejoined ${joined} lines of a text layer that put each number on a line of its own`],
  };
}
