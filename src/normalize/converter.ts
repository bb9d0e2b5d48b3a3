// The traditional -> simplified converter (opencc-js), built once per process: it costs ~20 ms.
import * as OpenCC from 'opencc-js';

let converter: ((text: string) => string) | null = null;

/**
 * Converts traditional Chinese to mainland simplified. `hk` -> `cn` rather than `tw` -> `cn`:
 * the `tw` variant table turns 著 into 着 even in 显著, and the reports are mainland texts that a
 * web site's converter turned traditional, not Taiwanese usage.
 */
export function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return converter(text);
}

let toTrad: ((text: string) => string) | null = null;

/** Simplified -> traditional (Hong Kong standard, as the scraped reports are): for search aliases. */
export function toTraditional(text: string): string {
  toTrad ??= OpenCC.Converter({ from: 'cn', to: 'hk' });
  return toTrad(text);
}
