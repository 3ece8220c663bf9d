import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { UserError } from '@mlci/core';
import { startFakeGitHub, type FakeGitHub } from '../../../test/harness/fake-github.js';
import { forkPullRequestEvent, loadEvent } from '../../../test/harness/events.js';
import { getOctokit } from '../src/platform.js';
import { runAction } from '../src/run.js';
import { CacheUnavailableError } from '../src/cache.js';
import { SUMMARY_MAX_BYTES } from '../src/truncate.js';
import { githubEnv, readSummary, type Env } from './helpers.js';

let api: FakeGitHub;
let env: Env | undefined;

beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  env?.restore();
  env = undefined;
  await api.close();
});

describe('read-only token (pull request from a fork)', () => {
  test('the action does its job, writes the summary, and says once why nothing was posted', async () => {
    const ev = forkPullRequestEvent();
    env = githubEnv({ event: ev, api });
    api.state.tokenPermissions = { issues: 'read', 'pull-requests': 'read', checks: 'read', statuses: 'read' };
    const e = env;
    await runAction('evaluate-gate', async (p) => {
      await p.appendSummary('## Gate passed');
      const c = await p.upsertComment('evaluate-gate', 'report', 'report');
      const k = await p.publishCheck({ name: 'ML gate', conclusion: 'success', title: 'passed', summary: 'ok' });
      expect(c.posted).toBe(false);
      expect(k.posted).toBe(false);
      p.setOutput('passed', 'true');
    }, e.platform);
    const notices = e.notices();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^evaluate-gate: posted no pull request comment and check run: the token is read-only, as GitHub makes it for pull requests from forks/);
    expect(notices[0]).toContain('`pull-requests: write`, `checks: write`');
    expect(e.commands().filter((c) => c.command === 'error' || c.command === 'warning')).toEqual([]);
    expect(readSummary(e)).toBe('## Gate passed\n');
    expect(process.exitCode ?? 0).toBe(0);
    // Both writes were tried (an org may hand forks a write token) and refused; nothing invalid was sent.
    expect(api.calls('issues/create-comment').map((q) => q.status)).toEqual([403]);
    expect(api.calls('checks/create').map((q) => q.status)).toEqual([403]);
    api.assertAllValid();
  });

  test('finish() emits the notice only once', async () => {
    env = githubEnv({ event: forkPullRequestEvent(), api });
    api.state.tokenPermissions = { issues: 'read', 'pull-requests': 'read' };
    await env.platform.upsertComment('a', 'k', 'x');
    env.platform.finish('a');
    env.platform.finish('a');
    expect(env.notices()).toHaveLength(1);
  });
});

describe('runAction', () => {
  test('a UserError is one ::error:: line without a stack (file-scoped: the same line is the annotation)', async () => {
    env = githubEnv({ event: loadEvent('push'), api });
    await runAction('evaluate-gate', async () => {
      throw new UserError('input "policy": file gate.yml not found; check the path', { file: 'gate.yml', line: 3 });
    }, env.platform);
    const errors = env.commands().filter((c) => c.command === 'error');
    expect(errors.map((c) => c.message)).toEqual([
      'evaluate-gate failed: input "policy": file gate.yml not found; check the path',
    ]);
    expect(errors[0]!.properties).toMatchObject({ file: 'gate.yml', line: '3' });
    expect(env.stdout()).not.toMatch(/\n\s+at /);
    expect(process.exitCode).toBe(1);
  });

  test('a file in the workspace is named by its repository path, in the annotation and the message', async () => {
    env = githubEnv({ event: loadEvent('push'), api });
    const ws = env.platform.context().workspace;
    const abs = join(ws, 'data', 'part-2.csv');
    await runAction('detect-data-change', async () => {
      throw new UserError(`data file ${abs}, line 42: a quoted field is never closed`, { file: abs, line: 42 });
    }, env.platform);
    const errors = env.commands().filter((c) => c.command === 'error');
    expect(errors.map((c) => c.message)).toEqual([
      'detect-data-change failed: data file data/part-2.csv, line 42: a quoted field is never closed',
    ]);
    expect(errors[0]!.properties).toMatchObject({ file: 'data/part-2.csv', line: '42' });
    // Outside the workspace a path stays as it is.
    env.restore();
    env = githubEnv({ event: loadEvent('push'), api });
    await runAction('evaluate-gate', async () => {
      throw new UserError('candidate file /elsewhere/preds.csv not found', { file: '/elsewhere/preds.csv' });
    }, env.platform);
    expect(env.commands().filter((c) => c.command === 'error')[0]!.properties).toMatchObject({ file: '/elsewhere/preds.csv' });
  });

  test('a bug keeps its stack', async () => {
    env = githubEnv({ event: loadEvent('push'), api });
    await runAction('evaluate-gate', async () => {
      throw new TypeError('x is undefined');
    }, env.platform);
    const [err] = env.commands().filter((c) => c.command === 'error');
    expect(err!.message).toMatch(/^evaluate-gate failed with an unexpected error \(please report it\): TypeError: x is undefined\n\s+at /);
  });
});

describe('job summary', () => {
  test('stays within 1 MiB per step, cut at a line with a note', async () => {
    env = githubEnv({ event: loadEvent('push'), api });
    const chunk = '| row | value |\n'.repeat(40_000); // 640,000 bytes
    await env.platform.appendSummary(chunk);
    await env.platform.appendSummary(chunk);
    await env.platform.appendSummary('after the cut');
    const s = readSummary(env);
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(Buffer.byteLength(s)).toBeGreaterThan(SUMMARY_MAX_BYTES - 1000);
    expect(s).toMatch(/\| row \| value \|\n\n> \[!WARNING\]\n> This summary was cut at GitHub's 1 MiB limit/);
    expect(s).not.toContain('after the cut');
  });

  test('multi-byte text is never cut inside a character', async () => {
    env = githubEnv({ event: loadEvent('push'), api });
    await env.platform.appendSummary('é'.repeat(600_000));
    const s = readSummary(env);
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(s).not.toContain('\uFFFD');
  });
});

describe('getOctokit', () => {
  test('an authenticated client against GITHUB_API_URL for endpoints beyond the Platform', async () => {
    env = githubEnv({ event: loadEvent('push'), api });
    const octokit = await getOctokit(env.platform);
    const { data } = await octokit.rest.repos.get({ owner: 'Codertocat', repo: 'Hello-World' });
    expect(data.full_name).toBe('Codertocat/Hello-World');
    expect(api.requests[0]!.headers.authorization).toBe('token ghs_fake000000000000000000000000000000000');
    api.assertAllValid();
  });

  test('no token: a UserError that says how to fix it', async () => {
    env = githubEnv({ event: loadEvent('push'), api, token: null });
    await expect(getOctokit(env!.platform)).rejects.toThrow(UserError);
    await expect(getOctokit(env!.platform)).rejects.toThrow(/github-token/);
  });

  test('the token is masked in the log', async () => {
    env = githubEnv({ event: loadEvent('push'), api });
    await getOctokit(env.platform);
    await getOctokit(env.platform);
    expect(env.commands().filter((c) => c.command === 'add-mask').map((c) => c.message)).toEqual(['ghs_fake000000000000000000000000000000000']);
  });
});

describe('cache', () => {
  test('without the Actions cache service, restore throws CacheUnavailableError (callers degrade)', async () => {
    env = githubEnv({ event: loadEvent('push'), api });
    await expect(env.platform.cache!.restore(['data'], 'k')).rejects.toThrow(CacheUnavailableError);
  });
});
