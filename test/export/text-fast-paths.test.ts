// The exporters' text helpers return most values untouched after one regex test (oneLine,
// escapeAttribute). Each fast path must give what the full cleaning gives, for every UTF-16 code
// unit alone, between letters, and next to whitespace.
import { describe, expect, it } from 'vitest';
import { ILLEGAL, oneLine } from '../../src/export/text.js';
import { escapeAttribute } from '../../src/export/xml.js';

/** The full cleaning, as written before the fast paths: drop what XML cannot carry, then fold. */
const fullClean = (text: string) => text.replace(ILLEGAL, '');
const fullOneLine = (text: string) => fullClean(text).replace(/\s+/g, ' ').trim();
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const fullEscape = (text: string) => fullClean(text).replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c]!);

const samples = function* () {
  for (let code = 0; code <= 0xffff; code++) {
    const c = String.fromCharCode(code);
    yield c;
    yield `县${c}镇`;
    yield ` ${c}\n`;
  }
  // a surrogate pair is a character XML can carry; a lone surrogate is not
  yield '𠮷';
  yield '\uD842x';
};

describe('text fast paths', () => {
  it('oneLine gives the full cleaning and folding for every code unit', () => {
    let differ = 0;
    for (const text of samples()) if (oneLine(text) !== fullOneLine(text)) differ += 1;
    expect(differ).toBe(0);
    expect(oneLine('四好农村路')).toBe('四好农村路');
    expect(oneLine(' 千万\u0007\n工程 ')).toBe('千万 工程');
  });

  it('escapeAttribute gives the full cleaning and escaping for every code unit', () => {
    let differ = 0;
    for (const text of samples()) if (escapeAttribute(text) !== fullEscape(text)) differ += 1;
    expect(differ).toBe(0);
    expect(escapeAttribute('a<b & "c"\t\u0001')).toBe('a&lt;b &amp; &quot;c&quot;&#9;');
  });

  it('oneLine folds whitespace runs and trims, and gives a text without whitespace back as it is', () => {
    expect(oneLine('  乡村\n\n振兴\t工程 ')).toBe('乡村 振兴 工程');
    expect(oneLine('r00001_浑源县\u0007')).toBe('r00001_浑源县');
    const id = 'r00001_001_cdd563ffef68d5a8';
    expect(oneLine(id)).toBe(id);
    expect(oneLine('a\u3000b')).toBe('a b');
  });
});
