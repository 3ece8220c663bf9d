import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { delongPaired, delongTest } from '../../src/stats/index.js';
import { close, pred2000, refs, relClose, sliceRows } from '../metrics/refs.js';

const y = Uint8Array.from([1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
const s1 = Float64Array.from([0.9, 0.8, 0.7, 0.6, 0.4, 0.5, 0.3, 0.2, 0.1, 0.35]);
const s2 = Float64Array.from([0.8, 0.7, 0.75, 0.4, 0.3, 0.6, 0.5, 0.2, 0.1, 0.45]);

describe('delongPaired', () => {
  test('STATS.md check vector: AUC 0.96 vs 0.76, Var(Δ) 0.024, z 1.290994, p 0.196706', () => {
    const r = delongPaired(y, s1, s2);
    expect(r.aucA).toBeCloseTo(0.96, 12);
    expect(r.aucB).toBeCloseTo(0.76, 12);
    expect(r.varDelta).toBeCloseTo(0.024, 12);
    expect(r.positives).toBe(5);
    expect(r.negatives).toBe(5);
    const t = delongTest(r);
    expect(t.z).toBeCloseTo(1.290994, 6);
    expect(t.pTwoSided).toBeCloseTo(0.196706, 6);
    expect(t.pValue).toBe(t.pTwoSided);
    expect(t.pNonInferiority).toBeCloseTo(0.196706 / 2, 6);
  });

  const d = pred2000();
  test.each(Object.keys(refs.pred2000))('pred-2000 slice %s matches the Python peer (AUC 1e-12, p 1e-6 rel)', (key) => {
    const ref = refs.pred2000[key].delong;
    const r = delongPaired(d.label01, d.candidate, d.baseline, sliceRows(d, key));
    expect(close(r.aucA, ref.aucA, 1e-12)).toBe(true);
    expect(close(r.aucB, ref.aucB, 1e-12)).toBe(true);
    expect(relClose(r.varA, ref.varA, 1e-9)).toBe(true);
    expect(relClose(r.varB, ref.varB, 1e-9)).toBe(true);
    expect(relClose(r.cov, ref.cov, 1e-9)).toBe(true);
    expect(relClose(r.varDelta, ref.varDelta, 1e-9)).toBe(true);
    const t = delongTest(r);
    expect(relClose(t.pTwoSided, ref.p_two_sided, 1e-6)).toBe(true);
    expect(close(t.ci[0], ref.ci95[0], 1e-9)).toBe(true);
    expect(close(t.ci[1], ref.ci95[1], 1e-9)).toBe(true);
    for (const [margin, m] of Object.entries(ref.margins as Record<string, { z: number; p_noninferiority: number; p_regression: number }>)) {
      const ni = delongTest(r, Number(margin), 'greater');
      const rg = delongTest(r, Number(margin), 'less');
      expect(close(ni.z, m.z, 1e-9)).toBe(true);
      expect(relClose(ni.pValue, m.p_noninferiority, 1e-6)).toBe(true);
      expect(relClose(rg.pValue, m.p_regression, 1e-6)).toBe(true);
    }
  });

  test.each((refs.binary_edge as { name: string }[]).map((e) => [e.name, e]))('edge case %s (ties, negative scores) matches sklearn/peer', (_name, e: any) => {
    const r = delongPaired(Uint8Array.from(e.y), Float64Array.from(e.a), Float64Array.from(e.b));
    expect(close(r.aucA, e.aucA, 1e-12)).toBe(true);
    expect(close(r.aucB, e.aucB, 1e-12)).toBe(true);
    expect(close(r.varA, e.varA, 1e-12)).toBe(true);
    expect(close(r.varB, e.varB, 1e-12)).toBe(true);
    expect(close(r.cov, e.cov, 1e-12)).toBe(true);
    expect(close(r.varDelta, e.varDelta, 1e-12)).toBe(true);
    if (e.varDelta > 0) expect(relClose(delongTest(r).pTwoSided, e.p_two_sided, 1e-6)).toBe(true);
  });

  test('rows selects a slice without copying: equal to running on the copied subset', () => {
    const rows = Uint32Array.from([9, 0, 3, 5, 2, 7, 1]);
    const sub = (a: ArrayLike<number>) => Float64Array.from(rows, (r) => a[r]);
    const a = delongPaired(y, s1, s2, rows);
    const b = delongPaired(Uint8Array.from(rows, (r) => y[r]), sub(s1), sub(s2));
    expect(a).toEqual(b);
  });

  test('degenerate inputs: one class → NaN; one positive → NaN variances; identical models → var 0, p 1', () => {
    const one = delongPaired(Uint8Array.from([0, 0, 0]), s1.subarray(0, 3), s2.subarray(0, 3));
    expect(one.aucA).toBeNaN();
    expect(one.positives).toBe(0);
    const single = delongPaired(Uint8Array.from([1, 0, 0]), s1.subarray(0, 3), s2.subarray(0, 3));
    expect(single.aucA).toBe(1);
    expect(single.varDelta).toBeNaN();
    const same = delongPaired(y, s1, s1);
    expect(same.varDelta).toBe(0);
    const t = delongTest(same);
    expect(t.pTwoSided).toBe(1);
    expect(t.ci).toEqual([0, 0]);
    expect(delongTest(same, 0.01, 'greater').pValue).toBe(0); // Δ = 0 > −0.01 exactly
    expect(delongTest(same, 0.01, 'less').pValue).toBe(1);
    expect(() => delongPaired(Uint8Array.from([2, 0]), s1.subarray(0, 2), s2.subarray(0, 2))).toThrow(/label at row 0 is 2/);
    expect(() => delongPaired(y, s1.subarray(0, 3), s2)).toThrow(/differ in length/);
  });

  test('delongTest: one-sided p-values are complementary, margin shifts z, CI holds Δ', () => {
    const r = delongPaired(y, s1, s2);
    const t = delongTest(r, 0.05, 'greater', 0.1);
    expect(t.pNonInferiority + t.pRegression).toBeCloseTo(1, 14);
    expect(t.z).toBeCloseTo((r.aucA - r.aucB + 0.05) / Math.sqrt(r.varDelta), 12);
    expect(t.ci[0]).toBeLessThan(t.delta);
    expect(t.ci[1]).toBeGreaterThan(t.delta);
    expect(t.ci[1] - t.ci[0]).toBeCloseTo(2 * 1.6448536269514722 * t.se, 10);
    expect(() => delongTest(r, 0, 'two-sided', 1)).toThrow(/alpha/);
  });
});

/** Random labelled scores with many ties (scores on a coarse grid). */
const sample = fc
  .array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })), { minLength: 4, maxLength: 80 })
  .filter((rows) => rows.filter((r) => r[0]).length >= 2 && rows.filter((r) => !r[0]).length >= 2);

function naiveAuc(yy: Uint8Array, s: Float64Array): number {
  let sum = 0, m = 0, n = 0;
  for (let i = 0; i < yy.length; i++) {
    if (yy[i] !== 1) continue;
    m++;
    for (let j = 0; j < yy.length; j++) if (yy[j] === 0) sum += s[i] > s[j] ? 1 : s[i] === s[j] ? 0.5 : 0;
  }
  for (let j = 0; j < yy.length; j++) if (yy[j] === 0) n++;
  return sum / (m * n);
}

describe('delongPaired properties (fast-check)', () => {
  test('AUC equals the O(m·n) Mann–Whitney count; Var(Δ) ≥ 0 and equals S11 + S22 − 2·S12', () => {
    fc.assert(
      fc.property(sample, (rows) => {
        const yy = Uint8Array.from(rows, (r) => (r[0] ? 1 : 0));
        const a = Float64Array.from(rows, (r) => r[1] / 4);
        const b = Float64Array.from(rows, (r) => r[2] / 4);
        const res = delongPaired(yy, a, b);
        expect(res.aucA).toBeCloseTo(naiveAuc(yy, a), 12);
        expect(res.aucB).toBeCloseTo(naiveAuc(yy, b), 12);
        expect(res.varDelta).toBeGreaterThanOrEqual(0);
        expect(res.varA).toBeGreaterThanOrEqual(0);
        expect(res.varDelta).toBeCloseTo(res.varA + res.varB - 2 * res.cov, 12);
      }),
      { numRuns: 200 },
    );
  });

  test('invariant under strictly increasing transforms of each model; AUC(1 − s) = 1 − AUC(s)', () => {
    fc.assert(
      fc.property(sample, (rows) => {
        const yy = Uint8Array.from(rows, (r) => (r[0] ? 1 : 0));
        const a = Float64Array.from(rows, (r) => r[1] / 12);
        const b = Float64Array.from(rows, (r) => r[2] / 12);
        const base = delongPaired(yy, a, b);
        const t = delongPaired(yy, a.map((x) => Math.exp(3 * x) - 7), b.map((x) => x * x * x + 2));
        expect(t.aucA).toBeCloseTo(base.aucA, 12);
        expect(t.varDelta).toBeCloseTo(base.varDelta, 12);
        const flipped = delongPaired(yy, a.map((x) => 1 - x), b);
        expect(flipped.aucA).toBeCloseTo(1 - base.aucA, 12);
        expect(flipped.varA).toBeCloseTo(base.varA, 12);
      }),
      { numRuns: 200 },
    );
  });

  test('with the ranks the overall pass leaves, every slice gives the same bits as sorting its scores', () => {
    fc.assert(
      fc.property(sample, fc.array(fc.boolean(), { minLength: 1 }), (rows, pick) => {
        const yy = Uint8Array.from(rows, (r) => (r[0] ? 1 : 0));
        const a = Float64Array.from(rows, (r) => r[1] / 4);
        const b = Float64Array.from(rows, (r) => r[2] / 4);
        const all = Uint32Array.from(rows.map((_, i) => i));
        const ranks = { a: new Uint32Array(rows.length), b: new Uint32Array(rows.length) };
        const filled = delongPaired(yy, a, b, all, { ...ranks, use: 'fill' });
        expect(filled).toEqual(delongPaired(yy, a, b, all));
        const slice = Uint32Array.from([...all].filter((i) => pick[i % pick.length]));
        expect(delongPaired(yy, a, b, slice, { ...ranks, use: 'use' })).toEqual(delongPaired(yy, a, b, slice));
      }),
      { numRuns: 200 },
    );
  });
});
