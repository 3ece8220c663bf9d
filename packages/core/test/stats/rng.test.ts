import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { bootstrapWeights, createRng } from '../../src/stats/index.js';
import { binomialCdf } from '../../src/stats/binomial-cdf.js';

/** gen-predictions.mjs's generator, verbatim (../shared/bench), to show createRng reproduces its stream. */
function genPredictionsRng(s: number): () => number {
  let a = s >>> 0;
  const st = new Uint32Array(4);
  for (let i = 0; i < 4; i++) { a = (a + 0x9e3779b9) >>> 0; let z = a; z = Math.imul(z ^ (z >>> 16), 0x85ebca6b); z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35); st[i] = (z ^ (z >>> 16)) >>> 0; }
  return () => {
    const r = Math.imul(((st[1] * 5) << 7) | ((st[1] * 5) >>> 25), 9) >>> 0, t = st[1] << 9;
    st[2] ^= st[0]; st[3] ^= st[1]; st[1] ^= st[2]; st[0] ^= st[3]; st[2] ^= t; st[3] = (st[3] << 11) | (st[3] >>> 21);
    return (r + 0.5) / 4294967296;
  };
}

describe('createRng (xoshiro128** seeded by splitmix32)', () => {
  test('fixed output for seed 1 (any change here changes every report)', () => {
    const r = createRng(1);
    expect([r.nextUint32(), r.nextUint32(), r.nextUint32()]).toEqual([2442144158, 3238099751, 3819917871]);
    expect(createRng(1).next()).toBe(0.5686059963190928);
  });

  test('reproduces gen-predictions.mjs for the same seed', () => {
    for (const seed of [0, 1, 7, 123456789, 2 ** 32 - 1]) {
      const ours = createRng(seed);
      const theirs = genPredictionsRng(seed);
      let equal = 0;
      for (let i = 0; i < 1000; i++) if (ours.next() === theirs()) equal++;
      expect(equal).toBe(1000);
    }
  });

  test('same seed, same sequence; different seeds differ; next() in (0, 1)', () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    let differ = 0, same = 0, inside = 0;
    for (let i = 0; i < 10000; i++) {
      const x = a.next();
      if (x === b.next()) same++;
      if (x !== c.next()) differ++;
      if (x > 0 && x < 1) inside++;
    }
    expect(same).toBe(10000);
    expect(inside).toBe(10000);
    expect(differ).toBeGreaterThan(9990);
    expect(() => createRng(NaN)).toThrow(/seed/);
  });

  test('nextInt is uniform on [0, n) (chi-square, fixed seed)', () => {
    const r = createRng(3);
    for (const n of [1, 2, 10, 997]) {
      const counts = new Float64Array(n);
      const draws = 20 * n + 20000;
      let bad = 0;
      for (let i = 0; i < draws; i++) {
        const k = r.nextInt(n);
        if (!(Number.isInteger(k) && k >= 0 && k < n)) bad++;
        else counts[k]++;
      }
      expect(bad).toBe(0);
      if (n > 1) {
        const e = draws / n;
        let stat = 0;
        for (const c of counts) stat += ((c - e) * (c - e)) / e;
        expect(1 - chisquareCdf(stat, n - 1)).toBeGreaterThan(1e-4);
      }
    }
    expect(r.nextInt(2 ** 32)).toBeLessThan(2 ** 32);
    expect(() => r.nextInt(0)).toThrow(RangeError);
    expect(() => r.nextInt(2.5)).toThrow(RangeError);
  });
});

/** Chi-square goodness of fit of `draws` binomial variates against the exact pmf (bins pooled to expected ≥ 5). */
function binomialGofP(n: number, p: number, draws: number, seed: number): number {
  const r = createRng(seed);
  const counts = new Map<number, number>();
  for (let i = 0; i < draws; i++) {
    const k = r.binomial(n, p);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const lo = Math.min(...counts.keys());
  const hi = Math.max(...counts.keys());
  expect(lo).toBeGreaterThanOrEqual(0);
  expect(hi).toBeLessThanOrEqual(n);
  // Pool from both tails towards the middle so every bin expects ≥ 5.
  // Start just below the smallest draw: the mass below it is pooled into the first bin.
  const start = Math.max(0, lo - 1);
  let stat = 0, bins = 0, obs = 0, exp = 0, prevCdf = 0;
  for (let k = start; k <= n; k++) {
    const cdf = binomialCdf(k, n, p);
    obs += counts.get(k) ?? 0;
    exp += (cdf - prevCdf) * draws;
    prevCdf = cdf;
    if ((exp >= 5 && draws * (1 - cdf) >= 5) || k === n) {
      stat += ((obs - exp) * (obs - exp)) / exp;
      bins++;
      obs = exp = 0;
    }
    if (cdf === 1) break;
  }
  if (exp > 0) {
    stat += ((obs - exp) * (obs - exp)) / exp;
    bins++;
  }
  return 1 - chisquareCdf(stat, bins - 1);
}

describe('binomial sampler', () => {
  test.each([
    [50, 0.2, 'inversion (mode 10)'],
    [100, 0.3, 'BTRD'],
    [1000, 0.011, 'BTRD at mode 11'],
    [200, 0.75, 'BTRD via symmetry'],
    [100000, 0.5, 'BTRD, large n (squeeze branch)'],
    [1_000_000, 3e-6, 'inversion, tiny p'],
  ])('Bin(%d, %d) fits the exact pmf (%s)', (n, p) => {
    expect(binomialGofP(n, p, 30000, 11)).toBeGreaterThan(1e-4);
  });

  test('edges: n = 0, p = 0, p = 1; invalid arguments throw', () => {
    const r = createRng(5);
    expect(r.binomial(0, 0.4)).toBe(0);
    expect(r.binomial(17, 0)).toBe(0);
    expect(r.binomial(17, 1)).toBe(17);
    expect(() => r.binomial(-1, 0.5)).toThrow(RangeError);
    expect(() => r.binomial(3.5, 0.5)).toThrow(RangeError);
    expect(() => r.binomial(3, 1.5)).toThrow(RangeError);
  });

  test('mean and variance match n·p and n·p·(1−p) for random n, p (fast-check, loose 6-SE tolerances)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer(), (n, p, seed) => {
        const r = createRng(seed);
        const N = 2000;
        let s = 0, s2 = 0;
        for (let i = 0; i < N; i++) {
          const k = r.binomial(n, p);
          if (!(Number.isInteger(k) && k >= 0 && k <= n)) return false;
          s += k;
          s2 += k * k;
        }
        const mean = s / N;
        const variance = (s2 - N * mean * mean) / (N - 1);
        const v = n * p * (1 - p);
        if (Math.abs(mean - n * p) > 6 * Math.sqrt(v / N) + 1e-9) return false;
        // sd of the sample variance ≈ v·√(2/N) (+ the 4th-cumulant term for skewed small-mean cases).
        return v < 1 || Math.abs(variance - v) <= 6 * v * Math.sqrt(2 / N + 1 / (N * v)) + 1;
      }),
      { numRuns: 100 },
    );
  });
});

describe('multinomial sampler (conditional binomials)', () => {
  test('sums to n, zero-weight cells stay 0, unnormalized weights work', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer(),
        (w, n, seed) => {
          fc.pre(w.some((x) => x > 0));
          const out = new Int32Array(w.length);
          createRng(seed).multinomial(n, w, out);
          let sum = 0;
          for (let i = 0; i < w.length; i++) {
            if (w[i] === 0 && out[i] !== 0) return false;
            if (out[i] < 0) return false;
            sum += out[i];
          }
          return sum === n;
        },
      ),
      { numRuns: 300 },
    );
  });

  test('cell means n·p_i and covariances −n·p_i·p_j (STATS.md 8-cell shape)', () => {
    const probs = Float64Array.from([1697, 50, 39, 4, 156, 19, 23, 12]); // the pred-2000 paired cells
    const total = probs.reduce((a, b) => a + b, 0);
    const n = 2000, N = 8000;
    const r = createRng(9);
    const out = new Float64Array(8);
    const s = new Float64Array(8), s01 = { v: 0 };
    for (let b = 0; b < N; b++) {
      r.multinomial(n, probs, out);
      for (let i = 0; i < 8; i++) s[i] += out[i];
      s01.v += out[0] * out[4];
    }
    for (let i = 0; i < 8; i++) {
      const p = probs[i] / total;
      expect(Math.abs(s[i] / N - n * p)).toBeLessThan(6 * Math.sqrt((n * p * (1 - p)) / N));
    }
    const p0 = probs[0] / total, p4 = probs[4] / total;
    const cov = s01.v / N - (s[0] / N) * (s[4] / N);
    expect(cov).toBeCloseTo(-n * p0 * p4, -1); // −n·p0·p4 ≈ −132, within ±5
  });

  test('invalid weights throw', () => {
    const r = createRng(1);
    const out = new Int32Array(3);
    expect(() => r.multinomial(5, [0, 0, 0], out)).toThrow(/all weights are 0/);
    expect(() => r.multinomial(5, [1, -1, 0], out)).toThrow(/weight 1/);
    expect(() => r.multinomial(5, [1, NaN, 0], out)).toThrow(/weight 1/);
    expect(() => r.multinomial(5, [1, 1, 1, 1], out)).toThrow(/cells/);
    r.multinomial(0, [0, 0, 0], out);
    expect(Array.from(out)).toEqual([0, 0, 0]);
  });
});

describe('bootstrapWeights', () => {
  test('one replicate: n draws with replacement, deterministic per seed', () => {
    const w1 = bootstrapWeights(createRng(4), new Uint32Array(1000));
    const w2 = bootstrapWeights(createRng(4), new Uint32Array(1000));
    expect(w1).toEqual(w2);
    expect(w1.reduce((a, b) => a + b, 0)).toBe(1000);
    const zeros = w1.filter((x) => x === 0).length;
    expect(zeros).toBeGreaterThan(330); // ≈ 1000·e^−1 = 368
    expect(zeros).toBeLessThan(410);
  });
});
