import { normalCdf, normalSf } from './normal.js';
import { normalQuantile } from './normal-quantile.js';

export interface MarginZTest {
  /** √Var(Δ). */
  se: number;
  /** z = (Δ + margin) / se. */
  z: number;
  /** Non-inferiority, H0: Δ ≤ −margin vs H1: Δ > −margin: p = 1 − Φ(z). */
  pNonInferiority: number;
  /** Significant regression, H0: Δ ≥ −margin vs H1: Δ < −margin: p = Φ(z). */
  pRegression: number;
  /** Two-sided, H0: Δ = −margin: p = 2·(1 − Φ(|z|)). */
  pTwoSided: number;
  /** Two-sided (1 − α) Wald interval of Δ: Δ ± Φ⁻¹(1 − α/2)·se (does not depend on the margin). */
  ci: [number, number];
}

/**
 * Wald z-test of a difference Δ with known variance against a margin d (the usual non-inferiority shift, e.g.
 * Liu et al. 2006, Stat Med 25:1219): z = (Δ + d)/√Var(Δ), one-sided tails by erfc ({@link normalSf}) so that
 * p = 1e−300 keeps its digits. Used by DeLong's test of two AUCs and by the paired mean-difference test of per-row
 * losses (difference of means, variance of the paired differences / n).
 *
 * Degenerate variance (0: identical predictions, one class, constant losses): Δ is known exactly, and each p-value is
 * 0 when the data contradict H0 and 1 when they satisfy it, the tie Δ = −d counting for H0 on both sides. The sign of
 * Δ + d then decides; pass `shiftSign` (−1, 0, 1) when it was computed exactly (stats `compareRatioSum`), otherwise
 * the double Δ + d is used. NaN inputs give NaN everywhere.
 */
export function marginZTest(delta: number, variance: number, margin = 0, alpha = 0.05, shiftSign?: number): MarginZTest {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`marginZTest: alpha must be in (0, 1), got ${alpha}`);
  const shifted = delta + margin;
  if (Number.isNaN(delta) || Number.isNaN(variance)) {
    return { se: NaN, z: NaN, pNonInferiority: NaN, pRegression: NaN, pTwoSided: NaN, ci: [NaN, NaN] };
  }
  if (variance <= 0) {
    const s = shiftSign ?? Math.sign(shifted);
    return {
      se: 0,
      z: s > 0 ? Infinity : s < 0 ? -Infinity : 0,
      pNonInferiority: s > 0 ? 0 : 1,
      pRegression: s < 0 ? 0 : 1,
      pTwoSided: s !== 0 ? 0 : 1,
      ci: [delta, delta],
    };
  }
  const se = Math.sqrt(variance);
  const z = shifted / se;
  const half = normalQuantile(1 - alpha / 2) * se;
  return {
    se, z,
    pNonInferiority: normalSf(z),
    pRegression: normalCdf(z),
    pTwoSided: Math.min(1, 2 * normalSf(Math.abs(z))),
    ci: [delta - half, delta + half],
  };
}
