// normalize: RawDoc -> CleanDoc (clean simplified text + noise spans + warnings).
import type { Encoding, Span } from '../types.js';

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
  /** Spans of `text` that are unrepairable junk (mojibake, ...); no entity may come from them. */
  noise: Span[];
  /** What was repaired or dropped, one human-readable line each. */
  warnings: string[];
}
