/**
 * `mlci validate`: the validate-data job on the local platform. The steps are those of
 * actions/validate-data/src/main.ts (inputs → runContract → outputs, summary, comment, check, annotations); the engine
 * and the report bytes are core's runContract, shared with the action.
 */
import { parseInputs, type Platform } from '@mlci/core';
import type { ContractReport } from '@mlci/core/contract/report';
// The input specs only (they import nothing but core): the flags are the action's inputs, never a copy of them.
import { inputs } from '../../../../actions/validate-data/src/inputs.js';
import type { CommandSpec } from '../args.js';

export const validateCommand: CommandSpec = {
  name: 'validate',
  action: 'validate-data',
  summary: 'does the data hold to its contract (rows, unique keys, types, ranges, values, freshness)?',
  inputs,
  hidden: ['github-token'],
  extra: [],
  example: [
    '  # The fraud example passes; its broken copy fails with one line per broken rule (exit 1).',
    '  MLCI_NOW=2026-12-01T12:00:00Z mlci validate --contract examples/fraud/contract.yml',
    '  MLCI_NOW=2026-12-01T12:00:00Z mlci validate --contract examples/fraud/contract.yml --data examples/fraud/transactions-broken.csv',
    '  # Exit codes: 0 passed, 1 failed (0 with --fail-on never), 2 bad usage or input.',
  ].join('\n'),
};

export interface ValidateOutcome {
  passed: boolean;
  summary: string;
  report: ContractReport;
  lines: string[];
}

export async function validateJob(p: Platform): Promise<ValidateOutcome> {
  const opts = parseInputs(inputs, (n) => p.getInput(n));
  const ctx = p.context();
  const { runContract, shouldFail, checkLine } = await import('@mlci/core/contract/index');
  const result = await runContract({
    contract: opts.contract,
    data: opts.data ?? [],
    workspace: ctx.workspace,
    reportPath: opts['report-path'] || undefined,
    junitPath: opts['junit-path'] || undefined,
    title: 'Data contract',
  });
  const { report } = result;
  p.setOutput('passed', String(report.passed));
  p.setOutput('report', opts['report-path'] ?? '');
  p.setOutput('failed-checks', String(report.counts.fail));
  p.setOutput('summary', result.summary);
  p.info(result.summary);
  await p.appendSummary(result.markdown);
  const wantComment = opts.comment === 'true' || (opts.comment === 'auto' && ctx.pullRequest !== undefined);
  if (wantComment) await p.upsertComment('validate-data', 'data-contract', result.markdown);
  if (opts.check) {
    await p.publishCheck({
      name: 'Data contract',
      conclusion: report.passed ? (report.counts.warn > 0 ? 'neutral' : 'success') : 'failure',
      title: result.summary.slice(0, 255),
      summary: result.markdown,
      annotations: result.annotations.map((a) => ({ path: a.path, startLine: a.line, endLine: a.line, level: a.level, title: a.title, message: a.message })),
    });
  }
  for (const a of result.annotations) p.annotate(a.level === 'failure' ? 'error' : 'warning', a.message, { file: a.path, startLine: a.line, title: a.title });
  if (shouldFail(report, opts['fail-on'])) p.setFailed(result.summary);
  const lines = report.checks.filter((c) => c.status !== 'pass').map((c) => `${c.status.toUpperCase()}  ${checkLine(c)}`);
  return { passed: report.passed, summary: result.summary, report, lines };
}
