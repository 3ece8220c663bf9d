import { normalSf } from '../stats/normal.js';

export interface ZTestResult {
  statistic: number;
  pValue: number;
}

/**
 * Two-proportion z-test with the pooled proportion: p̂ = (x₁ + x₂)/(n₁ + n₂),
 * z = (x₂/n₂ − x₁/n₁) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)), two-sided p = 2·(1 − Φ(|z|)) (Agresti 3rd ed., §2.1.2 and
 * §3.2: z² equals the Pearson χ² of the same 2×2 table). Used for a column with two values.
 */
export function twoProportionZ(x1: number, n1: number, x2: number, n2: number): ZTestResult {
  if (n1 === 0 || n2 === 0) return { statistic: 0, pValue: 1 };
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { statistic: 0, pValue: 1 };
  const z = (x2 / n2 - x1 / n1) / se;
  return { statistic: z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}
