import gammainc from '@stdlib/math-base-special-gammainc';

export interface ChiSquareResult {
  statistic: number;
  df: number;
  pValue: number;
}

/**
 * Pearson's chi-square test of homogeneity on the 2×k table (reference counts, current counts):
 * χ² = Σ (O − E)²/E with E = row total · column total / N, df = k − 1 over the categories seen in either sample
 * (Pearson 1900; Agresti, Categorical Data Analysis 3rd ed., §3.2). Both samples are treated as samples, which is what
 * a drift check compares; no continuity correction. p = Q(df/2, χ²/2), the regularised upper incomplete gamma,
 * computed directly rather than as 1 − CDF so that tiny p-values keep their digits (χ² = 100 on 3 df: 1.55e−21, as
 * scipy.stats.chi2.sf, where 1 − CDF gives 0).
 */
export function chiSquareHomogeneity(ref: ArrayLike<number>, cur: ArrayLike<number>): ChiSquareResult {
  let n1 = 0;
  let n2 = 0;
  for (let i = 0; i < ref.length; i++) {
    n1 += ref[i];
    n2 += cur[i];
  }
  const n = n1 + n2;
  let stat = 0;
  let k = 0;
  for (let i = 0; i < ref.length; i++) {
    const col = ref[i] + cur[i];
    if (col === 0) continue;
    k++;
    const e1 = (n1 * col) / n;
    const e2 = (n2 * col) / n;
    stat += (ref[i] - e1) ** 2 / e1 + (cur[i] - e2) ** 2 / e2;
  }
  const df = k - 1;
  if (df < 1 || n1 === 0 || n2 === 0) return { statistic: 0, df: Math.max(df, 0), pValue: 1 };
  return { statistic: stat, df, pValue: Math.min(1, Math.max(0, gammainc(stat / 2, df / 2, true, true))) };
}
