/**
 * Which files an event changed, for detect-data-change's `code` input:
 * - pull_request / pull_request_target: the PR's files through the REST API, all pages (GitHub lists at most 3,000);
 *   falling back to `git diff base...head` when the API cannot answer or the list may be cut;
 * - push: `before..after` with git when both commits are in the clone, else the compare API;
 * - merge_group (merge queue): the group's `base_sha..head_sha`, the same way;
 * - anything else (schedule, workflow_dispatch, ...): since the baseline's commit, the same way.
 * Renamed files count under both names. When nothing can answer, `files` is undefined and the caller compares code
 * file digests against the baseline instead.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ChangedFiles, RunContext } from '@mlci/core';
import type { GitHubClient } from './octokit.js';

const run = promisify(execFile);

export type { ChangedFiles };

export interface ChangedFilesOptions {
  context: RunContext;
  /** Authenticated client, or undefined without a token. */
  client?: GitHubClient;
  /** Commit of the baseline record (schedule/workflow_dispatch compare against it). */
  baselineCommit?: string;
  /** Folder of the git clone (the workspace). */
  cwd: string;
  log?: { debug(m: string): void; info(m: string): void };
}

/** GitHub's cap on a pull request's file list (REST "List pull requests files"). */
export const PR_FILES_LIMIT = 3000;
const ZERO_SHA = /^0+$/;

export async function listChangedFiles(opts: ChangedFilesOptions): Promise<ChangedFiles> {
  const { context: ctx, log } = opts;
  const pr = ctx.pullRequest;
  if (pr && (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target')) {
    let apiWhy = 'no token';
    if (opts.client) {
      try {
        const files = await pullFiles(opts.client, ctx.owner, ctx.repo, pr.number);
        if (files.count < PR_FILES_LIMIT) return { files: files.names, source: `pull request #${pr.number} files (API)` };
        apiWhy = `the API lists at most ${PR_FILES_LIMIT} files`;
      } catch (e) {
        apiWhy = describe(e);
        log?.debug(`PR files from the API failed: ${apiWhy}`);
      }
    }
    const git = await gitDiff(opts.cwd, pr.baseSha, pr.headSha, true);
    if (git) return { files: git, source: `git diff ${short(pr.baseSha)}...${short(pr.headSha)} (API: ${apiWhy})` };
    return { source: `unknown: PR files API (${apiWhy}) and git diff both unavailable` };
  }
  if (ctx.eventName === 'push') {
    const before = String(ctx.payload.before ?? '');
    const after = String(ctx.payload.after ?? ctx.sha);
    if (before && !ZERO_SHA.test(before)) return between(opts, before, after, 'push');
    // A new branch: nothing to diff against in the event; the baseline's commit is the next best thing.
  }
  if (ctx.eventName === 'merge_group') {
    const group = ctx.payload.merge_group ?? {};
    const base = String(group.base_sha ?? '');
    const head = String(group.head_sha ?? ctx.sha);
    if (base && !ZERO_SHA.test(base)) return between(opts, base, head, 'merge group');
  }
  if (!opts.baselineCommit) return { source: 'unknown: no baseline commit to compare with' };
  if (opts.baselineCommit === ctx.sha) return { files: [], source: `baseline commit ${short(ctx.sha)} is this commit` };
  return between(opts, opts.baselineCommit, ctx.sha, 'since the baseline');
}

async function between(opts: ChangedFilesOptions, base: string, head: string, what: string): Promise<ChangedFiles> {
  const git = await gitDiff(opts.cwd, base, head, false);
  if (git) return { files: git, source: `git diff ${short(base)}..${short(head)} (${what})` };
  if (opts.client) {
    try {
      const names = await compareFiles(opts.client, opts.context.owner, opts.context.repo, base, head);
      if (names) return { files: names, source: `compare ${short(base)}...${short(head)} (API, ${what})` };
    } catch (e) {
      opts.log?.debug(`compare API failed: ${describe(e)}`);
      return { source: `unknown: ${short(base)} is not in the clone (fetch-depth) and the compare API failed (${describe(e)})` };
    }
  }
  return { source: `unknown: ${short(base)} is not in the clone (use fetch-depth: 0) and there is no token for the compare API` };
}

/** All of a PR's files, page by page (100 per page). */
export async function pullFiles(client: GitHubClient, owner: string, repo: string, pull_number: number): Promise<{ names: string[]; count: number }> {
  const names = new Set<string>();
  let count = 0;
  for await (const page of client.paginate.iterator(client.rest.pulls.listFiles, { owner, repo, pull_number, per_page: 100 })) {
    for (const f of page.data) {
      count++;
      names.add(f.filename);
      if (f.previous_filename) names.add(f.previous_filename);
    }
  }
  return { names: [...names].sort(), count };
}

/**
 * Files between two commits through the compare API. Its file list holds at most 300 entries (first page only), so a
 * comparison with 300 or more files returns undefined: better "unknown" (digest comparison) than a cut list.
 */
export async function compareFiles(client: GitHubClient, owner: string, repo: string, base: string, head: string): Promise<string[] | undefined> {
  const r = await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}`, per_page: 1 });
  const files = r.data.files ?? [];
  if (files.length >= 300) return undefined;
  const names = new Set<string>();
  for (const f of files) {
    names.add(f.filename);
    if (f.previous_filename) names.add(f.previous_filename);
  }
  return [...names].sort();
}

/**
 * `git diff --name-status` between two commits in the clone (three dots: from the merge base, as a PR shows it).
 * Undefined when git or either commit is missing (a shallow clone).
 */
export async function gitDiff(cwd: string, base: string, head: string, mergeBase: boolean): Promise<string[] | undefined> {
  if (!base || !head) return undefined;
  try {
    const range = mergeBase ? `${base}...${head}` : `${base}..${head}`;
    const { stdout } = await run('git', ['-c', 'core.quotepath=off', 'diff', '--no-renames', '--name-only', '-z', range, '--'], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    });
    return [...new Set(stdout.split('\0').filter(Boolean))].sort();
  } catch {
    return undefined;
  }
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

function describe(e: unknown): string {
  const status = (e as { status?: number }).status;
  const msg = (e as Error).message ?? String(e);
  return status ? `HTTP ${status}: ${msg.split('\n')[0]}` : msg.split('\n')[0];
}
