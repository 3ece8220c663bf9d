/**
 * mode: request, then mode: resolve on issue_comment / issues / schedule events, through the committed bundle
 * against the OpenAPI-checked fake GitHub: the decision, the single dispatch, and the forgery cases — including what
 * someone with write or triage access can do (edit and delete comments and descriptions, close and reopen, re-run
 * workflows, post as the workflow identity from another workflow).
 */
import { describe, test, expect, beforeEach, afterEach } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub, type FakeIssue } from '../../../test/harness/fake-github.js';
import { FAKE_SHA } from '../../../test/harness/run-action.js';
import { loadEvent } from '../../../test/harness/events.js';
import { bodies, comment, commentEvent, dispatchEvent, issuesEvent, iso, RUN_ID, runWith, seedRequestingRun, setStateAs } from './helpers.js';

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

/** The resolve step of examples/approval/approval-resolve.yml: it repeats (pins) the request step's rules. */
const resolveInputs = { mode: 'resolve', approvers: 'alice, bob, carol', 'minimum-approvals': 2 };
const resolve = (event: ReturnType<typeof loadEvent>, inputs: Record<string, string | number> = {}) =>
  runWith({ event, api, inputs: { ...resolveInputs, ...inputs } });
const decisionComments = () => bodies(api, 1).filter((b) => b.startsWith('<!-- mlci:request-approval:decision'));
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
    expect(first.outputs).toMatchObject({ decision: 'pending', 'decided-now': 'false', approvers: '["alice"]', 'issue-number': '1' });
    expect(bodies(api, 1).at(-1)).toMatch(/mlci:request-approval:status[\s\S]*1 of 2 approvals/);

    const second = await resolve(commentEvent(api, issue, 'carol', 'Approved.'));
    expect(second.outputs).toMatchObject({ decision: 'approved', 'decided-now': 'true', approvers: '["alice","carol"]' });
    expect(api.state.dispatches).toEqual([
      { kind: 'workflow', owner: 'octo-org', repo: 'octo-repo', workflow_id: 'promote.yml', ref: 'main', inputs: { 'model-version': 'fraud-2026.03.02', 'commit-sha': FAKE_SHA, 'run-id': String(RUN_ID) } },
    ]);
    expect(api.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });

    // Any later event reports the state, and says this run decided nothing: a workflow acting on decided-now
    // promotes once.
    const third = await resolve(commentEvent(api, issue, 'bob', 'approve'));
    expect(third.outputs).toMatchObject({ decision: 'approved', 'decided-now': 'false' });
    expect(third.stdout).toMatch(/#1: already decided: approved/);
    expect(api.state.dispatches).toHaveLength(1);
    expect(decisionComments()).toHaveLength(1);
  });

  test('deleting the decision comment does not make the next comment dispatch again (the close event holds)', async () => {
    const issue = await request();
    comment(api, issue, 'alice', 'approve');
    await resolve(commentEvent(api, issue, 'carol', 'approve'));
    expect(api.state.dispatches).toHaveLength(1);
    // A write user reopens the issue and deletes the bot's decision comment, then approvals are written again.
    api.state.comments = api.state.comments.filter((c) => !c.body.startsWith('<!-- mlci:request-approval:decision'));
    setStateAs(api, issue, 'mallory', 'open');
    comment(api, issue, 'alice', 'approve');
    const r = await resolve(commentEvent(api, issue, 'carol', 'approve'));
    expect(r.outputs).toMatchObject({ decision: 'approved', 'decided-now': 'false' });
    expect(r.stdout).toMatch(/closed by github-actions\[bot\] at .* \(completed\), which ends a request/);
    expect(api.state.dispatches).toHaveLength(1);
  });

  test('a forged decision marker (another workflow posting as the bot) decides nothing: decided-now stays false', async () => {
    const issue = await request();
    comment(api, issue, { login: 'github-actions[bot]', type: 'Bot' }, '<!-- mlci:request-approval:decision approved -->\n## ✅ Approved');
    const r = await resolve(commentEvent(api, issue, 'octocat', 'ship it?'));
    expect(r.outputs).toMatchObject({ decision: 'approved', 'decided-now': 'false', approvers: '[]' });
    expect(api.state.dispatches).toEqual([]);
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
    expect(api.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'not_planned' });

    // Putting the text back and reopening does not un-refuse it.
    issue.body = issue.body!.replace(forged, m[1]!);
    setStateAs(api, issue, 'mallory', 'open');
    comment(api, issue, 'alice', 'approve');
    const again = await resolve(commentEvent(api, issue, 'carol', 'approve'));
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ decision: '', 'decided-now': 'false' });
    expect(again.stdout).toMatch(/refused earlier/);
    expect(api.state.dispatches).toEqual([]);
  });

  test('a seal cannot be manufactured through the bot\'s own comments, and a refusal is final', async () => {
    const issue = await request();
    const { createHash } = await import('node:crypto');
    const digest = (b: string) => createHash('sha256').update(b.replace(/\r\n?/g, '\n').trimEnd()).digest('hex');
    const m = /record v1 ([A-Za-z0-9+/=]+) -->/.exec(issue.body!)!;
    const rec = JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8'));
    // The description the attacker wants sealed: their model, their branch.
    const prepared = issue.body!.replace(m[1]!, Buffer.from(JSON.stringify({ ...rec, modelVersion: 'backdoor', onApprove: { kind: 'workflow', workflow: 'promote.yml', ref: 'attacker' } })).toString('base64'));
    const marker = `<!-- mlci:request-approval:seal sha256:${digest(prepared)} -->`;
    // Step 1: a record field holds that seal marker, to be echoed into the refusal comment.
    issue.body = issue.body!.replace(m[1]!, Buffer.from(JSON.stringify({ ...rec, approveWords: [marker] })).toString('base64'));
    const first = await resolve(commentEvent(api, issue, 'octocat', 'hello'));
    expect(first.exitCode).toBe(1);
    const refusal = bodies(api, 1).at(-1)!;
    expect(refusal).toMatch(/^<!-- mlci:request-approval:verification -->/);
    expect(refusal.match(/<!--/g)).toHaveLength(1); // only its own leading marker: quoted text is escaped
    // Step 2: swap the prepared description in, reopen, approve.
    issue.body = prepared;
    setStateAs(api, issue, 'mallory', 'open');
    comment(api, issue, 'alice', 'approve');
    const r = await resolve(commentEvent(api, issue, 'bob', 'approve'));
    expect(r.outputs['decided-now']).toBe('false');
    expect(api.state.dispatches).toEqual([]);
  });

  test('a re-run cannot widen the window: a seal written during attempt 2 does not pass for attempt 1', async () => {
    const issue = await request();
    // The run is re-run an hour later (attempt 2); attempt 1 keeps its own start and end.
    const run = api.state.workflowRuns[RUN_ID]!;
    api.state.workflowRunAttempts[`${RUN_ID}/1`] = { run_attempt: 1, run_started_at: run.created_at, updated_at: run.updated_at, status: 'completed' };
    Object.assign(run, { run_attempt: 2, run_started_at: iso(Date.now() + 3_600_000), updated_at: iso(Date.now() + 3_700_000), status: 'completed' });
    api.state.workflowRunAttempts[`${RUN_ID}/2`] = { run_attempt: 2, run_started_at: run.run_started_at, updated_at: run.updated_at, status: 'completed' };
    // During attempt 2, another workflow deletes the seal, swaps the record (still naming attempt 1) and reseals.
    const m = /record v1 ([A-Za-z0-9+/=]+) -->/.exec(issue.body!)!;
    const rec = JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8'));
    issue.body = issue.body!.replace(m[1]!, Buffer.from(JSON.stringify({ ...rec, modelVersion: 'other' })).toString('base64'));
    api.state.comments = api.state.comments.filter((c) => c.issue_number !== 1);
    const { createHash } = await import('node:crypto');
    const digest = createHash('sha256').update(issue.body!.replace(/\r\n?/g, '\n').trimEnd()).digest('hex');
    comment(api, issue, { login: 'github-actions[bot]', type: 'Bot' }, `<!-- mlci:request-approval:seal sha256:${digest} -->`, { at: iso(Date.now() + 3_650_000) });
    comment(api, issue, 'alice', 'approve');
    const r = await resolve(commentEvent(api, issue, 'bob', 'approve'));
    expect(r.errors[0]).toMatch(/seal comment was created at .* outside attempt 1 of run 4242424242/);
    expect(api.calls('actions/get-workflow-run-attempt')).toHaveLength(1);
    expect(api.state.dispatches).toEqual([]);
  });

  test('a request cannot choose its rules: other words (deny approves) or exclude-initiator than the resolve step are refused', async () => {
    // Made by a real run, e.g. a write user's own workflow: passes the seal and run checks.
    const issue = await request({ 'approve-words': 'deny, no', 'deny-words': 'approve', 'minimum-approvals': 2 });
    comment(api, issue, 'alice', 'deny');
    const r = await resolve(commentEvent(api, issue, 'carol', 'no'));
    expect(r.exitCode).toBe(1);
    expect(r.errors[0]).toMatch(/approve-words are deny, no, the resolve step's approve, approved, lgtm, yes, \/approve/);
    expect(api.state.dispatches).toEqual([]);

    api.state.issues = [];
    api.state.comments = [];
    api.state.issueEvents = [];
    const second = await request({ 'exclude-initiator': 'false' });
    const r2 = await resolve(commentEvent(api, second, 'octocat', 'approve'));
    expect(r2.errors[0]).toMatch(/exclude-initiator false, the resolve step true/);
  });

  test('the resolve step needs the approvers it pins', async () => {
    const issue = await request();
    const r = await runWith({ event: commentEvent(api, issue, 'alice', 'approve'), api, inputs: { mode: 'resolve' } });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/Input 'approvers' is required for mode: resolve/)]);
  });

  test("an approver's deny edited away by someone else still counts (the comment events delivered it)", async () => {
    const issue = await request();
    comment(api, issue, 'alice', 'approve');
    // bob writes "deny"; before any resolve reads it, a write user edits it to "approve".
    const deny = comment(api, issue, 'bob', 'deny');
    deny.body = 'approve';
    deny.updated_at = iso(Date.now() + 1000);
    const base = commentEvent(api, issue, 'bob', 'deny');
    const edited = loadEvent('issue_comment', { ...base.payload, action: 'edited', comment: { ...base.payload.comment, id: deny.id, body: 'approve', created_at: deny.created_at, updated_at: deny.updated_at }, changes: { body: { from: 'deny' } } });
    const r = await resolve(edited);
    expect(r.outputs).toMatchObject({ decision: 'denied', 'denied-by': 'bob', 'decided-now': 'true' });
    expect(bodies(api, 1).at(-1)).toMatch(/Denied by @bob .*: the comment was edited at/);
    expect(api.state.dispatches).toEqual([]);
  });

  test("an approver's deny deleted by someone else still counts (the deleted event delivered it)", async () => {
    const issue = await request();
    comment(api, issue, 'alice', 'approve');
    comment(api, issue, 'carol', 'approve', { at: iso(Date.now() + 2000) });
    const base = commentEvent(api, issue, 'bob', 'deny');
    // bob's "deny" was deleted before any resolve read it; the `deleted` event still carries it.
    const deleted = loadEvent('issue_comment', { ...base.payload, action: 'deleted' });
    const r = await resolve(deleted);
    expect(r.outputs).toMatchObject({ decision: 'denied', 'denied-by': 'bob', 'decided-now': 'true' });
    expect(bodies(api, 1).at(-1)).toMatch(/the comment was deleted; the denial was delivered with a comment event/);
    expect(api.state.dispatches).toEqual([]);
  });

  test('close then reopen does not erase a denial', async () => {
    const issue = await request();
    setStateAs(api, issue, 'bob', 'closed');
    setStateAs(api, issue, 'mallory', 'open'); // before any resolve ran
    comment(api, issue, 'alice', 'approve');
    const r = await resolve(commentEvent(api, issue, 'carol', 'approve'));
    expect(r.outputs).toMatchObject({ decision: 'denied', 'denied-by': 'bob', 'decided-now': 'true' });
    expect(api.state.dispatches).toEqual([]);
    expect(api.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
  });

  test('a triage user who is not an approver cannot deny by closing: the issue is reopened and approvals still decide', async () => {
    const issue = await request();
    api.state.permissions.trinity = 'triage';
    setStateAs(api, issue, 'trinity', 'closed');
    const r = await resolve(issuesEvent(issue, 'closed', 'trinity'));
    expect(r.outputs).toMatchObject({ decision: 'pending', 'decided-now': 'false' });
    expect(api.state.issues[0]!.state).toBe('open');
    expect(bodies(api, 1).at(-1)).toMatch(/trinity closed the thread but is not an approver[\s\S]*mlci reopened it/);
    comment(api, issue, 'alice', 'approve');
    const ok = await resolve(commentEvent(api, issue, 'carol', 'approve'));
    expect(ok.outputs).toMatchObject({ decision: 'approved', 'decided-now': 'true' });
    expect(api.state.dispatches).toHaveLength(1);
  });

  test('a request opened by another identity than the resolver: later comments post nothing', async () => {
    api.state.tokenUser = { login: 'mlci-app[bot]', type: 'Bot' };
    const issue = await request();
    api.state.tokenUser = { login: 'github-actions[bot]', type: 'Bot', id: 41898282 };
    const trust = { 'request-author': 'mlci-app[bot]' };
    comment(api, issue, 'alice', 'approve');
    expect((await resolve(commentEvent(api, issue, 'carol', 'approve'), trust)).outputs['decided-now']).toBe('true');
    const before = bodies(api, 1).length;
    for (const who of ['bob', 'octocat']) {
      const r = await resolve(commentEvent(api, issue, who, 'approve'), trust);
      expect(r.outputs).toMatchObject({ decision: 'approved', 'decided-now': 'false' });
    }
    expect(bodies(api, 1).length).toBe(before + 2); // the two comments, nothing from the bot
    expect(api.state.dispatches).toHaveLength(1);
  });

  test('two resolves at once: one dispatch and one decision comment', async () => {
    const issue = await request();
    comment(api, issue, 'alice', 'approve');
    comment(api, issue, 'carol', 'approve');
    const [a, b] = await Promise.all([resolve(commentEvent(api, issue, 'octocat', 'go')), resolve(commentEvent(api, issue, 'octocat', 'go!'))]);
    expect([a.outputs['decided-now'], b.outputs['decided-now']].sort()).toEqual(['false', 'true']);
    expect(api.state.dispatches).toHaveLength(1);
    expect(decisionComments()).toHaveLength(1);
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

    // A scheduled sweep leaves the copy alone instead of failing every hour.
    const sweep = await resolve(loadEvent('schedule', { repository: dispatchEvent().payload.repository }));
    expect(sweep.exitCode).toBe(0);
    expect(sweep.errors).toEqual([]);
    expect(sweep.stdout).toMatch(/#2 carries the label but was opened by mallory/);
    expect(api.state.issues[1]!.state).toBe('open');
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
    expect(r.errors[0]).toMatch(/seal comment was created at .* outside attempt 1 of run/);
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
    setStateAs(api, issue, 'bob', 'closed');
    const r = await resolve(issuesEvent(issue, 'closed', 'bob'));
    expect(r.outputs).toMatchObject({ decision: 'denied', 'denied-by': 'bob', 'decided-now': 'true' });
    expect(bodies(api, 1).at(-1)).toMatch(/close-means-deny is on, so an approver's close denies/);
    expect(api.state.dispatches).toEqual([]);
  });

  test('a scheduled sweep times out a request nobody answered, with repository_dispatch configured', async () => {
    await request({ timeout: '1s', 'on-approve-workflow': '', 'repository-dispatch-event': 'promote-model' });
    await new Promise((r) => setTimeout(r, 2100));
    const schedule = loadEvent('schedule', { repository: dispatchEvent().payload.repository });
    const r = await resolve(schedule, { timeout: '1s' });
    expect(r.outputs).toMatchObject({ decision: 'timed-out', 'issue-number': '1', 'decided-now': 'true' });
    expect(api.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(bodies(api, 1).at(-1)).toMatch(/a time-out is a denial/);
    expect(api.state.dispatches).toEqual([]);
  });

  test('repository_dispatch carries the recorded facts', async () => {
    const issue = await request({ 'minimum-approvals': 1, 'on-approve-workflow': '', 'repository-dispatch-event': 'promote-model' });
    const r = await resolve(commentEvent(api, issue, 'alice', 'lgtm'), { 'minimum-approvals': 1, 'repository-dispatch-event': 'promote-model' });
    expect(r.outputs.decision).toBe('approved');
    expect(api.state.dispatches).toEqual([{
      kind: 'repository', owner: 'octo-org', repo: 'octo-repo', event_type: 'promote-model',
      client_payload: { model_version: 'fraud-2026.03.02', commit_sha: FAKE_SHA, run_id: String(RUN_ID), issue_number: 1, approved_by: ['alice'] },
    }]);
  });

  test('recorded fields: a model version with a line break or 12,000 characters is refused at request time', async () => {
    for (const v of ['fraud-1\n::error::pwned', 'x'.repeat(12_000)]) {
      const r = await runWith({ event: dispatchEvent(), api, inputs: { ...requestInputs, 'model-version': v } });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toEqual([expect.stringMatching(/Input 'model-version' (holds a line break|is 12000 characters long)/)]);
      expect(r.errors.join('')).not.toMatch(/pwned$/m);
    }
    expect(api.state.issues).toEqual([]);
  });

  test('recorded text is printed as one line and shown as code: no workflow command, no markdown, no hidden block', async () => {
    const v = 'v1 ::warning::x `tick` <!-- y --> [l](http://e)';
    const issue = await request({ 'model-version': v });
    comment(api, issue, 'alice', 'approve');
    const r = await resolve(commentEvent(api, issue, 'carol', 'approve'));
    expect(r.outputs['decided-now']).toBe('true');
    expect(r.warnings).toEqual([]);
    expect(r.stdout).toContain('model-version=`` v1 ::warning::x `tick` <!-- y --> [l](http://e) ``');
    expect(issue.body).toContain('`` v1 ::warning::x `tick` <!-- y --> [l](http://e) ``');
    const decision = decisionComments()[0]!;
    expect(decision.match(/<!--/g)).toHaveLength(2); // its own marker, and the one inside the code span
    expect(api.state.dispatches[0]).toMatchObject({ inputs: { 'model-version': v } });
  });
});
