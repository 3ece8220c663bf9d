import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import type { Platform, RunContext, CommentResult, CheckResult, CheckRunRequest } from '@mlci/core';

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
    pullRequest: pr
      ? {
          number: pr.number, headSha: pr.head?.sha, baseSha: pr.base?.sha, baseRef: pr.base?.ref, headRef: pr.head?.ref,
          fork: Boolean(pr.head?.repo && pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
        }
      : undefined,
    payload,
  };
}

/** Platform on GitHub Actions. (Comment, check, cache and artifact surfaces are filled in by the foundation work.) */
export function createGitHubPlatform(): Platform {
  let ctx: RunContext | undefined;
  return {
    name: 'github',
    context: () => (ctx ??= githubContext()),
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (md) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(md, true).write();
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
    setFailed: (m) => core.setFailed(m),
    saveState: (n, v) => core.saveState(n, v),
    getState: (n) => core.getState(n),
    exportVariable: (n, v) => core.exportVariable(n, v),
    upsertComment: async (): Promise<CommentResult> => ({ posted: false, skippedReason: 'not implemented yet' }),
    publishCheck: async (_req: CheckRunRequest): Promise<CheckResult> => ({ posted: false, skippedReason: 'not implemented yet' }),
  };
}
