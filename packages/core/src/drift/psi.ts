/** Proportions below this are raised to it, so an empty bin does not make PSI infinite (STATS.md). */
export const PSI_FLOOR = 1e-4;

/**
 * Population stability index PSI = Σ (qᵢ − pᵢ)·ln(qᵢ/pᵢ) over bins, p the reference and q the current proportions,
 * each floored at 1e−4 (Yurdakul 2018, "Statistical properties of population stability index"). Rule of thumb:
 * < 0.1 stable, 0.1–0.2 moderate, ≥ 0.2 major shift. Inputs are counts or proportions; each is normalised first.
 */
export function populationStabilityIndex(p: ArrayLike<number>, q: ArrayLike<number>, floor = PSI_FLOOR): number {
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i];
    sq += q[i];
  }
  if (sp === 0 || sq === 0) return 0;
  let psi = 0;
  for (let i = 0; i < p.length; i++) {
    const a = Math.max(p[i] / sp, floor);
    const b = Math.max(q[i] / sq, floor);
    psi += (b - a) * Math.log(b / a);
  }
  return psi;
}
