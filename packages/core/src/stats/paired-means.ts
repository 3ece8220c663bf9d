import type { Rng } from './rng.js';

/**
 * Paired tests of a metric that is a smooth function of means of per-unit statistics (units: rows, or queries for
 * ranking): Δ = f(x̄_A) − g(x̄_B), where x_A,u ∈ ℝ^{dA} and x_B,u ∈ ℝ^{dB} are computed once per unit. Both tests need
 * O(U·d) work instead of recomputing the metric from the rows.
 *
 * Bootstrap (Efron & Tibshirani 1993, ch. 6; for queries the cluster bootstrap, Davison & Hinkley 1997, §3.8): a
 * replicate draws U units with replacement — counts c_u, Σc_u = U — and evaluates Δ* = f(Σc_u x_A,u / U) −
 * g(Σc_u x_B,u / U). This is exactly the row (query) bootstrap of the metric, because the metric depends on the
 * units only through those means.
 *
 * Delta method (e.g. van der Vaart 1998, "Asymptotic Statistics", §3.1): with h(m) = f(m_A) − g(m_B) and the
 * influence value ψ_u = ∇h(x̄)·(x_u − x̄), se(Δ) = √(Σψ_u² / ((U − 1)·U)). ∇h by central differences, step
 * 1e-5·(|x̄_j| + sd_j) (f is smooth at x̄, so the error is O(step²), far below the se).
 */
export interface PairedMeans {
  statsA: Float64Array[];
  statsB: Float64Array[];
  fA: (means: Float64Array) => number;
  fB: (means: Float64Array) => number;
}

function checkShapes({ statsA, statsB }: PairedMeans): number {
  const all = [...statsA, ...statsB];
  if (all.length === 0) throw new RangeError('pairedMeans: no statistics');
  const u = all[0].length;
  for (const s of all) if (s.length !== u) throw new RangeError(`pairedMeans: statistics of ${s.length} and ${u} units`);
  return u;
}

/** B bootstrap replicates of Δ (NaN where f or g is undefined on a replicate). Deterministic given `rng`'s seed. */
export function pairedMeansBootstrap(p: PairedMeans, B: number, rng: Rng): Float64Array {
  const U = checkShapes(p);
  const dA = p.statsA.length;
  const all = [...p.statsA, ...p.statsB];
  const d = all.length;
  // Interleaved x[u·d + j]: one cache line per unit in the replicate loop.
  const x = new Float64Array(U * d);
  for (let j = 0; j < d; j++) {
    const s = all[j];
    for (let u = 0; u < U; u++) x[u * d + j] = s[u];
  }
  const counts = new Uint32Array(U);
  const sums = new Float64Array(d);
  const meansA = sums.subarray(0, dA);
  const meansB = sums.subarray(dA);
  const out = new Float64Array(B);
  for (let b = 0; b < B; b++) {
    counts.fill(0);
    for (let i = 0; i < U; i++) counts[rng.nextInt(U)]++;
    sums.fill(0);
    for (let u = 0; u < U; u++) {
      const c = counts[u];
      if (c === 0) continue;
      const o = u * d;
      for (let j = 0; j < d; j++) sums[j] += c * x[o + j];
    }
    for (let j = 0; j < d; j++) sums[j] /= U;
    out[b] = p.fA(meansA) - p.fB(meansB);
  }
  return out;
}

/** Δ at the sample means and its delta-method standard error (NaN when Δ is undefined there). */
export function pairedMeansDelta(p: PairedMeans): { delta: number; se: number } {
  const U = checkShapes(p);
  const dA = p.statsA.length;
  const all = [...p.statsA, ...p.statsB];
  const d = all.length;
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const s = all[j];
    let m = 0;
    for (let u = 0; u < U; u++) m += s[u];
    m /= U;
    let v = 0;
    for (let u = 0; u < U; u++) v += (s[u] - m) * (s[u] - m);
    mean[j] = m;
    sd[j] = Math.sqrt(v / Math.max(1, U - 1));
  }
  const h = (m: Float64Array) => p.fA(m.subarray(0, dA)) - p.fB(m.subarray(dA));
  const delta = h(mean);
  const grad = new Float64Array(d);
  const at = Float64Array.from(mean);
  for (let j = 0; j < d; j++) {
    const step = 1e-5 * (Math.abs(mean[j]) + sd[j]) || 1e-8;
    at[j] = mean[j] + step;
    const up = h(at);
    at[j] = mean[j] - step;
    const down = h(at);
    at[j] = mean[j];
    grad[j] = (up - down) / (2 * step);
  }
  let ss = 0;
  for (let u = 0; u < U; u++) {
    let psi = 0;
    for (let j = 0; j < d; j++) psi += grad[j] * (all[j][u] - mean[j]);
    ss += psi * psi;
  }
  return { delta, se: U > 1 ? Math.sqrt(ss / ((U - 1) * U)) : NaN };
}
