/**
 * Every permission in action-matrix.md is derived from the endpoints the committed bundles call.
 *
 * Each feature of each action (packages/core/src/actions-manifest.json) is run as a representative scenario against
 * the fake GitHub, with a token that holds exactly the feature's declared permissions (core + feature; every other
 * scope `none`). The fake records the operation id of every request; test/harness/permissions.ts says what GitHub
 * requires for each (from GitHub's "Permissions required for GitHub Apps"). The test fails when
 * - a call needs more than the declaration grants (the docs would under-promise: a copied workflow fails), or
 * - a declared scope is not needed by any call of its feature (the docs would over-grant), or
 * - action-matrix.md does not show what the manifest declares (its minimal column, and the whole file).
 */
import { describe, test, expect, afterEach } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, FAKE_SHA, FAKE_TOKEN, runAction, type RunResult } from './harness/run-action.js';
import { startFakeGitHub, SCOPES, type FakeGitHub, type FakeIssue, type RecordedRequest, type Scope as FakeScope } from './harness/fake-github.js';
import { loadEvent } from './harness/events.js';
import { OPERATION_PERMISSIONS, satisfies, type Grant, type Scope } from './harness/permissions.js';
// @ts-expect-error: an .mjs script without type declarations.
import { render, mergePermissions, featuresOf } from '../scripts/gen-action-matrix.mjs';
import { startFakeCache } from '../actions/detect-data-change/test/fake-cache.js';
import { comment, commentEvent, dispatchEvent, iso, RUN_ID, runWith, seedRequestingRun } from '../actions/request-approval/test/helpers.js';

interface Feature {
  feature: string;
  core?: boolean;
  permissions: Grant;
  'needed-by'?: Partial<Record<Scope, string>>;
  'other-token'?: { input: string; permissions: Grant };
}
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/core/src/actions-manifest.json'), 'utf8')).actions as Record<string, { permissions: Feature[] }>;
/** Features a scenario below exercised (or proved free of API calls); the last test wants all of them. */
const covered = new Set<string>();
const exercised = (action: string, f: Feature): Feature => (covered.add(`${action}: ${f.feature}`), f);
const feature = (action: string, match: RegExp): Feature => {
  const f = manifest[action]!.permissions.find((p) => match.test(p.feature));
  if (!f) throw new Error(`actions-manifest.json: ${action} has no feature matching ${match}`);
  return exercised(action, f);
};
const core = (action: string): Feature => exercised(action, featuresOf(manifest[action]).core as Feature);

const LOWER = { write: 'read', read: 'none', none: 'none' } as const;
const ALL_SCOPES: FakeScope[] = ['issues', 'pull-requests', 'checks', 'statuses', 'actions', 'contents', 'metadata', 'members'];

let api: FakeGitHub | undefined;
afterEach(async () => {
  api?.assertAllValid();
  await api?.close();
  api = undefined;
});

/** A fake GitHub whose token holds exactly `grant` (metadata: read always, as every GITHUB_TOKEN has). */
async function fakeWith(grant: Grant): Promise<FakeGitHub> {
  const a = await startFakeGitHub();
  for (const s of ALL_SCOPES) a.state.tokenPermissions[s] = (s === 'metadata' ? 'read' : (grant as any)[s] ?? 'none');
  return a;
}

const bearer = (r: RecordedRequest) => String(r.headers.authorization ?? '').replace(/^(token|bearer) /i, '');
/** Operation ids the requests of one token made, except those the scenario expects to be refused. */
function operations(requests: RecordedRequest[], token: string, refused: string[] = []): string[] {
  return [...new Set(requests.filter((r) => bearer(r) === token && r.operationId && !refused.includes(r.operationId)).map((r) => r.operationId!))].sort();
}

/**
 * The declaration of `f` (on top of `base`) is exactly what the operations need: every operation is satisfied, and
 * lowering any scope the feature adds (not one a checkout needs) leaves some operation unsatisfied.
 */
function expectExact(label: string, ops: string[], base: Grant, f: Feature): void {
  for (const op of ops) expect([label, op, op in OPERATION_PERMISSIONS]).toEqual([label, op, true]);
  const grant = mergePermissions(base, f.permissions) as Grant;
  expect([label, ops.filter((op) => !satisfies(grant, op))]).toEqual([label, []]);
  for (const [scope, level] of Object.entries(f.permissions) as Array<[Scope, 'read' | 'write']>) {
    if (f['needed-by']?.[scope]) continue;
    const lowered = { ...grant, [scope]: mergePermissions({ [scope]: LOWER[level] }, { [scope]: (base as any)[scope] ?? 'none' })[scope] };
    if (lowered[scope] === grant[scope]) continue; // the base already grants it: the feature adds nothing there
    const needs = ops.filter((op) => !satisfies(lowered, op));
    expect([label, `${scope}: ${level}`, needs.length > 0 ? 'needed' : `needed by none of ${JSON.stringify(ops)}`]).toEqual([label, `${scope}: ${level}`, 'needed']);
  }
}

// ---------------------------------------------------------------------------------------------------------------

describe('action-matrix.md agrees with the manifest', () => {
  test('the committed file is what the generator renders, and its minimal column is each core feature', () => {
    const text = readFileSync(join(REPO_ROOT, 'action-matrix.md'), 'utf8');
    expect(text).toBe(render());
    for (const action of Object.keys(manifest)) {
      const row = text.split('\n').find((l) => l.startsWith(`| [${action}]`))!;
      const minimal = row.split(' | ')[3];
      const want = Object.entries(core(action).permissions).map(([k, v]) => `\`${k}: ${v}\``).join(', ') || '–';
      expect([action, minimal]).toEqual([action, want]);
    }
  });

  test("the fake GitHub enforces the scopes GitHub documents", () => {
    for (const [op, need] of Object.entries(SCOPES)) {
      const alts = OPERATION_PERMISSIONS[op]?.anyOf.map((a) => `${a.scope}:${a.level}`) ?? [];
      expect([op, alts.includes(`${need.scope}:${need.write ? 'write' : 'read'}`)]).toEqual([op, true]);
    }
  });

  test('merging features keeps the strongest level, in any order', () => {
    expect(mergePermissions({ actions: 'write' }, { actions: 'read' })).toEqual({ actions: 'write' });
    expect(mergePermissions({ actions: 'read' }, { actions: 'write' }, {})).toEqual({ actions: 'write' });
    expect(() => mergePermissions({ actions: 'admin' })).toThrow(/unknown access level/);
  });

  test('request-approval: dispatching needs actions: write; contents: write only for repository-dispatch-event; no pull-requests scope', () => {
    const rows = manifest['request-approval']!.permissions;
    expect(feature('request-approval', /on-approve-workflow/).permissions).toEqual({ actions: 'write' });
    expect(rows.filter((r) => r.permissions.contents === 'write').map((r) => r.feature)).toEqual([expect.stringMatching(/repository-dispatch-event/)]);
    expect(rows.some((r) => 'pull-requests' in r.permissions)).toBe(false);
    expect(core('evaluate-gate').permissions).toEqual({ contents: 'read' });
  });

  test('an action without a github-token input declares no scope its own calls would need', () => {
    for (const action of Object.keys(manifest)) {
      const yml = parse(readFileSync(join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8'));
      if (yml.inputs?.['github-token']) continue;
      for (const f of manifest[action]!.permissions) {
        exercised(action, f);
        for (const scope of Object.keys(f.permissions)) expect([action, scope, Boolean(f['needed-by']?.[scope as Scope])]).toEqual([action, scope, true]);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

const gateWorkspace = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-perm-gate-'));
  mkdirSync(join(dir, '.github', 'mlci'), { recursive: true });
  for (const f of ['candidate.csv.gz', 'baseline.csv.gz']) copyFileSync(join(REPO_ROOT, 'examples', 'gate', f), join(dir, f));
  copyFileSync(join(REPO_ROOT, 'examples', 'gate', 'policy.yml'), join(dir, '.github', 'mlci', 'gate.yml'));
  return dir;
};
const GATE = { candidate: 'candidate.csv.gz', baseline: 'baseline.csv.gz', policy: '.github/mlci/gate.yml', 'fail-on-regression': 'false' };

describe('evaluate-gate: each feature calls exactly what its row grants', () => {
  const base = core('evaluate-gate').permissions;
  const cases: Array<{ name: string; f: () => Feature; inputs: Record<string, string>; event?: string; refused?: string[]; effect: (a: FakeGitHub) => void }> = [
    { name: 'minimum (no comment, no check)', f: () => core('evaluate-gate'), inputs: { comment: 'false', check: 'false' }, effect: (a) => expect(a.requests).toEqual([]) },
    { name: 'PR comment', f: () => feature('evaluate-gate', /PR comment/), inputs: { comment: 'true', check: 'false' }, effect: (a) => expect(a.state.comments).toHaveLength(1) },
    { name: 'check run', f: () => feature('evaluate-gate', /check run/), inputs: { comment: 'false', check: 'true' }, effect: (a) => expect(a.state.checkRuns).toHaveLength(1) },
    // The HTML report's artifact goes to the runner's artifact service with ACTIONS_RUNTIME_TOKEN: no REST call.
    { name: 'HTML report artifact', f: () => feature('evaluate-gate', /HTML report as an artifact/), inputs: { comment: 'false', check: 'false' }, effect: (a) => expect(a.requests).toEqual([]) },
    {
      // On a push (a pull request's result goes in its comment instead).
      name: 'commit status when the check run is refused', f: () => feature('evaluate-gate', /commit status/), inputs: { comment: 'false', check: 'true' }, event: 'push', refused: ['checks/create'],
      effect: (a) => expect([a.state.checkRuns.length, a.state.statuses.length]).toEqual([0, 1]),
    },
  ];
  test.each(cases)('$name', async ({ f, inputs, event, refused, effect }) => {
    const feat = f();
    api = await fakeWith(mergePermissions(base, feat.permissions));
    const r = await runAction({ action: 'evaluate-gate', inputs: { ...GATE, ...inputs }, event: loadEvent(event ?? 'pull_request'), api, cwd: gateWorkspace() });
    expect(r.exitCode).toBe(0);
    effect(api);
    expectExact(`evaluate-gate: ${feat.feature}`, operations(api.requests, FAKE_TOKEN, refused), feat.core ? {} : base, feat);
  });
});

// ---------------------------------------------------------------------------------------------------------------

const validateWorkspace = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-perm-validate-'));
  mkdirSync(join(dir, 'examples', 'fraud'), { recursive: true });
  for (const f of ['contract.yml', 'transactions-broken.csv']) copyFileSync(join(REPO_ROOT, 'examples', 'fraud', f), join(dir, 'examples', 'fraud', f));
  return dir;
};
const VALIDATE = { contract: 'examples/fraud/contract.yml', data: 'examples/fraud/transactions-broken.csv', 'fail-on': 'never' };

describe('validate-data: each feature calls exactly what its row grants', () => {
  const base = core('validate-data').permissions;
  const cases: Array<{ name: string; f: () => Feature; inputs: Record<string, string>; event?: string; refused?: string[]; effect: (a: FakeGitHub) => void }> = [
    { name: 'minimum (no comment, no check)', f: () => core('validate-data'), inputs: { comment: 'false', check: 'false' }, effect: (a) => expect(a.requests).toEqual([]) },
    { name: 'PR comment', f: () => feature('validate-data', /PR comment/), inputs: { comment: 'true', check: 'false' }, effect: (a) => expect(a.state.comments).toHaveLength(1) },
    { name: 'check run', f: () => feature('validate-data', /check run/), inputs: { comment: 'false', check: 'true' }, effect: (a) => expect(a.state.checkRuns).toHaveLength(1) },
    {
      name: 'commit status when the check run is refused', f: () => feature('validate-data', /commit status/), inputs: { comment: 'false', check: 'true' }, event: 'push', refused: ['checks/create'],
      effect: (a) => expect([a.state.checkRuns.length, a.state.statuses.length]).toEqual([0, 1]),
    },
  ];
  test.each(cases)('$name', async ({ f, inputs, event, refused, effect }) => {
    const feat = f();
    api = await fakeWith(mergePermissions(base, feat.permissions));
    const r = await runAction({ action: 'validate-data', inputs: { ...VALIDATE, ...inputs }, event: loadEvent(event ?? 'pull_request'), api, cwd: validateWorkspace(), env: { MLCI_NOW: '2026-12-01T12:00:00Z' } });
    expect(r.exitCode).toBe(0);
    effect(api);
    expectExact(`validate-data: ${feat.feature}`, operations(api.requests, FAKE_TOKEN, refused), feat.core ? {} : base, feat);
  });
});

// ---------------------------------------------------------------------------------------------------------------

function detectWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-perm-detect-'));
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'data', 'train.csv'), 'a,b\n1,2\n3,4\n');
  writeFileSync(join(dir, 'src', 'train.py'), 'print(1)\n');
  return dir;
}
/** A workspace with a baseline lock file (written by a first run, which makes no REST call), so code changes are looked up. */
async function detectWithBaseline(a: FakeGitHub): Promise<string> {
  const dir = detectWorkspace();
  const r = await runAction({ action: 'detect-data-change', inputs: { data: 'data/train.csv', code: 'src/**', baseline: 'none', 'write-lock': 'data.lock.json' }, event: loadEvent('workflow_dispatch'), api: a, cwd: dir });
  expect([r.errors, a.requests]).toEqual([[], []]);
  return dir;
}
const DETECT = { data: 'data/train.csv', code: 'src/**', baseline: 'data.lock.json' };

describe('detect-data-change: each feature calls exactly what its row grants', () => {
  const base = core('detect-data-change').permissions;
  test('minimum: a push whose before commit is not in the clone compares commits through the API', async () => {
    const f = core('detect-data-change');
    api = await fakeWith(f.permissions);
    // A push to an existing branch whose `before` commit a shallow clone lacks (here: no clone at all).
    const event = loadEvent('push', { before: 'b'.repeat(40) });
    const { before, after } = event.payload as { before: string; after: string };
    api.state.comparisons[`${before}...${after}`] = { files: [{ filename: 'src/train.py' }] };
    const r = await runAction({ action: 'detect-data-change', inputs: DETECT, event, api, cwd: await detectWithBaseline(api) });
    expect(r.errors).toEqual([]);
    expect(r.outputs['code-changed']).toBe('true');
    expect(api.calls('repos/compare-commits-with-basehead')).toHaveLength(1);
    expectExact(`detect-data-change: ${f.feature}`, operations(api.requests, FAKE_TOKEN), {}, f);
  });

  test('pull request files through the API', async () => {
    const f = feature('detect-data-change', /changed files of a pull request/);
    api = await fakeWith(mergePermissions(base, f.permissions));
    const event = loadEvent('pull_request');
    const pr = event.payload.pull_request as { number: number };
    api.seedEvent('pull_request', event.payload);
    const full = (event.payload.repository as { full_name: string }).full_name;
    api.state.pullFiles[`${full}#${pr.number}`] = [{ filename: 'src/train.py' }];
    const r = await runAction({ action: 'detect-data-change', inputs: DETECT, event, api, cwd: await detectWithBaseline(api) });
    expect(r.errors).toEqual([]);
    expect(r.outputs['code-changed']).toBe('true');
    expectExact(`detect-data-change: ${f.feature}`, operations(api.requests, FAKE_TOKEN), base, f);
  });

  test('the baseline in the Actions cache makes no REST call it needs (a miss asks for earlier runs; refused, it is a plain first run)', async () => {
    const f = feature('detect-data-change', /Actions cache/);
    api = await fakeWith(mergePermissions(base, f.permissions));
    const cache = await startFakeCache(); // empty: a miss
    const r = await runAction({ action: 'detect-data-change', inputs: { data: 'data/train.csv', baseline: 'cache' }, event: loadEvent('workflow_dispatch'), api, cwd: detectWorkspace(), env: cache.env() }).finally(() => cache.close());
    expect([r.exitCode, r.warnings]).toEqual([0, []]);
    expect(operations(api.requests, FAKE_TOKEN, ['actions/list-workflow-runs'])).toEqual([]);
    expect(api.calls('actions/list-workflow-runs').map((c) => c.status)).toEqual([403]);
    expect(f.permissions).toEqual({});
  });

  test('a cache miss after earlier successful runs: the workflow runs list tells eviction from a first run', async () => {
    const f = feature('detect-data-change', /evicted baseline/);
    api = await fakeWith(mergePermissions(base, f.permissions));
    const event = loadEvent('workflow_dispatch');
    const branch = String((event.payload as { ref?: string }).ref ?? 'refs/heads/main').replace(/^refs\/heads\//, '');
    api.state.workflowRuns[31] = { head_branch: branch, path: '.github/workflows/mlci.yml@refs/heads/main', status: 'completed', conclusion: 'success', updated_at: iso(Date.now() - 9 * 86_400_000) };
    const cache = await startFakeCache(); // empty: a miss
    const r = await runAction({ action: 'detect-data-change', inputs: { data: 'data/train.csv', baseline: 'cache', 'save-baseline': 'never' }, event, api, cwd: detectWorkspace(), env: cache.env() }).finally(() => cache.close());
    expect(r.exitCode).toBe(0);
    expect(r.warnings).toEqual([expect.stringMatching(/a record was expected and is missing/)]);
    expectExact(`detect-data-change: ${f.feature}`, operations(api.requests, FAKE_TOKEN), base, f);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('request-approval: each feature calls exactly what its row grants', () => {
  const base = core('request-approval').permissions;
  const approvers = { approvers: 'alice, bob', 'minimum-approvals': '1', 'model-version': 'fraud-7' };

  /** mode: request (not recorded), then the requesting run completes, as it has when people answer later. */
  async function request(inputs: Record<string, string>): Promise<FakeIssue> {
    const r = await runWith({ event: dispatchEvent(), api: api!, inputs: { mode: 'request', ...approvers, ...inputs } });
    expect(r.errors).toEqual([]);
    Object.assign(api!.state.workflowRuns[RUN_ID]!, { status: 'completed', conclusion: 'success', updated_at: iso(Date.now() + 2000) });
    return api!.state.issues[0]!;
  }
  async function world(grant: Grant): Promise<FakeGitHub> {
    const a = await fakeWith(grant);
    for (const l of ['alice', 'bob', 'octocat']) a.state.permissions[l] = 'write';
    seedRequestingRun(a, FAKE_SHA);
    return a;
  }
  // The resolve step pins every rule the request recorded (approvers, minimum, …): pass the same ones.
  const resolved = async (issue: FakeIssue, body: string, rules: Record<string, string> = {}): Promise<RunResult> => {
    const seen = api!.requests.length;
    const r = await runWith({ event: commentEvent(api!, issue, 'alice', body), api: api!, inputs: { mode: 'resolve', ...approvers, ...rules } });
    (r as RunResult & { seen: number }).seen = seen;
    return r;
  };
  const since = (r: RunResult) => api!.requests.slice((r as RunResult & { seen: number }).seen);

  test('minimum, mode: request', async () => {
    const f = core('request-approval');
    api = await world(f.permissions);
    await request({});
    expectExact(`request-approval: ${f.feature} (request)`, operations(api.requests, FAKE_TOKEN), {}, f);
  });

  test('minimum, mode: wait on a pull request: the request is a PR comment, issues: write covers it', async () => {
    const f = core('request-approval');
    api = await world(f.permissions);
    const r = await runWith({ event: loadEvent('pull_request'), api: api!, inputs: { ...approvers, 'poll-interval': '1s', timeout: '1m' } }, (issue) => {
      comment(api!, issue, 'alice', 'approve');
    });
    expect(r.outputs.decision).toBe('approved');
    expectExact(`request-approval: ${f.feature} (wait on a PR)`, operations(api.requests, FAKE_TOKEN), {}, f);
  });

  test('resolve: verifying the record reads the requesting run', async () => {
    const f = feature('request-approval', /^resolve: read the requesting/);
    api = await world(mergePermissions(base, f.permissions));
    const issue = await request({ 'minimum-approvals': '2' });
    const r = await resolved(issue, 'approve', { 'minimum-approvals': '2' });
    expect(r.outputs.decision).toBe('pending');
    expectExact(`request-approval: ${f.feature}`, operations(since(r), FAKE_TOKEN), base, f);
  });

  test('resolve, then dispatch on-approve-workflow', async () => {
    const f = feature('request-approval', /on-approve-workflow/);
    api = await world(mergePermissions(base, f.permissions));
    const issue = await request({ 'on-approve-workflow': 'promote.yml' });
    const r = await resolved(issue, 'approve');
    expect(r.outputs.decision).toBe('approved');
    expect(api.state.dispatches).toMatchObject([{ kind: 'workflow', workflow_id: 'promote.yml' }]);
    expectExact(`request-approval: ${f.feature}`, operations(since(r), FAKE_TOKEN), base, f);
  });

  test('resolve, then repository_dispatch', async () => {
    const f = feature('request-approval', /repository-dispatch-event/);
    api = await world(mergePermissions(base, f.permissions));
    const issue = await request({ 'repository-dispatch-event': 'promote-model' });
    const r = await resolved(issue, 'approve');
    expect(r.outputs.decision).toBe('approved');
    expect(api.state.dispatches).toMatchObject([{ kind: 'repository', event_type: 'promote-model' }]);
    expectExact(`request-approval: ${f.feature}`, operations(since(r), FAKE_TOKEN), base, f);
  });

  test('team approvers: GITHUB_TOKEN needs nothing more; team-token reads the team (Members: read)', async () => {
    const f = feature('request-approval', /team approvers/);
    const other = f['other-token']!;
    // The fake cannot tell tokens apart: it grants members: read to both, and the test splits the requests by token.
    api = await world(mergePermissions(base, f.permissions, other.permissions));
    api.state.teams['octo-org/ml-leads'] = ['alice'];
    const teamToken = 'ghs_teamtoken0000000000000000000000000000';
    const r = await runWith({ event: dispatchEvent(), api: api!, inputs: { mode: 'request', ...approvers, approvers: '@octo-org/ml-leads', [other.input]: teamToken } });
    expect(r.errors).toEqual([]);
    expect(operations(api.requests, teamToken)).toEqual(['teams/list-members-in-org']);
    expectExact(`request-approval: ${f.feature} (github-token)`, operations(api.requests, FAKE_TOKEN), base, f);
    expectExact(`request-approval: ${f.feature} (${other.input})`, operations(api.requests, teamToken), {}, { feature: other.input, permissions: other.permissions });
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('detect-data-change: a baseline kept in git (when the action has that feature)', () => {
  const gitFeature = manifest['detect-data-change']!.permissions.find((p) => /baseline: git/.test(p.feature));
  (gitFeature ? test : test.skip)('saving the record through the Git Database API needs exactly its row', async () => {
    const f = exercised('detect-data-change', gitFeature!);
    const base = core('detect-data-change').permissions;
    api = await fakeWith(mergePermissions(base, f.permissions));
    const r = await runAction({ action: 'detect-data-change', inputs: { data: 'data/train.csv', baseline: 'git', 'save-baseline': 'always' }, event: loadEvent('push'), api, cwd: detectWorkspace() });
    expect(r.errors).toEqual([]);
    expectExact(`detect-data-change: ${f.feature}`, operations(api.requests, FAKE_TOKEN), base, f);
  });
});

describe('coverage', () => {
  test('every feature of actions-manifest.json was exercised above', () => {
    const all = Object.entries(manifest).flatMap(([action, m]) => m.permissions.map((f) => `${action}: ${f.feature}`));
    expect(all.filter((f) => !covered.has(f))).toEqual([]);
  });
});
