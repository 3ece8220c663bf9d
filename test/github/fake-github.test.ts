import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { faults, startFakeGitHub, READ_ONLY_MESSAGE, type FakeGitHub } from '../harness/fake-github.js';
import { loadEvent } from '../harness/events.js';
import { FAKE_TOKEN } from '../harness/run-action.js';

let api: FakeGitHub;
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  await api.close();
});

const R = '/repos/octo/repo';
async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(api.url + path, {
    method,
    headers: { authorization: `token ${FAKE_TOKEN}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

describe('the schema check rejects what GitHub would reject', () => {
  test('a check run with conclusion "sucess" is answered 400, recorded, and fails assertAllValid', async () => {
    const r = await call('POST', `${R}/check-runs`, { name: 'gate', head_sha: 'a'.repeat(40), conclusion: 'sucess' });
    expect(r.status).toBe(400);
    expect(r.body.errors.join('\n')).toMatch(/body\/conclusion must be equal to one of the allowed values/);
    expect(api.requests[0]!.invalid).toEqual([expect.stringContaining('body/conclusion must be equal to one of the allowed values')]);
    expect(api.state.checkRuns).toHaveLength(0);
    expect(() => api.assertAllValid()).toThrow(/#0 POST \/repos\/octo\/repo\/check-runs \(checks\/create\) -> 400\n\s+body\/conclusion/);
  });

  test('a comment whose body is a number is rejected', async () => {
    api.state.issues.push({ owner: 'octo', repo: 'repo', number: 1, title: 't' });
    const r = await call('POST', `${R}/issues/1/comments`, { body: 42 });
    expect(r.status).toBe(400);
    expect(api.requests[0]!.invalid).toEqual([expect.stringContaining('body/body must be string')]);
    expect(api.state.comments).toHaveLength(0);
  });

  test('missing required body fields, unknown query parameters, wrong parameter types, unknown paths', async () => {
    api.state.issues.push({ owner: 'octo', repo: 'repo', number: 1, title: 't' });
    expect((await call('POST', `${R}/check-runs`, { name: 'gate' })).status).toBe(400);
    expect((await call('GET', `${R}/issues/1/comments?perPage=100`)).status).toBe(400);
    expect((await call('GET', `${R}/issues/1/comments?per_page=lots`)).status).toBe(400);
    expect((await call('GET', `${R}/issues/one`)).status).toBe(400);
    expect((await call('GET', `${R}/issue/1`)).status).toBe(404);
    expect((await call('PUT', `${R}/check-runs`, {})).status).toBe(404);
    const reasons = api.requests.map((q) => q.invalid?.join(' | '));
    expect(reasons[0]).toMatch(/must have required property 'head_sha'/);
    expect(reasons[1]).toMatch(/query parameter "perPage" is not defined for issues\/list-comments/);
    expect(reasons[2]).toMatch(/query parameters\/per_page must be integer/);
    expect(reasons[3]).toMatch(/path parameters\/issue_number must be integer/);
    expect(reasons[4]).toMatch(/no operation in the OpenAPI subset matches GET \/repos\/octo\/repo\/issue\/1/);
    expect(reasons[5]).toMatch(/PUT is not allowed on \/repos\/octo\/repo\/check-runs \(the description has: POST/);
  });

  test('a body that is not JSON, and a request without a token', async () => {
    const res = await fetch(`${api.url}${R}/dispatches`, { method: 'POST', headers: { authorization: 'token x', 'content-type': 'application/json' }, body: '{nope' });
    expect(res.status).toBe(400);
    expect((await call('GET', R, undefined, { authorization: '' })).status).toBe(401);
    expect(api.requests.map((q) => q.invalid?.[0])).toEqual(['request body is not valid JSON', expect.stringMatching(/no Authorization header/)]);
  });

  test('rules the schema cannot express: comment longer than 65,536 characters, status description over 140', async () => {
    api.state.issues.push({ owner: 'octo', repo: 'repo', number: 1, title: 't' });
    const c = await call('POST', `${R}/issues/1/comments`, { body: 'x'.repeat(65_537) });
    expect(c.status).toBe(422);
    expect(c.body.errors[0].message).toBe('body is too long (maximum is 65536 characters)');
    const s = await call('POST', `${R}/statuses/${'a'.repeat(40)}`, { state: 'success', description: 'd'.repeat(141) });
    expect(s.status).toBe(422);
    const a = await call('POST', `${R}/check-runs`, {
      name: 'g', head_sha: 'a'.repeat(40), conclusion: 'success',
      output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, () => ({ path: 'p', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm' })) },
    });
    expect(a.status).toBe(400);
    expect(api.requests[2]!.invalid!.join()).toMatch(/annotations must NOT have more than 50 items/);
    expect(api.requests.every((q) => q.invalid)).toBe(true);
  });
});

describe('state persists across requests', () => {
  test('issue lifecycle: create, comment, list, edit, close, delete a comment', async () => {
    const created = await call('POST', `${R}/issues`, { title: 'Approve model v3', body: 'please', labels: ['mlci'] });
    expect(created.status).toBe(201);
    const n = created.body.number;
    expect(created.body.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    const c1 = await call('POST', `${R}/issues/${n}/comments`, { body: 'first' });
    await call('POST', `${R}/issues/${n}/comments`, { body: 'second' });
    const edited = await call('PATCH', `${R}/issues/comments/${c1.body.id}`, { body: 'first, edited' });
    expect(edited.body.body).toBe('first, edited');
    const list = await call('GET', `${R}/issues/${n}/comments`);
    expect(list.body.map((c: any) => c.body)).toEqual(['first, edited', 'second']);
    expect((await call('GET', `${R}/issues/comments/${c1.body.id}`)).body.body).toBe('first, edited');
    expect((await call('DELETE', `${R}/issues/comments/${c1.body.id}`)).status).toBe(204);
    expect((await call('GET', `${R}/issues/comments/${c1.body.id}`)).status).toBe(404);
    const closed = await call('PATCH', `${R}/issues/${n}`, { state: 'closed', state_reason: 'not_planned' });
    expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'not_planned', comments: 1 });
    expect(api.state.issues[0]).toMatchObject({ state: 'closed', labels: ['mlci'] });
    const open = await call('GET', `${R}/issues?state=open`);
    expect(open.body).toEqual([]);
    expect((await call('GET', `${R}/issues?state=all&labels=mlci`)).body).toHaveLength(1);
    api.assertAllValid();
  });

  test('comments paginate with per_page/page and a Link header', async () => {
    api.state.issues.push({ owner: 'octo', repo: 'repo', number: 3, title: 't' });
    for (let i = 0; i < 5; i++) api.state.comments.push({ id: 100 + i, owner: 'octo', repo: 'repo', issue_number: 3, body: `c${i}`, user: 'alice' });
    const p1 = await call('GET', `${R}/issues/3/comments?per_page=2`);
    expect(p1.body.map((c: any) => c.body)).toEqual(['c0', 'c1']);
    expect(p1.headers.get('link')).toBe(
      `<${api.url}${R}/issues/3/comments?per_page=2&page=2>; rel="next", <${api.url}${R}/issues/3/comments?per_page=2&page=3>; rel="last"`,
    );
    const p3 = await call('GET', `${R}/issues/3/comments?per_page=2&page=3`);
    expect(p3.body.map((c: any) => c.body)).toEqual(['c4']);
    expect(p3.headers.get('link')).toContain('rel="prev"');
    expect(p3.headers.get('link')).not.toContain('rel="next"');
    expect(p1.body[0]).toMatchObject({ user: { login: 'alice', type: 'User' }, author_association: 'NONE' });
    api.assertAllValid();
  });

  test('check run: created, updated (annotations appended), read back', async () => {
    const ann = (i: number) => ({ path: 'p.yml', start_line: i, end_line: i, annotation_level: 'failure', message: `m${i}` });
    const c = await call('POST', `${R}/check-runs`, { name: 'g', head_sha: 'b'.repeat(40), status: 'in_progress', output: { title: 't', summary: 's', annotations: [ann(1)] } });
    expect(c.body).toMatchObject({ status: 'in_progress', conclusion: null });
    await call('PATCH', `${R}/check-runs/${c.body.id}`, { conclusion: 'success', output: { title: 't2', summary: 's2', annotations: [ann(2)] } });
    const g = await call('GET', `${R}/check-runs/${c.body.id}`);
    expect(g.body).toMatchObject({ status: 'completed', conclusion: 'success', output: { title: 't2', annotations_count: 2 } });
    expect(api.state.checkRuns[0]!.updates).toBe(1);
    api.assertAllValid();
  });

  test('pulls, files, compare, permissions, teams, dispatches, runs, rate limit: every answer fits its schema', async () => {
    api.seedEvent('pull_request', loadEvent('pull_request').payload);
    const { owner, name } = { owner: 'Codertocat', name: 'Hello-World' };
    const RR = `/repos/${owner}/${name}`;
    api.state.pullFiles[`${owner}/${name}#2`] = Array.from({ length: 3 }, (_, i) => ({ filename: `data/f${i}.csv`, status: 'modified' as const }));
    api.state.comparisons['main...feature'] = { files: [{ filename: 'train.py', status: 'added' }], commits: [{ sha: 'c'.repeat(40) }] };
    api.state.permissions.alice = 'maintain';
    api.state.teams['octo/ml-leads'] = ['alice', { login: 'bob' }];
    api.state.workflowRuns[99] = { status: 'completed', conclusion: 'success' };
    const pull = await call('GET', `${RR}/pulls/2`);
    expect(pull.body).toMatchObject({ number: 2, head: { ref: 'changes' }, base: { ref: 'master' } });
    const files = await call('GET', `${RR}/pulls/2/files?per_page=2&page=2`);
    expect(files.body.map((f: any) => f.filename)).toEqual(['data/f2.csv']);
    const cmp = await call('GET', `${RR}/compare/main...feature`);
    expect(cmp.body).toMatchObject({ total_commits: 1, files: [{ filename: 'train.py', status: 'added' }] });
    expect((await call('GET', `${RR}/compare/main...nope`)).status).toBe(404);
    const perm = await call('GET', `${RR}/collaborators/alice/permission`);
    expect(perm.body).toMatchObject({ permission: 'write', role_name: 'maintain' });
    expect((await call('GET', `${RR}/collaborators/mallory/permission`)).body.permission).toBe('read');
    const members = await call('GET', '/orgs/octo/teams/ml-leads/members');
    expect(members.body.map((m: any) => m.login)).toEqual(['alice', 'bob']);
    expect((await call('GET', '/orgs/octo/teams/ml-leads/memberships/bob')).status).toBe(200);
    expect((await call('GET', '/orgs/octo/teams/ml-leads/memberships/eve')).status).toBe(404);
    expect((await call('GET', '/orgs/octo/teams/nobody/members')).status).toBe(404);
    expect((await call('POST', `${RR}/actions/workflows/deploy.yml/dispatches`, { ref: 'main', inputs: { model: 'v3' } })).status).toBe(204);
    expect((await call('POST', `${RR}/dispatches`, { event_type: 'mlci-approved', client_payload: { model: 'v3' } })).status).toBe(204);
    expect(api.state.dispatches).toEqual([
      { kind: 'workflow', owner, repo: name, workflow_id: 'deploy.yml', ref: 'main', inputs: { model: 'v3' } },
      { kind: 'repository', owner, repo: name, event_type: 'mlci-approved', client_payload: { model: 'v3' } },
    ]);
    expect((await call('GET', `${RR}/actions/runs/99`)).body).toMatchObject({ id: 99, conclusion: 'success' });
    expect((await call('GET', '/rate_limit')).body.resources.core.remaining).toBe(4999);
    expect((await call('GET', `${RR}/commits/${pull.body.head.sha}/pulls`)).body.map((p: any) => p.number)).toEqual([2]);
    expect((await call('GET', RR)).body).toMatchObject({ full_name: `${owner}/${name}`, default_branch: 'master' });
    expect((await call('GET', `${RR}/issues/2`)).body.pull_request).toBeDefined();
    expect((await call('POST', `${RR}/statuses/${'d'.repeat(40)}`, { state: 'pending', context: 'gate' })).status).toBe(201);
    expect((await call('GET', '/user')).status).toBe(403);
    api.assertAllValid();
  });
});

describe('injection', () => {
  test('by operationId, for a number of times, with headers', async () => {
    const h = api.inject(faults.secondaryRateLimit(2, { operationId: 'repos/get', times: 1 }));
    const first = await call('GET', R);
    expect(first.status).toBe(403);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(first.body.message).toMatch(/secondary rate limit/);
    expect((await call('GET', R)).status).toBe(200);
    expect(h.hits).toBe(1);
    expect(api.requests.map((q) => q.injected ?? false)).toEqual([true, false]);
  });

  test('by template, exact path or RegExp, method; remove()', async () => {
    api.state.issues.push({ owner: 'octo', repo: 'repo', number: 1, title: 't' });
    const a = api.inject({ path: '/repos/{owner}/{repo}/issues/{issue_number}', status: 404 });
    expect((await call('GET', `${R}/issues/1`)).status).toBe(404);
    a.remove();
    expect((await call('GET', `${R}/issues/1`)).status).toBe(200);
    api.inject({ path: /\/comments$/, method: 'POST', status: 500 });
    expect((await call('POST', `${R}/issues/1/comments`, { body: 'x' })).status).toBe(500);
    expect((await call('GET', `${R}/issues/1/comments`)).status).toBe(200);
    api.inject({ path: `${R}/issues/1`, status: 502, times: 1, body: '<html>502 Bad Gateway</html>' });
    const bad = await fetch(`${api.url}${R}/issues/1`, { headers: { authorization: 'token t' } });
    expect(bad.status).toBe(502);
    expect(bad.headers.get('content-type')).toMatch(/text\/html/);
    api.inject(faults.unprocessable({ operationId: 'issues/update' }));
    expect((await call('PATCH', `${R}/issues/1`, { state: 'closed' })).status).toBe(422);
    expect(api.state.issues[0]!.state).toBeUndefined();
  });

  test('an invalid request is still reported as invalid when a fault would match', async () => {
    api.inject(faults.readOnly());
    expect((await call('POST', `${R}/check-runs`, { name: 'g', head_sha: 'x', conclusion: 'sucess' })).status).toBe(400);
    expect(() => api.assertAllValid()).toThrow(/sucess|allowed values/);
  });

  test('read-only token: writes 403 with GitHub\'s message, reads work', async () => {
    const ro = await startFakeGitHub({ readOnlyToken: true });
    try {
      ro.state.issues.push({ owner: 'octo', repo: 'repo', number: 1, title: 't' });
      const w = await fetch(`${ro.url}${R}/issues/1/comments`, { method: 'POST', headers: { authorization: 'token t', 'content-type': 'application/json' }, body: '{"body":"x"}' });
      expect(w.status).toBe(403);
      expect(((await w.json()) as { message: string }).message).toBe(READ_ONLY_MESSAGE);
      const r = await fetch(`${ro.url}${R}/issues/1/comments`, { headers: { authorization: 'token t' } });
      expect(r.status).toBe(200);
      ro.assertAllValid();
    } finally {
      await ro.close();
    }
  });

  test('a PR comment is allowed with pull-requests: write alone', async () => {
    api.seedEvent('pull_request', loadEvent('pull_request').payload);
    api.state.tokenPermissions = { issues: 'read', 'pull-requests': 'write' };
    expect((await call('POST', '/repos/Codertocat/Hello-World/issues/2/comments', { body: 'x' })).status).toBe(201);
    api.state.issues.push({ owner: 'Codertocat', repo: 'Hello-World', number: 9, title: 'plain issue' });
    expect((await call('POST', '/repos/Codertocat/Hello-World/issues/9/comments', { body: 'x' })).status).toBe(403);
  });

  test('members: none answers 403, as a GITHUB_TOKEN gets for team membership', async () => {
    api.state.teams['octo/leads'] = ['alice'];
    api.state.tokenPermissions.members = 'none';
    expect((await call('GET', '/orgs/octo/teams/leads/members')).status).toBe(403);
  });
});

describe('seeding from events', () => {
  test('pull_request seeds the PR and its issue; issue_comment seeds the issue and the comment', async () => {
    api.seedEvent('pull_request', loadEvent('pull_request').payload);
    const ic = loadEvent('issue_comment');
    api.seedEvent('issue_comment', ic.payload);
    api.seedEvent('issue_comment', ic.payload);
    expect(api.state.pulls).toHaveLength(1);
    expect(api.state.issues.map((i) => [i.number, i.pull_request])).toEqual([[2, true], [1, false]]);
    expect(api.state.comments).toEqual([expect.objectContaining({ id: ic.payload.comment.id, issue_number: 1, body: ic.payload.comment.body })]);
  });
});

// ---- request-approval: issue events and run attempts ----
describe('issue events and workflow run attempts', () => {
  test('closing and reopening through the API are listed as issue events, in the schema, and kept after a reopen', async () => {
    api.state.issues.push({ owner: 'octo', repo: 'repo', number: 1, title: 't' });
    expect((await call('PATCH', `${R}/issues/1`, { state: 'closed', state_reason: 'not_planned' })).status).toBe(200);
    expect((await call('PATCH', `${R}/issues/1`, { state: 'open' })).status).toBe(200);
    const r = await call('GET', `${R}/issues/1/events?per_page=100`);
    expect(r.status).toBe(200);
    expect(r.body.map((e: any) => [e.event, e.actor.login, e.state_reason])).toEqual([['closed', 'github-actions[bot]', 'not_planned'], ['reopened', 'github-actions[bot]', 'reopened']]);
    expect((await call('GET', `${R}/issues/9/events`)).status).toBe(404);
    api.assertAllValid();
  });

  test('a run attempt: the seeded attempt, the run itself as its only attempt, 404 otherwise', async () => {
    api.state.workflowRuns[7] = { head_sha: 'a'.repeat(40), run_attempt: 2, run_started_at: '2026-03-02T12:00:00Z', status: 'completed' };
    api.state.workflowRunAttempts['7/1'] = { run_started_at: '2026-03-02T10:00:00Z', updated_at: '2026-03-02T10:05:00Z' };
    const first = await call('GET', `${R}/actions/runs/7/attempts/1`);
    expect(first.body).toMatchObject({ id: 7, run_attempt: 1, run_started_at: '2026-03-02T10:00:00Z', updated_at: '2026-03-02T10:05:00Z' });
    expect((await call('GET', `${R}/actions/runs/7/attempts/2`)).body).toMatchObject({ run_attempt: 2, run_started_at: '2026-03-02T12:00:00Z' });
    expect((await call('GET', `${R}/actions/runs/7/attempts/3`)).status).toBe(404);
    expect((await call('GET', `${R}/actions/runs/8/attempts/1`)).status).toBe(404);
    api.assertAllValid();
  });
});
// ---- end request-approval ----
