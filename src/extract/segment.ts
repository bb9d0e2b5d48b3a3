// The project's segmenter: nodejieba, loaded once per process (loading costs ~2 s), with
// offsets added so tokens can be mapped back to the cleaned text.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);

interface Jieba {
  load(files?: { idfDict?: string; stopWordDict?: string }): void;
  tag(sentence: string): { word: string; tag: string }[];
  cut(sentence: string, hmm?: boolean): string[];
}

/** A segmented word with its jieba part-of-speech tag and its offsets in the segmented text. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/**
 * The index of the first of a sentence's words that ends after `offset` (the words' count if none): a binary
 * search, since jieba's words come in text order. A recognizer looks a head's words up this way, not by a scan
 * from the sentence's start (quadratic in a long sentence of many heads).
 */
export function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The index of the word that starts at `offset`, if one does. */
export function wordStartingAt(tokens: readonly Token[], offset: number): number | undefined {
  const i = firstEndingAfter(tokens, offset);
  return tokens[i]?.start === offset ? i : undefined;
}

/** The index of the word that ends at `offset`, if one does. */
export function wordEndingAt(tokens: readonly Token[], offset: number): number | undefined {
  const i = firstEndingAfter(tokens, offset - 1);
  return tokens[i]?.end === offset ? i : undefined;
}

/** The words wholly inside [start, end), in text order. */
export function wordsWithin(tokens: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = firstEndingAfter(tokens, start); i < tokens.length && tokens[i]!.end <= end; i++)
    if (tokens[i]!.start >= start) out.push(tokens[i]!);
  return out;
}

let jieba: Jieba | undefined;

/** A file of src/lexicon/jieba (one line each: the extractor refuses an empty table), from src/ or dist/. */
const KEYWORDS_UNUSED = (file: string) => fileURLToPath(new URL(`../../src/lexicon/jieba/${file}`, import.meta.url));

function instance(): Jieba {
  if (!jieba) {
    jieba = require('nodejieba') as Jieba;
    // jieba's keyword extractor (never used here) loads its IDF table with the dictionary: given a
    // table of one word instead of 260,000, each process starts ~0.3 s sooner and holds ~20 MB less
    // (a missing file would abort the process inside jieba: then its own tables are loaded)
    const small = { idfDict: KEYWORDS_UNUSED('idf.utf8'), stopWordDict: KEYWORDS_UNUSED('stop_words.utf8') };
    jieba.load(Object.values(small).every((f) => existsSync(f)) ? small : undefined);
  }
  return jieba;
}

/**
 * Each word's tag as jieba's tagger gives it. jieba's tagger is its cut with HMM and then each word's tag
 * looked up by the word alone (cppjieba's PosTagger: the dictionary's tag, or one by the word's characters),
 * so a word's tag is the same in every sentence. Tagging by the cut and this map takes ~40% less time than
 * jieba's tagger, which makes every word's object through N-API. The map is emptied when it grows past its
 * bound, so a long run holds no more than that.
 */
const TAG_OF = new Map<string, string>();
const TAGS_KEPT = 200_000;

/** jieba's words and tags of `text`, each word at offset 0 (`tag` places them). */
function tagged(text: string): Token[] {
  const words = instance().cut(text, true);
  const out: Token[] = [];
  for (const word of words) {
    const t = TAG_OF.get(word) ?? tagOfWord(word);
    // a word that jieba cuts otherwise when alone: the sentence tagged by jieba itself
    if (t === undefined) return taggedByJieba(text);
    out.push({ word, tag: t, start: 0, end: 0 });
  }
  return out;
}

/** A word's tag, asked of jieba's tagger with the word alone, if jieba keeps it whole. */
function tagOfWord(word: string): string | undefined {
  const alone = instance().tag(word);
  return alone.length === 1 && alone[0]!.word === word ? remember(word, alone[0]!.tag) : undefined;
}

/** Keeps a word's tag (the map emptied first when full) and gives it back. */
function remember(word: string, tag: string): string {
  if (TAG_OF.size >= TAGS_KEPT) TAG_OF.clear();
  TAG_OF.set(word, tag);
  return tag;
}

/** jieba's tagger itself, its words' tags kept for the next sentences. */
function taggedByJieba(text: string): Token[] {
  return instance()
    .tag(text)
    .map(({ word, tag }) => ({ word, tag: remember(word, tag), start: 0, end: 0 }));
}

/** POS-tags `text`; `offset` is added to every token's start/end. */
export function tag(text: string, offset = 0): Token[] {
  const out = tagged(text);
  let pos = 0;
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    // jieba returns the words in order and covers the whole input, so a running
    // indexOf keeps offsets exact even when it trims or merges whitespace.
    const at = text.indexOf(t.word, pos);
    const start = at >= 0 ? at : pos;
    pos = start + t.word.length;
    t.start = start + offset;
    t.end = pos + offset;
  }
  return out;
}

/** POS-tagging without offsets (each word's start and end 0). */
export function tagWords(text: string): { word: string; tag: string }[] {
  return tagged(text);
}

/** jieba's own tagger, every word's object made by jieba: the benchmark's segmenter-only stage. */
export function jiebaTag(text: string): { word: string; tag: string }[] {
  return instance().tag(text);
}

/** Plain word cutting, jieba's default (without HMM): for reference in the benchmark. */
export function cut(text: string): string[] {
  return instance().cut(text);
}
