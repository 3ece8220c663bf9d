/**
 * Agreement with scipy on full data (fixtures from scripts/make-drift-refs.py): every statistic the drift decision
 * computes where the profile keeps the full data — exact values (≤ 1,000 rows), exact distinct-value counts, full
 * category counts — through compareColumn, the function detect-data-change calls.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { compareColumn } from '../../src/drift/column.js';
import type { CategoricalSummary, NumericSummary } from '../../src/drift/summary.js';

const refs = JSON.parse(readFileSync(new URL('../fixtures/drift/refs.json', import.meta.url), 'utf8')) as { cases: any[] };

function fromValues(v: number[]): NumericSummary {
  const s = [...v].sort((a, b) => a - b);
  const n = s.length;
  const mean = s.reduce((a, b) => a + b, 0) / n;
  return { kind: 'numeric', count: n, nulls: 0, min: s[0], max: s[n - 1], mean, std: 1, integer: false, quantiles: [s[0], s[n - 1]], sampleSize: n, values: s };
}
function fromCounts(values: number[], counts: number[]): NumericSummary {
  const n = counts.reduce((a, b) => a + b, 0);
  const distinct = values.map((v, i) => [v, counts[i]] as [number, number]).filter(([, c]) => c > 0);
  return { kind: 'numeric', count: n, nulls: 0, min: distinct[0][0], max: distinct.at(-1)![0], mean: 0, std: 1, integer: true, quantiles: [0, 1], sampleSize: Math.min(n, 65536), distinct };
}
function categorical(cats: string[], counts: number[]): CategoricalSummary {
  const top = cats.map((c, i) => [c, counts[i]] as [string, number]).filter(([, c]) => c > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { kind: 'categorical', count: counts.reduce((a, b) => a + b, 0), nulls: 0, top, other: 0, distinct: top.length, distinctCapped: false };
}

describe('drift statistics agree with scipy on full data', () => {
  for (const c of refs.cases) {
    test(c.name, () => {
      if (c.kind === 'values') {
        const ref = fromValues(c.reference);
        const cur = fromValues(c.current);
        const ks = compareColumn('x', ref, cur, { test: 'ks' })!;
        expect(ks.statistic).toBeCloseTo(c.ks_statistic, 12);
        const w = compareColumn('x', ref, cur, { test: 'wasserstein' })!;
        // value = W1 / (IQR / 1.349) of the reference.
        expect(w.value).toBeCloseTo(c.wasserstein / (c.reference_iqr / 1.349), 10);
      } else if (c.kind === 'distinct') {
        const ref = fromCounts(c.values, c.reference);
        const cur = fromCounts(c.values, c.current);
        const w = compareColumn('x', ref, cur, { test: 'wasserstein' })!;
        expect(w.method).toMatch(/exact counts/);
        // Robust scale of the reference counts: IQR of the inverted CDF / 1.349.
        const sorted: number[] = [];
        c.values.forEach((v: number, i: number) => {
          for (let k = 0; k < c.reference[i]; k++) sorted.push(v);
        });
        const q = (u: number) => sorted[Math.ceil(u * sorted.length) - 1];
        expect(w.value).toBeCloseTo(c.wasserstein / ((q(0.75) - q(0.25)) / 1.349), 10);
      } else {
        const ref = categorical(c.categories, c.reference);
        const cur = categorical(c.categories, c.current);
        const js = compareColumn('c', ref, cur, { test: 'jensen-shannon' })!;
        expect(js.value).toBeCloseTo(c.jensen_shannon, 12);
        const chi = compareColumn('c', ref, cur, { test: 'chi-square' })!;
        expect(chi.statistic).toBeCloseTo(c.chi_square, 8);
        expect(chi.value).toBeCloseTo(c.chi_square_p, 10);
        expect(chi.method).toContain(`df ${c.chi_square_df}`);
        const psi = compareColumn('c', ref, cur, { test: 'psi' })!;
        expect(psi.value).toBeCloseTo(c.psi, 10);
      }
    });
  }
});
