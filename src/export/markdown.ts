// Markdown building blocks for summary.md: escaping that keeps report text inert (no tables
// broken by `|`, no HTML or links smuggled in) and a plain pipe table.
import { oneLine } from './text.js';

/** Backslash-escapes Markdown punctuation; CommonMark renders `\<` as a literal `<`, never a tag. */
export function mdEscape(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>|#]/g, (c) => '\\' + c);
}

export function mdTable(
  header: readonly string[],
  rows: readonly string[][],
  align: readonly ('l' | 'c' | 'r')[] = [],
): string {
  const rule = header.map((_h, i) => ({ l: '---', c: ':---:', r: '---:' })[align[i] ?? 'l']);
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}
