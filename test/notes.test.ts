import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LISTED, inputNotes, noteKind, warningLines } from '../src/notes.js';
import { ensureBuilt, runCli } from './fixtures/faults/cli.js';
import { tempDirs } from './fixtures/temp.js';

const tempDir = tempDirs('govgraph-notes-');

const WHERE = { problems: 'out/documents.json ("problems")', warnings: 'out/documents.json ("warnings")' };
const docs = (n: number, warnings: (i: number) => string[]) =>
  Array.from({ length: n }, (_, i) => ({ file: `r${i}.txt`, warnings: warnings(i) }));

describe('noteKind', () => {
  it('drops counts, bracketed particulars and quoted examples, brackets inside quotes included', () => {
    expect(noteKind('repaired 11 mojibake runs (e.g. “?缇畴(娚藼” -> “□境电商”, “a)b” -> “c”)')).toBe(
      'repaired N mojibake runs',
    );
    expect(noteKind('marked 3 spans (12 chars) as noise: unrepairable mojibake (e.g. “?。?”)')).toBe(
      'marked N spans as noise: unrepairable mojibake',
    );
    expect(noteKind('converted stray traditional characters to simplified（開發）')).toBe(
      'converted stray traditional characters to simplified',
    );
    expect(noteKind('removed 1,204 pinyin annotations')).toBe('removed N pinyin annotations');
  });

  it('keeps a quoted mark of symbols only, the thing removed, but not quoted text or a mark in brackets', () => {
    expect(noteKind('removed 7 “**” bold markers')).toBe('removed N “**” bold markers');
    expect(noteKind('removed 2 “##” heading marks (e.g. “##”)')).toBe('removed N “##” heading marks');
    expect(noteKind('report id “县报告” is used by another file too: this one is “县报告-2”')).toBe(
      'report id is used by another file too: this one is',
    );
  });

  it('keeps the numbers that are part of a word', () => {
    expect(noteKind('decoded as GB18030 (no byte-order mark, not UTF-8)')).toBe('decoded as GB18030');
    expect(noteKind('decoded as UTF-16LE without a byte-order mark')).toBe(
      'decoded as UTF-16LE without a byte-order mark',
    );
  });
});

describe('inputNotes', () => {
  it(`lists up to ${LISTED} reports' notes and skipped inputs one line each, as before`, () => {
    const lines = inputNotes(
      docs(LISTED, (i) => (i % 2 ? [`removed ${i} pinyin annotations`, 'joined 1 heading split over two lines'] : [])),
      [{ file: 'empty.txt', reason: 'empty file' }],
      WHERE,
    );
    expect(lines[0]).toBe('govgraph: skipped empty.txt: empty file');
    expect(lines[1]).toBe('govgraph: r1.txt: removed 1 pinyin annotations');
    expect(lines).toHaveLength(1 + LISTED);
  });

  it(`counts the notes of more than ${LISTED} reports by kind, most first, and says where each one is`, () => {
    const many = docs(30, (i) => [
      `removed ${i + 2} pinyin annotations`,
      // one report with a singular, 24 with the plural: one kind, in the plural
      ...(i < 25
        ? [
            i === 0
              ? 'joined 1 paragraph cut mid-sentence (text may be missing at “甲|乙”)'
              : `joined ${i + 1} paragraphs cut mid-sentence (text may be missing at “丙|丁”)`,
          ]
        : []),
      ...(i === 3 ? ['converted traditional to simplified', 'converted traditional to simplified'] : []),
    ]);
    const lines = inputNotes(many, [], WHERE);
    expect(lines).toEqual([
      'govgraph: notes on 30 of 30 reports, by kind (each report\'s are in out/documents.json ("warnings"); --verbose lists them all here):',
      'govgraph:   30 reports: removed N pinyin annotations',
      'govgraph:   25 reports: joined N paragraphs cut mid-sentence',
      'govgraph:   1 reports: converted traditional to simplified',
    ]);
    // asked for all: every note of every report
    expect(inputNotes(many, [], { ...WHERE, all: true })).toHaveLength(30 + 25 + 2);
  });

  it('sums up skipped inputs by reason past the limit, and counts the kinds past twelve in one line', () => {
    const skipped = Array.from({ length: 40 }, (_, i) => ({
      file: `bad${i}.txt`,
      reason: i < 20 ? 'empty file' : `not a report kind ${String.fromCharCode(97 + (i % 20))}`,
    }));
    const lines = inputNotes([], skipped, WHERE);
    expect(lines[0]).toBe(
      'govgraph: skipped 40 inputs, by reason (each is listed in out/documents.json ("problems"); --verbose lists them all here):',
    );
    expect(lines[1]).toBe('govgraph:   20 inputs: empty file');
    // 21 kinds: the first twelve shown, nine counted together
    expect(lines).toHaveLength(1 + 12 + 1);
    expect(lines.at(-1)).toBe('govgraph:   9 more in 9 other kinds');
  });

  it('prints report text and file names as one line each, never as terminal controls', () => {
    const lines = inputNotes(
      docs(1, () => ['repaired 1 mojibake run (e.g. “\u001b[2J” -> “\n”)']),
      [],
      WHERE,
    );
    expect(lines).toEqual(['govgraph: r0.txt: repaired 1 mojibake run (e.g. “\\u001b[2J” -> “\\u000a”)']);
  });
});

describe('warningLines', () => {
  it(`lists ${LISTED} warnings and counts the others, or lists them all when asked`, () => {
    const warnings = Array.from({ length: LISTED + 3 }, (_, i) => `ignored a damaged cache entry for r${i}.txt`);
    const lines = warningLines(warnings);
    expect(lines).toHaveLength(LISTED + 1);
    expect(lines[0]).toBe('govgraph: ignored a damaged cache entry for r0.txt');
    expect(lines.at(-1)).toBe('govgraph: … and 3 more warnings (--verbose lists them all)');
    expect(warningLines(warnings, true)).toHaveLength(LISTED + 3);
    expect(warningLines(warnings.slice(0, LISTED))).toHaveLength(LISTED);
  });
});

describe('govgraph build and extract on a corpus with many notes', () => {
  const corpus = tempDir();
  beforeAll(() => {
    ensureBuilt();
    // reports with a repair each (bold markers), and empty files that are skipped
    for (let i = 0; i < LISTED + 2; i++) {
      writeFileSync(
        join(corpus, `县${i}.txt`),
        `平遥县2022年政府工作报告\n各位代表：\n一、2021年工作回顾\n过去一年，全县经济运行稳中向好。**新建和改造“四好农村路”${i + 3}公里**，群众出行更加便捷。\n二、2022年工作安排\n今年，我们将坚持稳中求进，扎实做好各项工作。\n`,
      );
      writeFileSync(join(corpus, `空${i}.txt`), '');
    }
  }, 180_000);

  it('counts them by kind, and lists every one with --verbose', async () => {
    const out = tempDir('out');
    const r = await runCli(['build', corpus, '-o', out, '--no-cache', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `govgraph: skipped ${LISTED + 2} inputs, by reason (each is listed in ${join(out, 'documents.json')} ("problems"); --verbose lists them all here):`,
      `govgraph:   ${LISTED + 2} inputs: empty file`,
      `govgraph: notes on ${LISTED + 2} of ${LISTED + 2} reports, by kind (each report's are in ${join(out, 'documents.json')} ("warnings"); --verbose lists them all here):`,
      `govgraph:   ${LISTED + 2} reports: removed N “**” bold markers`,
    ]);
    const verbose = await runCli(['build', corpus, '-o', out, '--no-cache', '-q', '--verbose']);
    expect(verbose.code, verbose.stderr).toBe(0);
    const all = verbose.stderr.trim().split('\n');
    expect(all.filter((l) => / skipped .*空\d+\.txt: empty file$/.test(l))).toHaveLength(LISTED + 2);
    expect(all.filter((l) => /县\d+\.txt: removed 2 “\*\*” bold markers$/.test(l))).toHaveLength(LISTED + 2);
  }, 180_000);

  it('lists the first damaged cache entries and counts the others', async () => {
    const out = tempDir('cache');
    expect((await runCli(['build', corpus, '-o', out, '-q'])).code).toBe(0);
    const cache = join(out, '.cache');
    const entries = readdirSync(cache).filter((f) => f.endsWith('.v8'));
    expect(entries).toHaveLength(LISTED + 2);
    for (const e of entries) writeFileSync(join(cache, e), 'not an entry');
    // the outputs are those of the same reports: only --force builds them again (run/unchanged.ts)
    const r = await runCli(['build', corpus, '-o', out, '-q', '--force']);
    expect(r.code, r.stderr).toBe(0);
    const damaged = r.stderr.split('\n').filter((l) => l.includes('ignored a damaged cache entry'));
    expect(damaged).toHaveLength(LISTED);
    expect(r.stderr).toContain('govgraph: … and 2 more warnings (--verbose lists them all)');
  }, 180_000);

  it('govgraph extract sums up the skipped inputs too', async () => {
    const shard = join(tempDir('shard'), 'shard');
    const r = await runCli(['extract', corpus, '-o', shard, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      `govgraph: skipped ${LISTED + 2} inputs, by reason (each is listed in ${join(shard, 'problems.parquet')}; --verbose lists them all here):`,
      `govgraph:   ${LISTED + 2} inputs: empty file`,
    ]);
  }, 180_000);
});
