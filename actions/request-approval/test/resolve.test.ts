/**
 * mode: request, then mode: resolve on issue_comment / issues / schedule events, through the committed bundle
 * against the OpenAPI-checked fake GitHub: the decision, the single dispatch, and the forgery cases.
 */
import { describe, test, expect, beforeEach, afterEach } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub, type FakeIssue } from '../../../test/harness/fake-github.js';
import { FAKE_SHA } from '../../../test/harness/run-action.js';
import { loadEvent } from '../../../test/harness/events.js';
import { bodies, comment, commentEvent, dispatchEvent, iso, RUN_ID, runWith, seedRequestingRun } from './helpers.js';

let api: FakeGitHub;
beforeEach(async () => {
  api = await startFakeGitHub();
  for (const l of ['alice', 'bob', 'carol', 'octocat']) api.state.permissions[l] = 'write';
  seedRequestingRun(api, FAKE_SHA);
});
afterEach(async () => {
  api.assertAllValid();
  await api.close();
});

const requestInputs = {
  mode: 'request',
  approvers: 'alice, bob, carol',
  'minimum-approvals': 2,
  'model-version': 'fraud-2026.03.02',
  'on-approve-workflow': 'promote.yml',
};

/** Run mode: request and mark the requesting run completed, as it is when people comment days later. */
async function request(inputs: Record<string, string | number> = {}): Promise<FakeIssue> {
  const r = await runWith({ event: dispatchEvent(), api, inputs: { ...requestInputs, ...inputs } });
  expect(r.errors).toEqual([]);
  expect(r.outputs).toMatchObject({ decision: 'pending', 'issue-number': '1', approvers: '[]' });
  Object.assign(api.state.workflowRuns[RUN_ID]!, { status: 'completed', conclusion: 'success', updated_at: iso(Date.now() + 2000) });
  return api.state.issues[0]!;
}

const resolve = (event: ReturnType<typeof loadEvent>) => runWith({ event, api, inputs: { mode: 'resolve' } });
const writes = () => api.requests.filter((r) => r.method !== 'GET');

describe('request-approval mode: request', () => {
  test('opens one issue holding the record, seals it, and ends the job', async () => {
    const issue = await request();
    expect(issue).toMatchObject({ title: 'Approve fraud-2026.03.02 (mlci)', labels: ['mlci-approval'], state: 'open' });
    expect(issue.body).toMatch(/<!-- mlci:request-approval:record v1 [A-Za-z0-9+/=]+ -->/);
    expect(issue.body).toMatch(/2 approvals needed\): @alice, @bob, @carol/);
    expect(bodies(api, 1)).toEqual([expect.stringMatching(/^<!-- mlci:request-approval:seal sha256:[0-9a-f]{64} -->/)]);
    expect(api.calls('issues/list-comments')).toEqual([]);
  });
});

describe('request-approval mode: resolve', () => {
  test('approvals decide on the second one; the follow-up is dispatched once with the recorded inputs', async () => {
    const issue = await request();
    const first = await resolve(commentEvent(api, issue, 'alice', 'approve'));
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ decision: 'pending', approvers: '["alice"]', 'issue-number': '1' });
    expect(bodies(api, 1).at(-1)).toMatch(/mlci:request-approval:status[\s\S]*1 of 2 approvals/);

    const second = await resolve(commentEvent(api, issue, 'carol', 'Approved.'));
    expect(second.outputs).toMatchObject({ decision: 'approved', approvers: '["alice","carol"]' });
    expect(api.state.dispatches).toEqual([
      { kind: 'workflow', owner: 'octo-org', repo: 'octo-repo', workflow_id: 'promote.yml', ref: 'main', inputs: { 'model-version': 'fraud-2026.03.02', 'commit-sha': FAKE_SHA, 'run-id': String(RUN_ID) } },
    ]);
    expect(api.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });

    const third = await resolve(commentEvent(api, issue, 'bob', 'approve'));
    expect(third.outputs.decision).toBe('approved');
    expect(third.stdout).toMatch(/#1: already decided: approved/);
    expect(api.state.dispatches).toHaveLength(1);
  });

  test('a denial closes the issue as not planned and dispatches nothing', async () => {
    const issue = await request();
    comment(api, issue, 'alice', 'approve');
    const r = await resolve(commentEvent(api, issue, 'bob', 'no'));
    expect(r.outputs).toMatchObject({ decision: 'denied', 'denied-by': 'bob' });
    expect(api.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(api.state.dispatches).toEqual([]);
  });

  test('a forged issue body: the record edited after the request is rejected, said on the issue, nothing dispatched', async () => {
    const issue = await request();
    // Someone with write access swaps the record for one naming another model and themselves as the only approver.
    const m = /record v1 ([A-Za-z0-9+/=]+) -->/.exec(issue.body!)!;
    const rec = JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...rec, modelVersion: 'backdoored-model', approvers: ['mallory'], minimumApprovals: 1 })).toString('base64');
    issue.body = issue.body!.replace(m[1]!, forged);
    api.state.permissions.mallory = 'write';
    const r = await resolve(commentEvent(api, issue, 'mallory', 'approve'));
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/issue #1 failed verification \(the issue description was edited after the request.*nothing was dispatched/)]);
    expect(r.outputs.decision).toBe('');
    expect(api.state.dispatches).toEqual([]);
    expect(bodies(api, 1).at(-1)).toMatch(/mlci will not act on this approval request/);
    expect(api.state.issues[0]!.state).toBe('open');
  });

  test('a copied record in an issue someone else opened: rejected without posting anything', async () => {
    const issue = await request();
    const copy: FakeIssue = { ...issue, number: 2, user: { login: 'mallory', type: 'User' }, created_at: iso() };
    api.state.issues.push(copy);
    comment(api, copy, 'mallory', bodies(api, 1)[0]!);
    const before = writes().length;
    const r = await resolve(commentEvent(api, copy, 'alice', 'approve', { issue: { user: { login: 'mallory', type: 'User' } } }));
    expect(r.exitCode).toBe(1);
    expect(r.errors[0]).toMatch(/opened by mallory, not by the workflow identity/);
    expect(writes().length).toBe(before);
    expect(api.state.dispatches).toEqual([]);
  });

  test('a seal posted later by another workflow acting as the bot is rejected', async () => {
    const issue = await request();
    // Delete the seal, swap the record, and post a matching seal as github-actions[bot] after the run ended.
    const m = /record v1 ([A-Za-z0-9+/=]+) -->/.exec(issue.body!)!;
    const rec = JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...rec, modelVersion: 'other' })).toString('base64');
    issue.body = issue.body!.replace(m[1]!, forged);
    api.state.comments = api.state.comments.filter((c) => c.issue_number !== 1);
    const { createHash } = await import('node:crypto');
    const later = iso(Date.now() + 3_600_000);
    const digest = createHash('sha256').update(issue.body!.replace(/\r\n?/g, '\n').trimEnd()).digest('hex');
    comment(api, issue, { login: 'github-actions[bot]', type: 'Bot' }, `<!-- mlci:request-approval:seal sha256:${digest} -->`, { at: later });
    comment(api, issue, 'alice', 'approve');
    const r = await resolve(commentEvent(api, issue, 'bob', 'approve'));
    expect(r.errors[0]).toMatch(/seal comment was created at .* outside the requesting run/);
    expect(api.state.dispatches).toEqual([]);
  });

  test('an unrelated issue: nothing read beyond the issue, nothing written', async () => {
    const event = loadEvent('issue_comment');
    const r = await resolve(event);
    expect(r.exitCode).toBe(0);
    expect(r.errors).toEqual([]);
    expect(r.outputs.decision).toBe('');
    expect(r.stdout).toMatch(/Nothing to resolve: #1 holds no mlci request record/);
    expect(writes()).toEqual([]);
    expect(api.state.dispatches).toEqual([]);
  });

  test('closing the issue denies (close-means-deny)', async () => {
    const issue = await request();
    Object.assign(issue, { state: 'closed', state_reason: 'not_planned', closed_at: iso() });
    const event = loadEvent('issues', {
      action: 'closed',
      repository: dispatchEvent().payload.repository,
      issue: { number: 1, state: 'closed', user: { login: 'github-actions[bot]', type: 'Bot' } },
      sender: { login: 'bob' },
    });
    const r = await resolve(event);
    expect(r.outputs).toMatchObject({ decision: 'denied', 'denied-by': 'bob' });
    expect(bodies(api, 1).at(-1)).toMatch(/close-means-deny is on, so closing denies/);
    expect(api.state.dispatches).toEqual([]);
  });

  test('a scheduled sweep times out a request nobody answered, with repository_dispatch configured', async () => {
    await request({ timeout: '1s', 'on-approve-workflow': '', 'repository-dispatch-event': 'promote-model' });
    await new Promise((r) => setTimeout(r, 2100));
    const schedule = loadEvent('schedule', { repository: dispatchEvent().payload.repository });
    const r = await resolve(schedule);
    expect(r.outputs).toMatchObject({ decision: 'timed-out', 'issue-number': '1' });
    expect(api.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(bodies(api, 1).at(-1)).toMatch(/a time-out is a denial/);
    expect(api.state.dispatches).toEqual([]);
  });

  test('repository_dispatch carries the recorded facts', async () => {
    const issue = await request({ 'minimum-approvals': 1, 'on-approve-workflow': '', 'repository-dispatch-event': 'promote-model' });
    const r = await resolve(commentEvent(api, issue, 'alice', 'lgtm'));
    expect(r.outputs.decision).toBe('approved');
    expect(api.state.dispatches).toEqual([{
      kind: 'repository', owner: 'octo-org', repo: 'octo-repo', event_type: 'promote-model',
      client_payload: { model_version: 'fraud-2026.03.02', commit_sha: FAKE_SHA, run_id: String(RUN_ID), issue_number: 1, approved_by: ['alice'] },
    }]);
  });
});
