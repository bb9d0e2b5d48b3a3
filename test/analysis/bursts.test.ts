// Kleinberg burst detection (src/analysis/bursts.ts): hand-made series with known answers, the edge cases and
// input checks, and a brute force over all 2^n state sequences that the Viterbi path must match.
import { describe, expect, it } from 'vitest';
import {
  BURST_DEFAULTS,
  burstsByTerm,
  detectBursts,
  type Burst,
  type BurstOptions,
} from '../../src/analysis/bursts.js';

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const tens = (count: number) => new Array<number>(count).fill(10);

describe('detectBursts on hand-made series', () => {
  it('finds no burst in a flat series', () => {
    expect(detectBursts(range(2010, 8), [3, 3, 3, 3, 3, 3, 3, 3], tens(8))).toEqual([]);
  });

  it('finds exactly one burst over the two spike years, with the weight of Kleinberg’s formula', () => {
    const bursts = detectBursts(range(2014, 7), [1, 1, 1, 8, 9, 1, 1], tens(7));
    expect(bursts).toHaveLength(1);
    expect(bursts[0]).toMatchObject({ start: 2017, end: 2018 });
    // p0 = 22/70, p1 = 44/70; weight = Σ r ln(p1/p0) + (d − r) ln((1 − p1)/(1 − p0)) over r = 8, 9
    const p0 = 22 / 70;
    const p1 = 44 / 70;
    const expected = 17 * Math.log(2) + 3 * Math.log((1 - p1) / (1 - p0));
    expect(bursts[0]?.weight).toBeCloseTo(expected, 10);
    expect(bursts[0]?.weight).toBeGreaterThan(0);
  });

  it('finds a burst in the first year (entering it from the initial state 0 still pays γ·ln n)', () => {
    expect(detectBursts(range(2000, 6), [9, 1, 1, 1, 1, 1], tens(6))).toMatchObject([{ start: 2000, end: 2000 }]);
  });

  it('finds a weak one-year burst with a small γ and suppresses it with a large γ', () => {
    // the r = 5 year has weight 5 ln 2 + 5 ln((1 − p1)/(1 − p0)) ≈ 1.53 with p0 = 17/70, p1 = 34/70;
    // it is a burst exactly when γ·ln 7 is below that
    const series = [2, 2, 2, 5, 2, 2, 2];
    const weak = detectBursts(range(2010, 7), series, tens(7), { gamma: 0.5 });
    expect(weak).toMatchObject([{ start: 2013, end: 2013 }]);
    expect(weak[0]?.weight).toBeCloseTo(5 * Math.log(2) + 5 * Math.log((1 - 34 / 70) / (1 - 17 / 70)), 10);
    expect(detectBursts(range(2010, 7), series, tens(7), { gamma: 1 })).toEqual([]);
  });

  it('drops bursts shorter than minDuration', () => {
    const weak = [2, 2, 2, 5, 2, 2, 2];
    expect(detectBursts(range(2010, 7), weak, tens(7), { gamma: 0.5, minDuration: 2 })).toEqual([]);
    const spike = [1, 1, 1, 8, 9, 1, 1];
    expect(detectBursts(range(2010, 7), spike, tens(7), { minDuration: 2 })).toMatchObject([
      { start: 2013, end: 2014 },
    ]);
    expect(detectBursts(range(2010, 7), spike, tens(7), { minDuration: 3 })).toEqual([]);
  });

  it('keeps every burst of a series with two separate spikes, in year order', () => {
    const bursts = detectBursts(range(2001, 10), [1, 9, 9, 1, 1, 1, 1, 9, 1, 1], tens(10));
    expect(bursts.map(({ start, end }) => [start, end])).toEqual([
      [2002, 2003],
      [2008, 2008],
    ]);
  });

  it('a larger s asks for a stronger contrast', () => {
    // p0 = 13/160 and 2013 has rate 0.3 ≈ 3.7·p0: closer to p1 = 2·p0 than to p0 (weight ≈ 2.86 > ln 8),
    // but p1 = 8·p0 = 0.65 explains it worse than p0 does
    const series = [1, 1, 1, 6, 1, 1, 1, 1];
    const twenties = new Array<number>(8).fill(20);
    expect(detectBursts(range(2010, 8), series, twenties, { s: 2 })).toMatchObject([{ start: 2013, end: 2013 }]);
    expect(detectBursts(range(2010, 8), series, twenties, { s: 8 })).toEqual([]);
  });
});

describe('detectBursts with gap years', () => {
  it('reports real years when the burst follows a gap, and never starts on the empty year', () => {
    // 2018 is missing: it becomes an empty batch, so n = 7 and the burst starts in 2019, not 2018
    const bursts = detectBursts([2015, 2016, 2017, 2019, 2020, 2021], [1, 1, 1, 8, 9, 1], tens(6));
    expect(bursts).toHaveLength(1);
    expect(bursts[0]).toMatchObject({ start: 2019, end: 2020 });
  });

  it('bridges a gap year inside a burst (the empty year costs nothing, re-entering would cost γ·ln n)', () => {
    const bursts = detectBursts([2015, 2016, 2017, 2019, 2020, 2021], [1, 1, 8, 9, 1, 1], tens(6));
    expect(bursts).toHaveLength(1);
    expect(bursts[0]).toMatchObject({ start: 2017, end: 2019 });
    // the gap year adds nothing to the weight
    const contiguous = detectBursts([2015, 2016, 2017, 2018, 2019, 2020], [1, 1, 8, 9, 1, 1], tens(6));
    expect(bursts[0]?.weight).toBeCloseTo(contiguous[0]?.weight ?? Number.NaN, 10);
  });

  it('counts filled years in n (γ·ln n): a gap can turn a marginal burst off', () => {
    // weight of the r = 5 year is ≈ 1.53; γ = 0.75 gives 0.75·ln 7 ≈ 1.46 without gaps, 0.75·ln 9 ≈ 1.65 with two
    const series = [2, 2, 2, 5, 2, 2, 2];
    expect(detectBursts(range(2010, 7), series, tens(7), { gamma: 0.75 })).toHaveLength(1);
    const gapped = [2008, 2010, 2011, 2012, 2013, 2014, 2016];
    expect(detectBursts(gapped, series, tens(7), { gamma: 0.75 })).toEqual([]);
  });
});

describe('detectBursts edge cases', () => {
  it('finds nothing for a term never named (p0 = 0)', () => {
    expect(detectBursts(range(2010, 5), [0, 0, 0, 0, 0], tens(5))).toEqual([]);
  });

  it('finds nothing for a term named in every document (p0 = 1)', () => {
    expect(detectBursts(range(2010, 5), [4, 10, 2, 7, 1], [4, 10, 2, 7, 1])).toEqual([]);
  });

  it('finds nothing when p0 is so high that the 0.9999 cap leaves p1 ≤ p0', () => {
    expect(detectBursts(range(2010, 2), [0, 100_000], [1, 100_000])).toEqual([]);
  });

  it('finds nothing without documents, for one year, or for an empty series', () => {
    expect(detectBursts(range(2010, 3), [0, 0, 0], [0, 0, 0])).toEqual([]);
    expect(detectBursts([2020], [7], [10])).toEqual([]);
    expect(detectBursts([], [], [])).toEqual([]);
  });

  it('treats a year without documents as costing nothing in either state', () => {
    // the same as the spike series with the 2015 batch emptied: the burst is unchanged
    const withEmpty = detectBursts(range(2014, 7), [1, 0, 1, 8, 9, 1, 1], [10, 0, 10, 10, 10, 10, 10]);
    expect(withEmpty).toMatchObject([{ start: 2017, end: 2018 }]);
  });

  it('uses the documented defaults, and undefined options mean the defaults', () => {
    expect(BURST_DEFAULTS).toEqual({ s: 2, gamma: 1, minDuration: 1 });
    expect(Object.isFrozen(BURST_DEFAULTS)).toBe(true);
    const series = [2, 2, 2, 5, 2, 2, 2, 6, 6];
    const plain = detectBursts(range(2010, 9), series, tens(9));
    expect(plain.length).toBeGreaterThan(0);
    expect(detectBursts(range(2010, 9), series, tens(9), { s: undefined, gamma: undefined })).toEqual(plain);
    expect(detectBursts(range(2010, 9), series, tens(9), { ...BURST_DEFAULTS })).toEqual(plain);
  });
});

describe('detectBursts input checks', () => {
  const years = [2010, 2011, 2012];
  it.each<[string, number[], number[], number[]]>([
    ['mismatched lengths', years, [1, 2], [5, 5, 5]],
    ['mismatched totals', years, [1, 2, 3], [5, 5]],
    ['relevant above total', years, [1, 6, 1], [5, 5, 5]],
    ['a negative count', years, [1, -1, 1], [5, 5, 5]],
    ['a negative total', years, [0, 0, 0], [5, -5, 5]],
    ['a fractional count', years, [1, 1.5, 1], [5, 5, 5]],
    ['a NaN total', years, [1, 1, 1], [5, Number.NaN, 5]],
    ['a fractional year', [2010, 2010.5, 2012], [1, 1, 1], [5, 5, 5]],
    ['unsorted years', [2011, 2010, 2012], [1, 1, 1], [5, 5, 5]],
    ['a repeated year', [2010, 2011, 2011], [1, 1, 1], [5, 5, 5]],
  ])('throws RangeError on %s', (_name, y, r, d) => {
    expect(() => detectBursts(y, r, d)).toThrow(RangeError);
  });

  it.each<[string, BurstOptions]>([
    ['s = 1', { s: 1 }],
    ['s < 1', { s: 0.5 }],
    ['s = NaN', { s: Number.NaN }],
    ['negative γ', { gamma: -0.1 }],
    ['infinite γ', { gamma: Number.POSITIVE_INFINITY }],
    ['minDuration 0', { minDuration: 0 }],
    ['fractional minDuration', { minDuration: 1.5 }],
  ])('throws RangeError on %s', (_name, options) => {
    expect(() => detectBursts(years, [1, 1, 1], [5, 5, 5], options)).toThrow(RangeError);
  });
});

describe('burstsByTerm', () => {
  const docsPerYear = new Map(range(2014, 7).map((year) => [year, 10]));
  const rowsOf = (term: string, counts: number[]) =>
    counts.map((docs, i) => ({ term, year: 2014 + i, docs })).filter((row) => row.docs > 0);

  it('maps only bursting terms, keyed in code-point order, and matches detectBursts', () => {
    const spike = [1, 1, 1, 8, 9, 1, 1];
    const early = [9, 8, 1, 1, 1, 1, 1];
    // U+FF5A sorts before U+20000 by code point but after it by UTF-16 code unit (0xD840)
    const rows = [...rowsOf('𠀀', early), ...rowsOf('ｚ', spike), ...rowsOf('flat', [3, 3, 3, 3, 3, 3, 3])];
    const result = burstsByTerm(rows, docsPerYear);
    expect([...result.keys()]).toEqual(['ｚ', '𠀀']);
    expect(result.get('ｚ')).toEqual(detectBursts(range(2014, 7), spike, tens(7)));
    expect(result.get('𠀀')).toMatchObject([{ start: 2014, end: 2015 }]);
  });

  it('adds up rows repeating a (term, year) and fills years with no rows with zero', () => {
    const rows = [
      { term: '乡村振兴', year: 2017, docs: 5 },
      { term: '乡村振兴', year: 2017, docs: 3 },
      { term: '乡村振兴', year: 2018, docs: 9 },
      { term: '乡村振兴', year: 2014, docs: 1 },
    ];
    const expected = detectBursts(range(2014, 7), [1, 0, 0, 8, 9, 0, 0], tens(7));
    expect(expected.length).toBeGreaterThan(0);
    expect(burstsByTerm(rows, docsPerYear).get('乡村振兴')).toEqual(expected);
  });

  it('spans every year between the first and last of docsPerYear', () => {
    // 2018 has no entry: it is an empty batch, and the burst's bounds are still real years
    const gapped = new Map([2015, 2016, 2017, 2019, 2020, 2021].map((year) => [year, 10]));
    const rows = rowsOf('x', [1, 1, 1, 0, 8, 9, 1]).map((row) => ({ ...row, year: row.year + 1 }));
    expect(burstsByTerm(rows, gapped).get('x')).toMatchObject([{ start: 2019, end: 2020 }]);
  });

  it('rejects rows outside the span, over the year’s documents, or with a bad count', () => {
    expect(() => burstsByTerm([{ term: 'x', year: 2030, docs: 1 }], docsPerYear)).toThrow(RangeError);
    expect(() => burstsByTerm([{ term: 'x', year: 2016, docs: 11 }], docsPerYear)).toThrow(RangeError);
    const twice = [
      { term: 'x', year: 2016, docs: 6 },
      { term: 'x', year: 2016, docs: 6 },
    ];
    expect(() => burstsByTerm(twice, docsPerYear)).toThrow(RangeError);
    const hidden = [
      { term: 'x', year: 2016, docs: -1 },
      { term: 'x', year: 2016, docs: 2 },
    ];
    expect(() => burstsByTerm(hidden, docsPerYear)).toThrow(RangeError);
    expect(() => burstsByTerm([{ term: 'x', year: 2016, docs: 1 }], new Map())).toThrow(RangeError);
  });

  it('returns an empty map for no rows', () => {
    expect(burstsByTerm([], docsPerYear).size).toBe(0);
    expect(burstsByTerm([], new Map()).size).toBe(0);
  });
});

// ---- brute force: the optimum over all 2^n state sequences, straight from the definition ----

/** Numerical Recipes' LCG: the same cases on every run, without Math.random. */
function lcg(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * below);
  };
}

interface Case {
  years: number[];
  relevant: number[];
  total: number[];
  options: Required<BurstOptions>;
}

function randomCase(next: (below: number) => number): Case {
  const years: number[] = [];
  const relevant: number[] = [];
  const total: number[] = [];
  const span = 2 + next(7); // 2..8 years including gaps
  for (let year = 2000; year < 2000 + span; year += 1) {
    // interior years are sometimes missing; the first and last are kept so the span is `span`
    if (year !== 2000 && year !== 1999 + span && next(6) === 0) continue;
    const d = next(5) === 0 ? 0 : 1 + next(12);
    // a low base rate with occasional high years, so that bursts occur
    const rate = next(3) === 0 ? 0.7 : 0.15;
    let r = 0;
    for (let k = 0; k < d; k += 1) if (next(1000) < rate * 1000) r += 1;
    years.push(year);
    relevant.push(r);
    total.push(d);
  }
  const options = {
    s: [1.5, 2, 3][next(3)] ?? 2,
    gamma: [0.25, 0.5, 1][next(3)] ?? 1,
    minDuration: 1 + next(2),
  };
  return { years, relevant, total, options };
}

/** The bursts of the cheapest state sequence, found by trying them all. */
function bruteForce({ years, relevant, total, options }: Case): Burst[] {
  const first = years[0] ?? 0;
  const n = (years[years.length - 1] ?? 0) - first + 1;
  const r = new Array<number>(n).fill(0);
  const d = new Array<number>(n).fill(0);
  years.forEach((year, i) => {
    r[year - first] = relevant[i] ?? 0;
    d[year - first] = total[i] ?? 0;
  });
  const sumR = r.reduce((a, b) => a + b, 0);
  const sumD = d.reduce((a, b) => a + b, 0);
  if (sumR === 0 || sumD === 0) return [];
  const p = [sumR / sumD, Math.min(options.s * (sumR / sumD), 0.9999)];
  if ((p[1] ?? 0) <= (p[0] ?? 0)) return [];
  // the binomial coefficient is the same in both states, so it is left out of every path's cost
  const sigma = (state: number, t: number) => {
    const rate = p[state] ?? Number.NaN;
    const rt = r[t] ?? 0;
    const miss = (d[t] ?? 0) - rt;
    return -((rt === 0 ? 0 : rt * Math.log(rate)) + (miss === 0 ? 0 : miss * Math.log(1 - rate)));
  };
  const up = options.gamma * Math.log(n);
  const costs: number[] = [];
  for (let mask = 0; mask < 1 << n; mask += 1) {
    let cost = 0;
    let previous = 0;
    for (let t = 0; t < n; t += 1) {
      const state = (mask >> t) & 1;
      if (state === 1 && previous === 0) cost += up;
      cost += sigma(state, t);
      previous = state;
    }
    costs.push(cost);
  }
  const best = Math.min(...costs);
  // among (numerically) equal optima, the documented tie-break: state 0 wins, read from the last
  // batch backwards, which is the smallest mask when bit t is the state of batch t
  const mask = costs.findIndex((cost) => cost <= best + 1e-9);
  const bursts: Burst[] = [];
  for (let t = 0; t < n; t += 1) {
    if (((mask >> t) & 1) === 0) continue;
    const weight = sigma(0, t) - sigma(1, t);
    const last = bursts[bursts.length - 1];
    if (last && last.end === first + t - 1) {
      last.end = first + t;
      last.weight += weight;
    } else bursts.push({ start: first + t, end: first + t, weight });
  }
  return bursts.filter((b) => b.end - b.start + 1 >= options.minDuration);
}

describe('detectBursts against a brute force over all state sequences', () => {
  const cases = Array.from({ length: 12 }, (_, seed) => {
    const next = lcg(seed * 7919 + 1);
    return Array.from({ length: 25 }, () => randomCase(next));
  }).flat();

  it('the cases exercise bursts, gaps and empty years', () => {
    expect(cases.filter((c) => bruteForce(c).length > 0).length).toBeGreaterThan(60);
    expect(cases.filter((c) => bruteForce(c).length > 1).length).toBeGreaterThan(5);
    expect(cases.filter((c) => c.years.length < (c.years.at(-1) ?? 0) - (c.years[0] ?? 0) + 1).length).toBeGreaterThan(
      30,
    );
    expect(cases.filter((c) => c.total.includes(0)).length).toBeGreaterThan(30);
  });

  it.each(Array.from({ length: 12 }, (_, seed) => seed))('matches on seed %i', (seed) => {
    for (const c of cases.slice(seed * 25, seed * 25 + 25)) {
      const actual = detectBursts(c.years, c.relevant, c.total, c.options);
      const expected = bruteForce(c);
      expect(
        actual.map(({ start, end }) => [start, end]),
        JSON.stringify(c),
      ).toEqual(expected.map(({ start, end }) => [start, end]));
      actual.forEach((burst, i) => expect(burst.weight).toBeCloseTo(expected[i]?.weight ?? Number.NaN, 9));
      // an optimal burst always earns back its entry cost: removing it would otherwise be cheaper
      const n = (c.years.at(-1) ?? 0) - (c.years[0] ?? 0) + 1;
      for (const burst of actual) expect(burst.weight).toBeGreaterThanOrEqual(c.options.gamma * Math.log(n) - 1e-9);
    }
  });
});
