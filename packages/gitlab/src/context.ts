/**
 * The run's facts from GitLab CI's predefined variables
 * (https://docs.gitlab.com/ci/variables/predefined_variables/), in the platform-neutral RunContext the domain reads.
 */
import { UserError, type RunContext } from '@mlci/core';

export type Env = Record<string, string | undefined>;

/**
 * `CI_PIPELINE_SOURCE` mapped to the event names the domain knows (GitHub's). Sources not listed keep their own name
 * (`chat`, `webide`, `ondemand_dast_scan`, …): nothing in mlci reacts to them.
 */
const SOURCES: Record<string, string> = {
  push: 'push',
  merge_request_event: 'pull_request',
  external_pull_request_event: 'pull_request',
  schedule: 'schedule',
  web: 'workflow_dispatch',
  api: 'workflow_dispatch',
  trigger: 'workflow_dispatch',
  pipeline: 'workflow_call',
  parent_pipeline: 'workflow_call',
};

export function eventName(source: string | undefined): string {
  if (!source) return 'push';
  return SOURCES[source] ?? source;
}

/** True when this process runs inside a GitLab CI job (`GITLAB_CI=true`, set by every GitLab runner). */
export function isGitLabCI(env: Env = process.env): boolean {
  return env.GITLAB_CI === 'true';
}

function int(env: Env, name: string): number | undefined {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

export interface GitLabRunContext extends RunContext {
  /** The numeric project id, for API paths (`CI_PROJECT_ID`). */
  projectId: string;
  /** The job's id (`CI_JOB_ID`): a retried job gets a new one. */
  jobId?: number;
  /** The pipeline's web page (`CI_PIPELINE_URL`). */
  pipelineUrl?: string;
}

/** RunContext from CI_* variables. Throws a UserError naming the variable when a variable every job has is missing. */
export function gitlabContext(env: Env = process.env): GitLabRunContext {
  const need = (name: string): string => {
    const v = env[name];
    if (!v) throw new UserError(`${name} is not set: mlci reads GitLab's predefined CI/CD variables and this does not look like a GitLab CI job (GITLAB_CI=${env.GITLAB_CI ?? 'unset'})`);
    return v;
  };
  const path = need('CI_PROJECT_PATH');
  const slash = path.lastIndexOf('/');
  const branch = env.CI_COMMIT_BRANCH || env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || env.CI_COMMIT_TAG || '';
  const tag = env.CI_COMMIT_TAG;
  const iid = int(env, 'CI_MERGE_REQUEST_IID');
  const sha = need('CI_COMMIT_SHA');
  const ref = tag ? `refs/tags/${tag}` : iid !== undefined && !env.CI_COMMIT_BRANCH ? `refs/merge-requests/${iid}/head` : branch ? `refs/heads/${branch}` : '';
  const ctx: GitLabRunContext = {
    eventName: eventName(env.CI_PIPELINE_SOURCE),
    repository: path,
    owner: env.CI_PROJECT_NAMESPACE || path.slice(0, Math.max(0, slash)),
    repo: env.CI_PROJECT_NAME || path.slice(slash + 1),
    sha,
    ref,
    // The branch the run is for: the pushed branch, or the merge request's source branch.
    branch,
    actor: env.GITLAB_USER_LOGIN || '',
    runId: int(env, 'CI_PIPELINE_ID') ?? 0,
    runAttempt: 1,
    workflow: env.CI_CONFIG_PATH || '.gitlab-ci.yml',
    job: env.CI_JOB_NAME || '',
    serverUrl: env.CI_SERVER_URL || '',
    apiUrl: env.CI_API_V4_URL || (env.CI_SERVER_URL ? `${env.CI_SERVER_URL}/api/v4` : ''),
    workspace: env.CI_PROJECT_DIR || process.cwd(),
    payload: {},
    projectId: need('CI_PROJECT_ID'),
    jobId: int(env, 'CI_JOB_ID'),
    pipelineUrl: env.CI_PIPELINE_URL,
  };
  if (env.CI_DEFAULT_BRANCH) ctx.defaultBranch = env.CI_DEFAULT_BRANCH;
  if (iid !== undefined) {
    const source = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID;
    const target = env.CI_MERGE_REQUEST_PROJECT_ID;
    ctx.pullRequest = {
      number: iid,
      headSha: env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA || sha,
      baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA || env.CI_MERGE_REQUEST_TARGET_BRANCH_SHA || '',
      baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME || '',
      headRef: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || '',
      // A merge request from a fork runs in the target project with the source project's id differing.
      fork: !!source && !!target && source !== target,
    };
  }
  return ctx;
}
