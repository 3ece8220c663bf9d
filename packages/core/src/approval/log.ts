import type { Decision } from './decide.js';
import { decisionMarker, recordBlock, REQUEST_MARKER, STATUS_MARKER, type ApprovalRecord } from './record.js';
import { formatDuration } from '../inputs/units.js';
import { codeSpan, mdText } from './escape.js';

/** GitHub rejects issue and comment bodies over 65,536 characters; keep room for the frame around the report. */
export const MAX_BODY_CHARS = 65_536;
const REPORT_BUDGET = 48_000;

function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Recorded text as inert markdown: a code span whatever backticks or line breaks it holds. */
function code(text: string): string {
  return codeSpan(text);
}

export interface RequestView {
  record: ApprovalRecord;
  serverUrl: string;
  /** Gate report markdown (already read from the `report` file), or undefined. */
  report?: string;
  reportName?: string;
  /** Request in a PR comment (wait mode on pull_request): no record, no close wording. */
  inPullRequest?: boolean;
}

function onApproveText(record: ApprovalRecord): string {
  const o = record.onApprove;
  if (o.kind === 'workflow') return `mlci dispatches ${code(o.workflow)} on ${code(o.ref)} with model-version, commit-sha and run-id`;
  if (o.kind === 'repository-dispatch') return `mlci sends the repository_dispatch event ${code(o.eventType)}`;
  return 'the waiting job continues';
}

/** Cut a report to the budget on a line boundary, saying so. */
export function fitReport(markdown: string, budget = REPORT_BUDGET): string {
  if (markdown.length <= budget) return markdown;
  const cut = markdown.lastIndexOf('\n', budget);
  return `${markdown.slice(0, cut > 0 ? cut : budget)}\n\n_… report cut at ${budget} characters; the full report is in the run's job summary._`;
}

/** The issue body (or PR comment) that asks for approval. Deterministic for a given record and report. */
export function renderRequest(view: RequestView, payload?: string): string {
  const r = view.record;
  const runUrl = `${view.serverUrl}/${r.repository}/actions/runs/${r.runId}`;
  const commitUrl = `${view.serverUrl}/${r.repository}/commit/${r.sha}`;
  const lines: string[] = [];
  if (payload) lines.push(recordBlock(payload));
  if (view.inPullRequest) lines.push(REQUEST_MARKER);
  lines.push(`## Approval requested${r.modelVersion ? `: ${code(r.modelVersion)}` : ''}`, '');
  lines.push('| | |', '|---|---|');
  if (r.modelVersion) lines.push(`| Model version | ${cell(code(r.modelVersion))} |`);
  lines.push(`| Commit | [${code(r.sha.slice(0, 12))}](${commitUrl}) on ${cell(code(r.ref || '(none)'))} |`);
  lines.push(`| Requesting run | [${cell(mdText(r.workflow || 'run', 100))} #${r.runId}](${runUrl}) (attempt ${r.runAttempt}) |`);
  if (r.initiators.length) lines.push(`| Started by | ${r.initiators.map((l) => `@${l}`).join(', ')} |`);
  lines.push(`| On approval | ${cell(onApproveText(r))} |`);
  lines.push(`| Time-out | ${formatDuration(r.timeoutMs)} after this request; a time-out is a denial |`);
  lines.push('');
  const n = r.minimumApprovals;
  lines.push(`**Approvers** (${n} approval${n === 1 ? '' : 's'} needed): ${r.approvers.map((a) => `@${a.replace(/^@/, '')}`).join(', ')}`, '');
  lines.push(`To approve, comment exactly one of ${r.approveWords.map(code).join(', ')}. To deny, comment exactly one of ${r.denyWords.map(code).join(', ')}.`);
  const rules = [
    'Only the whole comment counts (case does not matter).',
    'One denial by an approver denies.',
    'Edited comments, comments by bots and repeated approvals do not count.',
    'Approvers need write permission on the repository when the decision is made.',
  ];
  if (r.excludeInitiator) rules.push('Whoever started the run cannot approve it.');
  if (r.closeMeansDeny) rules.push(view.inPullRequest ? 'Closing the pull request denies.' : 'Closing this issue denies.');
  lines.push(rules.join(' '), '');
  if (view.report !== undefined) {
    lines.push(`### Gate report${view.reportName ? ` (${code(view.reportName)})` : ''}`, '', fitReport(view.report), '');
  }
  return lines.join('\n');
}

function voteRows(votes: Decision['approvals']): string[] {
  return votes.map((v) => `| @${v.login} | ${v.at} | [comment](${v.url}) |`);
}

const TITLES: Record<Decision['decision'], string> = {
  approved: '✅ Approved',
  denied: '❌ Denied',
  'timed-out': '⏱️ Timed out: treated as a denial',
  pending: '⏳ Pending',
};

/** The decision log: who approved or denied, when, and every ignored vote with its reason. */
export function renderDecisionLog(d: Decision, extra: string[] = []): string {
  const lines: string[] = [];
  lines.push(d.decision === 'pending' ? STATUS_MARKER : decisionMarker(d.decision));
  lines.push(`## ${TITLES[d.decision]}`, '');
  const got = `${d.approvals.length} of ${d.needed} approval${d.needed === 1 ? '' : 's'}`;
  if (d.decision === 'pending') lines.push(`${got} so far. mlci re-reads every comment at each decision.`);
  else lines.push(`Decided at ${d.decidedAt}: ${got}.`);
  if (d.denial) lines.push(`Denied by @${d.denial.login} at ${d.denial.at} ([comment](${d.denial.url}))${d.denialNote ? `: the comment was ${mdText(d.denialNote)}` : ''}.`);
  if (d.closedBy) lines.push(`Closed${d.closedBy.login ? ` by @${d.closedBy.login}` : ''} at ${d.closedBy.at}; close-means-deny is on, so an approver's close denies (reopening does not undo it).`);
  if (d.decision === 'timed-out') lines.push(`No decision before the time-out at ${d.decidedAt}; a time-out is a denial.`);
  lines.push('');
  if (d.approvals.length) {
    lines.push('| Approved by | When | |', '|---|---|---|', ...voteRows(d.approvals), '');
  }
  if (d.ignored.length) {
    lines.push(`### Ignored (${d.ignored.length})`, '', '| Who | Vote | When | Why | |', '|---|---|---|---|---|');
    for (const i of d.ignored) lines.push(`| @${i.login} | ${i.vote} | ${i.at} | ${cell(i.detail)} | ${i.url ? `[comment](${i.url})` : ''} |`);
    lines.push('');
  }
  lines.push(...extra);
  let body = lines.join('\n');
  if (body.length > MAX_BODY_CHARS) body = body.slice(0, MAX_BODY_CHARS - 80) + '\n\n_… decision log cut to fit a comment; the job summary has it all._';
  return body;
}
