import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import type { CheckAnnotation, CheckRunRequest } from '@mlci/core';
import { startFakeGitHub, faults, type FakeGitHub } from '../../../test/harness/fake-github.js';
import { loadEvent } from '../../../test/harness/events.js';
import { CHECK_TEXT_MAX_CHARS } from '../src/truncate.js';
import { FAST, githubEnv, type Env } from './helpers.js';

let api: FakeGitHub;
let env: Env | undefined;
const pr = loadEvent('pull_request');
const headSha: string = pr.payload.pull_request.head.sha;

beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  env?.restore();
  env = undefined;
  await api.close();
});

const annotations = (n: number): CheckAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({ path: 'policy.yml', startLine: i + 1, endLine: i + 1, level: i % 2 ? 'warning' : 'failure', message: `rule ${i} failed`, title: `rule ${i}` }));

const req = (over: Partial<CheckRunRequest> = {}): CheckRunRequest => ({
  name: 'ML gate', conclusion: 'failure', title: '2 of 40 checks failed', summary: '## Gate\nfailed', ...over,
});

describe('publishCheck', () => {
  test('a check run on the PR head sha with conclusion and output', async () => {
    env = githubEnv({ event: pr, api });
    const r = await env.platform.publishCheck(req({ text: 'details' }));
    expect(r).toMatchObject({ posted: true, kind: 'check-run' });
    const run = api.state.checkRuns[0]!;
    expect(run).toMatchObject({ name: 'ML gate', head_sha: headSha, status: 'completed', conclusion: 'failure' });
    expect(run.output).toMatchObject({ title: '2 of 40 checks failed', summary: '## Gate\nfailed', text: 'details' });
    api.assertAllValid();
  });

  test('120 annotations: created with 50, then two updates of 50 and 20 (3 requests)', async () => {
    env = githubEnv({ event: pr, api });
    const r = await env.platform.publishCheck(req({ annotations: annotations(120) }));
    expect(r.posted).toBe(true);
    const create = api.calls('checks/create');
    const updates = api.calls('checks/update');
    expect(create).toHaveLength(1);
    expect(updates).toHaveLength(2);
    const sizes = [...create, ...updates].map((q) => (q.body as any).output.annotations.length);
    expect(sizes).toEqual([50, 50, 20]);
    const run = api.state.checkRuns[0]!;
    expect(run.output.annotations).toHaveLength(120);
    expect(run.output.annotations[119]).toMatchObject({ path: 'policy.yml', start_line: 120, annotation_level: 'warning', message: 'rule 119 failed' });
    expect(run.conclusion).toBe('failure');
    api.assertAllValid();
  });

  test('summary and text over 65,535 characters are cut with a note; the request stays valid', async () => {
    env = githubEnv({ event: pr, api });
    const long = 'line of the report\n'.repeat(5000);
    await env.platform.publishCheck(req({ summary: long, text: long, title: 'T'.repeat(2000) }));
    const out = api.state.checkRuns[0]!.output;
    expect(out.summary!.length).toBeLessThanOrEqual(CHECK_TEXT_MAX_CHARS);
    expect(out.text!.length).toBeLessThanOrEqual(CHECK_TEXT_MAX_CHARS);
    expect(out.summary).toMatch(/65,535-character limit/);
    expect(out.title!.length).toBeLessThanOrEqual(1000);
    api.assertAllValid();
  });

  test('a code block left open by the cut is closed', async () => {
    env = githubEnv({ event: pr, api });
    await env.platform.publishCheck(req({ summary: '```\n' + 'x = 1\n'.repeat(20_000) }));
    const s = api.state.checkRuns[0]!.output.summary!;
    expect((s.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  test('push (no PR) without checks: write falls back to a commit status', async () => {
    const push = loadEvent('push');
    env = githubEnv({ event: push, api, sha: push.payload.after });
    api.state.tokenPermissions.checks = 'read';
    const r = await env.platform.publishCheck(req({ title: 'x'.repeat(300) }));
    expect(r).toMatchObject({ posted: true, kind: 'commit-status' });
    const s = api.state.statuses[0]!;
    expect(s).toMatchObject({ sha: push.payload.after, state: 'failure', context: 'ML gate', target_url: 'https://github.com/Codertocat/Hello-World/actions/runs/77' });
    expect(s.description!.length).toBeLessThanOrEqual(140);
    expect(api.calls('checks/create')[0]!.status).toBe(403);
    api.assertAllValid();
  });

  test('push without checks: write nor statuses: write: not posted, one notice naming the permission', async () => {
    env = githubEnv({ event: loadEvent('push'), api });
    api.state.tokenPermissions = { checks: 'read', statuses: 'read' };
    const r = await env.platform.publishCheck(req({ conclusion: 'success' }));
    expect(r.posted).toBe(false);
    expect(r.skippedReason).toMatch(/neither check runs nor commit statuses/);
    env.platform.finish('evaluate-gate');
    expect(env.notices()).toEqual([expect.stringContaining('`checks: write`')]);
  });

  test('on a PR a 403 does not fall back to a status (the PR comment carries the result)', async () => {
    env = githubEnv({ event: pr, api });
    api.inject(faults.readOnly({ operationId: 'checks/create' }));
    const r = await env.platform.publishCheck(req());
    expect(r.posted).toBe(false);
    expect(api.calls('repos/create-commit-status')).toHaveLength(0);
  });

  test('secondary rate limit (403 + retry-after): waits as told, then posts', async () => {
    env = githubEnv({ event: pr, api });
    api.inject(faults.secondaryRateLimit(1, { operationId: 'checks/create', times: 1 }));
    const r = await env.platform.publishCheck(req());
    expect(r.posted).toBe(true);
    expect(api.calls('checks/create').map((q) => q.status)).toEqual([403, 201]);
    expect(env.stdout()).toMatch(/secondary rate limit on POST \/repos\/\{owner\}\/\{repo\}\/check-runs: retrying after 1s/);
    api.assertAllValid();
  });

  test('429 + retry-after: retried once by the throttling plugin (not twice by two plugins)', async () => {
    env = githubEnv({ event: pr, api });
    api.inject(faults.tooManyRequests(1, { operationId: 'checks/create', times: 1 }));
    const r = await env.platform.publishCheck(req());
    expect(r.posted).toBe(true);
    expect(api.calls('checks/create').map((q) => q.status)).toEqual([429, 201]);
  });

  test('a retry-after longer than the cap is not waited for: warning, not posted', async () => {
    env = githubEnv({ event: pr, api, tuning: { ...FAST, maxRetryAfterSeconds: 5 } });
    api.inject(faults.secondaryRateLimit(3600, { operationId: 'checks/create' }));
    const r = await env.platform.publishCheck(req());
    expect(r.posted).toBe(false);
    expect(api.calls('checks/create')).toHaveLength(1);
    expect(env.warnings()).toEqual([expect.stringMatching(/could not create the check run "ML gate": HTTP 403: You have exceeded a secondary rate limit/)]);
  });
});
