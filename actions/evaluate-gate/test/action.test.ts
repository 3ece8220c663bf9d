import { describe, test, expect, afterEach } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, REPO_ROOT } from '../../../test/harness/run-action.js';
import { startFakeGitHub, faults, type FakeGitHub } from '../../../test/harness/fake-github.js';
import { loadEvent, forkPullRequestEvent } from '../../../test/harness/events.js';

/** Runner-faithful: the committed dist/index.js, INPUT_* variables, GITHUB_OUTPUT / STEP_SUMMARY / EVENT_PATH, and
 * an OpenAPI-checked fake GitHub. */
const example = join(REPO_ROOT, 'examples', 'gate');
const MARKER = '<!-- mlci:evaluate-gate:ml-gate -->';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-gate-ws-'));
  mkdirSync(join(dir, '.github', 'mlci'), { recursive: true });
  copyFileSync(join(example, 'candidate.csv.gz'), join(dir, 'candidate.csv.gz'));
  copyFileSync(join(example, 'baseline.csv.gz'), join(dir, 'baseline.csv.gz'));
  copyFileSync(join(example, 'policy.yml'), join(dir, '.github', 'mlci', 'gate.yml'));
  return dir;
}
const INPUTS = { candidate: 'candidate.csv.gz', baseline: 'baseline.csv.gz', policy: '.github/mlci/gate.yml' };

let api: FakeGitHub | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('evaluate-gate dist on a pull_request', () => {
  test('fails on the subgroup regression, comments once (upserted), and publishes a failing check with policy annotations', async () => {
    api = await startFakeGitHub();
    const cwd = workspace();
    const event = loadEvent('pull_request');
    const r = await runAction({ action: 'evaluate-gate', inputs: INPUTS, event, api, cwd });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(r.outputs['failed-checks']).toBe('3');
    expect(r.outputs.report).toBe('mlci-gate-report.json');
    expect(r.outputs.summary).toMatch(/^ML gate failed: 3 of \d+ checks failed \(AUC in age_band=65\+/);
    expect(r.errors.at(-1)).toBe(r.outputs.summary);
    expect(r.summary.startsWith('## ❌ ML gate failed')).toBe(true);
    const report = JSON.parse(readFileSync(join(cwd, 'mlci-gate-report.json'), 'utf8'));
    expect(report.schema).toBe('mlci.gate.report/v1');
    expect(report.passed).toBe(false);
    // The HTML report beside the JSON one; outside a runner there is no artifact service: one log line, no warning.
    expect(r.outputs['html-report']).toBe('mlci-gate-report.html');
    const html = readFileSync(join(cwd, 'mlci-gate-report.html'), 'utf8');
    expect(html.match(/<g class="forest-row /g)).toHaveLength(report.checks.length);
    expect(r.stdout).toMatch(/HTML report was not uploaded as artifact 'ml-gate-report' \(no artifact store in this job: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set\)/);
    expect(r.stdout).not.toMatch(/Artifact name is valid|Root directory input is valid|Artifact upload failed/);

    const pr = event.payload.pull_request.number;
    const comments = api.state.comments.filter((c) => c.body.includes(MARKER));
    expect(comments).toHaveLength(1);
    expect((comments[0] as any).issue_number ?? pr).toBe(pr);
    expect(comments[0].body).toContain('`age_band=65+`');

    expect(api.state.checkRuns).toHaveLength(1);
    const check = api.state.checkRuns[0] as any;
    expect(check.name).toBe('ML gate');
    expect(check.conclusion).toBe('failure');
    expect(check.head_sha).toBe(event.payload.pull_request.head.sha);
    const ann = (check.annotations ?? check.output?.annotations ?? []) as any[];
    expect(ann.length).toBeGreaterThan(0);
    const policyLines = readFileSync(join(cwd, '.github/mlci/gate.yml'), 'utf8').split('\n');
    const aucAnn = ann.find((a) => a.title?.startsWith('AUC'));
    expect(aucAnn.path).toBe('.github/mlci/gate.yml');
    expect(policyLines[aucAnn.start_line - 1]).toMatch(/^\s+auc:/);
    expect(aucAnn.annotation_level).toBe('failure');
    api.assertAllValid();

    // A second run updates the same comment in place.
    const again = await runAction({ action: 'evaluate-gate', inputs: INPUTS, event, api, cwd });
    expect(again.exitCode).toBe(1);
    expect(api.state.comments.filter((c) => c.body.includes(MARKER))).toHaveLength(1);
    expect(readFileSync(join(cwd, 'mlci-gate-report.json'), 'utf8')).toBe(JSON.stringify(report, null, 2) + '\n');
    api.assertAllValid();
  });

  test('fail-on-regression: false succeeds and outputs passed=false', async () => {
    api = await startFakeGitHub();
    const r = await runAction({ action: 'evaluate-gate', inputs: { ...INPUTS, 'fail-on-regression': 'false', comment: 'false', check: 'false' }, event: loadEvent('pull_request'), api, cwd: workspace() });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('false');
    expect(r.errors.filter((e) => e.startsWith('ML gate failed'))).toEqual([]);
    expect(api.requests).toHaveLength(0);
  });

  test('a fork PR (read-only token) still gates, writes the summary and says once why nothing was posted', async () => {
    api = await startFakeGitHub({ readOnlyToken: true });
    const r = await runAction({ action: 'evaluate-gate', inputs: INPUTS, event: forkPullRequestEvent(), api, cwd: workspace() });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(r.summary).toContain('ML gate failed');
    expect(api.state.comments).toHaveLength(0);
    expect(api.state.checkRuns).toHaveLength(0);
    const why = r.notices.filter((n) => /read-only|permission|not accessible/i.test(n));
    expect(why).toHaveLength(1);
    expect(r.stdout).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('evaluate-gate dist on push (no PR)', () => {
  test('posts no comment but a check run on the pushed sha', async () => {
    api = await startFakeGitHub();
    const event = loadEvent('push');
    const r = await runAction({ action: 'evaluate-gate', inputs: { ...INPUTS, 'fail-on-regression': 'false' }, event, api, cwd: workspace() });
    expect(r.exitCode).toBe(0);
    expect(api.state.comments).toHaveLength(0);
    expect(api.state.checkRuns).toHaveLength(1);
    api.assertAllValid();
  });

  test('a server error on the check run degrades to a warning, never a crash', async () => {
    api = await startFakeGitHub();
    api.inject(faults.serverError({ path: '/repos/{owner}/{repo}/check-runs' }, 500));
    const r = await runAction({ action: 'evaluate-gate', inputs: { ...INPUTS, 'fail-on-regression': 'false' }, event: loadEvent('push'), api, cwd: workspace(), env: { MLCI_OCTOKIT_TIMING: 'fast' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('false');
    expect(r.stdout).not.toMatch(/unexpected error/);
  });
});

describe('evaluate-gate dist: bad input is one clear ::error:: line', () => {
  test('an invalid boolean names the input, the value and what is allowed', async () => {
    const r = await runAction({ action: 'evaluate-gate', inputs: { ...INPUTS, 'fail-on-regression': 'maybe' }, cwd: workspace() });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual(["evaluate-gate failed: Input 'fail-on-regression' has value 'maybe': expected true or false."]);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  test('html-report: outside the workspace, or the JSON report\'s own path, is one error naming the input', async () => {
    const cwd = workspace();
    const out = await runAction({ action: 'evaluate-gate', inputs: { ...INPUTS, comment: 'false', check: 'false', 'html-report': '../elsewhere.html' }, event: loadEvent('push'), cwd });
    expect(out.exitCode).toBe(1);
    expect(out.errors.join('\n')).toMatch(/Input 'html-report'.*outside the workspace/);
    const same = await runAction({ action: 'evaluate-gate', inputs: { ...INPUTS, comment: 'false', check: 'false', 'html-report': 'r.json', 'report-path': 'r.json' }, event: loadEvent('push'), cwd });
    expect(same.errors.join('\n')).toMatch(/'html-report' names the same file as 'report-path'/);
  });

  test('a missing required input', async () => {
    const r = await runAction({ action: 'evaluate-gate', inputs: { candidate: 'candidate.csv.gz' }, cwd: workspace() });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/Input 'policy' is required/);
  });

  test('a malformed prediction file names the file and the line', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'bad.csv'), 'id,label,score\n1,0,0.2\n2,1,0.9,extra\n');
    writeFileSync(join(cwd, 'simple.yml'), 'version: 1\nmetrics: { auc: {} }\n');
    const r = await runAction({ action: 'evaluate-gate', inputs: { ...INPUTS, candidate: 'bad.csv', baseline: '', policy: 'simple.yml' }, cwd });
    expect(r.exitCode).toBe(1);
    const errs = r.errors.filter((e) => e.startsWith('evaluate-gate failed'));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/bad\.csv/);
    expect(errs[0]).toMatch(/line 3/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a policy without metrics fails closed', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'empty.yml'), 'version: 1\nmetrics: {}\n');
    const r = await runAction({ action: 'evaluate-gate', inputs: { ...INPUTS, policy: 'empty.yml' }, cwd });
    expect(r.exitCode).toBe(1);
    expect(r.errors.join('\n')).toMatch(/empty\.yml.*'metrics' is empty/);
  });
});

describe('evaluate-gate dist on every core', () => {
  test('the report is the same, byte for byte, on 1 thread and on 3 (slices judged on workers, baseline parsed on one)', async () => {
    const run = async (threads: string, more: Record<string, string> = {}) => {
      const cwd = workspace();
      const r = await runAction({
        action: 'evaluate-gate',
        inputs: { ...INPUTS, comment: 'false', check: 'false', 'fail-on-regression': 'false' },
        cwd,
        env: { MLCI_GATE_THREADS: threads, MLCI_GATE_MIN_WORK: '0', MLCI_READ_MIN_BYTES: '0', MLCI_GATE_TIMINGS: '1', ...more },
      });
      expect(r.exitCode).toBe(0);
      return { report: readFileSync(join(cwd, 'mlci-gate-report.json'), 'utf8'), log: r.stdout, summary: r.summary };
    };
    const one = await run('1');
    const three = await run('3');
    expect(one.log).toMatch(/judge \d+ ms on 1 thread\(s\)/);
    expect(three.log).toMatch(/judge \d+ ms on 3 thread\(s\)/);
    expect(three.report).toBe(one.report);
    expect(three.summary).toBe(one.summary);
    // A memory budget of one row in flight: threads wait for each other beyond the largest slice; same bytes.
    const budgeted = await run('3', { MLCI_GATE_INFLIGHT_ROWS: '1' });
    expect(budgeted.log).toMatch(/judge \d+ ms on 3 thread\(s\)/);
    expect(budgeted.report).toBe(one.report);
  });
});

describe('evaluate-gate dist with no-model-change (training skipped)', () => {
  test('reports a success check "no model change" on the PR head without reading any file, and posts no comment', async () => {
    api = await startFakeGitHub();
    const cwd = mkdtempSync(join(tmpdir(), 'mlci-gate-ws-')); // empty: no predictions, no policy
    const event = loadEvent('pull_request');
    const r = await runAction({ action: 'evaluate-gate', inputs: { ...INPUTS, 'no-model-change': 'true' }, event, api, cwd });
    expect(r.exitCode).toBe(0);
    expect(r.errors).toEqual([]);
    expect(r.outputs).toMatchObject({ passed: 'true', 'failed-checks': '0', report: '', summary: 'ML gate: no model change (nothing to gate)' });
    expect(r.summary.startsWith('## ✅ ML gate: no model change')).toBe(true);
    expect(api.state.checkRuns).toHaveLength(1);
    const check = api.state.checkRuns[0] as any;
    expect([check.name, check.conclusion, check.head_sha, check.output?.title]).toEqual(['ML gate', 'success', event.payload.pull_request.head.sha, 'no model change']);
    expect(api.state.comments).toHaveLength(0);
    api.assertAllValid();
  });

  test('false (the default) still gates, and a bad value names the input', async () => {
    const off = await runAction({ action: 'evaluate-gate', inputs: { ...INPUTS, 'no-model-change': 'false', comment: 'false', check: 'false' }, cwd: workspace() });
    expect([off.exitCode, off.outputs.passed]).toEqual([1, 'false']);
    const bad = await runAction({ action: 'evaluate-gate', inputs: { ...INPUTS, 'no-model-change': 'yes please' }, cwd: workspace() });
    expect(bad.exitCode).toBe(1);
    expect(bad.errors).toEqual(["evaluate-gate failed: Input 'no-model-change' has value 'yes please': expected true or false."]);
  });
});
