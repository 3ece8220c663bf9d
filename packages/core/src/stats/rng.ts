/**
 * Seeded, deterministic random numbers for the bootstrap: the same seed gives the same sequence on every
 * platform and Node version (only 32-bit integer arithmetic through Math.imul and shifts, no Math.random).
 *
 * Generator: xoshiro128** 1.1 (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators",
 * https://prng.di.unimi.it/xoshiro128starstar.c), period 2^128 − 1, state seeded by four outputs of splitmix32
 * (the 32-bit variant of Steele, Lea & Flood 2014) — the same construction as ../shared/bench/gen-predictions.mjs,
 * so `createRng(s).next()` reproduces that generator's `u()` stream for seed s.
 */
export interface Rng {
  /** Uniform double in the open interval (0, 1): (u32 + ½)/2^32 — never exactly 0 or 1, so log(next()) is finite. */
  next(): number;
  /** Next raw 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform integer in [0, n) for 1 ≤ n ≤ 2^32, unbiased (rejection of the incomplete last block). */
  nextInt(n: number): number;
  /**
   * Binomial(n, p) variate. Inversion (sequential search from 0) when the mode ⌊(n+1)p⌋ < 11, else BTRD
   * (Hörmann 1993, "The generation of binomial random variates", J Stat Comput Simul 46:101–110; the
   * transformed-rejection-with-decomposition algorithm as in Boost.Random's binomial_distribution):
   * expected O(1) time for any n. Uses symmetry for p > ½.
   */
  binomial(n: number, p: number): number;
  /**
   * Multinomial(n; probs) draw into `out` by conditional binomials: X_i ~ Bin(n − Σ_{j<i} X_j,
   * p_i / Σ_{j≥i} p_j) (e.g. Devroye 1986, XI.1.4). `probs` are non-negative weights (cell counts work: they
   * are normalized internally); O(K) binomial draws regardless of n. Suffix sums are used for the conditional
   * shares, so the last cell with positive weight gets share exactly 1 and cells of weight 0 always get 0.
   */
  multinomial(n: number, probs: Float64Array | readonly number[], out: Int32Array | Uint32Array | Float64Array): void;
  /**
   * Fills `out` with independent uniform integers in [0, n), 1 ≤ n ≤ 2^21, for bootstrap resampling of n units: one
   * tight loop over the generator state. Lemire's multiply-and-reject (Lemire 2019, "Fast random integer generation
   * in an interval", ACM TOMACS 29(1)): u·n is exact in a double, its high 32 bits are the index and low words below
   * 2^32 mod n are redrawn, so every index is exactly equally likely (a different stream from `nextInt`).
   */
  fillIndices(n: number, out: Uint32Array): void;
}

/** Creates a generator; `seed` is reduced to 32 bits (ToUint32: truncated, modulo 2^32). */
export function createRng(seed: number): Rng {
  return new Xoshiro128ss(seed);
}

class Xoshiro128ss implements Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private suffix = new Float64Array(16);

  constructor(seed: number) {
    if (!Number.isFinite(seed)) throw new RangeError(`createRng: seed must be a finite number, got ${seed}`);
    let a = seed >>> 0;
    const st = [0, 0, 0, 0];
    for (let i = 0; i < 4; i++) {
      a = (a + 0x9e3779b9) >>> 0;
      let z = a;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      st[i] = (z ^ (z >>> 16)) >>> 0;
    }
    this.s0 = st[0];
    this.s1 = st[1];
    this.s2 = st[2];
    this.s3 = st[3];
  }

  nextUint32(): number {
    const s1 = this.s1;
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  next(): number {
    return (this.nextUint32() + 0.5) * 2.3283064365386963e-10; // 2^-32
  }

  nextInt(n: number): number {
    if (!(n >= 1 && n <= 4294967296) || !Number.isInteger(n)) {
      throw new RangeError(`nextInt: n must be an integer in [1, 2^32], got ${n}`);
    }
    // Accept u < 2^32 − (2^32 mod n): every residue then has the same number of preimages.
    const limit = 4294967296 - (4294967296 % n);
    for (;;) {
      const u = this.nextUint32();
      if (u < limit) return u % n;
    }
  }

  binomial(n: number, p: number): number {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`binomial: n must be a non-negative integer, got ${n}`);
    if (!(p >= 0 && p <= 1)) throw new RangeError(`binomial: p must be in [0, 1], got ${p}`);
    if (n === 0 || p === 0) return 0;
    if (p === 1) return n;
    if (p > 0.5) return n - this.binomialLow(n, 1 - p);
    return this.binomialLow(n, p);
  }

  /** p ≤ ½. */
  private binomialLow(n: number, p: number): number {
    const mode = Math.floor((n + 1) * p);
    return mode < 11 ? this.binomialInversion(n, p) : this.binomialBtrd(n, p, mode);
  }

  /** Sequential-search inversion: P(0) = q^n, P(k+1) = P(k)·(n−k)/(k+1)·p/q. Expected np + 1 steps (< 12 here). */
  private binomialInversion(n: number, p: number): number {
    const q = 1 - p;
    const s = p / q;
    const a = (n + 1) * s;
    const p0 = Math.exp(n * Math.log1p(-p));
    for (;;) {
      let u = this.next();
      let pk = p0;
      let k = 0;
      while (u > pk) {
        u -= pk;
        k++;
        if (k > n) break;
        pk *= a / k - s;
      }
      // k > n only from rounding in the tail: draw again (probability ~1e-16).
      if (k <= n) return k;
    }
  }

  /** BTRD, Hörmann (1993), steps 0–3.4, with the Stirling-correction table fc. Requires p ≤ ½ and mode ≥ 11. */
  private binomialBtrd(n: number, p: number, m: number): number {
    const q = 1 - p;
    const r = p / q;
    const nr = (n + 1) * r;
    const npq = n * p * q;
    const sqrtNpq = Math.sqrt(npq);
    const b = 1.15 + 2.53 * sqrtNpq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const alpha = (2.83 + 5.1 / b) * sqrtNpq;
    const vr = 0.92 - 4.2 / b;
    const urvr = 0.86 * vr;
    for (;;) {
      let v = this.next();
      let u: number;
      if (v <= urvr) {
        // Step 1: the central triangle, accepted without a density evaluation (~86% of draws).
        u = v / vr - 0.43;
        return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
      }
      if (v >= vr) {
        u = this.next() - 0.5;
      } else {
        u = v / vr - 0.93;
        u = (u < 0 ? -0.5 : 0.5) - u;
        v = this.next() * vr;
      }
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + c);
      if (k < 0 || k > n) continue;
      v = (v * alpha) / (a / (us * us) + b);
      const km = Math.abs(k - m);
      if (km <= 15) {
        // Step 3.1: recursive evaluation of f(k)/f(m).
        let f = 1;
        if (m < k) {
          for (let i = m + 1; i <= k; i++) f *= nr / i - r;
        } else if (m > k) {
          for (let i = k + 1; i <= m; i++) v *= nr / i - r;
        }
        if (v <= f) return k;
        continue;
      }
      // Step 3.2: squeeze on log scale, then 3.3–3.4 the exact log-density ratio via Stirling corrections.
      v = Math.log(v);
      const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
      const t = (-km * km) / (2 * npq);
      if (v < t - rho) return k;
      if (v > t + rho) continue;
      const nm = n - m + 1;
      const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + fc(m) + fc(n - m);
      const nk = n - k + 1;
      if (v <= h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - fc(k) - fc(n - k)) {
        return k;
      }
    }
  }

  fillIndices(n: number, out: Uint32Array): void {
    if (!(n >= 1 && n <= 2097152) || !Number.isInteger(n)) throw new RangeError(`fillIndices: n must be an integer in [1, 2^21], got ${n}`);
    const threshold = 4294967296 % n;
    // Math's functions read once: inside a vm context (Jest) every global lookup in a hot loop is slow.
    const imul = Math.imul;
    const floor = Math.floor;
    let s0 = this.s0, s1 = this.s1, s2 = this.s2, s3 = this.s3;
    for (let i = 0; i < out.length;) {
      // xoshiro128** step, inlined on locals (see nextUint32).
      const x = imul(s1, 5);
      const r = imul((x << 7) | (x >>> 25), 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const m = r * n;
      if (m >>> 0 >= threshold) out[i++] = floor(m * 2.3283064365386963e-10); // high word of u·n
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }

  multinomial(n: number, probs: Float64Array | readonly number[], out: Int32Array | Uint32Array | Float64Array): void {
    const K = probs.length;
    if (out.length < K) throw new RangeError(`multinomial: out has ${out.length} cells, probs ${K}`);
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`multinomial: n must be a non-negative integer, got ${n}`);
    if (this.suffix.length < K + 1) this.suffix = new Float64Array(K + 1);
    const suffix = this.suffix;
    suffix[K] = 0;
    for (let i = K - 1; i >= 0; i--) {
      const w = probs[i];
      if (!(w >= 0) || w === Infinity) throw new RangeError(`multinomial: weight ${i} is ${w}; need finite and ≥ 0`);
      suffix[i] = suffix[i + 1] + w;
    }
    if (n > 0 && !(suffix[0] > 0)) throw new RangeError('multinomial: all weights are 0');
    let left = n;
    for (let i = 0; i < K; i++) {
      if (left === 0 || probs[i] === 0) {
        out[i] = 0;
        continue;
      }
      const share = probs[i] / suffix[i];
      const x = share >= 1 ? left : this.binomial(left, share);
      out[i] = x;
      left -= x;
    }
  }
}

/**
 * Stirling correction fc(k) = ln k! − [(k + ½)·ln(k + 1) − (k + 1) + ½·ln 2π], tabulated for k < 10 and by its
 * asymptotic series 1/12(k+1) − 1/360(k+1)³ + 1/1260(k+1)⁵ beyond (Hörmann 1993, Table 1).
 */
function fc(k: number): number {
  if (k < 10) return FC_TABLE[k];
  const i = 1 / (k + 1);
  const i2 = i * i;
  return (1 / 12 - (1 / 360 - i2 / 1260) * i2) * i;
}

const FC_TABLE = [
  0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509, 0.01664469118982119,
  0.01387612882307075, 0.01189670994589177, 0.01041126526197209, 0.009255462182712733, 0.008330563433362871,
];
