import { describe, test, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../test/harness/run-action.js';

/** The committed bundle, run as a GitLab job runs it: GitLab's predefined variables in the environment. */
const BIN = join(REPO_ROOT, 'packages', 'cli', 'dist', 'index.js');

/**
 * The variables a GitLab runner sets in a manual job played by alice on main
 * (https://docs.gitlab.com/ci/variables/predefined_variables/); nothing from the machine running the test leaks in.
 */
const GITLAB: Record<string, string> = {
  GITLAB_CI: 'true',
  CI: 'true',
  CI_SERVER_URL: 'https://gitlab.example.com',
  CI_API_V4_URL: 'https://gitlab.example.com/api/v4',
  CI_PROJECT_ID: '4242',
  CI_PROJECT_PATH: 'ml/credit-risk',
  CI_PROJECT_NAMESPACE: 'ml',
  CI_PROJECT_NAME: 'credit-risk',
  CI_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
  CI_COMMIT_SHORT_SHA: '01234567',
  CI_COMMIT_BRANCH: 'main',
  CI_DEFAULT_BRANCH: 'main',
  CI_PIPELINE_SOURCE: 'push',
  CI_PIPELINE_ID: '1001',
  CI_PIPELINE_URL: 'https://gitlab.example.com/ml/credit-risk/-/pipelines/1001',
  CI_JOB_ID: '5005',
  CI_JOB_NAME: 'mlci-approve',
  CI_JOB_URL: 'https://gitlab.example.com/ml/credit-risk/-/jobs/5005',
  GITLAB_USER_LOGIN: 'alice',
};

function mlci(args: string[], cwd: string, env: Record<string, string | undefined>) {
  const base: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME, SOURCE_DATE_EPOCH: '1767268800' };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...base, ...env } as NodeJS.ProcessEnv });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = () => mkdtempSync(join(tmpdir(), 'mlci-gitlab-approve-'));

describe('mlci approve in a GitLab manual job', () => {
  test('playing the job approves: who played it (GITLAB_USER_LOGIN), the job (CI_JOB_URL) and why (MLCI_APPROVAL_REASON) in the record, summary and dotenv', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'gate.md'), '## ML gate passed\n\nAUC 0.84 (+0.02)\n');
    const r = mlci(['approve', '--report', 'gate.md', '--model-version', '01234567'], cwd, { ...GITLAB, MLCI_APPROVAL_REASON: '65+ slice checked by hand' });
    expect(r.stderr).not.toMatch(/unexpected error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^approved by alice \(01234567\): 65\+ slice checked by hand$/m);
    expect(r.stdout).toContain('job: https://gitlab.example.com/ml/credit-risk/-/jobs/5005');
    const record = JSON.parse(readFileSync(join(cwd, '.mlci', 'approval.json'), 'utf8'));
    expect(record).toEqual({
      schema: 'mlci.approval.local/v1', decision: 'approved', decidedBy: 'alice', reason: '65+ slice checked by hand', via: 'gitlab-manual-job',
      modelVersion: '01234567', report: 'gate.md', approvers: ['alice'], decidedAt: '2026-01-01T12:00:00.000Z',
      jobUrl: GITLAB.CI_JOB_URL, pipelineUrl: GITLAB.CI_PIPELINE_URL,
    });
    const summary = readFileSync(join(cwd, '.mlci', 'summary.md'), 'utf8');
    expect(summary).toContain('### Approved `01234567` by alice');
    expect(summary).toContain('> 65+ slice checked by hand');
    expect(summary).toContain(`alice played the manual job ${GITLAB.CI_JOB_URL} (pipeline ${GITLAB.CI_PIPELINE_URL})`);
    expect(summary).toContain('AUC 0.84 (+0.02)');
    // The dotenv report for the deploy job after it (artifacts:reports:dotenv), one line per output.
    const env = readFileSync(join(cwd, '.mlci', 'mlci.env'), 'utf8');
    expect(env.split('\n')).toEqual(expect.arrayContaining([
      'MLCI_APPROVAL_DECISION=approved', 'MLCI_APPROVAL_DECIDED_BY=alice', 'MLCI_APPROVAL_REASON=65+ slice checked by hand',
      `MLCI_APPROVAL_JOB_URL=${GITLAB.CI_JOB_URL}`, 'MLCI_APPROVAL_MODEL_VERSION=01234567',
    ]));
    // No token: the merge request note is not posted, and the job says so in one notice, not a failure.
    expect(r.stderr).not.toMatch(/merge request note/); // a push pipeline has no merge request to note
  });

  test('--reason wins over the variable; --deny denies (exit 1) and records who and why; no token: one notice about the note', () => {
    const cwd = dir();
    const mr = { CI_PIPELINE_SOURCE: 'merge_request_event', CI_COMMIT_BRANCH: '', CI_MERGE_REQUEST_IID: '7', CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'retrain', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' };
    const r = mlci(['approve', '--deny', '--reason', 'the 65+ slice regressed'], cwd, { ...GITLAB, ...mr, GITLAB_USER_LOGIN: 'bob', MLCI_APPROVAL_REASON: 'ignored' });
    expect(r.code).toBe(1);
    expect(r.stderr.match(/No merge request note was posted: set MLCI_GITLAB_TOKEN/g)).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(cwd, '.mlci', 'approval.json'), 'utf8'))).toMatchObject({
      decision: 'denied', decidedBy: 'bob', reason: 'the 65+ slice regressed', via: 'gitlab-manual-job', jobUrl: GITLAB.CI_JOB_URL,
    });
    expect(readFileSync(join(cwd, '.mlci', 'mlci.env'), 'utf8')).toMatch(/^MLCI_APPROVAL_DECISION=denied$/m);
  });

  test('no reason given: recorded as none, still approved', () => {
    const cwd = dir();
    const r = mlci(['approve'], cwd, GITLAB);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, '.mlci', 'approval.json'), 'utf8'))).toMatchObject({ decision: 'approved', decidedBy: 'alice', reason: '' });
    expect(readFileSync(join(cwd, '.mlci', 'summary.md'), 'utf8')).toContain('_No reason given._');
  });

  test('a player outside --approvers, or no GITLAB_USER_LOGIN, is bad usage: exit 2 with one line and no record', () => {
    const cwd = dir();
    const a = mlci(['approve', '--approvers', 'bob,carol'], cwd, GITLAB);
    expect(a.code).toBe(2);
    expect(a.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^mlci approve: error: flag --approver is 'alice', who is not in --approvers \(bob, carol\)/)]);
    const b = mlci(['approve'], cwd, { ...GITLAB, GITLAB_USER_LOGIN: undefined });
    expect(b.code).toBe(2);
    expect(b.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^mlci approve: error: GITLAB_USER_LOGIN is not set/)]);
    expect(existsSync(join(cwd, '.mlci', 'approval.json'))).toBe(false);
  });

  test('outside GitLab nothing changes: no dotenv file, no job in the record', () => {
    const cwd = dir();
    const r = mlci(['approve', '--approve', '--approver', 'alice'], cwd, {});
    expect(r.code).toBe(0);
    expect(existsSync(join(cwd, '.mlci', 'mlci.env'))).toBe(false);
    expect(JSON.parse(readFileSync(join(cwd, '.mlci', 'approval.json'), 'utf8'))).not.toHaveProperty('jobUrl');
  });
});
