import { describe, test, expect } from '@jest/globals';
import { worstSlicesCharts, MAX_CHART_SLICES } from '../../src/gate/chart.js';
import type { GateReport } from '../../src/gate/report.js';
import type { GateCheck } from '../../src/gate/evaluate.js';

function check(slice: string, metric: string, delta: number, status: GateCheck['status']): GateCheck {
  return {
    slice, metric, support: 1000, positives: 100, candidate: 0.8 + delta, baseline: 0.8, delta, ci: [delta - 0.01, delta + 0.01],
    p_value: 0.01, p_adjusted: 0.02, status, reason: '', method: 'delong', decision: 'significant-regression', margin: 0.01,
  };
}
function report(checks: GateCheck[]): GateReport {
  return { task: 'binary-classification', checks, fairness: [] } as unknown as GateReport;
}

describe('worstSlicesCharts', () => {
  test('no failing check, no chart', () => {
    expect(worstSlicesCharts(report([check('overall', 'auc', 0.01, 'pass')]))).toBe('');
  });

  test('one bar chart per failing metric: the slices that regressed, worst first, the margin as a line, a table beside it', () => {
    const md = worstSlicesCharts(report([
      check('overall', 'auc', 0.006, 'pass'), check('age=65+', 'auc', -0.07, 'fail'), check('age=18-25', 'auc', 0.03, 'pass'),
      check('region=east', 'auc', -0.005, 'pass'), check('overall', 'accuracy', -0.001, 'pass'),
    ]));
    expect(md.match(/```mermaid/g)).toHaveLength(1);
    expect(md).toContain('xychart-beta horizontal');
    expect(md).toContain('x-axis ["age=65+", "region=east"]');
    expect(md).toContain('bar [0.07, 0.005]');
    expect(md).toContain('line [0.01, 0.01]');
    expect(md).toContain('y-axis "AUC drop (baseline − candidate)" 0 --> 0.077');
    expect(md).toMatch(/\| ❌ \| `age=65\+` \| -0\.07 \| \[-0\.08, -0\.06\] \| 0\.07 \| 0\.01 \|/);
    expect(md).toMatch(/\| ✅ \| `region=east` \| -0\.005 \|/);
    expect(md).not.toContain('age=18-25');
  });

  test('lower-is-better metrics chart candidate − baseline; names that would break the grammar are cleaned', () => {
    const md = worstSlicesCharts(report([check('city="x", [y]', 'brier', 0.05, 'fail')]));
    expect(md).toContain('x-axis ["city= x y"]');
    expect(md).toContain('bar [0.05]');
    expect(md).toContain('lower is better');
  });

  test(`at most ${MAX_CHART_SLICES} slices per chart and 3 charts`, () => {
    const checks: GateCheck[] = [];
    for (const m of ['auc', 'accuracy', 'recall', 'precision']) for (let i = 0; i < 40; i++) checks.push(check(`s=${i}`, m, -0.001 * i, i === 39 ? 'fail' : 'pass'));
    const md = worstSlicesCharts(report(checks));
    expect(md.match(/```mermaid/g)).toHaveLength(3);
    expect(md.match(/x-axis \[(.*)\]/)![1].split(', ')).toHaveLength(MAX_CHART_SLICES);
    expect(md).toContain('Charts for the first 3 of 4 failing metrics');
    expect(md.length).toBeLessThan(8000);
  });
});
