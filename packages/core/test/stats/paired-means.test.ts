import { describe, expect, test } from '@jest/globals';
import { createRng, pairedMeansBootstrap, pairedMeansDelta } from '../../src/stats/index.js';
import { getMetric, type MetricColumns } from '../../src/metrics/index.js';

const gauss = (rng: ReturnType<typeof createRng>) => Math.sqrt(-2 * Math.log(rng.next())) * Math.cos(2 * Math.PI * rng.next());
const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

function regression(n: number, seed: number): { a: MetricColumns; b: MetricColumns } {
  const rng = createRng(seed);
  const label = new Float64Array(n);
  const sa = new Float64Array(n);
  const sb = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    label[i] = 10 + 3 * gauss(rng);
    sa[i] = label[i] + 1.2 * gauss(rng);
    sb[i] = label[i] + gauss(rng);
  }
  return { a: { label, score: sa, threshold: 0 }, b: { label, score: sb, threshold: 0 } };
}

describe('bootstrap of smooth functions of per-unit means', () => {
  test.each(['rmse', 'r2'])('%s: each replicate equals the metric recomputed on the resampled rows', (name) => {
    const { a, b } = regression(300, 4);
    const def = getMetric(name, 'regression');
    const rows = all(300);
    const part = { statsA: def.unitStats!(a, rows), statsB: def.unitStats!(b, rows), fA: def.fromMeans!, fB: def.fromMeans! };
    const reps = pairedMeansBootstrap([part], 50, createRng(9))[0];
    // The same draws, replayed as row weights through the metric's own compute().
    const rng = createRng(9);
    const idx = new Uint32Array(300);
    for (let r = 0; r < 50; r++) {
      rng.fillIndices(300, idx);
      const w = new Uint32Array(300);
      for (const i of idx) w[i]++;
      expect(reps[r]).toBeCloseTo(def.compute(a, rows, undefined, w) - def.compute(b, rows, undefined, w), 10);
    }
  });

  test('point value at the means equals compute(); a part does not depend on the other parts', () => {
    const { a, b } = regression(500, 5);
    const rows = all(500);
    const parts = ['rmse', 'r2'].map((m) => getMetric(m, 'regression')).map((def) =>
      ({ statsA: def.unitStats!(a, rows), statsB: def.unitStats!(b, rows), fA: def.fromMeans!, fB: def.fromMeans! }));
    const r2 = getMetric('r2');
    expect(pairedMeansDelta(parts[1]).delta).toBeCloseTo(r2.compute(a, rows) - r2.compute(b, rows), 12);
    const both = pairedMeansBootstrap(parts, 40, createRng(3));
    const alone = pairedMeansBootstrap([parts[1]], 40, createRng(3));
    expect(Array.from(both[1])).toEqual(Array.from(alone[0]));
  });

  test.each(['rmse', 'r2'])('%s: the delta-method se agrees with the bootstrap standard deviation within 10%%', (name) => {
    const { a, b } = regression(5000, 6);
    const def = getMetric(name, 'regression');
    const rows = all(5000);
    const part = { statsA: def.unitStats!(a, rows), statsB: def.unitStats!(b, rows), fA: def.fromMeans!, fB: def.fromMeans! };
    const { se } = pairedMeansDelta(part);
    const reps = pairedMeansBootstrap([part], 800, createRng(11))[0];
    const mean = reps.reduce((x, y) => x + y, 0) / reps.length;
    const sd = Math.sqrt(reps.reduce((x, y) => x + (y - mean) ** 2, 0) / (reps.length - 1));
    expect(se / sd).toBeGreaterThan(0.9);
    expect(se / sd).toBeLessThan(1.1);
  });

  test('fillIndices: uniform over [0, n) (chi-square), reproducible, rejects n out of range', () => {
    const n = 7;
    const out = new Uint32Array(70000);
    createRng(1).fillIndices(n, out);
    const counts = new Array(n).fill(0);
    for (const i of out) counts[i]++;
    const chi2 = counts.reduce((s, c) => s + (c - 10000) ** 2 / 10000, 0);
    expect(chi2).toBeLessThan(22.46); // χ²(6) 0.999 quantile
    const again = new Uint32Array(70000);
    createRng(1).fillIndices(n, again);
    expect(Buffer.from(again.buffer).equals(Buffer.from(out.buffer))).toBe(true);
    expect(() => createRng(1).fillIndices(0, out)).toThrow(RangeError);
    expect(() => createRng(1).fillIndices(2 ** 22, out)).toThrow(RangeError);
  });
});
