import type { DelongResult } from './delong.js';
import { normalCdf, normalSf } from './normal.js';
import { normalQuantile } from './normal-quantile.js';

/** Alternative hypothesis, as in scipy: 'greater' means H1: Δ > −margin, 'less' means H1: Δ < −margin. */
export type Alternative = 'two-sided' | 'greater' | 'less';

export interface DelongTestResult {
  /** Δ = aucA − aucB. */
  delta: number;
  /** √Var(Δ). */
  se: number;
  /** z = (Δ + margin) / se. */
  z: number;
  /** p-value for the requested alternative (one of the three below). */
  pValue: number;
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
 * DeLong z-test of Δ = AUC_A − AUC_B against a margin d (DeLong et al. 1988; the margin form is the usual
 * non-inferiority shift, e.g. Liu et al. 2006, Stat Med 25:1219):
 *   z = (Δ + d) / √Var(Δ)
 *   non-inferiority      H0: Δ ≤ −d   p = 1 − Φ(z)   ('greater')
 *   significant regress. H0: Δ ≥ −d   p = Φ(z)       ('less')
 *   two-sided            H0: Δ = −d   p = 2(1 − Φ(|z|))
 * Tails use erfc ({@link normalSf}), so p = 1e−300 keeps its digits. STATS.md check vector: Var(Δ) = 0.024,
 * z = 1.290994, two-sided p = 0.196706.
 *
 * Degenerate variance (0, e.g. identical scores or both models perfectly separating): Δ is known exactly, so
 * each p-value is 0 when the data contradict H0 and 1 when they satisfy it; the interval is [Δ, Δ].
 * NaN inputs (too few positives/negatives) give NaN everywhere.
 */
export function delongTest(
  res: DelongResult,
  margin = 0,
  alternative: Alternative = 'two-sided',
  alpha = 0.05,
): DelongTestResult {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`delongTest: alpha must be in (0, 1), got ${alpha}`);
  const delta = res.aucA - res.aucB;
  const variance = res.varDelta;
  const shifted = delta + margin;
  let se: number, z: number, pNI: number, pReg: number, pTwo: number, ci: [number, number];
  if (Number.isNaN(delta) || Number.isNaN(variance)) {
    se = z = pNI = pReg = pTwo = NaN;
    ci = [NaN, NaN];
  } else if (variance <= 0) {
    se = 0;
    z = shifted > 0 ? Infinity : shifted < 0 ? -Infinity : 0;
    pNI = shifted > 0 ? 0 : 1;
    pReg = shifted < 0 ? 0 : 1;
    pTwo = shifted !== 0 ? 0 : 1;
    ci = [delta, delta];
  } else {
    se = Math.sqrt(variance);
    z = shifted / se;
    pNI = normalSf(z);
    pReg = normalCdf(z);
    pTwo = Math.min(1, 2 * normalSf(Math.abs(z)));
    const half = normalQuantile(1 - alpha / 2) * se;
    ci = [delta - half, delta + half];
  }
  const pValue = alternative === 'greater' ? pNI : alternative === 'less' ? pReg : pTwo;
  return { delta, se, z, pValue, pNonInferiority: pNI, pRegression: pReg, pTwoSided: pTwo, ci };
}
