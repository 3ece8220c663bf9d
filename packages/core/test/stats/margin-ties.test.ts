import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrapPValue, compareApprox, compareRatioSum, createRng, marginZTest } from '../../src/stats/index.js';
import { accuracy, recall } from '../../src/metrics/index.js';
import { SliceModels, pairedTest, pointValues } from '../../src/gate/paired-test.js';

/** Exact trinomial sums from scipy (scripts/make-margin-tie-refs.py). */
const refs: { cases: { b: number; c: number; n: number; margin: number; p_at_least: number; p_on_margin: number }[] } = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'stats', 'margin-ties.json'), 'utf8'),
);

/** n rows, all label 1: b only the candidate predicts right, c only the baseline, the rest both. */
function discordant(b: number, c: number, n: number): SliceModels {
  const label = new Float64Array(n).fill(1);
  const a = new Float64Array(n).fill(0.9);
  const base = new Float64Array(n).fill(0.9);
  for (let i = 0; i < b; i++) base[i] = 0.1;
  for (let i = b; i < b + c; i++) a[i] = 0.1;
  const rows = Uint32Array.from({ length: n }, (_, i) => i);
  return new SliceModels('overall', rows, { label, score: a, threshold: 0.5 }, { label, score: base, threshold: 0.5 }, Uint8Array.from(label));
}

describe('ties at the margin are decided on integers', () => {
  test('a difference of two ratios equal to the margin compares equal, though its double does not', () => {
    // Accuracy 1485/1500 vs 1500/1500: Δ = −15/1500 = −0.01 exactly, computed as −0.010000000000000009.
    const delta = 1485 / 1500 - 1500 / 1500;
    expect(delta >= -0.01).toBe(false);
    expect(compareRatioSum([[1, 1485, 1500], [-1, 1500, 1500]], -0.01)).toBe(0);
    expect(compareRatioSum([[1, 1486, 1500], [-1, 1500, 1500]], -0.01)).toBe(1);
    expect(compareRatioSum([[1, 1484, 1500], [-1, 1500, 1500]], -0.01)).toBe(-1);
    // Different denominators (recall 7/10 vs 4/5 = −0.1), a margin written in exponent form, and 1e-17 above.
    expect(compareRatioSum([[1, 7, 10], [-1, 4, 5]], -0.1)).toBe(0);
    expect(compareRatioSum([[1, 1, 4_000_000], [-1, 0, 1]], 2.5e-7)).toBe(0);
    expect(compareRatioSum([[1, 1, 3], [-1, 33333333333333333, 100000000000000000]], 0)).toBe(1);
    expect(compareRatioSum([[1, 1, 0]], 0)).toBeNaN();
    // Real-valued statistics: equal within rounding counts as equal.
    expect(compareApprox(0.7 - 0.8, -0.1, 1.5)).toBe(0);
    expect(compareApprox(-0.1000001, -0.1)).toBe(-1);
  });

  test('bootstrap p-values take exact signs: ties count for H0 on both sides', () => {
    const d = [-0.03, -0.01, -0.01, 0.02];
    const signs = Int8Array.from([-1, 0, 0, 1]);
    expect(bootstrapPValue(d, -0.01, 'less', signs)).toBe((3 + 1) / 5);
    expect(bootstrapPValue(d, -0.01, 'greater', signs)).toBe((3 + 1) / 5);
    expect(() => bootstrapPValue(d, -0.01, 'less', new Int8Array(2))).toThrow(/signs/);
  });

  test('a degenerate z-test on the margin counts the tie for H0 on both sides', () => {
    const t = marginZTest(-0.010000000000000009, 0, 0.01, 0.05, 0);
    expect([t.pRegression, t.pNonInferiority]).toEqual([1, 1]);
    // Without the exact sign the double decides, wrongly: it looks like a regression beyond the margin.
    expect(marginZTest(-0.010000000000000009, 0, 0.01).pRegression).toBe(0);
  });

  for (const ref of refs.cases) {
    test(`trinomial bootstrap b=${ref.b}, c=${ref.c}, n=${ref.n}, d=${ref.margin}: P(Δ* ≥ −d) = ${ref.p_at_least.toFixed(4)} (scipy)`, () => {
      const { b, c, n, margin } = ref;
      // Stats alone: the trinomial draw, exact signs, the p-value.
      const B = 20000;
      const rng = createRng(99);
      const draw = new Float64Array(3);
      const deltas = new Float64Array(B);
      const signs = new Int8Array(B);
      let on = 0;
      for (let k = 0; k < B; k++) {
        rng.multinomial(n, [b / n, c / n, (n - b - c) / n], draw);
        deltas[k] = (draw[0] - draw[1]) / n;
        signs[k] = compareRatioSum([[1, draw[0] - draw[1], n]], -margin);
        if (signs[k] === 0) on++;
      }
      // Monte-Carlo s.d. of a share over 20,000 replicates is ≤ 0.0036: allow 4 s.d.
      const tol = 4 * Math.sqrt(0.25 / B);
      expect(Math.abs(bootstrapPValue(deltas, -margin, 'less', signs) - ref.p_at_least)).toBeLessThan(tol);
      expect(Math.abs(on / B - ref.p_on_margin)).toBeLessThan(tol);

      // The gate's paired test of accuracy on such a slice gives the same p (its 8-cell multinomial reduces to this
      // trinomial), and the reported regression p is no longer short by the mass on the margin.
      const s = discordant(b, c, n);
      const v = pointValues(accuracy, s);
      const t = pairedTest(accuracy, s, v, { alpha: 0.05, bootstrap: B, seed: 5, margin });
      expect(t.method).toBe('bootstrap-multinomial');
      expect(Math.abs(t.pSR - ref.p_at_least)).toBeLessThan(tol);
      expect(t.mcnemar).toBeGreaterThan(0);
    });
  }

  test('an observed drop equal to the margin is on it, not beyond it', () => {
    // Recall (all rows are positives) 1485/1500 vs 1500/1500 and margin 0.01.
    const s = discordant(0, 15, 1500);
    const v = pointValues(recall, s);
    expect(v.a - v.b).toBeLessThan(-0.01);
    const t = pairedTest(recall, s, v, { alpha: 0.05, bootstrap: 200, seed: 1, margin: 0.01 });
    expect(t.vsMargin).toBe(0);
    expect(pairedTest(recall, s, v, { alpha: 0.05, bootstrap: 200, seed: 1, margin: 0.009 }).vsMargin).toBe(-1);
  });
});
