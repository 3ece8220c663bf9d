import { bodyDigest, extractRecord, hasRecordMarker, sealDigestOf, type ApprovalRecord } from './record.js';
import type { ApprovalComment, ApprovalThread, RequestingRun } from './port.js';

/**
 * Verification of a request issue before resolve trusts its record. Threat model (README "Threat model"):
 * commenters can write anything in comments; people with write access can also edit the issue description and any
 * comment, and delete comments; only workflow runs can act as the workflow identity. The REST API does not report
 * edits of an issue description, so the record is bound three ways:
 *  1. the issue was opened by a trusted identity (default `github-actions[bot]`);
 *  2. the first seal comment by that identity, never edited (`updated_at == created_at`), carries the SHA-256 of the
 *     whole description (record and the text approvers read) — an edited description no longer matches;
 *  3. the requesting run named in the record exists, ran the recorded commit, and was running when the issue and
 *     the seal were created — a seal posted later by another workflow run does not pass.
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
  const seal = chronological(comments).find((c) => lower(c.author) === lower(thread.author) && sealDigestOf(c.body) !== undefined);
  if (!seal) return { status: 'rejected', reason: `no seal comment by ${thread.author} on #${thread.number} (deleted?)` };
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
  if (!run) return `the requesting run ${record.runId} does not exist in this repository`;
  if (lower(run.headSha) !== lower(record.sha)) return `the record names commit ${record.sha}, but run ${run.id} ran ${run.headSha}`;
  const start = Date.parse(run.createdAt) - RUN_WINDOW_SLACK_MS;
  const end = run.status === 'completed' ? Date.parse(run.updatedAt) + RUN_WINDOW_SLACK_MS : Infinity;
  for (const [what, at] of [['issue', thread.createdAt], ['seal comment', seal.createdAt]] as const) {
    const t = Date.parse(at);
    if (t < start || t > end) {
      return `the ${what} was created at ${at}, outside the requesting run ${run.id} (${run.createdAt} to ${run.status === 'completed' ? run.updatedAt : 'now'})`;
    }
  }
  return undefined;
}

/** Who started the requesting run, by the record and by the platform (re-runs add a triggering actor). */
export function runInitiators(record: ApprovalRecord, run: RequestingRun | undefined): string[] {
  const all = [...record.initiators, run?.actor, run?.triggeringActor].filter((x): x is string => !!x);
  return [...new Map(all.map((l) => [lower(l), l])).values()];
}
