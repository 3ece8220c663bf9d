import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { startFakeGitHub, faults, type FakeGitHub } from '../../../test/harness/fake-github.js';
import { loadEvent } from '../../../test/harness/events.js';
import { commentMarker } from '../src/comments.js';
import { COMMENT_MAX_CHARS } from '../src/truncate.js';
import { FAST, githubEnv, type Env } from './helpers.js';

let api: FakeGitHub;
let env: Env | undefined;
const pr = loadEvent('pull_request');
const { owner, name: repo } = { owner: pr.payload.repository.owner.login, name: pr.payload.repository.name };
const prNumber: number = pr.payload.pull_request.number;

beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  env?.restore();
  env = undefined;
  await api.close();
});

function seedComments(n: number, bodyAt: (i: number) => string = (i) => `comment ${i}`) {
  for (let i = 0; i < n; i++) {
    api.state.comments.push({ id: 10_000 + i, owner, repo, issue_number: prNumber, body: bodyAt(i), user: `user${i % 7}`, created_at: '2024-05-01T10:00:00Z' });
  }
}

describe('upsertComment', () => {
  test('finds its comment on the third page (250 comments) and updates it in place', async () => {
    const marker = commentMarker('evaluate-gate', 'report');
    seedComments(250, (i) => (i === 240 ? `${marker}\nold report` : `comment ${i}`));
    env = githubEnv({ event: pr, api });
    const r = await env.platform.upsertComment('evaluate-gate', 'report', 'new report');
    expect(r).toEqual({ posted: true, updated: true, id: 10_240, url: expect.stringContaining('#issuecomment-10240') });
    const lists = api.calls('issues/list-comments');
    expect(lists.map((q) => q.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(lists.every((q) => q.query.per_page === '100')).toBe(true);
    expect(api.calls('issues/update-comment')).toHaveLength(1);
    expect(api.calls('issues/create-comment')).toHaveLength(0);
    expect(api.state.comments).toHaveLength(250);
    expect(api.state.comments.find((c) => c.id === 10_240)!.body).toBe(`${marker}\nnew report`);
    api.assertAllValid();
  });

  test('creates once, then updates the same comment; an unchanged body sends no update', async () => {
    env = githubEnv({ event: pr, api });
    const a = await env.platform.upsertComment('evaluate-gate', 'report', 'v1');
    const b = await env.platform.upsertComment('evaluate-gate', 'report', 'v2');
    const c = await env.platform.upsertComment('evaluate-gate', 'report', 'v2');
    expect(a).toMatchObject({ posted: true, updated: false });
    expect(b).toMatchObject({ posted: true, updated: true, id: a.id });
    expect(c).toMatchObject({ posted: true, updated: true, id: a.id });
    expect(api.state.comments).toHaveLength(1);
    expect(api.state.comments[0]!.body).toBe('<!-- mlci:evaluate-gate:report -->\nv2');
    expect(api.calls('issues/create-comment')).toHaveLength(1);
    expect(api.calls('issues/update-comment')).toHaveLength(1);
    api.assertAllValid();
  });

  test('one comment per (action, key); a marker quoted inside someone else\'s comment is not ours', async () => {
    seedComments(1, () => `I saw this: <!-- mlci:evaluate-gate:report --> in the page source`);
    env = githubEnv({ event: pr, api });
    await env.platform.upsertComment('evaluate-gate', 'report', 'gate');
    await env.platform.upsertComment('evaluate-gate', 'drift', 'drift');
    await env.platform.upsertComment('detect-data-change', 'report', 'data');
    expect(api.state.comments).toHaveLength(4);
    expect(api.state.comments[0]!.body).toContain('in the page source');
    api.assertAllValid();
  });

  test('bodies over 65,536 characters are cut, with a note pointing at the run', async () => {
    env = githubEnv({ event: pr, api });
    const row = '| slice | auc | 0.81 |\n';
    const big = '## Report\n\n' + row.repeat(Math.ceil(70_000 / row.length));
    const r = await env.platform.upsertComment('evaluate-gate', 'report', big);
    expect(r.posted).toBe(true);
    const body = api.state.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body.length).toBeGreaterThan(COMMENT_MAX_CHARS - 1000);
    expect(body.startsWith('<!-- mlci:evaluate-gate:report -->\n## Report')).toBe(true);
    expect(body).toMatch(/65,536-character limit.*https:\/\/github\.com\/Codertocat\/Hello-World\/actions\/runs\/77/s);
    // Cut at a row boundary: no half table row before the note.
    expect(body.split('\n\n> [!NOTE]')[0]!.endsWith('| 0.81 |')).toBe(true);
    api.assertAllValid();
  });

  test('a body that fits exactly is not cut', async () => {
    env = githubEnv({ event: pr, api });
    const marker = commentMarker('evaluate-gate', 'report');
    const body = 'x'.repeat(COMMENT_MAX_CHARS - marker.length - 1);
    await env.platform.upsertComment('evaluate-gate', 'report', body);
    expect(api.state.comments[0]!.body).toBe(`${marker}\n${body}`);
    api.assertAllValid();
  });

  test('no pull request (push): nothing posted, no request made', async () => {
    env = githubEnv({ event: loadEvent('push'), api });
    const r = await env.platform.upsertComment('evaluate-gate', 'report', 'x');
    expect(r).toEqual({ posted: false, skippedReason: 'no pull request in this push event to comment on' });
    expect(api.requests).toHaveLength(0);
  });

  test('an explicit issue number works without a pull request', async () => {
    const push = loadEvent('push');
    env = githubEnv({ event: push, api });
    api.state.issues.push({ owner, repo, number: 7, title: 'Approve model v3' });
    const r = await env.platform.upsertComment('request-approval', 'decision', 'approved', { issueNumber: 7 });
    expect(r).toMatchObject({ posted: true, updated: false });
    expect(api.state.comments[0]).toMatchObject({ issue_number: 7 });
    api.assertAllValid();
  });

  test('issue_comment on a pull request comments on that pull request', async () => {
    const ev = loadEvent('issue_comment', { issue: { number: 5, pull_request: { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/5' } } });
    env = githubEnv({ event: ev, api });
    const r = await env.platform.upsertComment('request-approval', 'decision', 'ok');
    expect(r.posted).toBe(true);
    expect(api.state.comments.at(-1)).toMatchObject({ issue_number: 5 });
  });

  test('a bad key is a user error naming the key', async () => {
    env = githubEnv({ event: pr, api });
    await expect(env.platform.upsertComment('evaluate-gate', 'bad key -->', 'x')).rejects.toThrow(/comment key "bad key -->"/);
  });

  test('502 then success: retried, posted once', async () => {
    env = githubEnv({ event: pr, api });
    api.inject({ ...faults.serverError({ operationId: 'issues/create-comment', times: 1 }, 502) });
    const r = await env.platform.upsertComment('evaluate-gate', 'report', 'after a 502');
    expect(r).toMatchObject({ posted: true, updated: false });
    expect(api.calls('issues/create-comment').map((q) => q.status)).toEqual([502, 201]);
    expect(api.state.comments).toHaveLength(1);
    api.assertAllValid();
  });

  test('a lasting 500 gives a warning and posted:false, not a crash', async () => {
    env = githubEnv({ event: pr, api, tuning: { ...FAST, retries: 1 } });
    api.inject(faults.serverError({ operationId: 'issues/list-comments' }));
    const r = await env.platform.upsertComment('evaluate-gate', 'report', 'x');
    expect(r.posted).toBe(false);
    expect(r.skippedReason).toMatch(/HTTP 500/);
    expect(env.warnings()).toEqual([expect.stringMatching(/could not post the pull request comment on #2: HTTP 500/)]);
    expect(api.calls('issues/list-comments')).toHaveLength(2);
  });

  test('no token: skipped with a reason, one notice at the end', async () => {
    env = githubEnv({ event: pr, api, token: null });
    const r = await env.platform.upsertComment('evaluate-gate', 'report', 'x');
    expect(r).toEqual({ posted: false, skippedReason: 'no github-token was given' });
    env.platform.finish('evaluate-gate');
    expect(env.notices()).toEqual([expect.stringContaining('no github-token was given')]);
    expect(api.requests).toHaveLength(0);
  });
});
