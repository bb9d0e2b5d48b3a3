// A value per UTF-16 code unit, computed the first time a unit is asked for and looked up after:
// the text passes character by character (the mojibake check, the traditional-character count)
// ask the same few thousand units millions of times, where computing one takes patterns and sets.

/**
 * `compute` memoized by code unit (0 to 0xFFFF). Its values are small whole numbers, 0 to 254: they
 * are kept in a byte each, plus one, so that 0 means not computed yet.
 */
export function byCodeUnit(compute: (code: number) => number): (code: number) => number {
  const memo = new Uint8Array(0x10000);
  return (code) => {
    let k = memo[code]!;
    if (k === 0) memo[code] = k = compute(code) + 1;
    return k - 1;
  };
}
