/**
 * Which token permission each REST operation mlci calls needs, from GitHub's published lists.
 *
 * Source: "Permissions required for GitHub Apps"
 * (https://docs.github.com/en/rest/authentication/permissions-required-for-github-apps; the same table backs
 * "Permissions required for fine-grained personal access tokens" and the "Fine-grained access tokens for ..." box on
 * each endpoint's REST page). GITHUB_TOKEN is a GitHub App installation token, so the same scopes apply
 * (https://docs.github.com/en/actions/reference/github_token-reference). An endpoint listed under several
 * permissions works with any one of them (e.g. an issue comment on a pull request: Issues or Pull requests), so each
 * operation has a list of alternatives. `section` is the anchor of the permission on that page.
 *
 * Operation ids are the ones of GitHub's OpenAPI description (what the fake GitHub records per request).
 */
export type Level = 'read' | 'write';
/** GITHUB_TOKEN scopes, plus `metadata` (always read) and the organization permission `members` (GitHub App / PAT only). */
export type Scope = 'actions' | 'checks' | 'contents' | 'issues' | 'pull-requests' | 'statuses' | 'metadata' | 'members';

export interface Requirement {
  /** Any one of these suffices. Empty: no permission (e.g. the rate limit). */
  anyOf: Array<{ scope: Scope; level: Level }>;
}

export const PERMISSIONS_DOC = 'https://docs.github.com/en/rest/authentication/permissions-required-for-github-apps';
/** Anchor of each permission's section on PERMISSIONS_DOC. */
export const SECTION: Record<Scope, string> = {
  actions: '#repository-permissions-for-actions',
  checks: '#repository-permissions-for-checks',
  contents: '#repository-permissions-for-contents',
  issues: '#repository-permissions-for-issues',
  'pull-requests': '#repository-permissions-for-pull-requests',
  statuses: '#repository-permissions-for-commit-statuses',
  metadata: '#repository-permissions-for-metadata',
  members: '#organization-permissions-for-members',
};

const one = (scope: Scope, level: Level): Requirement => ({ anyOf: [{ scope, level }] });
const either = (level: Level, ...scopes: Scope[]): Requirement => ({ anyOf: scopes.map((scope) => ({ scope, level })) });

/** operationId → what GitHub requires (checked against PERMISSIONS_DOC, section by section). */
export const OPERATION_PERMISSIONS: Record<string, Requirement> = {
  // Actions
  'actions/create-workflow-dispatch': one('actions', 'write'),
  'actions/get-workflow-run': one('actions', 'read'),
  'actions/get-workflow-run-attempt': one('actions', 'read'),
  'actions/list-workflow-runs': one('actions', 'read'),
  // Checks
  'checks/create': one('checks', 'write'),
  'checks/update': one('checks', 'write'),
  'checks/get': one('checks', 'read'),
  // Commit statuses
  'repos/create-commit-status': one('statuses', 'write'),
  // Contents
  'repos/compare-commits-with-basehead': one('contents', 'read'),
  'repos/create-dispatch-event': one('contents', 'write'),
  'git/create-blob': one('contents', 'write'),
  'git/create-tree': one('contents', 'write'),
  'git/create-commit': one('contents', 'write'),
  'git/create-ref': one('contents', 'write'),
  'git/update-ref': one('contents', 'write'),
  'git/get-ref': one('contents', 'read'),
  'git/get-commit': one('contents', 'read'),
  'git/get-tree': one('contents', 'read'),
  'git/get-blob': one('contents', 'read'),
  // Issues (the comment, update and event endpoints are also listed under Pull requests)
  'issues/create': one('issues', 'write'),
  'issues/get': one('issues', 'read'),
  'issues/list-for-repo': one('issues', 'read'),
  'issues/update': either('write', 'issues', 'pull-requests'),
  'issues/list-comments': either('read', 'issues', 'pull-requests'),
  'issues/get-comment': either('read', 'issues', 'pull-requests'),
  'issues/create-comment': either('write', 'issues', 'pull-requests'),
  'issues/update-comment': either('write', 'issues', 'pull-requests'),
  'issues/delete-comment': either('write', 'issues', 'pull-requests'),
  'issues/list-events': either('read', 'issues', 'pull-requests'),
  'issues/list-events-for-timeline': either('read', 'issues', 'pull-requests'),
  // Pull requests ("Get a pull request" is also listed under Contents)
  'pulls/get': either('read', 'pull-requests', 'contents'),
  'pulls/list-files': one('pull-requests', 'read'),
  'repos/list-pull-requests-associated-with-commit': one('pull-requests', 'read'),
  // Metadata (every GITHUB_TOKEN has metadata: read)
  'repos/get': one('metadata', 'read'),
  'repos/get-collaborator-permission-level': one('metadata', 'read'),
  // Organization: Members (not a GITHUB_TOKEN scope: a GitHub App token or a PAT with read:org)
  'teams/list-members-in-org': one('members', 'read'),
  'teams/get-membership-for-user-in-org': one('members', 'read'),
  // No permission: the rate limit is readable by any token.
  'rate-limit/get': { anyOf: [] },
};

const RANK = { none: 0, read: 1, write: 2 } as const;
export type Grant = Partial<Record<Scope, 'none' | Level>>;

/** Does `grant` satisfy what `operationId` requires? `metadata: read` is always granted (GITHUB_TOKEN reference). */
export function satisfies(grant: Grant, operationId: string): boolean {
  const req = OPERATION_PERMISSIONS[operationId];
  if (!req) throw new Error(`test/harness/permissions.ts has no permission for ${operationId}: add it from ${PERMISSIONS_DOC}`);
  if (req.anyOf.length === 0) return true;
  const g: Grant = { metadata: 'read', ...grant };
  return req.anyOf.some((alt) => RANK[g[alt.scope] ?? 'none'] >= RANK[alt.level]);
}
