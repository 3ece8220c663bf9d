/**
 * The example workflows in examples/approval work together: the request step of retrain-request.yml and the resolve
 * step of approval-resolve.yml, run with their own `with:` through the committed bundle, end with promote.yml being
 * dispatched with exactly the inputs it declares. (actionlint over the same files: test/workflows.test.ts.)
 */
import { describe, test, expect, beforeEach, afterEach } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { startFakeGitHub, type FakeGitHub } from '../../../test/harness/fake-github.js';
import { FAKE_SHA } from '../../../test/harness/run-action.js';
import { commentEvent, dispatchEvent, RUN_ID, runWith, seedRequestingRun, comment } from './helpers.js';

const examples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples', 'approval');
const workflow = (name: string) => parse(readFileSync(join(examples, name), 'utf8'));
const TEAM_TOKEN = 'ghp_team00000000000000000000000000000000';

/** The `with:` of the request-approval step, with the expressions a run would give them. */
function stepInputs(name: string): Record<string, string> {
  const wf = workflow(name);
  const steps = Object.values<any>(wf.jobs).flatMap((j) => j.steps ?? []);
  const step = steps.find((s) => s.uses === './actions/request-approval');
  const values: Record<string, string> = {
    'github.run_number': '42',
    'steps.gate.outputs.report': 'mlci-gate-report.json',
    'secrets.MLCI_TEAM_TOKEN': TEAM_TOKEN,
  };
  return Object.fromEntries(Object.entries<string | number>(step.with).map(([k, v]) => [k, String(v).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, e: string) => {
    if (!(e in values)) throw new Error(`${name}: the test does not know \${{ ${e} }}`);
    return values[e]!;
  })]));
}

const GATE_REPORT = {
  schema: 'mlci.gate.report/v1', passed: true, first_run: false, rows: 48_213, seed: 1, task: 'binary', threshold: 0.5, alpha: 0.05,
  correction: 'holm', bootstrap: 1000, candidate: 'candidate.csv', baseline: 'baseline.csv', policy: '.github/mlci/gate.yml',
  counts: { pass: 0, fail: 0, warn: 0, insufficient: 0 }, checks: [], fairness: [],
};

let api: FakeGitHub;
let cwd: string;
beforeEach(async () => {
  api = await startFakeGitHub();
  api.state.teams['acme/ml-leads'] = ['dana'];
  for (const l of ['alice', 'bob', 'dana']) api.state.permissions[l] = 'write';
  seedRequestingRun(api, FAKE_SHA);
  cwd = mkdtempSync(join(tmpdir(), 'mlci-approval-example-'));
  writeFileSync(join(cwd, 'mlci-gate-report.json'), JSON.stringify(GATE_REPORT));
});
afterEach(async () => {
  api.assertAllValid();
  await api.close();
  rmSync(cwd, { recursive: true, force: true });
});

describe('examples/approval', () => {
  test('retrain-request.yml -> approval-resolve.yml -> promote.yml', async () => {
    const req = stepInputs('retrain-request.yml');
    expect(req.mode).toBe('request');
    const r1 = await runWith({ event: dispatchEvent(), api, cwd, inputs: req });
    expect(r1.errors).toEqual([]);
    expect(r1.outputs.decision).toBe('pending');
    const issue = api.state.issues[0]!;
    expect(issue.body).toMatch(/### Gate report \(`mlci-gate-report.json`\)\n\n## ✅ ML gate passed/);
    Object.assign(api.state.workflowRuns[RUN_ID]!, { status: 'completed', updated_at: new Date(Date.now() + 2000).toISOString() });

    // approval-resolve.yml's job condition lets this issue's comments through.
    const resolveWf = workflow('approval-resolve.yml');
    expect(Object.keys(resolveWf.on)).toEqual(expect.arrayContaining(['issue_comment', 'issues', 'schedule']));
    expect(resolveWf.jobs.resolve.if).toContain(`contains(github.event.issue.labels.*.name, '${issue.labels![0]}')`);

    const res = stepInputs('approval-resolve.yml');
    comment(api, issue, 'alice', 'approve');
    const r2 = await runWith({ event: commentEvent(api, issue, 'dana', 'lgtm'), api, inputs: res });
    expect(r2.errors).toEqual([]);
    expect(r2.outputs).toMatchObject({ decision: 'approved', 'decided-now': 'true', approvers: '["alice","dana"]' });
    // The promote step of approval-resolve.yml acts on decided-now.
    const after = resolveWf.jobs.resolve.steps.at(-1);
    expect(after.if).toBe("steps.approval.outputs.decided-now == 'true' && steps.approval.outputs.decision == 'approved'");
    // A later comment reports the state without deciding again.
    const r3 = await runWith({ event: commentEvent(api, issue, 'bob', 'approve'), api, inputs: res });
    expect(r3.outputs).toMatchObject({ decision: 'approved', 'decided-now': 'false' });

    const promote = workflow('promote.yml');
    const declared = promote.on.workflow_dispatch.inputs;
    expect(api.state.dispatches).toHaveLength(1);
    const d = api.state.dispatches[0]!;
    expect(d).toMatchObject({ kind: 'workflow', workflow_id: req['on-approve-workflow'], ref: 'main' });
    expect(existsSync(join(examples, req['on-approve-workflow']!))).toBe(true);
    expect(Object.keys(d.kind === 'workflow' ? d.inputs : {}).sort()).toEqual(Object.keys(declared).sort());
    expect(d.kind === 'workflow' && d.inputs).toEqual({ 'model-version': 'fraud-42', 'commit-sha': FAKE_SHA, 'run-id': String(RUN_ID) });
  });

  test('retrain-wait.yml: the waiting step ends approved', async () => {
    const inputs = { ...stepInputs('retrain-wait.yml'), 'poll-interval': '50ms' };
    const r = await runWith({ event: dispatchEvent(), api, cwd, inputs }, (issue) => {
      comment(api, issue, 'bob', 'approve');
    });
    expect(r.outputs).toMatchObject({ decision: 'approved', 'decided-now': 'true', approvers: '["bob"]' });
    const promote = Object.values<any>(workflow('retrain-wait.yml').jobs)[0].steps.find((s: any) => s.name === 'Promote (your code)');
    expect(promote.if).toContain("steps.approval.outputs.decided-now == 'true'");
  });
});
