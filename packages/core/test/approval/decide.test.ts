import { describe, test, expect } from '@jest/globals';
import fc from 'fast-check';
import { decide, permissionCandidates, type DecideInput } from '../../src/approval/decide.js';
import type { ApprovalComment, RepoPermission } from '../../src/approval/port.js';
import { DEFAULT_APPROVE_WORDS, DEFAULT_DENY_WORDS } from '../../src/approval/words.js';

const T0 = Date.parse('2026-03-02T10:00:00Z');
const iso = (min: number) => new Date(T0 + min * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
let id = 1;
function c(author: string, body: string, min: number, extra: Partial<ApprovalComment> = {}): ApprovalComment {
  const n = id++;
  return { id: n, author, authorIsBot: author.endsWith('[bot]'), body, createdAt: iso(min), updatedAt: iso(min), url: `u#${n}`, ...extra };
}

function input(comments: ApprovalComment[], over: Partial<DecideInput> = {}): DecideInput {
  const approvers = new Map([
    ['alice', { login: 'alice', via: ['listed'] }],
    ['bob', { login: 'bob', via: ['listed'] }],
    ['carol', { login: 'carol', via: ['@acme/ml-leads'] }],
    ['dave', { login: 'dave', via: ['listed'] }],
  ]);
  const permissions = new Map<string, RepoPermission>([['alice', 'write'], ['bob', 'admin'], ['carol', 'maintain'], ['dave', 'write']]);
  return {
    comments, requestedAt: iso(0), deadline: T0 + 60 * 60_000, now: T0 + 30 * 60_000,
    approvers: { byLogin: approvers }, permissions, minimumApprovals: 1, excludeInitiator: true, initiators: ['dave'],
    words: { approve: DEFAULT_APPROVE_WORDS, deny: DEFAULT_DENY_WORDS }, closeMeansDeny: true, ...over,
  };
}

describe('decide: the scripted sequences of the issue', () => {
  test('a non-approver says approve: ignored, still pending', () => {
    const d = decide(input([c('mallory', 'approve', 1)]));
    expect(d.decision).toBe('pending');
    expect(d.ignored).toMatchObject([{ login: 'mallory', reason: 'not-approver' }]);
  });

  test('an approver edits an old comment to approve: ignored', () => {
    const d = decide(input([c('alice', 'approve', 1, { updatedAt: iso(5) })]));
    expect(d.decision).toBe('pending');
    expect(d.ignored[0]).toMatchObject({ login: 'alice', reason: 'edited' });
  });

  test('an approval older than the request is ignored', () => {
    const d = decide(input([c('alice', 'lgtm', -5)]));
    expect(d.ignored[0].reason).toBe('older-than-request');
    expect(d.decision).toBe('pending');
  });

  test('a team member approves', () => {
    const d = decide(input([c('Carol', 'LGTM', 2)]));
    expect(d.decision).toBe('approved');
    expect(d.approvals.map((a) => a.login)).toEqual(['Carol']);
    expect(d.decidedAt).toBe(iso(2));
  });

  test('approve then deny: one denial by an approver denies', () => {
    const d = decide(input([c('alice', 'approve', 1), c('bob', 'deny', 2)], { minimumApprovals: 2 }));
    expect(d.decision).toBe('denied');
    expect(d.denial).toMatchObject({ login: 'bob', at: iso(2) });
    expect(d.approvals).toHaveLength(1);
  });

  test('two of three required approvals, then the time-out', () => {
    const comments = [c('alice', 'approve', 1), c('bob', 'approved', 2), c('carol', 'approve', 61)];
    const d = decide(input(comments, { minimumApprovals: 3, now: T0 + 61 * 60_000 }));
    expect(d.decision).toBe('timed-out');
    expect(d.approvals).toHaveLength(2);
    expect(d.ignored).toMatchObject([{ login: 'carol', reason: 'after-timeout' }]);
    expect(d.decidedAt).toBe(new Date(T0 + 60 * 60_000).toISOString());
  });

  test('two of three and the deadline passes with no further comment', () => {
    const d = decide(input([c('alice', 'approve', 1), c('bob', 'approve', 2)], { minimumApprovals: 3, now: T0 + 60 * 60_000 }));
    expect(d.decision).toBe('timed-out');
  });

  test('the initiator approves their own run: ignored; their denial still counts', () => {
    const d = decide(input([c('dave', 'approve', 1)]));
    expect(d.decision).toBe('pending');
    expect(d.ignored[0]).toMatchObject({ login: 'dave', reason: 'initiator' });
    expect(decide(input([c('dave', 'approve', 1)], { excludeInitiator: false })).decision).toBe('approved');
    expect(decide(input([c('dave', 'deny', 1)])).decision).toBe('denied');
  });
});

describe('decide: other rules', () => {
  test('repeated approvals by one person count once', () => {
    const d = decide(input([c('alice', 'approve', 1), c('alice', 'lgtm', 2)], { minimumApprovals: 2 }));
    expect(d.decision).toBe('pending');
    expect(d.ignored).toMatchObject([{ reason: 'repeated' }]);
  });

  test('bots cannot vote, and our own marked comments are not listed', () => {
    const d = decide(input([c('renovate[bot]', 'approve', 1), c('github-actions[bot]', '<!-- mlci:request-approval:status -->\napprove', 1)]));
    expect(d.decision).toBe('pending');
    expect(d.ignored).toMatchObject([{ login: 'renovate[bot]', reason: 'bot' }]);
  });

  test('an approver without write permission now does not count', () => {
    const perms = new Map<string, RepoPermission>([['alice', 'read']]);
    const d = decide(input([c('alice', 'approve', 1)], { permissions: perms }));
    expect(d.ignored[0]).toMatchObject({ reason: 'no-write-permission', detail: expect.stringMatching(/read permission/) });
  });

  test('an approver closing denies when close-means-deny; a reopen does not undo it; later votes are ignored', () => {
    const closes = [{ at: iso(10), by: 'bob' }];
    const d = decide(input([c('alice', 'approve', 11)], { closes }));
    expect(d.decision).toBe('denied');
    expect(d.closedBy).toEqual({ login: 'bob', at: iso(10) });
    expect(d.ignored[0].reason).toBe('after-decision');
    expect(decide(input([c('alice', 'approve', 11)], { closes, closeMeansDeny: false })).decision).toBe('approved');
  });

  test('a close by someone who is not an approver (triage) changes nothing', () => {
    const d = decide(input([c('alice', 'approve', 11)], { closes: [{ at: iso(10), by: 'trinity' }] }));
    expect(d.decision).toBe('approved');
    expect(d.ignored[0]).toMatchObject({ login: 'trinity', vote: 'close', reason: 'close-ignored', detail: expect.stringMatching(/not an approver/) });
  });

  test('an approver without write permission cannot deny by closing', () => {
    const perms = new Map<string, RepoPermission>([['alice', 'write'], ['bob', 'triage']]);
    const d = decide(input([c('alice', 'approve', 11)], { closes: [{ at: iso(10), by: 'bob' }], permissions: perms }));
    expect(d.decision).toBe('approved');
    expect(d.ignored[0]).toMatchObject({ login: 'bob', reason: 'no-write-permission' });
  });

  test('a denial delivered with an event counts after the comment is edited or deleted', () => {
    const deny = c('bob', 'deny', 2, { body: 'lgtm', updatedAt: iso(3) }); // edited from "deny" to "lgtm" by someone
    const recorded = [{ commentId: deny.id, author: 'bob', authorIsBot: false, body: 'deny', createdAt: iso(2), url: deny.url }];
    const edited = decide(input([c('alice', 'approve', 1), deny], { minimumApprovals: 2, recorded }));
    expect(edited).toMatchObject({ decision: 'denied', denial: { login: 'bob', at: iso(2) }, denialNote: expect.stringMatching(/edited/) });
    const deleted = decide(input([c('alice', 'approve', 1)], { minimumApprovals: 2, recorded }));
    expect(deleted).toMatchObject({ decision: 'denied', denialNote: expect.stringMatching(/deleted/) });
    // A recorded approval never counts: only what the comment says now, unedited, approves.
    const approve = c('bob', 'no', 2, { updatedAt: iso(3) });
    const rec2 = [{ commentId: approve.id, author: 'bob', authorIsBot: false, body: 'approve', createdAt: iso(2), url: approve.url }];
    expect(decide(input([approve], { recorded: rec2 })).decision).toBe('pending');
  });

  test('votes after the decision are listed but change nothing', () => {
    const d = decide(input([c('alice', 'approve', 1), c('bob', 'deny', 2)]));
    expect(d.decision).toBe('approved');
    expect(d.ignored).toMatchObject([{ login: 'bob', reason: 'after-decision' }]);
  });

  test('discussion comments are neither votes nor listed', () => {
    const d = decide(input([c('mallory', 'looks fine to me', 1), c('alice', 'approve once CI passes', 2)]));
    expect(d).toMatchObject({ decision: 'pending', ignored: [], approvals: [] });
  });

  test('permission is asked only for approvers with a countable vote', () => {
    const { permissions: _p, ...rest } = input([c('alice', 'approve', 1), c('mallory', 'approve', 1), c('bob', 'hi', 1), c('carol', 'deny', 1, { updatedAt: iso(3) })]);
    expect(permissionCandidates(rest)).toEqual(['alice']);
  });
});

describe('decide: properties', () => {
  const authors = ['alice', 'bob', 'carol', 'dave', 'mallory', 'ci[bot]'];
  const bodies = ['approve', 'deny', 'lgtm', 'no', 'hello', '/approve'];
  const arbComments = fc.array(
    fc.record({ a: fc.constantFrom(...authors), b: fc.constantFrom(...bodies), m: fc.integer({ min: -10, max: 70 }), e: fc.boolean() }),
    { maxLength: 12 },
  ).map((xs) => xs.map((x, i) => ({
    id: i + 1, author: x.a, authorIsBot: x.a.endsWith('[bot]'), body: x.b, createdAt: iso(x.m), updatedAt: x.e ? iso(x.m + 1) : iso(x.m), url: `u#${i}`,
  })));

  test('the order comments arrive in does not matter', () => {
    fc.assert(fc.property(arbComments, fc.integer({ min: 1, max: 3 }), (cs, k) => {
      const a = decide(input(cs, { minimumApprovals: k }));
      const b = decide(input([...cs].reverse(), { minimumApprovals: k }));
      expect(b).toEqual(a);
    }));
  });

  test('comments by non-approvers, bots and edits never change the decision', () => {
    fc.assert(fc.property(arbComments, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 80 }), (all, k, nowMin) => {
      // Comments exist only up to now.
      const cs = all.filter((x) => Date.parse(x.createdAt) <= T0 + nowMin * 60_000);
      const honest = cs.filter((x) => ['alice', 'bob', 'carol', 'dave'].includes(x.author) && x.createdAt === x.updatedAt);
      const now = T0 + nowMin * 60_000;
      const a = decide(input(cs, { minimumApprovals: k, now }));
      const b = decide(input(honest, { minimumApprovals: k, now }));
      expect(a.decision).toBe(b.decision);
      expect(a.approvals).toEqual(b.approvals);
    }));
  });
});
