import { runAction } from '@mlci/github';
import { inputs } from './inputs.js';
import {
  fileRootsFromEnv, formatDuration, parseInputs, resolveInputFile, UserError, type Platform, type RunContext,
} from '@mlci/core';
import {
  checkWords, hasControlChars, loadReport, logSafe, MAX_FIELD_CHARS, MAX_WORD_CHARS, MAX_WORDS, parseApprovers, requestAndWait, requestOnly, resolveEvent,
  type ApprovalTracker, type ApprovalWords, type Clock, type OnApprove, type Outcome, type PinnedRules, type RequestContext, type RequestOptions,
} from '@mlci/core/approval/index';

export { inputs };

export const outputs = {
  'decided-now': '`true` only when this run made the final decision (and, when approved, dispatched the follow-up). Act on this with `decision`: a resolve run on a later event of a decided issue reports the earlier decision with decided-now `false`.',
  decision: 'The state of the request: `approved`, `denied`, `timed-out`, or `pending` (request mode, or resolve before a final decision); on an issue decided earlier, that decision. Empty when resolve found no approval request to act on.',
  approvers: 'JSON list of the logins whose approvals counted.',
  'denied-by': 'Login that denied (by comment or by closing), when denied.',
  'issue-number': 'Number of the approval issue (or of the pull request in wait mode on pull_request).',
  'issue-url': 'URL of the approval issue or pull request.',
};

export interface RunDeps {
  tracker?: ApprovalTracker;
  clock?: Clock;
}

/** Where the follow-up workflow runs: a branch or tag of the requesting run, else the default branch. */
function defaultRef(ctx: RunContext): string | undefined {
  if (/^refs\/(heads|tags)\//.test(ctx.ref)) return ctx.ref.replace(/^refs\/(heads|tags)\//, '');
  return ctx.defaultBranch;
}

type Parsed = ReturnType<typeof parseInputs<typeof inputs>>;

/**
 * A recorded one-line field: no line break or control character (it is printed in logs and passed to the
 * follow-up) and at most MAX_FIELD_CHARS, checked now rather than after the request is decided.
 */
function oneLine(name: string, value: string, max = MAX_FIELD_CHARS): string {
  if (hasControlChars(value)) throw new UserError(`Input '${name}' holds a line break or control character ('${logSafe(value.slice(0, 40))}'): give one line.`);
  if (value.length > max) throw new UserError(`Input '${name}' is ${value.length} characters long ('${logSafe(value.slice(0, 40))}…'): at most ${max} are allowed.`);
  return value;
}

function wordsOf(o: Parsed): ApprovalWords {
  for (const name of ['approve-words', 'deny-words'] as const) {
    const ws = o[name];
    if (ws.length > MAX_WORDS) throw new UserError(`Input '${name}' lists ${ws.length} words: at most ${MAX_WORDS} are allowed.`);
    for (const w of ws) oneLine(name, w, MAX_WORD_CHARS);
  }
  return checkWords({ approve: o['approve-words'], deny: o['deny-words'] });
}

function onApproveOf(o: Parsed, ctx: RunContext): OnApprove {
  const wf = o['on-approve-workflow'] ?? '';
  const ev = o['repository-dispatch-event'] ?? '';
  if (wf && ev) {
    throw new UserError("Inputs 'on-approve-workflow' and 'repository-dispatch-event' are both set: pick one follow-up.");
  }
  if (ev) {
    if (ev.length > 100) throw new UserError(`Input 'repository-dispatch-event' has value '${logSafe(ev.slice(0, 40))}…': GitHub allows at most 100 characters.`);
    return { kind: 'repository-dispatch', eventType: oneLine('repository-dispatch-event', ev) };
  }
  if (wf) {
    const ref = o['on-approve-ref'] || defaultRef(ctx);
    if (!ref) throw new UserError(`Input 'on-approve-ref' is empty and the run's ref '${logSafe(ctx.ref)}' is not a branch or tag: name the branch to run ${logSafe(wf)} from.`);
    return { kind: 'workflow', workflow: oneLine('on-approve-workflow', wf.replace(/^\.github\/workflows\//, '')), ref: oneLine('on-approve-ref', ref) };
  }
  return { kind: 'none' };
}

function requestOptions(o: Parsed, ctx: RunContext, cwd: string): RequestOptions {
  if (!o.approvers || o.approvers.length === 0) {
    throw new UserError(`Input 'approvers' is required for mode: ${o.mode}: list who may approve, e.g. 'alice, @acme/ml-leads'.`);
  }
  const modelVersion = oneLine('model-version', o['model-version'] ?? '');
  const reportPath = o.report ?? '';
  const title = oneLine('title', o.title || `Approve ${modelVersion || `run ${ctx.runId}`} (${ctx.workflow || ctx.repository})`, 256 + MAX_FIELD_CHARS);
  return {
    approvers: parseApprovers(o.approvers),
    minimumApprovals: o['minimum-approvals'],
    excludeInitiator: o['exclude-initiator'],
    words: wordsOf(o),
    closeMeansDeny: o['close-means-deny'],
    timeoutMs: o.timeout,
    modelVersion,
    title: title.length > 256 ? `${title.slice(0, 255)}…` : title,
    labels: o.labels,
    onApprove: onApproveOf(o, ctx),
    // The report is posted into an issue that may be public: only a regular file inside the workspace or RUNNER_TEMP.
    report: reportPath ? loadReport(resolveInputFile(reportPath, { input: 'report', roots: { ...fileRootsFromEnv(), workspace: cwd } })) : undefined,
  };
}

/** Every rule the resolve step pins (README "Threat model"): a request that recorded other rules is refused. */
function pinnedRules(o: Parsed, ctx: RunContext): PinnedRules {
  if (!o.approvers || o.approvers.length === 0) {
    throw new UserError(
      "Input 'approvers' is required for mode: resolve: repeat the request step's approvers (with minimum-approvals, the words, " +
        'exclude-initiator, close-means-deny and timeout). A request whose recorded rules differ is refused.',
    );
  }
  const pinsFollowUp = Boolean(o['on-approve-workflow'] || o['repository-dispatch-event']);
  return {
    approvers: parseApprovers(o.approvers),
    minimumApprovals: o['minimum-approvals'],
    excludeInitiator: o['exclude-initiator'],
    words: wordsOf(o),
    closeMeansDeny: o['close-means-deny'],
    timeoutMs: o.timeout,
    onApprove: pinsFollowUp ? onApproveOf(o, ctx) : undefined,
  };
}

function publish(p: Platform, out: Outcome): void {
  p.setOutput('decided-now', String(out.decidedNow));
  p.setOutput('decision', out.decision);
  p.setOutput('approvers', JSON.stringify(out.approvedBy));
  p.setOutput('denied-by', out.deniedBy ?? '');
  p.setOutput('issue-number', out.thread ? String(out.thread.number) : '');
  p.setOutput('issue-url', out.thread?.url ?? '');
}

export async function run(platform?: Platform, deps: RunDeps = {}): Promise<void> {
  await runAction('request-approval', async (p) => {
    const o = parseInputs(inputs, (n) => p.getInput(n));
    const ctx = p.context();
    const token = o['github-token'];
    if (!token && !deps.tracker) {
      throw new UserError("Input 'github-token' is empty: pass `github-token: ${{ github.token }}` (the default) or a token with issues: write.");
    }
    let tracker = deps.tracker;
    if (!tracker) {
      if (!p.approvalTracker) throw new UserError(`request-approval needs approval issues, which the ${p.name} platform does not offer.`);
      tracker = await p.approvalTracker({ token, teamToken: o['team-token'] || undefined, log: { debug: (m) => p.debug(m), info: (m) => p.info(m) } });
    }
    // Every log line is one line: recorded text can never start a workflow command.
    const flow = { tracker, clock: deps.clock, log: { info: (m: string) => p.info(logSafe(m)), warning: (m: string) => p.annotate('warning', logSafe(m)) } };

    if (o.mode === 'resolve') {
      const outs = await resolveEvent(
        ctx,
        { repository: ctx.repository, trustedAuthors: o['request-author'], label: o.labels[0] ?? 'mlci-approval', pinned: pinnedRules(o, ctx) },
        flow,
      );
      for (const out of outs) {
        if (out.kind === 'unrelated') p.info(logSafe(`Nothing to resolve: ${out.reason}.`));
        else {
          if (out.kind === 'already-decided') p.info(logSafe(`#${out.thread?.number}: ${out.reason}.`));
          else p.info(logSafe(`#${out.thread?.number}: ${out.decision}${out.dispatched ? `; dispatched ${out.dispatched}` : ''}.`));
          await p.appendSummary(`${out.summary}\n`);
        }
      }
      const acted = outs.filter((x) => x.kind !== 'unrelated');
      if (outs.length === 1) publish(p, outs[0]);
      else if (outs.length > 1) p.info(`Swept ${outs.length} open request(s): ${acted.map((x) => `#${x.thread?.number} ${x.decision || x.kind}`).join(', ') || 'none to act on'}.`);
      const rejected = outs.filter((x) => x.kind === 'rejected');
      if (rejected.length) {
        throw new UserError(
          rejected.map((x) => `issue #${x.thread?.number} failed verification (${logSafe(x.reason ?? '')}); nothing was dispatched`).join('; ') +
            '. See the threat model in the request-approval README.',
        );
      }
      return;
    }

    const options = requestOptions(o, ctx, ctx.workspace);
    const rctx: RequestContext = {
      repository: ctx.repository,
      runId: ctx.runId,
      runAttempt: ctx.runAttempt,
      workflow: ctx.workflow,
      sha: ctx.pullRequest?.headSha || ctx.sha,
      ref: ctx.pullRequest ? `refs/heads/${ctx.pullRequest.headRef}` : ctx.ref,
      initiators: [...new Set([ctx.actor, ctx.triggeringActor].filter((x): x is string => !!x))],
      serverUrl: ctx.serverUrl,
      pullRequestNumber: o.mode === 'wait' ? ctx.pullRequest?.number : undefined,
    };
    if (o.mode === 'request') {
      const out = await requestOnly(options, rctx, flow);
      publish(p, out);
      await p.appendSummary(`${out.summary}\n`);
      return;
    }
    if (o.timeout > 6 * 3_600_000) {
      p.annotate('warning', `timeout is ${formatDuration(o.timeout)}, but GitHub-hosted jobs stop after 6 hours: use mode: request and mode: resolve to wait longer without holding a runner.`);
    }
    const out = await requestAndWait(options, rctx, o['poll-interval'], flow);
    publish(p, out);
    await p.appendSummary(`${out.summary}\n`);
    if (o['fail-on-denial'] && (out.decision === 'denied' || out.decision === 'timed-out')) {
      p.setFailed(`request-approval: ${out.decision}${out.deniedBy ? ` by ${out.deniedBy}` : ''}; see ${out.thread?.url ?? 'the job summary'}.`);
    }
  }, platform);
}
