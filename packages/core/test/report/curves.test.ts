import { describe, test, expect } from '@jest/globals';
import { binaryCurves, reliabilityBins, thin } from '../../src/report/curves.js';
import { aucValue } from '../../src/metrics/auc.js';

const y = Float64Array.from([1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
const s1 = Float64Array.from([0.9, 0.8, 0.7, 0.6, 0.4, 0.5, 0.3, 0.2, 0.1, 0.35]);
const all = Uint32Array.from({ length: 10 }, (_, i) => i);

function trapezoid(x: ArrayLike<number>, yy: ArrayLike<number>): number {
  let a = 0;
  for (let i = 1; i < x.length; i++) a += ((x[i] - x[i - 1]) * (yy[i] + yy[i - 1])) / 2;
  return a;
}

describe('binaryCurves', () => {
  test('the ROC curve walks the thresholds and its area is the AUC (0.96 on the STATS check vector)', () => {
    const c = binaryCurves(y, s1, all)!;
    expect(c.positives).toBe(5);
    expect(Array.from(c.roc.x)).toEqual([0, 0, 0, 0, 0, 0.2, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(Array.from(c.roc.y)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 0.8, 1, 1, 1, 1, 1]);
    expect(trapezoid(c.roc.x, c.roc.y)).toBeCloseTo(0.96, 12);
  });

  test('tied scores make one step; the area still equals the midrank AUC', () => {
    const yy = Float64Array.from([1, 0, 1, 0, 1, 0]);
    const ss = Float64Array.from([0.5, 0.5, 0.9, 0.1, 0.5, 0.5]);
    const rows = Uint32Array.from([0, 1, 2, 3, 4, 5]);
    const c = binaryCurves(yy, ss, rows)!;
    expect(c.roc.x.length).toBe(4); // origin + 3 distinct scores
    const auc = aucValue({ label: yy, score: ss, threshold: 0.5 }, rows);
    expect(auc).toBeCloseTo(7 / 9, 12);
    expect(trapezoid(c.roc.x, c.roc.y)).toBeCloseTo(auc, 12);
  });

  test('precision–recall: precision at each threshold, starting at recall 0', () => {
    const c = binaryCurves(y, s1, all)!;
    expect(c.pr.x[0]).toBe(0);
    expect(c.pr.y[0]).toBe(1);
    // At threshold 0.5: 4 true positives, 1 false positive.
    const k = Array.from(c.pr.x).lastIndexOf(0.8);
    expect(c.pr.y[k]).toBeCloseTo(0.8, 12);
    expect(c.pr.x[c.pr.x.length - 1]).toBe(1);
    expect(c.pr.y[c.pr.y.length - 1]).toBe(0.5);
  });

  test('a slice with one class has no curve', () => {
    expect(binaryCurves(y, s1, Uint32Array.from([0, 1, 2]))).toBeUndefined();
  });

  test('only the slice rows count', () => {
    const c = binaryCurves(y, s1, Uint32Array.from([0, 5, 9]))!;
    expect(c.positives).toBe(1);
    expect(c.negatives).toBe(2);
  });
});

describe('thin', () => {
  test('keeps both ends and at most maxPoints vertices, the same way every time', () => {
    const x = Array.from({ length: 1001 }, (_, i) => i / 1000);
    const t = thin(x, x, 200);
    expect(t.x.length).toBeLessThanOrEqual(200);
    expect(t.x[0]).toBe(0);
    expect(t.x[t.x.length - 1]).toBe(1);
    expect(thin(x, x, 200)).toEqual(t);
  });
});

describe('reliabilityBins', () => {
  test('ten equal-width bins with mean score and share of positives; scores 1.0 land in the last bin', () => {
    const yy = Float64Array.from([0, 1, 1, 1]);
    const ss = Float64Array.from([0.05, 0.15, 0.95, 1]);
    const b = reliabilityBins(yy, ss, Uint32Array.from([0, 1, 2, 3]));
    expect(b).toHaveLength(10);
    expect(b[0]).toMatchObject({ count: 1, meanScore: 0.05, positiveRate: 0 });
    expect(b[1]).toMatchObject({ count: 1, positiveRate: 1 });
    expect(b[9].count).toBe(2);
    expect(b[9].meanScore).toBeCloseTo(0.975, 12);
    expect(b[5].count).toBe(0);
  });
});

describe('binaryCurves on a large slice (histogram path)', () => {
  test('every drawn vertex is a vertex of the exact curve, and the ends are (0,0) and (1,1)', () => {
    // 150,000 rows (over EXACT_CURVE_ROWS) with heavy ties and a heavy tail, from a fixed LCG.
    const n = 150_000;
    const label = new Float64Array(n);
    const score = new Float64Array(n);
    let x = 12345;
    const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < n; i++) {
      label[i] = next() < 0.3 ? 1 : 0;
      const u = next();
      score[i] = i % 3 === 0 ? Math.round(u * 20) / 20 : Math.min(1, (label[i] ? 0.2 : 0) + u ** 3);
    }
    const rows = Uint32Array.from({ length: n }, (_, i) => i);
    const binned = binaryCurves(label, score, rows)!;
    // The exact curve's vertices, by brute force over the distinct scores (one vertex per distinct score).
    const distinct = [...new Set(score)].sort((a, b) => b - a);
    const P = label.reduce((a, b) => a + b, 0);
    const N = n - P;
    const exact = new Set<string>(['0,0']);
    const byScore = new Map<number, [number, number]>();
    for (let i = 0; i < n; i++) {
      const e = byScore.get(score[i]) ?? [0, 0];
      e[label[i] === 1 ? 0 : 1]++;
      byScore.set(score[i], e);
    }
    let tp = 0;
    let fp = 0;
    for (const s of distinct) {
      const [p, q] = byScore.get(s)!;
      tp += p;
      fp += q;
      exact.add(`${fp / N},${tp / P}`);
    }
    expect(binned.roc.x.length).toBeLessThanOrEqual(200);
    expect(binned.roc.x.length).toBeGreaterThan(20);
    for (let k = 0; k < binned.roc.x.length; k++) expect(exact.has(`${binned.roc.x[k]},${binned.roc.y[k]}`)).toBe(true);
    expect([binned.roc.x[0], binned.roc.y[0]]).toEqual([0, 0]);
    expect([binned.roc.x.at(-1), binned.roc.y.at(-1)]).toEqual([1, 1]);
    // Its area is close to the exact AUC (thinning to 200 vertices only cuts corners of a concave curve).
    expect(Math.abs(trapezoid(binned.roc.x, binned.roc.y) - aucValue({ label, score, threshold: 0.5 }, rows))).toBeLessThan(0.01);
  });
});
