import { UserError } from '../../src/errors.js';
import type {
  ApprovalComment, ApprovalThread, ApprovalTracker, Clock, DispatchInputs, RepoPermission, RequestingRun, ThreadEvent,
} from '../../src/approval/port.js';

/**
 * An in-memory ApprovalTracker for core-level tests of the approval flow (the action's runner-faithful tests use
 * the OpenAPI-checked fake GitHub server instead). Time comes from a fake clock the tests advance.
 */
export class FakeClock implements Clock {
  constructor(public t = Date.parse('2026-03-02T10:00:00Z')) {}
  now() { return this.t; }
  /** Sleeping advances time and runs the scripted events due by then. */
  onSleep: ((from: number, to: number) => void) | undefined;
  async sleep(ms: number) {
    const from = this.t;
    this.t += ms;
    this.onSleep?.(from, this.t);
  }
  iso(offsetMs = 0) { return new Date(this.t + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z'); }
}

export class MemoryTracker implements ApprovalTracker {
  threads = new Map<number, ApprovalThread>();
  comments = new Map<number, ApprovalComment[]>();
  teams = new Map<string, string[] | 'forbidden'>();
  perms = new Map<string, RepoPermission>();
  /** `runId/attempt` -> that attempt. */
  runs = new Map<string, RequestingRun>();
  events = new Map<number, ThreadEvent[]>();
  dispatches: { kind: 'workflow' | 'repository'; target: string; ref?: string; inputs: Record<string, unknown> }[] = [];
  calls: string[] = [];
  nextNumber = 1;
  nextComment = 1000;
  /** Fail the next N calls of a method with this error. */
  failures: { method: string; error: Error }[] = [];
  botLogin = 'github-actions[bot]';
  rateBudget: ApprovalTracker['rateBudget'] = undefined;

  constructor(public clock: FakeClock) {}

  /** Runs before every call (tests use it to script what happens between two reads). */
  onCall: ((method: string) => void) | undefined;

  private call(method: string) {
    this.calls.push(method);
    this.onCall?.(method);
    const i = this.failures.findIndex((f) => f.method === method);
    if (i >= 0) throw this.failures.splice(i, 1)[0].error;
  }

  async openIssue(req: { title: string; body: string; labels: string[] }) {
    this.call('openIssue');
    const n = this.nextNumber++;
    const t: ApprovalThread = {
      number: n, url: `https://github.com/acme/models/issues/${n}`, title: req.title, body: req.body, author: this.botLogin,
      state: 'open', createdAt: this.clock.iso(), isPullRequest: false, labels: req.labels,
    };
    this.threads.set(n, t);
    this.comments.set(n, []);
    return { ...t };
  }
  addPullRequest(author: string) {
    const n = this.nextNumber++;
    this.threads.set(n, { number: n, url: `https://github.com/acme/models/pull/${n}`, title: 'PR', body: '', author, state: 'open', createdAt: this.clock.iso(-3600_000), isPullRequest: true, labels: [] });
    this.comments.set(n, []);
    return n;
  }
  async getThread(n: number) {
    this.call('getThread');
    const t = this.threads.get(n);
    if (!t) throw Object.assign(new Error('Not Found'), { status: 404 });
    return { ...t };
  }
  async listComments(n: number) {
    this.call('listComments');
    return (this.comments.get(n) ?? []).map((c) => ({ ...c }));
  }
  /** A person comments (at the clock's time, or `at`). */
  comment(n: number, author: string, body: string, opts: { at?: string; editedAt?: string; bot?: boolean } = {}) {
    const at = opts.at ?? this.clock.iso();
    const c: ApprovalComment = {
      id: this.nextComment++, author, authorIsBot: opts.bot ?? author.endsWith('[bot]'), body, createdAt: at,
      updatedAt: opts.editedAt ?? at, url: `https://github.com/acme/models/issues/${n}#issuecomment-${this.nextComment}`,
    };
    this.comments.get(n)!.push(c);
    return c;
  }
  async addComment(n: number, body: string) {
    this.call('addComment');
    return { ...this.comment(n, this.botLogin, body) };
  }
  async updateComment(id: number, body: string) {
    this.call('updateComment');
    for (const list of this.comments.values()) {
      const c = list.find((x) => x.id === id);
      if (c) { c.body = body; c.updatedAt = this.clock.iso(); return; }
    }
    throw Object.assign(new Error('Not Found'), { status: 404 });
  }
  async deleteComment(id: number) {
    this.call('deleteComment');
    for (const list of this.comments.values()) {
      const i = list.findIndex((x) => x.id === id);
      if (i >= 0) { list.splice(i, 1); return; }
    }
  }
  /** Someone closes or reopens the thread (GitHub keeps each as an issue event). */
  setState(n: number, state: 'open' | 'closed', actor: string, stateReason?: string) {
    const t = this.threads.get(n)!;
    t.state = state;
    t.closedAt = state === 'closed' ? this.clock.iso() : undefined;
    t.closedBy = state === 'closed' ? actor : undefined;
    const list = this.events.get(n) ?? [];
    list.push({ id: this.nextComment++, kind: state === 'closed' ? 'closed' : 'reopened', actor, actorIsBot: actor.endsWith('[bot]'), at: this.clock.iso(), stateReason });
    this.events.set(n, list);
  }
  async closeIssue(n: number, reason: 'completed' | 'not_planned') {
    this.call('closeIssue');
    this.setState(n, 'closed', this.botLogin, reason);
  }
  async reopenIssue(n: number) {
    this.call('reopenIssue');
    this.setState(n, 'open', this.botLogin, 'reopened');
  }
  async listEvents(n: number) {
    this.call('listEvents');
    return (this.events.get(n) ?? []).map((e) => ({ ...e }));
  }
  async listOpenThreads(label: string) {
    this.call('listOpenThreads');
    return [...this.threads.values()].filter((t) => t.state === 'open' && t.labels.includes(label)).map((t) => ({ ...t }));
  }
  async teamMembers(org: string, slug: string) {
    this.call('teamMembers');
    const m = this.teams.get(`${org}/${slug}`);
    if (m === 'forbidden' || m === undefined) {
      throw new UserError(`Cannot read the members of team @${org}/${slug}: needs read:org.`);
    }
    return [...m];
  }
  async permission(login: string) {
    this.call('permission');
    return this.perms.get(login.toLowerCase()) ?? 'none';
  }
  async getRunAttempt(id: number, attempt: number) {
    this.call('getRunAttempt');
    return this.runs.get(`${id}/${attempt}`);
  }
  async dispatchWorkflow(workflow: string, ref: string, inputs: DispatchInputs) {
    this.call('dispatchWorkflow');
    this.dispatches.push({ kind: 'workflow', target: workflow, ref, inputs });
  }
  async repositoryDispatch(eventType: string, payload: Record<string, unknown>) {
    this.call('repositoryDispatch');
    this.dispatches.push({ kind: 'repository', target: eventType, inputs: payload });
  }
}
