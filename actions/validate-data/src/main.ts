import { runAction } from '@mlci/github';
import { fileRootsFromEnv, parseInputs, resolveInputFile, resolveOutputFile, type Platform } from '@mlci/core';
import { inputs } from './inputs.js';

export { inputs } from './inputs.js';

export const outputs = {
  passed: '`true` when no check failed (warnings allowed), else `false`.',
  report: 'Path of the JSON report (schema mlci.contract.report/v1).',
  'failed-checks': 'Number of failed checks.',
  summary: 'One-line verdict.',
};

const TITLE = 'Data contract';

export async function run(platform?: Platform): Promise<void> {
  await runAction('validate-data', async (p) => {
    const opts = parseInputs(inputs, (n) => p.getInput(n));
    const ctx = p.context();
    // Read only regular files inside the workspace or RUNNER_TEMP; never write over a directory, an outside file or
    // one of this run's inputs (README, Security).
    const roots = { ...fileRootsFromEnv(), workspace: ctx.workspace };
    const contract = resolveInputFile(opts.contract, { input: 'contract', roots });
    const data = opts.data ?? [];
    const read = [contract, ...data];
    if (opts['report-path']) resolveOutputFile(opts['report-path'], { input: 'report-path', roots, inputs: read });
    if (opts['junit-path']) resolveOutputFile(opts['junit-path'], { input: 'junit-path', roots, inputs: read });
    // Loaded after the inputs are valid: a typo in an input fails fast without loading the engine's modules.
    const { runContract, shouldFail } = await import('@mlci/core/contract/index');
    const result = await runContract({
      contract: opts.contract,
      data,
      workspace: ctx.workspace,
      roots,
      reportPath: opts['report-path'] || undefined,
      junitPath: opts['junit-path'] || undefined,
      title: TITLE,
    });
    const { report } = result;
    p.setOutput('passed', String(report.passed));
    p.setOutput('report', opts['report-path'] ?? '');
    p.setOutput('failed-checks', String(report.counts.fail));
    p.setOutput('summary', result.summary);
    p.info(result.summary);
    await p.appendSummary(result.markdown);

    const wantComment = opts.comment === 'true' || (opts.comment === 'auto' && ctx.pullRequest !== undefined);
    if (wantComment) {
      const r = await p.upsertComment('validate-data', 'data-contract', result.markdown);
      if (r.posted) p.info(`PR comment ${r.updated ? 'updated' : 'posted'}: ${r.url ?? r.id}`);
    }
    if (opts.check) {
      const r = await p.publishCheck({
        name: TITLE,
        conclusion: report.passed ? (report.counts.warn > 0 ? 'neutral' : 'success') : 'failure',
        title: result.summary.slice(0, 255),
        summary: result.markdown,
        annotations: result.annotations.map((a) => ({ path: a.path, startLine: a.line, endLine: a.line, level: a.level, title: a.title, message: a.message })),
      });
      if (r.posted) p.info(`${r.kind === 'commit-status' ? 'Commit status' : 'Check run'} '${TITLE}' published.`);
    }
    for (const a of result.annotations) {
      p.annotate(a.level === 'failure' ? 'error' : 'warning', a.message, { file: a.path, startLine: a.line, title: a.title });
    }
    if (shouldFail(report, opts['fail-on'])) p.setFailed(result.summary);
  }, platform);
}
