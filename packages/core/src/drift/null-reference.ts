import { createRng } from '../stats/rng.js';
import { countsCdf, empiricalCdf, mixtureCdf, quantileAt, type PiecewiseCdf } from './cdf.js';
import { simulateSketch, simulateSorted } from './sketch.js';
import { wasserstein1 } from './wasserstein.js';

/**
 * "Beyond chance": the null distribution of a drift distance at the actual sample sizes, by parametric bootstrap
 * from the pooled profile (Efron & Tibshirani 1993, ch. 16: under "no change" both sides are samples of one
 * distribution, best estimated by pooling them). Each replicate draws two synthetic profiles of the sizes and kinds
 * the real ones have — exact values, a sketch of an n-value sample, or category counts — and computes the same
 * distance, so the sketching, ties, heavy tails and high cardinality are all in the reference distribution.
 * p = (1 + #{replicates ≥ observed}) / (B + 1) (Davison & Hinkley 1997, eq. 4.11), drawn sequentially and stopped
 * once STOP_AFTER replicates reach the observed value, with p = STOP_AFTER / replicates drawn (Besag & Clifford 1991,
 * "Sequential Monte Carlo p-values", Biometrika 78:301–304): a column far from drifting costs a few dozen replicates.
 */
export const NULL_REPLICATES = 199;
/** Sequential stop: this many replicates at or above the observed value settle p ≥ STOP_AFTER / B > NULL_ALPHA. */
export const STOP_AFTER = 10;
/** A distance drifts only when its null p-value is below this, whatever the threshold. */
export const NULL_ALPHA = 0.05;

/** One side of a numeric comparison as the statistic sees it. */
export interface NumericSide {
  cdf: PiecewiseCdf;
  /** 'values': the exact sample (n values); 'sketch': a sketch of an n-value sample. */
  kind: 'values' | 'sketch';
  n: number;
}

/** A fixed seed per column name, so the same profiles always give the same p-value (same report bytes). */
export function seedOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Draw replicates until B, or until STOP_AFTER of them reach the observed value. */
function sequentialP(replicates: number, exceeds: () => boolean): number {
  let hits = 0;
  for (let b = 1; b <= replicates; b++) {
    if (exceeds() && ++hits === STOP_AFTER) return STOP_AFTER / b;
  }
  return (1 + hits) / (replicates + 1);
}

/** Null p-value of a statistic of two numeric sides (sketches or exact values). */
export function numericNullP(
  ref: NumericSide,
  cur: NumericSide,
  stat: (a: PiecewiseCdf, b: PiecewiseCdf) => number,
  observed: number,
  seed: number,
  replicates = NULL_REPLICATES,
): number {
  const pooled = mixtureCdf([
    { cdf: ref.cdf, weight: ref.n },
    { cdf: cur.cdf, weight: cur.n },
  ]);
  const rng = createRng(seed);
  const draw = (s: NumericSide) => (s.kind === 'values' ? empiricalCdf(simulateSorted(pooled, s.n, rng)) : simulateSketch(pooled, s.n, rng));
  return sequentialP(replicates, () => stat(draw(ref), draw(cur)) >= observed);
}

/** The two count vectors summed cell by cell, and each side's total: the null's pooled distribution. */
function poolCounts(ref: ArrayLike<number>, cur: ArrayLike<number>): { k: number; pooled: Float64Array; n1: number; n2: number } {
  const k = ref.length;
  const pooled = new Float64Array(k);
  let n1 = 0;
  let n2 = 0;
  for (let i = 0; i < k; i++) {
    pooled[i] = ref[i] + cur[i];
    n1 += ref[i];
    n2 += cur[i];
  }
  return { k, pooled, n1, n2 };
}

/** Null p-value of a statistic of two count vectors over the same cells (categories, or distinct numbers). */
export function countsNullP(
  ref: ArrayLike<number>,
  cur: ArrayLike<number>,
  stat: (a: Float64Array, b: Float64Array) => number,
  observed: number,
  seed: number,
  replicates = NULL_REPLICATES,
): number {
  const { k, pooled, n1, n2 } = poolCounts(ref, cur);
  const rng = createRng(seed);
  const a = new Float64Array(k);
  const b = new Float64Array(k);
  return sequentialP(replicates, () => {
    rng.multinomial(n1, pooled, a);
    rng.multinomial(n2, pooled, b);
    return stat(a, b) >= observed;
  });
}

/**
 * A scale that heavy tails do not dominate: IQR / 1.349 (equal to σ for normal data); when the middle half is one
 * value, the mean absolute deviation from the median × √(π/2) (also σ for normal data); else 1.
 */
export function robustScale(cdf: PiecewiseCdf): number {
  const iqr = quantileAt(cdf, 0.75) - quantileAt(cdf, 0.25);
  if (iqr > 0) return iqr / 1.349;
  const m = quantileAt(cdf, 0.5);
  // E|X − m| is the Wasserstein distance to the point mass at m.
  const mad = wasserstein1(cdf, { xs: Float64Array.of(m, m), ps: Float64Array.of(0, 1) });
  return mad > 0 ? mad * Math.sqrt(Math.PI / 2) : 1;
}

/** The exact step CDF of counts over ascending distinct values. */
export function countsOverValues(values: ArrayLike<number>, counts: ArrayLike<number>): PiecewiseCdf {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < values.length; i++) if (counts[i] > 0) pairs.push([values[i], counts[i]]);
  return countsCdf(pairs);
}

/**
 * Null p-value of several statistics of two count vectors judged together, so that the column is flagged when any
 * one of them is beyond chance while the false-alarm rate stays at NULL_ALPHA: min-p over one set of replicates
 * (Westfall & Young 1993, "Resampling-Based Multiple Testing", §2.6). The observed pair and B multinomial replicate
 * pairs drawn from the pooled counts are exchangeable under no change; each statistic's p-value of each of the B + 1
 * is its share of the B + 1 values at or above it, and the result is the share of the B + 1 whose smallest p-value
 * is at or below the observed one's (≥ 1/(B + 1); ties count against drift). Every replicate is drawn: no
 * sequential stop, since a column's min-p needs the whole null distribution of each statistic.
 */
export function countsNullMinP(
  ref: ArrayLike<number>,
  cur: ArrayLike<number>,
  stats: ReadonlyArray<(a: Float64Array, b: Float64Array) => number>,
  seed: number,
  replicates = NULL_REPLICATES,
): number {
  const { pooled, n1, n2 } = poolCounts(ref, cur);
  const m = replicates + 1;
  // values[j][0] is the observed statistic j, values[j][b] replicate b's.
  const values = stats.map(() => new Float64Array(m));
  const a = Float64Array.from(ref);
  const b = Float64Array.from(cur);
  stats.forEach((s, j) => (values[j][0] = s(a, b)));
  const rng = createRng(seed);
  for (let r = 1; r < m; r++) {
    rng.multinomial(n1, pooled, a);
    rng.multinomial(n2, pooled, b);
    stats.forEach((s, j) => (values[j][r] = s(a, b)));
  }
  const minP = new Float64Array(m).fill(1);
  for (const v of values) {
    const sorted = Float64Array.from(v).sort();
    for (let r = 0; r < m; r++) {
      // #{values ≥ v[r]} = m − #{values < v[r]}: the first index whose value is not below v[r].
      let lo = 0;
      let hi = m;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < v[r]) lo = mid + 1;
        else hi = mid;
      }
      const p = (m - lo) / m;
      if (p < minP[r]) minP[r] = p;
    }
  }
  let atOrBelow = 0;
  for (let r = 0; r < m; r++) if (minP[r] <= minP[0]) atOrBelow++;
  return atOrBelow / m;
}

/**
 * The largest |z| over cells of the two-proportion z of each cell's share (pooled variance): a change in one
 * category — a top category losing 30% of its rows — shows here long before it moves an omnibus distance, which
 * spreads it over every cell's noise. Cells with a pooled share of 0 or 1 give 0.
 */
export function maxCellZ(ref: ArrayLike<number>, cur: ArrayLike<number>): number {
  let n1 = 0;
  let n2 = 0;
  for (let i = 0; i < ref.length; i++) {
    n1 += ref[i];
    n2 += cur[i];
  }
  if (n1 === 0 || n2 === 0) return 0;
  const inv = 1 / n1 + 1 / n2;
  let best = 0;
  for (let i = 0; i < ref.length; i++) {
    const p = (ref[i] + cur[i]) / (n1 + n2);
    const v = p * (1 - p) * inv;
    if (!(v > 0)) continue;
    const z = Math.abs(ref[i] / n1 - cur[i] / n2) / Math.sqrt(v);
    if (z > best) best = z;
  }
  return best;
}
