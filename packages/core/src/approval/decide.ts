import { isApprover, type ResolvedApprovers } from './approvers.js';
import type { ApprovalComment, RepoPermission } from './port.js';
import { classifyComment, type ApprovalWords, type Vote } from './words.js';

/** Why a vote did not count. Each one is written, with its detail, into the decision log. */
export type IgnoreReason =
  | 'older-than-request'
  | 'bot'
  | 'edited'
  | 'not-approver'
  | 'initiator'
  | 'no-write-permission'
  | 'repeated'
  | 'after-decision'
  | 'after-timeout'
  | 'after-close';

export interface CountedVote {
  commentId: number;
  login: string;
  at: string;
  url: string;
  vote: Vote;
}

export interface IgnoredVote extends CountedVote {
  reason: IgnoreReason;
  detail: string;
}

export type DecisionState = 'approved' | 'denied' | 'timed-out' | 'pending';

export interface Decision {
  decision: DecisionState;
  /** Approvals that counted, in order. */
  approvals: CountedVote[];
  /** The denial that decided, when denied by a comment. */
  denial?: CountedVote;
  /** Set when the thread was closed and `close-means-deny` turned that into a denial. */
  closedBy?: { login?: string; at: string };
  ignored: IgnoredVote[];
  /** Platform time of the comment / close / deadline that made the decision final. */
  decidedAt?: string;
  needed: number;
}

export interface DecideInput {
  comments: readonly ApprovalComment[];
  /** Platform time the request was made (issue or request comment creation). */
  requestedAt: string;
  /** The request comment's id (PR mode): comments with a smaller id are older even within the same second. */
  requestCommentId?: number;
  /** Epoch ms after which the request has timed out. */
  deadline: number;
  /** Epoch ms now (used only to decide that the deadline has passed). */
  now: number;
  approvers: ResolvedApprovers;
  /** Lower-cased login → permission now, for every login `permissionCandidates` returned. */
  permissions: ReadonlyMap<string, RepoPermission>;
  minimumApprovals: number;
  excludeInitiator: boolean;
  initiators: readonly string[];
  words: ApprovalWords;
  closed?: { at: string; by?: string };
  closeMeansDeny: boolean;
}

const WRITE: ReadonlySet<RepoPermission> = new Set(['admin', 'maintain', 'write']);

export function hasWritePermission(p: RepoPermission | undefined): boolean {
  return p !== undefined && WRITE.has(p);
}

const ms = (iso: string) => Date.parse(iso);

/** Comments in platform order: creation time, then id (ids grow monotonically; times have one-second resolution). */
function chronological(comments: readonly ApprovalComment[]): ApprovalComment[] {
  return [...comments].sort((a, b) => ms(a.createdAt) - ms(b.createdAt) || a.id - b.id);
}

function isOwnComment(c: ApprovalComment): boolean {
  return c.authorIsBot && c.body.includes('<!-- mlci:request-approval:');
}

/**
 * Logins whose repository permission the decision needs: approvers who cast a vote that passes every other rule.
 * Asking only for these keeps the API calls per poll small.
 */
export function permissionCandidates(input: Omit<DecideInput, 'permissions'>): string[] {
  const out = new Set<string>();
  for (const c of input.comments) {
    if (c.authorIsBot || c.createdAt !== c.updatedAt) continue;
    if (!classifyComment(c.body, input.words)) continue;
    if (isApprover(input.approvers, c.author)) out.add(c.author.toLowerCase());
  }
  return [...out].sort();
}

/**
 * The approval rules, applied to comments in the order they were written. Pure: same input, same decision.
 *
 * A vote is ignored (and listed with its reason) when it is older than the request, written after the decision,
 * the time-out or the close, by a bot, edited after creation, by someone who is not an approver, an approval by the
 * run's initiator while `excludeInitiator` is on, by an approver without write permission now, or a repeated approval.
 * One counted denial denies; `minimumApprovals` distinct counted approvals approve; otherwise the request is pending
 * until the deadline, then timed-out. A close (not by the decision itself) denies when `closeMeansDeny`.
 */
export function decide(input: DecideInput): Decision {
  const needed = input.minimumApprovals;
  const result: Decision = { decision: 'pending', approvals: [], ignored: [], needed };
  const requested = ms(input.requestedAt);
  const initiators = new Set(input.initiators.map((l) => l.toLowerCase()));
  const approvedBy = new Set<string>();
  const closedAt = input.closed && input.closeMeansDeny ? ms(input.closed.at) : Infinity;

  // The request ends at the deadline or at a close that denies, whichever comes first.
  const endsByClose = closedAt <= input.deadline;
  const endAt = Math.min(closedAt, input.deadline);
  const end = () => {
    if (endsByClose) {
      result.decision = 'denied';
      result.closedBy = { login: input.closed!.by, at: input.closed!.at };
      result.decidedAt = input.closed!.at;
    } else {
      result.decision = 'timed-out';
      result.decidedAt = new Date(input.deadline).toISOString();
    }
  };
  const ignore = (v: CountedVote, reason: IgnoreReason, detail: string) => result.ignored.push({ ...v, reason, detail });

  for (const c of chronological(input.comments)) {
    if (isOwnComment(c)) continue;
    const vote = classifyComment(c.body, input.words);
    if (!vote) continue; // discussion, not a vote
    const v: CountedVote = { commentId: c.id, login: c.author, at: c.createdAt, url: c.url, vote };
    const at = ms(c.createdAt);
    const key = c.author.toLowerCase();

    if (at < requested || (input.requestCommentId !== undefined && c.id < input.requestCommentId)) {
      ignore(v, 'older-than-request', `written ${c.createdAt}, before the request (${input.requestedAt})`);
      continue;
    }
    if (result.decision !== 'pending') {
      ignore(v, 'after-decision', `written after the decision (${result.decidedAt})`);
      continue;
    }
    if (at > endAt) {
      end();
      if (endsByClose) ignore(v, 'after-close', `written after the issue was closed (${input.closed!.at})`);
      else ignore(v, 'after-timeout', `written after the time-out (${result.decidedAt})`);
      continue;
    }
    if (c.authorIsBot) {
      ignore(v, 'bot', `${c.author} is a bot`);
      continue;
    }
    if (c.updatedAt !== c.createdAt) {
      ignore(v, 'edited', `edited at ${c.updatedAt} after it was written at ${c.createdAt}; edited comments never count`);
      continue;
    }
    if (!isApprover(input.approvers, c.author)) {
      ignore(v, 'not-approver', `${c.author} is not an approver`);
      continue;
    }
    if (vote === 'approve' && input.excludeInitiator && initiators.has(key)) {
      ignore(v, 'initiator', `${c.author} started the run being approved, and exclude-initiator is on`);
      continue;
    }
    const perm = input.permissions.get(key);
    if (!hasWritePermission(perm)) {
      ignore(v, 'no-write-permission', `${c.author} has ${perm ?? 'unknown'} permission on the repository now; approvers need write`);
      continue;
    }
    if (vote === 'deny') {
      result.decision = 'denied';
      result.denial = v;
      result.decidedAt = c.createdAt;
      continue;
    }
    if (approvedBy.has(key)) {
      ignore(v, 'repeated', `repeated approval by ${c.author}: counted once`);
      continue;
    }
    approvedBy.add(key);
    result.approvals.push(v);
    if (result.approvals.length >= needed) {
      result.decision = 'approved';
      result.decidedAt = c.createdAt;
    }
  }

  // The close or the deadline can fall after the last comment.
  if (result.decision === 'pending' && input.now >= endAt) end();
  return result;
}
