import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { adjustPValues } from '../../src/stats/index.js';

describe('adjustPValues', () => {
  const p = [0.01, 0.04, 0.03, 0.005];
  test('STATS.md check vectors', () => {
    adjustPValues(p, 'holm').forEach((v, i) => expect(v).toBeCloseTo([0.03, 0.06, 0.06, 0.02][i], 12));
    adjustPValues(p, 'bh').forEach((v, i) => expect(v).toBeCloseTo([0.02, 0.04, 0.04, 0.02][i], 12));
    adjustPValues(p, 'bonferroni').forEach((v, i) => expect(v).toBeCloseTo([0.04, 0.16, 0.12, 0.02][i], 12));
    expect(adjustPValues(p, 'none')).toEqual(p);
  });
  test('NaN stays NaN and is not counted; capped at 1; bad input throws', () => {
    const r = adjustPValues([0.01, NaN, 0.02], 'bonferroni');
    expect(r[0]).toBeCloseTo(0.02, 15);
    expect(r[1]).toBeNaN();
    expect(r[2]).toBeCloseTo(0.04, 15);
    expect(adjustPValues([0.6, 0.7], 'holm')).toEqual([1, 1]);
    expect(adjustPValues([], 'bh')).toEqual([]);
    expect(() => adjustPValues([1.2], 'holm')).toThrow(RangeError);
    expect(() => adjustPValues([0.1], 'sidak' as 'holm')).toThrow(/unknown method/);
  });
  test('properties: adjusted ≥ raw, Holm ≥ BH, Bonferroni ≥ Holm, order-preserving', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }), (raw) => {
        const holm = adjustPValues(raw, 'holm');
        const bh = adjustPValues(raw, 'bh');
        const bon = adjustPValues(raw, 'bonferroni');
        for (let i = 0; i < raw.length; i++) {
          if (!(holm[i] >= raw[i] && bh[i] >= raw[i] && holm[i] >= bh[i] - 1e-15 && bon[i] >= holm[i] && holm[i] <= 1)) return false;
          for (let j = 0; j < raw.length; j++) if (raw[i] < raw[j] && (holm[i] > holm[j] || bh[i] > bh[j])) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
