import type { Rng } from './rng.js';

/**
 * One nonparametric bootstrap replicate of n rows as multiplicity weights: draws n row positions uniformly with
 * replacement (Efron 1979) and counts them, so out[i] = how often position i was drawn (Σ out = n; the vector is
 * Multinomial(n; 1/n, …, 1/n)). Applying the same weight vector to candidate and baseline is the paired
 * bootstrap. O(n) per replicate; the metrics' `compute(cols, rows, prepared, weights)` consumes it.
 */
export function bootstrapWeights(rng: Rng, out: Uint32Array): Uint32Array {
  const n = out.length;
  out.fill(0);
  for (let i = 0; i < n; i++) out[rng.nextInt(n)]++;
  return out;
}
