import { describe, test, expect } from '@jest/globals';
import { driftChart, driftScore } from '../../src/detect/chart.js';
import type { ColumnDrift } from '../../src/drift/column.js';

const col = (column: string, test: ColumnDrift['test'], value: number, threshold: number, drifted: boolean): ColumnDrift => ({
  column, kind: 'numeric', test, value, threshold, drifted, method: '', psi: 0, referenceCount: 10, currentCount: 10,
});

describe('drift chart', () => {
  test('scores put every test on its threshold\'s scale: 1 at the threshold', () => {
    expect(driftScore(col('a', 'wasserstein', 0.1, 0.1, true))).toBeCloseTo(1, 12);
    expect(driftScore(col('a', 'jensen-shannon', 0.3, 0.1, true))).toBeCloseTo(3, 12);
    expect(driftScore(col('a', 'ks', 0.05, 0.05, true))).toBeCloseTo(1, 12);
    expect(driftScore(col('a', 'ks', 0.0025, 0.05, true))).toBeCloseTo(2, 12);
    expect(driftScore(col('a', 'chi-square', 1, 0.05, false))).toBe(0);
    expect(driftScore(col('a', 'z', 0, 0.05, true))).toBeCloseTo(300 / Math.log10(20), 6);
  });

  test('drifted columns only, highest first, threshold line at 1, large scores capped', () => {
    const md = driftChart('data/train.csv', [col('zip', 'chi-square', 0.5, 0.05, false), col('income', 'wasserstein', 0.3, 0.1, true), col('age', 'ks', 1e-40, 0.05, true)]);
    expect(md).toContain('x-axis ["age", "income"]');
    expect(md).toContain('bar [10, 3]');
    expect(md).toContain('line [1, 1]');
    expect(md).toContain('(capped at 10)');
    expect(driftChart('t', [col('zip', 'chi-square', 0.5, 0.05, false)])).toBe('');
  });
});
