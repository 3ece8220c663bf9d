import { binomialCdf } from './binomial-cdf.js';
import type { Alternative } from './delong-test.js';

/**
 * Exact McNemar test (McNemar 1947; exact conditional form, e.g. Fagerland, Lydersen & Laake 2013, BMC Med
 * Res Methodol 13:91). b = rows model A gets right and model B wrong, c = the reverse. Given b + c discordant
 * rows, b ~ Bin(b + c, ½) under H0 (equal accuracy):
 *   two-sided  p = min(1, 2·BinomCDF(min(b, c); b + c, ½))      check: b=12, c=4 → 0.0768127
 *   'greater'  H1: A more accurate, p = P(X ≥ b) = BinomCDF(c; b + c, ½)
 *   'less'     H1: A less accurate, p = P(X ≤ b) = BinomCDF(b; b + c, ½)
 * b + c = 0 gives p = 1. It tests Δaccuracy = 0 only: a non-zero margin needs another method (the gate's
 * paired multinomial bootstrap).
 */
export function mcnemarExact(b: number, c: number, alternative: Alternative = 'two-sided'): number {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(`mcnemarExact: b and c must be non-negative integers, got ${b} and ${c}`);
  }
  const n = b + c;
  if (n === 0) return 1;
  if (alternative === 'greater') return binomialCdf(c, n, 0.5);
  if (alternative === 'less') return binomialCdf(b, n, 0.5);
  return Math.min(1, 2 * binomialCdf(Math.min(b, c), n, 0.5));
}
