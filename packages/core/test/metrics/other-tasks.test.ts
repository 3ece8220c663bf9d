import { describe, expect, test } from '@jest/globals';
import { getMetric, queryGroups, type MetricColumns } from '../../src/metrics/index.js';
import { close, refs } from './refs.js';

const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

describe('regression metrics match scikit-learn to 1e-9', () => {
  const r = refs.regression;
  const cols: MetricColumns = { label: Float64Array.from(r.label), score: Float64Array.from(r.score), threshold: 0.5 };
  test.each(['mae', 'mse', 'rmse', 'r2', 'mape'])('%s', (name) => {
    expect(close(getMetric(name, 'regression').compute(cols, all(r.label.length)), r[name], 1e-9)).toBe(true);
  });
  test('mape is NaN when a label is 0; r2 NaN for constant labels', () => {
    const c = { label: Float64Array.from([0, 2]), score: Float64Array.from([1, 1]), threshold: 0 };
    expect(getMetric('mape').compute(c, all(2))).toBeNaN();
    expect(getMetric('mape').compute(c, Uint32Array.from([1]))).toBe(0.5);
    const flat = { label: Float64Array.from([3, 3, 3]), score: Float64Array.from([1, 2, 3]), threshold: 0 };
    expect(getMetric('r2').compute(flat, all(3))).toBeNaN();
  });
});

describe('multiclass metrics (argmax) match scikit-learn to 1e-9', () => {
  test.each((refs.multiclass as { name: string }[]).map((m) => [m.name, m]))('%s', (_n, m: any) => {
    const cols: MetricColumns = {
      label: Float64Array.from(m.label), score: new Float64Array(m.label.length), threshold: 0.5,
      scores2d: (m.scores as number[][]).map((s) => Float64Array.from(s)),
    };
    const rows = all(m.label.length);
    expect(close(getMetric('accuracy', 'multiclass').compute(cols, rows), m.accuracy, 1e-9)).toBe(true);
    // One class list (the 4 score columns): a class absent from labels and predictions counts F1 = 0, which is
    // sklearn's f1_score(labels=range(4), zero_division=0) = (present classes / 4) × its own-classes value here.
    const present = m.name === 'class-3-absent' ? 3 : 4;
    expect(close(getMetric('macro-f1', 'multiclass').compute(cols, rows), (m['macro-f1'] * present) / 4, 1e-9)).toBe(true);
  });
  test('argmax ties go to the first class; bad labels and missing scores throw', () => {
    const cols = { label: Float64Array.from([0, 1]), score: new Float64Array(2), threshold: 0.5,
      scores2d: [Float64Array.from([0.5, 0.5]), Float64Array.from([0.5, 0.5])] };
    expect(getMetric('accuracy', 'multiclass').compute(cols, all(2))).toBe(0.5);
    expect(() => getMetric('accuracy', 'multiclass').compute({ ...cols, label: Float64Array.from([0, 2]) }, all(2))).toThrow(/class index/);
    expect(() => getMetric('macro-f1').compute({ ...cols, scores2d: undefined }, all(2))).toThrow(/scores2d/);
  });
});

describe('ranking metrics (grouped by query, rows interleaved)', () => {
  const r = refs.ranking;
  const n = r.label.length;
  const cols: MetricColumns = { label: Float64Array.from(r.label), score: Float64Array.from(r.score), threshold: 0, query: Int32Array.from(r.query) };
  const binary: MetricColumns = { ...cols, label: Float64Array.from(r.label, (x: number) => (x > 0 ? 1 : 0)) };
  test.each(['ndcg@1', 'ndcg@3', 'ndcg@5', 'ndcg@10', 'ndcg'])('%s equals sklearn ndcg_score (gains 2^rel − 1) to 1e-9', (name) => {
    const def = getMetric(name, 'ranking');
    expect(close(def.compute(cols, all(n)), r[name], 1e-9)).toBe(true);
    expect(close(def.compute(binary, all(n)), r[`${name}_binary`], 1e-9)).toBe(true);
  });
  test.each(['mrr', 'map'])('%s equals the Python reference to 1e-12', (name) => {
    expect(close(getMetric(name, 'ranking').compute(cols, all(n)), r[name], 1e-12)).toBe(true);
  });
  test('tied scores: expected value over the orders of each tie group; queries with nothing relevant score 0', () => {
    const c: MetricColumns = {
      label: Float64Array.from([0, 1, 0, 0, 2, 0]), score: Float64Array.from([0.5, 0.5, 0.9, 0.1, 0.1, 0.3]),
      threshold: 0, query: Int32Array.from([7, 7, 7, 3, 3, 9]),
    };
    const g = queryGroups(c, all(6));
    expect(Array.from(g.start)).toEqual([0, 2, 5, 6]);
    // query 7: the relevant item is at rank 2 or 3 (tied with an irrelevant one) → E[rr] = (1/2 + 1/3)/2;
    // query 3: ranks 1 or 2 → (1 + 1/2)/2; query 9: none → 0
    expect(getMetric('mrr').compute(c, all(6))).toBeCloseTo(((1 / 2 + 1 / 3) / 2 + (1 + 1 / 2) / 2 + 0) / 3, 15);
    // ndcg@1: query 3's top slot holds the relevant item half the time (mean gain of the tie group) → 0.5
    expect(getMetric('ndcg@1').compute(c, all(6))).toBeCloseTo(0.5 / 3, 15);
  });
  test('weights are per row, constant within a query (cluster bootstrap); mixed weights in a query throw', () => {
    const def = getMetric('map');
    const prep = def.prepare!(cols, all(n));
    const base = def.compute(cols, all(n), prep);
    expect(def.compute(cols, all(n), prep, new Uint32Array(n).fill(1))).toBe(base);
    expect(def.compute(cols, all(n), prep, new Uint32Array(n).fill(3))).toBeCloseTo(base, 15);
    const mixed = new Uint32Array(n).fill(1);
    const q0 = cols.query![0];
    const other = cols.query!.findIndex((q, i) => i > 0 && q === q0);
    mixed[other] = 2;
    expect(() => def.compute(cols, all(n), prep, mixed)).toThrow(/resample whole queries/);
  });
});
