import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReport } from '../../src/approval/report.js';
import { renderRequest, fitReport, renderDecisionLog } from '../../src/approval/log.js';
import { RECORD } from './fixtures.js';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'mlci-approval-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };

describe('loadReport', () => {
  test('markdown as is, other JSON fenced, text fenced past its own backticks', () => {
    expect(loadReport(file('r.md', '## Gate\nok\n'))).toEqual({ name: 'r.md', markdown: '## Gate\nok' });
    expect(loadReport(file('r.json', '{"auc":0.91}')).markdown).toBe('```json\n{\n  "auc": 0.91\n}\n```');
    expect(loadReport(file('r.txt', 'a ``` b')).markdown).toBe('````\na ``` b\n````');
  });
  test('an evaluate-gate JSON report is rendered as the gate renders it', () => {
    const report = {
      schema: 'mlci.gate.report/v1', passed: false, first_run: false, rows: 1200, seed: 7, task: 'binary', threshold: 0.5, alpha: 0.05,
      correction: 'holm', bootstrap: 1000, candidate: 'candidate.csv', baseline: 'baseline.csv', policy: 'gate.yml',
      counts: { pass: 0, fail: 0, warn: 0, insufficient: 0 }, checks: [], fairness: [],
    };
    const md = loadReport(file('gate.json', JSON.stringify(report))).markdown;
    expect(md).toMatch(/^## ❌ ML gate failed/);
  });
  test('a missing file or bad JSON is a user error naming the input', () => {
    expect(() => loadReport(join(dir, 'nope.md'))).toThrow(/Input 'report' names .*nope\.md/);
    expect(() => loadReport(file('bad.json', '{'))).toThrow(/not valid JSON/);
  });
});

describe('rendering', () => {
  test('the request shows what ships, the approvers, the words and the report; it is deterministic', () => {
    const view = { record: RECORD, serverUrl: 'https://github.com', report: '## ✅ ML gate passed', reportName: 'gate.json' };
    const a = renderRequest(view, 'UEFZTE9BRA==');
    expect(a).toBe(renderRequest(view, 'UEFZTE9BRA=='));
    expect(a.startsWith('<!-- mlci:request-approval:record v1 UEFZTE9BRA== -->')).toBe(true);
    expect(a).toMatch(/\| Model version \| `fraud-2026.03.02` \|/);
    expect(a).toMatch(/\*\*Approvers\*\* \(2 approvals needed\): @alice, @acme\/ml-leads/);
    expect(a).toMatch(/mlci dispatches `promote.yml` on `main`/);
    expect(a).toMatch(/Whoever started the run cannot approve it\. Closing this issue denies\./);
    expect(a).toMatch(/### Gate report \(`gate.json`\)\n\n## ✅ ML gate passed/);
  });
  test('a huge report is cut on a line boundary to fit an issue body', () => {
    const big = Array.from({ length: 5000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`).join('\n');
    const cut = fitReport(big);
    expect(cut.length).toBeLessThan(49_000);
    expect(cut).toMatch(/\| row \d+ \| x+ \|\n\n_… report cut at 48000 characters/);
    expect(renderRequest({ record: RECORD, serverUrl: 'https://github.com', report: big }, 'AA==').length).toBeLessThan(65_536);
  });
  test('the decision log fits a comment however many comments were ignored', () => {
    const ignored = Array.from({ length: 2000 }, (_, i) => ({
      commentId: i, login: `user${i}`, at: '2026-03-02T10:00:00Z', url: `https://github.com/acme/models/issues/1#issuecomment-${i}`,
      vote: 'approve' as const, reason: 'not-approver' as const, detail: `user${i} is not an approver`,
    }));
    const body = renderDecisionLog({ decision: 'timed-out', approvals: [], ignored, needed: 1, decidedAt: '2026-03-02T11:00:00Z' });
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith('<!-- mlci:request-approval:decision timed-out -->')).toBe(true);
  });
});
