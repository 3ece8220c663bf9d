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

/**
 * B bootstrap replicates of Δ for each of `parts` (metrics on the same U units), from ONE stream of unit draws: every
 * part sees the same resampled units (paired across models and metrics), and a part's replicates do not depend on
 * which other parts are present. NaN where f or g is undefined on a replicate. Deterministic given `rng`'s seed.
 */
export function pairedMeansBootstrap(parts: PairedMeans[], B: number, rng: Rng): Float64Array[] {
  if (parts.length === 0) return [];
  const U = checkShapes(parts[0]);
  for (const p of parts) if (checkShapes(p) !== U) throw new RangeError('pairedMeansBootstrap: parts with different unit counts');
  const all = parts.flatMap((p) => [...p.statsA, ...p.statsB]);
  const d = all.length;
  // Statistics two by two, interleaved (x[2u], x[2u+1]): each drawn unit is one cache line, summed into two locals.
  const pairs: Float64Array[] = [];
  for (let j = 0; j < d; j += 2) {
    const x = new Float64Array(2 * U);
    const a = all[j];
    const b = all[j + 1];
    for (let u = 0; u < U; u++) x[2 * u] = a[u];
    if (b) for (let u = 0; u < U; u++) x[2 * u + 1] = b[u];
    pairs.push(x);
  }
  const sums = new Float64Array(d + 1);
  const views = [];
  let o = 0;
  for (const p of parts) {
    const a = sums.subarray(o, o + p.statsA.length);
    o += p.statsA.length;
    const b = sums.subarray(o, o + p.statsB.length);
    o += p.statsB.length;
    views.push({ a, b });
  }
  const out = parts.map(() => new Float64Array(B));
  const idx = new Uint32Array(U);
  for (let b = 0; b < B; b++) {
    rng.fillIndices(U, idx);
    // Σ_u c_u·x_u accumulated draw by draw: the same sums as counting first, without an O(U) counts pass.
    for (let p = 0; p < pairs.length; p++) {
      const x = pairs[p];
      let s0 = 0;
      let s1 = 0;
      for (let i = 0; i < U; i++) {
        const k = 2 * idx[i];
        s0 += x[k];
        s1 += x[k + 1];
      }
      sums[2 * p] = s0;
      sums[2 * p + 1] = s1;
    }
    for (let j = 0; j < d; j++) sums[j] /= U;
    for (let m = 0; m < parts.length; m++) out[m][b] = parts[m].fA(views[m].a) - parts[m].fB(views[m].b);
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
