// Noise spans: the runs of U+FFFD (lost characters) in the final text.
import type { Span } from '../types.js';

const LOST = /\uFFFD+/g;

export function noiseSpans(text: string): Span[] {
  return Array.from(text.matchAll(LOST), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A text as people read it: each lost character (U+FFFD inside the pipeline) as □, one code unit. */
export function showLost(text: string): string {
  return text.includes('\uFFFD') ? text.replace(/\uFFFD/g, '□') : text;
}
