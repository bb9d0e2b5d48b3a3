// normalize: RawDoc -> CleanDoc (clean simplified text + noise spans + warnings).
import type { Encoding, Span } from '../types.js';
import type { RawDoc } from '../ingest/index.js';
import { normalizeLines } from './lines.js';
import { stripHtml } from './html.js';
import { removeBoilerplate } from './boilerplate.js';
import { removeWatermarks } from './watermark.js';
import { removePinyin } from './pinyin.js';
import { repairMojibake } from './mojibake.js';
import { repairLayout } from './ocr.js';
import { unwrapLines } from './unwrap.js';
import { rejoinRuns } from './runs.js';
import { toHalfwidth } from './fullwidth.js';
import { restoreQuoteMarks } from './quote-marks.js';
import { tidyWhitespace } from './whitespace.js';
import { simplify } from './traditional.js';
import { noiseSpans } from './noise.js';
import type { Step } from './step.js';

export type { Step, StepResult } from './step.js';
export { NOISE } from './mojibake.js';

export interface CleanDoc {
  id: string;
  file: string;
  encoding: Encoding;
  /** Cleaned, simplified-Chinese text; every offset in the graph points into it. */
  text: string;
  /**
   * The same text before traditional -> simplified conversion, aligned code unit by code unit
   * with `text` (same length), so the traditional surface of any span is
   * `original.slice(start, end)`. Equal to `text` when the report was not traditional.
   */
  original: string;
  /** Whether the source was (mostly) in traditional characters. */
  traditional: boolean;
  /**
   * Spans of `text` that are unrepairable junk (mojibake, ...); no entity may come from them.
   * Each lost character is one U+FFFD in `text` (and `original`), so a span is a run of them.
   */
  noise: Span[];
  /**
   * What normalize repaired or dropped, one human-readable line each. The RawDoc's own
   * (decoding) warnings are not repeated here.
   */
  warnings: string[];
}

/**
 * The cleaning steps in order. HTML goes first (tags would hide everything else); pinyin before
 * boilerplate (版權(quán)所有 must read 版權所有) and mojibake (well-formed annotations are not junk), a site's
 * watermark before the layout repair (it glues paragraphs), and mojibake before anything that changes
 * characters (the repair re-encodes the garbled ones); a text layer's numbers on lines of their own
 * rejoined before the layout repair reads line ends as breaks; lines broken inside sentences rejoined after
 * the layout repair has joined the paragraphs a page break cut; whitespace after the layout repair,
 * which needs the blank lines; the traditional conversion last, so `original` is the cleaned text.
 */
export const STEPS: readonly Step[] = [
  normalizeLines,
  stripHtml,
  removePinyin,
  removeBoilerplate,
  removeWatermarks,
  repairMojibake,
  rejoinRuns,
  repairLayout,
  unwrapLines,
  toHalfwidth,
  restoreQuoteMarks,
  tidyWhitespace,
];

export function normalize(doc: RawDoc): CleanDoc {
  let text = doc.text;
  const warnings: string[] = [];
  for (const step of STEPS) {
    const r = step(text);
    text = r.text;
    warnings.push(...r.warnings);
  }
  const s = simplify(text);
  warnings.push(...s.warnings);
  return {
    id: doc.id,
    file: doc.file,
    encoding: doc.encoding,
    text: s.text,
    original: s.original,
    traditional: s.traditional,
    noise: noiseSpans(s.text),
    warnings,
  };
}
