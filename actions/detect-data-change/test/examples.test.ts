// The retraining examples under examples/retrain, run the way their workflows run them: the `with:` blocks are read
// from the YAML files themselves (expressions filled in as the runner would), and the committed dist runs with the
// post step, a schedule event and the OpenAPI-checked fake GitHub holding the `baseline: git` record. So the examples
// cannot drift from what the action does.
import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { runAction, type RunResult } from '../../../test/harness/run-action.js';
import { startFakeGitHub, type FakeGitHub } from '../../../test/harness/fake-github.js';

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
 * The `with:` of the n-th detect-data-change step of a job in an example workflow, with `${{ … }}` replaced from
 * `values` (an expression the test does not know fails it: the example changed, so must this test).
 */
function detectStep(file: string, job: string, n: number, values: Record<string, string> = {}): Record<string, string> {
  const doc = parse(readFileSync(join(repo, file), 'utf8'));
  const steps = (doc.jobs[job].steps as Array<{ uses?: string; with?: Record<string, unknown> }>).filter((s) => s.uses === './actions/detect-data-change');
  const w = steps[n]?.with;
  if (!w) throw new Error(`${file}: job ${job} has no detect-data-change step #${n}`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(w)) {
    out[k] = String(v).replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_m, expr: string) => {
      if (!(expr in values)) throw new Error(`${file}: ${k} uses \${{ ${expr} }}, which this test does not fill in`);
      return values[expr];
    });
  }
  return out;
}

/**
 * The token a job's `permissions:` block gives: the scopes it names, `none` for the rest (metadata stays readable),
 * as GitHub sets GITHUB_TOKEN when a job declares permissions.
 */
function jobToken(file: string, job: string): FakeGitHub['state']['tokenPermissions'] {
  const perms = parse(readFileSync(join(repo, file), 'utf8')).jobs[job].permissions as Record<string, 'read' | 'write' | 'none'>;
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
  test('news ranking every 4 h: new logs alone do not retrain; 4 hours after the last training does', async () => {
    const cwd = mkdtempSync(join(root, 'news-'));
    put(cwd, 'data/clicks/2026-11-27T00.jsonl.gz', clicks(0));
    const inputs = detectStep('examples/retrain/news-ranking-every-4h.yml', 'retrain', 0);
    const token = jobToken('examples/retrain/news-ranking-every-4h.yml', 'retrain');
    expect([inputs['max-age'], inputs.baseline]).toEqual(['4h', 'git:news-ranking']);

    const first = await step(cwd, inputs, true, token);
    expect([first.exitCode, first.outputs['should-train'], reasons(first)]).toEqual([0, 'true', ['first-run']]);
    expect(first.post?.exitCode).toBe(0);
    const afterFirst = saved();
    expect(afterFirst).toBeGreaterThan(0);
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
    expect(saved()).toBe(afterFirst + 1);
  });

  test('fraud every 48 h: the detect job never moves the baseline; the step after a passing training does', async () => {
    const cwd = mkdtempSync(join(root, 'fraud-'));
    put(cwd, 'data/transactions/part-0.parquet', readFileSync(join(repo, 'packages/core/test/fixtures/parquet/simple.parquet')));
    put(cwd, 'src/features.py', 'x = 1\n');
    put(cwd, 'train.py', 'print("train")\n');
    put(cwd, 'params.yaml', 'lr: 0.1\n');
    put(cwd, '.github/mlci/fraud-drift.yml', 'drift-share: 0.3\n');
    const file = 'examples/retrain/fraud-every-48h.yml';
    const detectJob = (force: string) => detectStep(file, 'detect', 0, { 'inputs.force || false': force });
    const afterTraining = detectStep(file, 'train', 0);
    // Both steps name one record: the detect job reads what the training job wrote.
    expect([detectJob('false').baseline, afterTraining.baseline]).toEqual(['git:fraud', 'git:fraud']);
    const before = saved();

    const first = await step(cwd, detectJob('false'), true, jobToken(file, 'detect'));
    expect([first.exitCode, first.outputs['should-train'], reasons(first)]).toEqual([0, 'true', ['first-run']]);
    expect(saved()).toBe(before);

    // The training job: after the gate passed, its detect step (force, save-baseline: on-success) records the data.
    const record = await step(cwd, afterTraining, true, jobToken(file, 'train'));
    expect([record.exitCode, record.outputs['should-train'], record.post?.exitCode]).toEqual([0, 'true', 0]);
    expect(saved()).toBe(before + 1);
    expect(refs()).toContain('refs/mlci/detect/fraud/master');

    // The next scheduled check finds the baseline: nothing changed, no training.
    const next = await step(cwd, detectJob('false'), true, jobToken(file, 'detect'));
    expect([next.exitCode, next.outputs['should-train'], reasons(next)]).toEqual([0, 'false', []]);

    // A code change alone does not retrain here (train-on leaves code-changed to the pull-request gate).
    put(cwd, 'src/features.py', 'x = 2\n');
    const code = await step(cwd, detectJob('false'), true, jobToken(file, 'detect'));
    expect([code.outputs['should-train'], code.outputs['code-changed']]).toEqual(['false', 'true']);

    // workflow_dispatch with force: true.
    const forced = await step(cwd, detectJob('true'), true, jobToken(file, 'detect'));
    expect([forced.outputs['should-train'], reasons(forced)]).toEqual(['true', ['code-changed', 'forced']]);
    expect(saved()).toBe(before + 1);
  });
});
