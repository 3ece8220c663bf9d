/**
 * Number parsing straight from bytes, without building a string per field.
 *
 * Fast path (Clinger 1990, "How to read floating point numbers accurately", the exact case): when the digits form
 * an integer mantissa m < 2^53 (held exactly in a double) and the decimal exponent k has |k| <= 22 (10^k is exact
 * too), m * 10^k or m / 10^-k is one correctly rounded IEEE operation: the same double Number(text) returns.
 * Everything else (17-digit repr output, big exponents, "NaN", "inf", padded text) goes through Number() of a slice.
 */

export const POW10 = new Float64Array(23);
for (let k = 0, p = 1; k <= 22; k++, p *= 10) POW10[k] = p;

export const MAX_EXACT = 9007199254740992; // 2^53

/**
 * The value of a plain decimal (`-12`, `0.25`, `1e-3`, `.5`) in b[s, e), or NaN when the text is not in that fast
 * form (then call parseNumberText on the slice; it decides whether it is a number at all).
 */
export function parseDecimalBytes(b: Uint8Array, s: number, e: number): number {
  let i = s;
  let neg = false;
  let c = b[i];
  if (c === 45 /* - */ || c === 43 /* + */) {
    neg = c === 45;
    i++;
  }
  // Digits accumulate into m exactly while m < 2^53 (leading zeros add nothing); from 2^53 on (where rounding
  // could make 2^53 + 1 look like 2^53) the slow path decides.
  let m = 0;
  const start = i;
  while (i < e && (c = b[i] - 48) >>> 0 <= 9) {
    m = m * 10 + c;
    i++;
  }
  let digits = i - start;
  let exp = 0;
  if (i < e && b[i] === 46 /* . */) {
    const f = ++i;
    while (i < e && (c = b[i] - 48) >>> 0 <= 9) {
      m = m * 10 + c;
      i++;
    }
    exp = f - i;
    digits += i - f;
  }
  if (digits === 0 || m >= MAX_EXACT) return NaN;
  if (i < e) {
    c = b[i];
    if (c !== 101 /* e */ && c !== 69 /* E */) return NaN;
    i++;
    let eneg = false;
    if (i < e && (b[i] === 45 || b[i] === 43)) {
      eneg = b[i] === 45;
      i++;
    }
    if (i === e || e - i > 4) return NaN;
    let x = 0;
    for (; i < e; i++) {
      c = b[i] - 48;
      if (c >>> 0 > 9) return NaN;
      x = x * 10 + c;
    }
    exp += eneg ? -x : x;
  }
  let v: number;
  if (m === 0 || exp === 0) v = m;
  else if (exp > 0 && exp <= 22) v = m * POW10[exp];
  else if (exp < 0 && exp >= -22) v = m / POW10[-exp];
  else return NaN;
  return neg ? -v : v;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL = /^([+-]?)(?:(nan)|inf|infinity)$/i;
const INTEGER = /^[+-]?\d+$/;

/**
 * Number value of a text cell, or undefined when it is not a number. Accepts decimals with optional exponent,
 * surrounding spaces, and NaN/Inf/Infinity in any case (Python and JavaScript spellings). Hex, `1_000`, `1,5` are
 * not numbers. With `exactIntegers`, an integer beyond 2^53 is not a number either: a double cannot hold it, and
 * two distinct ids (`9007199254740993`, `9007199254740992`) must not collapse into one, so such a column stays text.
 */
export function parseNumberText(text: string, exactIntegers: boolean): number | undefined {
  const t = text.trim();
  if (DECIMAL.test(t)) {
    const v = Number(t);
    if (exactIntegers && Math.abs(v) >= 2 ** 53 && INTEGER.test(t)) return undefined;
    return v;
  }
  const sp = SPECIAL.exec(t);
  if (sp === null) return undefined;
  if (sp[2] !== undefined) return NaN;
  return sp[1] === '-' ? -Infinity : Infinity;
}
