import stdlibNormalCdf from '@stdlib/stats-base-dists-normal-cdf';

/**
 * Standard normal CDF Φ(x) = ½·erfc(−x/√2) (Abramowitz & Stegun 7.1.2 / 26.2.29), evaluated with stdlib's
 * erfc (a port of FreeBSD msun's s_erf.c, relative error < 1 ulp in the tails). Because it goes through erfc
 * rather than 1 − erf, Φ(x) for very negative x keeps full relative precision down to the smallest doubles
 * (Φ(−37.5) ≈ 4.6e−308), which the gate needs for p-values such as 1e−30 at a million rows.
 */
export function normalCdf(x: number): number {
  return stdlibNormalCdf(x, 0, 1);
}

/**
 * Standard normal survival function 1 − Φ(x) = Φ(−x) = ½·erfc(x/√2): the upper tail without the cancellation
 * of computing 1 − Φ(x), so normalSf(37) ≈ 5.7e−300 is exact to a few ulps.
 */
export function normalSf(x: number): number {
  return stdlibNormalCdf(-x, 0, 1);
}
