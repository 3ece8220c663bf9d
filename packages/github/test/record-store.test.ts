// The GitHub RecordStore over real HTTP against the OpenAPI-checked fake GitHub, with the races interleaved by hand
// so each conflict path runs every time (the runner-faithful test races two processes, which interleave by chance).
import { describe, test, expect, beforeEach, afterEach } from '@jest/globals';
import { PermissionDeniedError, type RecordStore, type RunContext } from '@mlci/core';
import { saveToStore } from '@mlci/core/detect/record-store';
import type { DetectRecord } from '@mlci/core/detect/record';
import { startFakeGitHub, type FakeGitHub } from '../../../test/harness/fake-github.js';
import { gitObjectId } from '../../../test/harness/fake-git.js';
import { createOctokit } from '../src/octokit-client.js';
import { branchComponent, createRecordStore, createRunHistory, recordRef } from '../src/record-store.js';
import { FAST } from './helpers.js';

let api: FakeGitHub;
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  api.assertAllValid();
  await api.close();
});

const quiet = { debug: () => {}, info: () => {} };
const ctx = (runId = 77): RunContext =>
  ({ owner: 'octo-org', repo: 'octo-repo', repository: 'octo-org/octo-repo', runId, workflowRef: 'octo-org/octo-repo/.github/workflows/retrain.yml@refs/heads/main' }) as RunContext;
const store = (): RecordStore => {
  const client = createOctokit('ghs_test', api.url, quiet, FAST);
  return createRecordStore(() => ctx(), async () => client);
};
const record = (trainedAt: string, fingerprint = 'f'.repeat(64)) =>
  ({ schema: 'mlci.detect.record/v1', createdAt: trainedAt, trainedAt, commit: 'c', fingerprint, statAt: 0, files: [], pointers: [], code: {}, params: {}, profiles: {}, tables: [] }) as DetectRecord;
const log = () => {
  const infos: string[] = [];
  return { infos, log: { info: (m: string) => infos.push(m), warning: (m: string) => infos.push(`warning: ${m}`) } };
};
const refs = () => api.state.git['octo-org/octo-repo']?.refs ?? {};
const commitOf = (sha: string) => api.state.git['octo-org/octo-repo']!.objects[sha] as { parents: string[] };

/** A store whose first write lets `other` run to completion first: the interleaving of a race. */
function racing(mine: RecordStore, other: () => Promise<unknown>): RecordStore {
  let first = true;
  return {
    ...mine,
    location: mine.location,
    read: (n, b) => mine.read(n, b),
    write: async (n, b, text, expected, message) => {
      if (first) {
        first = false;
        await other();
      }
      return mine.write(n, b, text, expected, message);
    },
  };
}

describe('ref names', () => {
  test('one component per branch; slashes flattened with a digest so refs never nest', () => {
    expect(recordRef('fraud', 'main')).toBe('refs/mlci/detect/fraud/main');
    expect(branchComponent('feature/x')).toMatch(/^feature-x-[0-9a-f]{8}$/);
    expect(branchComponent('feature/x')).not.toBe(branchComponent('feature-x'));
  });

  test('branches feature and feature/x both get a record (git could not hold refs …/feature and …/feature/x)', async () => {
    const s = store();
    const l = log();
    await saveToStore(s, { name: 'n', branch: 'feature', record: record('2026-11-01T00:00:00.000Z'), message: 'm', log: l.log });
    await saveToStore(s, { name: 'n', branch: 'feature/x', record: record('2026-11-01T00:00:00.000Z'), message: 'm', log: l.log });
    expect(Object.keys(refs()).sort()).toEqual([recordRef('n', 'feature'), recordRef('n', 'feature/x')].sort());
  });
});

describe('GitHub RecordStore', () => {
  test('write then read round-trips the text; the blob is git\'s own object id', async () => {
    const s = store();
    expect(await s.read('n', 'main')).toBeUndefined();
    const text = JSON.stringify(record('2026-11-01T00:00:00.000Z'), null, 2) + '\n';
    const w = await s.write('n', 'main', text, undefined, 'first');
    expect(w.written).toBe(true);
    const got = await s.read('n', 'main');
    expect(got).toEqual({ version: (w as { version: string }).version, text });
    expect(api.calls('git/create-blob').map((r) => r.responseBody)).toContainEqual(expect.objectContaining({ sha: gitObjectId('blob', Buffer.from(text)) }));
  });

  test('a create race: the ref appeared meanwhile, so read again; our later training goes on top of theirs', async () => {
    const a = store();
    const b = store();
    const l = log();
    const theirs = record('2026-11-01T00:00:00.000Z', '1'.repeat(64));
    const ours = record('2026-11-02T00:00:00.000Z', '2'.repeat(64));
    const other = () => saveToStore(b, { name: 'n', branch: 'main', record: theirs, message: 'b', log: log().log });
    expect(await saveToStore(racing(a, other), { name: 'n', branch: 'main', record: ours, message: 'a', log: l.log })).toBe('written');
    expect(api.calls('git/create-ref').map((r) => r.status)).toEqual([201, 422]);
    expect(api.calls('git/create-ref')[1]!.responseBody).toMatchObject({ message: 'Reference already exists' });
    const now = await a.read('n', 'main');
    expect(JSON.parse(now!.text!).fingerprint).toBe('2'.repeat(64));
    const bCommit = api.calls('git/create-ref')[0]!.body as { sha: string };
    expect(commitOf(now!.version).parents).toEqual([bCommit.sha]);
    expect(l.infos.some((m) => /moved while this run was writing it/.test(m))).toBe(true);
  });

  test('an update race: the fast-forward check refuses the stale parent; an older training keeps the newer record', async () => {
    const a = store();
    const b = store();
    await saveToStore(a, { name: 'n', branch: 'main', record: record('2026-11-01T00:00:00.000Z', '1'.repeat(64)), message: 'v1', log: log().log });
    const newer = record('2026-11-05T00:00:00.000Z', '3'.repeat(64));
    const other = () => saveToStore(b, { name: 'n', branch: 'main', record: newer, message: 'b', log: log().log });
    const l = log();
    const outcome = await saveToStore(racing(a, other), { name: 'n', branch: 'main', record: record('2026-11-03T00:00:00.000Z', '2'.repeat(64)), message: 'a', log: l.log });
    expect(outcome).toBe('kept-newer');
    const updates = api.calls('git/update-ref');
    expect(updates.map((r) => [r.status, (r.body as { force: boolean }).force])).toEqual([[200, false], [422, false]]);
    expect(updates[1]!.responseBody).toMatchObject({ message: 'Update is not a fast forward' });
    expect(JSON.parse((await a.read('n', 'main'))!.text!).fingerprint).toBe('3'.repeat(64));
  });

  test('a token that may read but not write: checkWritable and write say contents: write', async () => {
    api.state.tokenPermissions = { contents: 'read' };
    const s = store();
    const e = await s.checkWritable().catch((x) => x);
    expect(e).toBeInstanceOf(PermissionDeniedError);
    expect(e.permission).toBe('contents: write');
    expect(e.message).toMatch(/^HTTP 403: Resource not accessible by integration/);
    await expect(s.write('n', 'main', '{}', undefined, 'm')).rejects.toThrow(PermissionDeniedError);
    expect(await s.read('n', 'main')).toBeUndefined();
  });
});

describe('GitHub RunHistory', () => {
  test('the newest successful run of this workflow on the branch, not this run', async () => {
    const at = (d: number) => `2026-11-${String(d).padStart(2, '0')}T00:00:00Z`;
    const run = (branch: string, day: number, conclusion = 'success', path = '.github/workflows/retrain.yml@refs/heads/main') =>
      ({ head_branch: branch, path, status: 'completed', conclusion, created_at: at(day), updated_at: at(day) });
    Object.assign(api.state.workflowRuns, {
      77: run('main', 20), 10: run('main', 10), 11: run('main', 12, 'failure'), 12: run('dev', 15), 13: run('main', 14, 'success', '.github/workflows/other.yml@x'),
    });
    const client = createOctokit('ghs_test', api.url, quiet, FAST);
    const h = createRunHistory(() => ctx(77), async () => client);
    expect(await h.lastSuccessfulRun('main')).toMatchObject({ id: 10, branch: 'main', at: at(10) });
    expect(await h.lastSuccessfulRun('nope')).toBeUndefined();
    api.state.tokenPermissions = { actions: 'none' };
    await expect(h.lastSuccessfulRun('main')).rejects.toThrow(PermissionDeniedError);
  });
});
