/**
 * One-sided bootstrap p-value of Δ against a threshold t, from replicates Δ*_1..Δ*_B of the paired bootstrap:
 *   side 'greater' (H1: Δ > t, H0: Δ ≤ t):  p = (#{Δ*_b ≤ t} + 1) / (B + 1)
 *   side 'less'    (H1: Δ < t, H0: Δ ≥ t):  p = (#{Δ*_b ≥ t} + 1) / (B + 1)
 * The +1 in numerator and denominator counts the observed sample as one of the replicates (Davison & Hinkley
 * 1997, eq. 4.11; North, Curtis & Sham 2002, Am J Hum Genet 71:439): the p-value is never 0, its floor is
 * 1/(B + 1), and the test stays valid (never anti-conservative from Monte-Carlo error). Replicates equal to t
 * count for H0 (conservative). It is the p-value that inverts the percentile interval: p < α exactly when
 * fewer than α(B + 1) − 1 replicates fall on the H0 side of t.
 *
 * For the gate with margin d (higher-is-better metrics): non-inferiority is side 'greater' with t = −d;
 * significant regression is side 'less' with t = −d. NaN replicates are left out of both counts (B is the
 * number of finite replicates); with none, p = 1.
 *
 * "Equal" must be decided exactly (a replicate of a count metric often lands on the margin itself, and two rounded
 * doubles disagree there): pass `signs`, with signs[b] = sign(Δ*_b − t) ∈ {−1, 0, 1} from exact arithmetic
 * (stats `compareRatioSum`), and the counts use them instead of comparing doubles. A NaN delta is still left out.
 */
export function bootstrapPValue(
  deltas: Float64Array | readonly number[],
  threshold: number,
  side: 'greater' | 'less',
  signs?: Int8Array,
): number {
  let count = 0;
  let b = 0;
  if (signs) {
    if (signs.length !== deltas.length) throw new RangeError(`bootstrapPValue: ${signs.length} signs for ${deltas.length} replicates`);
    if (side !== 'greater' && side !== 'less') throw new RangeError(`bootstrapPValue: side must be 'greater' or 'less', got ${String(side)}`);
    const h0 = side === 'greater' ? -1 : 1;
    for (let i = 0; i < deltas.length; i++) {
      const d = deltas[i];
      if (d !== d) continue;
      b++;
      if (signs[i] === 0 || signs[i] === h0) count++;
    }
  } else if (side === 'greater') {
    for (let i = 0; i < deltas.length; i++) {
      const d = deltas[i];
      if (d !== d) continue;
      b++;
      if (d <= threshold) count++;
    }
  } else if (side === 'less') {
    for (let i = 0; i < deltas.length; i++) {
      const d = deltas[i];
      if (d !== d) continue;
      b++;
      if (d >= threshold) count++;
    }
  } else {
    throw new RangeError(`bootstrapPValue: side must be 'greater' or 'less', got ${String(side)}`);
  }
  return (count + 1) / (b + 1);
}
