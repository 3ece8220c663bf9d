export type PAdjustMethod = 'holm' | 'bonferroni' | 'bh' | 'none';

/**
 * Multiple-testing adjustment of k p-values, returned in the input order (like R's p.adjust). With
 * p(1) ≤ … ≤ p(k) sorted ascending:
 *   bonferroni  p̃(i) = min(1, k·p(i))
 *   holm        p̃(i) = max_{j ≤ i} min(1, (k − j + 1)·p(j))     Holm (1979), Scand J Stat 6:65; controls FWER
 *   bh          p̃(i) = min_{j ≥ i} min(1, k·p(j)/j)             Benjamini & Hochberg (1995), JRSS-B 57:289; FDR
 *   none        p̃ = p
 * STATS.md check: p = [.01, .04, .03, .005] → Holm [.03, .06, .06, .02], BH [.02, .04, .04, .02].
 * NaN entries (tests not run, e.g. an insufficient slice) stay NaN and are not counted in k. Ties keep input
 * order. Every adjusted value is ≥ its raw value, and Holm ≥ BH.
 */
export function adjustPValues(p: readonly number[] | Float64Array, method: PAdjustMethod): number[] {
  const out = Array.from(p, Number);
  if (method === 'none') return out;
  const idx: number[] = [];
  for (let i = 0; i < out.length; i++) {
    const v = out[i];
    if (Number.isNaN(v)) continue;
    if (v < 0 || v > 1) throw new RangeError(`adjustPValues: p-value ${v} at index ${i} is outside [0, 1]`);
    idx.push(i);
  }
  const k = idx.length;
  if (k === 0) return out;
  idx.sort((i, j) => out[i] - out[j] || i - j);
  const raw = idx.map((i) => out[i]);
  switch (method) {
    case 'bonferroni':
      for (let r = 0; r < k; r++) out[idx[r]] = Math.min(1, k * raw[r]);
      break;
    case 'holm': {
      let running = 0;
      for (let r = 0; r < k; r++) {
        running = Math.max(running, Math.min(1, (k - r) * raw[r]));
        out[idx[r]] = running;
      }
      break;
    }
    case 'bh': {
      let running = 1;
      for (let r = k - 1; r >= 0; r--) {
        // p·(k/j) rather than k·p/j: a factor ≥ 1 applied to p can only round to ≥ p, so p̃ ≥ p holds in floats too.
        running = Math.min(running, Math.min(1, raw[r] * (k / (r + 1))));
        out[idx[r]] = running;
      }
      break;
    }
    default:
      throw new RangeError(`adjustPValues: unknown method ${String(method)}; use holm, bonferroni, bh or none`);
  }
  return out;
}
