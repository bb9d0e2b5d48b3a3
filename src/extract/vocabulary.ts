// Recognizers over a controlled vocabulary (themes, industries): every spelling of a head term
// found in a sentence is a mention of that head term.
import type { EntityType } from '../types.js';
import type { ExtractContext, Mention, Recognizer } from './index.js';
import { mentionAt } from './mention.js';

export interface VocabularyEntry {
  name: string;
  synonyms: string[];
}

export interface Vocabulary {
  /** spelling -> head term */
  head: Map<string, string>;
  /** every spelling, longest first, as one alternation */
  pattern: RegExp;
}

export function compileVocabulary(entries: readonly VocabularyEntry[]): Vocabulary {
  const head = new Map<string, string>();
  for (const e of entries) for (const s of [e.name, ...e.synonyms]) if (!head.has(s)) head.set(s, e.name);
  const spellings = [...head.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const escaped = spellings.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { head, pattern: new RegExp(escaped.join('|'), 'g') };
}

/** Every vocabulary hit in every sentence, outside noise. */
export function vocabularyMentions(ctx: ExtractContext, type: EntityType, vocabulary: Vocabulary): Mention[] {
  const { report } = ctx;
  const out: Mention[] = [];
  for (const s of report.sentences) {
    for (const m of s.text.matchAll(vocabulary.pattern)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (ctx.inNoise(start, end)) continue;
      out.push(mentionAt(ctx, s, start, end, type, vocabulary.head.get(m[0])!));
    }
  }
  return out;
}

/** A recognizer that reports every hit of a vocabulary. */
export function vocabularyRecognizer(id: string, type: EntityType, entries: readonly VocabularyEntry[]): Recognizer {
  let vocabulary: Vocabulary | undefined;
  return {
    id,
    type,
    recognize: (ctx) => vocabularyMentions(ctx, type, (vocabulary ??= compileVocabulary(entries))),
  };
}
