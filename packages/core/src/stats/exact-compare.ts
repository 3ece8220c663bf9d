/**
 * Exact comparison of a sum of ratios of integers with a decimal threshold, for decisions that fall exactly on a
 * margin. A bootstrap replicate of a count metric is a ratio of integers (accuracy = (tp + tn)/n), so a difference
 * of two such ratios lands exactly on a margin such as 0.01 in a sizeable share of replicates; in doubles that
 * difference is typically −0.010000000000000009, and `Δ* ≥ −d` silently fails. Bootstrap p-values count ties with
 * the null (Davison & Hinkley 1997, §4.4: the observed statistic counts as one of the replicates, and a replicate
 * equal to the threshold supports H0), so ties must be decided on the integers.
 *
 * The threshold is the decimal the user wrote: a policy's `0.01` is the number 1/100, which the double 0.01 only
 * approximates; {@link decimalFraction} recovers it from the shortest round-trip string (ECMA-262 Number::toString).
 */

/** Terms c·num/den of a sum; num and den safe integers (den ≠ 0), c a small integer coefficient (±1, ±2). */
export type RatioTerm = readonly [coef: number, num: number, den: number];

const pow10 = (k: number): bigint => 10n ** BigInt(k);

/**
 * The decimal fraction p/q (q a power of ten) that prints as `x`: 0.01 → 1/100, 2.5e-7 → 25/10⁸, 3 → 3/1.
 * Non-finite x throws.
 */
function decimalFraction(x: number): { num: bigint; den: bigint } {
  if (!Number.isFinite(x)) throw new RangeError(`decimalFraction: ${x} is not finite`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new RangeError(`decimalFraction: cannot read ${x}`);
  const [, minus, int, frac = '', exp = '0'] = m;
  let num = BigInt(int + frac);
  let scale = frac.length - Number(exp);
  if (scale < 0) {
    num *= pow10(-scale);
    scale = 0;
  }
  return { num: minus ? -num : num, den: pow10(scale) };
}

/**
 * Sign of Σ cᵢ·numᵢ/denᵢ − t, exactly (t read by {@link decimalFraction}): −1, 0 or 1; NaN when a denominator is 0
 * (the metric is undefined on that replicate). Far from the threshold the double sum decides (its error is below
 * 1e−12 for counts under 2⁵³); within 1e−9 of it, the sum is recomputed in BigInt over the common denominator.
 */
export function compareRatioSum(terms: readonly RatioTerm[], t: number): number {
  let approx = -t;
  for (const [c, num, den] of terms) {
    if (den === 0) return NaN;
    approx += (c * num) / den;
  }
  if (approx > 1e-9) return 1;
  if (approx < -1e-9) return -1;
  const tf = decimalFraction(t);
  // Σ cᵢ·numᵢ·Π_{j≠i} denⱼ · q − p·Π denⱼ, over the positive common denominator Π|denⱼ|·q.
  let common = tf.den;
  let total = 0n;
  for (const [c, num, den] of terms) {
    const d = BigInt(den);
    total = total * d + BigInt(c) * BigInt(num) * common;
    common *= d;
  }
  total -= tf.num * (common / tf.den);
  // common carries the signs of the denominators.
  const s = (total > 0n ? 1 : total < 0n ? -1 : 0) * (common > 0n ? 1 : -1);
  return s;
}

/**
 * Sign of a − t for real-valued statistics (means, interpolated areas) that are not ratios of integers: equal
 * within a few ulps of the operands counts as equal, so a value computed as t ± rounding error is a tie, never a
 * regression. `scale` is the largest magnitude that went into a (e.g. |x| + |y| for a = x − y).
 */
export function compareApprox(a: number, t: number, scale = Math.abs(a)): number {
  if (Number.isNaN(a)) return NaN;
  const tol = 8 * Number.EPSILON * (scale + Math.abs(t));
  const x = a - t;
  return x > tol ? 1 : x < -tol ? -1 : 0;
}
