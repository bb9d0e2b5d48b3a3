// Fuzz test of normalize -> structure -> extract (issue 6): random and mutated report text —
// mojibake runs, stray and unbalanced quotes, very long quoted spans, HTML fragments, random CJK,
// pinyin-like parentheses, control characters, emoji and other astral characters, lone
// surrogates — through the library's stage functions, asserting the invariants every later stage
// and the viewer rely on. The PRNG is seeded, so a failure names a case that replays exactly
// (FUZZ_SEED=… FUZZ_CASES=… npx vitest run test/fuzz to explore further).
import { showLost } from '../../src/normalize/noise.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, type RawDoc } from '../../src/ingest/index.js';
import { normalize } from '../../src/normalize/index.js';
import { structure, type Report } from '../../src/structure/index.js';
import { extract } from '../../src/extract/run.js';
import type { Mention } from '../../src/extract/index.js';
import type { DocResult, SentenceRef } from '../../src/run/process-doc.js';
import { graphOf } from '../../src/run/pipeline.js';
import { SEEDS } from '../fixtures/faults/corpus.js';

// C0 controls and DEL, which no name or label may hold
// eslint-disable-next-line no-control-regex
const CONTROL_CHAR = /[\u0000-\u001f\u007f]/;
/** Longest acceptable warning line. */
const MAX_WARNING = 400;
const SEED = Number(process.env.FUZZ_SEED ?? 20240305);
const CASES = Number(process.env.FUZZ_CASES ?? 300);

/** mulberry32: small, fast, seeded. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof prng>;

const seedLines = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split('\n'));

const cjk = (r: Rng, n: number) => Array.from({ length: n }, () => String.fromCharCode(r.int(0x4e00, 0x9fa5))).join('');

/** What a GBK page decoded as UTF-8 (or the reverse) looks like: `鍙戝睍` for `发展`. */
function mojibake(r: Rng, n: number): string {
  const text = cjk(r, n);
  return r.chance(0.5)
    ? iconv.decode(Buffer.from(text, 'utf8'), 'gbk')
    : iconv.decode(iconv.encode(text, 'gb18030').subarray(1), 'gbk');
}

const QUOTES = ['“', '”', '"', '「', '」', '『', '』', '《', '》', '‘', '’', "'", '（', '）', '(', ')', '【', '】'];
const HTML = [
  '<span style="color:red">',
  '</span>',
  '<p>',
  '</p>',
  '<br/>',
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '&nbsp;',
  '&lt;b&gt;',
  '&amp;',
  '<a href="javascript:alert(1)">点击</a>',
  '<!-- 注释 -->',
  '&#27;[31m',
  '&#0;',
  '&#x7;',
  '&#8;&#8;',
  '&#xD800;',
  '&#1114112;',
  '&#x1F600;',
  '<div class="footer">主办单位：人民政府办公室 版权所有 ICP备05001234号</div>',
];
const PINYIN = ['(bào)', '(huì)', '(zhǎng)', '(lái)', '(wèi)', '(xyz)', '(ā)', '(duō)', '()', '(', '(jiàn shè)'];
const CONTROL = [
  '\0',
  '\x01',
  '\x07',
  '\b',
  '\x0b',
  '\f',
  '\r',
  '\x1b[31m',
  '\x7f',
  '\u200b',
  '\u200e',
  '\ufeff',
  '\u2028',
  '\u2029',
  '\u00a0',
  '\u3000',
  '\t',
];
const ASTRAL = ['😀', '🇨🇳', '👨‍👩‍👧', '𠀀', '𪚥', '𝕏', '\ud800', '\udfff', '\ud83d', '️', '\u0301'];
const TERMS = [
  '“千万工程”',
  '“放管服”改革',
  '“承诺制+标准地+全代办”',
  '新时代“枫桥经验”',
  '浑源县',
  '乡村振兴',
  '新质生产力',
  '“两不一欠”',
];

/** One mutation at a random place of `text`. */
function mutate(r: Rng, text: string): string {
  const at = r.int(0, text.length);
  const ins = (s: string) => text.slice(0, at) + s + text.slice(at);
  switch (r.int(0, 13)) {
    case 0:
      return ins(mojibake(r, r.int(1, 40)));
    case 1:
      return ins(r.pick(QUOTES));
    case 2: // a very long quoted span
      return ins('“' + cjk(r, r.int(200, 6000)) + (r.chance(0.7) ? '”' : ''));
    case 3:
      return ins(r.pick(HTML));
    case 4:
      return ins(cjk(r, r.int(1, 200)));
    case 5:
      return ins(r.pick(PINYIN));
    case 6:
      return ins(Array.from({ length: r.int(1, 8) }, () => r.pick(CONTROL)).join(''));
    case 7:
      return ins(Array.from({ length: r.int(1, 6) }, () => r.pick(ASTRAL)).join(''));
    case 8: // delete a range (cuts sentences and quotes in half)
      return text.slice(0, at) + text.slice(Math.min(text.length, at + r.int(1, 300)));
    case 9: // a lost line break, or an extra one
      return r.chance(0.5) ? text.replace('\n', '') : ins(r.chance(0.5) ? '\n' : '\r\n');
    case 10:
      return ins(r.pick(TERMS));
    case 11: // full-width ASCII
      return ins('ＧＤＰ增长２０２４年１２．５％');
    case 12: // a quoted run of punctuation only
      return ins(r.pick(['“”', '“。”', '“、、”', '《》', '“ ”', '“……”', '（）']));
    default: // duplicate a piece
      return ins(text.slice(at, at + r.int(1, 500)));
  }
}

/** A case: a window of seed lines with mutations, or (sometimes) text made of noise only. */
function makeCase(r: Rng): string {
  if (r.chance(0.1)) {
    const parts: string[] = [];
    for (let i = r.int(1, 60); i > 0; i--) {
      parts.push(
        r.pick([
          () => cjk(r, r.int(1, 50)),
          () => mojibake(r, r.int(1, 30)),
          () => r.pick(QUOTES),
          () => r.pick(HTML),
          () => r.pick(CONTROL),
          () => r.pick(ASTRAL),
          () => r.pick(PINYIN),
          () => '\n',
          () => '。',
        ])(),
      );
    }
    return parts.join('');
  }
  const start = r.int(0, seedLines.length - 1);
  let text = seedLines.slice(start, start + r.int(1, 80)).join('\n');
  for (let i = r.int(1, 12); i > 0; i--) text = mutate(r, text);
  return text;
}

function rawDoc(id: string, text: string): RawDoc {
  return { id, file: `${id}.txt`, text, encoding: 'utf-8', bytes: Buffer.byteLength(text), warnings: [] };
}

/** Every invariant of one processed case; returns the first violation, or null. */
function violation(report: Report, mentions: Mention[]): string | null {
  const { text } = report;
  if (typeof text !== 'string') return 'text is not a string';
  if (report.original.length !== text.length)
    return `original has ${report.original.length} code units, text ${text.length}`;
  for (const n of report.noise) {
    if (!(0 <= n.start && n.start <= n.end && n.end <= text.length))
      return `noise span ${JSON.stringify(n)} outside the text`;
  }
  for (const w of report.warnings) {
    if (typeof w !== 'string' || !w.trim() || w.includes('\n')) return `bad warning ${JSON.stringify(w)}`;
    // a warning is one short line on a terminal and in the viewer's document list
    if (w.length > MAX_WARNING) return `warning of ${w.length} characters: ${JSON.stringify(w.slice(0, 200))}…`;
  }
  let last = 0;
  for (const [i, s] of report.sentences.entries()) {
    if (s.index !== i) return `sentence ${i} has index ${s.index}`;
    if (text.slice(s.start, s.end) !== s.text) return `sentence ${i} [${s.start},${s.end}) is not its text`;
    if (s.start < last) return `sentence ${i} starts before the previous one ends`;
    if (s.section < -1 || s.section >= report.sections.length) return `sentence ${i} in section ${s.section}`;
    last = s.end;
  }
  for (const [i, sec] of report.sections.entries()) {
    if (!(0 <= sec.start && sec.start <= sec.end && sec.end <= text.length)) return `section ${i} outside the text`;
    if (typeof sec.title !== 'string') return `section ${i} has no title`;
  }
  for (const g of report.glossary) {
    if (!g.term.trim()) return `glossary entry with an empty term: ${JSON.stringify(g)}`;
    if (!(0 <= g.start && g.start <= g.end && g.end <= text.length)) return `glossary entry ${g.term} outside the text`;
  }
  for (const m of mentions) {
    const where = `${m.type} ${JSON.stringify(m.name)} at [${m.start},${m.end})`;
    if (!m.name || !m.name.trim()) return `${where}: empty name`;
    if (!(0 <= m.start && m.start < m.end && m.end <= text.length)) return `${where}: offsets outside the text`;
    if (text.slice(m.start, m.end) !== m.surface)
      return `${where}: surface ${JSON.stringify(m.surface)} is not the text there`;
    const s = report.sentences[m.sentence];
    if (!s || m.start < s.start || m.end > s.end)
      return `${where}: ${JSON.stringify(m.surface)} not inside its sentence ${m.sentence} ${JSON.stringify(s)}`;
    if (report.noise.some((n) => n.start < m.end && m.start < n.end)) return `${where}: overlaps a noise span`;
    if (CONTROL_CHAR.test(m.name)) return `${where}: control character in the name`;
    if (m.name.includes('\ufffd')) return `${where}: replacement character (undecodable bytes) in the name`;
    if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(m.name))
      return `${where}: lone surrogate in the name`;
  }
  return null;
}

describe(`fuzz: normalize -> structure -> extract (${CASES} cases, seed ${SEED})`, () => {
  it('keeps every invariant on random and mutated report text', () => {
    const r = prng(SEED);
    const failures: string[] = [];
    const docs: DocResult[] = [];
    const texts = new Map<string, string>();
    const started = Date.now();
    for (let c = 0; c < CASES; c++) {
      const id = `fuzz-${c}`;
      const input = makeCase(r);
      let report: Report;
      let mentions: Mention[];
      try {
        report = structure(normalize(rawDoc(id, input)));
        mentions = extract(report);
      } catch (err) {
        failures.push(`case ${c}: threw ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        continue;
      }
      const v = violation(report, mentions);
      if (v) failures.push(`case ${c}: ${v}`);
      const sentences: Record<number, SentenceRef> = {};
      for (const m of mentions) {
        const s = report.sentences[m.sentence];
        if (s) sentences[m.sentence] = { text: s.text, start: s.start, end: s.end };
      }
      texts.set(id, report.text);
      docs.push({
        info: {
          id,
          label: id,
          file: `${id}.txt`,
          encoding: 'utf-8',
          region: report.region,
          traditional: report.traditional,
          characters: report.text.length,
          sentences: report.sentences.length,
          sections: [],
          entities: {},
          warnings: [],
        },
        region: report.region,
        mentions,
        sentences,
      });
    }
    expect(failures.slice(0, 10)).toEqual([]);

    // Resolve and build the graph of every case: labels never empty, evidence exact.
    const graph = graphOf(docs, { layout: false });
    graph.forEachNode((key, a) => {
      if (typeof a.label !== 'string' || !a.label.trim()) failures.push(`node ${key}: empty label`);
      if (CONTROL_CHAR.test(a.label)) failures.push(`node ${key}: control character in the label`);
    });
    let evidence = 0;
    graph.forEachEdge((key, a) => {
      for (const e of a.evidence ?? []) {
        evidence += 1;
        const text = texts.get(e.doc);
        if (text === undefined) failures.push(`edge ${key}: evidence names unknown doc ${e.doc}`);
        // the sentence at its offsets, a lost character (U+FFFD) shown as □
        else if (showLost(text.slice(e.start, e.end)) !== e.sentence)
          failures.push(`edge ${key}: evidence [${e.start},${e.end}) of ${e.doc} is not its sentence`);
      }
    });
    expect(failures.slice(0, 10)).toEqual([]);
    // the corpus must exercise the graph, or the checks above prove nothing
    expect(graph.order).toBeGreaterThan(50);
    expect(evidence).toBeGreaterThan(50);
    console.log(
      `fuzz: ${CASES} cases, ${graph.order} nodes, ${evidence} evidence sentences checked in ${Date.now() - started} ms`,
    );
  });
});

// Their speed is not asserted here (shared machines are noisy): `npm run bench` times one report
// of 1 and 4 MB and prints the ratio.
describe('pathological text keeps every invariant', () => {
  const seed = readFileSync(join(SEEDS, '002_ce880a99c531598d.txt'), 'utf8');
  const r = prng(7);
  const cases: [string, string][] = [
    ['100,000 blank lines', '\n'.repeat(100_000) + '浑源县实施“千万工程”。'],
    ['100,000 lines of spaces', ' \n'.repeat(100_000) + '浑源县'],
    ['50,000 unclosed brackets', '（'.repeat(25_000) + '('.repeat(25_000) + '報(bào)'],
    ['50,000 unclosed quotes', '“'.repeat(50_000) + seed.slice(0, 2000)],
    ['200,000 characters without punctuation', cjk(r, 200_000)],
    ['20,000 HTML tags', '<span>'.repeat(20_000) + seed.slice(0, 2000)],
    ['a report without line breaks, 10 times', seed.replace(/\n/g, '').repeat(10)],
    ['100,000 characters of mojibake', mojibake(r, 30_000)],
    ['20,000 numbered headings', Array.from({ length: 20_000 }, (_, i) => `（${i}）`).join('\n')],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const report = structure(normalize(rawDoc('slow', text)));
      const mentions = extract(report);
      expect(violation(report, mentions)).toBeNull();
    });
  }
});

describe('fuzz: bytes -> decode -> normalize -> structure -> extract (200 cases)', () => {
  it('never throws, and decoded text keeps every invariant', () => {
    const r = prng(SEED + 1);
    const encodings = ['utf8', 'gb18030', 'big5', 'utf16le', 'utf16be'] as const;
    const failures: string[] = [];
    const outcomes = new Map<string, number>();
    for (let c = 0; c < 200; c++) {
      const start = r.int(0, seedLines.length - 1);
      const text = seedLines.slice(start, start + r.int(1, 40)).join('\n');
      let bytes = Buffer.from(iconv.encode(text, r.pick(encodings)));
      if (r.chance(0.2))
        bytes = Buffer.concat([
          Buffer.from(
            r.pick([
              [0xef, 0xbb, 0xbf],
              [0xff, 0xfe],
              [0xfe, 0xff],
            ]),
          ),
          bytes,
        ]);
      for (let i = r.int(0, 6); i > 0 && bytes.length > 0; i--) {
        const at = r.int(0, bytes.length - 1);
        const op = r.int(0, 3);
        if (op === 0)
          bytes[at] = r.int(0, 255); // flip a byte
        else if (op === 1)
          bytes = bytes.subarray(0, at); // truncated download, mid-character
        else if (op === 2)
          bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]); // a lost byte
        else bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([r.int(0, 255)]), bytes.subarray(at)]);
      }
      try {
        const decoded = decode(bytes);
        if ('reason' in decoded) {
          outcomes.set('skipped', (outcomes.get('skipped') ?? 0) + 1);
          if (!decoded.reason.trim() || decoded.reason.includes('\n')) failures.push(`case ${c}: bad reason`);
          continue;
        }
        outcomes.set(decoded.encoding, (outcomes.get(decoded.encoding) ?? 0) + 1);
        const raw = {
          id: `bytes-${c}`,
          file: `bytes-${c}.txt`,
          text: decoded.text,
          encoding: decoded.encoding,
          bytes: bytes.length,
          warnings: decoded.warnings,
        };
        const report = structure(normalize(raw));
        const v = violation(report, extract(report));
        if (v) failures.push(`case ${c}: ${v}`);
      } catch (err) {
        failures.push(`case ${c}: threw ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    console.log(`bytes fuzz: 200 cases, ${JSON.stringify(Object.fromEntries(outcomes))}`);
  });
});
