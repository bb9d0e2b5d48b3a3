// Name keys for merging: two names that differ only by width, quotes, punctuation or spacing
// are the same name.

const PUNCT = /[“”‘’"'「」『』《》〈〉()（）\s·•・.,，。、:：;；!！?？—\-–_]/g;

/** The key under which names are compared when merging mentions into entities. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(PUNCT, '').toLowerCase();
}
