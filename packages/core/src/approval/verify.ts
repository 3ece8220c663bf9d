import { formatApprovers, type ApproverSpec } from './approvers.js';
import { bounded } from './escape.js';
import { bodyDigest, extractRecord, hasRecordMarker, sealDigestOf, type ApprovalRecord, type OnApprove } from './record.js';
import type { ApprovalComment, ApprovalThread, RequestingRun } from './port.js';
import { normaliseWord, type ApprovalWords } from './words.js';

/**
 * Verification of a request issue before resolve trusts its record. Threat model (README "Threat model"):
 * commenters can write anything in comments; people with write access can also edit the issue description and any
 * comment, and delete comments; only workflow runs can act as the workflow identity. The REST API does not report
 * edits of an issue description, so the record is bound three ways:
 *  1. the issue was opened by a trusted identity (default `github-actions[bot]`);
 *  2. the first comment by that identity starts with the seal marker, was never edited (`updated_at ==
 *     created_at`), and carries the SHA-256 of the whole description (record and the text approvers read) — an
 *     edited description no longer matches, and no later bot comment can act as the seal;
 *  3. the recorded attempt of the requesting run exists, ran the recorded commit, and was running when the issue
 *     and the seal were created. The attempt's own start and end are used: a re-run starts a new attempt
 *     (GitHub's description of `run_started_at`: "Resets on re-run"), so re-running cannot widen the window.
 * Then the resolve step's own rules (pinRules) must equal the recorded ones.
 */

/** Clock slack between the run's timestamps and the issue's (same platform clock; covers rounding to seconds). */
export const RUN_WINDOW_SLACK_MS = 60_000;

export type IssueCheck =
  | { status: 'unrelated'; reason: string }
  | { status: 'rejected'; reason: string }
  | { status: 'sealed'; record: ApprovalRecord; payload: string; seal: ApprovalComment };

const lower = (s: string) => s.toLowerCase();

function chronological(comments: readonly ApprovalComment[]): ApprovalComment[] {
  return [...comments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
}

/** Steps 1 and 2: who opened the issue, the record in its description, and the seal comment. */
export function checkRequestIssue(
  thread: ApprovalThread,
  comments: readonly ApprovalComment[],
  opts: { repository: string; trustedAuthors: readonly string[] },
): IssueCheck {
  if (thread.isPullRequest) return { status: 'unrelated', reason: `#${thread.number} is a pull request; resolve handles approval issues only` };
  if (!hasRecordMarker(thread.body)) return { status: 'unrelated', reason: `#${thread.number} holds no mlci request record` };
  const trusted = opts.trustedAuthors.map(lower);
  if (!trusted.includes(lower(thread.author))) {
    return {
      status: 'rejected',
      reason: `#${thread.number} was opened by ${thread.author}, not by the workflow identity (${opts.trustedAuthors.join(', ')}); set 'request-author' if requests are opened with another token`,
    };
  }
  const ex = extractRecord(thread.body);
  if (ex.kind === 'none') return { status: 'rejected', reason: 'the request record in the description cannot be read' };
  if (ex.kind === 'invalid') return { status: 'rejected', reason: ex.reason };
  if (lower(ex.record.repository) !== lower(opts.repository)) {
    return { status: 'rejected', reason: `the request record names repository ${ex.record.repository}, not ${opts.repository}` };
  }
  const seal = chronological(comments).find((c) => lower(c.author) === lower(thread.author));
  if (!seal || sealDigestOf(seal.body) === undefined) {
    return { status: 'rejected', reason: `the first comment by ${thread.author} on #${thread.number} is not the request's seal (deleted?)` };
  }
  if (seal.updatedAt !== seal.createdAt) {
    return { status: 'rejected', reason: `the seal comment was edited at ${seal.updatedAt} (written ${seal.createdAt})` };
  }
  if (sealDigestOf(seal.body) !== bodyDigest(thread.body)) {
    return { status: 'rejected', reason: 'the issue description was edited after the request: it no longer matches the seal' };
  }
  return { status: 'sealed', record: ex.record, payload: ex.payload, seal };
}

/** Step 3: the record against the requesting run as the platform reports it. Returns a reason, or undefined when it holds. */
export function checkRequestingRun(
  record: ApprovalRecord,
  thread: ApprovalThread,
  seal: ApprovalComment,
  run: RequestingRun | undefined,
): string | undefined {
  const which = `attempt ${record.runAttempt} of run ${record.runId}`;
  if (!run) return `the requesting run's ${which} does not exist in this repository`;
  if (run.attempt !== record.runAttempt) return `the platform answered attempt ${run.attempt} for ${which}`;
  if (lower(run.headSha) !== lower(record.sha)) return `the record names commit ${record.sha}, but ${which} ran ${run.headSha}`;
  const start = Date.parse(run.startedAt) - RUN_WINDOW_SLACK_MS;
  const end = run.status === 'completed' ? Date.parse(run.updatedAt) + RUN_WINDOW_SLACK_MS : Infinity;
  for (const [what, at] of [['issue', thread.createdAt], ['seal comment', seal.createdAt]] as const) {
    const t = Date.parse(at);
    if (!(t >= start && t <= end)) {
      return `the ${what} was created at ${at}, outside ${which} (${run.startedAt} to ${run.status === 'completed' ? run.updatedAt : 'now'})`;
    }
  }
  return undefined;
}

/**
 * The rules the resolve step pins (its own inputs, from the default branch). Every rule a request carries is
 * compared: a request cannot choose its approvers, how many, the words (so "deny" can never approve), whether the
 * initiator may approve, whether closing denies, or how long it stays open. The follow-up is compared when pinned.
 */
export interface PinnedRules {
  approvers: ApproverSpec;
  minimumApprovals: number;
  excludeInitiator: boolean;
  words: ApprovalWords;
  closeMeansDeny: boolean;
  timeoutMs: number;
  onApprove?: OnApprove;
}

const approverKey = (a: string) => a.replace(/^@/, '').toLowerCase();
const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

/** The first rule where the record differs from the pinned rules, in words, or undefined. */
export function pinMismatch(record: ApprovalRecord, pinned: PinnedRules): string | undefined {
  const show = (xs: readonly string[]) => xs.map((x) => bounded(x, 60)).join(', ');
  const recApprovers = record.approvers.map(approverKey);
  const pinApprovers = formatApprovers(pinned.approvers).map(approverKey);
  if (!sameSet(recApprovers, pinApprovers)) return `the request names approvers ${show(record.approvers)}, the resolve step ${show(formatApprovers(pinned.approvers))}`;
  if (record.minimumApprovals !== pinned.minimumApprovals) return `the request needs ${record.minimumApprovals} approval(s), the resolve step ${pinned.minimumApprovals}`;
  if (record.excludeInitiator !== pinned.excludeInitiator) return `the request has exclude-initiator ${record.excludeInitiator}, the resolve step ${pinned.excludeInitiator}`;
  if (record.closeMeansDeny !== pinned.closeMeansDeny) return `the request has close-means-deny ${record.closeMeansDeny}, the resolve step ${pinned.closeMeansDeny}`;
  if (record.timeoutMs !== pinned.timeoutMs) return `the request times out after ${record.timeoutMs} ms, the resolve step after ${pinned.timeoutMs} ms`;
  const norm = (ws: readonly string[]) => ws.map(normaliseWord);
  if (!sameSet(norm(record.approveWords), norm(pinned.words.approve))) return `the request's approve-words are ${show(record.approveWords)}, the resolve step's ${show(pinned.words.approve)}`;
  if (!sameSet(norm(record.denyWords), norm(pinned.words.deny))) return `the request's deny-words are ${show(record.denyWords)}, the resolve step's ${show(pinned.words.deny)}`;
  const o = pinned.onApprove;
  if (o && JSON.stringify(o) !== JSON.stringify(record.onApprove)) {
    return 'the request names another follow-up (on-approve-workflow, on-approve-ref or repository-dispatch-event) than the resolve step';
  }
  return undefined;
}

/** Who started the requesting run, by the record and by the platform (re-runs add a triggering actor). */
export function runInitiators(record: ApprovalRecord, run: RequestingRun | undefined): string[] {
  // The attempt's own actor and triggering actor (a re-run's is whoever re-ran it).
  const all = [...record.initiators, run?.actor, run?.triggeringActor].filter((x): x is string => !!x);
  return [...new Map(all.map((l) => [lower(l), l])).values()];
}
