import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { getMetric, type MetricColumns } from '../../src/metrics/index.js';
import { mcnemarExact } from '../../src/stats/index.js';
import { close, fixtureDir } from './refs.js';

/** sklearn / statsmodels references from scripts/refs/make-task-refs.py (no Python at test time). */
const task: any = JSON.parse(readFileSync(join(fixtureDir, 'task-refs.json'), 'utf8'));
const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);
const RANKING = ['ndcg@1', 'ndcg@3', 'ndcg@5', 'ndcg', 'mrr', 'map'];

describe('ranking with tied scores = expected value over tied orders', () => {
  const r = task.ranking_ties;
  const cols: MetricColumns = { label: Float64Array.from(r.label), score: Float64Array.from(r.score), threshold: 0, query: Int32Array.from(r.query) };
  test.each(RANKING)('%s equals sklearn ndcg_score(ignore_ties=False) / the mean over every tie order to 1e-12', (name) => {
    expect(close(getMetric(name, 'ranking').compute(cols, all(r.label.length)), r[name], 1e-12)).toBe(true);
  });

  test('a model giving every document one score gets the same value whether the file is sorted by relevance or reversed', () => {
    const label = Float64Array.from({ length: 40 }, (_, i) => (i % 20 < 2 ? 2 : i % 20 < 5 ? 1 : 0));
    const query = Int32Array.from({ length: 40 }, (_, i) => (i < 20 ? 0 : 1));
    const flat = new Float64Array(40).fill(0.5);
    const sorted = { label, score: flat, threshold: 0, query };
    const rev = { label: label.slice().reverse(), score: flat, threshold: 0, query: query.slice().reverse() };
    for (const name of ['ndcg@10', 'mrr', 'map']) {
      const a = getMetric(name, 'ranking').compute(sorted, all(40));
      expect(getMetric(name, 'ranking').compute(rev, all(40))).toBe(a);
      expect(a).toBeLessThan(0.6); // not the 1.0 that ties broken by file order gave a relevance-sorted file
    }
  });

  /** Random ranking data with many ties (scores on a 0..3 grid) and a few queries. */
  const rankingData = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
    { minLength: 1, maxLength: 60 },
  );
  test('property: every ranking metric is independent of the row order (bit for bit)', () => {
    fc.assert(
      fc.property(rankingData, fc.integer({ min: 0, max: 1_000_000 }), (rowsIn, seed) => {
        const n = rowsIn.length;
        const perm = all(n).sort((a, b) => ((a * 7919 + seed) % 104729) - ((b * 7919 + seed) % 104729));
        const mk = (order: ArrayLike<number>): MetricColumns => ({
          query: Int32Array.from(order, (i) => rowsIn[i][0]),
          label: Float64Array.from(order, (i) => rowsIn[i][1]),
          score: Float64Array.from(order, (i) => rowsIn[i][2] / 3),
          threshold: 0,
        });
        const a = mk(all(n));
        const b = mk(perm);
        for (const name of RANKING) {
          const def = getMetric(name, 'ranking');
          if (!Object.is(def.compute(a, all(n)), def.compute(b, all(n)))) return false;
        }
        return true;
      }),
    );
  });

  test('property: a slice of whole queries (values reused from all rows) or of part of a query equals scoring those rows alone', () => {
    fc.assert(
      fc.property(rankingData, fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), fc.boolean(), (rowsIn, keep, partial) => {
        const n = rowsIn.length;
        const cols: MetricColumns = {
          query: Int32Array.from(rowsIn, (r) => r[0]), label: Float64Array.from(rowsIn, (r) => r[1]),
          score: Float64Array.from(rowsIn, (r) => r[2] / 3), threshold: 0,
        };
        // Whole queries kept by query code; with `partial`, also drop the first row of the first kept query.
        let rows = all(n).filter((i) => keep[rowsIn[i][0]]);
        if (partial && rows.length > 1) rows = rows.slice(1);
        if (rows.length === 0) return true;
        const alone: MetricColumns = {
          query: Int32Array.from(rows, (i) => cols.query![i]), label: Float64Array.from(rows, (i) => cols.label[i]),
          score: Float64Array.from(rows, (i) => cols.score[i]), threshold: 0,
        };
        return RANKING.every((name) => {
          const def = getMetric(name, 'ranking');
          def.compute(cols, all(n)); // fills the all-rows cache first
          return Object.is(def.compute(cols, rows), def.compute(alone, all(rows.length)));
        });
      }),
    );
  });

  /** The strict-order value averaged over every order of every tie group (brute force, groups ≤ 4 items). */
  function bruteForce(name: string, rel: number[], score: number[]): number {
    const values = [...new Set(score)].sort((x, y) => y - x);
    const groups = values.map((v) => rel.filter((_, i) => score[i] === v));
    const perms = (xs: number[]): number[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
    let orders: number[][] = [[]];
    for (const g of groups) orders = orders.flatMap((o) => perms(g).map((p) => [...o, ...p]));
    const def = getMetric(name, 'ranking');
    let sum = 0;
    for (const o of orders) {
      // Strictly decreasing scores: no ties left, so the metric is the plain strict-order value.
      const c: MetricColumns = { label: Float64Array.from(o), score: Float64Array.from(o, (_, i) => -i), threshold: 0, query: new Int32Array(o.length) };
      sum += def.compute(c, all(o.length));
    }
    return sum / orders.length;
  }
  test("property: one query's value equals the mean over all tied orders (brute force)", () => {
    const query = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 8 })
      .filter((xs) => [0, 1, 2].every((s) => xs.filter((x) => x[1] === s).length <= 4));
    fc.assert(
      fc.property(query, (xs) => {
        const rel = xs.map((x) => x[0]);
        const score = xs.map((x) => x[1]);
        const c: MetricColumns = { label: Float64Array.from(rel), score: Float64Array.from(score), threshold: 0, query: new Int32Array(xs.length) };
        return ['ndcg@2', 'ndcg', 'mrr', 'map'].every((name) => close(getMetric(name, 'ranking').compute(c, all(xs.length)), bruteForce(name, rel, score), 1e-12));
      }),
    );
  });
});

describe('multiclass over one class list (the columns.scores classes)', () => {
  const m = task.multiclass;
  const n = m.label.length;
  const colsOf = (scores: number[][]): MetricColumns => ({
    label: Float64Array.from(m.label), score: new Float64Array(n), threshold: 0, scores2d: scores.map((s) => Float64Array.from(s)),
  });
  test('macro-f1 equals sklearn f1_score(labels=range(K), average="macro", zero_division=0) for both models', () => {
    const f1 = getMetric('macro-f1', 'multiclass');
    expect(close(f1.compute(colsOf(m.candidate), all(n)), m.candidate_macro_f1, 1e-12)).toBe(true);
    expect(close(f1.compute(colsOf(m.baseline), all(n)), m.baseline_macro_f1, 1e-12)).toBe(true);
    // The defect guarded against: own class sets would report Δ ≈ +0.18 where the one-list Δ is slightly negative.
    expect(m.candidate_macro_f1_own_classes - m.baseline_macro_f1_own_classes).toBeGreaterThan(0.1);
    expect(f1.compute(colsOf(m.candidate), all(n)) - f1.compute(colsOf(m.baseline), all(n))).toBeLessThan(0);
  });
  test('accuracy equals sklearn accuracy_score; McNemar on the correct/incorrect pairs equals statsmodels', () => {
    const acc = getMetric('accuracy', 'multiclass');
    expect(close(acc.compute(colsOf(m.candidate), all(n)), m.candidate_accuracy, 1e-12)).toBe(true);
    expect(close(acc.compute(colsOf(m.baseline), all(n)), m.baseline_accuracy, 1e-12)).toBe(true);
    const [[, b], [c]] = m.mcnemar_table;
    expect(close(mcnemarExact(b, c), m.mcnemar_p, 1e-12)).toBe(true);
  });
  test.each((task.mcnemar as { b: number; c: number; p: number }[]).map((x) => [x.b, x.c, x]))('mcnemarExact(%i, %i) equals statsmodels mcnemar(exact=True)', (_b, _c, x: any) => {
    expect(Math.abs(mcnemarExact(x.b, x.c) - x.p)).toBeLessThanOrEqual(1e-12 * Math.max(1e-300, x.p) + 1e-15);
  });
});
