import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGate } from '../../src/gate/index.js';
import { UserError } from '../../src/errors.js';
import { createRng } from '../../src/stats/index.js';
import { tempDir, writeFiles } from './helpers.js';
import { fixtureDir } from '../metrics/refs.js';

/** sklearn / statsmodels references from scripts/refs/make-task-refs.py. */
const task: any = JSON.parse(readFileSync(join(fixtureDir, 'task-refs.json'), 'utf8'));

const RANKING_POLICY = 'version: 1\ntask: ranking\nmetrics:\n  ndcg@5: { max-regression: 0.01 }\n  map: { max-regression: 0.01 }\n  mrr: {}\n';

async function gateError(files: Record<string, string>): Promise<UserError> {
  const p = writeFiles(tempDir(), files);
  try {
    await runGate({ candidate: p['c.csv'], baseline: p['b.csv'], policy: p['policy.yml'] });
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('the gate accepted bad input');
}

describe('ranking input errors are one clear UserError naming the line', () => {
  const base = 'id,score\n1,0.5\n2,0.4\n3,0.3\n';
  test('an empty query id', async () => {
    const e = await gateError({ 'c.csv': 'id,query,label,score\n1,q1,1,0.5\n2,,0,0.4\n3,q1,0,0.3\n', 'b.csv': base, 'policy.yml': RANKING_POLICY });
    expect(e.message).toMatch(/1 row has an empty query id in column 'query'; first at row 2 \(line 3\)/);
  });
  test('a negative relevance', async () => {
    const e = await gateError({ 'c.csv': 'id,query,label,score\n1,q1,1,0.5\n2,q1,0,0.4\n3,q1,-1,0.3\n', 'b.csv': base, 'policy.yml': RANKING_POLICY });
    expect(e.message).toMatch(/negative relevance in column 'label'; first at row 3 \(line 4\): '-1'/);
  });
  test('a query split across values of a slice column', async () => {
    const e = await gateError({
      'c.csv': 'id,query,label,score,device\n1,q1,1,0.5,ios\n2,q1,0,0.4,android\n3,q2,0,0.3,ios\n', 'b.csv': base,
      'policy.yml': RANKING_POLICY + 'slices: [device]\n',
    });
    expect(e.message).toMatch(/query 'q1' is split across values of the slice column 'device': 'ios' at row 1 \(line 2\) and 'android' at row 2 \(line 3\)/);
  });
});

/** Ranking data: `nq` queries of 8 documents, a query-level slice column, many tied scores (1 decimal). */
function rankingFiles(nq: number, seed: number, reverse = false): Record<string, string> {
  const rng = createRng(seed);
  const lines: string[] = [];
  const base: string[] = [];
  let id = 0;
  for (let q = 0; q < nq; q++) {
    const market = q % 3 === 0 ? 'uk' : 'us';
    for (let d = 0; d < 8; d++) {
      const rel = rng.nextInt(4) === 0 ? 1 + rng.nextInt(2) : 0;
      lines.push(`${id},q${q},${rel},${(rel * 0.3 + rng.next()).toFixed(1)},${market}`);
      base.push(`${id},${(rel * 0.35 + rng.next()).toFixed(1)}`);
      id++;
    }
  }
  if (reverse) lines.reverse();
  return { 'c.csv': `id,query,label,score,market\n${lines.join('\n')}\n`, 'b.csv': `id,score\n${base.join('\n')}\n` };
}

describe('ranking gate', () => {
  test('support and min-support count queries; slices are taken per query', async () => {
    const p = writeFiles(tempDir(), { ...rankingFiles(150, 3), 'policy.yml': RANKING_POLICY + 'slices: [market]\nmin-support: 60\nsignificance: { bootstrap: 200 }\n' });
    const r = await runGate({ candidate: p['c.csv'], baseline: p['b.csv'], policy: p['policy.yml'] });
    const of = (slice: string) => r.report.checks.filter((c) => c.slice === slice);
    expect(of('overall').every((c) => c.support === 150)).toBe(true);
    expect(of('market=uk').every((c) => c.support === 50 && c.status === 'insufficient' && /50 queries < min-support 60/.test(c.reason))).toBe(true);
    expect(of('market=us').every((c) => c.support === 100 && c.status !== 'insufficient')).toBe(true);
    expect(of('overall').find((c) => c.metric === 'map')!.method).toBe('bootstrap');
  });

  test('the checks do not depend on the row order of the file (tied scores, query bootstrap), and are byte-identical for a seed', async () => {
    const policy = RANKING_POLICY + 'slices: [market]\nmin-support: 10\nsignificance: { bootstrap: 200, seed: 4 }\n';
    const a = writeFiles(tempDir(), { ...rankingFiles(90, 8), 'policy.yml': policy });
    const b = writeFiles(tempDir(), { ...rankingFiles(90, 8, true), 'policy.yml': policy });
    const ra = await runGate({ candidate: a['c.csv'], baseline: a['b.csv'], policy: a['policy.yml'] });
    const ra2 = await runGate({ candidate: a['c.csv'], baseline: a['b.csv'], policy: a['policy.yml'] });
    const rb = await runGate({ candidate: b['c.csv'], baseline: b['b.csv'], policy: b['policy.yml'] });
    expect(ra2.json).toBe(ra.json);
    // Query codes follow the sorted query ids, not the file: the checks are identical bit for bit.
    expect(JSON.stringify(rb.report.checks)).toBe(JSON.stringify(ra.report.checks));
  });
});

describe('multiclass gate: one class list, McNemar on correct/incorrect pairs', () => {
  const m = task.multiclass;
  const n = m.label.length;
  const cls = ['p_a', 'p_b', 'p_c', 'p_d'];
  const row = (s: number[][], i: number) => s.map((col) => col[i]).join(',');
  const files = {
    'c.csv': `id,label,${cls.join(',')}\n${m.label.map((y: number, i: number) => `${i},${y},${row(m.candidate, i)}`).join('\n')}\n`,
    'b.csv': `id,${cls.join(',')}\n${m.label.map((_: number, i: number) => `${i},${row(m.baseline, i)}`).join('\n')}\n`,
  };
  const policy = (margin: number) => `version: 1\ntask: multiclass\ncolumns: { scores: [${cls.join(', ')}] }\nmetrics:\n  accuracy: { max-regression: ${margin} }\n  macro-f1: { max-regression: ${margin} }\nmin-support: 100\nsignificance: { bootstrap: 300 }\n`;

  test('values equal sklearn with labels=range(K); at margin 0 accuracy is decided by exact McNemar = statsmodels', async () => {
    const p = writeFiles(tempDir(), { ...files, 'policy.yml': policy(0) });
    const r = await runGate({ candidate: p['c.csv'], baseline: p['b.csv'], policy: p['policy.yml'] });
    const acc = r.report.checks.find((c) => c.metric === 'accuracy')!;
    const f1 = r.report.checks.find((c) => c.metric === 'macro-f1')!;
    expect(acc.support).toBe(n);
    expect(acc.candidate).toBeCloseTo(m.candidate_accuracy, 12);
    expect(acc.baseline).toBeCloseTo(m.baseline_accuracy, 12);
    expect(acc.method).toBe('mcnemar-exact');
    expect(Math.abs(acc.mcnemar_p! - m.mcnemar_p)).toBeLessThan(1e-12);
    expect(f1.candidate).toBeCloseTo(m.candidate_macro_f1, 12);
    expect(f1.baseline).toBeCloseTo(m.baseline_macro_f1, 12);
    expect(f1.delta!).toBeLessThan(0); // per-model class sets would have reported about +0.18
    expect(f1.method).toBe('bootstrap-multinomial');
    expect(f1.mcnemar_p).toBeUndefined();
  });

  test('with a margin accuracy uses the multinomial bootstrap and still reports mcnemar_p', async () => {
    const p = writeFiles(tempDir(), { ...files, 'policy.yml': policy(0.02) });
    const r = await runGate({ candidate: p['c.csv'], baseline: p['b.csv'], policy: p['policy.yml'] });
    const acc = r.report.checks.find((c) => c.metric === 'accuracy')!;
    expect(acc.method).toBe('bootstrap-multinomial');
    expect(Math.abs(acc.mcnemar_p! - m.mcnemar_p)).toBeLessThan(1e-12);
    const again = await runGate({ candidate: p['c.csv'], baseline: p['b.csv'], policy: p['policy.yml'] });
    expect(again.json).toBe(r.json);
  });
});
