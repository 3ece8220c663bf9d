import { cdfAt, cdfBelow, mergedBreakpoints, type PiecewiseCdf } from './cdf.js';

/**
 * First Wasserstein (earth mover's) distance W₁ = ∫ |F_ref(x) − F_cur(x)| dx (Vallender 1974).
 * Between consecutive merged breakpoints both CDFs are linear, so F_ref − F_cur is linear there and its absolute value
 * integrates in closed form (a trapezoid, or two triangles when it crosses zero). For two exact samples this equals
 * scipy.stats.wasserstein_distance.
 */
export function wasserstein1(ref: PiecewiseCdf, cur: PiecewiseCdf): number {
  const xs = mergedBreakpoints(ref, cur);
  let total = 0;
  for (let i = 0; i + 1 < xs.length; i++) {
    const x0 = xs[i];
    const x1 = xs[i + 1];
    const w = x1 - x0;
    // Values just inside the interval: right limit at x0, left limit at x1.
    const d0 = cdfAt(ref, x0) - cdfAt(cur, x0);
    const d1 = cdfBelow(ref, x1) - cdfBelow(cur, x1);
    if (d0 === 0 && d1 === 0) continue;
    if (d0 * d1 >= 0) total += (w * (Math.abs(d0) + Math.abs(d1))) / 2;
    else total += (w * (d0 * d0 + d1 * d1)) / (2 * (Math.abs(d0) + Math.abs(d1)));
  }
  return total;
}
