/**
 * Number parsing straight from bytes, without building a string per field.
 *
 * Fast path (Clinger 1990, "How to read floating point numbers accurately", the exact case): a decimal with at
 * most 15 significant digits has an integer mantissa m < 2^53 held exactly in a double, and 10^k for |k| <= 22 is
 * exact too, so m * 10^k or m / 10^k is one correctly rounded IEEE operation: the same double Number(text) returns.
 * Everything else (17-digit repr output, big exponents, "NaN", "inf", padded text) goes through Number() of a slice.
 */

const POW10 = new Float64Array(23);
for (let k = 0, p = 1; k <= 22; k++, p *= 10) POW10[k] = p;

/**
 * The value of a plain decimal (`-12`, `0.25`, `1e-3`, `.5`) in b[s, e), or NaN when the text is not in that fast
 * form (then call parseNumberText on the slice; it decides whether it is a number at all).
 */
export function parseDecimalBytes(b: Uint8Array, s: number, e: number): number {
  let i = s;
  let c = b[i];
  let neg = false;
  if (c === 45 /* - */ || c === 43 /* + */) {
    neg = c === 45;
    i++;
  }
  let m = 0;
  let digits = 0; // significant digits (leading zeros do not count)
  let any = false;
  let exp = 0;
  for (; i < e; i++) {
    c = b[i] - 48;
    if (c < 0 || c > 9) break;
    any = true;
    if (m !== 0 || c !== 0) {
      if (++digits > 15) return NaN;
      m = m * 10 + c;
    }
  }
  if (i < e && b[i] === 46 /* . */) {
    for (i++; i < e; i++) {
      c = b[i] - 48;
      if (c < 0 || c > 9) break;
      any = true;
      exp--;
      if (m !== 0 || c !== 0) {
        if (++digits > 15) return NaN;
        m = m * 10 + c;
      }
    }
  }
  if (!any) return NaN;
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
      if (c < 0 || c > 9) return NaN;
      x = x * 10 + c;
    }
    exp += eneg ? -x : x;
  }
  let v: number;
  if (m === 0) v = 0;
  else if (exp === 0) v = m;
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
