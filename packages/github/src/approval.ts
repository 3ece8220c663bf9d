/**
 * The approval port (packages/core/src/approval/port.ts) on GitHub's REST API: issues and issue comments (which
 * also cover pull-request conversations), team members, collaborator permissions, workflow runs, workflow_dispatch
 * and repository_dispatch. Lists are read across every page (`per_page: 100`). Failures that a user can fix
 * (a missing `permissions:` entry, a token that cannot read teams, a follow-up workflow without the right
 * trigger) become one UserError naming the fix; server errors and rate limits keep Octokit's status so the wait
 * loop retries them at the next poll.
 */
import { UserError } from '@mlci/core';
import type {
  ApprovalComment, ApprovalThread, ApprovalTracker, DispatchInputs, RateBudget, RepoPermission, RequestingRun, ThreadEvent,
} from '@mlci/core/approval/index';
import { describeApiError, httpStatus, isPermissionDenied, tuningFromEnv, type GitHubClient, type OctokitLog } from './octokit.js';
import { createOctokit } from './octokit-client.js';

export interface GitHubApprovalOptions {
  token: string;
  /** Token for team membership only (read:org / Members: read); defaults to `token`. */
  teamToken?: string;
  apiUrl: string;
  owner: string;
  repo: string;
  log: OctokitLog;
  /** Pre-built clients (tests); otherwise made with createOctokit and the environment's tuning. */
  client?: GitHubClient;
  teamClient?: GitHubClient;
}

function toThread(i: any): ApprovalThread {
  return {
    number: i.number,
    url: i.html_url,
    title: i.title ?? '',
    body: i.body ?? '',
    author: i.user?.login ?? 'ghost',
    state: i.state === 'closed' ? 'closed' : 'open',
    createdAt: i.created_at,
    closedAt: i.closed_at ?? undefined,
    closedBy: i.closed_by?.login ?? undefined,
    isPullRequest: Boolean(i.pull_request),
    labels: (i.labels ?? []).map((l: any) => (typeof l === 'string' ? l : l.name)).filter(Boolean),
  };
}

function toComment(c: any): ApprovalComment {
  const login: string = c.user?.login ?? 'ghost';
  return {
    id: Number(c.id),
    author: login,
    authorIsBot: c.user?.type === 'Bot' || login.endsWith('[bot]'),
    body: c.body ?? '',
    createdAt: c.created_at,
    updatedAt: c.updated_at ?? c.created_at,
    url: c.html_url,
  };
}

const PERMISSIONS: readonly RepoPermission[] = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];

/** Turn a 403 "Resource not accessible by integration" into the `permissions:` entry that fixes it. */
async function needs<T>(what: string, permission: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (isPermissionDenied(e)) {
      throw new UserError(`Could not ${what} (${describeApiError(e)}): give the job \`permissions:\` \`${permission}\`, or pass a github-token that has it.`);
    }
    throw e;
  }
}

export function createGitHubApprovalTracker(o: GitHubApprovalOptions): ApprovalTracker {
  const tuning = tuningFromEnv();
  const gh = o.client ?? createOctokit(o.token, o.apiUrl, o.log, tuning);
  const teamGh = o.teamClient ?? (o.teamToken && o.teamToken !== o.token ? createOctokit(o.teamToken, o.apiUrl, o.log, tuning) : gh);
  const repo = { owner: o.owner, repo: o.repo };
  let budget: RateBudget | undefined;
  // The budget the last response reported, for pacing the wait loop (x-ratelimit-* on every REST answer).
  gh.hook.after('request', (response: any) => {
    const h = response?.headers ?? {};
    const remaining = Number(h['x-ratelimit-remaining']);
    const limit = Number(h['x-ratelimit-limit']);
    const reset = Number(h['x-ratelimit-reset']);
    if (Number.isFinite(remaining) && Number.isFinite(limit) && Number.isFinite(reset)) budget = { remaining, limit, resetAt: reset * 1000 };
  });

  return {
    openIssue: (req) =>
      needs('open the approval issue', 'issues: write', async () =>
        toThread((await gh.rest.issues.create({ ...repo, title: req.title, body: req.body, labels: req.labels })).data)),

    getThread: async (number) => toThread((await gh.rest.issues.get({ ...repo, issue_number: number })).data),

    listComments: async (number) => {
      const all = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: number, per_page: 100 });
      return all.map(toComment);
    },

    addComment: (number, body) =>
      needs(`comment on #${number}`, 'issues: write', async () =>
        toComment((await gh.rest.issues.createComment({ ...repo, issue_number: number, body })).data)),

    updateComment: (id, body) =>
      needs('update the approval comment', 'issues: write', async () => {
        await gh.rest.issues.updateComment({ ...repo, comment_id: id, body });
      }),

    deleteComment: (id) =>
      needs('delete a duplicate decision comment', 'issues: write', async () => {
        try {
          await gh.rest.issues.deleteComment({ ...repo, comment_id: id });
        } catch (e) {
          if (httpStatus(e) !== 404) throw e; // already gone
        }
      }),

    closeIssue: (number, reason) =>
      needs(`close #${number}`, 'issues: write', async () => {
        await gh.rest.issues.update({ ...repo, issue_number: number, state: 'closed', state_reason: reason });
      }),

    reopenIssue: (number) =>
      needs(`reopen #${number}`, 'issues: write', async () => {
        await gh.rest.issues.update({ ...repo, issue_number: number, state: 'open' });
      }),

    // GET /repos/{owner}/{repo}/issues/{issue_number}/events: who closed or reopened, and when. GitHub keeps these
    // events; the issue itself only shows its current state.
    listEvents: async (number): Promise<ThreadEvent[]> => {
      const all = await gh.paginate(gh.rest.issues.listEvents, { ...repo, issue_number: number, per_page: 100 });
      return (all as any[])
        .filter((e) => e.event === 'closed' || e.event === 'reopened')
        .map((e) => {
          const login: string = e.actor?.login ?? 'ghost';
          return {
            id: Number(e.id), kind: e.event, actor: login, actorIsBot: e.actor?.type === 'Bot' || login.endsWith('[bot]'),
            at: e.created_at, stateReason: e.state_reason ?? undefined,
          } satisfies ThreadEvent;
        })
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
    },

    listOpenThreads: async (label) => {
      const all = await gh.paginate(gh.rest.issues.listForRepo, { ...repo, state: 'open', labels: label, per_page: 100 });
      return all.map(toThread).filter((t) => !t.isPullRequest);
    },

    teamMembers: async (org, slug) => {
      try {
        const all = await teamGh.paginate(teamGh.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 });
        return all.map((u: any) => u.login as string);
      } catch (e) {
        const status = httpStatus(e);
        if (status === 401 || status === 403 || status === 404) {
          throw new UserError(
            `Could not read the members of team @${org}/${slug} (${describeApiError(e)}). Either the team does not exist, or the token cannot ` +
              'read organization teams: GITHUB_TOKEN never can. Pass `team-token:` with a GitHub App installation token that has the ' +
              'organization permission "Members: read", or a personal access token with the `read:org` scope (fine-grained: Members: read).',
          );
        }
        throw e;
      }
    },

    permission: async (login) => {
      try {
        const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
        // role_name keeps maintain and triage, which `permission` folds into write and read.
        const role = (data as any).role_name ?? data.permission;
        return (PERMISSIONS.includes(role) ? role : data.permission) as RepoPermission;
      } catch (e) {
        // 404: not a user, or not a collaborator of a private repository.
        if (httpStatus(e) === 404) return 'none';
        throw e;
      }
    },

    // GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}: that attempt's own start
    // (`run_started_at`) and last update, which a later re-run does not move.
    getRunAttempt: async (runId, attempt): Promise<RequestingRun | undefined> => {
      try {
        const { data: r } = await needs('read the requesting workflow run', 'actions: read', () =>
          gh.rest.actions.getWorkflowRunAttempt({ ...repo, run_id: runId, attempt_number: attempt }));
        return {
          id: r.id,
          attempt: r.run_attempt ?? attempt,
          headSha: r.head_sha,
          headBranch: r.head_branch ?? undefined,
          path: r.path,
          event: r.event,
          actor: r.actor?.login,
          triggeringActor: r.triggering_actor?.login,
          startedAt: r.run_started_at ?? r.created_at,
          updatedAt: r.updated_at,
          status: r.status ?? undefined,
        };
      } catch (e) {
        if (httpStatus(e) === 404) return undefined;
        throw e;
      }
    },

    dispatchWorkflow: async (workflow, ref, inputs: DispatchInputs) => {
      try {
        await needs(`dispatch ${workflow}`, 'actions: write', () => gh.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: workflow, ref, inputs }));
      } catch (e) {
        const status = httpStatus(e);
        if (status === 404 || status === 422) {
          throw new UserError(
            `Could not dispatch '${workflow}' on '${ref}' (${describeApiError(e)}): the workflow file must exist on that ref, have an ` +
              '`on: workflow_dispatch` trigger and declare the inputs model-version, commit-sha and run-id.',
          );
        }
        throw e;
      }
    },

    repositoryDispatch: (eventType, payload) =>
      needs(`send the repository_dispatch event ${eventType}`, 'contents: write', async () => {
        await gh.rest.repos.createDispatchEvent({ ...repo, event_type: eventType, client_payload: payload });
      }),

    rateBudget: () => budget,
  };
}
