import stdlibBinomialCdf from '@stdlib/stats-base-dists-binomial-cdf';

/**
 * Exact binomial CDF P(X ≤ k) for X ~ Bin(n, p), through the regularized incomplete beta function:
 *   P(X ≤ k) = I_{1−p}(n − k, k + 1)    (Abramowitz & Stegun 26.5.24)
 * evaluated by stdlib's betainc (a port of Boost.Math's ibeta, full double precision in the tails, so
 * exact-McNemar p-values such as 1e−40 keep their digits). k is floored; k < 0 → 0, k ≥ n → 1;
 * NaN for n not a non-negative integer or p outside [0, 1].
 */
export function binomialCdf(k: number, n: number, p: number): number {
  return stdlibBinomialCdf(k, n, p);
}
