import { describe, test, expect, beforeAll } from '@jest/globals';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { runGate, type GateRun } from '../../src/gate/index.js';
import { UserError } from '../../src/errors.js';
import { example, fixtures, tempDir, writeFiles, BASIC_POLICY } from './helpers.js';

async function gateError(files: Record<string, string>, policy = BASIC_POLICY, useBaseline = true): Promise<UserError> {
  const dir = tempDir();
  const p = writeFiles(dir, { 'policy.yml': policy, ...files });
  try {
    await runGate({ candidate: p['candidate.csv'] ?? p['candidate.jsonl'], baseline: useBaseline ? p['baseline.csv'] : undefined, policy: p['policy.yml'] });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return e;
  }
  throw new Error('expected a UserError');
}

describe('evaluate-gate on the bundled subgroup-regression example', () => {
  let run: GateRun;
  beforeAll(async () => {
    run = await runGate({ candidate: join(example, 'candidate.csv.gz'), baseline: join(example, 'baseline.csv.gz'), policy: join(example, 'policy.yml') });
  });

  test('fails, naming the regressed slice', () => {
    expect(run.report.passed).toBe(false);
    const failed = run.report.checks.filter((c) => c.status === 'fail');
    expect(failed.map((c) => c.slice)).toContain('age_band=65+');
    const auc = failed.find((c) => c.slice === 'age_band=65+' && c.metric === 'auc')!;
    expect(auc.reason).toMatch(/^AUC regressed by 0\.\d+ \(> 0\.01\), p_adj=/);
    expect(auc.delta!).toBeLessThan(-0.05);
    expect(auc.p_adjusted!).toBeLessThan(0.05);
    expect(auc.p_adjusted!).toBeGreaterThanOrEqual(auc.p_value!);
    expect(auc.method).toBe('delong');
    expect(auc.ci![1]).toBeLessThan(0);
    expect(run.summary).toMatch(/ML gate failed: \d+ of \d+ checks failed \(.*AUC in age_band=65\+/);
    // Only slices that contain 65+ fail.
    for (const c of failed) expect(c.slice).toMatch(/65\+/);
  });

  test('overall is judged by non-inferiority and passes', () => {
    const overall = run.report.checks.filter((c) => c.slice === 'overall');
    expect(overall.map((c) => c.metric)).toEqual(['auc', 'accuracy', 'recall']);
    for (const c of overall) {
      expect(c.decision).toBe('non-inferiority');
      expect(c.p_adjusted).toBe(c.p_value);
    }
    expect(overall.find((c) => c.metric === 'auc')!.status).toBe('pass');
  });

  test('tiny crossed slices are insufficient, never failed', () => {
    const tiny = run.report.checks.filter((c) => c.slice.startsWith('gender=X&'));
    expect(tiny.length).toBeGreaterThan(0);
    for (const c of tiny) {
      expect(c.status).toBe('insufficient');
      expect(c.reason).toMatch(/min-support 1000/);
      expect(c.p_value).toBeNull();
    }
  });

  test('slice keys follow the policy column order and values sort stably', () => {
    const keys = [...new Set(run.report.checks.map((c) => c.slice))];
    expect(keys[0]).toBe('overall');
    expect(keys).toContain('gender=F&age_band=65+');
    expect(keys.indexOf('age_band=18-25')).toBeLessThan(keys.indexOf('age_band=65+'));
  });

  test('the report has the contract fields', () => {
    const r = JSON.parse(run.json);
    expect(r.schema).toBe('mlci.gate.report/v1');
    expect(r.rows).toBe(50000);
    expect(r.seed).toBe(1);
    for (const k of ['slice', 'metric', 'support', 'positives', 'candidate', 'baseline', 'delta', 'ci', 'p_value', 'p_adjusted', 'status', 'reason']) {
      expect(r.checks[0]).toHaveProperty(k);
    }
    expect(Array.isArray(r.fairness)).toBe(true);
    expect(r.fairness[0]).toMatchObject({ metric: 'recall', across: 'gender' });
  });

  test('markdown leads with the verdict and lists failing checks before the slice table', () => {
    const md = run.markdown;
    expect(md.startsWith('## ❌ ML gate failed')).toBe(true);
    expect(md.indexOf('### Failing checks')).toBeLessThan(md.indexOf('### All slices'));
    expect(md).toContain('`age_band=65+`');
  });

  test('annotations point at the policy lines of the failing rules', () => {
    const policyText = readFileSync(join(example, 'policy.yml'), 'utf8').split('\n');
    const auc = run.annotations.find((a) => a.title.startsWith('AUC'))!;
    expect(auc.level).toBe('failure');
    expect(policyText[auc.line - 1]).toMatch(/^\s+auc:/);
  });

  test('same inputs and seed give a byte-identical report', async () => {
    const again = await runGate({ candidate: join(example, 'candidate.csv.gz'), baseline: join(example, 'baseline.csv.gz'), policy: join(example, 'policy.yml') });
    expect(again.json).toBe(run.json);
  });
});

describe('evaluate-gate on a uniform improvement', () => {
  test('passes every judged check', async () => {
    const dir = join(fixtures, 'improvement');
    const tmp = tempDir();
    const p = writeFiles(tmp, { 'policy.yml': BASIC_POLICY });
    const run = await runGate({ candidate: join(dir, 'candidate.csv'), baseline: join(dir, 'baseline.csv'), policy: p['policy.yml'] });
    expect(run.report.passed).toBe(true);
    expect(run.report.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(run.summary).toMatch(/^ML gate passed/);
    expect(run.markdown.startsWith('## ✅ ML gate passed')).toBe(true);
  });
});

describe('first run (no baseline)', () => {
  test('checks bounds only and says so', async () => {
    const tmp = tempDir();
    const p = writeFiles(tmp, { 'policy.yml': 'version: 1\nmetrics:\n  auc: { min: 0.99, max-regression: 0.01 }\n  accuracy: {}\n' });
    const run = await runGate({ candidate: join(example, 'candidate.csv.gz'), policy: p['policy.yml'] });
    expect(run.report.first_run).toBe(true);
    expect(run.report.baseline).toBeNull();
    const auc = run.report.checks.find((c) => c.metric === 'auc')!;
    expect(auc.status).toBe('fail');
    expect(auc.reason).toMatch(/below the minimum 0\.99/);
    expect(auc.p_value).toBeNull();
    const acc = run.report.checks.find((c) => c.metric === 'accuracy')!;
    expect(acc.status).toBe('pass');
    expect(acc.reason).toMatch(/first run/);
  });
});

describe('bad files give one clear error naming the file, the row and the count', () => {
  const base = 'id,score\n1,0.2\n2,0.7\n3,0.4\n';
  test('label that is not 0/1', async () => {
    const e = await gateError({ 'candidate.csv': 'id,label,score\n1,0,0.1\n2,2,0.9\n3,1,0.5\n', 'baseline.csv': base }, 'version: 1\nmetrics: { auc: {} }\n');
    expect(e.message).toMatch(/candidate\.csv: 1 row has a label that is not 0\/1 \(or true\/false\) in column 'label'; first at row 2 \(line 3\): '2'/);
  });
  test('true/false labels are accepted', async () => {
    const dir = tempDir();
    const p = writeFiles(dir, { 'policy.yml': 'version: 1\nmin-class-support: 1\nmetrics: { accuracy: {} }\n', 'candidate.csv': 'id,label,score\n1,false,0.1\n2,true,0.9\n3,TRUE,0.5\n', 'baseline.csv': base });
    const run = await runGate({ candidate: p['candidate.csv'], baseline: p['baseline.csv'], policy: p['policy.yml'] });
    expect(run.report.checks[0].candidate).toBe(1);
  });
  test('NaN and empty scores', async () => {
    const e = await gateError({ 'candidate.csv': 'id,label,score\n1,0,NaN\n2,1,\n3,1,0.5\n', 'baseline.csv': base }, 'version: 1\nmetrics: { auc: {} }\n');
    expect(e.message).toMatch(/candidate\.csv: 2 rows have a score that is empty, NaN or infinite in column 'score'; first at row 1 \(line 2\)/);
  });
  test('scores outside [0, 1] for probability metrics', async () => {
    const e = await gateError({ 'candidate.csv': 'id,label,score\n1,0,0.1\n2,1,1.7\n3,1,-2\n', 'baseline.csv': base }, 'version: 1\nmetrics: { accuracy: {} }\n');
    expect(e.message).toMatch(/2 rows have a score outside \[0, 1\].*first at row 2 \(line 3\): '1\.7'/);
  });
  test('duplicate ids', async () => {
    const e = await gateError({ 'candidate.csv': 'id,label,score\n1,0,0.1\n1,1,0.9\n3,1,0.5\n', 'baseline.csv': base }, 'version: 1\nmetrics: { auc: {} }\n');
    expect(e.message).toMatch(/candidate\.csv/);
    expect(e.message).toMatch(/duplicate/i);
  });
  test('ids missing on one side', async () => {
    const e = await gateError({ 'candidate.csv': 'id,label,score\n1,0,0.1\n2,1,0.9\n4,1,0.5\n', 'baseline.csv': base }, 'version: 1\nmetrics: { auc: {} }\n');
    expect(e.message).toMatch(/baseline file .*baseline\.csv has no row for 1 id of the candidate; the first is 4 \(.*candidate\.csv, line 4\)/);
    expect(e.message).toMatch(/\b4\b|\b3\b/);
  });
  test('a configured slice column that is missing', async () => {
    const e = await gateError({ 'candidate.csv': 'id,label,score\n1,0,0.1\n2,1,0.9\n3,1,0.5\n', 'baseline.csv': base }, 'version: 1\nmetrics: { auc: {} }\nslices: [gender]\n');
    expect(e.message).toMatch(/candidate\.csv/);
    expect(e.message).toMatch(/gender/);
  });
  test('an unknown metric lists the known ones', async () => {
    const e = await gateError({ 'candidate.csv': 'id,label,score\n1,0,0.1\n', 'baseline.csv': base }, 'version: 1\nmetrics: { aucc: {} }\n');
    expect(e.message).toMatch(/aucc/);
    expect(e.message).toMatch(/auc/);
  });
});
