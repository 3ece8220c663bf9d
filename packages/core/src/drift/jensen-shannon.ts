/**
 * Jensen–Shannon distance with base-2 logarithms (so it lies in [0, 1]):
 * JS(P, Q) = √(½ KL(P‖M) + ½ KL(Q‖M)), M = ½(P + Q) (Lin 1991; Endres & Schindelin 2003 for the metric).
 * Inputs are counts or proportions over the same categories; each is normalised. Same as
 * scipy.spatial.distance.jensenshannon(p, q, base=2).
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i];
    sq += q[i];
  }
  if (sp === 0 || sq === 0) return sp === sq ? 0 : 1;
  let div = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i] / sp;
    const b = q[i] / sq;
    const m = (a + b) / 2;
    if (a > 0) div += 0.5 * a * Math.log2(a / m);
    if (b > 0) div += 0.5 * b * Math.log2(b / m);
  }
  return Math.sqrt(Math.max(0, div));
}
