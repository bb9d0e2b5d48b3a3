// Kleinberg burst detection over yearly term counts, as CiteSpace does it: when did a term surge in the reports?
//
// A researcher reading a decade of work reports wants to see when a slogan or programme suddenly
// became prominent, not just how often it was named; bursts are the standard measure for that.
//
// Model (Kleinberg 2002, "Bursty and Hierarchical Structure in Streams", section 4 "Enumerating
// bursts"): batch t has d_t documents, r_t of them naming the term. State 0 emits at the base rate
// p0 = Σr / Σd, state 1 (the burst) at p1 = min(s·p0, 0.9999). The cost of state i at batch t is
// σ(i, r_t, d_t) = −ln[ C(d_t, r_t) · p_i^r_t · (1 − p_i)^(d_t − r_t) ]; entering state 1 costs
// γ·ln n and leaving it is free. The Viterbi path (starting in state 0) is the cheapest state
// sequence, and every maximal run of state 1 is a burst whose weight is Σ (σ(0) − σ(1)) over it.
//
// The module is pure: no I/O, no randomness, the same input gives the same output.

/** Tuning knobs, named after CiteSpace's burst-detection settings. */
export interface BurstOptions {
  /** CiteSpace's "s": the burst state's rate is s times the base rate (capped at 0.9999). Must be > 1. */
  s?: number;
  /** CiteSpace's "γ": entering a burst costs γ·ln(n) for n batches; larger γ finds fewer, stronger bursts. Must be ≥ 0. */
  gamma?: number;
  /** CiteSpace's "minimum duration": bursts shorter than this many years are dropped. Integer ≥ 1. */
  minDuration?: number;
}

/** One burst: a maximal run of burst-state years. */
export interface Burst {
  /** First year of the burst. */
  start: number;
  /** Last year of the burst (inclusive). */
  end: number;
  /** Kleinberg's weight: Σ over the run of σ(0) − σ(1), i.e. how much better the burst rate explains those years. */
  weight: number;
}

/** The defaults: s = 2, γ = 1, minimum duration 1 year. */
export const BURST_DEFAULTS: Readonly<Required<BurstOptions>> = Object.freeze({ s: 2, gamma: 1, minDuration: 1 });

/** Kleinberg's cap on the burst rate: a rate of 1 would make any year without the term infinitely costly. */
const MAX_BURST_RATE = 0.9999;

/** One batch (a year): r relevant documents out of d. */
interface Batch {
  year: number;
  r: number;
  d: number;
}

/**
 * Detects bursts of one term.
 *
 * `years` must be strictly increasing integers; gaps are allowed and are filled internally with
 * empty batches (r = 0, d = 0), which cost nothing in either state, so a burst may run across a
 * gap year but never starts or ends on one (ties are broken towards state 0). n in γ·ln(n) counts
 * the filled batches, i.e. the full year span.
 *
 * Returns no bursts when the term is never named (p0 = 0), when it is named in every document
 * (p0 = 1, or so close that the capped burst rate is not above it: there is no contrast), when
 * there are no documents at all, and in practice for a single year (n = 1: the transition is free
 * but the base rate is then exactly the year's rate, which state 1 can never beat).
 *
 * @param years sorted consecutive-or-gapped integer years
 * @param relevant relevant[i] = documents of years[i] naming the term
 * @param total total[i] = all documents of years[i]
 * @throws RangeError on mismatched lengths, unsorted or non-integer years, negative or
 *   non-integer counts, relevant > total, or out-of-range options
 */
export function detectBursts(
  years: readonly number[],
  relevant: readonly number[],
  total: readonly number[],
  options: BurstOptions = {},
): Burst[] {
  const opts = resolveOptions(options);
  const batches = fillGaps(validateSeries(years, relevant, total));
  const rates = burstRates(batches, opts.s);
  if (!rates) return [];
  const states = viterbi(batches, rates, opts.gamma * Math.log(batches.length));
  return collectBursts(batches, states, rates).filter((b) => b.end - b.start + 1 >= opts.minDuration);
}

/**
 * Bursts of every term over the full year span of `docsPerYear` (its smallest to largest year;
 * years inside the span that it lacks have no documents).
 *
 * `rows` give, per term and year, how many documents name the term; rows repeating a (term, year)
 * are added up, so per-region rows can be passed as they are as long as the regions' documents are
 * distinct. Only terms with at least one burst are in the result, whose keys are in code-point order.
 *
 * @throws RangeError if a row's year lies outside the span, a term's count exceeds the year's
 *   documents, or any count or year is invalid (see {@link detectBursts})
 */
export function burstsByTerm(
  rows: Iterable<{ term: string; year: number; docs: number }>,
  docsPerYear: ReadonlyMap<number, number>,
  options: BurstOptions = {},
): Map<string, Burst[]> {
  const span = yearSpan(docsPerYear);
  const totals = span.map((year) => docsPerYear.get(year) ?? 0);
  const countsByTerm = new Map<string, number[]>();
  for (const { term, year, docs } of rows) {
    // checked per row: a negative count could otherwise hide in a valid-looking sum
    if (!isCount(docs)) {
      throw new RangeError(`burstsByTerm: docs of "${term}" in ${year} must be a non-negative integer, got ${docs}`);
    }
    const index = Number.isInteger(year) ? year - (span[0] ?? 0) : -1;
    if (index < 0 || index >= span.length) {
      throw new RangeError(`burstsByTerm: year ${year} of "${term}" is outside the span of docsPerYear`);
    }
    let counts = countsByTerm.get(term);
    if (!counts) countsByTerm.set(term, (counts = new Array<number>(span.length).fill(0)));
    counts[index] = (counts[index] ?? 0) + docs;
  }
  const result = new Map<string, Burst[]>();
  for (const term of [...countsByTerm.keys()].sort(compareCodePoints)) {
    const bursts = detectBursts(span, countsByTerm.get(term) ?? [], totals, options);
    if (bursts.length > 0) result.set(term, bursts);
  }
  return result;
}

/** Fills in defaults and rejects settings for which the model means nothing. */
function resolveOptions(options: BurstOptions): Required<BurstOptions> {
  const resolved = { ...BURST_DEFAULTS, ...stripUndefined(options) };
  if (!Number.isFinite(resolved.s) || resolved.s <= 1) {
    throw new RangeError(`detectBursts: s must be a finite number > 1, got ${resolved.s}`);
  }
  if (!Number.isFinite(resolved.gamma) || resolved.gamma < 0) {
    throw new RangeError(`detectBursts: gamma must be a finite number >= 0, got ${resolved.gamma}`);
  }
  if (!Number.isInteger(resolved.minDuration) || resolved.minDuration < 1) {
    throw new RangeError(`detectBursts: minDuration must be an integer >= 1, got ${resolved.minDuration}`);
  }
  return resolved;
}

/** `{ s: undefined }` must mean the default, not override it with undefined. */
function stripUndefined(options: BurstOptions): BurstOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

function validateSeries(years: readonly number[], relevant: readonly number[], total: readonly number[]): Batch[] {
  if (relevant.length !== years.length || total.length !== years.length) {
    throw new RangeError(
      `detectBursts: lengths differ (years ${years.length}, relevant ${relevant.length}, total ${total.length})`,
    );
  }
  return years.map((year, i) => {
    const r = relevant[i] ?? Number.NaN;
    const d = total[i] ?? Number.NaN;
    if (!Number.isSafeInteger(year)) throw new RangeError(`detectBursts: year ${year} is not an integer`);
    if (i > 0 && year <= (years[i - 1] ?? Number.NaN)) {
      throw new RangeError(`detectBursts: years must be strictly increasing (${years[i - 1]} then ${year})`);
    }
    if (!isCount(r) || !isCount(d)) {
      throw new RangeError(`detectBursts: counts of ${year} must be non-negative integers (relevant ${r}, total ${d})`);
    }
    if (r > d) throw new RangeError(`detectBursts: relevant ${r} exceeds total ${d} in ${year}`);
    return { year, r, d };
  });
}

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** Missing years become empty batches so that n and the burst bounds are in real years. */
function fillGaps(batches: readonly Batch[]): Batch[] {
  const filled: Batch[] = [];
  for (const batch of batches) {
    const last = filled[filled.length - 1];
    for (let year = last ? last.year + 1 : batch.year; year < batch.year; year += 1) filled.push({ year, r: 0, d: 0 });
    filled.push(batch);
  }
  return filled;
}

/** [p0, p1], or undefined when no burst is possible: no documents, p0 = 0, or p1 not above p0. */
function burstRates(batches: readonly Batch[], s: number): [number, number] | undefined {
  let r = 0;
  let d = 0;
  for (const batch of batches) {
    r += batch.r;
    d += batch.d;
  }
  if (d === 0 || r === 0) return undefined;
  const p0 = r / d;
  const p1 = Math.min(s * p0, MAX_BURST_RATE);
  return p1 > p0 ? [p0, p1] : undefined;
}

/**
 * σ(i, r, d) = −ln[C(d, r) p^r (1 − p)^(d − r)]. The r = 0 and r = d cases skip the log of a rate
 * they do not use (0·ln 0 would be NaN); an empty batch costs 0.
 */
function sigma(p: number, r: number, d: number): number {
  const hits = r === 0 ? 0 : r * Math.log(p);
  const misses = d === r ? 0 : (d - r) * Math.log1p(-p);
  return -(logChoose(d, r) + hits + misses);
}

/** ln C(d, r) as a sum of min(r, d − r) logs: exact enough, and counts per year are small. */
function logChoose(d: number, r: number): number {
  const k = Math.min(r, d - r);
  let sum = 0;
  for (let i = 1; i <= k; i += 1) sum += Math.log((d - k + i) / i);
  return sum;
}

/**
 * The cheapest state sequence, starting in state 0 before the first batch. Ties go to state 0
 * (for the last batch and for every predecessor), so the path is the optimum that, read from the
 * last batch backwards, is lexicographically smallest: no burst is ever longer than the data ask.
 */
function viterbi(batches: readonly Batch[], [p0, p1]: [number, number], upCost: number): (0 | 1)[] {
  let cost0 = 0;
  let cost1 = Number.POSITIVE_INFINITY;
  // from[t][i]: the state at t − 1 on the cheapest path that is in state i at t
  const from: [0 | 1, 0 | 1][] = [];
  for (const { r, d } of batches) {
    const into0: 0 | 1 = cost1 < cost0 ? 1 : 0;
    const into1: 0 | 1 = cost1 < cost0 + upCost ? 1 : 0;
    const next0 = sigma(p0, r, d) + Math.min(cost0, cost1);
    const next1 = sigma(p1, r, d) + Math.min(cost0 + upCost, cost1);
    from.push([into0, into1]);
    cost0 = next0;
    cost1 = next1;
  }
  const states = new Array<0 | 1>(batches.length);
  let state: 0 | 1 = cost1 < cost0 ? 1 : 0;
  for (let t = batches.length - 1; t >= 0; t -= 1) {
    states[t] = state;
    state = from[t]?.[state] ?? 0;
  }
  return states;
}

/** Maximal runs of state 1 with their weights. */
function collectBursts(batches: readonly Batch[], states: readonly (0 | 1)[], rates: [number, number]): Burst[] {
  const bursts: Burst[] = [];
  let open: Burst | undefined;
  batches.forEach((batch, t) => {
    if (states[t] !== 1) {
      open = undefined;
      return;
    }
    if (!open) bursts.push((open = { start: batch.year, end: batch.year, weight: 0 }));
    open.end = batch.year;
    open.weight += batchWeight(batch, rates);
  });
  return bursts;
}

/**
 * σ(0) − σ(1) for one batch. Computed directly (the binomial coefficient cancels) rather than as a
 * difference of two σ, which would lose digits to the shared ln C(d, r) on big batches.
 */
function batchWeight({ r, d }: Batch, [p0, p1]: [number, number]): number {
  const hits = r === 0 ? 0 : r * Math.log(p1 / p0);
  const misses = d === r ? 0 : (d - r) * (Math.log1p(-p1) - Math.log1p(-p0));
  return hits + misses;
}

/** Every integer year from the smallest to the largest key (empty for an empty map). */
function yearSpan(docsPerYear: ReadonlyMap<number, number>): number[] {
  const keys = [...docsPerYear.keys()];
  for (const year of keys) {
    if (!Number.isSafeInteger(year)) throw new RangeError(`burstsByTerm: year ${year} is not an integer`);
  }
  if (keys.length === 0) return [];
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Code-point order (not UTF-16 order, which puts astral CJK Extension B before U+E000–U+FFFF). */
function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return (x.done ? 0 : 1) - (y.done ? 0 : 1);
    const diff = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (diff !== 0) return diff;
  }
}
