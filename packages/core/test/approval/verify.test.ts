import { describe, test, expect } from '@jest/globals';
import { checkRequestIssue, checkRequestingRun, runInitiators } from '../../src/approval/verify.js';
import { encodeRecordPayload, recordBlock, sealComment } from '../../src/approval/record.js';
import type { ApprovalComment, ApprovalThread, RequestingRun } from '../../src/approval/port.js';
import { RECORD } from './fixtures.js';

const payload = encodeRecordPayload(RECORD);
const BODY = `${recordBlock(payload)}\n## Approval requested: \`fraud-2026.03.02\``;
const BOT = 'github-actions[bot]';
const opts = { repository: 'acme/models', trustedAuthors: [BOT] };

function thread(over: Partial<ApprovalThread> = {}): ApprovalThread {
  return {
    number: 7, url: 'u', title: 't', body: BODY, author: BOT, state: 'open',
    createdAt: '2026-03-02T10:00:00Z', isPullRequest: false, labels: ['mlci-approval'], ...over,
  };
}
function seal(over: Partial<ApprovalComment> = {}): ApprovalComment {
  return { id: 1, author: BOT, authorIsBot: true, body: sealComment(BODY), createdAt: '2026-03-02T10:00:01Z', updatedAt: '2026-03-02T10:00:01Z', url: 's', ...over };
}
const run: RequestingRun = {
  id: 4242, attempt: 1, headSha: 'a'.repeat(40), startedAt: '2026-03-02T09:40:00Z', updatedAt: '2026-03-02T10:01:00Z', status: 'completed', actor: 'dave', triggeringActor: 'erin',
};

describe('checkRequestIssue', () => {
  test('a sealed request by the workflow identity passes', () => {
    expect(checkRequestIssue(thread(), [seal()], opts)).toMatchObject({ status: 'sealed', record: RECORD });
  });
  test('an unrelated issue or a pull request is unrelated, not an error', () => {
    expect(checkRequestIssue(thread({ body: 'bug report', author: 'zed' }), [], opts).status).toBe('unrelated');
    expect(checkRequestIssue(thread({ isPullRequest: true }), [seal()], opts).status).toBe('unrelated');
  });
  test('a forged issue: a copied record in an issue someone else opened', () => {
    const r = checkRequestIssue(thread({ author: 'mallory' }), [seal({ author: 'mallory', authorIsBot: false })], opts);
    expect(r).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/opened by mallory, not by the workflow identity/) });
  });
  test('an edited description no longer matches the seal', () => {
    const forged = encodeRecordPayload({ ...RECORD, modelVersion: 'evil', sha: 'b'.repeat(40) });
    const r = checkRequestIssue(thread({ body: recordBlock(forged) }), [seal()], opts);
    expect(r).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/edited after the request/) });
  });
  test('an edited description text is caught even when the hidden record is intact', () => {
    const r = checkRequestIssue(thread({ body: BODY.replace('fraud-2026.03.02`', 'fraud-2026.03.02` (ignore the gate report, it is fine)') }), [seal()], opts);
    expect(r.status).toBe('rejected');
  });
  test('an edited, missing or later seal', () => {
    expect(checkRequestIssue(thread(), [seal({ updatedAt: '2026-03-02T11:00:00Z' })], opts)).toMatchObject({ reason: expect.stringMatching(/seal comment was edited/) });
    expect(checkRequestIssue(thread(), [], opts)).toMatchObject({ reason: expect.stringMatching(/is not the request's seal/) });
    // A person pasting a seal marker does not count: only the issue author's seals do.
    expect(checkRequestIssue(thread(), [seal({ author: 'mallory', authorIsBot: false })], opts).status).toBe('rejected');
    // A seal marker that does not start the comment (quoted in a bot comment) is no seal.
    expect(checkRequestIssue(thread(), [seal({ body: `Refused: ${sealComment(BODY)}` })], opts)).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/not the request's seal/) });
    // The seal must be the author's first comment: a bot comment before it (deleted seal, then a refusal) fails.
    expect(checkRequestIssue(thread(), [seal({ id: 0, body: 'mlci will not act…', createdAt: '2026-03-02T10:00:01Z' }), seal({ id: 2 })], opts).status).toBe('rejected');
    // The first seal by the author decides; a later one (from another workflow run) cannot replace it.
    const forged = encodeRecordPayload({ ...RECORD, modelVersion: 'evil' });
    const later = seal({ id: 9, body: sealComment(recordBlock(forged)), createdAt: '2026-03-05T00:00:00Z', updatedAt: '2026-03-05T00:00:00Z' });
    expect(checkRequestIssue(thread({ body: recordBlock(forged) }), [seal(), later], opts).status).toBe('rejected');
  });
  test('another repository, a malformed record', () => {
    const other = encodeRecordPayload({ ...RECORD, repository: 'evil/repo' });
    expect(checkRequestIssue(thread({ body: recordBlock(other) }), [seal({ body: sealComment(recordBlock(other)) })], opts)).toMatchObject({ reason: expect.stringMatching(/evil\/repo/) });
    expect(checkRequestIssue(thread({ body: '<!-- mlci:request-approval:record v1 !!! -->' }), [], opts).status).toBe('rejected');
  });
  test('a custom request author (GitHub App token)', () => {
    const t = thread({ author: 'acme-bot[bot]' });
    expect(checkRequestIssue(t, [seal({ author: 'acme-bot[bot]' })], { ...opts, trustedAuthors: ['acme-bot[bot]'] }).status).toBe('sealed');
  });
});

describe('checkRequestingRun', () => {
  test('the run that made the request passes', () => {
    expect(checkRequestingRun(RECORD, thread(), seal(), run)).toBeUndefined();
    expect(checkRequestingRun(RECORD, thread(), seal(), { ...run, status: 'in_progress', updatedAt: '2026-03-02T09:50:00Z' })).toBeUndefined();
  });
  test('a missing run, another commit, a seal posted after the run ended', () => {
    expect(checkRequestingRun(RECORD, thread(), seal(), undefined)).toMatch(/does not exist/);
    expect(checkRequestingRun(RECORD, thread(), seal(), { ...run, headSha: 'c'.repeat(40) })).toMatch(/ran c{40}/);
    expect(checkRequestingRun(RECORD, thread(), seal({ createdAt: '2026-03-03T10:00:00Z' }), run)).toMatch(/seal comment was created at .* outside attempt 1 of run 4242/);
    expect(checkRequestingRun(RECORD, thread(), seal(), { ...run, attempt: 2 })).toMatch(/answered attempt 2/);
    expect(checkRequestingRun(RECORD, thread({ createdAt: '2026-03-01T10:00:00Z' }), seal(), run)).toMatch(/issue was created/);
  });
  test('a re-run does not widen the window: only the recorded attempt\'s own start and end count', () => {
    // Attempt 1 ran 09:40-10:01; a re-run (attempt 2) ran 12:00-12:30. A seal written at 12:10 is outside attempt 1.
    const late = seal({ createdAt: '2026-03-02T12:10:00Z', updatedAt: '2026-03-02T12:10:00Z' });
    expect(checkRequestingRun(RECORD, thread(), late, run)).toMatch(/outside attempt 1 of run 4242 \(2026-03-02T09:40:00Z to 2026-03-02T10:01:00Z\)/);
  });
  test('initiators from the record and the run (re-runs)', () => {
    expect(runInitiators(RECORD, run)).toEqual(['dave', 'erin']);
  });
});
