/**
 * Class 5 — the gate fails closed: a rule that cannot be evaluated on the overall population fails the gate with
 * the reason; slices keep `insufficient`, which never fails. Through the committed evaluate-gate bundle.
 */
import { describe, test, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gate, workspaceWith } from './helpers.js';

function csv(n: number, label: (i: number) => number, extra = ''): string {
  let s = `id,label,score${extra ? ',segment' : ''}\n`;
  for (let i = 0; i < n; i++) s += `${i},${label(i)},${((i % 10) / 10 + 0.05).toFixed(2)}${extra ? `,${i < n - 3 ? 'big' : 'tiny'}` : ''}\n`;
  return s;
}

describe('evaluate-gate fails closed on the overall population', () => {
  test('every label the same class: AUC is undefined overall, so the gate fails with the reason', async () => {
    const cwd = workspaceWith({ 'c.csv': csv(200, () => 0), 'p.yml': 'version: 1\nmetrics:\n  auc: { min: 0.7 }\nmin-support: 10\n' });
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.passed).toBe('false');
    const report = JSON.parse(readFileSync(join(cwd, 'mlci-gate-report.json'), 'utf8'));
    const overall = report.checks.find((c: { slice: string }) => c.slice === 'overall');
    expect(overall.status).toBe('fail');
    expect(overall.reason).toMatch(/^cannot be evaluated on the overall population \(0 positives; AUC needs at least 20 positives and negatives\); an unjudged overall rule fails the gate/);
    expect(report.counts.insufficient).toBe(0);
  });

  test('a severity: warn rule warns instead, and the gate passes', async () => {
    const cwd = workspaceWith({ 'c.csv': csv(200, () => 1), 'p.yml': 'version: 1\nmetrics:\n  auc: { min: 0.7, severity: warn }\nmin-support: 10\n' });
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' });
    expect(r.outputs.passed).toBe('true');
    const report = JSON.parse(readFileSync(join(cwd, 'mlci-gate-report.json'), 'utf8'));
    expect(report.checks[0]).toMatchObject({ slice: 'overall', status: 'warn' });
  });

  test('a metric undefined overall (precision with no predicted positive) fails too', async () => {
    const data = csv(200, (i) => i % 2).replace(/,0\.\d5$/gm, ',0.10');
    const cwd = workspaceWith({ 'c.csv': data, 'p.yml': 'version: 1\nmetrics:\n  precision: { min: 0.1 }\n' });
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' });
    expect(r.outputs.passed).toBe('false');
    expect(r.outputs.summary).toMatch(/^ML gate failed: 1 of 1 checks failed \(precision in overall\)/);
    const report = JSON.parse(readFileSync(join(cwd, 'mlci-gate-report.json'), 'utf8'));
    expect(report.checks[0].reason).toMatch(/^cannot be evaluated on the overall population \(0 predicted positives; precision needs at least 20 predicted positives\)/);
  });

  test('slices keep today\'s rule: a tiny slice is insufficient and does not fail the gate', async () => {
    const cwd = workspaceWith({ 'c.csv': csv(200, (i) => i % 2, 'segment'), 'p.yml': 'version: 1\nmetrics:\n  accuracy: { min: 0.1 }\nmin-support: 10\nslices: [segment]\n' });
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' });
    expect(r.errors).toEqual([]);
    expect(r.outputs.passed).toBe('true');
    const report = JSON.parse(readFileSync(join(cwd, 'mlci-gate-report.json'), 'utf8'));
    expect(report.checks.map((c: { slice: string; status: string }) => [c.slice, c.status])).toEqual([
      ['overall', 'pass'], ['segment=big', 'pass'], ['segment=tiny', 'insufficient'],
    ]);
  });

  test('no rows left after the join with the baseline is an error, never a pass', async () => {
    const base = 'id,score\n' + Array.from({ length: 200 }, (_, i) => `${1000 + i},0.5`).join('\n') + '\n';
    const cwd = workspaceWith({ 'c.csv': csv(200, (i) => i % 2), 'b.csv': base, 'p.yml': 'version: 1\nmetrics:\n  auc: { max-regression: 0.01 }\nmin-support: 10\n' });
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: 'b.csv' });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^evaluate-gate failed: baseline file b\.csv has no row for 200 ids of the candidate/)]);
  });
});
