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
  | 'close-ignored';

export interface CountedVote {
  /** The comment (0 for a close). */
  commentId: number;
  login: string;
  at: string;
  /** Link to the comment ('' for a close). */
  url: string;
  vote: Vote | 'close';
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
  /** Why the denial counts though the comment now says otherwise or is gone. */
  denialNote?: string;
  /** Set when an approver closed the thread and `close-means-deny` turned that into a denial. */
  closedBy?: { login?: string; at: string };
  ignored: IgnoredVote[];
  /** Platform time of the comment / close / deadline that made the decision final. */
  decidedAt?: string;
  needed: number;
}

/** A close of the thread as the platform recorded it (GitHub: a `closed` issue event), not made by mlci. */
export interface RecordedClose {
  at: string;
  by: string;
}

/**
 * A comment body as the platform delivered it in an event payload (GitHub: the `issue_comment` event's comment on
 * `created` and `deleted`, and `changes.body.from` on `edited`, "the previous version of the body"). Only denials
 * are taken from these: a denial edited or deleted later still counts; an approval never counts unless the comment
 * as it stands now says it, unedited.
 */
export interface RecordedBody {
  commentId: number;
  author: string;
  authorIsBot: boolean;
  body: string;
  createdAt: string;
  url: string;
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
  /** Every close of the thread the platform recorded (not mlci's own), in any order; reopening removes none. */
  closes?: readonly RecordedClose[];
  closeMeansDeny: boolean;
  /** Earlier versions of comments, from event payloads. */
  recorded?: readonly RecordedBody[];
}

const WRITE: ReadonlySet<RepoPermission> = new Set(['admin', 'maintain', 'write']);

export function hasWritePermission(p: RepoPermission | undefined): boolean {
  return p !== undefined && WRITE.has(p);
}

const ms = (iso: string) => Date.parse(iso);

function isOwnComment(c: ApprovalComment): boolean {
  return c.authorIsBot && c.body.startsWith('<!-- mlci:request-approval:');
}

interface Entry {
  at: number;
  /**
   * Comments by id; a close before the comments of the same second (GitHub's times have one-second resolution, and
   * a tie is settled towards the denial).
   */
  order: number;
  vote: CountedVote;
  bot: boolean;
  /** Why a vote read from the comment as it stands does not count (edited), when it does not. */
  edited?: string;
  /** Denial taken from a recorded earlier version of the comment. */
  recordedFrom?: string;
}

/** Votes and closes in the order the platform recorded them. */
function entries(input: Omit<DecideInput, 'permissions'>): Entry[] {
  const out: Entry[] = [];
  const present = new Set<number>();
  const recordedDeny = new Map<number, RecordedBody>();
  for (const r of input.recorded ?? []) {
    if (classifyComment(r.body, input.words) === 'deny' && !recordedDeny.has(r.commentId)) recordedDeny.set(r.commentId, r);
  }
  for (const c of input.comments) {
    present.add(c.id);
    if (isOwnComment(c)) continue;
    const base = { commentId: c.id, login: c.author, at: c.createdAt, url: c.url };
    const rec = recordedDeny.get(c.id);
    const edited = c.updatedAt !== c.createdAt;
    if (edited && rec) {
      out.push({ at: ms(c.createdAt), order: c.id, bot: c.authorIsBot, vote: { ...base, vote: 'deny' }, recordedFrom: `edited at ${c.updatedAt}; the denial it said before was delivered with a comment event` });
      continue;
    }
    const vote = classifyComment(c.body, input.words);
    if (!vote) continue; // discussion, not a vote
    out.push({ at: ms(c.createdAt), order: c.id, bot: c.authorIsBot, vote: { ...base, vote }, edited: edited ? c.updatedAt : undefined });
  }
  // A denial whose comment is gone (deleted) but was delivered with an event.
  for (const r of recordedDeny.values()) {
    if (present.has(r.commentId)) continue;
    out.push({
      at: ms(r.createdAt), order: r.commentId, bot: r.authorIsBot,
      vote: { commentId: r.commentId, login: r.author, at: r.createdAt, url: r.url, vote: 'deny' },
      recordedFrom: 'deleted; the denial was delivered with a comment event',
    });
  }
  for (const c of input.closes ?? []) {
    out.push({ at: ms(c.at), order: -1, bot: false, vote: { commentId: 0, login: c.by, at: c.at, url: '', vote: 'close' } });
  }
  return out.sort((a, b) => a.at - b.at || a.order - b.order);
}

/**
 * Logins whose repository permission the decision needs: approvers who cast a vote that passes every other rule,
 * and approvers who closed the thread while closing denies. Asking only for these keeps the API calls per poll small.
 */
export function permissionCandidates(input: Omit<DecideInput, 'permissions'>): string[] {
  const out = new Set<string>();
  for (const e of entries(input)) {
    if (e.bot || e.edited) continue;
    if (e.vote.vote === 'close' && !input.closeMeansDeny) continue;
    if (isApprover(input.approvers, e.vote.login)) out.add(e.vote.login.toLowerCase());
  }
  return [...out].sort();
}

/**
 * The approval rules, applied to votes and closes in the order the platform recorded them. Pure: same input, same
 * decision.
 *
 * A vote is ignored (and listed with its reason) when it is older than the request, written after the decision or
 * the time-out, by a bot, edited after creation, by someone who is not an approver, an approval by the run's
 * initiator while `excludeInitiator` is on, by an approver without write permission now, or a repeated approval.
 * One counted denial denies — also one that was edited or deleted later, when an event delivered it (RecordedBody);
 * `minimumApprovals` distinct counted approvals approve; otherwise the request is pending until the deadline, then
 * timed-out. A close denies when `closeMeansDeny` and the closer is an approver with write permission, like a
 * denial by comment; a later reopen does not undo it. Anyone else's close is listed and changes nothing.
 */
export function decide(input: DecideInput): Decision {
  const needed = input.minimumApprovals;
  const result: Decision = { decision: 'pending', approvals: [], ignored: [], needed };
  const requested = ms(input.requestedAt);
  const initiators = new Set(input.initiators.map((l) => l.toLowerCase()));
  const approvedBy = new Set<string>();

  const timeOut = () => {
    result.decision = 'timed-out';
    result.decidedAt = new Date(input.deadline).toISOString();
  };
  const ignore = (v: CountedVote, reason: IgnoreReason, detail: string) => result.ignored.push({ ...v, reason, detail });

  for (const e of entries(input)) {
    const v = e.vote;
    const key = v.login.toLowerCase();
    if (e.at < requested || (v.vote !== 'close' && input.requestCommentId !== undefined && v.commentId < input.requestCommentId)) {
      if (v.vote !== 'close') ignore(v, 'older-than-request', `written ${v.at}, before the request (${input.requestedAt})`);
      continue;
    }
    if (result.decision === 'pending' && e.at > input.deadline) timeOut();
    if (result.decision !== 'pending') {
      if (result.decision === 'timed-out') ignore(v, 'after-timeout', `${v.vote === 'close' ? 'closed' : 'written'} after the time-out (${result.decidedAt})`);
      else ignore(v, 'after-decision', `${v.vote === 'close' ? 'closed' : 'written'} after the decision (${result.decidedAt})`);
      continue;
    }
    if (v.vote === 'close') {
      if (!input.closeMeansDeny) {
        ignore(v, 'close-ignored', `${v.login} closed the thread; close-means-deny is off, so closing does not decide`);
        continue;
      }
      if (!isApprover(input.approvers, v.login)) {
        ignore(v, 'close-ignored', `${v.login} closed the thread but is not an approver: only an approver's close denies`);
        continue;
      }
    } else {
      if (e.bot) {
        ignore(v, 'bot', `${v.login} is a bot`);
        continue;
      }
      if (e.edited) {
        ignore(v, 'edited', `edited at ${e.edited} after it was written at ${v.at}; edited comments never count`);
        continue;
      }
      if (!isApprover(input.approvers, v.login)) {
        ignore(v, 'not-approver', `${v.login} is not an approver`);
        continue;
      }
      if (v.vote === 'approve' && input.excludeInitiator && initiators.has(key)) {
        ignore(v, 'initiator', `${v.login} started the run being approved, and exclude-initiator is on`);
        continue;
      }
    }
    const perm = input.permissions.get(key);
    if (!hasWritePermission(perm)) {
      ignore(v, 'no-write-permission', `${v.login} has ${perm ?? 'unknown'} permission on the repository now; approvers need write`);
      continue;
    }
    if (v.vote === 'close') {
      result.decision = 'denied';
      result.closedBy = { login: v.login, at: v.at };
      result.decidedAt = v.at;
      continue;
    }
    if (v.vote === 'deny') {
      result.decision = 'denied';
      result.denial = v;
      result.denialNote = e.recordedFrom;
      result.decidedAt = v.at;
      continue;
    }
    if (approvedBy.has(key)) {
      ignore(v, 'repeated', `repeated approval by ${v.login}: counted once`);
      continue;
    }
    approvedBy.add(key);
    result.approvals.push(v);
    if (result.approvals.length >= needed) {
      result.decision = 'approved';
      result.decidedAt = v.at;
    }
  }

  // The deadline can fall after the last vote.
  if (result.decision === 'pending' && input.now >= input.deadline) timeOut();
  return result;
}
