/**
 * A fake GitHub REST API on 127.0.0.1 for runner-faithful tests.
 *
 * Every request is checked against GitHub's official OpenAPI description (the committed subset, see openapi.ts):
 * method + path template, path and query parameters, JSON body. A request GitHub would not accept is answered
 * 400 with the reasons and recorded with `invalid`; `assertAllValid()` turns that into a test failure. Answers are
 * built from the description's own examples and checked against the response schemas (`responseInvalid`).
 *
 * State is a plain object tests seed and inspect (`state.comments.push(...)`, `state.checkRuns[0].conclusion`).
 * Faults are injected with `inject(rule)`; `faults.*` builds the usual ones (read-only token, secondary rate limit).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { githubContract, type Operation, type OpenApiContract } from './openapi.js';
import { GIT_DATABASE_SCOPES, gitDatabaseHandlers, type FakeGitRepo } from './fake-git.js';

// ---------------------------------------------------------------------------------------------------------------
// State

export type UserType = 'User' | 'Bot' | 'Organization';
export interface FakeUser {
  login: string;
  type?: UserType;
  id?: number;
}
/** `alice`, or a user object. */
export type UserLike = string | FakeUser;

export interface FakeIssue {
  owner: string;
  repo: string;
  number: number;
  title: string;
  body?: string | null;
  state?: 'open' | 'closed';
  state_reason?: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  user?: UserLike;
  labels?: string[];
  assignees?: string[];
  created_at?: string;
  updated_at?: string;
  closed_at?: string | null;
  /** True when this number is a pull request (GitHub's issues API covers both). */
  pull_request?: boolean;
  author_association?: string;
  locked?: boolean;
}

export interface FakeComment {
  id: number;
  owner: string;
  repo: string;
  issue_number: number;
  body: string;
  user?: UserLike;
  created_at?: string;
  updated_at?: string;
  author_association?: string;
}

export interface FakePull {
  owner: string;
  repo: string;
  number: number;
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  user?: UserLike;
  draft?: boolean;
  merged?: boolean;
  head: { sha: string; ref: string; /** owner/repo of the head (a fork when it differs). */ repo?: string };
  base: { sha: string; ref: string };
}

export interface FakeFile {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions?: number;
  deletions?: number;
  changes?: number;
  previous_filename?: string;
  patch?: string;
  sha?: string;
}

export interface FakeAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface FakeCheckRun {
  id: number;
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  details_url?: string | null;
  external_id?: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: FakeAnnotation[] };
  /** How many update (PATCH) calls this check run received. */
  updates: number;
}

export interface FakeStatus {
  id: number;
  owner: string;
  repo: string;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  description: string | null;
  context: string;
  target_url: string | null;
  created_at: string;
}

export type FakeDispatch =
  | { kind: 'workflow'; owner: string; repo: string; workflow_id: string; ref: string; inputs: Record<string, unknown> }
  | { kind: 'repository'; owner: string; repo: string; event_type: string; client_payload: Record<string, unknown> };

export interface FakeComparison {
  status?: 'diverged' | 'ahead' | 'behind' | 'identical';
  ahead_by?: number;
  behind_by?: number;
  files: FakeFile[];
  commits?: Array<{ sha: string; message?: string }>;
}

/** An issue event (GitHub keeps them: a close stays listed after a reopen). */
export interface FakeIssueEvent {
  id: number;
  owner: string;
  repo: string;
  issue_number: number;
  event: 'closed' | 'reopened';
  actor: UserLike;
  created_at: string;
  state_reason?: string | null;
}

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
/** GitHub App / GITHUB_TOKEN permission scopes the fake enforces. */
export type Scope = 'issues' | 'pull-requests' | 'checks' | 'statuses' | 'actions' | 'contents' | 'metadata' | 'members';

export interface FakeState {
  /** `owner/repo` -> overrides. Repositories exist without seeding; `null` makes one 404. */
  repos: Record<string, { default_branch?: string; private?: boolean; archived?: boolean } | null>;
  issues: FakeIssue[];
  comments: FakeComment[];
  pulls: FakePull[];
  /** `owner/repo#number` -> the PR's files, in order. */
  pullFiles: Record<string, FakeFile[]>;
  checkRuns: FakeCheckRun[];
  statuses: FakeStatus[];
  dispatches: FakeDispatch[];
  /** `org/team_slug` -> member logins. */
  teams: Record<string, UserLike[]>;
  /** `login` or `owner/repo:login` -> permission. Default: `read` on a public repository, `none` on a private one. */
  permissions: Record<string, Permission>;
  /** `owner/repo:base...head` (or just `base...head`) -> comparison. */
  comparisons: Record<string, FakeComparison>;
  /** run id -> fields over the description's example workflow run. */
  workflowRuns: Record<number, Record<string, unknown>>;
  // ---- request-approval: issue events and run attempts ----
  /** What GET /issues/{n}/events lists: closes and reopens (recorded by issues/update, or seeded by tests). */
  issueEvents: FakeIssueEvent[];
  /** `runId/attempt` -> fields of that attempt over the run's own; absent: the run's latest attempt only. */
  workflowRunAttempts: Record<string, Record<string, unknown>>;
  // ---- end request-approval ----
  /** What the token may do; a missing scope means write. `readOnlyToken: true` sets every scope to read. */
  tokenPermissions: Partial<Record<Scope, 'read' | 'write' | 'none'>>;
  /** Who the token acts as: author of the comments, issues and statuses it creates. */
  tokenUser: FakeUser;
  /** Answer for `GET /user`; undefined answers 403 as GitHub does for a GITHUB_TOKEN. */
  authenticatedUser?: FakeUser;
  rateLimit: { limit: number; remaining: number; reset: number; used: number };
  /** Next id for comments, check runs, statuses (deterministic). */
  nextId: number;
  /** `owner/repo` -> git objects and refs written through the Git Database API (fake-git.ts). */
  git: Record<string, FakeGitRepo>;
}

// ---------------------------------------------------------------------------------------------------------------
// Requests, injection

export interface RecordedRequest {
  seq: number;
  method: string;
  /** Path without query. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  operationId?: string;
  template?: string;
  pathParams: Record<string, string>;
  status: number;
  responseBody?: unknown;
  /** Why GitHub would reject this request (schema or business rule). */
  invalid?: string[];
  /** Where the fake's own answer broke the response schema (a bug in the fake). */
  responseInvalid?: string[];
  /** Answered by an injected fault. */
  injected?: boolean;
}

export interface InjectRule {
  method?: string;
  /** A RegExp over the path, a path template (`/repos/{owner}/{repo}/check-runs`), or an exact path. */
  path?: RegExp | string;
  operationId?: string;
  status: number;
  /** How many matching requests get the fault (default: all). */
  times?: number;
  headers?: Record<string, string>;
  /** JSON body (object) or raw text; default: GitHub's message for the status. */
  body?: unknown;
}

export interface InjectHandle {
  readonly hits: number;
  remove(): void;
}

const DOCS = 'https://docs.github.com/rest';
export const READ_ONLY_MESSAGE = 'Resource not accessible by integration';
export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.';

type Match = Pick<InjectRule, 'method' | 'path' | 'operationId' | 'times'>;
/** Ready-made faults. Each takes an optional match (method/path/operationId/times). */
export const faults = {
  /** 403 as for a read-only GITHUB_TOKEN (fork pull requests, `permissions: read-all`). */
  readOnly: (m: Match = {}): InjectRule => ({ ...m, status: 403, body: { message: READ_ONLY_MESSAGE, documentation_url: DOCS, status: '403' } }),
  notFound: (m: Match = {}): InjectRule => ({ ...m, status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } }),
  unprocessable: (m: Match = {}, message = 'Validation Failed'): InjectRule => ({
    ...m, status: 422, body: { message, errors: [], documentation_url: DOCS, status: '422' },
  }),
  serverError: (m: Match = {}, status: 500 | 502 | 503 = 500): InjectRule => ({ ...m, status, body: { message: status === 502 ? 'Bad Gateway' : 'Server Error' } }),
  /** 403 with `retry-after` and GitHub's secondary-rate-limit message (keep seconds small in tests). */
  secondaryRateLimit: (retryAfterSeconds = 1, m: Match = {}): InjectRule => ({
    ...m, status: 403, headers: { 'retry-after': String(retryAfterSeconds) },
    body: { message: SECONDARY_RATE_LIMIT_MESSAGE, documentation_url: `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits`, status: '403' },
  }),
  /** 429 with `retry-after`, as GitHub sends for secondary limits on some endpoints. */
  tooManyRequests: (retryAfterSeconds = 1, m: Match = {}): InjectRule => ({
    ...m, status: 429, headers: { 'retry-after': String(retryAfterSeconds) },
    body: { message: SECONDARY_RATE_LIMIT_MESSAGE, documentation_url: `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits`, status: '429' },
  }),
};

export interface FakeGitHubOptions {
  /** Clock for created_at/updated_at (default: the real one). */
  now?: () => Date;
  /** Every scope read-only, as on a pull request from a fork. */
  readOnlyToken?: boolean;
  /** Seed repository, pull request, issue and comment from an event payload (runAction does this too). */
  event?: { name: string; payload: Record<string, any> };
  /** Check the fake's own answers against the response schemas (default true). */
  checkResponses?: boolean;
}

export interface FakeGitHub {
  url: string;
  state: FakeState;
  requests: RecordedRequest[];
  contract: OpenApiContract;
  inject(rule: InjectRule): InjectHandle;
  /** Recorded requests for one operation (`issues/create-comment`, `checks/create`, ...). */
  calls(operationId: string): RecordedRequest[];
  /** Throw listing every request GitHub would have rejected and every answer that broke its schema. */
  assertAllValid(): void;
  /** Seed state from an event payload (idempotent). */
  seedEvent(name: string, payload: Record<string, any>): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** GitHub writes timestamps without milliseconds. */
function iso(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A stable numeric id for a login (FNV-1a), so user objects are the same across runs. */
function userId(login: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < login.length; i++) {
    h ^= login.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 90_000_000) + 1_000_000;
}

function asUser(u: UserLike | undefined, fallback: FakeUser): FakeUser {
  if (u === undefined) return fallback;
  if (typeof u === 'string') return { login: u, type: u.endsWith('[bot]') ? 'Bot' : 'User' };
  return u;
}

const PERMISSION_RANK: Record<Permission, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

/** Which scope an operation needs, and whether it writes (test/permissions.test.ts checks it against GitHub's list). */
export const SCOPES: Record<string, { scope: Scope; write: boolean }> = {
  'issues/create': { scope: 'issues', write: true },
  'issues/update': { scope: 'issues', write: true },
  'issues/get': { scope: 'issues', write: false },
  'issues/list-for-repo': { scope: 'issues', write: false },
  'issues/list-comments': { scope: 'issues', write: false },
  'issues/get-comment': { scope: 'issues', write: false },
  'issues/create-comment': { scope: 'issues', write: true },
  'issues/update-comment': { scope: 'issues', write: true },
  'issues/delete-comment': { scope: 'issues', write: true },
  'pulls/get': { scope: 'pull-requests', write: false },
  'pulls/list-files': { scope: 'pull-requests', write: false },
  'checks/create': { scope: 'checks', write: true },
  'checks/update': { scope: 'checks', write: true },
  'checks/get': { scope: 'checks', write: false },
  'repos/create-commit-status': { scope: 'statuses', write: true },
  'actions/create-workflow-dispatch': { scope: 'actions', write: true },
  'actions/get-workflow-run': { scope: 'actions', write: false },
  'actions/get-workflow-run-attempt': { scope: 'actions', write: false },
  'issues/list-events': { scope: 'issues', write: false },
  'repos/create-dispatch-event': { scope: 'contents', write: true },
  'repos/get': { scope: 'metadata', write: false },
  'repos/compare-commits-with-basehead': { scope: 'contents', write: false },
  'repos/list-pull-requests-associated-with-commit': { scope: 'pull-requests', write: false },
  'repos/get-collaborator-permission-level': { scope: 'metadata', write: false },
  'teams/list-members-in-org': { scope: 'members', write: false },
  'teams/get-membership-for-user-in-org': { scope: 'members', write: false },
};
// Git Database API and workflow runs (detect-data-change `baseline: git`), from fake-git.ts.
Object.assign(SCOPES, GIT_DATABASE_SCOPES);

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly extra: Record<string, unknown> = {}, readonly invalid = false) {
    super(message);
  }
}

interface Ctx {
  op: Operation;
  params: Record<string, string>;
  query: URLSearchParams;
  body: any;
  owner: string;
  repo: string;
  fullName: string;
  url: URL;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------------------------

export async function startFakeGitHub(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const contract = githubContract();
  const now = opts.now ?? (() => new Date());
  const checkResponses = opts.checkResponses ?? true;
  const state: FakeState = {
    repos: {}, issues: [], comments: [], pulls: [], pullFiles: {}, checkRuns: [], statuses: [], dispatches: [],
    teams: {}, permissions: {}, comparisons: {}, workflowRuns: {},
    issueEvents: [], workflowRunAttempts: {},
    tokenPermissions: opts.readOnlyToken
      ? { issues: 'read', 'pull-requests': 'read', checks: 'read', statuses: 'read', actions: 'read', contents: 'read', metadata: 'read', members: 'read' }
      : {},
    tokenUser: { login: 'github-actions[bot]', type: 'Bot', id: 41898282 },
    rateLimit: { limit: 5000, remaining: 4999, reset: Math.floor(Date.now() / 1000) + 3600, used: 1 },
    nextId: 1000,
    git: {},
  };
  const requests: RecordedRequest[] = [];
  const rules: Array<{ rule: InjectRule; hits: number; removed: boolean }> = [];
  let baseUrl = '';

  const ex = {
    issue: contract.example('issue'),
    comment: contract.example('issue-comment'),
    pull: contract.example('pull-request'),
    file: contract.example('diff-entry-items')[0],
    checkRun: contract.example('check-run'),
    status: contract.example('status'),
    repo: contract.example('full-repository-default-response'),
    user: contract.example('team-member-items')[0],
    permission: contract.example('repository-collaborator-permission-response-if-user-has-admin-permissions'),
    membership: contract.example('team-membership-response-if-user-is-a-team-maintainer'),
    run: contract.example('workflow-run'),
    compare: contract.example('commit-comparison'),
    rateLimit: contract.example('rate-limit-overview'),
    privateUser: contract.example('private-user-response-with-public-profile-information'),
    app: contract.example('integration'),
    dispatchResponse: contract.example('workflow-dispatch-response'),
    issueEvent: contract.example('issue-event-for-issue-items')[0],
  };

  const api = () => baseUrl;
  const web = 'https://github.com';
  const newId = () => state.nextId++;

  // ---- renderers: the description's example, with our fields over it --------------------------------------
  const renderUser = (u: FakeUser) => ({
    ...structuredClone(ex.user),
    login: u.login, id: u.id ?? userId(u.login), node_id: `U_${u.id ?? userId(u.login)}`, type: u.type ?? 'User',
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id ?? userId(u.login)}?v=4`,
    url: `${api()}/users/${encodeURIComponent(u.login)}`, html_url: `${web}/${u.login}`,
    site_admin: false,
  });
  const tokenUserDefault = () => state.tokenUser;

  const repoFor = (owner: string, repo: string) => {
    const key = `${owner}/${repo}`;
    if (state.repos[key] === null) throw new HttpError(404, 'Not Found');
    return state.repos[key] ?? {};
  };
  const renderRepo = (owner: string, repo: string) => {
    const o = repoFor(owner, repo);
    const r = structuredClone(ex.repo);
    // The example nests parent/source repositories that lack fields their schema requires; they are optional.
    delete r.parent;
    delete r.source;
    delete r.template_repository;
    delete r.organization;
    const isPrivate = o.private ?? false;
    return {
      ...r,
      name: repo, full_name: `${owner}/${repo}`, owner: renderUser({ login: owner, type: 'Organization' }),
      private: isPrivate, visibility: isPrivate ? 'private' : 'public', archived: o.archived ?? false,
      default_branch: o.default_branch ?? 'main', language: r.language ?? null,
      html_url: `${web}/${owner}/${repo}`, url: `${api()}/repos/${owner}/${repo}`,
    };
  };

  const issueOf = (owner: string, repo: string, number: number) =>
    state.issues.find((i) => i.owner === owner && i.repo === repo && i.number === number);
  const requireIssue = (c: Ctx, n: number) => {
    const i = issueOf(c.owner, c.repo, n);
    if (!i) throw new HttpError(404, 'Not Found');
    return i;
  };
  const renderIssue = (i: FakeIssue) => {
    const r = structuredClone(ex.issue);
    const base = `${api()}/repos/${i.owner}/${i.repo}/issues/${i.number}`;
    const created = i.created_at ?? iso(now());
    const out: any = {
      ...r,
      id: 500_000 + i.number, node_id: `I_${i.number}`, number: i.number, title: i.title, body: i.body ?? null,
      state: i.state ?? 'open', state_reason: i.state_reason ?? null, locked: i.locked ?? false,
      user: renderUser(asUser(i.user, tokenUserDefault())),
      labels: (i.labels ?? []).map((name, k) => ({ id: 9000 + k, node_id: `L_${k}`, url: `${api()}/repos/${i.owner}/${i.repo}/labels/${encodeURIComponent(name)}`, name, description: null, color: 'ededed', default: false })),
      assignee: i.assignees?.[0] ? renderUser(asUser(i.assignees[0], tokenUserDefault())) : null,
      assignees: (i.assignees ?? []).map((a) => renderUser(asUser(a, tokenUserDefault()))),
      milestone: null,
      comments: state.comments.filter((c) => c.owner === i.owner && c.repo === i.repo && c.issue_number === i.number).length,
      created_at: created, updated_at: i.updated_at ?? created, closed_at: i.closed_at ?? null, closed_by: null,
      author_association: i.author_association ?? 'NONE',
      url: base, comments_url: `${base}/comments`, events_url: `${base}/events`, labels_url: `${base}/labels{/name}`,
      repository_url: `${api()}/repos/${i.owner}/${i.repo}`,
      html_url: `${web}/${i.owner}/${i.repo}/${i.pull_request ? 'pull' : 'issues'}/${i.number}`,
    };
    if (i.pull_request) {
      out.pull_request = {
        url: `${api()}/repos/${i.owner}/${i.repo}/pulls/${i.number}`, html_url: `${web}/${i.owner}/${i.repo}/pull/${i.number}`,
        diff_url: `${web}/${i.owner}/${i.repo}/pull/${i.number}.diff`, patch_url: `${web}/${i.owner}/${i.repo}/pull/${i.number}.patch`,
      };
    } else delete out.pull_request;
    return out;
  };

  const renderComment = (c: FakeComment) => {
    const created = c.created_at ?? iso(now());
    return {
      ...structuredClone(ex.comment),
      id: c.id, node_id: `IC_${c.id}`, body: c.body, user: renderUser(asUser(c.user, tokenUserDefault())),
      created_at: created, updated_at: c.updated_at ?? created, author_association: c.author_association ?? 'NONE',
      url: `${api()}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
      html_url: `${web}/${c.owner}/${c.repo}/issues/${c.issue_number}#issuecomment-${c.id}`,
      issue_url: `${api()}/repos/${c.owner}/${c.repo}/issues/${c.issue_number}`,
    };
  };

  const renderFile = (f: FakeFile, owner: string, repo: string) => {
    const out: any = {
      ...structuredClone(ex.file),
      sha: f.sha ?? '0'.repeat(40), filename: f.filename, status: f.status ?? 'modified',
      additions: f.additions ?? 1, deletions: f.deletions ?? 0, changes: f.changes ?? (f.additions ?? 1) + (f.deletions ?? 0),
      blob_url: `${web}/${owner}/${repo}/blob/HEAD/${f.filename}`, raw_url: `${web}/${owner}/${repo}/raw/HEAD/${f.filename}`,
      contents_url: `${api()}/repos/${owner}/${repo}/contents/${f.filename}`,
    };
    if (f.patch !== undefined) out.patch = f.patch;
    else delete out.patch;
    if (f.previous_filename !== undefined) out.previous_filename = f.previous_filename;
    else delete out.previous_filename;
    return out;
  };

  const renderPull = (p: FakePull) => {
    const r = structuredClone(ex.pull);
    const headRepo = p.head.repo ?? `${p.owner}/${p.repo}`;
    const [ho = p.owner, hr = p.repo] = headRepo.split('/');
    const baseUrlPr = `${api()}/repos/${p.owner}/${p.repo}/pulls/${p.number}`;
    return {
      ...r,
      id: 700_000 + p.number, node_id: `PR_${p.number}`, number: p.number, title: p.title ?? `PR ${p.number}`, body: p.body ?? null,
      state: p.state ?? 'open', draft: p.draft ?? false, merged: p.merged ?? false, user: renderUser(asUser(p.user, { login: 'octocat', type: 'User' })),
      requested_teams: [], requested_reviewers: [], labels: [], milestone: null, assignee: null, assignees: [],
      url: baseUrlPr, html_url: `${web}/${p.owner}/${p.repo}/pull/${p.number}`,
      head: { ...r.head, ref: p.head.ref, sha: p.head.sha, label: `${ho}:${p.head.ref}`, user: renderUser({ login: ho }), repo: renderRepo(ho, hr) },
      base: { ...r.base, ref: p.base.ref, sha: p.base.sha, label: `${p.owner}:${p.base.ref}`, user: renderUser({ login: p.owner }), repo: renderRepo(p.owner, p.repo) },
    };
  };

  const renderCheckRun = (c: FakeCheckRun) => ({
    ...structuredClone(ex.checkRun),
    id: c.id, node_id: `CR_${c.id}`, name: c.name, head_sha: c.head_sha, status: c.status, conclusion: c.conclusion,
    started_at: c.started_at, completed_at: c.completed_at, details_url: c.details_url ?? null, external_id: c.external_id ?? null,
    url: `${api()}/repos/${c.owner}/${c.repo}/check-runs/${c.id}`, html_url: `${web}/${c.owner}/${c.repo}/runs/${c.id}`,
    output: {
      title: c.output.title, summary: c.output.summary, text: c.output.text, annotations_count: c.output.annotations.length,
      annotations_url: `${api()}/repos/${c.owner}/${c.repo}/check-runs/${c.id}/annotations`,
    },
    pull_requests: [],
  });

  const permissionOf = (owner: string, repo: string, login: string): Permission =>
    state.permissions[`${owner}/${repo}:${login}`] ?? state.permissions[login] ?? (repoFor(owner, repo).private ? 'none' : 'read');

  const paginate = <T>(c: Ctx, items: T[]): { page: T[]; link?: string } => {
    const perPage = Math.min(100, Math.max(1, Number(c.query.get('per_page') ?? 30)));
    const page = Math.max(1, Number(c.query.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number, rel: string) => {
      const u = new URL(c.url.pathname, baseUrl);
      for (const [k, v] of c.query) if (k !== 'page' && k !== 'per_page') u.searchParams.append(k, v);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const parts: string[] = [];
    if (page > 1) parts.push(link(page - 1, 'prev'));
    if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) parts.push(link(1, 'first'));
    return { page: slice, link: parts.length ? parts.join(', ') : undefined };
  };
  const listAnswer = <T>(c: Ctx, items: T[], render: (t: T) => unknown): Answer => {
    const { page, link } = paginate(c, items);
    return { status: 200, body: page.map(render), headers: link ? { link } : {} };
  };

  /** GitHub's 422 for a request that passes the schema but breaks a documented rule; recorded as invalid. */
  const rule = (ok: boolean, resource: string, field: string, message: string) => {
    if (!ok) throw new HttpError(422, 'Validation Failed', { errors: [{ resource, code: 'custom', field, message }] }, true);
  };

  // ---- handlers by operationId ------------------------------------------------------------------------------
  const handlers: Record<string, (c: Ctx) => Answer> = {
    'repos/get': (c) => ({ status: 200, body: renderRepo(c.owner, c.repo) }),

    'issues/create': (c) => {
      const title = String(c.body.title ?? '');
      rule(title.trim() !== '', 'Issue', 'title', "title can't be blank");
      rule((c.body.body ?? '').length <= 65536, 'Issue', 'body', 'body is too long (maximum is 65536 characters)');
      const numbers = [...state.issues, ...state.pulls].filter((i) => i.owner === c.owner && i.repo === c.repo).map((i) => i.number);
      const t = iso(now());
      const issue: FakeIssue = {
        owner: c.owner, repo: c.repo, number: Math.max(0, ...numbers) + 1, title, body: c.body.body ?? null, state: 'open',
        user: state.tokenUser, labels: (c.body.labels ?? []).map((l: any) => (typeof l === 'string' ? l : l.name)),
        assignees: c.body.assignees ?? (c.body.assignee ? [c.body.assignee] : []), created_at: t, updated_at: t, closed_at: null,
      };
      state.issues.push(issue);
      return { status: 201, body: renderIssue(issue), headers: { location: `${api()}/repos/${c.owner}/${c.repo}/issues/${issue.number}` } };
    },
    'issues/get': (c) => ({ status: 200, body: renderIssue(requireIssue(c, Number(c.params.issue_number))) }),
    'issues/update': (c) => {
      const i = requireIssue(c, Number(c.params.issue_number));
      const b = c.body ?? {};
      if (b.body !== undefined) rule((b.body ?? '').length <= 65536, 'Issue', 'body', 'body is too long (maximum is 65536 characters)');
      const t = iso(now());
      if (b.title !== undefined && b.title !== null) i.title = String(b.title);
      if (b.body !== undefined) i.body = b.body;
      if (b.labels !== undefined) i.labels = b.labels.map((l: any) => (typeof l === 'string' ? l : l.name));
      if (b.assignees !== undefined) i.assignees = b.assignees;
      if (b.state !== undefined && b.state !== i.state) {
        i.state = b.state;
        i.closed_at = b.state === 'closed' ? t : null;
        i.state_reason = b.state === 'closed' ? (b.state_reason ?? 'completed') : 'reopened';
        // GitHub records who closed or reopened, and when, as an issue event.
        state.issueEvents.push({ id: newId(), owner: c.owner, repo: c.repo, issue_number: i.number, event: b.state === 'closed' ? 'closed' : 'reopened', actor: state.tokenUser, created_at: t, state_reason: i.state_reason });
      } else if (b.state_reason !== undefined) i.state_reason = b.state_reason;
      i.updated_at = t;
      return { status: 200, body: renderIssue(i) };
    },
    'issues/list-for-repo': (c) => {
      const wantState = c.query.get('state') ?? 'open';
      const labels = c.query.get('labels')?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
      const creator = c.query.get('creator');
      const since = c.query.get('since');
      const sort = c.query.get('sort') ?? 'created';
      const dir = c.query.get('direction') ?? 'desc';
      const items = state.issues
        .filter((i) => i.owner === c.owner && i.repo === c.repo)
        .filter((i) => wantState === 'all' || (i.state ?? 'open') === wantState)
        .filter((i) => labels.every((l) => (i.labels ?? []).includes(l)))
        .filter((i) => !creator || asUser(i.user, state.tokenUser).login === creator)
        .filter((i) => !since || (i.updated_at ?? i.created_at ?? '') >= since)
        .map(renderIssue)
        .sort((a, b) => {
          const k = sort === 'updated' ? 'updated_at' : 'created_at';
          const d = a[k] < b[k] ? -1 : a[k] > b[k] ? 1 : a.number - b.number;
          return dir === 'asc' ? d : -d;
        });
      return listAnswer(c, items, (x) => x);
    },

    'issues/list-comments': (c) => {
      requireIssue(c, Number(c.params.issue_number));
      const since = c.query.get('since');
      const items = state.comments
        .filter((x) => x.owner === c.owner && x.repo === c.repo && x.issue_number === Number(c.params.issue_number))
        .filter((x) => !since || (x.updated_at ?? x.created_at ?? '') >= since)
        .sort((a, b) => a.id - b.id);
      return listAnswer(c, items, renderComment);
    },
    'issues/create-comment': (c) => {
      const n = Number(c.params.issue_number);
      requireIssue(c, n);
      rule(c.body.body.length <= 65536, 'IssueComment', 'body', 'body is too long (maximum is 65536 characters)');
      rule(c.body.body.trim() !== '', 'IssueComment', 'body', "body can't be blank");
      const t = iso(now());
      const comment: FakeComment = {
        id: newId(), owner: c.owner, repo: c.repo, issue_number: n, body: c.body.body, user: state.tokenUser, created_at: t, updated_at: t, author_association: 'NONE',
      };
      state.comments.push(comment);
      return { status: 201, body: renderComment(comment), headers: { location: `${api()}/repos/${c.owner}/${c.repo}/issues/comments/${comment.id}` } };
    },
    'issues/get-comment': (c) => ({ status: 200, body: renderComment(commentOf(c)) }),
    'issues/update-comment': (c) => {
      const comment = commentOf(c);
      rule(c.body.body.length <= 65536, 'IssueComment', 'body', 'body is too long (maximum is 65536 characters)');
      comment.body = c.body.body;
      comment.updated_at = iso(now());
      return { status: 200, body: renderComment(comment) };
    },
    'issues/delete-comment': (c) => {
      const comment = commentOf(c);
      state.comments.splice(state.comments.indexOf(comment), 1);
      return { status: 204 };
    },

    'pulls/get': (c) => ({ status: 200, body: renderPull(pullOf(c)) }),
    'pulls/list-files': (c) => {
      const p = pullOf(c);
      // GitHub lists at most 3000 files of a pull request.
      const files = (state.pullFiles[`${c.owner}/${c.repo}#${p.number}`] ?? []).slice(0, 3000);
      return listAnswer(c, files, (f) => renderFile(f, c.owner, c.repo));
    },
    'repos/list-pull-requests-associated-with-commit': (c) => {
      const items = state.pulls.filter((p) => p.owner === c.owner && p.repo === c.repo && p.head.sha === c.params.commit_sha);
      return listAnswer(c, items, (p) => {
        // pull-request-simple: the full pull request minus the fields only `pulls/get` has.
        const full: any = renderPull(p);
        for (const k of ['merged', 'mergeable', 'rebaseable', 'mergeable_state', 'merged_by', 'comments', 'review_comments', 'maintainer_can_modify', 'commits', 'additions', 'deletions', 'changed_files']) delete full[k];
        return full;
      });
    },

    'checks/create': (c) => {
      const b = c.body;
      checkRunRules(b, true);
      const t = iso(now());
      const status = b.conclusion !== undefined ? 'completed' : (b.status ?? 'queued');
      const run: FakeCheckRun = {
        id: newId(), owner: c.owner, repo: c.repo, name: b.name, head_sha: b.head_sha, status, conclusion: b.conclusion ?? null,
        started_at: b.started_at ?? t, completed_at: status === 'completed' ? (b.completed_at ?? t) : null,
        details_url: b.details_url ?? null, external_id: b.external_id ?? null,
        output: { title: b.output?.title ?? null, summary: b.output?.summary ?? null, text: b.output?.text ?? null, annotations: [...(b.output?.annotations ?? [])] },
        updates: 0,
      };
      state.checkRuns.push(run);
      return { status: 201, body: renderCheckRun(run) };
    },
    'checks/update': (c) => {
      const run = checkRunOf(c);
      const b = c.body;
      checkRunRules(b, false);
      const t = iso(now());
      if (b.name !== undefined) run.name = b.name;
      if (b.details_url !== undefined) run.details_url = b.details_url;
      if (b.external_id !== undefined) run.external_id = b.external_id;
      if (b.conclusion !== undefined) {
        run.conclusion = b.conclusion;
        run.status = 'completed';
        run.completed_at = b.completed_at ?? run.completed_at ?? t;
      } else if (b.status !== undefined) run.status = b.status;
      if (b.output) {
        run.output.title = b.output.title ?? run.output.title;
        run.output.summary = b.output.summary ?? run.output.summary;
        if (b.output.text !== undefined) run.output.text = b.output.text;
        // "Each time you update the check run, annotations are appended" (GitHub REST docs, Update a check run).
        run.output.annotations.push(...(b.output.annotations ?? []));
      }
      run.updates++;
      return { status: 200, body: renderCheckRun(run) };
    },
    'checks/get': (c) => ({ status: 200, body: renderCheckRun(checkRunOf(c)) }),

    'repos/create-commit-status': (c) => {
      const b = c.body;
      rule((b.description ?? '').length <= 140, 'Status', 'description', 'description is too long (maximum is 140 characters)');
      rule(/^[0-9a-f]{40}$/i.test(c.params.sha ?? ''), 'Status', 'sha', `No commit found for SHA: ${c.params.sha}`);
      const t = iso(now());
      const s: FakeStatus = {
        id: newId(), owner: c.owner, repo: c.repo, sha: c.params.sha!, state: b.state, description: b.description ?? null,
        context: b.context ?? 'default', target_url: b.target_url ?? null, created_at: t,
      };
      state.statuses.push(s);
      return {
        status: 201,
        body: {
          ...structuredClone(ex.status),
          id: s.id, node_id: `SC_${s.id}`, state: s.state, description: s.description, context: s.context, target_url: s.target_url,
          created_at: t, updated_at: t, creator: renderUser(state.tokenUser),
          url: `${api()}/repos/${c.owner}/${c.repo}/statuses/${s.sha}`, avatar_url: null,
        },
      };
    },

    'repos/get-collaborator-permission-level': (c) => {
      const login = c.params.username!;
      const role = permissionOf(c.owner, c.repo, login);
      // The `permission` field folds maintain into write and triage into read; `role_name` keeps the real role.
      const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
      const user = { ...renderUser({ login }), role_name: role, permissions: { admin: role === 'admin', maintain: PERMISSION_RANK[role] >= 4, push: PERMISSION_RANK[role] >= 3, triage: PERMISSION_RANK[role] >= 2, pull: PERMISSION_RANK[role] >= 1 } };
      return { status: 200, body: { ...structuredClone(ex.permission), permission, role_name: role, user } };
    },
    'teams/list-members-in-org': (c) => {
      const members = state.teams[`${c.params.org}/${c.params.team_slug}`];
      if (!members) throw new HttpError(404, 'Not Found');
      return listAnswer(c, members, (m) => renderUser(asUser(m, state.tokenUser)));
    },
    'teams/get-membership-for-user-in-org': (c) => {
      const members = state.teams[`${c.params.org}/${c.params.team_slug}`];
      if (!members || !members.some((m) => asUser(m, state.tokenUser).login === c.params.username)) throw new HttpError(404, 'Not Found');
      return { status: 200, body: { ...structuredClone(ex.membership), role: 'member', state: 'active', url: `${api()}/organizations/1/team/1/memberships/${c.params.username}` } };
    },

    'actions/create-workflow-dispatch': (c) => {
      const inputs = c.body.inputs ?? {};
      for (const [k, v] of Object.entries(inputs)) {
        rule(['string', 'number', 'boolean'].includes(typeof v), 'Workflow', `inputs.${k}`, `input ${k} must be a string, number or boolean`);
      }
      state.dispatches.push({ kind: 'workflow', owner: c.owner, repo: c.repo, workflow_id: c.params.workflow_id!, ref: c.body.ref, inputs });
      if (c.body.return_run_details) {
        const id = newId();
        return { status: 200, body: { ...structuredClone(ex.dispatchResponse), workflow_run_id: id, run_url: `${api()}/repos/${c.owner}/${c.repo}/actions/runs/${id}`, html_url: `${web}/${c.owner}/${c.repo}/actions/runs/${id}` } };
      }
      return { status: 204 };
    },
    'repos/create-dispatch-event': (c) => {
      rule(JSON.stringify(c.body.client_payload ?? {}).length < 65536, 'Dispatch', 'client_payload', 'client_payload must be less than 64KB');
      state.dispatches.push({ kind: 'repository', owner: c.owner, repo: c.repo, event_type: c.body.event_type, client_payload: c.body.client_payload ?? {} });
      return { status: 204 };
    },
    'actions/get-workflow-run': (c) => {
      const id = Number(c.params.run_id);
      const o = state.workflowRuns[id];
      if (!o) throw new HttpError(404, 'Not Found');
      return { status: 200, body: { ...structuredClone(ex.run), id, url: `${api()}/repos/${c.owner}/${c.repo}/actions/runs/${id}`, html_url: `${web}/${c.owner}/${c.repo}/actions/runs/${id}`, ...o } };
    },

    // ---- request-approval: run attempts and issue events ---------------------------------------------------
    'actions/get-workflow-run-attempt': (c) => {
      const id = Number(c.params.run_id);
      const n = Number(c.params.attempt_number);
      const o = state.workflowRuns[id];
      if (!o) throw new HttpError(404, 'Not Found');
      const attempt = state.workflowRunAttempts[`${id}/${n}`];
      // Without a seeded attempt the run has one attempt: its own (run_attempt, default 1).
      if (!attempt && n !== Number(o.run_attempt ?? 1)) throw new HttpError(404, 'Not Found');
      return { status: 200, body: { ...structuredClone(ex.run), id, url: `${api()}/repos/${c.owner}/${c.repo}/actions/runs/${id}`, html_url: `${web}/${c.owner}/${c.repo}/actions/runs/${id}`, ...o, ...attempt, run_attempt: n } };
    },
    'issues/list-events': (c) => {
      const n = Number(c.params.issue_number);
      requireIssue(c, n);
      const items = state.issueEvents.filter((e) => e.owner === c.owner && e.repo === c.repo && e.issue_number === n).sort((a, b) => a.id - b.id);
      // The description's example of this list is a `closed` event (it carries `label`, which the schema's
      // anyOf branches need); GitHub's own answer adds `state_reason` to close and reopen events.
      return listAnswer(c, items, (e) => ({
        ...structuredClone(ex.issueEvent),
        id: e.id, node_id: `CE_${e.id}`, url: `${api()}/repos/${c.owner}/${c.repo}/issues/events/${e.id}`,
        actor: renderUser(asUser(e.actor, state.tokenUser)), event: e.event, commit_id: null, commit_url: null,
        created_at: e.created_at, performed_via_github_app: null, state_reason: e.state_reason ?? null,
      }));
    },
    // ---- end request-approval ------------------------------------------------------------------------------

    'repos/compare-commits-with-basehead': (c) => {
      const bh = c.params.basehead!;
      const cmp = state.comparisons[`${c.owner}/${c.repo}:${bh}`] ?? state.comparisons[bh];
      if (!cmp) throw new HttpError(404, 'Not Found');
      const r = structuredClone(ex.compare);
      const commitTemplate = r.commits[0] ?? r.base_commit;
      const commits = (cmp.commits ?? []).map((k) => ({ ...structuredClone(commitTemplate), sha: k.sha, node_id: `C_${k.sha}`, commit: { ...commitTemplate.commit, message: k.message ?? 'commit' } }));
      const paged = c.query.has('page') || c.query.has('per_page');
      const { page, link } = paged ? paginate(c, commits) : { page: commits.slice(-250), link: undefined };
      const firstPage = Number(c.query.get('page') ?? 1) === 1;
      return {
        status: 200,
        headers: link ? { link } : undefined,
        body: {
          ...r,
          status: cmp.status ?? 'ahead', ahead_by: cmp.ahead_by ?? commits.length, behind_by: cmp.behind_by ?? 0,
          total_commits: commits.length, commits: page,
          // "The list of changed files is only shown on the first page of results, and it includes up to 300 changed files".
          files: firstPage ? cmp.files.slice(0, 300).map((f) => renderFile(f, c.owner, c.repo)) : [],
          url: `${api()}/repos/${c.owner}/${c.repo}/compare/${bh}`, html_url: `${web}/${c.owner}/${c.repo}/compare/${bh}`,
        },
      };
    },

    'rate-limit/get': () => {
      const r = structuredClone(ex.rateLimit);
      r.resources.core = { ...r.resources.core, ...state.rateLimit };
      r.rate = { ...r.rate, ...state.rateLimit };
      return { status: 200, body: r };
    },
    'users/get-authenticated': () => {
      if (!state.authenticatedUser) throw new HttpError(403, READ_ONLY_MESSAGE);
      const u = state.authenticatedUser;
      return { status: 200, body: { ...structuredClone(ex.privateUser), ...renderUser(u), name: null, email: null } };
    },
    'apps/get-authenticated': () => ({ status: 200, body: structuredClone(ex.app) }),
  };

  // Git Database API and workflow runs (detect-data-change `baseline: git`), from fake-git.ts.
  Object.assign(handlers, gitDatabaseHandlers({
    git: state.git, workflowRuns: state.workflowRuns, runExample: ex.run, now, api, web, paginate,
    fail: (status, message, invalid = false) => {
      throw new HttpError(status, message, {}, invalid);
    },
  }));

  function commentOf(c: Ctx): FakeComment {
    const id = Number(c.params.comment_id);
    const comment = state.comments.find((x) => x.id === id && x.owner === c.owner && x.repo === c.repo);
    if (!comment) throw new HttpError(404, 'Not Found');
    return comment;
  }
  function pullOf(c: Ctx): FakePull {
    const n = Number(c.params.pull_number);
    const p = state.pulls.find((x) => x.owner === c.owner && x.repo === c.repo && x.number === n);
    if (!p) throw new HttpError(404, 'Not Found');
    return p;
  }
  function checkRunOf(c: Ctx): FakeCheckRun {
    const id = Number(c.params.check_run_id);
    const run = state.checkRuns.find((x) => x.id === id && x.owner === c.owner && x.repo === c.repo);
    if (!run) throw new HttpError(404, 'Not Found');
    return run;
  }
  /** Rules from GitHub's docs for check runs that the schema cannot express. */
  function checkRunRules(b: any, creating: boolean) {
    if (creating || b.status === 'completed') {
      rule(!(b.status === 'completed' && b.conclusion === undefined), 'CheckRun', 'conclusion', 'conclusion is required when status is completed');
    }
    rule(!(b.completed_at !== undefined && b.conclusion === undefined), 'CheckRun', 'conclusion', 'conclusion is required when completed_at is given');
    if (b.output) {
      rule(typeof b.output.title === 'string' && typeof b.output.summary === 'string', 'CheckRun', 'output', 'output needs both title and summary');
      for (const a of b.output.annotations ?? []) {
        rule(a.start_line >= 1 && a.end_line >= a.start_line, 'CheckRun', 'annotations', `annotation lines must satisfy 1 <= start_line <= end_line (got ${a.start_line}..${a.end_line})`);
        rule(!((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line), 'CheckRun', 'annotations', 'start_column/end_column are only allowed when start_line equals end_line');
        rule(Buffer.byteLength(a.message ?? '') <= 64 * 1024, 'CheckRun', 'annotations', 'annotation message is larger than 64 KB');
      }
    }
  }

  // ---- request pipeline -------------------------------------------------------------------------------------
  function injectedFor(method: string, path: string, op?: Operation) {
    for (const r of rules) {
      const { rule: ru } = r;
      if (r.removed || r.hits >= (ru.times ?? Infinity)) continue;
      if (ru.method && ru.method.toUpperCase() !== method) continue;
      if (ru.operationId && ru.operationId !== op?.operationId) continue;
      if (ru.path !== undefined) {
        const ok = ru.path instanceof RegExp ? ru.path.test(path) : ru.path.includes('{') ? ru.path === op?.template : ru.path === path;
        if (!ok) continue;
      }
      r.hits++;
      return ru;
    }
    return undefined;
  }

  const defaultMessage = (status: number) =>
    ({ 400: 'Bad Request', 401: 'Requires authentication', 403: READ_ONLY_MESSAGE, 404: 'Not Found', 409: 'Conflict', 422: 'Validation Failed', 429: SECONDARY_RATE_LIMIT_MESSAGE, 500: 'Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' } as Record<number, string>)[status] ?? 'Error';

  function send(res: ServerResponse, answer: Answer) {
    const headers: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': String(state.rateLimit.limit),
      'x-ratelimit-remaining': String(state.rateLimit.remaining),
      'x-ratelimit-reset': String(state.rateLimit.reset),
      'x-ratelimit-used': String(state.rateLimit.used),
      'x-ratelimit-resource': 'core',
      'x-github-request-id': `FAKE:${requests.length}`,
      ...answer.headers,
    };
    if (answer.status === 204 || answer.body === undefined) {
      res.writeHead(answer.status, headers);
      res.end();
      return;
    }
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    headers['content-type'] ??= typeof answer.body === 'string' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8';
    res.writeHead(answer.status, headers);
    res.end(text);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', baseUrl);
    let body: unknown;
    if (rawBody.trim() !== '') {
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = undefined;
      }
    }
    const rec: RecordedRequest = {
      seq: requests.length, method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: { ...req.headers },
      body: body ?? (rawBody === '' ? undefined : rawBody), pathParams: {}, status: 0,
    };
    requests.push(rec);

    const check = contract.checkRequest({ method, pathname: url.pathname, query: url.searchParams, body, rawBody, contentType: req.headers['content-type'] });
    rec.operationId = check.operation?.operationId;
    rec.template = check.operation?.template;
    rec.pathParams = check.pathParams;
    const invalid = [...check.errors];
    if (!req.headers.authorization) invalid.push('no Authorization header: every mlci call must send the github-token');

    const answer = ((): Answer => {
      if (invalid.length) {
        rec.invalid = invalid;
        const status = !check.operation ? 404 : !req.headers.authorization && check.errors.length === 0 ? 401 : 400;
        return { status, body: { message: status === 404 ? 'Not Found' : defaultMessage(status), errors: invalid, documentation_url: DOCS, status: String(status) } };
      }
      const op = check.operation!;
      const injected = injectedFor(method, url.pathname, op);
      if (injected) {
        rec.injected = true;
        return {
          status: injected.status,
          headers: injected.headers,
          body: injected.body ?? { message: defaultMessage(injected.status), documentation_url: DOCS, status: String(injected.status) },
        };
      }
      const owner = check.pathParams.owner ?? '';
      const repo = check.pathParams.repo ?? '';
      const need = SCOPES[op.operationId];
      if (need) {
        let level = state.tokenPermissions[need.scope] ?? 'write';
        // Comments on a pull request may be read and written with either issues or pull-requests permission.
        if (need.scope === 'issues' && (need.write ? level !== 'write' : level === 'none')) {
          const n = Number(check.pathParams.issue_number ?? NaN);
          const onPull = issueOf(owner, repo, n)?.pull_request ?? state.pulls.some((p) => p.owner === owner && p.repo === repo && p.number === n);
          const pr = state.tokenPermissions['pull-requests'] ?? 'write';
          if ((onPull || check.pathParams.comment_id) && (need.write ? pr === 'write' : pr !== 'none')) level = pr;
        }
        if (level === 'none' || (need.write && level !== 'write')) {
          return { status: 403, body: { message: READ_ONLY_MESSAGE, documentation_url: DOCS, status: '403' } };
        }
      }
      const handler = handlers[op.operationId];
      if (!handler) return { status: 501, body: { message: `fake GitHub: no handler for ${op.operationId}` } };
      try {
        return handler({ op, params: check.pathParams, query: url.searchParams, body: body ?? {}, owner, repo, fullName: `${owner}/${repo}`, url });
      } catch (e) {
        if (e instanceof HttpError) {
          if (e.invalid) rec.invalid = [`${op.operationId}: ${e.message}: ${JSON.stringify(e.extra)}`];
          return { status: e.status, body: { message: e.message, documentation_url: DOCS, status: String(e.status), ...e.extra } };
        }
        throw e;
      }
    })();

    rec.status = answer.status;
    rec.responseBody = answer.body;
    if (checkResponses && check.operation && !rec.injected && !rec.invalid && answer.status < 300) {
      const errs = contract.checkResponse(check.operation, answer.status, answer.body);
      if (errs.length) rec.responseInvalid = errs;
    }
    send(res, answer);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      requests.push({ seq: requests.length, method: req.method ?? '', path: req.url ?? '', query: {}, headers: {}, body: undefined, pathParams: {}, status: 500, invalid: [`fake GitHub crashed: ${e?.stack ?? e}`] });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'fake GitHub crashed' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeGitHub = {
    url: baseUrl,
    state,
    requests,
    contract,
    inject(r) {
      const entry = { rule: r, hits: 0, removed: false };
      rules.push(entry);
      return {
        get hits() {
          return entry.hits;
        },
        remove() {
          entry.removed = true;
        },
      };
    },
    calls: (operationId) => requests.filter((r) => r.operationId === operationId),
    assertAllValid() {
      const bad = requests.filter((r) => r.invalid || r.responseInvalid);
      if (!bad.length) return;
      const lines = bad.map((r) => `#${r.seq} ${r.method} ${r.path}${r.operationId ? ` (${r.operationId})` : ''} -> ${r.status}\n    ` +
        [...(r.invalid ?? []), ...(r.responseInvalid ?? []).map((x) => `fake answered outside the schema: ${x}`)].join('\n    '));
      throw new Error(`fake GitHub: ${bad.length} request(s) GitHub would reject:\n  ${lines.join('\n  ')}`);
    },
    seedEvent(name, payload) {
      const full: string | undefined = payload.repository?.full_name;
      if (!full) return;
      const [owner = '', repo = ''] = full.split('/');
      if (!(full in state.repos)) state.repos[full] = { default_branch: payload.repository.default_branch, private: payload.repository.private };
      const pr = payload.pull_request;
      if (pr && !state.pulls.some((p) => p.owner === owner && p.repo === repo && p.number === pr.number)) {
        state.pulls.push({
          owner, repo, number: pr.number, title: pr.title, body: pr.body ?? null, state: pr.state, draft: pr.draft, merged: pr.merged ?? false,
          user: pr.user ? { login: pr.user.login, type: pr.user.type } : undefined,
          head: { sha: pr.head.sha, ref: pr.head.ref, repo: pr.head.repo?.full_name }, base: { sha: pr.base.sha, ref: pr.base.ref },
        });
      }
      const issue = payload.issue ?? (pr ? { ...pr, pull_request: {} } : undefined);
      if (issue && !issueOf(owner, repo, issue.number)) {
        state.issues.push({
          owner, repo, number: issue.number, title: issue.title ?? '', body: issue.body ?? null, state: issue.state ?? 'open',
          user: issue.user ? { login: issue.user.login, type: issue.user.type } : undefined, labels: (issue.labels ?? []).map((l: any) => l.name),
          created_at: issue.created_at, updated_at: issue.updated_at, closed_at: issue.closed_at ?? null, pull_request: Boolean(issue.pull_request),
          author_association: issue.author_association,
        });
      }
      // A `deleted` comment event carries the comment that is gone: it is not seeded.
      const comment = name === 'issue_comment' && payload.action !== 'deleted' ? payload.comment : undefined;
      if (comment && payload.issue && !state.comments.some((c) => c.id === comment.id)) {
        state.comments.push({
          id: comment.id, owner, repo, issue_number: payload.issue.number, body: comment.body, user: { login: comment.user.login, type: comment.user.type },
          created_at: comment.created_at, updated_at: comment.updated_at, author_association: comment.author_association,
        });
        state.comments.sort((a, b) => a.id - b.id);
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
  if (opts.event) fake.seedEvent(opts.event.name, opts.event.payload);
  return fake;
}
