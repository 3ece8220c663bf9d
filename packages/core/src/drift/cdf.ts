/**
 * A distribution as a piecewise-linear CDF: breakpoints `xs` (non-decreasing) with cumulative probabilities `ps`
 * (non-decreasing, from 0 to 1). Between two breakpoints with different x the CDF is linear; a repeated x is a jump.
 *
 * Both forms a profile stores become one of these, so every drift statistic has one code path:
 * - exact values (small references): the empirical CDF, a step function, written as pairs (x, F(x−)), (x, F(x));
 * - a quantile summary q_0..q_Q at probabilities i/Q: the points (q_i, i/Q), linear in between — the CDF whose
 *   inverse is the linearly interpolated quantile function.
 */
export interface PiecewiseCdf {
  xs: Float64Array;
  ps: Float64Array;
}

/** Empirical CDF of ascending, NaN-free values (duplicates allowed). */
export function empiricalCdf(sorted: ArrayLike<number>): PiecewiseCdf {
  const n = sorted.length;
  const xs: number[] = [];
  const ps: number[] = [];
  let i = 0;
  while (i < n) {
    const x = sorted[i];
    let j = i;
    while (j < n && sorted[j] === x) j++;
    xs.push(x, x);
    ps.push(i / n, j / n);
    i = j;
  }
  return { xs: Float64Array.from(xs), ps: Float64Array.from(ps) };
}

/** Empirical CDF of [value, count] pairs (ascending values): the exact step function of a low-cardinality column. */
export function countsCdf(pairs: ReadonlyArray<readonly [number, number]>): PiecewiseCdf {
  let n = 0;
  for (const [, c] of pairs) n += c;
  const xs = new Float64Array(pairs.length * 2);
  const ps = new Float64Array(pairs.length * 2);
  let below = 0;
  pairs.forEach(([x, c], i) => {
    xs[2 * i] = x;
    xs[2 * i + 1] = x;
    ps[2 * i] = below / n;
    below += c;
    ps[2 * i + 1] = below / n;
  });
  return { xs, ps };
}

/** CDF of a quantile summary: `quantiles[i]` is the (i / (length − 1))-quantile, ascending. */
export function quantileCdf(quantiles: ArrayLike<number>): PiecewiseCdf {
  const q = quantiles.length - 1;
  const xs = Float64Array.from(quantiles);
  const ps = new Float64Array(q + 1);
  for (let i = 0; i <= q; i++) ps[i] = q === 0 ? 1 : i / q;
  if (q === 0) return { xs: Float64Array.of(xs[0], xs[0]), ps: Float64Array.of(0, 1) };
  return { xs, ps };
}

/** Index of the last breakpoint with xs[k] <= x, or −1 when x is below every breakpoint. */
function lastAtOrBelow(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length; // first index with xs[k] > x
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** F(x) = P(X ≤ x) (right-continuous). */
export function cdfAt(c: PiecewiseCdf, x: number): number {
  const k = lastAtOrBelow(c.xs, x);
  if (k < 0) return 0;
  if (k === c.xs.length - 1) return c.ps[k];
  if (c.xs[k] === x) return c.ps[k];
  const x0 = c.xs[k];
  const x1 = c.xs[k + 1];
  return c.ps[k] + ((x - x0) / (x1 - x0)) * (c.ps[k + 1] - c.ps[k]);
}

/** F(x−) = P(X < x) (the left limit). At a breakpoint it is the first p listed for that x. */
export function cdfBelow(c: PiecewiseCdf, x: number): number {
  let lo = 0; // first index with xs[lo] >= x
  let hi = c.xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (c.xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo === c.xs.length) return c.ps[lo - 1];
  if (c.xs[lo] === x) return c.ps[lo];
  if (lo === 0) return 0;
  const x0 = c.xs[lo - 1];
  const x1 = c.xs[lo];
  return c.ps[lo - 1] + ((x - x0) / (x1 - x0)) * (c.ps[lo] - c.ps[lo - 1]);
}

/** Quantile function Q(u) = inf{x : F(x) ≥ u}, interpolating linearly where F is linear. */
export function quantileAt(c: PiecewiseCdf, u: number): number {
  const { xs, ps } = c;
  if (u <= ps[0]) return xs[0];
  // first index with ps[k] >= u
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ps[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  const p0 = ps[lo - 1];
  const p1 = ps[lo];
  if (p1 === p0 || xs[lo] === xs[lo - 1]) return xs[lo];
  return xs[lo - 1] + ((u - p0) / (p1 - p0)) * (xs[lo] - xs[lo - 1]);
}

/** Sorted distinct breakpoints of both CDFs: every place where either may bend or jump. */
export function mergedBreakpoints(a: PiecewiseCdf, b: PiecewiseCdf): Float64Array {
  const all = new Float64Array(a.xs.length + b.xs.length);
  all.set(a.xs, 0);
  all.set(b.xs, a.xs.length);
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[n - 1]) all[n++] = all[i];
  return all.subarray(0, n);
}

/** Mixture CDF Σ wᵢ·Fᵢ / Σ wᵢ of piecewise-linear CDFs (exact: piecewise linear again, on the union of breakpoints). */
export function mixtureCdf(parts: Array<{ cdf: PiecewiseCdf; weight: number }>): PiecewiseCdf {
  const live = parts.filter((p) => p.weight > 0);
  if (live.length === 1) return live[0].cdf;
  const total = live.reduce((s, p) => s + p.weight, 0);
  const xsAll = new Float64Array(live.reduce((s, p) => s + p.cdf.xs.length, 0));
  let o = 0;
  for (const p of live) {
    xsAll.set(p.cdf.xs, o);
    o += p.cdf.xs.length;
  }
  xsAll.sort();
  const xs: number[] = [];
  const ps: number[] = [];
  for (let i = 0; i < xsAll.length; i++) {
    const x = xsAll[i];
    if (i > 0 && x === xsAll[i - 1]) continue;
    let below = 0;
    let at = 0;
    for (const p of live) {
      below += p.weight * cdfBelow(p.cdf, x);
      at += p.weight * cdfAt(p.cdf, x);
    }
    if (at - below > 0) {
      xs.push(x);
      ps.push(below / total);
    }
    xs.push(x);
    ps.push(at / total);
  }
  return { xs: Float64Array.from(xs), ps: Float64Array.from(ps) };
}

/**
 * Mixture CDF Σ wᵢ·Fᵢ / Σ wᵢ, summarised again as `points` + 1 quantiles. Used to merge the per-file profiles of
 * one table (weights = row counts) without revisiting the data.
 */
export function mixtureQuantiles(parts: Array<{ cdf: PiecewiseCdf; weight: number }>, points: number): number[] {
  const mix = mixtureCdf(parts);
  return Array.from({ length: points + 1 }, (_, i) => quantileAt(mix, i / points));
}
