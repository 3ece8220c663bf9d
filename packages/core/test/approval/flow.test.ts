import { describe, test, expect, beforeEach } from '@jest/globals';
import {
  requestAndWait, requestOnly, resolveEvent, resolveThread, type RequestContext, type RequestOptions, type FlowDeps,
} from '../../src/approval/flow.js';
import { parseApprovers } from '../../src/approval/approvers.js';
import { DEFAULT_APPROVE_WORDS, DEFAULT_DENY_WORDS } from '../../src/approval/words.js';
import { decisionOf, extractRecord, recordBlock, encodeRecordPayload } from '../../src/approval/record.js';
import type { PinnedRules } from '../../src/approval/verify.js';
import { FakeClock, MemoryTracker } from './memory-tracker.js';

const SHA = 'a'.repeat(40);
const HOUR = 3_600_000;

function options(over: Partial<RequestOptions> = {}): RequestOptions {
  return {
    approvers: parseApprovers(['alice', 'bob', '@acme/ml-leads']), minimumApprovals: 1, excludeInitiator: true,
    words: { approve: DEFAULT_APPROVE_WORDS, deny: DEFAULT_DENY_WORDS }, closeMeansDeny: true, timeoutMs: HOUR,
    modelVersion: 'fraud-2026.03.02', title: 'Approve fraud-2026.03.02', labels: ['mlci-approval'],
    onApprove: { kind: 'workflow', workflow: 'promote.yml', ref: 'main' }, ...over,
  };
}
const ctx: RequestContext = {
  repository: 'acme/models', runId: 4242, runAttempt: 1, workflow: 'retrain', sha: SHA, ref: 'refs/heads/main',
  initiators: ['dave'], serverUrl: 'https://github.com',
};

let clock: FakeClock;
let gh: MemoryTracker;
let deps: FlowDeps;
let warnings: string[];
/** The resolve step repeating the request step's rules. */
function pinnedOf(o: RequestOptions): PinnedRules {
  return { approvers: o.approvers, minimumApprovals: o.minimumApprovals, excludeInitiator: o.excludeInitiator, words: o.words, closeMeansDeny: o.closeMeansDeny, timeoutMs: o.timeoutMs };
}
const roFor = (o: RequestOptions) => ({ repository: 'acme/models', trustedAuthors: ['github-actions[bot]'], label: 'mlci-approval', pinned: pinnedOf(o) });
/** Pins the rules of `requested()` (two approvals). */
const ro = roFor(options({ minimumApprovals: 2 }));

beforeEach(() => {
  clock = new FakeClock();
  gh = new MemoryTracker(clock);
  gh.teams.set('acme/ml-leads', ['carol', 'dave']);
  for (const l of ['alice', 'bob', 'carol', 'dave']) gh.perms.set(l, 'write');
  gh.runs.set('4242/1', { id: 4242, attempt: 1, headSha: SHA, startedAt: clock.iso(-600_000), updatedAt: clock.iso(-600_000), status: 'in_progress', actor: 'dave' });
  warnings = [];
  deps = { tracker: gh, clock, log: { info: () => {}, warning: (m) => warnings.push(m) } };
});

/** Script comments: at `afterMs` from now, `author` writes `body` on issue 1. */
function script(events: { afterMs: number; run: () => void }[]) {
  const start = clock.now();
  const pending = [...events].sort((a, b) => a.afterMs - b.afterMs);
  clock.onSleep = (_from, to) => {
    while (pending.length && start + pending[0].afterMs <= to) {
      const e = pending.shift()!;
      const saved = clock.t;
      clock.t = start + e.afterMs;
      e.run();
      clock.t = saved;
    }
  };
}

describe('mode: wait', () => {
  test('an approval after two polls approves, dispatches once with the recorded inputs and closes the issue', async () => {
    script([{ afterMs: 40_000, run: () => gh.comment(1, 'alice', 'LGTM') }]);
    const out = await requestAndWait(options(), ctx, 15_000, deps);
    expect(out).toMatchObject({ decision: 'approved', approvedBy: ['alice'], thread: { number: 1 } });
    expect(gh.dispatches).toEqual([{ kind: 'workflow', target: 'promote.yml', ref: 'main', inputs: { 'model-version': 'fraud-2026.03.02', 'commit-sha': SHA, 'run-id': '4242' } }]);
    expect(gh.threads.get(1)!.state).toBe('closed');
    const last = gh.comments.get(1)!.at(-1)!;
    expect(decisionOf(last.body)).toBe('approved');
    expect(last.body).toMatch(/@alice/);
  });

  test('500s and rate limits while polling are retried at the next poll', async () => {
    gh.failures.push(
      { method: 'listComments', error: Object.assign(new Error('Internal Server Error'), { status: 500 }) },
      { method: 'listEvents', error: Object.assign(new Error('You have exceeded a secondary rate limit'), { status: 403 }) },
    );
    script([{ afterMs: 1_000, run: () => gh.comment(1, 'bob', 'approve') }]);
    const out = await requestAndWait(options(), ctx, 15_000, deps);
    expect(out.decision).toBe('approved');
    expect(warnings).toHaveLength(2);
  });

  test('a 404 while polling is not retried', async () => {
    gh.failures.push({ method: 'listComments', error: Object.assign(new Error('Not Found'), { status: 404 }) });
    await expect(requestAndWait(options(), ctx, 15_000, deps)).rejects.toThrow('Not Found');
  });

  test('two of three approvals, then the time-out: a denial stated in the closing comment, nothing dispatched', async () => {
    script([
      { afterMs: 60_000, run: () => gh.comment(1, 'alice', 'approve') },
      { afterMs: 120_000, run: () => gh.comment(1, 'bob', 'approve') },
    ]);
    const out = await requestAndWait(options({ minimumApprovals: 3 }), ctx, 15_000, deps);
    expect(out).toMatchObject({ decision: 'timed-out', approvedBy: ['alice', 'bob'] });
    expect(gh.dispatches).toEqual([]);
    const last = gh.comments.get(1)!.at(-1)!;
    expect(last.body).toMatch(/Timed out: treated as a denial/);
    expect(last.body).toMatch(/2 of 3 approvals/);
    expect(gh.threads.get(1)!.state).toBe('closed');
  });

  test('the initiator approving their own run is ignored and written into the status comment', async () => {
    script([
      { afterMs: 5_000, run: () => gh.comment(1, 'dave', 'approve') },
      { afterMs: 50_000, run: () => gh.comment(1, 'carol', 'approve') },
    ]);
    const out = await requestAndWait(options(), ctx, 15_000, deps);
    expect(out.decision).toBe('approved');
    expect(out.approvedBy).toEqual(['carol']);
    const status = gh.comments.get(1)!.find((c) => c.body.includes('mlci:request-approval:status'))!;
    expect(status.body).toMatch(/dave started the run/);
    expect(out.summary).toMatch(/dave started the run/);
  });

  test('on a pull request: a PR comment, older comments ignored, the PR stays open', async () => {
    const pr = gh.addPullRequest('dave');
    gh.comment(pr, 'alice', 'approve', { at: clock.iso(-60_000) });
    script([{ afterMs: 20_000, run: () => gh.comment(pr, 'bob', 'deny') }]);
    const out = await requestAndWait(options(), { ...ctx, pullRequestNumber: pr }, 15_000, deps);
    expect(out).toMatchObject({ decision: 'denied', deniedBy: 'bob' });
    expect(out.summary).toMatch(/before the request/);
    expect(gh.threads.get(pr)!.state).toBe('open');
    expect(gh.calls).not.toContain('openIssue');
  });

  test('a team the token cannot read fails before anything is opened', async () => {
    gh.teams.set('acme/ml-leads', 'forbidden');
    await expect(requestAndWait(options(), ctx, 15_000, deps)).rejects.toThrow(/read:org/);
    expect(gh.calls).not.toContain('openIssue');
  });

  test('more required approvals than possible approvers is a user error', async () => {
    await expect(requestAndWait(options({ approvers: parseApprovers(['alice', 'dave']), minimumApprovals: 2 }), ctx, 15_000, deps))
      .rejects.toThrow(/only 1 approver\(s\) could approve \(alice; dave started this run/);
  });

  test('a low rate budget slows polling down', async () => {
    const infos: string[] = [];
    deps.log.info = (m) => infos.push(m);
    gh.rateBudget = () => ({ remaining: 30, limit: 1000, resetAt: clock.now() + 600_000 });
    script([{ afterMs: 1_000, run: () => gh.comment(1, 'alice', 'approve') }]);
    await requestAndWait(options(), ctx, 15_000, deps);
    expect(infos.some((m) => /Rate budget low/.test(m))).toBe(true);
  });
});

describe('mode: request, then resolve', () => {
  async function requested() {
    const out = await requestOnly(options({ minimumApprovals: 2 }), ctx, deps);
    expect(out).toMatchObject({ kind: 'requested', decision: 'pending', thread: { number: 1 } });
    gh.runs.get('4242/1')!.status = 'completed';
    gh.runs.get('4242/1')!.updatedAt = clock.iso(5_000);
    clock.t += 3600_000 * 0.5;
    return out;
  }
  const commentEvent = (n: number) => ({ issue: { number: n, isPullRequest: false } });

  test('request opens one issue with the record and its seal, and holds nothing', async () => {
    await requested();
    const issue = gh.threads.get(1)!;
    expect(extractRecord(issue.body)).toMatchObject({ kind: 'ok', record: { modelVersion: 'fraud-2026.03.02', runId: 4242, sha: SHA } });
    expect(gh.comments.get(1)!.map((c) => c.body)).toEqual([expect.stringMatching(/mlci:request-approval:seal sha256:/)]);
  });

  test('approvals decide; the follow-up is dispatched once; a second resolve dispatches nothing', async () => {
    await requested();
    gh.comment(1, 'alice', 'approve');
    expect((await resolveEvent(commentEvent(1), ro, deps))[0]).toMatchObject({ kind: 'pending', decision: 'pending', approvedBy: ['alice'] });
    expect(gh.dispatches).toHaveLength(0);
    gh.comment(1, 'carol', 'yes');
    expect((await resolveEvent(commentEvent(1), ro, deps))[0]).toMatchObject({ kind: 'decided', decision: 'approved', approvedBy: ['alice', 'carol'] });
    expect(gh.dispatches).toHaveLength(1);
    expect(gh.threads.get(1)!.state).toBe('closed');
    gh.comment(1, 'bob', 'approve');
    expect((await resolveEvent(commentEvent(1), ro, deps))[0]).toMatchObject({ kind: 'already-decided', decision: 'approved' });
    expect(gh.dispatches).toHaveLength(1);
  });

  test.each([
    ['approvers', { approvers: parseApprovers(['alice', 'bob', 'mallory']) }, /approvers/],
    ['minimum', { minimumApprovals: 3 }, /needs 2 approval/],
    ['words', { words: { approve: ['ship it'], deny: ['deny'] } }, /approve-words/],
    ['exclude-initiator', { excludeInitiator: false }, /exclude-initiator/],
    ['close-means-deny', { closeMeansDeny: false }, /close-means-deny/],
    ['time-out', { timeoutMs: 2 * HOUR }, /times out/],
  ] as const)('a request whose %s differ from the resolve step\'s is refused for good', async (_name, over, why) => {
    await requested();
    gh.comment(1, 'alice', 'approve');
    gh.comment(1, 'carol', 'approve');
    const out = await resolveThread(1, { ...ro, pinned: { ...ro.pinned, ...over } }, deps);
    expect(out).toMatchObject({ kind: 'rejected', decidedNow: false, reason: expect.stringMatching(why) });
    expect(gh.dispatches).toEqual([]);
    expect(gh.threads.get(1)!.state).toBe('closed');
    // Pinning the same rules afterwards does not bring it back: the refusal is kept.
    expect(await resolveThread(1, ro, deps)).toMatchObject({ kind: 'already-decided', reason: expect.stringMatching(/refused earlier/) });
    expect(gh.dispatches).toEqual([]);
  });

  test('repository_dispatch carries the recorded facts', async () => {
    await requestOnly(options({ onApprove: { kind: 'repository-dispatch', eventType: 'promote-model' } }), ctx, deps);
    gh.comment(1, 'alice', 'approve');
    await resolveThread(1, roFor(options()), deps);
    expect(gh.dispatches).toEqual([{ kind: 'repository', target: 'promote-model', inputs: { model_version: 'fraud-2026.03.02', commit_sha: SHA, run_id: '4242', issue_number: 1, approved_by: ['alice'] } }]);
  });

  test('resolve on a forged issue body: rejected, said on the issue, nothing dispatched', async () => {
    await requested();
    const issue = gh.threads.get(1)!;
    const original = issue.body;
    const forged = encodeRecordPayload({ ...(extractRecord(issue.body) as any).record, modelVersion: 'evil', approvers: ['mallory'], minimumApprovals: 1 });
    issue.body = issue.body.replace(/<!-- mlci:request-approval:record[^>]*-->/, recordBlock(forged));
    gh.comment(1, 'mallory', 'approve');
    const [out] = await resolveEvent(commentEvent(1), ro, deps);
    expect(out).toMatchObject({ kind: 'rejected', decision: '', reason: expect.stringMatching(/edited after the request/) });
    expect(gh.dispatches).toEqual([]);
    expect(gh.comments.get(1)!.at(-1)!.body).toMatch(/will not act on this approval request/);
    expect(issue.state).toBe('closed');
    // Deleting the refusal, putting the record back and reopening: the close event by mlci still ends it.
    issue.body = original;
    gh.comments.set(1, gh.comments.get(1)!.filter((c) => !c.body.includes('will not act')));
    gh.setState(1, 'open', 'mallory');
    const [again] = await resolveEvent(commentEvent(1), ro, deps);
    expect(again).toMatchObject({ kind: 'already-decided', decidedNow: false, reason: expect.stringMatching(/closed by github-actions\[bot\]/) });
    expect(gh.dispatches).toEqual([]);
  });

  test('resolve on an issue someone else opened with a copied record: rejected without posting', async () => {
    await requested();
    const copy = gh.threads.get(1)!;
    gh.threads.set(2, { ...copy, number: 2, author: 'mallory' });
    gh.comments.set(2, gh.comments.get(1)!.map((c) => ({ ...c, author: 'mallory', authorIsBot: false })));
    gh.comment(2, 'mallory', 'approve');
    const [out] = await resolveEvent(commentEvent(2), ro, deps);
    expect(out.kind).toBe('rejected');
    expect(gh.dispatches).toEqual([]);
    expect(gh.calls.filter((c) => c === 'addComment')).toHaveLength(1); // only the seal of issue #1
  });

  test('resolve on an unrelated issue does nothing', async () => {
    gh.threads.set(5, { number: 5, url: 'u', title: 'bug', body: 'approve', author: 'zed', state: 'open', createdAt: clock.iso(), isPullRequest: false, labels: [] });
    gh.comments.set(5, []);
    gh.comment(5, 'alice', 'approve');
    const [out] = await resolveEvent(commentEvent(5), ro, deps);
    expect(out).toMatchObject({ kind: 'unrelated', decision: '' });
    expect(gh.calls).toEqual(['getThread']);
  });

  test('a seal posted after the requesting run ended (another workflow acting as the bot) is rejected', async () => {
    await requested();
    clock.t += 3600_000;
    const issue = gh.threads.get(1)!;
    const forged = encodeRecordPayload({ ...(extractRecord(issue.body) as any).record, modelVersion: 'evil' });
    issue.body = recordBlock(forged);
    gh.comments.set(1, []);
    await gh.addComment(1, (await import('../../src/approval/record.js')).sealComment(issue.body));
    const out = await resolveThread(1, ro, deps);
    expect(out).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/outside attempt 1 of run 4242/) });
    expect(gh.dispatches).toEqual([]);
  });

  test('closing the issue denies when close-means-deny', async () => {
    await requested();
    gh.setState(1, 'closed', 'bob', 'not_planned');
    // Who closed it comes from the platform's issue events, never from the event's own claim.
    const [out] = await resolveEvent({ issue: { number: 1, isPullRequest: false, closedBy: 'mallory' } }, ro, deps);
    expect(out).toMatchObject({ decision: 'denied', deniedBy: 'bob', decidedNow: true });
    expect(gh.dispatches).toEqual([]);
    // Reopened and closed again by mlci, so the end is mlci's own close event.
    expect(gh.events.get(1)!.map((e) => `${e.kind} ${e.actor}`)).toEqual(['closed bob', 'reopened github-actions[bot]', 'closed github-actions[bot]']);
  });

  test('a scheduled sweep times out requests nobody answered', async () => {
    await requested();
    clock.t += 2 * HOUR;
    const outs = await resolveEvent({}, ro, deps);
    expect(outs).toMatchObject([{ decision: 'timed-out' }]);
    expect(gh.threads.get(1)!.state).toBe('closed');
    expect(gh.comments.get(1)!.at(-1)!.body).toMatch(/a time-out is a denial/);
  });

  test('two resolve runs at once: only the first decision comment dispatches', async () => {
    await requested();
    gh.comment(1, 'alice', 'approve');
    gh.comment(1, 'carol', 'approve');
    // The other run writes its decision after this run read the comments, and before this run writes its own.
    gh.onCall = (m) => {
      if (m === 'getRunAttempt') { gh.onCall = undefined; gh.comment(1, 'github-actions[bot]', '<!-- mlci:request-approval:decision approved -->\n## ✅ Approved'); }
    };
    const out = await resolveThread(1, ro, deps);
    expect(out).toMatchObject({ kind: 'already-decided', decision: 'approved', decidedNow: false });
    expect(gh.dispatches).toEqual([]);
    // This run's own decision comment is removed: one decision comment per request.
    expect(gh.comments.get(1)!.filter((c) => decisionOf(c.body))).toHaveLength(1);
  });

  test('a failed dispatch is written into the decision comment and fails the step', async () => {
    await requested();
    gh.comment(1, 'alice', 'approve');
    gh.comment(1, 'bob', 'approve');
    gh.failures.push({ method: 'dispatchWorkflow', error: Object.assign(new Error("Workflow does not have 'workflow_dispatch' trigger"), { status: 422 }) });
    await expect(resolveThread(1, ro, deps)).rejects.toThrow(/workflow_dispatch/);
    expect(gh.comments.get(1)!.at(-1)!.body).toMatch(/The dispatch failed/);
  });
});
