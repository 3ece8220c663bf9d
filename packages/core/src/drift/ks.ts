import { cdfAt, cdfBelow, mergedBreakpoints, type PiecewiseCdf } from './cdf.js';

/**
 * Two-sample Kolmogorov–Smirnov statistic D = sup_x |F_ref(x) − F_cur(x)|.
 * Both CDFs are piecewise linear, so the supremum is reached at a breakpoint of one of them, from the left or the
 * right; checking both limits at every breakpoint gives D exactly (for two exact samples, the same D as
 * scipy.stats.ks_2samp).
 */
export function ksStatistic(ref: PiecewiseCdf, cur: PiecewiseCdf): number {
  let d = 0;
  for (const x of mergedBreakpoints(ref, cur)) {
    const at = Math.abs(cdfAt(ref, x) - cdfAt(cur, x));
    const below = Math.abs(cdfBelow(ref, x) - cdfBelow(cur, x));
    if (at > d) d = at;
    if (below > d) d = below;
  }
  return d;
}

/**
 * Survival function of the Kolmogorov distribution, Q_KS(λ) = 2 Σ_{j≥1} (−1)^{j−1} e^{−2j²λ²}
 * (Kolmogorov 1933). For small λ the alternating series converges slowly, so there the equivalent Jacobi-theta form
 * 1 − (√(2π)/λ) Σ_{j≥1} e^{−(2j−1)²π²/(8λ²)} is used (Press et al., Numerical Recipes 3rd ed., §6.14.12).
 */
export function kolmogorovSf(lambda: number): number {
  if (!(lambda > 0)) return 1;
  if (lambda < 1.18) {
    const y = Math.exp((-Math.PI * Math.PI) / (8 * lambda * lambda));
    let s = 0;
    for (let j = 1; j <= 6; j++) s += Math.pow(y, (2 * j - 1) * (2 * j - 1));
    return Math.min(1, Math.max(0, 1 - (Math.sqrt(2 * Math.PI) / lambda) * s));
  }
  let s = 0;
  for (let j = 1; j <= 100; j++) {
    const term = Math.exp(-2 * j * j * lambda * lambda);
    s += j % 2 === 1 ? term : -term;
    if (term < 1e-300) break;
  }
  return Math.min(1, Math.max(0, 2 * s));
}

export interface KsResult {
  statistic: number;
  pValue: number;
}

/**
 * Two-sample KS test with the asymptotic Kolmogorov distribution: with nₑ = n·m/(n + m),
 * p = Q_KS((√nₑ + 0.12 + 0.11/√nₑ)·D) — Stephens' (1970) small-sample correction of the argument, as in
 * Numerical Recipes 3rd ed. §14.3.3 (eq. 14.3.18). The summaries may be exact samples or quantile sketches; n and m
 * are always the true row counts.
 */
export function ksTest(ref: PiecewiseCdf, cur: PiecewiseCdf, n: number, m: number): KsResult {
  const statistic = ksStatistic(ref, cur);
  if (n === 0 || m === 0) return { statistic, pValue: 1 };
  const sqrtNe = Math.sqrt((n * m) / (n + m));
  return { statistic, pValue: kolmogorovSf((sqrtNe + 0.12 + 0.11 / sqrtNe) * statistic) };
}
