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
