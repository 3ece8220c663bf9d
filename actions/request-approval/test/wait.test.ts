/**
 * mode: wait, through the committed bundle (runner-faithful harness) against the OpenAPI-checked fake GitHub.
 * Each scripted sequence of the issue ends with the right decision, and nothing is dispatched when it should not be.
 */
import { describe, test, expect, beforeEach, afterEach } from '@jest/globals';
import { faults, startFakeGitHub, type FakeGitHub } from '../../../test/harness/fake-github.js';
import { FAKE_SHA } from '../../../test/harness/run-action.js';
import { loadEvent } from '../../../test/harness/events.js';
import { bodies, comment, dispatchEvent, iso, runWith } from './helpers.js';

let api: FakeGitHub;
beforeEach(async () => {
  api = await startFakeGitHub();
  for (const l of ['alice', 'bob', 'carol', 'octocat']) api.state.permissions[l] = 'write';
});
afterEach(async () => {
  api.assertAllValid();
  await api.close();
});

const base = {
  approvers: 'alice, bob, carol, octocat',
  'model-version': 'fraud-2026.03.02',
  'poll-interval': '50ms',
  timeout: '20s',
  'on-approve-workflow': 'promote.yml',
};

const decisionComment = (n: number) => bodies(api, n).find((b) => b.includes('mlci:request-approval:decision'))!;

describe('request-approval mode: wait', () => {
  test('a non-approver says approve, then an approver approves: approved, dispatched once with the recorded inputs', async () => {
    const r = await runWith({ event: dispatchEvent(), api, inputs: base }, (issue) => {
      comment(api, issue, 'mallory', 'approve');
      setTimeout(() => comment(api, issue, 'alice', 'LGTM'), 150);
    });
    expect(r.errors).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ decision: 'approved', 'decided-now': 'true', approvers: '["alice"]', 'issue-number': '1' });
    expect(api.state.dispatches).toEqual([
      { kind: 'workflow', ...{ owner: 'octo-org', repo: 'octo-repo' }, workflow_id: 'promote.yml', ref: 'main', inputs: { 'model-version': 'fraud-2026.03.02', 'commit-sha': FAKE_SHA, 'run-id': '4242424242' } },
    ]);
    const log = decisionComment(1);
    expect(log).toMatch(/Approved/);
    expect(log).toMatch(/\| @mallory \| approve \| .* \| mallory is not an approver \|/);
    expect(api.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(r.summary).toMatch(/mallory is not an approver/);
  });

  test('an approver edits an old comment to approve: ignored; the time-out denies and says so', async () => {
    const r = await runWith({ event: dispatchEvent(), api, inputs: { ...base, timeout: '1s' } }, (issue) => {
      comment(api, issue, 'alice', 'approve', { at: issue.created_at, editedAt: iso(Date.now() + 1000) });
    });
    expect(r.outputs.decision).toBe('timed-out');
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/timed-out/)]);
    const log = decisionComment(1);
    expect(log).toMatch(/Timed out: treated as a denial/);
    expect(log).toMatch(/edited at .* edited comments never count/);
    expect(api.state.dispatches).toEqual([]);
    expect(api.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
  });

  test('a team member approves (team read with team-token)', async () => {
    api.state.teams['octo-org/ml-leads'] = ['dana'];
    api.state.permissions.dana = 'maintain';
    const r = await runWith({ event: dispatchEvent(), api, inputs: { ...base, approvers: 'alice, @octo-org/ml-leads', 'team-token': 'ghp_teamtoken0000000000000000000000000000' } }, (issue) => {
      comment(api, issue, 'dana', 'approve');
    });
    expect(r.outputs).toMatchObject({ decision: 'approved', approvers: '["dana"]' });
    expect(api.calls('teams/list-members-in-org').map((x) => x.headers.authorization)).toContain('token ghp_teamtoken0000000000000000000000000000');
    expect(api.state.dispatches).toHaveLength(1);
  });

  test('a team the token cannot read: one error naming read:org, no issue opened', async () => {
    api.inject(faults.notFound({ operationId: 'teams/list-members-in-org' }));
    const r = await runWith({ event: dispatchEvent(), api, inputs: { ...base, approvers: '@octo-org/ml-leads' } });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/team @octo-org\/ml-leads .*GITHUB_TOKEN never can.*team-token.*read:org/);
    expect(r.stdout).not.toMatch(/at .*index\.js/);
    expect(api.state.issues).toEqual([]);
  });

  test('approve then deny: one denial by an approver denies, nothing dispatched', async () => {
    const r = await runWith({ event: dispatchEvent(), api, inputs: { ...base, 'minimum-approvals': 2 } }, (issue) => {
      comment(api, issue, 'alice', 'approve');
      comment(api, issue, 'bob', 'deny');
    });
    expect(r.outputs).toMatchObject({ decision: 'denied', 'denied-by': 'bob', approvers: '["alice"]' });
    expect(r.exitCode).toBe(1);
    expect(decisionComment(1)).toMatch(/Denied by @bob/);
    expect(api.state.dispatches).toEqual([]);
  });

  test('two of three required approvals, then the time-out', async () => {
    const r = await runWith({ event: dispatchEvent(), api, inputs: { ...base, 'minimum-approvals': 3, timeout: '1s', 'fail-on-denial': false } }, (issue) => {
      comment(api, issue, 'alice', 'approve', { at: issue.created_at });
      comment(api, issue, 'bob', 'approve', { at: issue.created_at });
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ decision: 'timed-out', approvers: '["alice","bob"]' });
    expect(decisionComment(1)).toMatch(/2 of 3 approvals[\s\S]*a time-out is a denial/);
    expect(api.state.dispatches).toEqual([]);
  });

  test('the initiator approves their own run: ignored, another approver decides', async () => {
    const r = await runWith({ event: dispatchEvent(), api, inputs: base }, (issue) => {
      comment(api, issue, 'octocat', 'approve');
      setTimeout(() => comment(api, issue, 'carol', 'yes'), 150);
    });
    expect(r.outputs).toMatchObject({ decision: 'approved', approvers: '["carol"]' });
    expect(decisionComment(1)).toMatch(/octocat started the run being approved, and exclude-initiator is on/);
  });

  test('500s and secondary rate limits while polling: retried, then approved', async () => {
    const e500 = api.inject(faults.serverError({ operationId: 'issues/list-comments', times: 2 }));
    const e502 = api.inject(faults.serverError({ operationId: 'issues/get', times: 1 }, 502));
    const limited = api.inject(faults.secondaryRateLimit(1, { operationId: 'issues/list-comments', times: 1 }));
    const r = await runWith({ event: dispatchEvent(), api, inputs: base }, (issue) => {
      comment(api, issue, 'bob', 'approve');
    });
    expect(r.outputs.decision).toBe('approved');
    expect([e500.hits, e502.hits, limited.hits]).toEqual([2, 1, 1]);
    expect(api.state.dispatches).toHaveLength(1);
  });

  test('more than 100 comments: every page is read', async () => {
    const r = await runWith({ event: dispatchEvent(), api, inputs: base }, (issue) => {
      for (let k = 0; k < 130; k++) comment(api, issue, 'mallory', `+${k}`);
      comment(api, issue, 'alice', 'approve');
    });
    expect(r.outputs).toMatchObject({ decision: 'approved', approvers: '["alice"]' });
    expect(api.calls('issues/list-comments').some((x) => x.query.page === '2')).toBe(true);
  });

  test('on a pull request: the request is a PR comment, older comments do not count, the PR stays open', async () => {
    const event = loadEvent('pull_request');
    const n = event.payload.pull_request.number;
    api.state.permissions.Codertocat = 'write';
    const r = await runWith({ event, api, inputs: { ...base, 'on-approve-workflow': '', approvers: 'alice, bob' } }, async (pr) => {
      comment(api, pr, 'alice', 'approve', { at: iso(Date.now() - 3_600_000) });
      comment(api, pr, 'bob', 'approve');
    });
    expect(r.outputs).toMatchObject({ decision: 'approved', approvers: '["bob"]', 'issue-number': String(n) });
    expect(api.calls('issues/create')).toEqual([]);
    expect(api.state.issues.find((i) => i.number === n)!.state).toBe('open');
    expect(decisionComment(n)).toMatch(/before the request/);
    expect(api.state.dispatches).toEqual([]);
  });

  test('bad input: one error line naming the input', async () => {
    const r = await runWith({ event: dispatchEvent(), api, inputs: { ...base, mode: 'block' } });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual(["request-approval failed: Input 'mode' has value 'block': expected one of: wait, request, resolve."]);
    const r2 = await runWith({ event: dispatchEvent(), api, inputs: { ...base, approvers: '' } });
    expect(r2.errors).toEqual([expect.stringMatching(/Input 'approvers' is required for mode: wait/)]);
    expect(api.requests).toEqual([]);
  });
});
