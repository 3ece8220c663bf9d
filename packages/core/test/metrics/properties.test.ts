import { describe, test } from '@jest/globals';
import fc from 'fast-check';
import { confusionCounts, getMetric, METRICS, pairedCells, countsFromCells, type MetricColumns } from '../../src/metrics/index.js';

/** Random binary data: labels, probability scores on a coarse grid (many ties), both classes present. */
const binaryData = fc
  .array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })), { minLength: 4, maxLength: 120 })
  .filter((r) => r.some((x) => x[0]) && r.some((x) => !x[0]))
  .map((r) => ({
    label: Float64Array.from(r, (x) => (x[0] ? 1 : 0)),
    score: Float64Array.from(r, (x) => x[1] / 20),
    other: Float64Array.from(r, (x) => x[2] / 20),
  }));

const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);
const BINARY = Object.values(METRICS).filter((m) => m.tasks.includes('binary-classification'));

describe('metric properties (fast-check)', () => {
  test('AUC and PR-AUC are invariant under strictly increasing transforms of the scores', () => {
    fc.assert(
      fc.property(binaryData, ({ label, score }) => {
        const rows = all(label.length);
        for (const name of ['auc', 'pr-auc']) {
          const def = getMetric(name);
          const a = def.compute({ label, score, threshold: 0.5 }, rows);
          const b = def.compute({ label, score: score.map((s) => Math.log(s + 1e-3) * 5 - 2), threshold: 0.5 }, rows);
          if (Math.abs(a - b) > 1e-12) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  test('AUC(1 − s) = 1 − AUC(s)', () => {
    fc.assert(
      fc.property(binaryData, ({ label, score }) => {
        const rows = all(label.length);
        const auc = getMetric('auc');
        return Math.abs(auc.compute({ label, score: score.map((s) => 1 - s), threshold: 0.5 }, rows) - (1 - auc.compute({ label, score, threshold: 0.5 }, rows))) < 1e-12;
      }),
      { numRuns: 200 },
    );
  });

  test('count metrics from counts equal the direct row-by-row definition; paired cells give both models’ counts', () => {
    fc.assert(
      fc.property(binaryData, fc.integer({ min: 1, max: 19 }), ({ label, score, other }, t) => {
        const threshold = t / 20;
        let tp = 0, fp = 0, tn = 0, fn = 0;
        for (let i = 0; i < label.length; i++) {
          const pred = score[i] >= threshold;
          if (label[i] === 1) {
            if (pred) tp++;
            else fn++;
          } else if (pred) fp++;
          else tn++;
        }
        const c = confusionCounts(label, score, threshold);
        if (c.tp !== tp || c.fp !== fp || c.tn !== tn || c.fn !== fn) return false;
        const direct: Record<string, number> = {
          accuracy: (tp + tn) / label.length, precision: tp + fp ? tp / (tp + fp) : NaN, recall: tp / (tp + fn),
          f1: tp ? (2 * (tp / (tp + fp)) * (tp / (tp + fn))) / (tp / (tp + fp) + tp / (tp + fn)) : (fp + fn ? 0 : NaN),
          fpr: fp / (fp + tn), 'selection-rate': (tp + fp) / label.length,
        };
        for (const [name, want] of Object.entries(direct)) {
          const got = getMetric(name).fromCounts!(tp, fp, tn, fn);
          if (!(Number.isNaN(want) ? Number.isNaN(got) : Math.abs(got - want) < 1e-12)) return false;
        }
        const cells = pairedCells(label, score, other, threshold);
        const a = countsFromCells(cells, 0);
        const b = countsFromCells(cells, 1);
        const cb = confusionCounts(label, other, threshold);
        return a.tp === tp && a.fp === fp && a.tn === tn && a.fn === fn && b.tp === cb.tp && b.fp === cb.fp && b.tn === cb.tn && b.fn === cb.fn;
      }),
      { numRuns: 200 },
    );
  });

  test('weights: all ones give the unweighted value; integer weights equal duplicating rows (every binary metric)', () => {
    fc.assert(
      fc.property(binaryData, fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 120, maxLength: 120 }), ({ label, score }, wAll) => {
        const n = label.length;
        const rows = all(n);
        const cols: MetricColumns = { label, score, threshold: 0.5 };
        const w = Uint32Array.from(wAll.slice(0, n));
        const dup: number[] = [];
        w.forEach((k, i) => { for (let j = 0; j < k; j++) dup.push(i); });
        for (const def of BINARY) {
          const prep = def.prepare?.(cols, rows);
          const plain = def.compute(cols, rows, prep);
          const ones = def.compute(cols, rows, prep, new Uint32Array(n).fill(1));
          if (!(Object.is(plain, ones) || Math.abs(plain - ones) < 1e-12)) return false;
          const weighted = def.compute(cols, rows, prep, w);
          const expanded = def.compute(cols, Uint32Array.from(dup));
          if (!(Number.isNaN(weighted) ? Number.isNaN(expanded) : Math.abs(weighted - expanded) < 1e-12)) return false;
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });

  test('weights for regression and multiclass metrics equal duplicating rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0.5, max: 50, noNaN: true }), fc.double({ min: -5, max: 60, noNaN: true }), fc.integer({ min: 0, max: 3 }),
          fc.integer({ min: 0, max: 2 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
        { minLength: 2, maxLength: 60 }),
        (r) => {
          const n = r.length;
          const w = Uint32Array.from(r, (x) => x[2]);
          const dup: number[] = [];
          w.forEach((k, i) => { for (let j = 0; j < k; j++) dup.push(i); });
          const reg: MetricColumns = { label: Float64Array.from(r, (x) => x[0]), score: Float64Array.from(r, (x) => x[1]), threshold: 0 };
          const mc: MetricColumns = { label: Float64Array.from(r, (x) => x[3]), score: new Float64Array(n), threshold: 0,
            scores2d: [4, 5, 6].map((j) => Float64Array.from(r, (x) => x[j] as number)) };
          const checks: [string, MetricColumns, 'regression' | 'multiclass'][] = [
            ['mae', reg, 'regression'], ['mse', reg, 'regression'], ['rmse', reg, 'regression'], ['r2', reg, 'regression'],
            ['mape', reg, 'regression'], ['accuracy', mc, 'multiclass'], ['macro-f1', mc, 'multiclass'],
          ];
          // R² divides by the labels' spread: when the labels agree to ~1e-6 relative (e.g. 49.999999999998 and
          // 49.9999999998), rounding in the mean alone moves it by more than any tolerance, weighted or duplicated.
          // Only rows that count (weight > 0) are in the duplicated set.
          const labels = r.filter((x) => x[2] > 0).map((x) => x[0]);
          const illConditioned = labels.length === 0 || Math.max(...labels) - Math.min(...labels) < 1e-6 * Math.max(...labels);
          for (const [name, cols, task] of checks) {
            if (name === 'r2' && illConditioned) continue;
            const def = getMetric(name, task);
            const a = def.compute(cols, all(n), undefined, w);
            const b = def.compute(cols, Uint32Array.from(dup));
            if (!(Number.isNaN(a) ? Number.isNaN(b) : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)))) return false;
            const ones = def.compute(cols, all(n), undefined, new Uint32Array(n).fill(1));
            const plain = def.compute(cols, all(n));
            if (!(Object.is(ones, plain) || Math.abs(ones - plain) <= 1e-12 * Math.max(1, Math.abs(plain)))) return false;
          }
          return true;
        },
      ),
      { numRuns: 150 },
    );
  });
});
