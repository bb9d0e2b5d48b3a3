// Recognizers over a controlled vocabulary (themes, industries): every spelling of a head term
// found in a sentence is a mention of that head term.
import type { EntityType } from '../types.js';
import type { ExtractContext, Mention, Recognizer } from './index.js';
import { mentionAt } from './mention.js';
import { firstUnits, leftmostLongest } from '../text/scan.js';

export interface VocabularyEntry {
  name: string;
  synonyms: string[];
}

export interface Vocabulary {
  /** spelling -> head term */
  head: Map<string, string>;
  /**
   * Every spelling by its first code unit, longest first (ties in code-unit order): at a position,
   * the first that the text starts with is the hit, as in one longest-first alternation, without
   * trying ~200 alternatives where no spelling starts.
   */
  byFirst: Map<number, string[]>;
  /** firstUnits of every spelling. */
  first: Uint8Array;
}

export function compileVocabulary(entries: readonly VocabularyEntry[]): Vocabulary {
  const head = new Map<string, string>();
  for (const e of entries) for (const s of [e.name, ...e.synonyms]) if (!head.has(s)) head.set(s, e.name);
  const spellings = [...head.keys()].filter((s) => s !== '').sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const byFirst = new Map<number, string[]>();
  for (const s of spellings) {
    const list = byFirst.get(s.charCodeAt(0));
    if (list) list.push(s);
    else byFirst.set(s.charCodeAt(0), [s]);
  }
  return { head, byFirst, first: firstUnits(spellings) };
}

/** The spellings of `vocabulary` in `text`, leftmost first and longest at each position, not overlapping. */
export function vocabularyHits(text: string, vocabulary: Vocabulary): Generator<{ index: number; spelling: string }> {
  return leftmostLongest(text, (i) => vocabulary.byFirst.get(text.charCodeAt(i)), vocabulary.first);
}

/** Every vocabulary hit in every sentence, outside noise. */
export function vocabularyMentions(ctx: ExtractContext, type: EntityType, vocabulary: Vocabulary): Mention[] {
  const { report } = ctx;
  const out: Mention[] = [];
  for (const s of report.sentences) {
    for (const { index, spelling } of vocabularyHits(s.text, vocabulary)) {
      const start = s.start + index;
      const end = start + spelling.length;
      if (ctx.inNoise(start, end)) continue;
      out.push(mentionAt(ctx, s, start, end, type, vocabulary.head.get(spelling)!));
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
