// The indexes that let extraction pass over most positions of a text (a first-character filter, a
// first-two-characters set, a plain-Han shortcut): each one finds exactly what the scan it replaces
// found, on sentences written for these tests.
import { firstIndex } from '../../src/text/bisect.js';
import { describe, expect, it } from 'vitest';
import { compileVocabulary, vocabularyHits } from '../../src/extract/vocabulary.js';
import { Trie, type Entry } from '../../src/extract/region/dictionary.js';
import { unquotedSpellings, programmeLexicon } from '../../src/extract/programme/lexicon.js';
import { nameKey } from '../../src/text/names.js';
import { firstUnits, leftmostLongest } from '../../src/text/scan.js';
import { allMatches } from '../../src/text/matches.js';
import { anyOf, longestWord, rules } from '../../src/lexicon/rules.js';
import { classify, findRuns, Kind, mayHoldRuns } from '../../src/normalize/mojibake-detect.js';

const SENTENCES = ['发展新能源汽车和能源装备，建设新能源基地。', '推进新能源汽车零部件产业园建设', '能源', '汽车', ''];

describe('vocabularyHits', () => {
  // the scan it replaces: one alternation of every spelling, longest first
  const regexHits = (text: string, spellings: string[]) => {
    const sorted = [...spellings].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    return [...text.matchAll(new RegExp(sorted.join('|'), 'g'))].map((m) => ({ index: m.index, spelling: m[0] }));
  };

  it('finds the leftmost, longest spelling at each position, as a longest-first alternation does', () => {
    const vocabulary = compileVocabulary([
      { name: '新能源', synonyms: ['新能源汽车', '新能源汽车零部件'] },
      { name: '能源', synonyms: ['能源装备'] },
      { name: '汽车', synonyms: ['汽车零部件'] },
    ]);
    const spellings = [...vocabulary.head.keys()];
    for (const text of SENTENCES) expect([...vocabularyHits(text, vocabulary)]).toEqual(regexHits(text, spellings));
    expect([...vocabularyHits(SENTENCES[0]!, vocabulary)].map((h) => h.spelling)).toEqual([
      '新能源汽车',
      '能源装备',
      '新能源',
    ]);
  });
});

describe('leftmostLongest with firstUnits', () => {
  it('asks for candidates only where a spelling starts, and finds what asking everywhere finds', () => {
    const spellings = ['新能源汽车', '能源装备', '新能源', '汽车'];
    for (const text of SENTENCES) {
      const asked: number[] = [];
      const candidates = (i: number) => {
        asked.push(i);
        return spellings.filter((s) => s.charCodeAt(0) === text.charCodeAt(i));
      };
      const everywhere = [...leftmostLongest(text, candidates, new Uint8Array(0x10000).fill(1))];
      asked.length = 0;
      expect([...leftmostLongest(text, candidates, firstUnits(spellings))]).toEqual(everywhere);
      expect(asked.every((i) => '新能汽'.includes(text[i]!))).toBe(true);
    }
    // 发展 and the comma start no spelling: passed over without asking
    const asked: number[] = [];
    const hits = leftmostLongest(SENTENCES[0]!, (i) => (asked.push(i), undefined), firstUnits(spellings));
    expect([...hits]).toEqual([]);
    expect(asked).toEqual([...SENTENCES[0]!].flatMap((c, i) => ('新能汽'.includes(c) ? [i] : [])));
  });
});

describe('Trie.first', () => {
  it('is false exactly where matchesAt finds nothing, and a name is found up to the text end', () => {
    const t = new Trie();
    t.add('东榆林', 'full', undefined, { local: true });
    t.add('榆林', 'short', undefined);
    const text = '在东榆林和榆林';
    for (let i = 0; i < text.length; i++) {
      const out: Entry[] = [];
      t.matchesAt(text, i, out);
      if (t.first[text.charCodeAt(i)] === 0) expect(out).toEqual([]);
    }
    const atEnd: Entry[] = [];
    t.matchesAt(text, 5, atEnd);
    expect(atEnd.map((e) => e.surface)).toEqual(['榆林']);
  });
});

describe('Trie.matchesAt', () => {
  it('finds every name that starts at a position, as a scan of the names does, where names share their first characters', () => {
    // 东 has one child, then two (东榆林, 东榆树; 东阳), 东榆 a name of its own; 柳树 and 柳树村 end in one another
    const names = ['东榆林', '东榆树', '东阳', '东榆', '柳树', '柳树村', '西柳树村', '榆林'];
    const t = new Trie();
    for (const name of names) t.add(name, 'full', undefined);
    t.add('榆林', 'short', undefined);
    const text = '东榆林、东榆树和东阳，西柳树村的柳树村东榆';
    for (let i = 0; i < text.length; i++) {
      const out: Entry[] = [];
      t.matchesAt(text, i, out);
      const scanned = names.filter((n) => text.startsWith(n, i)).sort((a, b) => a.length - b.length);
      expect(out.map((e) => e.surface).filter((s, k, all) => all.indexOf(s) === k)).toEqual(scanned);
    }
    const both: Entry[] = [];
    t.matchesAt(text, 1, both);
    expect(both.map((e) => `${e.surface}:${e.kind}`)).toEqual(['榆林:full', '榆林:short']);
  });

  it('never finds a name with a character beyond the BMP, as when the text was walked code unit by code unit', () => {
    const t = new Trie();
    t.add('𠀀村', 'full', undefined);
    t.add('𠀀', 'full', undefined);
    const out: Entry[] = [];
    for (let i = 0; i < 3; i++) t.matchesAt('𠀀村', i, out);
    expect(out).toEqual([]);
  });
});

describe('unquotedSpellings', () => {
  it('finds what a scan of every position finds', () => {
    const { unquoted } = programmeLexicon();
    // every spelling whose first two characters open a sentence of its own, with text around it
    const spellings = [...unquoted.values()].flat().slice(0, 200);
    const text = `我们${spellings.join('，并且')}。末尾${spellings[0]}`;
    const scan: { index: number; spelling: string }[] = [];
    for (let i = 0; i < text.length - 1;) {
      const s = unquoted.get(text.slice(i, i + 2))?.find((x) => text.startsWith(x, i));
      if (s) {
        scan.push({ index: i, spelling: s });
        i += s.length;
      } else i++;
    }
    expect(scan.length).toBeGreaterThan(100);
    expect([...unquotedSpellings(text)]).toEqual(scan);
  });
});

describe('nameKey', () => {
  it('leaves every unified Han character as the full key does (NFKC, punctuation, case)', () => {
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const ch = String.fromCharCode(c);
      expect(ch.normalize('NFKC').toLowerCase()).toBe(ch);
    }
  });

  it('still strips quotes, width and case where a name holds more than Han', () => {
    expect(nameKey('“千万工程”')).toBe('千万工程');
    expect(nameKey('５Ｇ＋智慧农业')).toBe('5g+智慧农业');
    expect(nameKey('千万工程')).toBe('千万工程');
  });
});

describe('mayHoldRuns', () => {
  const strong = (k: Kind) => k === Kind.Rare || k === Kind.Junk;

  it('is true of every character that findRuns may call rare or junk, whatever its neighbours', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (mayHoldRuns(ch)) continue;
      for (const [prev, next] of [
        [undefined, undefined],
        ['a', 'b'],
        ['县', '乡'],
      ] as const)
        if (strong(classify(ch, prev, next))) throw new Error(`U+${c.toString(16)} is ${classify(ch, prev, next)}`);
    }
  });

  it('gives a character beyond ASCII its kind whatever its neighbours, on its first reading and after', () => {
    const kinds = {
      ㄒ: Kind.Junk,
      '\uFFFD': Kind.Junk,
      县: Kind.Ok,
      縣: Kind.Ok,
      '，': Kind.Ok,
      𠀀: Kind.Rare,
      '😀': Kind.Ok,
      // two characters beyond the BMP that share their first code unit: the last of one block of Han, then none
      '\u{2A6DF}': Kind.Rare,
      '\u{2A6E0}': Kind.Ok,
    };
    for (let round = 0; round < 2; round++)
      for (const [ch, kind] of Object.entries(kinds))
        for (const [prev, next] of [
          [undefined, undefined],
          ['a', '1'],
          ['县', '?'],
        ] as const)
          expect([ch, classify(ch, prev, next)]).toEqual([ch, kind]);
  });

  it('passes over plain report lines and stops at a mis-decoded one', () => {
    expect(mayHoldRuns('全县地区生产总值增长6.5%，完成年度目标。')).toBe(false);
    expect(findRuns(Array.from('全县地区生产总值增长6.5%，完成年度目标。'))).toEqual([]);
    const garbled = '。ㄒ唬┮阅茉锤锩';
    expect(mayHoldRuns(garbled)).toBe(true);
    expect(findRuns(Array.from(garbled)).length).toBeGreaterThan(0);
    expect(mayHoldRuns('what?')).toBe(true);
    expect(mayHoldRuns('𠀀')).toBe(true);
  });
});

describe('bisection (src/text/bisect.ts)', () => {
  it('finds the first index a monotone test holds for, or the length', () => {
    const ends = [2, 5, 5, 9];
    expect(firstIndex(ends.length, (i) => ends[i]! > 4)).toBe(1);
    expect(firstIndex(ends.length, (i) => ends[i]! > 5)).toBe(3);
    expect(firstIndex(ends.length, (i) => ends[i]! > 9)).toBe(4);
    expect(firstIndex(0, () => true)).toBe(0);
  });
});

describe('anyOf (a list of rules.json as one search)', () => {
  it('holds for a sentence exactly where one of the list’s words stands in it, as a test of each word does', () => {
    const heads = rules().unquotedPositioningHeads;
    const sentences = [
      '打造全省文化旅游强县和区域物流桥头堡。',
      '建设宜居宜业的生态之城',
      '推进城乡融合发展',
      '强化县城功能',
      ...heads.map((h) => `努力建设${h}`),
      '',
    ];
    const re = anyOf('unquotedPositioningHeads');
    for (const text of sentences) expect([text, re.test(text)]).toEqual([text, heads.some((h) => text.includes(h))]);
    expect(sentences.filter((t) => re.test(t))).toHaveLength(2 + heads.length);
  });
});

describe('longestWord', () => {
  it('is the length of a list’s longest word, how far back a pattern of endsWith(list) reads', () => {
    expect(longestWord(['建设', '推动', '加快推进'])).toBe(4);
    expect(longestWord([])).toBe(0);
    expect(longestWord('strategyBuildingVerbs')).toBe(Math.max(...rules().strategyBuildingVerbs.map((w) => w.length)));
  });
});

describe('allMatches', () => {
  const PATTERNS = [
    /[一二三四五六七八九十]大(?:工程|行动)/g,
    /“([^”]{1,10})”/g,
    /(?:)/g,
    /(?:)/gu,
    /\p{Script=Han}?/gu,
  ];
  const TEXTS = ['实施十大工程、三大行动，推进“千万工程”和“四好农村路”。', '没有一个名字', '𠀀汉字𠀀', ''];

  it('finds what matchAll finds, groups and offsets included, empty matches stepped over by a character', () => {
    for (const re of PATTERNS)
      for (const text of TEXTS) {
        const expected = [...text.matchAll(re)].map((m) => ({ index: m.index, groups: [...m] }));
        expect(allMatches(re, text).map((m) => ({ index: m.index, groups: [...m] }))).toEqual(expected);
        expect(re.lastIndex).toBe(0);
      }
    expect(allMatches(PATTERNS[1]!, TEXTS[0]!).map((m) => m[1])).toEqual(['千万工程', '四好农村路']);
    // a surrogate pair is one character in a unicode pattern: no empty match falls between its halves
    expect(allMatches(/(?:)/gu, '𠀀').map((m) => m.index)).toEqual([0, 2]);
    expect(allMatches(/(?:)/g, '𠀀').map((m) => m.index)).toEqual([0, 1, 2]);
  });

  it('starts from the text start whatever the pattern was left at, and leaves it at 0', () => {
    const re = /大(?:工程|行动)/g;
    re.lastIndex = 5;
    expect(allMatches(re, '十大工程、三大行动').map((m) => m.index)).toEqual([1, 6]);
    expect(re.lastIndex).toBe(0);
  });

  it('lets a caller search with the same pattern while it reads the matches', () => {
    const re = /“([^”]+)”/g;
    const inner = allMatches(re, '“甲”和“乙”').map((m) => allMatches(re, `“${m[1]}${m[1]}”`).length);
    expect(inner).toEqual([1, 1]);
  });

  it('refuses a pattern that is not global (a loop of exec would never end)', () => {
    expect(() => allMatches(/大工程/, '十大工程')).toThrow(/global/);
  });
});
