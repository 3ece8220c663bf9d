/**
 * The platform-neutral port the approval flow talks through: issues (or merge-request notes), comments, team
 * membership, repository permissions, the requesting run, and the follow-up dispatch. GitHub implements it in
 * packages/github/src/approval.ts; GitLab can implement it with issues, notes, group members and pipeline triggers.
 * Timestamps are the platform's own (ISO 8601 strings) so ordering never depends on the runner's clock.
 */

/** An issue or pull request thread that approvals are collected on. */
export interface ApprovalThread {
  number: number;
  url: string;
  title: string;
  body: string;
  /** Login of whoever opened it. */
  author: string;
  state: 'open' | 'closed';
  createdAt: string;
  closedAt?: string;
  /** Who closed it, when the platform says (GitHub: `closed_by`). */
  closedBy?: string;
  isPullRequest: boolean;
  labels: string[];
}

export interface ApprovalComment {
  id: number;
  author: string;
  /** True for bot accounts (GitHub: `user.type === 'Bot'`, or a `[bot]` login). */
  authorIsBot: boolean;
  body: string;
  createdAt: string;
  /** Differs from createdAt once the comment was edited. */
  updatedAt: string;
  url: string;
}

/** Repository permission of a person now. `none` also covers "not a collaborator". */
export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** One attempt of the workflow run that made the request, read back from the platform (not from the issue). */
export interface RequestingRun {
  id: number;
  /** Attempt number (1, then one more per re-run). */
  attempt: number;
  headSha: string;
  headBranch?: string;
  /** Workflow file path, e.g. `.github/workflows/retrain.yml`. */
  path?: string;
  event?: string;
  actor?: string;
  triggeringActor?: string;
  /** When this attempt started (GitHub: `run_started_at` of the attempt; a re-run starts a new attempt). */
  startedAt: string;
  /** Last change of this attempt; once it is completed, when it completed. */
  updatedAt: string;
  status?: string;
}

/**
 * Something the platform recorded on a thread, with who did it and when (GitHub: issue events). Unlike the
 * thread's current state these are kept: a close stays listed after a reopen.
 */
export interface ThreadEvent {
  id: number;
  kind: 'closed' | 'reopened';
  actor: string;
  actorIsBot: boolean;
  at: string;
  /** GitHub: `state_reason` of a close (`completed`, `not_planned`). */
  stateReason?: string;
}

/** Inputs handed to the follow-up workflow (workflow_dispatch inputs / repository_dispatch client_payload). */
export type DispatchInputs = Record<string, string>;

/** What the last API response said about the request budget (GitHub: `x-ratelimit-*`). */
export interface RateBudget {
  remaining: number;
  limit: number;
  /** Epoch ms when the budget resets. */
  resetAt: number;
}

export interface ApprovalTracker {
  openIssue(req: { title: string; body: string; labels: string[] }): Promise<ApprovalThread>;
  getThread(number: number): Promise<ApprovalThread>;
  /** Every comment on the thread, oldest first, across all pages. */
  listComments(number: number): Promise<ApprovalComment[]>;
  addComment(number: number, body: string): Promise<ApprovalComment>;
  updateComment(id: number, body: string): Promise<void>;
  deleteComment(id: number): Promise<void>;
  closeIssue(number: number, reason: 'completed' | 'not_planned'): Promise<void>;
  reopenIssue(number: number): Promise<void>;
  /** Closes and reopens of the thread, oldest first, across all pages. */
  listEvents(number: number): Promise<ThreadEvent[]>;
  /** Open issues carrying `label`, across all pages (for the time-out sweep). */
  listOpenThreads(label: string): Promise<ApprovalThread[]>;
  /**
   * Logins in a team, across all pages. Must throw a UserError naming the token scope it needs when the token
   * cannot read the team.
   */
  teamMembers(org: string, slug: string): Promise<string[]>;
  permission(login: string): Promise<RepoPermission>;
  /** One attempt of a run, or undefined when the run or the attempt does not exist in this repository. */
  getRunAttempt(runId: number, attempt: number): Promise<RequestingRun | undefined>;
  dispatchWorkflow(workflow: string, ref: string, inputs: DispatchInputs): Promise<void>;
  repositoryDispatch(eventType: string, payload: Record<string, unknown>): Promise<void>;
  /** The budget after the most recent request, when the platform reports one. */
  rateBudget?(): RateBudget | undefined;
}

/** The clock the wait loop uses; tests pass a fake one. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Errors worth another try on the next poll: server errors, rate limits (primary or secondary) and network resets.
 * Adapters put the HTTP status on `status` (Octokit's RequestError does).
 */
export function isTransientError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const status = (e as { status?: unknown }).status;
  if (typeof status === 'number') {
    if (status >= 500 || status === 429) return true;
    if (status === 403 && /rate limit|abuse/i.test(e.message)) return true;
    return false;
  }
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|EPIPE|UND_ERR_\w+)$/.test(code);
}
