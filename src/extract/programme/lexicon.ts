// The programme lexicon (src/lexicon/programmes.json): well-known national and provincial
// programmes with their spellings, so every report's variant lands on one canonical name.
import data from '../../lexicon/programmes.json' with { type: 'json' };
import { nameKey } from '../../resolve/names.js';

export interface LexiconEntry {
  name: string;
  aliases: string[];
}

interface LexiconIndex {
  entries: LexiconEntry[];
  /** name key of every spelling -> entry */
  byKey: Map<string, LexiconEntry>;
  /** All spellings of 3+ characters, longest first, as one alternation for unquoted matches. */
  pattern: RegExp;
}

let index: LexiconIndex | undefined;

export function programmeLexicon(): LexiconIndex {
  if (index) return index;
  const entries: LexiconEntry[] = data.entries;
  const byKey = new Map<string, LexiconEntry>();
  const surfaces = new Set<string>();
  for (const e of entries) {
    for (const s of [e.name, ...e.aliases]) {
      byKey.set(nameKey(s), e);
      // Two-character spellings (双减, 两山, 四风) are too ambiguous unquoted; they are
      // recognized through quotes and glossaries only.
      if (nameKey(s).length >= 3) surfaces.add(s);
    }
  }
  const escaped = [...surfaces]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  index = { entries, byKey, pattern: new RegExp(escaped.join('|'), 'g') };
  return index;
}

/** The lexicon entry a name (any spelling, any width or punctuation) stands for. */
export function lookupProgramme(name: string): LexiconEntry | undefined {
  return programmeLexicon().byKey.get(nameKey(name));
}
