/**
 * A check run on the commit under test, with annotations in batches of 50 (GitHub's per-request limit; later
 * batches go in update calls, which append). Where check runs cannot be made (no `checks: write`) and there is no
 * pull request to carry the result, a commit status says the same in 140 characters.
 */
import type { CheckAnnotation, CheckResult, CheckRunRequest } from '@mlci/core';
import { describeApiError, httpStatus, isPermissionDenied, type GitHubClient } from './octokit.js';
import { runUrl, type SurfaceDeps } from './surface.js';
import {
  ANNOTATION_MESSAGE_MAX_BYTES,
  ANNOTATION_TITLE_MAX_CHARS,
  CHECK_ANNOTATIONS_PER_REQUEST,
  CHECK_TEXT_MAX_CHARS,
  STATUS_DESCRIPTION_MAX_CHARS,
  truncateLine,
  truncateMarkdown,
  truncateUtf8,
} from './truncate.js';

interface ApiAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

function toApiAnnotation(a: CheckAnnotation): ApiAnnotation {
  const start = Math.max(1, Math.floor(a.startLine));
  const out: ApiAnnotation = {
    path: a.path.replace(/^\.\//, ''),
    start_line: start,
    end_line: Math.max(start, Math.floor(a.endLine)),
    annotation_level: a.level,
    message: truncateUtf8(a.message, ANNOTATION_MESSAGE_MAX_BYTES),
  };
  if (a.title) out.title = truncateLine(a.title, ANNOTATION_TITLE_MAX_CHARS);
  return out;
}

/** Split into request-sized batches. */
export function batches<T>(items: T[], size = CHECK_ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The check-run output with title, summary and text within GitHub's limits. */
export function checkOutput(req: CheckRunRequest, fullReportUrl: string): { title: string; summary: string; text?: string } {
  const note = `> [!NOTE]\n> Cut to GitHub's ${CHECK_TEXT_MAX_CHARS.toLocaleString('en-US')}-character limit. The full report is in the job summary of [this run](${fullReportUrl}).`;
  const out: { title: string; summary: string; text?: string } = {
    title: truncateLine(req.title, 1000),
    summary: truncateMarkdown(req.summary, CHECK_TEXT_MAX_CHARS, note).text,
  };
  if (req.text !== undefined && req.text !== '') out.text = truncateMarkdown(req.text, CHECK_TEXT_MAX_CHARS, note).text;
  return out;
}

async function createCheckRun(client: GitHubClient, deps: SurfaceDeps, req: CheckRunRequest, sha: string): Promise<CheckResult> {
  const ctx = deps.context();
  const output = checkOutput(req, runUrl(ctx));
  const [first = [], ...rest] = batches((req.annotations ?? []).map(toApiAnnotation));
  const { data } = await client.rest.checks.create({
    owner: ctx.owner,
    repo: ctx.repo,
    name: req.name,
    head_sha: sha,
    status: 'completed',
    conclusion: req.conclusion,
    completed_at: new Date().toISOString(),
    details_url: req.detailsUrl ?? runUrl(ctx),
    output: { ...output, annotations: first },
  });
  for (const batch of rest) {
    // title and summary are required in every output update; annotations are appended, not replaced.
    await client.rest.checks.update({
      owner: ctx.owner, repo: ctx.repo, check_run_id: data.id, output: { title: output.title, summary: output.summary, annotations: batch },
    });
  }
  deps.debug(`check run ${data.id} "${req.name}" on ${sha}: ${req.conclusion}, ${req.annotations?.length ?? 0} annotations in ${1 + rest.length} request(s)`);
  return { posted: true, kind: 'check-run', id: data.id, url: data.html_url ?? undefined };
}

async function createStatus(client: GitHubClient, deps: SurfaceDeps, req: CheckRunRequest, sha: string): Promise<CheckResult> {
  const ctx = deps.context();
  const { data } = await client.rest.repos.createCommitStatus({
    owner: ctx.owner,
    repo: ctx.repo,
    sha,
    state: req.conclusion === 'failure' ? 'failure' : 'success',
    context: req.name,
    description: truncateLine(req.title, STATUS_DESCRIPTION_MAX_CHARS),
    target_url: req.detailsUrl ?? runUrl(ctx),
  });
  return { posted: true, kind: 'commit-status', id: data.id, url: data.target_url ?? undefined };
}

export async function publishCheck(deps: SurfaceDeps, req: CheckRunRequest): Promise<CheckResult> {
  const ctx = deps.context();
  const sha = ctx.pullRequest?.headSha || ctx.sha;
  if (!sha) return { posted: false, skippedReason: 'no commit sha in this run (GITHUB_SHA is empty)' };
  const client = await deps.client();
  if (!client) {
    deps.skipped.missingToken('check run');
    return { posted: false, skippedReason: 'no github-token was given' };
  }
  try {
    return await createCheckRun(client, deps, req, sha);
  } catch (e) {
    if (httpStatus(e) === undefined) throw e;
    if (!isPermissionDenied(e)) {
      deps.warning(`could not create the check run "${req.name}": ${describeApiError(e)}`);
      return { posted: false, skippedReason: `GitHub API error: ${describeApiError(e)}` };
    }
    if (ctx.pullRequest) {
      // A PR's result goes in its comment; a status would need a write token the PR does not have either.
      deps.skipped.denied('check run', 'checks: write');
      return { posted: false, skippedReason: `the token may not create check runs (${describeApiError(e)})` };
    }
  }
  try {
    const r = await createStatus(client, deps, req, sha);
    deps.info(`check runs are not allowed for this token; posted commit status "${req.name}" instead`);
    return r;
  } catch (e) {
    if (httpStatus(e) === undefined) throw e;
    if (isPermissionDenied(e)) {
      deps.skipped.denied('check run', 'checks: write');
      return { posted: false, skippedReason: `the token may create neither check runs nor commit statuses (${describeApiError(e)})` };
    }
    deps.warning(`could not create the commit status "${req.name}": ${describeApiError(e)}`);
    return { posted: false, skippedReason: `GitHub API error: ${describeApiError(e)}` };
  }
}
