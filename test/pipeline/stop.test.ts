// A stop request reaches extraction in the middle of a report (src/extract/stop.ts): the flag a
// worker thread watches is checked between normalization steps, before each sentence's words and
// between recognizers, and a stopped file is never mistaken for an input problem.
import { afterEach, describe, expect, it } from 'vitest';
import { processFile } from '../../src/run/workers.js';
import { Stopped, watchStop } from '../../src/stop.js';
import { extract, createContext } from '../../src/extract/run.js';
import { normalize } from '../../src/normalize/index.js';
import { structure } from '../../src/structure/index.js';
import { readDoc } from '../../src/ingest/index.js';
import type { Recognizer } from '../../src/extract/index.js';

const SEED = 'seeds/002_ce880a99c531598d.txt';
const flag = new Int32Array(new SharedArrayBuffer(4));
afterEach(() => {
  Atomics.store(flag, 0, 0);
  watchStop(new Int32Array(new SharedArrayBuffer(4)));
});

describe('a stop request during extraction', () => {
  it('makes processFile throw Stopped instead of reporting the file as a problem', () => {
    watchStop(flag);
    expect('info' in (processFile(SEED) as object)).toBe(true);
    Atomics.store(flag, 0, 1);
    expect(() => processFile(SEED)).toThrow(Stopped);
  });

  it('is seen within one sentence: a recognizer half-way through a report stops there', () => {
    const raw = readDoc(SEED);
    if ('reason' in raw) throw new Error(raw.reason);
    const report = structure(normalize(raw));
    expect(report.sentences.length).toBeGreaterThan(100);
    let asked = 0;
    // raises the stop flag after ten sentences
    const halfway: Recognizer = {
      id: 'test.halfway',
      type: 'theme',
      recognize(ctx) {
        for (let i = 0; i < report.sentences.length; i++) {
          if (i === 10) Atomics.store(flag, 0, 1);
          ctx.tokens(i);
          asked = i;
        }
        return [];
      },
    };
    watchStop(flag);
    expect(() => extract(report, [halfway])).toThrow(Stopped);
    expect(asked).toBe(9);
    // without a stop, the same context gives every sentence its words
    Atomics.store(flag, 0, 0);
    const ctx = createContext(report);
    expect(ctx.tokens(report.sentences.length - 1).length).toBeGreaterThan(0);
  });
});
