import type { Rng } from '../stats/rng.js';
import { quantileAt, type PiecewiseCdf } from './cdf.js';

/**
 * The numeric sketch a profile stores: order statistics of the column's uniform sample (the whole column up to
 * 65,536 values, else a reservoir sample of that size) at fixed ranks — every 1/256 of the body, and ranks 0..7 then
 * four per octave (8, 10, 12, 14, 16, 20, …) in each tail, so the extremes are stored as order statistics rather than
 * spread linearly up to the maximum. About 340 numbers per column.
 *
 * Because the sample is an i.i.d. draw from the column's distribution (a uniform sample of i.i.d. rows is one) and
 * the ranks depend only on the sample size N, a sketch of a *simulated* sample of size N is obtained exactly from
 * uniform order statistics at those ranks (gamma spacings, below) — the null distribution of any statistic computed
 * on two sketches can be simulated in O(ranks), not O(N).
 */
export const BODY_STEPS = 256;

const rankCache = new Map<number, Int32Array>();

/** Ranks (0-based, ascending, distinct) of the order statistics a sketch of a sample of size n keeps. */
export function sketchRanks(n: number): Int32Array {
  let r = rankCache.get(n);
  if (r === undefined) {
    if (rankCache.size > 64) rankCache.clear();
    r = computeRanks(n);
    rankCache.set(n, r);
  }
  return r;
}

function computeRanks(n: number): Int32Array {
  if (n <= 0) return new Int32Array(0);
  const last = n - 1;
  const set = new Set<number>();
  for (let i = 0; i <= BODY_STEPS; i++) set.add(Math.round((i * last) / BODY_STEPS));
  const tailEnd = last / BODY_STEPS;
  for (let r = 0; r < 8 && r <= tailEnd; r++) {
    set.add(r);
    set.add(last - r);
  }
  for (let oct = 8; oct <= tailEnd; oct *= 2) {
    for (let j = 0; j < 4; j++) {
      const r = oct + (j * oct) / 4;
      if (r > tailEnd) break;
      set.add(r);
      set.add(last - r);
    }
  }
  return Int32Array.from([...set].sort((a, b) => a - b));
}

/** The sketch of an ascending sample: its order statistics at sketchRanks(sample.length). */
export function sketchOfSorted(sorted: ArrayLike<number>): number[] {
  const ranks = sketchRanks(sorted.length);
  const out = new Array<number>(ranks.length);
  for (let i = 0; i < ranks.length; i++) out[i] = sorted[ranks[i]];
  return out;
}

/**
 * The CDF a sketch stands for: the points (x_(r), r/(n − 1)), linear in between — the linear interpolation of the
 * sample's quantile function (Hyndman & Fan 1996, type 7) through the stored ranks.
 */
export function sketchCdf(values: ArrayLike<number>, n: number): PiecewiseCdf {
  const ranks = sketchRanks(n);
  if (values.length !== ranks.length) throw new Error(`sketch of ${values.length} values does not match sample size ${n}`);
  if (n === 1) return { xs: Float64Array.of(values[0], values[0]), ps: Float64Array.of(0, 1) };
  const xs = Float64Array.from(values);
  const ps = new Float64Array(ranks.length);
  for (let i = 0; i < ranks.length; i++) ps[i] = ranks[i] / (n - 1);
  return { xs, ps };
}

/** Standard normal variate (Box–Muller, one of the pair). */
function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

/** Gamma(shape, 1) variate for shape ≥ 1 (Marsaglia & Tsang 2000, "A simple method for generating gamma variables"). */
export function gamma(rng: Rng, shape: number): number {
  if (shape === 1) return -Math.log(rng.next());
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * Simulate the sketch of an i.i.d. sample of size n from the distribution `from`: the k-th smallest of n uniforms is
 * S_k / S_{n+1} with S_k a sum of k standard exponentials (Devroye 1986, V.2), so the uniform order statistics at the
 * sketch's ranks come from one gamma variate per gap between ranks; the sample values are their quantiles.
 */
export function simulateSketch(from: PiecewiseCdf, n: number, rng: Rng): PiecewiseCdf {
  const ranks = sketchRanks(n);
  const s = new Float64Array(ranks.length);
  let acc = 0;
  let prev = -1;
  for (let i = 0; i < ranks.length; i++) {
    acc += gamma(rng, ranks[i] - prev);
    s[i] = acc;
    prev = ranks[i];
  }
  const total = acc + gamma(rng, n - prev);
  const values = new Float64Array(ranks.length);
  for (let i = 0; i < ranks.length; i++) values[i] = quantileAt(from, s[i] / total);
  return sketchCdf(values, n);
}

/** Simulate an exact sample of size n from `from`, ascending. */
export function simulateSorted(from: PiecewiseCdf, n: number, rng: Rng): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = quantileAt(from, rng.next());
  return out.sort();
}
