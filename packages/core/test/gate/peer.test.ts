import { describe, test, expect, beforeAll } from '@jest/globals';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { runGate, type GateRun } from '../../src/gate/index.js';
import { parsePolicy } from '../../src/gate/policy.js';
import { example, fixtures } from './helpers.js';

/**
 * The engine against the Python peer (/work/shared/bench/reference_gate.py: pandas, numpy, scikit-learn, scipy) on the
 * bundled example. The peer's output is committed (fixtures/gate/peer-example.json) so this runs without ../shared.
 */
const peer = JSON.parse(readFileSync(join(fixtures, 'peer-example.json'), 'utf8')).slices as Record<string, { support: number; positives: number; metrics: Record<string, any> }>;

const POLICY = `version: 1
metrics:
  auc: { max-regression: 0 }
  accuracy: { max-regression: 0 }
  precision: { max-regression: 0 }
  recall: { max-regression: 0 }
  f1: { max-regression: 0 }
slices: [gender, age_band, region]
min-support: 1
min-class-support: 1
decision: { overall: significant-regression, slices: significant-regression }
significance: { alpha: 0.05, correction: none, bootstrap: 2000, seed: 5 }
`;

describe('numbers match the Python peer', () => {
  let run: GateRun;
  beforeAll(async () => {
    run = await runGate({ candidate: join(example, 'candidate.csv.gz'), baseline: join(example, 'baseline.csv.gz'), policy: parsePolicy(POLICY, 'peer.yml') });
  });
  const check = (slice: string, metric: string) => {
    const c = run.report.checks.find((x) => x.slice === slice && x.metric === metric);
    if (!c) throw new Error(`no check ${slice} ${metric}`);
    return c;
  };

  test('every slice of the peer is present with the same support and positives', () => {
    for (const [slice, s] of Object.entries(peer)) {
      expect(check(slice, 'auc').support).toBe(s.support);
      expect(check(slice, 'auc').positives).toBe(s.positives);
    }
  });

  test('point metrics equal to 1e-9', () => {
    for (const [slice, s] of Object.entries(peer)) {
      for (const [metric, m] of Object.entries(s.metrics)) {
        const c = check(slice, metric);
        expect(Math.abs(c.candidate! - m.candidate)).toBeLessThan(1e-9);
        expect(Math.abs(c.baseline! - m.baseline)).toBeLessThan(1e-9);
        expect(Math.abs(c.delta! - m.delta)).toBeLessThan(1e-9);
      }
    }
  });

  test('DeLong variance and p-values to 1e-6 relative', () => {
    const q = 1.959963984540054;
    for (const [slice, s] of Object.entries(peer)) {
      const c = check(slice, 'auc');
      const se = (c.ci![1] - c.ci![0]) / (2 * q);
      expect(Math.abs(se * se - s.metrics.auc.delong_var) / s.metrics.auc.delong_var).toBeLessThan(1e-6);
      // With margin 0, the significant-regression p is Φ(z); the peer reports the two-sided p = 2·min(Φ(z), 1 − Φ(z)).
      const twoSided = 2 * Math.min(c.p_value!, 1 - c.p_value!);
      expect(Math.abs(twoSided - s.metrics.auc.p_value) / s.metrics.auc.p_value).toBeLessThan(1e-6);
    }
  });

  test('exact McNemar p-values equal to 1e-9', () => {
    for (const [slice, s] of Object.entries(peer)) {
      expect(Math.abs(check(slice, 'accuracy').mcnemar_p! - s.metrics.accuracy.p_value)).toBeLessThan(1e-9);
    }
  });

  test('bootstrap intervals agree within Monte-Carlo error', () => {
    // Each endpoint is a 2.5% / 97.5% quantile of 2000 replicates: its Monte-Carlo s.d. is about 0.06 σ, so two
    // independent estimates differ by about 0.085 σ. Allow 0.45 σ (over 5 s.d.), σ ≈ width / 3.92.
    let compared = 0;
    for (const [slice, s] of Object.entries(peer)) {
      for (const metric of ['accuracy', 'precision', 'recall', 'f1']) {
        const m = s.metrics[metric];
        if (!m?.ci) continue;
        const c = check(slice, metric);
        const sigma = (m.ci[1] - m.ci[0]) / 3.92;
        if (!(sigma > 0)) continue;
        expect(Math.abs(c.ci![0] - m.ci[0])).toBeLessThan(0.45 * sigma);
        expect(Math.abs(c.ci![1] - m.ci[1])).toBeLessThan(0.45 * sigma);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30);
  });
});
