// Markdown building blocks for summary.md: escaping that keeps report text inert (no tables
// broken by `|`, no HTML or links smuggled in) and a plain pipe table.
import { oneLine } from './text.js';

/**
 * Backslash-escapes the Markdown punctuation that would act (CommonMark renders `\<` as a literal
 * `<`, never a tag), and only that, so plain labels read plainly: `_` between two letters or digits
 * (平遥县_2023) cannot open emphasis and `#` only heads a line at its start.
 */
export function mdEscape(text: string): string {
  const line = oneLine(text);
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  return line.replace(/[\\`*_[\]<>|#]/g, (c, i: number) => {
    if (c === '_' && word(line[i - 1]) && word(line[i + 1])) return c;
    if (c === '#' && i > 0) return c;
    return '\\' + c;
  });
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
