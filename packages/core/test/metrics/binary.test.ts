import { describe, expect, test } from '@jest/globals';
import {
  confusionCounts, countsFromCells, demographicParityDifference, demographicParityRatio, discordantFromCells,
  equalizedOddsDifference, equalOpportunityDifference, getMetric, groupRates, pairedCells, type MetricColumns,
} from '../../src/metrics/index.js';
import { close, pred2000, refs, sliceRows } from './refs.js';

const d = pred2000();
const colsA: MetricColumns = { label: d.label, score: d.candidate, threshold: 0.5 };
const colsB: MetricColumns = { label: d.label, score: d.baseline, threshold: 0.5 };
const NAMES = ['auc', 'pr-auc', 'accuracy', 'precision', 'recall', 'f1', 'fpr', 'selection-rate', 'log-loss', 'brier', 'ece'];

describe('binary metrics on pred-2000 match scikit-learn to 1e-9', () => {
  const cases = Object.keys(refs.pred2000).flatMap((key) => NAMES.map((name) => [key, name] as const));
  test.each(cases)('slice %s, %s', (key, name) => {
    const rows = sliceRows(d, key);
    const def = getMetric(name, 'binary-classification');
    for (const [model, cols] of [['candidate', colsA], ['baseline', colsB]] as const) {
      const want = refs.pred2000[key][model][name];
      const got = def.compute(cols, rows);
      if (want === null) expect(got).toBeNaN();
      else expect(close(got, want, 1e-9)).toBe(true);
      // prepare once, then compute: the path the bootstrap takes
      const prepared = def.prepare?.(cols, rows);
      expect(def.compute(cols, rows, prepared)).toBe(got);
      if (def.fromCounts) {
        const c = confusionCounts(cols.label, cols.score, 0.5, rows);
        expect(def.fromCounts(c.tp, c.fp, c.tn, c.fn)).toBe(got);
      }
    }
  });

  test.each(Object.keys(refs.pred2000))('slice %s: confusion counts, the 8 paired cells and McNemar b/c', (key) => {
    const rows = sliceRows(d, key);
    const ref = refs.pred2000[key];
    expect(confusionCounts(d.label, d.candidate, 0.5, rows)).toEqual(ref.candidate.counts);
    expect(confusionCounts(d.label01, d.baseline, 0.5, rows)).toEqual(ref.baseline.counts);
    const cells = pairedCells(d.label01, d.candidate, d.baseline, 0.5, rows);
    expect(Array.from(cells)).toEqual(ref.cells);
    expect(countsFromCells(cells, 0)).toEqual(ref.candidate.counts);
    expect(countsFromCells(cells, 1)).toEqual(ref.baseline.counts);
    expect(discordantFromCells(cells)).toEqual({ b: ref.mcnemar.b, c: ref.mcnemar.c });
  });
});

describe('auc and pr-auc on edge cases (ties across classes, all-tied, negative and integer scores)', () => {
  test.each((refs.binary_edge as { name: string }[]).map((e) => [e.name, e]))('%s', (_n, e: any) => {
    const label = Float64Array.from(e.y);
    const rows = Uint32Array.from(e.y, (_: number, i: number) => i);
    for (const [score, auc, ap] of [[e.a, e.aucA, e.apA], [e.b, e.aucB, e.apB]]) {
      const cols = { label, score: Float64Array.from(score), threshold: 0.5 };
      expect(close(getMetric('auc').compute(cols, rows), auc, 1e-12)).toBe(true);
      expect(close(getMetric('pr-auc').compute(cols, rows), ap, 1e-12)).toBe(true);
    }
  });
});

describe('undefined values are NaN, not 0', () => {
  const label = Float64Array.from([0, 0, 1, 1]);
  const score = Float64Array.from([0.1, 0.2, 0.3, 0.4]);
  const rows = Uint32Array.from([0, 1, 2, 3]);
  const cols = { label, score, threshold: 0.5 };
  test('precision with no predicted positives; recall/auc without positives; empty slice', () => {
    expect(getMetric('precision').compute(cols, rows)).toBeNaN();
    expect(getMetric('recall').compute(cols, rows)).toBe(0);
    expect(getMetric('f1').compute(cols, rows)).toBe(0);
    const negOnly = Uint32Array.from([0, 1]);
    expect(getMetric('recall').compute(cols, negOnly)).toBeNaN();
    expect(getMetric('auc').compute(cols, negOnly)).toBeNaN();
    expect(getMetric('pr-auc').compute(cols, negOnly)).toBeNaN();
    expect(getMetric('fpr').compute(cols, Uint32Array.from([2, 3]))).toBeNaN();
    for (const name of ['accuracy', 'log-loss', 'brier', 'ece', 'selection-rate']) {
      expect(getMetric(name).compute(cols, new Uint32Array(0))).toBeNaN();
    }
  });
  test('labels other than 0/1 are a bug upstream and throw', () => {
    const bad = { label: Float64Array.from([0, 2]), score: Float64Array.from([0.1, 0.9]), threshold: 0.5 };
    const r = Uint32Array.from([0, 1]);
    expect(() => getMetric('accuracy').compute(bad, r)).toThrow(/label at row 1 is 2/);
    expect(() => getMetric('auc').compute(bad, r)).toThrow(/label at row 1 is 2/);
    expect(() => pairedCells(bad.label, bad.score, bad.score, 0.5)).toThrow(/label at row 1/);
    expect(getMetric('log-loss').perRow!(2, 0.5)).toBeNaN();
  });
  test('log-loss clips at 1e-15 like sklearn', () => {
    expect(getMetric('log-loss').perRow!(1, 0)).toBeCloseTo(-Math.log(1e-15), 12);
    expect(getMetric('log-loss').perRow!(0, 1)).toBeCloseTo(-Math.log(1 - (1 - 1e-15)), 6);
  });
  test('ece bins: score 1.0 falls in the last bin; 0.1 in the second', () => {
    const c = { label: Float64Array.from([1, 0]), score: Float64Array.from([1, 0.1]), threshold: 0.5 };
    // bin 9: label 1, score 1 → 0; bin 1: label 0, score 0.1 → 0.1 · ½
    expect(getMetric('ece').compute(c, Uint32Array.from([0, 1]))).toBeCloseTo(0.05, 15);
  });
});

describe('fairness helpers', () => {
  test.each(['gender', 'age_band'])('groupRates by %s match numpy', (col) => {
    const values = [...new Set(d.attrs[col])].sort();
    const codes = Int32Array.from(d.attrs[col], (v) => values.indexOf(v));
    const rates = groupRates(d.label, d.candidate, 0.5, codes, values.length);
    values.forEach((v, g) => {
      const ref = refs.pred2000_fairness[col][v];
      expect(rates[g].support).toBe(ref.support);
      expect(close(rates[g].selectionRate, ref.selectionRate, 1e-12)).toBe(true);
      expect(close(rates[g].tpr, ref.tpr, 1e-12)).toBe(true);
      expect(close(rates[g].fpr, ref.fpr, 1e-12)).toBe(true);
    });
    const sel = values.map((v) => refs.pred2000_fairness[col][v].selectionRate as number);
    const tpr = values.map((v) => refs.pred2000_fairness[col][v].tpr as number);
    const fpr = values.map((v) => refs.pred2000_fairness[col][v].fpr as number);
    const gap = (a: number[]) => Math.max(...a) - Math.min(...a);
    expect(demographicParityDifference(rates)).toBeCloseTo(gap(sel), 12);
    expect(demographicParityRatio(rates)).toBeCloseTo(Math.min(...sel) / Math.max(...sel), 12);
    expect(equalOpportunityDifference(rates)).toBeCloseTo(gap(tpr), 12);
    expect(equalizedOddsDifference(rates)).toBeCloseTo(Math.max(gap(tpr), gap(fpr)), 12);
  });

  test('missing group codes (< 0) are skipped, empty groups ignored, rows and weights respected', () => {
    const label = Float64Array.from([1, 0, 1, 0, 1, 0]);
    const score = Float64Array.from([0.9, 0.8, 0.2, 0.1, 0.7, 0.6]);
    const codes = Int32Array.from([0, 0, 1, 1, -1, 0]);
    const r = groupRates(label, score, 0.5, codes, 3);
    expect(r[0]).toEqual({ tp: 1, fp: 2, tn: 0, fn: 0,  support: 3, positives: 1, negatives: 2, selectionRate: 1, tpr: 1, fpr: 1 });
    expect(r[1]).toMatchObject({ support: 2, positives: 1, negatives: 1, selectionRate: 0, tpr: 0, fpr: 0 });
    expect(r[2].support).toBe(0);
    expect(r[2].selectionRate).toBeNaN();
    expect(demographicParityDifference(r)).toBe(1);
    expect(demographicParityRatio(r)).toBe(0);
    const w = groupRates(label, score, 0.5, codes, 3, Uint32Array.from([0, 2, 3]), Uint32Array.from([2, 1, 3]));
    expect(w[0].support).toBe(2);
    expect(w[1]).toMatchObject({ support: 4, positives: 1, negatives: 3 });
    expect(demographicParityRatio([{ ...r[1] }, { ...r[1] }])).toBe(1); // both select nobody: parity
    expect(() => groupRates(label, score, 0.5, Int32Array.from([0, 5, 0, 0, 0, 0]), 3)).toThrow(/group code 5/);
  });
});
