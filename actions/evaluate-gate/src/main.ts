import { runAction } from '@mlci/github';
import { fileRootsFromEnv, parseInputs, resolveInputFile, resolveOutputFile, type Platform } from '@mlci/core';
import { htmlReportPathFor, reportArtifactName, uploadReportArtifact } from '@mlci/core/report/publish';
import { inputs } from './inputs.js';

export { inputs } from './inputs.js';

export const outputs = {
  passed: '`true` when every blocking check passed, else `false`.',
  report: 'Path of the JSON report.',
  'failed-checks': 'Number of failed checks (metric and fairness).',
  summary: 'One-line verdict.',
  'html-report': 'Path of the self-contained HTML report (forest plot, curves, calibration, fairness); also uploaded as an artifact where the runner allows.',
};

export async function run(platform?: Platform): Promise<void> {
  await runAction('evaluate-gate', async (p) => {
    // Read before the files are required: with no-model-change the candidate, baseline and policy are not needed.
    const { candidate: _c, baseline: _b, policy: _p, 'report-path': _r, ...publishing } = inputs;
    const early = parseInputs(publishing, (n) => p.getInput(n));
    if (early['no-model-change']) return publishNoModelChange(p, early['check-name'], early.check);
    const opts = parseInputs(inputs, (n) => p.getInput(n));
    const ctx = p.context();
    const title = opts['check-name'];
    // Read only regular files inside the workspace or RUNNER_TEMP; never write over a directory, an outside file or
    // one of this run's inputs (README, Security).
    const roots = { ...fileRootsFromEnv(), workspace: ctx.workspace };
    const read = [
      resolveInputFile(opts.candidate, { input: 'candidate', roots }),
      opts.baseline ? resolveInputFile(opts.baseline, { input: 'baseline', roots }) : '',
      resolveInputFile(opts.policy, { input: 'policy', roots }),
    ];
    if (opts['report-path']) resolveOutputFile(opts['report-path'], { input: 'report-path', roots, inputs: read });
    const htmlReport = htmlReportPathFor(opts['html-report'], opts['report-path']);
    resolveOutputFile(htmlReport, { input: 'html-report', roots, inputs: read });
    // Loaded after the inputs are valid: a typo in an input fails fast without loading the engine's modules.
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
    if (process.env.MLCI_GATE_TIMINGS) {
      // For scripts/bench/gate.mjs: where the time goes.
      const t = gate.timings;
      p.info(`phases: read+join ${t.read.toFixed(0)} ms, judge ${t.judge.toFixed(0)} ms on ${t.threads} thread(s), report ${t.report.toFixed(0)} ms`);
    }
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
      // One comment per check name: the marker key is a slug of it (`ML gate` → `ml-gate`).
      const key = title.toLowerCase().replace(/[^a-z0-9._/-]+/g, '-').replace(/^-+|-+$/g, '') || 'gate';
      const r = await p.upsertComment('evaluate-gate', key, gate.markdown);
      if (r.posted) p.info(`PR comment ${r.updated ? 'updated' : 'posted'}: ${r.url ?? r.id}`);
    }
    if (opts.check) {
      const r = await p.publishCheck({
        name: title,
        conclusion: report.passed ? 'success' : 'failure',
        title: gate.summary.slice(0, 255),
        summary: gate.markdown,
        annotations: gate.annotations.map((a) => ({ path: a.path, startLine: a.line, endLine: a.line, level: a.level, title: a.title, message: a.message })),
      });
      if (r.posted) p.info(`${r.kind === 'commit-status' ? 'Commit status' : 'Check run'} '${title}' published.`);
    }
    for (const a of gate.annotations) {
      p.annotate(a.level === 'failure' ? 'error' : 'warning', a.message, { file: a.path, startLine: a.line, title: a.title });
    }
    if (!report.passed && opts['fail-on-regression']) p.setFailed(gate.summary);
  }, platform);
}

export const NO_MODEL_CHANGE = 'no model change';

/**
 * Training was skipped because nothing the model depends on changed. The check still reports, as a success: a
 * required check that never reports keeps a pull request pending forever (GitHub: "Handling skipped but required
 * checks", https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/troubleshooting-required-status-checks#handling-skipped-but-required-checks).
 * No report file and no PR comment: there is nothing to report on.
 */
async function publishNoModelChange(p: Platform, title: string, check: boolean): Promise<void> {
  const summary = `${title}: ${NO_MODEL_CHANGE} (nothing to gate)`;
  const markdown = [
    `## ✅ ${title}: ${NO_MODEL_CHANGE}`,
    '',
    'Nothing the model depends on changed, so no model was trained and there is no candidate to gate.',
    'This check reports success so that a branch protection rule requiring it does not wait for a gate that will not run.',
    '',
  ].join('\n');
  p.setOutput('passed', 'true');
  p.setOutput('report', '');
  p.setOutput('failed-checks', '0');
  p.setOutput('summary', summary);
  p.info(summary);
  await p.appendSummary(markdown);
  if (check) {
    const r = await p.publishCheck({ name: title, conclusion: 'success', title: NO_MODEL_CHANGE, summary: markdown, annotations: [] });
    if (r.posted) p.info(`${r.kind === 'commit-status' ? 'Commit status' : 'Check run'} '${title}' published: ${NO_MODEL_CHANGE}.`);
  }
}
