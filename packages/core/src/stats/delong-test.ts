import type { DelongResult } from './delong.js';
import { marginZTest } from './z-test.js';

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
 * each p-value is 0 when the data contradict H0 and 1 when they satisfy it; the interval is [Δ, Δ]. The sign of
 * Δ + margin then decides: `shiftSign` gives it exactly (both AUCs are ratios of integers over 2·m·n), else the
 * double sum is used. The z-test itself is {@link marginZTest}.
 * NaN inputs (too few positives/negatives) give NaN everywhere.
 */
export function delongTest(
  res: DelongResult,
  margin = 0,
  alternative: Alternative = 'two-sided',
  alpha = 0.05,
  shiftSign?: number,
): DelongTestResult {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`delongTest: alpha must be in (0, 1), got ${alpha}`);
  const delta = res.aucA - res.aucB;
  const t = marginZTest(delta, res.varDelta, margin, alpha, shiftSign);
  const pValue = alternative === 'greater' ? t.pNonInferiority : alternative === 'less' ? t.pRegression : t.pTwoSided;
  return { delta, se: t.se, z: t.z, pValue, pNonInferiority: t.pNonInferiority, pRegression: t.pRegression, pTwoSided: t.pTwoSided, ci: t.ci };
}
