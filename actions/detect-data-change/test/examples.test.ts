// The retraining examples under examples/retrain, run the way their workflows run them: each calls the reusable
// pipeline, and the detect steps' `with:` blocks are read from the caller's and the pipeline's YAML (expressions
// filled in as the runner would);  the committed dist runs with the
// post step, a schedule event and the OpenAPI-checked fake GitHub holding the `baseline: git` record. So the examples
// cannot drift from what the action does.
import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runAction, type RunResult } from '../../../test/harness/run-action.js';
import { startFakeGitHub, type FakeGitHub } from '../../../test/harness/fake-github.js';
import { PIPELINE, pipeline, callInputs, interpolate, str, type Ctx } from '../../../test/harness/workflow-call.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let root: string;
let childTmp: string;
let api: FakeGitHub;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mlci-examples-'));
  childTmp = join(root, 'tmp');
  mkdirSync(childTmp);
  api = await startFakeGitHub();
});
afterAll(async () => {
  api.assertAllValid();
  await api.close();
  rmSync(root, { recursive: true, force: true });
});

/**
 * The `with:` of the detect-data-change step of a job of the reusable pipeline (.github/workflows/ml-pipeline.yml),
 * as the example `file` calls it: the caller's `with:` checked against the workflow_call inputs (expressions filled
 * from `ctx`; one the test does not know fails it), then the pipeline step's expressions evaluated on them.
 */
function detectStep(file: string, pipelineJob: 'detect' | 'record', ctx: Ctx = {}): Record<string, string> {
  const inputs = callInputs(file, 'retrain', ctx);
  const step = (pipeline.jobs[pipelineJob].steps as Array<{ uses?: string; with?: Record<string, unknown> }>).find((s) => s.uses === './.mlci/actions/detect-data-change');
  if (!step?.with) throw new Error(`${PIPELINE}: job ${pipelineJob} has no detect-data-change step`);
  // What the detect job's `names` step computes (test/pipeline.test.ts runs that script itself).
  const baseline = String(inputs['baseline-record'] || `git:${inputs.model}`);
  const stepCtx: Ctx = { inputs, steps: { names: { outputs: { baseline } } }, needs: { detect: { outputs: { baseline } } } };
  return Object.fromEntries(Object.entries(step.with).map(([k, v]) => [k, str(interpolate(v, stepCtx))]));
}

/**
 * The token a pipeline job's `permissions:` block gives: the scopes it names, `none` for the rest (metadata stays
 * readable), as GitHub sets GITHUB_TOKEN when a job declares permissions.
 */
function jobToken(pipelineJob: string): FakeGitHub['state']['tokenPermissions'] {
  const perms = pipeline.jobs[pipelineJob].permissions as Record<string, 'read' | 'write' | 'none'>;
  const scopes = ['issues', 'pull-requests', 'checks', 'statuses', 'actions', 'contents', 'members'] as const;
  return { ...Object.fromEntries(scopes.map((k) => [k, perms[k] ?? 'none'])), metadata: 'read' };
}

function put(dir: string, rel: string, data: string | Buffer): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), data);
}

function clicks(hour: number): Buffer {
  const lines: string[] = [];
  for (let i = 0; i < 500; i++) lines.push(JSON.stringify({ article: `a${(i * 7 + hour) % 97}`, position: (i % 10) + 1, clicked: (i + hour) % 5 === 0 ? 1 : 0 }));
  return gzipSync(lines.join('\n') + '\n');
}

/** Each workflow run has its own run id (the cache key of what it saves) and, here, its own commit. */
let runNumber = 0;
const step = (cwd: string, inputs: Record<string, string>, post: boolean, token: FakeGitHub['state']['tokenPermissions']): Promise<RunResult> => {
  const n = ++runNumber;
  api.state.tokenPermissions = token;
  const env = { TMPDIR: childTmp, GITHUB_RUN_ID: String(7000 + n), GITHUB_SHA: n.toString(16).padStart(40, 'c') };
  return runAction({ action: 'detect-data-change', cwd, event: 'schedule', inputs, post, env, api });
};
const reasons = (r: RunResult) => JSON.parse(r.outputs.reasons) as string[];
/** Records saved: ref writes GitHub accepted (created, or moved fast-forward). */
const saved = () => [...api.calls('git/create-ref'), ...api.calls('git/update-ref')].filter((r) => r.status < 300).length;
const refs = () => Object.keys(api.state.git['Codertocat/Hello-World']?.refs ?? {}).sort();

describe('examples/retrain', () => {
  test('news ranking every 4 h: new logs alone do not retrain; 4 hours after the last recorded training does', async () => {
    const cwd = mkdtempSync(join(root, 'news-'));
    put(cwd, 'data/clicks/2026-11-27T00.jsonl.gz', clicks(0));
    const inputs = detectStep('examples/retrain/news-ranking-every-4h.yml', 'detect');
    const token = jobToken('detect');
    const recordToken = jobToken('record');
    expect([inputs['max-age'], inputs.baseline]).toEqual(['4h', 'git:news-ranking']);

    const record = detectStep('examples/retrain/news-ranking-every-4h.yml', 'record');
    const before = saved();
    const first = await step(cwd, inputs, true, token);
    expect([first.exitCode, first.outputs['should-train'], reasons(first)]).toEqual([0, 'true', ['first-run']]);
    expect(first.post?.exitCode).toBe(0);
    expect(saved()).toBe(before); // the detect job never moves the record
    // The pipeline's record job, after the training passed the gate.
    const recorded = await step(cwd, record, true, recordToken);
    expect([recorded.exitCode, recorded.post?.exitCode]).toEqual([0, 0]);
    const afterFirst = saved();
    expect(afterFirst).toBe(before + 1);
    expect(refs()).toContain('refs/mlci/detect/news-ranking/master');

    // An hour later: a new log file. The data changed, but the model is an hour old: no training, nothing saved.
    put(cwd, 'data/clicks/2026-11-27T01.jsonl.gz', clicks(1));
    const hourLater = await step(cwd, inputs, true, token);
    expect([hourLater.exitCode, hourLater.outputs['should-train'], hourLater.outputs['data-changed']]).toEqual([0, 'false', 'true']);
    expect(reasons(hourLater)).toEqual(['data-changed']);
    expect(saved()).toBe(afterFirst);

    // Four hours after the last training (max-age shortened to stand for them): stale, so it trains.
    await new Promise((r) => setTimeout(r, 1100));
    const later = await step(cwd, { ...inputs, 'max-age': '1s' }, true, token);
    expect([later.outputs['should-train'], reasons(later)]).toEqual(['true', ['data-changed', 'stale']]);
    expect(saved()).toBe(afterFirst);
  });

  test('fraud every 48 h: the detect job never moves the baseline; the record job after a passing gate does', async () => {
    const cwd = mkdtempSync(join(root, 'fraud-'));
    put(cwd, 'data/transactions/part-0.parquet', readFileSync(join(repo, 'packages/core/test/fixtures/parquet/simple.parquet')));
    put(cwd, 'src/features.py', 'x = 1\n');
    put(cwd, 'train.py', 'print("train")\n');
    put(cwd, 'params.yaml', 'lr: 0.1\n');
    put(cwd, '.github/mlci/fraud-drift.yml', 'drift-share: 0.3\n');
    const file = 'examples/retrain/fraud-every-48h.yml';
    const detectJob = (force: string) => detectStep(file, 'detect', { inputs: { force: force === 'true' } });
    const afterTraining = detectStep(file, 'record', { inputs: { force: false } });
    // Both steps name one record: the detect job reads what the training job wrote.
    expect([detectJob('false').baseline, afterTraining.baseline]).toEqual(['git:fraud', 'git:fraud']);
    const before = saved();

    const first = await step(cwd, detectJob('false'), true, jobToken('detect'));
    expect([first.exitCode, first.outputs['should-train'], reasons(first)]).toEqual([0, 'true', ['first-run']]);
    expect(saved()).toBe(before);

    // The training job: after the gate passed, its detect step (force, save-baseline: on-success) records the data.
    const record = await step(cwd, afterTraining, true, jobToken('record'));
    expect([record.exitCode, record.outputs['should-train'], record.post?.exitCode]).toEqual([0, 'true', 0]);
    expect(saved()).toBe(before + 1);
    expect(refs()).toContain('refs/mlci/detect/fraud/master');

    // The next scheduled check finds the baseline: nothing changed, no training.
    const next = await step(cwd, detectJob('false'), true, jobToken('detect'));
    expect([next.exitCode, next.outputs['should-train'], reasons(next)]).toEqual([0, 'false', []]);

    // A code change alone does not retrain here (train-on leaves code-changed to the pull-request gate).
    put(cwd, 'src/features.py', 'x = 2\n');
    const code = await step(cwd, detectJob('false'), true, jobToken('detect'));
    expect([code.outputs['should-train'], code.outputs['code-changed']]).toEqual(['false', 'true']);

    // workflow_dispatch with force: true.
    const forced = await step(cwd, detectJob('true'), true, jobToken('detect'));
    expect([forced.outputs['should-train'], reasons(forced)]).toEqual(['true', ['code-changed', 'forced']]);
    expect(saved()).toBe(before + 1);
  });
});
