// The project's segmenter: nodejieba, loaded once per process (loading costs ~2 s), with
// offsets added so tokens can be mapped back to the cleaned text.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Jieba {
  load(): void;
  tag(sentence: string): { word: string; tag: string }[];
  cut(sentence: string): string[];
  insertWord(word: string, tag?: string): boolean;
}

/** A segmented word with its jieba part-of-speech tag and its offsets in the segmented text. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | undefined;

function instance(): Jieba {
  if (!jieba) {
    jieba = require('nodejieba') as Jieba;
    jieba.load();
  }
  return jieba;
}

/** Adds words (with an optional POS tag) to the segmenter's dictionary, e.g. lexicon terms. */
export function addWords(words: Iterable<string>, tag = 'nz'): void {
  const j = instance();
  for (const w of words) j.insertWord(w, tag);
}

/** POS-tags `text`; `offset` is added to every token's start/end. */
export function tag(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const { word, tag } of instance().tag(text)) {
    // jieba returns the words in order and covers the whole input, so a running
    // indexOf keeps offsets exact even when it trims or merges whitespace.
    const at = text.indexOf(word, pos);
    const start = at >= 0 ? at : pos;
    pos = start + word.length;
    out.push({ word, tag, start: start + offset, end: pos + offset });
  }
  return out;
}

/** Part-of-speech tagging without offsets (the benchmark's segmenter-only stage). */
export function tagWords(text: string): { word: string; tag: string }[] {
  return instance().tag(text);
}

/** Plain word cutting, for reference in the benchmark. */
export function cut(text: string): string[] {
  return instance().cut(text);
}
