// Recognizers over a controlled vocabulary (themes, industries): every spelling of a head term
// found in a sentence is a mention of that head term.
import type { EntityType } from '../types.js';
import type { ExtractContext, Mention, Recognizer } from './index.js';
import { mentionAt } from './mention.js';
import { firstUnits, leftmostLongest } from '../text/scan.js';

export interface VocabularyEntry {
  name: string;
  synonyms: string[];
  /** Words right before a spelling that make it the end of another word (农林牧|渔业: the farm sector's total). */
  notAfter?: string[];
  /** Words right after a spelling that make it the start of another word (绿化|工程 read as 化工|程). */
  notBefore?: string[];
  /** false: the name alone is no spelling, only its synonyms are (金融 alone is a field of policy, 金融业 the sector). */
  alone?: boolean;
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
  /** spelling -> the words around it that make it part of another word (its entry's notAfter, notBefore) */
  inOtherWords: Map<string, Pick<VocabularyEntry, 'notAfter' | 'notBefore'>>;
}

export function compileVocabulary(entries: readonly VocabularyEntry[]): Vocabulary {
  const head = new Map<string, string>();
  const inOtherWords = new Map<string, Pick<VocabularyEntry, 'notAfter' | 'notBefore'>>();
  for (const e of entries)
    for (const s of e.alone === false ? e.synonyms : [e.name, ...e.synonyms]) {
      if (head.has(s)) continue;
      head.set(s, e.name);
      if (e.notAfter || e.notBefore) inOtherWords.set(s, { notAfter: e.notAfter, notBefore: e.notBefore });
    }
  const spellings = [...head.keys()].filter((s) => s !== '').sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const byFirst = new Map<number, string[]>();
  for (const s of spellings) {
    const list = byFirst.get(s.charCodeAt(0));
    if (list) list.push(s);
    else byFirst.set(s.charCodeAt(0), [s]);
  }
  return { head, byFirst, first: firstUnits(spellings), inOtherWords };
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
      if (ctx.inNoise(start, end) || partOfAnotherWord(report.text, start, end, vocabulary.inOtherWords.get(spelling)))
        continue;
      // (a synonym keeps its spelling as an alias, so the node is found as the report writes it: 夜间经济 of 夜经济)
      const head = vocabulary.head.get(spelling)!;
      out.push(mentionAt(ctx, s, start, end, type, head, spelling !== head ? { aliases: [spelling] } : {}));
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

/** Whether the words around a hit make it part of another word, as its entry says (绿化|工程, 农林牧|渔业). */
function partOfAnotherWord(
  text: string,
  start: number,
  end: number,
  around: Pick<VocabularyEntry, 'notAfter' | 'notBefore'> | undefined,
): boolean {
  if (!around) return false;
  return (
    !!around.notAfter?.some((w) => start >= w.length && text.startsWith(w, start - w.length)) ||
    !!around.notBefore?.some((w) => text.startsWith(w, end))
  );
}
