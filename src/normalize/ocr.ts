// Repairs newspaper and OCR layout damage: page markers (`二版)`, `(下转二版)`), `**` bold
// markers, and paragraphs or headings cut in two by a page or line break.
import type { StepResult } from './step.js';

const NUM = '[一二三四五六七八九十0-9０-９]{1,3}';
/** `(下转二版)`, `（上接第一版）` anywhere; `二版)` or `A2版）` opening a line. */
const JUMP = new RegExp(`[(（](?:下转|上接|接上|转|接)第?${NUM}版[)）]?`, 'g');
const PAGE_AT_START = new RegExp(`^\\s*(?:第?${NUM}版|[A-Z]${NUM}版)[)）]\\s*`, 'gm');
const BOLD = /\*\*/g;
const BLANK_RUN = /\n(?:[^\S\n]*\n){2,}/g;
/** How a finished paragraph, heading or caption ends. */
const ENDS = /[。！？；：!?;:”’」』）)】…—\-～~]$/;
/**
 * How a new paragraph starts: a heading number, an address to the delegates, a date, a list
 * item, or a short topic sentence (`打造韧性城市。`).
 */
const OPENS =
  /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十\d]+|各位代表|同志们|[-*•·●■◆]|\d{1,4}年|\d{1,2}月\d{1,2}日|[^，,。]{2,12}。|名词解释|相关注释|附)/;
/** A short line without sentence punctuation is a heading or a byline, never a continuation. */
const HEADING = /^[^。；！？;!?]{1,19}$/;
/** Lines shorter than this are titles or headings, not paragraphs a page break could cut. */
const MIN_CUT = 20;
/** `——2024年4月10日在浑源县第十八届人民代表大会` + `第五次会议上`: a dateline split in two. */
const DATELINE_OPEN = /^——.*在[^上]*$/;
const DATELINE_CLOSE = /^[^。，,]{1,20}上$/;

export function repairLayout(text: string): StepResult {
  const warnings: string[] = [];
  let markers = 0;
  // Runs of blank lines become one: what follows reads blank lines only as "a break was here", and
  // PAGE_AT_START's leading \s* rescanned a long run from each of its lines (quadratic).
  let out = text.replace(BLANK_RUN, '\n\n').replace(JUMP, () => {
    markers++;
    return '';
  });
  out = out.replace(PAGE_AT_START, () => {
    markers++;
    return '';
  });
  if (markers > 0) warnings.push(`removed ${markers} newspaper page marker${markers > 1 ? 's' : ''}`);
  let bold = 0;
  out = out.replace(BOLD, () => {
    bold++;
    return '';
  });
  if (bold > 0) warnings.push(`removed ${bold} “**” bold marker${bold > 1 ? 's' : ''}`);

  const { text: joined, cuts, headings } = joinBroken(out);
  if (cuts.length > 0) {
    warnings.push(
      `joined ${cuts.length} paragraph${cuts.length > 1 ? 's' : ''} cut mid-sentence (text may be missing at ${examples(cuts)})`,
    );
  }
  if (headings > 0) warnings.push(`joined ${headings} heading${headings > 1 ? 's' : ''} split over two lines`);
  let runIn = 0;
  const split = joined.replace(RUN_IN_PART, (_m, end: string) => {
    runIn++;
    return `${end}\n`;
  });
  if (runIn > 0)
    warnings.push(`put ${runIn} part heading${runIn > 1 ? 's' : ''} run into the text on lines of their own`);
  return { text: split, warnings };
}

/**
 * A part heading run into the text of a page scraped without its line breaks: after a sentence's
 * end, 一、 (not 一、二、三产业) and a title that starts with a year (一、2020年发展取得新成就) or names
 * a part (…工作回顾…, …工作安排, …目标任务, …主要工作, …政府自身建设; in either script) within its
 * first 24 characters. The heading then starts a line, so its part is found.
 */
const RUN_IN_PART =
  /([。！？])[^\S\n]*(?=[一二三四五六七八九十]{1,2}、(?![一二三四五六七八九十、])(?:20\d\d年|[^。！？\n]{0,24}?(?:回[顾顧]|安排|目[标標]任[务務]|主要任[务務]|重[点點]工作|主要工作|自身建[设設])))/g;

function joinBroken(text: string): { text: string; cuts: string[]; headings: number } {
  const lines = text.split('\n');
  const out: string[] = [];
  const cuts: string[] = [];
  let headings = 0;
  let i = 0;
  while (i < lines.length) {
    let line = lines[i]!;
    i++;
    for (;;) {
      const t = line.trimEnd();
      // a blank line joins nothing (and scanning on from each of 100,000 blank lines is quadratic)
      if (!t.trim()) break;
      let j = i;
      while (j < lines.length && !lines[j]!.trim()) j++;
      if (j >= lines.length) break;
      const next = lines[j]!.trim();
      if (j === i && DATELINE_OPEN.test(t.trim()) && DATELINE_CLOSE.test(next)) {
        line = t + next;
        headings++;
      } else if (j > i && t.trim().length >= MIN_CUT && !ENDS.test(t) && !OPENS.test(next) && !HEADING.test(next)) {
        // a page break cut this paragraph: what follows the blank lines continues the sentence
        cuts.push(`${t.slice(-4)}|${next.slice(0, 4)}`);
        line = t + next;
      } else break;
      i = j + 1;
    }
    out.push(line);
  }
  return { text: out.join('\n'), cuts, headings };
}

/** The first few cut points of a warning (a 20 MB scrape can have thousands: a warning is one short line). */
function examples(cuts: readonly string[], shown = 3): string {
  const list = cuts.slice(0, shown).map((c) => `“${c}”`);
  if (cuts.length > shown) list.push(`and ${cuts.length - shown} more`);
  return list.join(', ');
}
