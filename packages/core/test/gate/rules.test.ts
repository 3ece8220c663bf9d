import { describe, test, expect } from '@jest/globals';
import { evaluateGate } from '../../src/gate/evaluate.js';
import { parsePolicy } from '../../src/gate/policy.js';
import { policyAnnotations, buildReport } from '../../src/gate/report.js';
import type { EvalData } from '../../src/gate/data.js';

/** Rows given as [label, candidate score, baseline score, group] tuples, each repeated `times`. */
function data(spec: [number, number, number, string, number][]): EvalData {
  const rows = spec.flatMap(([y, a, b, g, times]) => Array.from({ length: times }, () => [y, a, b, g] as const));
  const dict = [...new Set(rows.map((r) => r[3]))];
  const label = Float64Array.from(rows, (r) => r[0]);
  return {
    rows: rows.length, label, label01: Uint8Array.from(label),
    candidate: Float64Array.from(rows, (r) => r[1]), baseline: Float64Array.from(rows, (r) => r[2]),
    sliceColumns: new Map([['g', { codes: Int32Array.from(rows, (r) => dict.indexOf(r[3])), dictionary: dict }]]),
    candidatePath: 'c.csv', baselinePath: 'b.csv',
  };
}

const policy = (metrics: string, extra = '') => parsePolicy(`version: 1
metrics:
${metrics}
slices: [g]
min-support: 100
significance: { alpha: 0.05, correction: holm, bootstrap: 300, seed: 2 }
${extra}`, 'gate.yml');

describe('support rules follow the metric', () => {
  // Slice a: 159 positives, 12 negatives; slice b: 12 positives, 159 negatives; nobody predicted positive in c.
  const d = data([
    [1, 0.9, 0.9, 'a', 150], [1, 0.2, 0.2, 'a', 9], [0, 0.1, 0.1, 'a', 12],
    [1, 0.9, 0.9, 'b', 12], [0, 0.1, 0.1, 'b', 150], [0, 0.8, 0.8, 'b', 9],
    [1, 0.1, 0.1, 'c', 60], [0, 0.1, 0.1, 'c', 120],
  ]);
  const r = evaluateGate(d, policy('  recall: { max-regression: 0.05 }\n  fpr: { max-regression: 0.05 }\n  precision: { max-regression: 0.05 }\n  auc: { max-regression: 0.05 }'));
  const at = (slice: string, metric: string) => r.checks.find((c) => c.slice === slice && c.metric === metric)!;

  test('recall needs positives: 159 positives and 12 negatives are enough', () => {
    expect(at('g=a', 'recall').status).toBe('pass');
    expect(at('g=b', 'recall').status).toBe('insufficient');
    expect(at('g=b', 'recall').reason).toMatch(/12 positives; recall needs at least 20 positives/);
  });
  test('fpr needs negatives, AUC both classes', () => {
    expect(at('g=a', 'fpr').reason).toMatch(/12 negatives; FPR needs at least 20 negatives/);
    expect(at('g=b', 'fpr').status).toBe('pass');
    expect(at('g=a', 'auc').status).toBe('insufficient');
    expect(at('g=b', 'auc').status).toBe('insufficient');
  });
  test('precision needs predicted positives of both models', () => {
    expect(at('g=a', 'precision').status).toBe('pass');
    expect(at('g=c', 'precision').status).toBe('insufficient');
    expect(at('g=c', 'precision').reason).toMatch(/0 and 0 predicted positives; precision needs at least 20 predicted positives/);
  });
});

describe('a drop equal to the margin', () => {
  // Recall 1485/1500 vs 1500/1500: a drop of exactly 0.01, computed in doubles as 0.010000000000000009.
  const d = data([[1, 0.9, 0.9, 'a', 1485], [1, 0.1, 0.9, 'a', 15], [0, 0.1, 0.1, 'a', 500]]);
  test('is not reported as beyond the margin', () => {
    const r = evaluateGate(d, policy('  recall: { max-regression: 0.01 }', 'decision: { overall: significant-regression }'));
    const c = r.checks.find((x) => x.slice === 'overall')!;
    expect(c.delta!).toBeLessThan(-0.01);
    expect(c.reason).not.toMatch(/> 0\.01/);
    expect(c.reason).toMatch(/^no significant regression/);
    // Half the replicates or more land on or above the margin: far from significant.
    expect(c.p_value!).toBeGreaterThan(0.4);
  });
  test('with a smaller margin it is beyond it', () => {
    const r = evaluateGate(d, policy('  recall: { max-regression: 0.009 }', 'decision: { overall: significant-regression }'));
    expect(r.checks.find((x) => x.slice === 'overall')!.reason).toMatch(/recall (regressed|dropped) by 0\.01 \(> 0\.009\)/);
  });
  test('non-inferiority at the margin cannot be shown', () => {
    const r = evaluateGate(d, policy('  recall: { max-regression: 0.01 }'));
    const c = r.checks.find((x) => x.slice === 'overall')!;
    expect(c.status).toBe('fail');
    expect(c.reason).toMatch(/^could not show recall is non-inferior within 0\.01/);
  });
});

describe('fairness', () => {
  // Recall by group: candidate 0.9 vs 0.7 (gap 0.2), baseline 0.9 vs 0.8 (gap 0.1): the gap grew by exactly 0.1.
  const d = data([
    [1, 0.9, 0.9, 'a', 180], [1, 0.1, 0.1, 'a', 20], [0, 0.1, 0.1, 'a', 200],
    [1, 0.9, 0.9, 'b', 140], [1, 0.1, 0.9, 'b', 20], [1, 0.1, 0.1, 'b', 40], [0, 0.1, 0.1, 'b', 200],
  ]);
  const run = (rule: string) => evaluateGate(d, policy('  accuracy: { max-regression: 0.5 }', `fairness:\n  - ${rule}\n`)).fairness[0];

  test('a gap change equal to the limit is within it (exact), just above it fails', () => {
    const f = run('{ metric: recall, across: g, max-gap-increase: 0.1 }');
    expect(f.gap_increase!).toBeCloseTo(0.1, 12);
    expect(f.status).toBe('pass');
    expect(run('{ metric: recall, across: g, max-gap-increase: 0.099 }').status).toBe('fail');
    expect(run('{ metric: equal-opportunity, across: g, max-gap: 0.2 }').status).toBe('pass');
  });

  test('significance: true fails only when the interval of the change lies above the limit', () => {
    const f = run('{ metric: recall, across: g, max-gap-increase: 0.05, significance: true }');
    expect(f.ci![0]).toBeGreaterThan(0.05);
    expect(f.status).toBe('fail');
    expect(f.reason).toMatch(/above it/);
    const g = run('{ metric: recall, across: g, max-gap-increase: 0.09, significance: true }');
    expect(g.ci![0]).toBeLessThan(0.09);
    expect(g.status).toBe('warn');
    expect(g.reason).toMatch(/but not significantly/);
    expect(g.gap_ci).toHaveLength(2);
    // The default stays as documented: the point estimate decides.
    expect(run('{ metric: recall, across: g, max-gap-increase: 0.09 }').status).toBe('fail');
    expect(run('{ metric: recall, across: g, max-gap-increase: 0.09 }')).not.toHaveProperty('gap_ci');
  });
});

describe('policy warnings reach the annotations', () => {
  test('margin 0 overall is annotated on its line', () => {
    const loaded = policy('  recall:\n    max-regression: 0');
    const d = data([[1, 0.9, 0.9, 'a', 150], [0, 0.1, 0.1, 'a', 150]]);
    const rep = buildReport(evaluateGate(d, loaded), loaded, { candidate: 'c.csv', baseline: 'b.csv' });
    const a = policyAnnotations(rep, loaded).find((x) => x.title === 'policy')!;
    expect(a).toMatchObject({ line: 4, level: 'warning' });
    expect(a.message).toMatch(/superiority test/);
  });
});
