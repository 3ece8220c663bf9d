import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { bootstrapPValue } from '../../src/stats/index.js';

describe('bootstrapPValue ((count + 1)/(B + 1))', () => {
  test('counts replicates on the H0 side, ties included', () => {
    const d = [-0.03, -0.02, -0.01, -0.01, 0, 0.01, 0.02, 0.03, 0.04];
    expect(bootstrapPValue(d, -0.01, 'greater')).toBe((4 + 1) / (9 + 1)); // ≤ −0.01: 4
    expect(bootstrapPValue(d, -0.01, 'less')).toBe((7 + 1) / (9 + 1)); // ≥ −0.01: 7
    expect(bootstrapPValue(Float64Array.from([1, 2, 3]), 0, 'greater')).toBe(1 / 4); // floor 1/(B+1)
    expect(bootstrapPValue([NaN, 1, NaN], 0, 'greater')).toBe(1 / 2);
    expect(bootstrapPValue([], 0, 'less')).toBe(1);
    expect(() => bootstrapPValue([1], 0, 'two-sided' as 'less')).toThrow(/side/);
  });
  test('p < α iff the one-sided percentile bound clears the threshold (within one replicate)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 10, maxLength: 300 }), fc.double({ min: -1, max: 1, noNaN: true }), (d, t) => {
        const p = bootstrapPValue(d, t, 'greater');
        const below = d.filter((x) => x <= t).length;
        return p === (below + 1) / (d.length + 1) && p > 0 && p <= 1;
      }),
    );
  });
});
