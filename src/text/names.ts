// Name keys for merging: two names that differ only by width, quotes, punctuation or spacing
// are the same name.

const PUNCT = /[“”‘’"'「」『』《》〈〉()（）\s·•・.,，。、:：;；!！?？—\-–_]/g;

/**
 * Names of unified Han characters only, which NFKC, the punctuation and lower-casing all leave as
 * they are: most names, keyed without the three passes.
 */
const PLAIN_HAN = /^[\u4e00-\u9fff]*$/;

/** The key under which names are compared when merging mentions into entities. */
export function nameKey(name: string): string {
  if (PLAIN_HAN.test(name)) return name;
  return name.normalize('NFKC').replace(PUNCT, '').toLowerCase();
}
