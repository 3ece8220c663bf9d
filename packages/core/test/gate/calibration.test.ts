import { describe, test, expect } from '@jest/globals';
import { evaluateGate } from '../../src/gate/evaluate.js';
import { parsePolicy } from '../../src/gate/policy.js';
import type { EvalData } from '../../src/gate/data.js';
import { createRng, delongPaired, type Rng } from '../../src/stats/index.js';
import { normalCdf } from '../../src/stats/normal.js';
import { normalQuantile } from '../../src/stats/normal-quantile.js';

/**
 * Calibration of the decision by simulation (issue #3): under no true difference the gate blocks in at most α of runs,
 * family-wise over slices with Holm; under a real regression its power matches what DeLong's variance predicts.
 * Deterministic seeds keep this a stable test; Monte-Carlo error is stated at each bound.
 */
function gauss(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

/** Binormal scores: label·shift + N(0,1) noise, a shared latent part so the two models correlate like real ones. */
function simulate(rng: Rng, n: number, baseRate: number, shiftA: (g: number) => number, shiftB: number, groups: number): EvalData {
  const label = new Float64Array(n), a = new Float64Array(n), b = new Float64Array(n);
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const y = rng.next() < baseRate ? 1 : 0;
    const g = rng.nextInt(groups);
    const shared = gauss(rng);
    label[i] = y;
    codes[i] = g;
    a[i] = 1 / (1 + Math.exp(-(y * shiftA(g) + 0.6 * shared + 0.8 * gauss(rng))));
    b[i] = 1 / (1 + Math.exp(-(y * shiftB + 0.6 * shared + 0.8 * gauss(rng))));
  }
  return {
    rows: n, label, label01: Uint8Array.from(label), candidate: a, baseline: b,
    sliceColumns: new Map([['group', { codes, dictionary: Array.from({ length: groups }, (_, k) => `g${k}`) }]]),
    candidatePath: 'sim', baselinePath: 'sim',
  };
}

describe('gate calibration', () => {
  test('under no true difference, the family-wise false block rate is at most α (Holm over 5 slices + overall)', () => {
    const policy = parsePolicy(`version: 1
metrics: { auc: { max-regression: 0 } }
slices: [group]
min-support: 100
decision: { overall: significant-regression, slices: significant-regression }
significance: { alpha: 0.05, correction: holm, bootstrap: 200, seed: 1 }
`, 'sim.yml');
    const rng = createRng(20261127);
    const sims = 400;
    let blocked = 0;
    for (let s = 0; s < sims; s++) {
      const data = simulate(rng, 3000, 0.3, () => 1.2, 1.2, 5);
      if (!evaluateGate(data, policy).passed) blocked++;
    }
    const rate = blocked / sims;
    // Monte-Carlo s.d. at 0.05 over 400 runs is 0.011: allow 3 s.d.
    expect(rate).toBeLessThanOrEqual(0.05 + 3 * Math.sqrt(0.05 * 0.95 / sims));
    // And the gate is not vacuous: some runs do block.
    expect(blocked).toBeGreaterThan(0);
  });

  test('a 0.05 AUC drop in a 5,000-row slice with 10% positives is caught in ≥ 80% of runs at margin 0.01, as DeLong predicts', () => {
    const policy = parsePolicy(`version: 1
metrics: { auc: { max-regression: 0.01 } }
min-support: 100
decision: { overall: significant-regression, slices: significant-regression }
significance: { alpha: 0.05, correction: holm, bootstrap: 200, seed: 1 }
`, 'sim.yml');
    const rng = createRng(7);
    const sims = 200;
    let caught = 0;
    let predicted = 0;
    let drop = 0;
    // Shifts chosen so that the candidate's AUC is about 0.05 below the baseline's (≈ 0.80 vs 0.75).
    const shiftB = 1.42, shiftA = 1.15;
    for (let s = 0; s < sims; s++) {
      const data = simulate(rng, 5000, 0.1, () => shiftA, shiftB, 1);
      const r = evaluateGate(data, policy);
      if (!r.passed) caught++;
      const rows = Uint32Array.from({ length: data.rows }, (_, i) => i);
      const d = delongPaired(data.label01!, data.candidate, data.baseline!, rows);
      drop += d.aucB - d.aucA;
      // Power DeLong's variance predicts for this run's design: P(z < −z_α) with z = (Δ + d)/se.
      predicted += normalCdf(-normalQuantile(0.95) - (d.aucA - d.aucB + 0.01) / Math.sqrt(d.varDelta));
    }
    const power = caught / sims;
    const expected = predicted / sims;
    expect(drop / sims).toBeGreaterThan(0.045);
    expect(drop / sims).toBeLessThan(0.055);
    expect(power).toBeGreaterThanOrEqual(0.8);
    // Within Monte-Carlo error (s.d. ≈ sqrt(p(1−p)/200) ≈ 0.025; allow 4 s.d.) of the prediction.
    expect(Math.abs(power - expected)).toBeLessThan(4 * Math.sqrt(expected * (1 - expected) / sims) + 0.02);
  });
});
