/**
 * The GitLab platform: a base platform that writes outputs, summaries and reports as files (the CLI's local adapter)
 * with GitLab's facts and surfaces on top — the run context from CI_* variables and the merge request note through
 * the API. Outputs reach later jobs as a dotenv report and checks as a JUnit report, both written by the CLI.
 */
import type { CommentResult, CommentTarget, Platform } from '@mlci/core';
import { GitLabApi, type FetchLike } from './api.js';
import { gitlabContext, type Env, type GitLabRunContext } from './context.js';
import { upsertNote } from './notes.js';

export interface GitLabPlatformOptions {
  env?: Env;
  fetch?: FetchLike;
  sleep?: (ms: number) => Promise<void>;
}

/** The token variable: a project or group access token with the `api` scope (CI_JOB_TOKEN cannot write notes). */
export const TOKEN_VARIABLE = 'MLCI_GITLAB_TOKEN';

export function withGitLab<P extends Platform>(base: P, opts: GitLabPlatformOptions = {}): Omit<P, 'name' | 'context'> & { name: 'gitlab'; context(): GitLabRunContext } {
  const env = opts.env ?? process.env;
  // The workspace stays the base platform's (the CLI's: the directory it runs in, which on a runner is
  // CI_PROJECT_DIR): every path the user gives is relative to it. gitlab-ci-local, for one, sets CI_PROJECT_DIR to
  // a /builds/... path that only exists in its Docker mode, while shell jobs run elsewhere.
  const ctx: GitLabRunContext = { ...gitlabContext(env), workspace: base.context().workspace };
  const token = env[TOKEN_VARIABLE];
  const api = token ? new GitLabApi({ apiUrl: ctx.apiUrl, token, fetch: opts.fetch, sleep: opts.sleep, debug: (l) => base.debug(l) }) : undefined;
  let toldNoToken = false;
  return {
    ...base,
    name: 'gitlab',
    context: () => ctx,
    async upsertComment(action: string, key: string, body: string, target?: CommentTarget): Promise<CommentResult> {
      // The body is always kept as a file too, so it is in the job's artifacts whatever the API says.
      await base.upsertComment(action, key, body, target);
      const iid = target?.issueNumber ?? ctx.pullRequest?.number;
      if (iid === undefined) return { posted: false, skippedReason: `no merge request in this ${ctx.eventName} pipeline to comment on` };
      if (!api) {
        if (!toldNoToken) {
          toldNoToken = true;
          base.annotate('notice', `No merge request note was posted: set ${TOKEN_VARIABLE} (a project or group access token with the \`api\` scope) to post one. The note's text is in the job's artifacts.`);
        }
        return { posted: false, skippedReason: `${TOKEN_VARIABLE} is not set` };
      }
      const r = await upsertNote(api, { projectId: ctx.projectId, iid, pipelineUrl: ctx.pipelineUrl }, action, key, body);
      if (!r.posted) base.annotate('notice', `No merge request note was posted: ${r.skippedReason}`);
      else if (ctx.serverUrl && r.id !== undefined) r.url = `${ctx.serverUrl}/${ctx.repository}/-/merge_requests/${iid}#note_${r.id}`;
      return r;
    },
  };
}
