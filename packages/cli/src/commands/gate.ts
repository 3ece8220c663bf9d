/**
 * `mlci gate`: the evaluate-gate job on the local platform. The steps are those of actions/evaluate-gate/src/main.ts
 * (inputs → runGate → outputs, summary, comment, check, annotations): the engine and the report bytes are core's
 * runGate, shared with the action; a test compares the report with the committed action bundle's, byte for byte.
 */
import { parseInputs, type Platform } from '@mlci/core';
import { htmlReportPathFor, reportArtifactName, uploadReportArtifact } from '@mlci/core/report/publish';
import type { GateReport } from '@mlci/core/gate/report';
// The input specs only (they import nothing but core): the flags are the action's inputs, never a copy of them.
import { inputs } from '../../../../actions/evaluate-gate/src/inputs.js';
import type { CommandSpec } from '../args.js';

export const gateCommand: CommandSpec = {
  name: 'gate',
  action: 'evaluate-gate',
  summary: 'is the candidate model at least as good as the one serving, overall and in every slice?',
  inputs,
  hidden: ['github-token'],
  extra: [{ name: 'junit-path', kind: 'string', description: 'Also write the checks as a JUnit XML report here (one test case per slice × metric; GitLab: artifacts:reports:junit).' }],
  example: [
    '  # The bundled example: better overall, worse for applicants aged 65+ (exit 1, the report in .mlci/).',
    '  mlci gate --candidate examples/gate/candidate.csv.gz --baseline examples/gate/baseline.csv.gz \\',
    '            --policy examples/gate/policy.yml --report-path .mlci/gate-report.json',
    '  # The HTML report (forest plot, curves) lands beside it: .mlci/gate-report.html (or --html-report <path>).',
    '  # Exit codes: 0 passed, 1 failed (0 with --no-fail-on-regression), 2 bad usage or input.',
  ].join('\n'),
};

export interface GateOutcome {
  passed: boolean;
  summary: string;
  report: GateReport;
}

export async function gateJob(p: Platform): Promise<GateOutcome> {
  const opts = parseInputs(inputs, (n) => p.getInput(n));
  const ctx = p.context();
  const title = opts['check-name'];
  const htmlReport = htmlReportPathFor(opts['html-report'], opts['report-path']);
  // Loaded after the flags are valid, as in the action: --help and a typo never load the engine.
  const { runGate } = await import('@mlci/core/gate/index');
  const gate = await runGate({
    candidate: opts.candidate,
    baseline: opts.baseline || undefined,
    policy: opts.policy,
    reportPath: opts['report-path'],
    htmlReportPath: htmlReport,
    title,
  });
  const { report } = gate;
  p.setOutput('passed', String(report.passed));
  p.setOutput('report', opts['report-path']);
  p.setOutput('failed-checks', String(report.counts.fail));
  p.setOutput('summary', gate.summary);
  p.setOutput('html-report', htmlReport);
  p.info(gate.summary);
  await p.appendSummary(gate.markdown);
  await uploadReportArtifact(p, reportArtifactName(title), htmlReport);

  const wantComment = opts.comment === 'true' || (opts.comment === 'auto' && ctx.pullRequest !== undefined);
  if (wantComment) {
    // Same marker key as the action: a slug of the check name.
    const key = title.toLowerCase().replace(/[^a-z0-9._/-]+/g, '-').replace(/^-+|-+$/g, '') || 'gate';
    const r = await p.upsertComment('evaluate-gate', key, gate.markdown);
    if (r.posted) p.info(`Comment body written: ${r.url}`);
  }
  if (opts.check) {
    const r = await p.publishCheck({
      name: title,
      conclusion: report.passed ? 'success' : 'failure',
      title: gate.summary.slice(0, 255),
      summary: gate.markdown,
      annotations: gate.annotations.map((a) => ({ path: a.path, startLine: a.line, endLine: a.line, level: a.level, title: a.title, message: a.message })),
    });
    if (r.posted) p.info(`Check '${title}' written: ${r.url}`);
  }
  for (const a of gate.annotations) {
    p.annotate(a.level === 'failure' ? 'error' : 'warning', a.message, { file: a.path, startLine: a.line, title: a.title });
  }
  if (!report.passed && opts['fail-on-regression']) p.setFailed(gate.summary);
  return { passed: report.passed, summary: gate.summary, report };
}

function cell(x: number | null | undefined, digits = 4): string {
  return x === null || x === undefined ? '-' : x.toFixed(digits);
}

/** The compact table: failing and warning checks first, then up to `limit` others. */
export function gateTable(report: GateReport, limit = 12): string {
  const order = { fail: 0, warn: 1, insufficient: 2, pass: 3 } as Record<string, number>;
  const rows = report.checks
    .map((c) => [c.status.toUpperCase(), c.metric, c.slice, String(c.support), cell(c.candidate), cell(c.baseline), c.delta === null ? '-' : (c.delta >= 0 ? '+' : '') + c.delta.toFixed(4), cell(c.p_adjusted, 3)])
    .sort((a, b) => order[a[0].toLowerCase()] - order[b[0].toLowerCase()]);
  const fair = report.fairness.map((f) => [f.status.toUpperCase(), `${f.metric} gap`, `across ${f.across}`, '', cell(f.candidate_gap), cell(f.baseline_gap), f.gap_increase === null ? '-' : (f.gap_increase >= 0 ? '+' : '') + f.gap_increase.toFixed(4), '']);
  const all = [...rows, ...fair].sort((a, b) => order[a[0].toLowerCase()] - order[b[0].toLowerCase()]);
  const shown = all.slice(0, Math.max(limit, all.filter((r) => r[0] === 'FAIL').length));
  const table = [['STATUS', 'METRIC', 'SLICE', 'N', 'CANDIDATE', 'BASELINE', 'DELTA', 'P(ADJ)'], ...shown];
  const widths = table[0].map((_, j) => Math.max(...table.map((r) => r[j].length)));
  const lines = table.map((r) => r.map((c, j) => c.padEnd(widths[j])).join('  ').trimEnd());
  if (all.length > shown.length) lines.push(`... ${all.length - shown.length} more (all passing or insufficient): see the report`);
  return lines.join('\n');
}
