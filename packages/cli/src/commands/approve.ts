/**
 * `mlci approve`: the request-approval decision on a laptop. No issue and no poll: the person at the keyboard answers a
 * prompt (on a terminal), or a script passes --approve / --deny. The decision goes through core's rules (the vote
 * words, the approvers list, `decide`) exactly as a comment on the approval issue would, and is recorded — who
 * decided, why, on what — in `<out-dir>/approval.json`, the outputs, the summary and the decision comment body.
 *
 * In a GitLab CI job (GITLAB_CI=true) the approval is GitLab's own: a `when: manual` job that only the protected
 * environment's deployers (Premium) or the protected branch's mergers (Free) may play. Playing it is the decision:
 * `mlci approve` there approves without a flag (--deny still denies), and records who played the job
 * (GITLAB_USER_LOGIN), the job (CI_JOB_URL) and why (--reason, else the MLCI_APPROVAL_REASON variable set when the
 * job was played) in approval.json, the summary, the merge request note and `<out-dir>/mlci.env` (dotenv). No
 * comment is polled.
 *
 * Exit codes: 0 approved, 1 denied, 2 bad usage (no decision off a terminal, both flags, an approver not listed).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { relative, resolve, sep } from 'node:path';
import { parseInputs, type InputSpecs, type Platform } from '@mlci/core';
import { isGitLabCI, withGitLab, type Env } from '@mlci/gitlab';
import {
  checkWords, classifyComment, decide, decisionMarker, loadReport, parseApprovers, resolveApprovers, type ApprovalWords, type Vote,
} from '@mlci/core/approval/index';
// The input specs only (they import nothing but core): the flags are the action's inputs, never a copy of them.
import { inputs as actionInputs } from '../../../../actions/request-approval/src/inputs.js';
import { helpText, parseArgs, UsageError, type CommandSpec } from '../args.js';
import { writeDotenv } from '../gitlab-env.js';
import { createLocalPlatform } from '../local-platform.js';

/** The request-approval inputs that mean something locally; the rest (issues, polling, dispatch, tokens) do not. */
const OFFERED = ['approvers', 'approve-words', 'deny-words', 'report', 'model-version'] as const;
const inputs = {
  ...(Object.fromEntries(OFFERED.map((n) => [n, actionInputs[n]])) as Pick<typeof actionInputs, (typeof OFFERED)[number]>),
  // Locally there is no team to read and no request to pin: the list is optional and holds logins.
  approvers: { ...actionInputs.approvers, description: 'Who may decide: logins, comma-separated, e.g. `alice, bob` (teams are read from GitHub only). Default: the approver alone.' },
};

export const APPROVAL_RECORD_SCHEMA = 'mlci.approval.local/v1';

/** What `<out-dir>/approval.json` holds. */
export interface LocalApprovalRecord {
  schema: typeof APPROVAL_RECORD_SCHEMA;
  decision: 'approved' | 'denied';
  /** Who decided (--approver, else the user name). */
  decidedBy: string;
  reason: string;
  /** How the decision was given: a flag (scripts), the prompt (a person at a terminal), or a GitLab manual job played. */
  via: 'flag' | 'prompt' | 'gitlab-manual-job';
  modelVersion: string;
  /** The gate report shown to the approver, as given. */
  report: string;
  /** Who may approve (--approvers; the approver alone when not given). */
  approvers: string[];
  decidedAt: string;
  /** In a GitLab job: the manual job that was played (CI_JOB_URL) and its pipeline (CI_PIPELINE_URL). */
  jobUrl?: string;
  pipelineUrl?: string;
}

export const approveCommand: CommandSpec = {
  name: 'approve',
  action: 'request-approval',
  summary: 'approve or deny a model: a prompt on a terminal, or --approve / --deny with --reason for scripts.',
  inputs: inputs as InputSpecs,
  extra: [
    { name: 'approve', kind: 'boolean', description: 'Approve without asking (scripts).' },
    { name: 'deny', kind: 'boolean', description: 'Deny without asking (scripts).' },
    { name: 'reason', kind: 'string', description: 'Why: recorded with the decision (asked on a terminal when not given).' },
    { name: 'approver', kind: 'string', description: 'Who decides (default: the user name, $USER). Must be in --approvers when that is given.' },
  ],
  example: [
    '  # After `mlci gate`: show the report and ask on the terminal (type approve or deny, then a reason).',
    '  mlci approve --report .mlci/gate-report.json --model-version credit-v7 --approvers alice,bob',
    '  # In a script: decide with flags; the record lands in .mlci/approval.json.',
    '  mlci approve --approve --approver alice --reason \'AUC up, 65+ slice checked by hand\' --model-version credit-v7',
    '  # In a GitLab manual job (GITLAB_CI=true) playing the job is the decision: no flag approves, --deny denies; who played it',
    '  # (GITLAB_USER_LOGIN), the job (CI_JOB_URL) and why (MLCI_APPROVAL_REASON) are recorded, and <out-dir>/mlci.env too.',
    '  mlci approve --report .mlci/gate/gate-report.json --model-version "$CI_COMMIT_SHORT_SHA"',
    '  # Exit codes: 0 approved, 1 denied, 2 bad usage (no decision off a terminal, --approve with --deny, approver not listed).',
  ].join('\n'),
  run: approveMain,
};

export interface ApproveDecisionInput {
  vote: Vote;
  reason: string;
  approver: string;
  via: 'flag' | 'prompt' | 'gitlab-manual-job';
  /** The GitLab job and pipeline the decision was made in. */
  jobUrl?: string;
  pipelineUrl?: string;
  /** When the decision was made (a fixed time keeps the record's bytes the same from run to run). */
  at?: Date;
  /** The vote as typed (the prompt's answer); the first approve or deny word for a flag. */
  body?: string;
}

export interface ApproveOutcome {
  approved: boolean;
  record: LocalApprovalRecord;
  recordPath: string;
  markdown: string;
}

/** A login as core's approvers rule reads one; else one line naming the flag. */
function checkLogin(login: string): string {
  try {
    const spec = parseApprovers([login]);
    if (spec.users.length === 1) return spec.users[0];
  } catch {
    // named below
  }
  throw new UsageError(`flag --approver has '${login.slice(0, 60)}': expected a login such as 'alice' (letters, digits, - and _)`);
}

/** The words from the flags, checked by core's rules (none empty, none in both lists). */
export function approvalWords(p: Pick<Platform, 'getInput'>): ApprovalWords {
  const o = parseInputs(inputs, (n) => p.getInput(n));
  return checkWords({ approve: o['approve-words'], deny: o['deny-words'] });
}

/**
 * The decision through core's rules: the vote is one comment by the approver on a request made at the same instant;
 * the approver has write permission (it is their machine), nobody is excluded as initiator, one approval approves.
 */
export async function approveJob(p: Platform, outDir: string, d: ApproveDecisionInput): Promise<ApproveOutcome> {
  const o = parseInputs(inputs, (n) => p.getInput(n));
  const words = checkWords({ approve: o['approve-words'], deny: o['deny-words'] });
  const approver = checkLogin(d.approver);
  const listed = o.approvers ?? [];
  const spec = listed.length ? parseApprovers(listed) : { users: [approver], teams: [] };
  if (spec.teams.length) {
    throw new UsageError(`flag --approvers has the team @${spec.teams[0].org}/${spec.teams[0].slug}: teams are read from GitHub; locally list logins (e.g. --approvers alice,bob)`);
  }
  const approvers = await resolveApprovers(spec, { teamMembers: async () => [] });
  const at = d.at ?? new Date();
  const iso = at.toISOString();
  const body = d.body ?? (d.vote === 'approve' ? words.approve[0] : words.deny[0]);
  const decision = decide({
    comments: [{ id: 1, author: approver, authorIsBot: false, body, createdAt: iso, updatedAt: iso, url: '' }],
    requestedAt: iso,
    deadline: at.getTime() + 1,
    now: at.getTime(),
    approvers,
    permissions: new Map([[approver.toLowerCase(), 'write']]),
    minimumApprovals: 1,
    excludeInitiator: false,
    initiators: [],
    words,
    closeMeansDeny: false,
  });
  if (decision.decision !== 'approved' && decision.decision !== 'denied') {
    const why = decision.ignored[0];
    if (why?.reason === 'not-approver') throw new UsageError(`flag --approver is '${approver}', who is not in --approvers (${spec.users.join(', ')}): only a listed approver decides`);
    throw new UsageError(`the answer '${body.slice(0, 40)}' is neither an approve word (${words.approve.join(', ')}) nor a deny word (${words.deny.join(', ')})`);
  }
  const approved = decision.decision === 'approved';
  const record: LocalApprovalRecord = {
    schema: APPROVAL_RECORD_SCHEMA,
    decision: decision.decision,
    decidedBy: approver,
    reason: d.reason,
    via: d.via,
    modelVersion: o['model-version'] ?? '',
    report: o.report ?? '',
    approvers: spec.users,
    decidedAt: decision.decidedAt ?? iso,
  };
  if (d.jobUrl) record.jobUrl = d.jobUrl;
  if (d.pipelineUrl) record.pipelineUrl = d.pipelineUrl;
  const recordPath = resolve(outDir, 'approval.json');
  const what = record.modelVersion ? ` \`${record.modelVersion.replace(/`/g, "'")}\`` : '';
  const lines = [
    decisionMarker(decision.decision),
    `### ${approved ? 'Approved' : 'Denied'}${what} by ${approver}`,
    '',
    record.reason ? record.reason.split('\n').map((l) => `> ${l}`).join('\n') : '_No reason given._',
    '',
    d.via === 'gitlab-manual-job'
      ? `Decided ${record.decidedAt}: ${approver} played the manual job${record.jobUrl ? ` ${record.jobUrl}` : ''}${record.pipelineUrl ? ` (pipeline ${record.pipelineUrl})` : ''}. Record: \`approval.json\`.`
      : `Decided ${record.decidedAt} (${d.via === 'flag' ? `--${d.vote}` : 'at the prompt'}); approvers: ${spec.users.join(', ')}. Record: \`approval.json\`.`,
  ];
  if (record.report) {
    const shown = loadReport(resolve(p.context().workspace, record.report));
    lines.push('', `<details><summary>Gate report shown: ${shown.name}</summary>`, '', shown.markdown, '', '</details>');
  }
  const markdown = lines.join('\n') + '\n';
  mkdirSync(outDir, { recursive: true });
  writeFileSync(recordPath, JSON.stringify(record, null, 2) + '\n');
  p.setOutput('decision', record.decision);
  p.setOutput('approvers', JSON.stringify(approved ? [approver] : []));
  p.setOutput('denied-by', approved ? '' : approver);
  p.setOutput('reason', record.reason);
  p.setOutput('model-version', record.modelVersion);
  p.setOutput('record', recordPath);
  p.setOutput('decided-by', approver);
  if (record.jobUrl) p.setOutput('job-url', record.jobUrl);
  await p.appendSummary(markdown);
  await p.upsertComment('request-approval', 'decision', markdown);
  if (!approved) p.setFailed(`Denied by ${approver}${record.reason ? `: ${record.reason.split('\n')[0]}` : ''}`);
  return { approved, record, recordPath, markdown };
}

export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/**
 * Ask on a terminal: the vote (an approve or deny word, as a comment on the approval issue would say it; asked again
 * up to three times), then the reason. Returns undefined when the input ends first.
 */
export async function promptDecision(words: ApprovalWords, what: string, io: PromptStreams): Promise<{ vote: Vote; body: string; reason: string } | undefined> {
  const rl = createInterface({ input: io.input, output: io.output, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (q: string): Promise<string | undefined> => {
    io.output.write(q);
    const r = await lines.next();
    return r.done ? undefined : String(r.value);
  };
  try {
    for (let i = 0; i < 3; i++) {
      const answer = await ask(`Approve ${what}? [${words.approve[0]}/${words.deny[0]}] `);
      if (answer === undefined) return undefined;
      const vote = classifyComment(answer, words);
      if (!vote) {
        io.output.write(`'${answer.trim().slice(0, 40)}' is not a vote: type one of ${[...words.approve, ...words.deny].join(', ')}\n`);
        continue;
      }
      const reason = (await ask('Reason (one line, may be empty): ')) ?? '';
      return { vote, body: answer, reason: reason.trim() };
    }
    throw new UsageError(`no vote after three answers: type one of ${[...words.approve, ...words.deny].join(', ')}, or pass --approve or --deny`);
  } finally {
    rl.close();
  }
}

async function approveMain(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }): Promise<number> {
  const args = parseArgs(approveCommand, argv);
  if (args.flags.help) {
    io.stdout(helpText(approveCommand));
    return 0;
  }
  const outDir = resolve(io.cwd, String(args.flags['out-dir']));
  const json = args.flags.json === true;
  const local = createLocalPlatform({ inputs: args.inputs, outDir, workspace: io.cwd, log: (l) => io.stderr(l + '\n'), verbose: args.flags.verbose === true });
  const env: Env = process.env;
  const gitlab = isGitLabCI(env);
  // In a GitLab job: GitLab's run context and the merge request note over the same files.
  const p = gitlab ? withGitLab(local, { env }) : local;
  const rel = (x: string) => relative(io.cwd, x).split(sep).join('/') || '.';
  const flagged = (['approve', 'deny'] as const).filter((f) => args.flags[f] === true);
  if (flagged.length === 2) throw new UsageError('--approve and --deny are both given: pass one of them');
  let approver = typeof args.flags.approver === 'string' ? args.flags.approver : process.env.USER || process.env.USERNAME || 'local';
  let reasonFlag = typeof args.flags.reason === 'string' ? args.flags.reason : undefined;
  let decision: ApproveDecisionInput;
  if (gitlab) {
    // The person who played the manual job decides; the reason is the variable they set when playing it.
    if (typeof args.flags.approver !== 'string') {
      if (!env.GITLAB_USER_LOGIN) throw new UsageError('GITLAB_USER_LOGIN is not set: in a GitLab job mlci approve records who played the manual job from it (or pass --approver)');
      approver = env.GITLAB_USER_LOGIN;
    }
    reasonFlag ??= env.MLCI_APPROVAL_REASON ?? '';
    decision = { vote: flagged[0] ?? 'approve', reason: reasonFlag, approver, via: 'gitlab-manual-job', jobUrl: env.CI_JOB_URL || undefined, pipelineUrl: env.CI_PIPELINE_URL || undefined };
  } else if (flagged.length === 1) {
    decision = { vote: flagged[0], reason: reasonFlag ?? '', approver, via: 'flag' };
  } else {
    if (!process.stdin.isTTY) {
      throw new UsageError('no decision: pass --approve or --deny (with --reason and --approver), or run on a terminal to be asked');
    }
    const words = approvalWords(p);
    const model = args.inputs['model-version'] ? `'${args.inputs['model-version']}'` : 'this model';
    if (args.inputs.report) {
      // The first lines of the report (the verdict and the table head); the whole of it goes into the summary.
      const shown = loadReport(resolve(io.cwd, args.inputs.report)).markdown.split('\n');
      io.stderr(`Gate report ${args.inputs.report}:\n${shown.slice(0, 20).join('\n')}${shown.length > 20 ? '\n...' : ''}\n\n`);
    }
    const asked = await promptDecision(words, model, { input: process.stdin, output: process.stderr });
    if (!asked) throw new UsageError('the input ended before a vote: pass --approve or --deny in scripts');
    decision = { vote: asked.vote, body: asked.body, reason: reasonFlag ?? asked.reason, approver, via: 'prompt' };
  }
  if (process.env.SOURCE_DATE_EPOCH && /^\d+$/.test(process.env.SOURCE_DATE_EPOCH)) decision.at = new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000);
  // The summary file is this run's, as GITHUB_STEP_SUMMARY is one step's.
  rmSync(resolve(outDir, 'summary.md'), { force: true });
  const out = await approveJob(p, outDir, decision);
  local.writeOutputs();
  if (gitlab) {
    const dotenv = writeDotenv(outDir, 'approve', local.outputs);
    for (const s of dotenv.skipped) local.annotate('notice', `Output left out of ${rel(dotenv.path)}: ${s}; it is in outputs.json.`);
  }
  const code = out.approved ? 0 : 1;
  const r = out.record;
  if (json) {
    io.stdout(JSON.stringify({ command: 'approve', decision: r.decision, decidedBy: r.decidedBy, reason: r.reason, exitCode: code, outputs: local.outputs, record: rel(out.recordPath), outDir: rel(outDir) }) + '\n');
  } else {
    io.stdout(
      `${r.decision} by ${r.decidedBy}${r.modelVersion ? ` (${r.modelVersion})` : ''}${r.reason ? `: ${r.reason.split('\n')[0]}` : ''}\n` +
        (r.jobUrl ? `job: ${r.jobUrl}\n` : '') +
        `record: ${rel(out.recordPath)}   summary: ${rel(resolve(outDir, 'summary.md'))}   outputs: ${rel(resolve(outDir, 'outputs.json'))}\n`,
    );
  }
  return code;
}
