// Rejoins the lines a PDF export or a fixed-width page broke inside sentences (…庄浪县荣获全国脱贫攻坚
// 组织创新奖。一⏎户一策强化产业扶贫…). Sentences end at line ends, so left broken such a text loses every
// name and quote that crosses a line. A text is wrapped when many of its lines stop mid-sentence at
// about the same width; then each such line continues on the next. A heading, a short line or a line
// that ends a sentence stays where it is, so a text written in paragraphs is left alone.
import type { StepResult } from './step.js';

/** Where a line may end on its own: a sentence's or a clause's end, a colon. */
const ENDS = /[。！？；!?;：:]\s*$/;
/** A line that starts a heading or a numbered item (一、, （一）, 第一, 1.) starts its own line. */
export const HEADING =
  /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十]+[部章节条]|\d{1,2}[.、．](?!\d))/;
/** Lines this long or longer can be the width a page was wrapped at. */
const MIN_WIDTH = 15;
/** How many lines must stop mid-sentence near one width before a text counts as wrapped. */
const MIN_WRAPPED = 5;

export function unwrapLines(text: string): StepResult {
  if (!text.includes('\n')) return { text, warnings: [] };
  const lines = text.split('\n');
  const width = (l: string) => l.trim().length;
  // (a line that stops mid-sentence with a line of text after it that starts no heading)
  const runsOn = (i: number) => {
    const next = lines[i + 1];
    return !ENDS.test(lines[i]!) && next !== undefined && next.trim() !== '' && !HEADING.test(next);
  };
  const midSentence = (i: number) => width(lines[i]!) >= MIN_WIDTH && !HEADING.test(lines[i]!) && runsOn(i);
  const candidates = lines.map((_, i) => i).filter(midSentence);
  if (candidates.length < MIN_WRAPPED) return { text, warnings: [] };
  // the width the page was wrapped at: the median of the lines that stop mid-sentence, with some
  // slack for half-width digits and letters (a line of them holds more characters)
  const sorted = candidates.map((i) => width(lines[i]!)).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const slack = Math.max(4, Math.round(median * 0.2));
  const atWidth = candidates.filter((i) => width(lines[i]!) >= median - slack);
  if (atWidth.length < MIN_WRAPPED || atWidth.length < candidates.length / 2) return { text, warnings: [] };
  // (a numbered item whose title ends inside the line and whose words run on to the width, （一）…稳定。开展“…、一⏎
  // 企一策…”, continues on the next line too: a heading alone on its line has no sentence's end inside it)
  const numberedRunOn = lines
    .map((_, i) => i)
    .filter(
      (i) => HEADING.test(lines[i]!) && /[。；;]/.test(lines[i]!) && width(lines[i]!) >= median - slack && runsOn(i),
    );
  const join = new Set([...atWidth, ...numberedRunOn]);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    while (join.has(i)) {
      i++;
      const next = lines[i]!.trimStart();
      line = line.trimEnd();
      // words of Latin script keep their space (…GDP⏎growth)
      line += /[A-Za-z0-9]$/.test(line) && /^[A-Za-z]/.test(next) ? ` ${next}` : next;
    }
    out.push(line);
  }
  return {
    text: out.join('\n'),
    warnings: [
      `rejoined ${join.size} line${join.size > 1 ? 's' : ''} broken inside a sentence (a page wrapped at about ${median} characters)`,
    ],
  };
}
