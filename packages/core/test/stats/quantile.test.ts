import { describe, expect, test } from '@jest/globals';
import { percentileInterval, quantileSorted } from '../../src/stats/index.js';
import { refs } from '../metrics/refs.js';

describe('quantileSorted / percentileInterval (type 7, numpy default)', () => {
  test.each((refs.quantile as { data: number[]; q: number[]; values: number[] }[]).map((r) => [r.data.length, r]))(
    'n = %d matches numpy.quantile exactly',
    (_n, r: any) => {
      const sorted = Float64Array.from(r.data as number[]).sort();
      r.q.forEach((q: number, i: number) => expect(quantileSorted(sorted, q)).toBe(r.values[i]));
    },
  );
  test('edges', () => {
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
    expect(quantileSorted([1, 2], 1.5)).toBeNaN();
    expect(quantileSorted([3], 0.3)).toBe(3);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
  test('percentileInterval: [Q(α/2), Q(1 − α/2)], ignores NaN, leaves input alone', () => {
    const s = Float64Array.from({ length: 101 }, (_, i) => 100 - i);
    s[7] = NaN;
    const copy = s.slice();
    const [lo, hi] = percentileInterval(s, 0.1);
    const finite = Float64Array.from(Array.from(s).filter((x) => !Number.isNaN(x))).sort();
    expect(lo).toBe(quantileSorted(finite, 0.05));
    expect(hi).toBe(quantileSorted(finite, 0.95));
    expect(s).toEqual(copy);
    expect(percentileInterval([NaN, NaN], 0.05)).toEqual([NaN, NaN]);
    expect(() => percentileInterval(s, 0)).toThrow(/alpha/);
  });
});
