/**
 * Quantile of sorted data by linear interpolation between order statistics — Hyndman & Fan (1996) type 7,
 * numpy's default (`method='linear'`) and R's default:
 *   h = (n − 1)·q,  j = ⌊h⌋,  Q(q) = x_j + (h − j)·(x_{j+1} − x_j)
 * The interpolation is written as numpy's `_lerp` (from the upper point when h − j ≥ ½) so results match numpy
 * to the last bit. `sorted` must be ascending and free of NaN; empty input gives NaN.
 */
export function quantileSorted(sorted: Float64Array | readonly number[], q: number): number {
  const n = sorted.length;
  if (n === 0 || !(q >= 0 && q <= 1)) return NaN;
  const h = (n - 1) * q;
  const j = Math.floor(h);
  if (j >= n - 1) return sorted[n - 1];
  const t = h - j;
  const a = sorted[j];
  const b = sorted[j + 1];
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/**
 * Two-sided (1 − α) percentile interval of bootstrap replicates (Efron & Tibshirani 1993, §13.3):
 * [Q(α/2), Q(1 − α/2)] with {@link quantileSorted} (type 7, numpy's default). NaN replicates (a metric
 * undefined on that resample, e.g. precision with no predicted positives) are left out; callers that
 * care can count them. Does not modify `samples`.
 */
export function percentileInterval(samples: Float64Array | readonly number[], alpha: number): [number, number] {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`percentileInterval: alpha must be in (0, 1), got ${alpha}`);
  const finite = new Float64Array(samples.length);
  let n = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i];
    if (v === v) finite[n++] = v;
  }
  const sorted = finite.subarray(0, n).sort();
  return [quantileSorted(sorted, alpha / 2), quantileSorted(sorted, 1 - alpha / 2)];
}
