import { UserError } from '../errors.js';
import type { EventComment, RunContext } from '../platform.js';
import { formatDuration } from '../inputs/units.js';
import { formatApprovers, parseApprovers, resolveApprovers, type ApproverSpec } from './approvers.js';
import { decide, permissionCandidates, type Decision, type DecisionState, type RecordedBody, type RecordedClose } from './decide.js';
import { bounded, codeSpan, logSafe, mdText } from './escape.js';
import { renderDecisionLog, renderRequest } from './log.js';
import { pollDelay } from './poll.js';
import {
  isTransientError,
  systemClock,
  type ApprovalComment,
  type ApprovalThread,
  type ApprovalTracker,
  type Clock,
  type RepoPermission,
  type ThreadEvent,
} from './port.js';
import {
  decisionOf,
  dispatchInputs,
  dispatchPayload,
  encodeRecordPayload,
  hasRecordMarker,
  sealComment,
  startsWithMarker,
  STATUS_MARKER,
  VERIFY_MARKER,
  type ApprovalRecord,
  type FinalDecision,
  type OnApprove,
} from './record.js';
import { checkRequestIssue, checkRequestingRun, pinMismatch, runInitiators, type PinnedRules } from './verify.js';
import type { ApprovalWords } from './words.js';

/** The rules a request carries (chosen at request time, recorded, and applied unchanged by resolve). */
export interface ApprovalRules {
  approvers: ApproverSpec;
  minimumApprovals: number;
  excludeInitiator: boolean;
  words: ApprovalWords;
  closeMeansDeny: boolean;
  timeoutMs: number;
}

export interface RequestOptions extends ApprovalRules {
  modelVersion: string;
  title: string;
  labels: string[];
  onApprove: OnApprove;
  report?: { name: string; markdown: string };
}

/** The requesting run, from the platform context. */
export interface RequestContext {
  repository: string;
  runId: number;
  runAttempt: number;
  workflow: string;
  sha: string;
  ref: string;
  /** Who started the run (actor, and the triggering actor of a re-run). */
  initiators: string[];
  serverUrl: string;
  /** Set in wait mode on a pull_request event: the request is a PR comment instead of an issue. */
  pullRequestNumber?: number;
}

export interface FlowLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface FlowDeps {
  tracker: ApprovalTracker;
  log: FlowLog;
  clock?: Clock;
}

export type OutcomeKind = 'requested' | 'decided' | 'already-decided' | 'pending' | 'unrelated' | 'rejected';

export interface Outcome {
  kind: OutcomeKind;
  /** Empty for unrelated and rejected threads. */
  decision: DecisionState | '';
  approvedBy: string[];
  deniedBy?: string;
  thread?: { number: number; url: string };
  /** What was dispatched, in words (undefined when nothing was). */
  dispatched?: string;
  /** Markdown for the job summary. */
  summary: string;
  /** Why nothing happened (unrelated / rejected / already decided). */
  reason?: string;
  /**
   * True only when this run made the final decision (and, when approved, dispatched the follow-up): act on this,
   * not on `decision`, which also reports a decision recorded earlier.
   */
  decidedNow: boolean;
}

/** An opened request: where it lives and the platform time it was made. */
export interface OpenedRequest {
  thread: ApprovalThread;
  record: ApprovalRecord;
  requestedAt: string;
  /** PR mode: the id of the request comment (older comments do not count). */
  requestCommentId?: number;
  /** Login the requests are written by (ours), for finding our status comment. */
  ownLogin: string;
}

export function buildRecord(opts: RequestOptions, ctx: RequestContext): ApprovalRecord {
  return {
    v: 1,
    repository: ctx.repository,
    runId: ctx.runId,
    runAttempt: ctx.runAttempt,
    workflow: ctx.workflow,
    sha: ctx.sha,
    ref: ctx.ref,
    initiators: ctx.initiators,
    modelVersion: opts.modelVersion,
    approvers: formatApprovers(opts.approvers),
    minimumApprovals: opts.minimumApprovals,
    excludeInitiator: opts.excludeInitiator,
    approveWords: [...opts.words.approve],
    denyWords: [...opts.words.deny],
    closeMeansDeny: opts.closeMeansDeny,
    timeoutMs: opts.timeoutMs,
    onApprove: opts.onApprove,
  };
}

export function rulesOf(record: ApprovalRecord): ApprovalRules {
  return {
    approvers: parseApprovers(record.approvers),
    minimumApprovals: record.minimumApprovals,
    excludeInitiator: record.excludeInitiator,
    words: { approve: record.approveWords, deny: record.denyWords },
    closeMeansDeny: record.closeMeansDeny,
    timeoutMs: record.timeoutMs,
  };
}

/**
 * Open the request: an issue with the record and its seal comment, or (wait mode on a pull request) a PR comment.
 * Team membership is read first so a token that cannot read teams fails now, not days later at resolve.
 */
export async function openRequest(opts: RequestOptions, ctx: RequestContext, deps: FlowDeps): Promise<OpenedRequest> {
  const { tracker } = deps;
  const resolved = await resolveApprovers(opts.approvers, tracker);
  const initiators = new Set(ctx.initiators.map((l) => l.toLowerCase()));
  const eligible = [...resolved.byLogin.keys()].filter((l) => !(opts.excludeInitiator && initiators.has(l)));
  if (eligible.length < opts.minimumApprovals) {
    throw new UserError(
      `Input 'minimum-approvals' is ${opts.minimumApprovals}, but only ${eligible.length} approver(s) could approve ` +
        `(${eligible.join(', ') || 'none'}${opts.excludeInitiator && ctx.initiators.length ? `; ${ctx.initiators.join(', ')} started this run and exclude-initiator is on` : ''}): add approvers or lower minimum-approvals.`,
    );
  }
  const record = buildRecord(opts, ctx);
  const view = { record, serverUrl: ctx.serverUrl, report: opts.report?.markdown, reportName: opts.report?.name };
  if (ctx.pullRequestNumber !== undefined) {
    const c = await tracker.addComment(ctx.pullRequestNumber, renderRequest({ ...view, inPullRequest: true }));
    const thread = await tracker.getThread(ctx.pullRequestNumber);
    deps.log.info(`Approval requested in a comment on pull request #${thread.number}: ${c.url}`);
    return { thread, record, requestedAt: c.createdAt, requestCommentId: c.id, ownLogin: c.author };
  }
  const payload = encodeRecordPayload(record);
  const thread = await tracker.openIssue({ title: opts.title, body: renderRequest(view, payload), labels: opts.labels });
  // Seal the body as GitHub stored it.
  await tracker.addComment(thread.number, sealComment(thread.body));
  deps.log.info(`Approval requested in issue #${thread.number}: ${thread.url}`);
  return { thread, record, requestedAt: thread.createdAt, ownLogin: thread.author };
}

interface EvalInput {
  comments: readonly ApprovalComment[];
  /** Closes the platform recorded, except mlci's own. */
  closes: readonly RecordedClose[];
  /** Earlier comment bodies delivered with events. */
  recorded?: readonly RecordedBody[];
  rules: ApprovalRules;
  initiators: readonly string[];
  requestedAt: string;
  requestCommentId?: number;
  now: number;
}

/** Closes by anyone but `isOurs` (mlci's own close comes after its decision). */
function closesOf(events: readonly ThreadEvent[], isOurs: (login: string, isBot: boolean) => boolean): RecordedClose[] {
  return events.filter((e) => e.kind === 'closed' && !isOurs(e.actor, e.actorIsBot)).map((e) => ({ at: e.at, by: e.actor }));
}

/** Read team membership and permissions now, then apply the rules. */
export async function evaluate(input: EvalInput, tracker: ApprovalTracker): Promise<Decision> {
  const approvers = await resolveApprovers(input.rules.approvers, tracker);
  const base = {
    comments: input.comments,
    requestedAt: input.requestedAt,
    requestCommentId: input.requestCommentId,
    deadline: Date.parse(input.requestedAt) + input.rules.timeoutMs,
    now: input.now,
    approvers,
    minimumApprovals: input.rules.minimumApprovals,
    excludeInitiator: input.rules.excludeInitiator,
    initiators: input.initiators,
    words: input.rules.words,
    closes: input.closes,
    recorded: input.recorded,
    closeMeansDeny: input.rules.closeMeansDeny,
  };
  const permissions = new Map<string, RepoPermission>();
  for (const login of permissionCandidates(base)) permissions.set(login, await tracker.permission(login));
  return decide({ ...base, permissions });
}

/** A tracker that counts its calls, so the poll loop knows what one poll costs. */
function counting(tracker: ApprovalTracker): { tracker: ApprovalTracker; take(): number } {
  let n = 0;
  const wrapped = new Proxy(tracker, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function' || prop === 'rateBudget') return v;
      return (...args: unknown[]) => {
        n++;
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { tracker: wrapped, take: () => { const r = n; n = 0; return r; } };
}

/**
 * `mode: wait`: poll every comment (all pages) every `pollIntervalMs`, paced to the rate budget, until the rules
 * reach a decision or the deadline passes (a time-out, which is a denial). A poll that fails with a server error or
 * a rate limit after the client's own retries is logged and retried on the next poll.
 */
export async function waitForDecision(opened: OpenedRequest, pollIntervalMs: number, deps: FlowDeps): Promise<Decision> {
  const clock = deps.clock ?? systemClock;
  const rules = rulesOf(opened.record);
  const deadline = Date.parse(opened.requestedAt) + rules.timeoutMs;
  const counter = counting(deps.tracker);
  let lastStatus = '';
  let statusId: number | undefined;
  let wasSlowed = false;
  for (let poll = 1; ; poll++) {
    const now = clock.now();
    try {
      const comments = await counter.tracker.listComments(opened.thread.number);
      const events = await counter.tracker.listEvents(opened.thread.number);
      const own = opened.ownLogin.toLowerCase();
      const closes = closesOf(events, (l) => l.toLowerCase() === own);
      const d = await evaluate(
        { comments, closes, rules, initiators: opened.record.initiators, requestedAt: opened.requestedAt, requestCommentId: opened.requestCommentId, now },
        counter.tracker,
      );
      if (d.decision !== 'pending') return d;
      const status = renderDecisionLog(d);
      if (status !== lastStatus && (d.approvals.length > 0 || d.ignored.length > 0)) {
        statusId = await upsertStatus(counter.tracker, opened.thread.number, comments, opened.ownLogin, status, statusId);
        lastStatus = status;
      }
    } catch (e) {
      if (!isTransientError(e)) throw e;
      deps.log.warning(`Poll ${poll} failed (${(e as Error).message}); trying again at the next poll.`);
      // Past the deadline and the platform still failing: stop after a few more tries instead of holding the runner.
      if (now >= deadline + 3 * Math.max(pollIntervalMs, 60_000)) throw e;
    }
    const delay = pollDelay(pollIntervalMs, counter.take(), deps.tracker.rateBudget?.(), clock.now(), deadline);
    const slowed = delay > pollIntervalMs;
    if (slowed && !wasSlowed) deps.log.info(`Rate budget low: polling every ${formatDuration(delay)} instead of ${formatDuration(pollIntervalMs)}.`);
    wasSlowed = slowed;
    // Never sleep far past the deadline: the decision at the deadline is the time-out.
    const untilDeadline = deadline - clock.now();
    await clock.sleep(untilDeadline > 0 ? Math.min(delay, untilDeadline + 1) : delay);
  }
}

async function upsertStatus(
  tracker: ApprovalTracker,
  number: number,
  comments: readonly ApprovalComment[],
  ownLogin: string,
  body: string,
  knownId?: number,
): Promise<number> {
  const existing = knownId ?? comments.find((c) => c.author.toLowerCase() === ownLogin.toLowerCase() && startsWithMarker(c.body, STATUS_MARKER))?.id;
  if (existing !== undefined) {
    const cur = comments.find((c) => c.id === existing);
    if (cur?.body !== body) await tracker.updateComment(existing, body);
    return existing;
  }
  return (await tracker.addComment(number, body)).id;
}

/** The follow-up in words, recorded text in code spans (one line, inert in markdown and in a log). */
function describeDispatch(record: ApprovalRecord): string | undefined {
  const o = record.onApprove;
  const inputs = Object.entries(dispatchInputs(record)).map(([k, v]) => `${k}=${codeSpan(v, 120)}`).join(', ');
  if (o.kind === 'workflow') return `workflow_dispatch of ${codeSpan(o.workflow, 120)} on ${codeSpan(o.ref, 120)} with ${inputs}`;
  if (o.kind === 'repository-dispatch') return `repository_dispatch event ${codeSpan(o.eventType, 120)} with ${inputs}`;
  return undefined;
}

/**
 * Write the decision into the thread, close an issue, then dispatch the follow-up when approved. The decision comment
 * is posted first and, in resolve, re-read: when another resolve run recorded a decision first, this run deletes its
 * own copy and dispatches nothing (one decision comment and at most one dispatch per request). The close comes before
 * the dispatch: GitHub keeps the close as an issue event, so the request stays decided even when the decision comment
 * is deleted later (resolveThread reads it).
 */
export async function finalize(
  opened: { thread: ApprovalThread; record: ApprovalRecord; ownLogin: string },
  d: Decision,
  deps: FlowDeps,
  opts: { checkFirst: boolean; isOurs?: (login: string, isBot: boolean) => boolean },
): Promise<Outcome> {
  const { tracker } = deps;
  const { thread, record } = opened;
  const plan = d.decision === 'approved' ? describeDispatch(record) : undefined;
  const extra = plan ? [`On approval: ${plan}.`] : [];
  const body = renderDecisionLog(d, extra);
  const posted = await tracker.addComment(thread.number, body);
  const outcome: Outcome = {
    kind: 'decided',
    decision: d.decision,
    approvedBy: d.approvals.map((a) => a.login),
    deniedBy: d.denial?.login ?? d.closedBy?.login,
    thread: { number: thread.number, url: thread.url },
    summary: body,
    decidedNow: true,
  };
  if (opts.checkFirst) {
    const ours = opts.isOurs ?? ((l: string) => l.toLowerCase() === posted.author.toLowerCase());
    const first = (await tracker.listComments(thread.number)).find(
      (c) => (c.id === posted.id || ours(c.author, c.authorIsBot)) && decisionOf(c.body) !== undefined,
    );
    if (first && first.id !== posted.id) {
      // Two resolve runs raced: keep the first decision comment only.
      await tracker.deleteComment(posted.id);
      deps.log.info(`Another run recorded the decision first (${first.url}); this run removed its copy and dispatched nothing.`);
      return { ...outcome, kind: 'already-decided', decision: decisionOf(first.body)!, reason: 'decided by another run', decidedNow: false, summary: `#${thread.number}: decided by another run (${first.url}).` };
    }
  }
  if (!thread.isPullRequest) {
    // mlci's own close marks the end; an issue someone else closed is reopened first so the close is ours.
    if (thread.state === 'closed') await tracker.reopenIssue(thread.number);
    await tracker.closeIssue(thread.number, d.decision === 'approved' ? 'completed' : 'not_planned');
  }
  if (plan) {
    try {
      if (record.onApprove.kind === 'workflow') await tracker.dispatchWorkflow(record.onApprove.workflow, record.onApprove.ref, dispatchInputs(record));
      else if (record.onApprove.kind === 'repository-dispatch') {
        await tracker.repositoryDispatch(record.onApprove.eventType, dispatchPayload(record, thread.number, outcome.approvedBy));
      }
      outcome.dispatched = plan;
      deps.log.info(`Dispatched: ${plan}.`);
    } catch (e) {
      await tracker.updateComment(posted.id, `${body}\n\n**The dispatch failed**: ${mdText((e as Error).message, 500)}. Run the follow-up by hand with the inputs above.`);
      throw e;
    }
  }
  return outcome;
}

function outcomeOf(d: Decision, thread: ApprovalThread, summary: string): Outcome {
  return {
    decidedNow: false,
    kind: d.decision === 'pending' ? 'pending' : 'decided',
    decision: d.decision,
    approvedBy: d.approvals.map((a) => a.login),
    deniedBy: d.denial?.login ?? d.closedBy?.login,
    thread: { number: thread.number, url: thread.url },
    summary,
  };
}

/** `mode: wait`, start to end. */
export async function requestAndWait(opts: RequestOptions, ctx: RequestContext, pollIntervalMs: number, deps: FlowDeps): Promise<Outcome> {
  const opened = await openRequest(opts, ctx, deps);
  const d = await waitForDecision(opened, pollIntervalMs, deps);
  const thread = await deps.tracker.getThread(opened.thread.number);
  return finalize({ thread, record: opened.record, ownLogin: opened.ownLogin }, d, deps, { checkFirst: false });
}

/** `mode: request`: open the issue and return; a later `resolve` decides. */
export async function requestOnly(opts: RequestOptions, ctx: RequestContext, deps: FlowDeps): Promise<Outcome> {
  if (ctx.pullRequestNumber !== undefined) {
    // request/resolve needs an issue: the record lives in a description only the workflow identity wrote.
    ctx = { ...ctx, pullRequestNumber: undefined };
  }
  const opened = await openRequest(opts, ctx, deps);
  return {
    kind: 'requested',
    decidedNow: false,
    decision: 'pending',
    approvedBy: [],
    thread: { number: opened.thread.number, url: opened.thread.url },
    summary: `Approval requested in [#${opened.thread.number}](${opened.thread.url}); a workflow on issue_comment with mode: resolve decides.`,
  };
}

export interface ResolveOptions {
  repository: string;
  /**
   * Every rule, pinned by the resolve workflow (which runs from the default branch): a request whose recorded rules
   * differ is refused, so a request cannot choose who decides, how, or for how long.
   */
  pinned: PinnedRules;
  /** Logins allowed to have opened a request (the identities mlci runs as). */
  trustedAuthors: string[];
  /** Label of request issues, for the sweep. */
  label: string;
}

export interface ResolveHints {
  /** Comment bodies as the triggering event delivered them (created, deleted, and the body before an edit). */
  recorded?: RecordedBody[];
  /** A sweep leaves issues opened by other identities alone instead of refusing them. */
  sweep?: boolean;
}

/**
 * What ended a request earlier, from what the platform keeps: a decision or refusal comment by mlci (recognised only
 * at the start of the comment), else a close by mlci or any bot, which GitHub keeps as an issue event even after
 * the comment is deleted or the issue reopened. Only ever stops resolve from acting again; never makes it act.
 */
function endedBefore(
  comments: readonly ApprovalComment[],
  events: readonly ThreadEvent[],
  isOurs: (login: string, isBot: boolean) => boolean,
): { decision: FinalDecision | ''; why: string } | undefined {
  for (const c of comments) {
    if (!isOurs(c.author, c.authorIsBot)) continue;
    const d = decisionOf(c.body);
    if (d) return { decision: d, why: `already decided: ${d} (${c.url})` };
    if (startsWithMarker(c.body, VERIFY_MARKER)) return { decision: '', why: `refused earlier (${c.url})` };
  }
  const close = events.find((e) => e.kind === 'closed' && isOurs(e.actor, e.actorIsBot));
  if (close) {
    return {
      decision: close.stateReason === 'completed' ? 'approved' : 'denied',
      why: `closed by ${close.actor} at ${close.at} (${close.stateReason ?? 'no reason'}), which ends a request`,
    };
  }
  return undefined;
}

/**
 * `mode: resolve` for one issue: verify the request (checkRequestIssue, checkRequestingRun, pinMismatch), apply the
 * rules to every comment and every recorded close, and on a final decision write it, close the issue and dispatch.
 * A forged or tampered request is refused for good (said once, issue closed) and nothing is dispatched; an issue
 * without a record is unrelated and left alone.
 */
export async function resolveThread(number: number, ro: ResolveOptions, deps: FlowDeps, hints: ResolveHints = {}): Promise<Outcome> {
  const { tracker } = deps;
  const clock = deps.clock ?? systemClock;
  const thread = await tracker.getThread(number);
  const none = (kind: OutcomeKind, reason: string): Outcome => ({
    kind, decision: '', approvedBy: [], thread: { number: thread.number, url: thread.url }, reason, summary: `#${thread.number}: ${mdText(reason, 2000)}.`, decidedNow: false,
  });
  if (thread.isPullRequest) return none('unrelated', `#${thread.number} is a pull request, not an approval issue`);
  // Most comments in a repository are on other issues: leave them without reading further.
  if (!hasRecordMarker(thread.body)) return none('unrelated', `#${thread.number} holds no mlci request record`);
  const trusted = new Set([...ro.trustedAuthors.map((a) => a.toLowerCase())]);
  const authorTrusted = trusted.has(thread.author.toLowerCase());
  if (hints.sweep && !authorTrusted) {
    return none('unrelated', `#${thread.number} carries the label but was opened by ${thread.author}, not by ${ro.trustedAuthors.join(', ')}: left alone`);
  }
  // mlci's own comments and closes: by a trusted identity, or by any bot (the resolve step may run with another
  // token than the request step). These only ever stop resolve from acting.
  const isOurs = (login: string, isBot: boolean) => isBot || trusted.has(login.toLowerCase());
  const comments = await tracker.listComments(number);
  const events = authorTrusted ? await tracker.listEvents(number) : [];
  if (authorTrusted) {
    const ended = endedBefore(comments, events, isOurs);
    if (ended) return { ...none('already-decided', `${ended.why}; nothing done again`), decision: ended.decision };
  }
  const check = checkRequestIssue(thread, comments, { repository: ro.repository, trustedAuthors: ro.trustedAuthors });
  if (check.status === 'unrelated') return none('unrelated', check.reason);
  if (check.status === 'rejected') return reject(thread, check.reason, ro, deps, none);
  const run = await tracker.getRunAttempt(check.record.runId, check.record.runAttempt);
  const runProblem = checkRequestingRun(check.record, thread, check.seal, run);
  if (runProblem) return reject(thread, runProblem, ro, deps, none);
  const pinProblem = pinMismatch(check.record, ro.pinned);
  if (pinProblem) return reject(thread, `${pinProblem}; the resolve step's rules apply, so request approval again`, ro, deps, none);
  const rules = rulesOf(check.record);
  const d = await evaluate(
    {
      comments, closes: closesOf(events, isOurs), recorded: hints.recorded, rules,
      initiators: runInitiators(check.record, run), requestedAt: thread.createdAt, now: clock.now(),
    },
    tracker,
  );
  if (d.decision === 'pending') {
    let status = renderDecisionLog(d);
    if (thread.state === 'closed') {
      // Closed by someone whose close does not decide: reopen, so the request stays visible and can time out.
      await tracker.reopenIssue(number);
      status += '\n\nThe issue was closed by someone whose close does not decide this request; mlci reopened it.';
    }
    if (d.approvals.length > 0 || d.ignored.length > 0) {
      const existing = comments.find((c) => isOurs(c.author, c.authorIsBot) && startsWithMarker(c.body, STATUS_MARKER));
      await upsertStatus(tracker, number, comments, thread.author, status, existing?.id);
    }
    return outcomeOf(d, thread, status);
  }
  return finalize({ thread, record: check.record, ownLogin: thread.author }, d, deps, { checkFirst: true, isOurs });
}

/**
 * Refuse a request: warn in the log and, when mlci's identity opened the issue, say why on the issue once and close
 * it, so the refusal holds even if the text is put back (the close is kept as an issue event). Issues anyone else
 * opened get no answer: answering them would let anyone make the bot post.
 */
async function reject(
  thread: ApprovalThread,
  reason: string,
  ro: ResolveOptions,
  deps: FlowDeps,
  none: (kind: OutcomeKind, reason: string) => Outcome,
): Promise<Outcome> {
  deps.log.warning(`Issue #${thread.number}: the approval request failed verification: ${logSafe(bounded(reason, 2000))}. Nothing was dispatched.`);
  if (ro.trustedAuthors.some((a) => a.toLowerCase() === thread.author.toLowerCase())) {
    const body = `${VERIFY_MARKER}\n**mlci will not act on this approval request**: ${mdText(reason, 2000)}. Nothing was dispatched, and mlci will not act on this issue again. Request approval again from the workflow.`;
    await deps.tracker.addComment(thread.number, body);
    // mlci's own close is what keeps the refusal (an issue someone else closed is reopened first).
    if (thread.state === 'closed') await deps.tracker.reopenIssue(thread.number);
    await deps.tracker.closeIssue(thread.number, 'not_planned');
  }
  return none('rejected', reason);
}

/** Comment bodies a comment event delivered: as created, as deleted, and the body before an edit. */
export function recordedBodies(comment: EventComment | undefined): RecordedBody[] {
  if (!comment) return [];
  const meta = { commentId: comment.id, author: comment.author, authorIsBot: comment.authorIsBot, createdAt: comment.createdAt, url: comment.url };
  const out: RecordedBody[] = [];
  if ((comment.action === 'created' || comment.action === 'deleted') && comment.body !== undefined) out.push({ ...meta, body: comment.body });
  if (comment.action === 'edited' && comment.previousBody !== undefined) out.push({ ...meta, body: comment.previousBody });
  return out;
}

/** The facts of the triggering event resolve reads, as the platform adapter put them in the RunContext. */
export type ResolveEvent = Pick<RunContext, 'issue' | 'comment'>;

/**
 * `mode: resolve` on any event: the issue of an issue or comment event, or, on other events (schedule,
 * workflow_dispatch), a sweep of every open request issue carrying the label, which is how requests time out when
 * nobody comments.
 */
export async function resolveEvent(event: ResolveEvent, ro: ResolveOptions, deps: FlowDeps): Promise<Outcome[]> {
  if (event.issue) return [await resolveThread(event.issue.number, ro, deps, { recorded: recordedBodies(event.comment) })];
  const threads = await deps.tracker.listOpenThreads(ro.label);
  const out: Outcome[] = [];
  for (const t of threads) out.push(await resolveThread(t.number, ro, deps, { sweep: true }));
  return out;
}
