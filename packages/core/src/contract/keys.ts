import { UserError } from '../errors.js';
import { positiveIntEnv } from '../fs/text.js';

/**
 * Uniqueness in bounded memory: a key is remembered as a 64-bit hash (two independent 32-bit hashes) in an
 * open-addressing table, 8 bytes a slot at most 3/4 full, so 10 million keys take 128–256 MiB whatever their length.
 * Two distinct keys share a hash with probability about n²/2⁶⁵ (3·10⁻⁶ for n = 10⁷): a reported duplicate is then a
 * false one, never a missed one. Past MLCI_MAX_UNIQUE_KEYS distinct keys (default 25,000,000, about 270 MiB) the check
 * stops with an error instead of growing without bound.
 */
export const DEFAULT_MAX_UNIQUE_KEYS = 25_000_000;

export function maxUniqueKeys(env: NodeJS.ProcessEnv = process.env): number {
  return positiveIntEnv(env, 'MLCI_MAX_UNIQUE_KEYS', DEFAULT_MAX_UNIQUE_KEYS);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Two 32-bit hashes of a text (murmur-style mixing with two seeds); `out[0]`, `out[1]`. */
export function hashText(s: string, out: Uint32Array): void {
  let a = 0x9747b28c ^ s.length;
  let b = 0x1b873593 ^ Math.imul(s.length, 0x27d4eb2d);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x5bd1e995);
    a ^= a >>> 15;
    b = Math.imul(b ^ c, 0x01000193) + 0x7f4a7c15;
    b ^= b >>> 13;
  }
  out[0] = fmix(a);
  out[1] = fmix(b ^ 0x5f3759df);
}

/** Two 32-bit hashes of a number (its IEEE bits; -0 as 0), disjoint in practice from text hashes by a different seed. */
export function hashNumber(v: number, out: Uint32Array): void {
  f64[0] = v === 0 ? 0 : v;
  out[0] = fmix(Math.imul(u32[0] ^ 0x68e31da4, 0x9e3779b1) ^ fmix(u32[1] ^ 0xb5297a4d));
  out[1] = fmix(Math.imul(u32[1] ^ 0x1b56c4e9, 0x85ebca77) ^ fmix(u32[0] ^ 0x27d4eb2f));
}

/** Mix the hash of one more key column into an accumulated pair (order matters: (a, b) ≠ (b, a)). */
export function combine(acc: Uint32Array, h: Uint32Array): void {
  acc[0] = fmix(Math.imul(acc[0], 0x01000193) ^ h[0]);
  acc[1] = fmix(Math.imul(acc[1], 0x2c1b3c6d) + h[1]);
}

export class KeySet {
  private lo: Uint32Array;
  private hi: Uint32Array;
  private mask: number;
  size = 0;

  constructor(private readonly limit: number, private readonly describe: () => string) {
    this.lo = new Uint32Array(1 << 16);
    this.hi = new Uint32Array(1 << 16);
    this.mask = (1 << 16) - 1;
  }

  /** Insert a key by its hash pair; false when it was already there (a duplicate). */
  add(h0: number, h1: number): boolean {
    const lo = h1 === 0 ? 1 : h1; // 0 marks an empty slot
    let i = h0 & this.mask;
    for (;;) {
      const s = this.lo[i];
      if (s === 0) break;
      if (s === lo && this.hi[i] === h0) return false;
      i = (i + 1) & this.mask;
    }
    this.lo[i] = lo;
    this.hi[i] = h0;
    this.size++;
    if (this.size > this.limit) {
      throw new UserError(
        `${this.describe()}: more than ${this.limit.toLocaleString('en-US')} distinct keys. The uniqueness check keeps a 64-bit hash ` +
          'of every key in memory (8–16 bytes a key); raise MLCI_MAX_UNIQUE_KEYS if the machine has the memory, or check a narrower table.',
      );
    }
    if (this.size * 4 > this.lo.length * 3) this.grow();
    return true;
  }

  /**
   * Make room for about `keys` keys at once (an estimate from the first part of a large table), so the table is not
   * rehashed at every doubling on the way there. Never past the limit.
   */
  reserve(keys: number): void {
    const want = Math.min(keys, this.limit + 1);
    let n = this.lo.length;
    while (want * 4 > n * 3) n *= 2;
    if (n > this.lo.length) this.grow(n);
  }

  private grow(n = this.lo.length * 2): void {
    const { lo, hi } = this;
    this.lo = new Uint32Array(n);
    this.hi = new Uint32Array(n);
    this.mask = n - 1;
    for (let k = 0; k < lo.length; k++) {
      if (lo[k] === 0) continue;
      let i = hi[k] & this.mask;
      while (this.lo[i] !== 0) i = (i + 1) & this.mask;
      this.lo[i] = lo[k];
      this.hi[i] = hi[k];
    }
  }
}
