// `baseline: git` run as the runner runs the committed dist, against the OpenAPI-checked fake GitHub: the record is a
// commit holding record.json under refs/mlci/detect/<name>/<branch>, written through the Git Database API.
import { describe, test, expect, beforeAll, afterAll, afterEach } from '@jest/globals';
import { cpSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type RunActionOptions, type RunResult } from '../../../test/harness/run-action.js';
import { startFakeGitHub, type FakeGitHub } from '../../../test/harness/fake-github.js';
import type { FakeGitObject } from '../../../test/harness/fake-git.js';
import { forkPullRequestEvent, loadEvent } from '../../../test/harness/events.js';
import { writeTable } from '../../../packages/core/test/detect/gen.js';
import { startFakeCache, type FakeCache } from './fake-cache.js';

const ACTION = 'detect-data-change';
const REPO = 'Codertocat/Hello-World'; // the repository of the webhook examples the events come from
let root: string;
let template: string;
let childTmp: string;
let cache: FakeCache;
let api: FakeGitHub;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mlci-detect-git-'));
  childTmp = join(root, 'tmp');
  mkdirSync(childTmp);
  template = join(root, 'template');
  writeTable(join(template, 'data/train.csv'), { rows: 400, seed: 3 });
  cache = await startFakeCache();
});
afterAll(async () => {
  await cache.close();
  rmSync(root, { recursive: true, force: true });
});
afterEach(async () => {
  api.assertAllValid();
  await api.close();
});

function workspace(): string {
  const dir = mkdtempSync(join(root, 'ws-'));
  cpSync(template, dir, { recursive: true });
  return dir;
}

let runNumber = 0;
function run(cwd: string, opts: Partial<RunActionOptions> & { inputs?: Record<string, string> } = {}): Promise<RunResult> {
  const n = ++runNumber;
  return runAction({
    action: ACTION,
    cwd,
    event: 'schedule',
    api,
    post: true,
    ...opts,
    inputs: { data: 'data/*.csv', baseline: 'git:train', ...opts.inputs },
    env: { TMPDIR: childTmp, GITHUB_RUN_ID: String(9000 + n), GITHUB_SHA: n.toString(16).padStart(40, 'a'), ...opts.env },
  });
}
const reasons = (r: RunResult) => JSON.parse(r.outputs.reasons) as string[];

/** The refs of the fake repository, and the record a ref's commit holds. */
const refs = () => api.state.git[REPO]?.refs ?? {};
function recordAt(ref: string): { commit: Extract<FakeGitObject, { type: 'commit' }>; record: any } {
  const objects = api.state.git[REPO]!.objects;
  const commit = objects[refs()[ref]!] as Extract<FakeGitObject, { type: 'commit' }>;
  const tree = objects[commit.tree] as Extract<FakeGitObject, { type: 'tree' }>;
  expect(tree.entries.map((e) => e.path)).toEqual(['record.json']);
  const blob = objects[tree.entries[0]!.sha] as Extract<FakeGitObject, { type: 'blob' }>;
  return { commit, record: JSON.parse(blob.content.toString('utf8')) };
}
const writes = () => api.requests.filter((r) => r.method !== 'GET' && r.operationId?.startsWith('git/'));

describe('baseline: git', () => {
  test('first run writes the ref after the job succeeds; the next run reads it; a training moves it fast-forward', async () => {
    api = await startFakeGitHub();
    const cwd = workspace();
    const first = await run(cwd);
    expect([first.exitCode, first.outputs['should-train'], reasons(first), first.warnings, first.errors]).toEqual([0, 'true', ['first-run'], [], []]);
    expect(first.stdout).toMatch(/No record under refs\/mlci\/detect\/train\/master: this is a first run/);
    // The main step checks it may write (before the training), the post step writes.
    expect(first.stdout).toMatch(/will be saved to refs\/mlci\/detect\/train\/master after the job succeeds/);
    expect(first.post?.exitCode).toBe(0);
    expect(Object.keys(refs())).toEqual(['refs/mlci/detect/train/master']);
    const firstSha = refs()['refs/mlci/detect/train/master'];
    const saved = recordAt('refs/mlci/detect/train/master');
    expect(saved.record.fingerprint).toBe(first.outputs.fingerprint);
    expect(saved.commit.parents).toEqual([]);
    expect(saved.commit.message).toMatch(/^mlci detect-data-change: baseline record of master, trained .*\/Codertocat\/Hello-World\/actions\/runs\/9001\n$/s);
    expect(api.calls('git/create-ref').map((r) => r.body)).toEqual([{ ref: 'refs/mlci/detect/train/master', sha: refs()['refs/mlci/detect/train/master'] }]);

    const before = writes().length;
    const second = await run(cwd);
    expect([second.exitCode, second.outputs['should-train'], reasons(second), second.warnings]).toEqual([0, 'false', [], []]);
    expect(second.summary).toContain('git refs/mlci/detect/train/master');
    expect(writes()).toHaveLength(before); // nothing written when training does not run

    writeTable(join(cwd, 'data/train.csv'), { rows: 400, seed: 3, shift: { amount: 2 } });
    const third = await run(cwd);
    expect([third.exitCode, third.outputs['should-train']]).toEqual([0, 'true']);
    expect(reasons(third)).toContain('data-changed');
    const moved = recordAt('refs/mlci/detect/train/master');
    expect(moved.record.fingerprint).toBe(third.outputs.fingerprint);
    expect(moved.commit.parents).toEqual([firstSha]);
    expect(api.calls('git/update-ref').map((r) => (r.body as any).force)).toEqual([false]);
    // Nothing on a branch, ever.
    expect(Object.keys(refs()).every((r) => r.startsWith('refs/mlci/detect/'))).toBe(true);
  });

  test('a pull request branch falls back to the default branch record, and saves its own beside it', async () => {
    api = await startFakeGitHub();
    const cwd = workspace();
    const onMain = await run(cwd);
    expect(reasons(onMain)).toEqual(['first-run']);
    const mainSha = refs()['refs/mlci/detect/train/master'];

    const event = loadEvent('pull_request');
    api.state.pullFiles[`${REPO}#${event.payload.pull_request.number}`] = [{ filename: 'README.md' }];
    const pr = await run(cwd, { event });
    expect([pr.exitCode, pr.outputs['should-train'], reasons(pr), pr.warnings]).toEqual([0, 'false', [], []]);
    expect(pr.stdout).toMatch(/No record for branch changes yet: comparing with the default branch's, refs\/mlci\/detect\/train\/master/);
    expect(pr.summary).toContain('git refs/mlci/detect/train/master (default branch)');

    writeTable(join(cwd, 'data/train.csv'), { rows: 400, seed: 4 });
    const changed = await run(cwd, { event });
    expect([changed.exitCode, changed.outputs['should-train'], reasons(changed)]).toEqual([0, 'true', ['data-changed']]);
    expect(Object.keys(refs()).sort()).toEqual(['refs/mlci/detect/train/changes', 'refs/mlci/detect/train/master']);
    expect(refs()['refs/mlci/detect/train/master']).toBe(mainSha);
    expect(recordAt('refs/mlci/detect/train/changes').record.fingerprint).toBe(changed.outputs.fingerprint);
  });

  test('two writers racing on one branch leave one consistent record: the later training', async () => {
    api = await startFakeGitHub();
    const a = workspace();
    const b = workspace();
    writeTable(join(b, 'data/train.csv'), { rows: 400, seed: 5 });
    const inputs = { 'save-baseline': 'always' };
    const [ra, rb] = await Promise.all([run(a, { inputs }), run(b, { inputs })]);
    for (const r of [ra, rb]) expect([r.exitCode, r.outputs['should-train'], r.errors, r.warnings]).toEqual([0, 'true', [], []]);
    expect(Object.keys(refs())).toEqual(['refs/mlci/detect/train/master']);
    const { record } = recordAt('refs/mlci/detect/train/master');
    const fingerprints = [ra.outputs.fingerprint, rb.outputs.fingerprint];
    expect(fingerprints).toContain(record.fingerprint);
    // The record kept is whole (it parses as the action reads it) and is the one of the later training.
    const next = await run(record.fingerprint === ra.outputs.fingerprint ? a : b, { inputs });
    expect([next.outputs['should-train'], reasons(next), next.warnings]).toEqual(['false', [], []]);
    // Every record either writer committed, by its trainedAt: the ref holds the latest.
    const objects = api.state.git[REPO]!.objects;
    const trained = Object.values(objects)
      .filter((o): o is Extract<FakeGitObject, { type: 'blob' }> => o.type === 'blob' && o.content.length > 0)
      .map((o) => JSON.parse(o.content.toString('utf8')).trainedAt as string)
      .sort();
    expect(trained.length).toBeGreaterThanOrEqual(2);
    expect(record.trainedAt).toBe(trained[trained.length - 1]);
    const saysSaved = (r: RunResult) => /Saved the baseline record to refs\/mlci\/detect\/train\/master/.test(r.stdout);
    const saysKept = (r: RunResult) => /already holds a record of a later training/.test(r.stdout);
    // Each writer either saved (first, or on top of an older record) or saw a later one and kept it.
    for (const r of [ra, rb]) expect(saysSaved(r) || saysKept(r)).toBe(true);
    const creates = api.calls('git/create-ref');
    const conflicts = [...creates, ...api.calls('git/update-ref')].filter((r) => r.status === 422);
    // However the two interleaved, a refused write was followed by a fresh read, never an overwrite.
    expect(conflicts.every((r) => r.invalid === undefined)).toBe(true);
  });

  test('a token without contents: write: one clear error before the training, nothing written', async () => {
    api = await startFakeGitHub();
    api.state.tokenPermissions = { contents: 'read' };
    const r = await run(workspace());
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(
      /^detect-data-change failed: baseline: git: the token may not write refs\/mlci\/detect\/train\/master \(HTTP 403: Resource not accessible by integration.*\)\. Give the job `permissions: contents: write` .*or set `save-baseline: never` on this step\.$/,
    );
    expect(r.post?.skipped).toBe(true);
    expect(refs()).toEqual({});
  });

  test('a pull request from a fork reads the default branch record and saves none (its token is read-only)', async () => {
    api = await startFakeGitHub();
    const cwd = workspace();
    await run(cwd);
    const mainSha = refs()['refs/mlci/detect/train/master'];
    api.state.tokenPermissions = { contents: 'read', 'pull-requests': 'read', actions: 'read' };
    const event = forkPullRequestEvent();
    api.state.pullFiles[`${REPO}#${event.payload.pull_request.number}`] = [{ filename: 'data/train.csv' }];
    writeTable(join(cwd, 'data/train.csv'), { rows: 400, seed: 6 });
    const r = await run(cwd, { event });
    expect([r.exitCode, r.outputs['should-train'], reasons(r), r.errors]).toEqual([0, 'true', ['data-changed'], []]);
    expect(r.summary).toContain('git refs/mlci/detect/train/master (default branch)');
    expect(r.warnings).toEqual([expect.stringMatching(/^The baseline record was not saved to refs\/mlci\/detect\/train\/changes: a pull request from a fork gets a read-only token/)]);
    expect(refs()).toEqual({ 'refs/mlci/detect/train/master': mainSha });
  });

  test('a ref that holds no record: the first run says a record was expected, and the training replaces it', async () => {
    api = await startFakeGitHub();
    // A commit without record.json under the ref (written by hand, or by a tool that is not mlci).
    const git = (api.state.git[REPO] = { objects: {}, refs: {} } as NonNullable<(typeof api.state.git)[string]>);
    git.objects['4b825dc642cb6eb9a060e54bf8d69288fbee4904'] = { type: 'tree', entries: [] };
    git.objects['1111111111111111111111111111111111111111'] = { type: 'commit', tree: '4b825dc642cb6eb9a060e54bf8d69288fbee4904', parents: [], message: 'x', author: { name: 'a', email: 'a@b', date: '2026-01-01T00:00:00Z' } };
    git.refs['refs/mlci/detect/train/master'] = '1111111111111111111111111111111111111111';
    const r = await run(workspace());
    expect([r.exitCode, reasons(r)]).toEqual([0, ['first-run']]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/refs\/mlci\/detect\/train\/master exists \(commit 111111111111\) but holds no record, so a record was expected and is missing: treated as a first run/);
    expect(recordAt('refs/mlci/detect/train/master').commit.parents).toEqual(['1111111111111111111111111111111111111111']);
  });
});

describe('baseline: cache, a record expected but missing', () => {
  test('a cache miss where the workflow succeeded before: first run with a warning naming eviction and the fix', async () => {
    api = await startFakeGitHub();
    const twelveDaysAgo = new Date(Date.now() - 12 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    api.state.workflowRuns[5150] = {
      head_branch: 'master', path: '.github/workflows/mlci.yml@refs/heads/master', status: 'completed', conclusion: 'success',
      created_at: twelveDaysAgo, updated_at: twelveDaysAgo, run_number: 7,
    };
    const r = await run(workspace(), { inputs: { baseline: 'cache', 'save-baseline': 'never' }, env: cache.env(), post: false });
    expect([r.exitCode, reasons(r)]).toEqual([0, ['first-run']]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(
      /^No baseline in the Actions cache, but this workflow succeeded on master 12 days ago, so the entry was most likely removed as unused for 7 days \(https:\/\/github.com\/Codertocat\/Hello-World\/actions\/runs\/5150\): a record was expected and is missing.*Fix: `baseline: git`/,
    );
    expect(r.summary).toContain('record expected but missing');
    expect(api.calls('actions/list-workflow-runs')[0]!.query).toMatchObject({ branch: 'master', status: 'success' });
  });

  test('a cache miss with no earlier success is a plain first run (no warning)', async () => {
    api = await startFakeGitHub();
    const r = await run(workspace(), { inputs: { baseline: 'cache', 'save-baseline': 'never' }, env: cache.env(), post: false });
    expect([r.exitCode, reasons(r), r.warnings]).toEqual([0, ['first-run'], []]);
    expect(api.calls('actions/list-workflow-runs')).toHaveLength(1);
  });
});
