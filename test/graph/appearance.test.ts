// Node sizes (src/graph/appearance.ts): issuing regions stay large among a few and shrink as a
// corpus holds more of them, never below what can still be clicked.
import { describe, expect, it } from 'vitest';
import { issuingSize, nodeSize } from '../../src/graph/appearance.js';

describe('issuing region size', () => {
  it('is 24 among up to twenty regions, then shrinks with their number down to 8', () => {
    expect(issuingSize(1)).toBe(24);
    expect(issuingSize(20)).toBe(24);
    expect(issuingSize(80)).toBe(12);
    expect(issuingSize(1000)).toBe(8);
    const sizes = [20, 30, 50, 100, 200, 500, 1000, 3000].map(issuingSize);
    expect(sizes.every((s, i) => i === 0 || s <= sizes[i - 1]!)).toBe(true);
  });

  it('is what nodeSize gives an issuing region, whatever it mentions', () => {
    expect(nodeSize('region', 500, 3, true, 5)).toBe(24);
    expect(nodeSize('region', 500, 3, true, 80)).toBe(12);
    // an entity's size does not depend on how many regions issue reports
    expect(nodeSize('programme', 10, 2, false, 1000)).toBe(nodeSize('programme', 10, 2, false, 1));
  });
});
