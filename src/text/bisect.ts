// Bisection over a sorted list: the first index whose item passes a test that fails for a prefix of
// the list and holds for the rest (tokens by where they end, spans by where they start).

/** The first index in [0, length) for which `passes` holds (`length` if none does); `passes` must be monotone. */
export function firstIndex(length: number, passes: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (passes(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
