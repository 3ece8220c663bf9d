import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';

export interface ChiSquareResult {
  statistic: number;
  df: number;
  pValue: number;
}

/**
 * Pearson's chi-square test of homogeneity on the 2×k table (reference counts, current counts):
 * χ² = Σ (O − E)²/E with E = row total · column total / N, df = k − 1 over the categories seen in either sample
 * (Pearson 1900; Agresti, Categorical Data Analysis 3rd ed., §3.2). Both samples are treated as samples, which is what
 * a drift check compares; no continuity correction. p = 1 − F_χ²(χ²; df); p below ~1e−16 is reported as 0.
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
  return { statistic: stat, df, pValue: Math.max(0, 1 - chisquareCdf(stat, df)) };
}
