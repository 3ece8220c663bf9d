/**
 * Scripting helpers for request-approval's runner-faithful tests: the committed bundle runs in a child process
 * against the OpenAPI-checked fake GitHub, and the test plays the people who comment, by writing into the fake's
 * state while the action polls.
 */
import { deepMerge, loadEvent, type GitHubEvent } from '../../../test/harness/events.js';
import type { FakeComment, FakeGitHub, FakeIssue, FakeUser, UserLike } from '../../../test/harness/fake-github.js';
import { runAction, type RunActionOptions, type RunResult } from '../../../test/harness/run-action.js';

export const REPO = { owner: 'octo-org', repo: 'octo-repo' };
export const RUN_ID = 4242424242;

/** GitHub writes timestamps without milliseconds. */
export const iso = (ms = Date.now()) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The run of the requesting workflow, as GET /actions/runs/{id} will report it. */
export function seedRequestingRun(api: FakeGitHub, headSha: string, over: Record<string, unknown> = {}): void {
  api.state.workflowRuns[RUN_ID] = {
    head_sha: headSha, status: 'in_progress', conclusion: null, created_at: iso(Date.now() - 60_000), updated_at: iso(), ...over,
  };
}

/** A person writes a comment (created now, or at `at`; `editedAt` makes it an edited comment). */
export function comment(api: FakeGitHub, issue: FakeIssue, user: UserLike, body: string, opts: { at?: string; editedAt?: string } = {}): FakeComment {
  const at = opts.at ?? iso();
  // Ids from the fake's own counter: GitHub's ids grow with time, and mlci orders same-second comments by id.
  const c: FakeComment = { id: api.state.nextId++, owner: issue.owner, repo: issue.repo, issue_number: issue.number, body, user, created_at: at, updated_at: opts.editedAt ?? at, author_association: 'MEMBER' };
  api.state.comments.push(c);
  return c;
}

/**
 * Resolve when the action has opened its approval issue and sealed it (or, on a pull request, posted its request
 * comment), then run `script` with it. Polls the fake's state every few ms.
 */
export async function whenRequested(api: FakeGitHub, script: (issue: FakeIssue) => void | Promise<void>, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    for (const i of api.state.issues) {
      const ours = api.state.comments.some(
        (c) => c.issue_number === i.number && /mlci:request-approval:(seal|request)/.test(c.body),
      );
      if (ours) {
        await script(i);
        return;
      }
    }
    if (Date.now() - start > timeoutMs) throw new Error('the action never opened an approval request');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Run the action while `script` plays the commenters. */
export async function runWith(opts: Omit<RunActionOptions, 'action'>, script?: (issue: FakeIssue) => void | Promise<void>): Promise<RunResult> {
  const env = { MLCI_OCTOKIT_TIMING: 'fast', ...opts.env };
  const [result] = await Promise.all([
    runAction({ timeoutMs: 30_000, ...opts, action: 'request-approval', env }),
    script && opts.api ? whenRequested(opts.api, script) : Promise.resolve(),
  ]);
  return result;
}

/** A workflow_dispatch run of the retraining workflow in octo-org/octo-repo, started by `octocat`. */
export function dispatchEvent(): GitHubEvent {
  return loadEvent('workflow_dispatch');
}

/** An issue_comment event on `issue` of octo-org/octo-repo: the comment is seeded into the fake by runAction. */
export function commentEvent(api: FakeGitHub, issue: FakeIssue, user: string, body: string, over: Record<string, any> = {}): GitHubEvent {
  const repository = loadEvent('workflow_dispatch').payload.repository;
  const at = iso();
  return loadEvent('issue_comment', deepMerge({
    repository,
    issue: { number: issue.number, title: issue.title, body: issue.body, state: issue.state ?? 'open', user: { login: 'github-actions[bot]', type: 'Bot' } },
    comment: { id: api.state.nextId++, body, user: { login: user, type: 'User' }, created_at: at, updated_at: at },
    sender: { login: user },
  }, over));
}

/** A person closes or reopens the issue in the web UI: GitHub records it as an issue event. */
export function setStateAs(api: FakeGitHub, issue: FakeIssue, user: string | FakeUser, state: 'open' | 'closed', reason: 'completed' | 'not_planned' = 'not_planned'): void {
  const at = iso();
  Object.assign(issue, { state, closed_at: state === 'closed' ? at : null, state_reason: state === 'closed' ? reason : 'reopened' });
  api.state.issueEvents.push({ id: api.state.nextId++, owner: issue.owner, repo: issue.repo, issue_number: issue.number, event: state === 'closed' ? 'closed' : 'reopened', actor: user, created_at: at, state_reason: issue.state_reason });
}

/** An `issues` event (closed, reopened, …) on `issue` of octo-org/octo-repo, sent by `sender`. */
export function issuesEvent(issue: FakeIssue, action: string, sender: string): GitHubEvent {
  return loadEvent('issues', {
    action,
    repository: loadEvent('workflow_dispatch').payload.repository,
    issue: { number: issue.number, state: issue.state ?? 'open', user: { login: 'github-actions[bot]', type: 'Bot' } },
    sender: { login: sender },
  });
}

/** Bodies of the comments on an issue, oldest first. */
export function bodies(api: FakeGitHub, issue: number): string[] {
  return api.state.comments.filter((c) => c.issue_number === issue).sort((a, b) => a.id - b.id).map((c) => c.body);
}
