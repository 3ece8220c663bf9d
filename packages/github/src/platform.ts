import * as core from './commands.js';
import { readFileSync } from 'node:fs';
import { UserError, type Platform, type RunContext, type CommentResult, type CheckResult, type CheckRunRequest, type CommentTarget } from '@mlci/core';
import { createArtifactStore } from './artifacts.js';
import { createCacheStore } from './cache.js';
import { createRecordStore, createRunHistory } from './record-store.js';
import { listChangedFiles } from './changed-files.js';
import { publishCheck } from './checks.js';
import { upsertComment } from './comments.js';
import { tuningFromEnv, type GitHubClient, type OctokitTuning } from './octokit.js';
import { StepSummary } from './summary.js';
import { SkippedPosts, type SurfaceDeps } from './surface.js';

function readEvent(): Record<string, any> {
  const p = process.env.GITHUB_EVENT_PATH;
  if (!p) return {};
  try {
    return JSON.parse(readFileSync(p, 'utf8'));
  } catch {
    return {};
  }
}

export function githubContext(): RunContext {
  const payload = readEvent();
  const repository = process.env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const pr = payload.pull_request;
  return {
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    repository, owner, repo,
    sha: process.env.GITHUB_SHA ?? '',
    ref: process.env.GITHUB_REF ?? '',
    actor: process.env.GITHUB_ACTOR ?? payload.sender?.login ?? '',
    runId: Number(process.env.GITHUB_RUN_ID ?? 0),
    runAttempt: Number(process.env.GITHUB_RUN_ATTEMPT ?? 1),
    workflow: process.env.GITHUB_WORKFLOW ?? '',
    job: process.env.GITHUB_JOB ?? '',
    serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    defaultBranch: payload.repository?.default_branch,
    workflowRef: process.env.GITHUB_WORKFLOW_REF || undefined,
    branch: pr?.head?.ref || (process.env.GITHUB_REF ?? '').replace(/^refs\/(heads|tags)\//, ''),
    triggeringActor: process.env.GITHUB_TRIGGERING_ACTOR || undefined,
    ...eventFacts(process.env.GITHUB_EVENT_NAME ?? '', payload),
    pullRequest: pr
      ? {
          number: pr.number, headSha: pr.head?.sha, baseSha: pr.base?.sha, baseRef: pr.base?.ref, headRef: pr.head?.ref,
          fork: Boolean(pr.head?.repo && pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
        }
      : undefined,
    payload,
  };
}

/**
 * The issue and comment an `issues` / `issue_comment` event is about, as typed RunContext facts: the payload's field
 * names stay in this adapter (https://docs.github.com/en/webhooks/webhook-events-and-payloads#issue_comment).
 */
export function eventFacts(eventName: string, payload: Record<string, any>): Pick<RunContext, 'issue' | 'comment'> {
  const issue = payload?.issue;
  if ((eventName !== 'issues' && eventName !== 'issue_comment') || typeof issue?.number !== 'number') return {};
  const facts: Pick<RunContext, 'issue' | 'comment'> = {
    issue: {
      number: issue.number,
      isPullRequest: Boolean(issue.pull_request),
      closedBy: eventName === 'issues' && payload.action === 'closed' && payload.sender?.login ? String(payload.sender.login) : undefined,
    },
  };
  const c = payload.comment;
  const action = payload.action;
  if (eventName === 'issue_comment' && c && typeof c.id === 'number' && typeof c.created_at === 'string' && (action === 'created' || action === 'edited' || action === 'deleted')) {
    const login = String(c.user?.login ?? 'ghost');
    const from = payload.changes?.body?.from;
    facts.comment = {
      id: c.id, action, author: login, authorIsBot: c.user?.type === 'Bot' || login.endsWith('[bot]'), createdAt: c.created_at, url: String(c.html_url ?? ''),
      body: action !== 'edited' && typeof c.body === 'string' ? c.body : undefined,
      previousBody: action === 'edited' && typeof from === 'string' ? from : undefined,
    };
  }
  return facts;
}

export interface GitHubPlatformOptions {
  /** Token to use (default: the `github-token` input, then the GITHUB_TOKEN variable). */
  token?: string;
  /** Retry/throttle tuning (default: from MLCI_OCTOKIT_TIMING, else production values). */
  octokit?: OctokitTuning;
}

/** The GitHub platform: core's Platform plus the Octokit for actions that need endpoints beyond it. */
export interface GitHubPlatform extends Platform {
  readonly name: 'github';
  /**
   * Authenticated Octokit (retry + throttling) against GITHUB_API_URL; undefined when there is no token. Made (and
   * its code loaded) on the first call.
   */
  octokit(): Promise<GitHubClient | undefined>;
  /**
   * End of the run: emits the one notice about comments/checks the token could not post (if any).
   * runAction calls it; call it yourself when driving the platform without runAction.
   */
  finish(action: string): void;
}

export function isGitHubPlatform(p: Platform): p is GitHubPlatform {
  return p.name === 'github' && typeof (p as Partial<GitHubPlatform>).octokit === 'function';
}

/**
 * Octokit for an action that needs more of the REST API than the Platform offers (approval issues, dispatches,
 * changed files). Throws a UserError naming the fix when there is no token.
 */
export async function getOctokit(platform: Platform): Promise<GitHubClient> {
  if (!isGitHubPlatform(platform)) throw new Error(`getOctokit needs the GitHub platform, got "${platform.name}"`);
  const client = await platform.octokit();
  if (!client) {
    throw new UserError('no GitHub token: set the `github-token` input (its default is `${{ github.token }}`) or the GITHUB_TOKEN variable');
  }
  return client;
}

/** Platform on GitHub Actions. */
export function createGitHubPlatform(options: GitHubPlatformOptions = {}): GitHubPlatform {
  let ctx: RunContext | undefined;
  let client: Promise<GitHubClient | undefined> | undefined;
  const summary = new StepSummary();
  const skipped = new SkippedPosts();
  const context = () => (ctx ??= githubContext());

  const octokit = (): Promise<GitHubClient | undefined> =>
    (client ??= (async () => {
      const token = options.token ?? (core.getInput('github-token') || process.env.GITHUB_TOKEN || '');
      if (!token) return undefined;
      core.setSecret(token);
      const { createOctokit } = await import('./octokit-client.js');
      return createOctokit(token, context().apiUrl, { debug: (m) => core.debug(m), info: (m) => core.info(m) }, options.octokit ?? tuningFromEnv());
    })());

  const deps: SurfaceDeps = {
    context,
    client: octokit,
    info: (m) => core.info(m),
    debug: (m) => core.debug(m),
    warning: (m) => core.warning(m),
    skipped,
  };

  return {
    name: 'github',
    context,
    octokit,
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (md) => {
      if (!summary.append(md) && summary.truncated) core.info('job summary: cut at GitHub\'s 1 MiB per-step limit');
    },
    annotate: (level, message, props) => {
      const p = props ? { title: props.title, file: props.file, startLine: props.startLine, endLine: props.endLine } : undefined;
      if (level === 'error') core.error(message, p);
      else if (level === 'warning') core.warning(message, p);
      else core.notice(message, p);
    },
    info: (m) => core.info(m),
    debug: (m) => core.debug(m),
    startGroup: (n) => core.startGroup(n),
    endGroup: () => core.endGroup(),
    setFailed: (m, props) => core.setFailed(m, props ? { title: props.title, file: props.file, startLine: props.startLine, endLine: props.endLine } : undefined),
    saveState: (n, v) => core.saveState(n, v),
    getState: (n) => core.getState(n),
    exportVariable: (n, v) => core.exportVariable(n, v),
    upsertComment: (action: string, key: string, body: string, target?: CommentTarget): Promise<CommentResult> =>
      upsertComment(deps, action, key, body, target),
    publishCheck: (req: CheckRunRequest): Promise<CheckResult> => publishCheck(deps, req),
    cache: createCacheStore(),
    artifacts: createArtifactStore(),
    records: createRecordStore(context, octokit),
    history: createRunHistory(context, octokit),
    changedFiles: async (baselineCommit) => {
      let client: GitHubClient | undefined;
      try {
        client = await octokit();
      } catch {
        client = undefined;
      }
      const ctx = context();
      return listChangedFiles({ context: ctx, client, baselineCommit, cwd: ctx.workspace, log: { debug: (m) => core.debug(m), info: (m) => core.info(m) } });
    },
    approvalTracker: async (o) => {
      // Loaded here, not at start-up: only request-approval needs it.
      const { createGitHubApprovalTracker } = await import('./approval.js');
      const ctx = context();
      // The platform's client (retry + throttling, the github-token input) when it has one.
      const client = await octokit();
      return createGitHubApprovalTracker({ token: o.token, teamToken: o.teamToken, apiUrl: ctx.apiUrl, owner: ctx.owner, repo: ctx.repo, log: o.log, client });
    },
    finish: (action) => {
      const m = skipped.take(action, context().pullRequest?.fork ?? false);
      if (m) core.notice(m, { title: `${action}: nothing posted to the pull request` });
    },
  };
}
