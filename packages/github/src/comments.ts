/**
 * One comment per (action, key) on a pull request or issue, found by a hidden marker and updated in place.
 * Pattern from changesets/action `src/pr-comment` — minus its flaw: it reads only the first page of comments, so a
 * PR with more than 30 comments gets a second report. We read every page.
 */
import { type CommentResult } from '@mlci/core';
import { commentMarker } from '@mlci/core/markdown';
import { describeApiError, httpStatus, isPermissionDenied } from './octokit.js';
import { runUrl, type SurfaceDeps } from './surface.js';
import { COMMENT_MAX_CHARS, truncateMarkdown } from './truncate.js';

export { commentMarker };

/** Marker + body, cut to GitHub's 65,536-character limit with a note pointing at the run's job summary. */
export function commentBody(marker: string, body: string, fullReportUrl: string): string {
  const head = `${marker}\n`;
  const { text } = truncateMarkdown(
    body,
    COMMENT_MAX_CHARS - head.length,
    `> [!NOTE]\n> This comment was cut to GitHub's ${COMMENT_MAX_CHARS.toLocaleString('en-US')}-character limit. ` +
      `The full report is in the job summary of [this run](${fullReportUrl}).`,
  );
  return head + text;
}

/** Which issue/PR number a comment goes to for this event, if any. */
export function targetNumber(deps: SurfaceDeps, issueNumber?: number): { number?: number; isPull: boolean } {
  if (issueNumber !== undefined) return { number: issueNumber, isPull: deps.context().pullRequest?.number === issueNumber };
  const ctx = deps.context();
  if (ctx.pullRequest) return { number: ctx.pullRequest.number, isPull: true };
  // issue_comment on a pull request: the payload's issue is the PR.
  const issue = ctx.payload.issue;
  if (issue?.pull_request && typeof issue.number === 'number') return { number: issue.number, isPull: true };
  return { isPull: false };
}

export async function upsertComment(
  deps: SurfaceDeps,
  action: string,
  key: string,
  body: string,
  target?: { issueNumber?: number },
): Promise<CommentResult> {
  const marker = commentMarker(action, key);
  const ctx = deps.context();
  const { number, isPull } = targetNumber(deps, target?.issueNumber);
  const what = isPull ? 'pull request comment' : 'issue comment';
  if (number === undefined) {
    return { posted: false, skippedReason: `no pull request in this ${ctx.eventName || 'unknown'} event to comment on` };
  }
  const client = await deps.client();
  if (!client) {
    deps.skipped.missingToken(what);
    return { posted: false, skippedReason: 'no github-token was given' };
  }
  const full = commentBody(marker, body, runUrl(ctx));
  const where = { owner: ctx.owner, repo: ctx.repo, issue_number: number };
  try {
    let existing: { id: number; body?: string; html_url: string } | undefined;
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, { ...where, per_page: 100 })) {
      existing = page.data.find((c) => typeof c.body === 'string' && c.body.startsWith(marker));
      if (existing) break;
    }
    if (existing) {
      if (existing.body !== full) {
        await client.rest.issues.updateComment({ owner: ctx.owner, repo: ctx.repo, comment_id: existing.id, body: full });
        deps.debug(`updated comment ${existing.id} on #${number} (${marker})`);
      }
      return { posted: true, updated: true, id: existing.id, url: existing.html_url };
    }
    const { data } = await client.rest.issues.createComment({ ...where, body: full });
    deps.debug(`created comment ${data.id} on #${number} (${marker})`);
    return { posted: true, updated: false, id: data.id, url: data.html_url };
  } catch (e) {
    if (httpStatus(e) === undefined) throw e;
    if (isPermissionDenied(e)) {
      deps.skipped.denied(what, isPull ? 'pull-requests: write' : 'issues: write');
      return { posted: false, skippedReason: `the token may not write comments (${describeApiError(e)})` };
    }
    deps.warning(`could not post the ${what} on #${number}: ${describeApiError(e)}`);
    return { posted: false, skippedReason: `GitHub API error: ${describeApiError(e)}` };
  }
}
