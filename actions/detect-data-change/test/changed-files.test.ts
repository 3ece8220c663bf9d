import { describe, test, expect, beforeAll, afterAll, afterEach } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import type { RunContext } from '@mlci/core';
import { createOctokit } from '../../../packages/github/src/octokit-client.js';
import { listChangedFiles, gitDiff, PR_FILES_LIMIT } from '../../../packages/github/src/changed-files.js';
import { startFakeGitHub, faults, type FakeGitHub } from '../../../test/harness/fake-github.js';
import { loadEvent } from '../../../test/harness/events.js';

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).trim();
const put = (rel: string, text: string) => {
  mkdirSync(dirname(join(repo, rel)), { recursive: true });
  writeFileSync(join(repo, rel), text);
};
let c1 = '';
let c2 = '';
let c3 = '';
let api: FakeGitHub | undefined;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'mlci-git-'));
  git('init', '-q', '-b', 'main');
  put('src/train.py', 'v1\n');
  put('README.md', 'hi\n');
  git('add', '.');
  git('commit', '-qm', 'one');
  c1 = git('rev-parse', 'HEAD');
  put('src/train.py', 'v2\n');
  git('mv', 'README.md', 'docs.md');
  git('commit', '-qam', 'two');
  c2 = git('rev-parse', 'HEAD');
  put('params.yaml', 'lr: 1\n');
  git('add', '.');
  git('commit', '-qm', 'three');
  c3 = git('rev-parse', 'HEAD');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));
afterEach(async () => {
  api?.assertAllValid();
  await api?.close();
  api = undefined;
});

function ctx(eventName: string, payload: Record<string, any>, sha: string, pr?: RunContext['pullRequest']): RunContext {
  return {
    eventName, repository: 'Codertocat/Hello-World', owner: 'Codertocat', repo: 'Hello-World', sha, ref: 'refs/heads/main', actor: 'a',
    runId: 1, runAttempt: 1, workflow: 'w', job: 'j', serverUrl: 'https://github.com', apiUrl: api?.url ?? 'http://127.0.0.1:9', workspace: repo,
    payload, pullRequest: pr, branch: pr?.headRef ?? 'main',
  };
}
const client = () => createOctokit('ghs_fake', api!.url, { debug: () => {}, info: () => {} }, { writeIntervalMs: 0, retryBaseMs: 1, retries: 0 });

describe('changed files', () => {
  test('git diff lists both names of a rename; missing commits give undefined', async () => {
    expect(await gitDiff(repo, c1, c2, false)).toEqual(['README.md', 'docs.md', 'src/train.py']);
    expect(await gitDiff(repo, 'f'.repeat(40), c2, false)).toBeUndefined();
    expect(await gitDiff(join(tmpdir()), c1, c2, false)).toBeUndefined();
  });

  test('push: before..after from the clone', async () => {
    const r = await listChangedFiles({ context: ctx('push', { before: c2, after: c3 }, c3), cwd: repo });
    expect(r).toEqual({ files: ['params.yaml'], source: `git diff ${c2.slice(0, 7)}..${c3.slice(0, 7)} (push)` });
  });

  test('merge_group: the queue entry\'s base_sha..head_sha (real payload shape)', async () => {
    const event = loadEvent('merge_group');
    event.payload.merge_group.base_sha = c1;
    event.payload.merge_group.head_sha = c2;
    const r = await listChangedFiles({ context: ctx('merge_group', event.payload, c2), cwd: repo, baselineCommit: c3 });
    expect(r).toEqual({ files: ['README.md', 'docs.md', 'src/train.py'], source: `git diff ${c1.slice(0, 7)}..${c2.slice(0, 7)} (merge group)` });
  });

  test('schedule: since the baseline commit; same commit means nothing changed; no baseline means unknown', async () => {
    expect((await listChangedFiles({ context: ctx('schedule', {}, c3), cwd: repo, baselineCommit: c1 })).files).toEqual(['README.md', 'docs.md', 'params.yaml', 'src/train.py']);
    expect((await listChangedFiles({ context: ctx('workflow_dispatch', {}, c3), cwd: repo, baselineCommit: c3 })).files).toEqual([]);
    expect((await listChangedFiles({ context: ctx('schedule', {}, c3), cwd: repo })).files).toBeUndefined();
  });

  test('pull request: every page of the API, renames under both names', async () => {
    api = await startFakeGitHub();
    const files = Array.from({ length: 230 }, (_, i) => ({ filename: `src/m${String(i).padStart(3, '0')}.py`, status: 'modified' as const }));
    files.push({ filename: 'src/new.py', status: 'renamed' as const, previous_filename: 'src/old.py' } as any);
    api.state.pullFiles['Codertocat/Hello-World#2'] = files;
    const event = loadEvent('pull_request');
    api.seedEvent(event.name, event.payload);
    const pr = { number: 2, headSha: c3, baseSha: c1, baseRef: 'main', headRef: 'changes', fork: false };
    const r = await listChangedFiles({ context: ctx('pull_request', event.payload, c3, pr), client: client(), cwd: repo });
    expect(r.files).toHaveLength(232);
    expect(r.files).toContain('src/old.py');
    expect(r.source).toBe('pull request #2 files (API)');
    expect(api.calls('pulls/list-files')).toHaveLength(3);
  });

  test('pull request: API refused (403) or capped at 3000 files → git diff base...head', async () => {
    api = await startFakeGitHub();
    const event = loadEvent('pull_request');
    api.seedEvent(event.name, event.payload);
    api.inject(faults.readOnly({ operationId: 'pulls/list-files' }));
    const pr = { number: 2, headSha: c3, baseSha: c2, baseRef: 'main', headRef: 'changes', fork: true };
    const r = await listChangedFiles({ context: ctx('pull_request', event.payload, c3, pr), client: client(), cwd: repo });
    expect(r.files).toEqual(['params.yaml']);
    expect(r.source).toMatch(/^git diff [0-9a-f]{7}\.\.\.[0-9a-f]{7} \(API: HTTP 403/);
    expect(PR_FILES_LIMIT).toBe(3000);
  });

  test('no token and no commits: unknown, and the summary says why', async () => {
    const pr = { number: 2, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40), baseRef: 'main', headRef: 'x', fork: false };
    const r = await listChangedFiles({ context: ctx('pull_request', {}, 'a'.repeat(40), pr), cwd: repo });
    expect(r.files).toBeUndefined();
    expect(r.source).toMatch(/^unknown: PR files API \(no token\) and git diff both unavailable/);
  });
});
