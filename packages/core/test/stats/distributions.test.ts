import { describe, expect, test } from '@jest/globals';
import { binomialCdf } from '../../src/stats/binomial-cdf.js';
import { normalCdf, normalSf } from '../../src/stats/normal.js';
import { normalQuantile } from '../../src/stats/normal-quantile.js';
import { refs, relClose } from '../metrics/refs.js';

describe('normalCdf / normalSf (erfc-based)', () => {
  test.each(refs.normal as { x: number; cdf: number; sf: number }[])('x = $x matches scipy to 1e-12 relative', ({ x, cdf, sf }) => {
    expect(relClose(normalCdf(x), cdf, 1e-12)).toBe(true);
    expect(relClose(normalSf(x), sf, 1e-12)).toBe(true);
  });

  test('keeps relative precision far in the tail (p = 1e-300 range)', () => {
    expect(normalSf(37)).toBeGreaterThan(5.7e-300);
    expect(normalSf(37)).toBeLessThan(5.8e-300);
    expect(normalCdf(-37.5)).toBeGreaterThan(0);
    expect(normalSf(-Infinity)).toBe(1);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });
});

describe('normalQuantile (AS 241)', () => {
  test.each(refs.normal_quantile as { p: number; q: number }[])('p = $p matches scipy ndtri to 1e-13 relative', ({ p, q }) => {
    expect(relClose(normalQuantile(p), q, 1e-13)).toBe(true);
  });

  test('edges and round trip', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(NaN)).toBeNaN();
    // Above x ≈ 5, 1 − Φ(x) is lost to rounding in p itself, so the round trip stops at 3.
    for (const x of [-30, -8, -2, -0.3, 0.7, 3]) {
      const p = normalCdf(x);
      expect(Math.abs(normalQuantile(p) - x)).toBeLessThan(1e-9 * Math.max(1, Math.abs(x)));
    }
  });
});

describe('binomialCdf (exact)', () => {
  test.each(refs.binomial_cdf as { k: number; n: number; p: number; cdf: number }[])(
    'k = $k, n = $n, p = $p matches scipy to 1e-10 relative',
    ({ k, n, p, cdf }) => {
      expect(relClose(binomialCdf(k, n, p), cdf, 1e-10)).toBe(true);
    },
  );

  test('check vector and edges', () => {
    expect(2 * binomialCdf(4, 16, 0.5)).toBeCloseTo(0.0768127, 7);
    expect(binomialCdf(-1, 10, 0.5)).toBe(0);
    expect(binomialCdf(10, 10, 0.3)).toBe(1);
    expect(binomialCdf(3, 10.5, 0.3)).toBeNaN();
  });
});
