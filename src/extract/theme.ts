// Recognizer: policy themes from the controlled vocabulary (src/lexicon/themes.json). A theme
// counts for a report when it is named at least twice, or in a heading: what the report
// emphasizes, not every passing phrase.
import data from '../lexicon/themes.json' with { type: 'json' };
import type { Mention, Recognizer } from './index.js';
import { compileVocabulary, vocabularyMentions, type Vocabulary } from './vocabulary.js';

let vocabulary: Vocabulary | undefined;

/** The theme vocabulary, compiled once: every spelling and the head term it stands for. */
export function themeVocabulary(): Vocabulary {
  return (vocabulary ??= compileVocabulary(data.themes));
}

/** A heading: short and without sentence-final punctuation (（三）全面推进乡村振兴). */
const isHeading = (text: string) => text.length <= 30 && !/[。；！？;!?]\s*$/.test(text);

export const themes: Recognizer = {
  id: 'theme.vocabulary',
  type: 'theme',
  recognize(ctx) {
    const all = vocabularyMentions(ctx, 'theme', themeVocabulary());
    const count = new Map<string, number>();
    const headed = new Set<string>();
    for (const m of all) {
      count.set(m.name, (count.get(m.name) ?? 0) + 1);
      if (isHeading(ctx.report.sentences[m.sentence]!.text)) headed.add(m.name);
    }
    return all.filter((m: Mention) => (count.get(m.name) ?? 0) >= 2 || headed.has(m.name));
  },
};
