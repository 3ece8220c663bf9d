import { GitLabApi, retryAfterMs } from '../src/api.js';
import { eventName, gitlabContext, isGitLabCI } from '../src/context.js';
import { DOTENV_MAX_BYTES, dotenvName, toDotenv } from '../src/dotenv.js';
import { NOTE_MAX_CHARS, upsertNote } from '../src/notes.js';
import { withGitLab } from '../src/platform.js';
import type { Platform } from '@mlci/core';
import { FakeGitLab } from './fake-gitlab.js';

/** The variables a merge request pipeline job has (names from https://docs.gitlab.com/ci/variables/predefined_variables/). */
const MR_ENV = {
  GITLAB_CI: 'true',
  CI_SERVER_URL: 'https://gitlab.example.com',
  CI_API_V4_URL: 'https://gitlab.example.com/api/v4',
  CI_PROJECT_ID: '42',
  CI_PROJECT_PATH: 'ml-team/fraud-model',
  CI_PROJECT_NAMESPACE: 'ml-team',
  CI_PROJECT_NAME: 'fraud-model',
  CI_PROJECT_DIR: '/builds/ml-team/fraud-model',
  CI_COMMIT_SHA: 'a'.repeat(40),
  CI_PIPELINE_ID: '991',
  CI_PIPELINE_SOURCE: 'merge_request_event',
  CI_PIPELINE_URL: 'https://gitlab.example.com/ml-team/fraud-model/-/pipelines/991',
  CI_JOB_ID: '5550',
  CI_JOB_NAME: 'gate',
  CI_DEFAULT_BRANCH: 'main',
  GITLAB_USER_LOGIN: 'alice',
  CI_MERGE_REQUEST_IID: '5',
  CI_MERGE_REQUEST_PROJECT_ID: '42',
  CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '42',
  CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'retrain-2026-12',
  CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
  CI_MERGE_REQUEST_DIFF_BASE_SHA: 'b'.repeat(40),
};

function api(fake: FakeGitLab, token = 'glpat-good', waits: number[] = []) {
  return new GitLabApi({ apiUrl: MR_ENV.CI_API_V4_URL, token, fetch: fake.fetch, sleep: async (ms) => void waits.push(ms) });
}

describe('GitLab run context from CI_* variables', () => {
  test('a merge request pipeline', () => {
    const c = gitlabContext(MR_ENV);
    expect(c).toMatchObject({
      eventName: 'pull_request', repository: 'ml-team/fraud-model', owner: 'ml-team', repo: 'fraud-model', projectId: '42',
      sha: 'a'.repeat(40), ref: 'refs/merge-requests/5/head', actor: 'alice', runId: 991, job: 'gate', defaultBranch: 'main',
      apiUrl: 'https://gitlab.example.com/api/v4', workspace: '/builds/ml-team/fraud-model',
      pullRequest: { number: 5, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40), baseRef: 'main', headRef: 'retrain-2026-12', fork: false },
    });
  });
  test('a fork merge request, a branch push, a schedule, a tag', () => {
    expect(gitlabContext({ ...MR_ENV, CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '77' }).pullRequest!.fork).toBe(true);
    const push = gitlabContext({ ...MR_ENV, CI_PIPELINE_SOURCE: 'push', CI_MERGE_REQUEST_IID: undefined, CI_COMMIT_BRANCH: 'main' });
    expect(push).toMatchObject({ eventName: 'push', ref: 'refs/heads/main' });
    expect(push.pullRequest).toBeUndefined();
    expect(gitlabContext({ ...MR_ENV, CI_PIPELINE_SOURCE: 'schedule', CI_MERGE_REQUEST_IID: undefined, CI_COMMIT_BRANCH: 'main' }).eventName).toBe('schedule');
    expect(gitlabContext({ ...MR_ENV, CI_MERGE_REQUEST_IID: undefined, CI_COMMIT_TAG: 'v1.2.0' }).ref).toBe('refs/tags/v1.2.0');
    expect(['web', 'api', 'trigger', 'parent_pipeline', 'chat'].map(eventName)).toEqual(['workflow_dispatch', 'workflow_dispatch', 'workflow_dispatch', 'workflow_call', 'chat']);
  });
  test('outside GitLab: one clear error naming the variable', () => {
    expect(isGitLabCI({})).toBe(false);
    expect(() => gitlabContext({ GITLAB_CI: 'true' })).toThrow(/CI_PROJECT_PATH is not set: mlci reads GitLab's predefined CI\/CD variables/);
  });
});

describe('merge request note upserted by its marker', () => {
  test('created once, then edited in place; notes by others with the marker are never touched', async () => {
    const fake = new FakeGitLab();
    // 250 older notes (three pages at 100) and a forged note by a person quoting our marker.
    for (let i = 0; i < 250; i++) fake.addNote(5, `comment ${i}`, { id: 100 + i, username: `u${i}` });
    const forged = fake.addNote(5, '<!-- mlci:evaluate-gate:default -->\nALL GOOD', { id: 666, username: 'mallory' });
    const first = await upsertNote(api(fake), { projectId: '42', iid: 5 }, 'evaluate-gate', 'default', 'gate failed: age_band=65+');
    expect(first).toMatchObject({ posted: true, updated: false });
    const second = await upsertNote(api(fake), { projectId: '42', iid: 5 }, 'evaluate-gate', 'default', 'gate passed');
    expect(second).toMatchObject({ posted: true, updated: true, id: first.id });
    const ours = fake.notes.filter((n) => n.author.id === 7);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toBe('<!-- mlci:evaluate-gate:default -->\ngate passed');
    expect(forged.body).toBe('<!-- mlci:evaluate-gate:default -->\nALL GOOD');
    // Every page was read (per_page=100, pages 1..3 by x-next-page), and the second run edited, not created.
    const lists = fake.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/notes'));
    expect(lists.slice(0, 3).map((c) => [c.query.page, c.query.per_page])).toEqual([['1', '100'], ['2', '100'], ['3', '100']]);
    expect(fake.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
  });

  test('an unchanged body is not written again', async () => {
    const fake = new FakeGitLab();
    await upsertNote(api(fake), { projectId: '42', iid: 5 }, 'evaluate-gate', 'default', 'same');
    await upsertNote(api(fake), { projectId: '42', iid: 5 }, 'evaluate-gate', 'default', 'same');
    expect(fake.calls.filter((c) => c.method !== 'GET')).toHaveLength(1);
  });

  test('a body over 1,000,000 characters is cut with a note, and GitLab accepts it', async () => {
    const fake = new FakeGitLab();
    const r = await upsertNote(api(fake), { projectId: '42', iid: 5, pipelineUrl: 'https://x/p/1' }, 'evaluate-gate', 'default', '| row |\n'.repeat(200_000));
    expect(r.posted).toBe(true);
    expect(fake.notes[0]!.body.length).toBeLessThanOrEqual(NOTE_MAX_CHARS);
    expect(fake.notes[0]!.body).toMatch(/cut to GitLab's 1,000,000-character limit.*\(\[pipeline\]\(https:\/\/x\/p\/1\)\)/);
  });

  test.each([
    ['glpat-revoked', 401, /refused \(401\).*`api` scope/],
    ['glpat-readonly', 403, /may not write notes \(403\).*Reporter role/],
  ])('token %s: a notice with the fix, no failure (%i)', async (token, _status, why) => {
    const fake = new FakeGitLab();
    fake.tokens.set('glpat-readonly', { id: 8, username: 'reader', canWrite: false });
    const r = await upsertNote(api(fake, token), { projectId: '42', iid: 5 }, 'evaluate-gate', 'default', 'x');
    expect(r.posted).toBe(false);
    expect(r.skippedReason).toMatch(why);
  });

  test('a merge request the token cannot see: 404 notice', async () => {
    const fake = new FakeGitLab();
    const r = await upsertNote(api(fake), { projectId: '42', iid: 99 }, 'evaluate-gate', 'default', 'x');
    expect(r).toMatchObject({ posted: false });
    expect(r.skippedReason).toMatch(/not found \(404\)/);
  });

  test('429 and 5xx are retried, honouring Retry-After; a too-long wait gives up with a notice', async () => {
    const fake = new FakeGitLab();
    const waits: number[] = [];
    fake.queued.push({ status: 429, headers: { 'Retry-After': '3' } }, { status: 502 }, { status: 503 });
    const r = await upsertNote(api(fake, 'glpat-good', waits), { projectId: '42', iid: 5 }, 'evaluate-gate', 'default', 'x');
    expect(r.posted).toBe(true);
    expect(waits).toEqual([3000, 2000, 4000]);
    const slow = new FakeGitLab();
    slow.queued.push({ status: 429, headers: { 'Retry-After': '3600' } });
    const r2 = await upsertNote(api(slow), { projectId: '42', iid: 5 }, 'evaluate-gate', 'default', 'x');
    expect(r2.posted).toBe(false);
    expect(r2.skippedReason).toMatch(/answered 429: asked to wait 3600 s/);
    const down = new FakeGitLab();
    for (let i = 0; i < 5; i++) down.queued.push({ status: 500, body: '<html>' + 'x'.repeat(5000) + '</html>' });
    const r3 = await upsertNote(api(down), { projectId: '42', iid: 5 }, 'evaluate-gate', 'default', 'x');
    expect(r3.skippedReason!.length).toBeLessThan(300);
    expect(down.calls).toHaveLength(4);
  });

  test('Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('7')).toBe(7000);
    expect(retryAfterMs(new Date(Date.UTC(2026, 0, 1, 0, 0, 10)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('the GitLab platform over a file-writing base', () => {
  function base(): Platform & { notices: string[]; files: string[] } {
    const notices: string[] = [];
    const files: string[] = [];
    return {
      notices, files, name: 'local', context: () => ({ workspace: '/work/checkout' }) as ReturnType<Platform['context']>, getInput: () => '', setOutput() {},
      async appendSummary() {}, annotate: (_l, m) => void notices.push(m), info() {}, debug() {}, startGroup() {}, endGroup() {}, setFailed() {},
      saveState() {}, getState: () => '', async upsertComment(a, k) { files.push(`${a}--${k}`); return { posted: true }; },
      async publishCheck() { return { posted: true }; },
    } as Platform & { notices: string[]; files: string[] };
  }
  test('posts the note with MLCI_GITLAB_TOKEN and keeps the body as a file', async () => {
    const fake = new FakeGitLab();
    const b = base();
    const p = withGitLab(b, { env: { ...MR_ENV, MLCI_GITLAB_TOKEN: 'glpat-good' }, fetch: fake.fetch });
    expect(p.name).toBe('gitlab');
    // GitLab's facts, but the base's workspace (the directory the CLI runs in), not CI_PROJECT_DIR.
    expect(p.context()).toMatchObject({ repository: MR_ENV.CI_PROJECT_PATH, workspace: '/work/checkout' });
    const r = await p.upsertComment('evaluate-gate', 'default', 'body');
    expect(r.url).toBe(`https://gitlab.example.com/ml-team/fraud-model/-/merge_requests/5#note_${r.id}`);
    expect(b.files).toEqual(['evaluate-gate--default']);
    expect(fake.calls.every((c) => c.path.startsWith('/user') || c.path.startsWith('/projects/42/'))).toBe(true);
  });
  test('without a token: one notice naming the variable, the body still kept, nothing sent', async () => {
    const fake = new FakeGitLab();
    const b = base();
    const p = withGitLab(b, { env: MR_ENV, fetch: fake.fetch });
    await p.upsertComment('evaluate-gate', 'default', 'body');
    await p.upsertComment('detect-data-change', 'default', 'body');
    expect(b.notices).toHaveLength(1);
    expect(b.notices[0]).toMatch(/set MLCI_GITLAB_TOKEN \(a project or group access token with the `api` scope\)/);
    expect(b.files).toHaveLength(2);
    expect(fake.calls).toHaveLength(0);
  });
  test('a push pipeline has no merge request: nothing posted, no notice', async () => {
    const b = base();
    const p = withGitLab(b, { env: { ...MR_ENV, CI_PIPELINE_SOURCE: 'push', CI_MERGE_REQUEST_IID: undefined, CI_COMMIT_BRANCH: 'main', MLCI_GITLAB_TOKEN: 'glpat-good' } });
    const r = await p.upsertComment('evaluate-gate', 'default', 'body');
    expect(r).toEqual({ posted: false, skippedReason: 'no merge request in this push pipeline to comment on' });
    expect(b.notices).toHaveLength(0);
  });
});

describe('outputs as a GitLab dotenv report', () => {
  test('names, order, and what GitLab cannot carry is left out with the reason', () => {
    const r = toDotenv({ 'should-train': 'true', reasons: 'data changed; drift in amount', 'changed-files': '{\n"a":1}', 'gate-passed': 'false' });
    expect(r.text).toBe('MLCI_SHOULD_TRAIN=true\nMLCI_REASONS=data changed; drift in amount\nMLCI_GATE_PASSED=false\n');
    expect(r.skipped).toEqual(['MLCI_CHANGED_FILES (a multi-line or control-character value, which GitLab\'s dotenv cannot carry)']);
    expect(dotenvName('metric-val/loss')).toBe('MLCI_METRIC_VAL_LOSS');
  });
  test('stays within 5 KB and 20 variables', () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`out-${i}`, 'v'.repeat(10)]));
    const r = toDotenv(many);
    expect(r.written).toHaveLength(20);
    expect(r.skipped[0]).toBe('MLCI_OUT_20 (over the 20-variable limit)');
    const big = toDotenv({ a: 'x'.repeat(4000), b: 'y'.repeat(2000), c: 'z' });
    expect(Buffer.byteLength(big.text)).toBeLessThanOrEqual(DOTENV_MAX_BYTES);
    expect(big.written).toEqual(['MLCI_A', 'MLCI_C']);
    expect(big.skipped).toEqual(['MLCI_B (over the 5120-byte file limit)']);
  });
});
