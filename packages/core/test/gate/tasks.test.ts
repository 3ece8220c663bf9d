import { describe, test, expect } from '@jest/globals';
import { runGate } from '../../src/gate/index.js';
import { createRng } from '../../src/stats/index.js';
import { tempDir, writeFiles } from './helpers.js';

/** The gate on every task, with data whose truth is known: a clearly worse candidate fails, an equal one passes. */
function gauss(rng: ReturnType<typeof createRng>): number {
  return Math.sqrt(-2 * Math.log(rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

describe('regression task', () => {
  const rng = createRng(3);
  const n = 4000;
  let cand = 'id,label,score,region\n';
  let base = 'id,score\n';
  for (let i = 0; i < n; i++) {
    const y = 10 + 3 * gauss(rng);
    const region = i % 2 ? 'north' : 'south';
    // Candidate: much noisier in the north only.
    cand += `${i},${y.toFixed(5)},${(y + (region === 'north' ? 2.5 : 1) * gauss(rng)).toFixed(5)},${region}\n`;
    base += `${i},${(y + gauss(rng)).toFixed(5)}\n`;
  }
  test('a slice whose error grew fails on mae and rmse; the other passes', async () => {
    const p = writeFiles(tempDir(), {
      'c.csv': cand, 'b.csv': base,
      'policy.yml': 'version: 1\ntask: regression\nmetrics:\n  mae: { max-regression: 0.1 }\n  rmse: { max-regression: 0.1 }\n  r2: { min: 0.2 }\nslices: [region]\nmin-support: 500\ndecision: { overall: significant-regression }\nsignificance: { bootstrap: 300, seed: 2 }\n',
    });
    const r = await runGate({ candidate: p['c.csv'], baseline: p['b.csv'], policy: p['policy.yml'] });
    const get = (s: string, m: string) => r.report.checks.find((c) => c.slice === s && c.metric === m)!;
    expect(get('region=north', 'mae').status).toBe('fail');
    expect(get('region=north', 'mae').method).toBe('normal');
    expect(get('region=north', 'rmse').status).toBe('fail');
    expect(get('region=north', 'rmse').method).toBe('delta');
    expect(get('region=north', 'mae').delta!).toBeGreaterThan(0.5); // a loss: positive delta is worse
    expect(get('region=south', 'mae').status).toBe('pass');
    expect(get('overall', 'r2').decision).toBe('bounds');
    expect(r.report.passed).toBe(false);
  });
});

describe('multiclass task (argmax)', () => {
  test('accuracy and macro-f1 regressions are caught; class names or indices work as labels', async () => {
    const rng = createRng(5);
    let cand = 'id,label,p_cat,p_dog,p_bird\n';
    let base = 'id,p_cat,p_dog,p_bird\n';
    const names = ['p_cat', 'p_dog', 'p_bird'];
    const probs = (truth: number, quality: number) => {
      const v = [0, 1, 2].map((k) => Math.exp((k === truth ? quality : 0) + gauss(rng)));
      const s = v[0] + v[1] + v[2];
      return v.map((x) => (x / s).toFixed(5));
    };
    for (let i = 0; i < 3000; i++) {
      const t = rng.nextInt(3);
      cand += `${i},${i % 2 ? names[t] : t},${probs(t, 0.8).join(',')}\n`;
      base += `${i},${probs(t, 2.5).join(',')}\n`;
    }
    const p = writeFiles(tempDir(), {
      'c.csv': cand, 'b.csv': base,
      'policy.yml': 'version: 1\ntask: multiclass\ncolumns: { scores: [p_cat, p_dog, p_bird] }\nmetrics:\n  accuracy: { max-regression: 0.01 }\n  macro-f1: { max-regression: 0.01 }\nsignificance: { bootstrap: 300 }\n',
    });
    const r = await runGate({ candidate: p['c.csv'], baseline: p['b.csv'], policy: p['policy.yml'] });
    expect(r.report.checks.map((c) => [c.metric, c.status])).toEqual([['accuracy', 'fail'], ['macro-f1', 'fail']]);
  });
});

describe('ranking task', () => {
  test('ndcg@5 and mrr by query, with the cluster bootstrap; equal models pass', async () => {
    const rng = createRng(9);
    let cand = 'id,query,label,score\n';
    let base = 'id,score\n';
    let id = 0;
    for (let q = 0; q < 300; q++) {
      for (let d = 0; d < 8; d++) {
        const rel = rng.nextInt(4) === 0 ? rng.nextInt(3) + 1 : 0;
        const s = rel + 1.2 * gauss(rng);
        cand += `${id},q${q},${rel},${s.toFixed(5)}\n`;
        base += `${id},${s.toFixed(5)}\n`;
        id++;
      }
    }
    const p = writeFiles(tempDir(), {
      'c.csv': cand, 'b.csv': base,
      'policy.yml': 'version: 1\ntask: ranking\nmetrics:\n  ndcg@5: { max-regression: 0.01 }\n  mrr: { max-regression: 0.01 }\nsignificance: { bootstrap: 200 }\n',
    });
    const r = await runGate({ candidate: p['c.csv'], baseline: p['b.csv'], policy: p['policy.yml'] });
    for (const c of r.report.checks) {
      expect(c.delta).toBe(0);
      expect(c.method).toBe('bootstrap');
      expect(c.status).toBe('pass');
    }
    expect(r.report.passed).toBe(true);
  });
});

describe('file formats', () => {
  test('JSONL predictions give the same report as CSV', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ id: `u${i}`, label: i % 3 === 0 ? 1 : 0, score: ((i * 37) % 100) / 100 }));
    const p = writeFiles(tempDir(), {
      'c.jsonl': rows.map((r) => JSON.stringify(r)).join('\n') + '\n',
      'c.csv': 'id,label,score\n' + rows.map((r) => `${r.id},${r.label},${r.score}`).join('\n') + '\n',
      'b.csv': 'id,score\n' + rows.map((r) => `${r.id},${((r.score * 7) % 1).toFixed(2)}`).reverse().join('\n') + '\n',
      'policy.yml': 'version: 1\nmin-class-support: 5\nmetrics: { auc: { max-regression: 0.05 }, accuracy: {} }\nsignificance: { bootstrap: 200 }\n',
    });
    const a = await runGate({ candidate: p['c.jsonl'], baseline: p['b.csv'], policy: p['policy.yml'] });
    const b = await runGate({ candidate: p['c.csv'], baseline: p['b.csv'], policy: p['policy.yml'] });
    expect(a.report.checks).toEqual(b.report.checks);
  });
});
