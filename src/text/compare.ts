// The one order of strings in every output.

/**
 * Code-unit order: the same on every machine, unlike localeCompare (ICU data varies). For arrays
 * of strings, export/text.ts's inOrder() gives the same order faster.
 */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
