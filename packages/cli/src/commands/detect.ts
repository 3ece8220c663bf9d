/**
 * `mlci detect`: the detect-data-change job on the local platform. The steps are those of
 * actions/detect-data-change/src/main.ts (inputs → baseline → detectChanges → report, outputs, summary → record),
 * on core's engine; changed code files come from the local platform (`git diff <baseline commit>` in the working
 * tree, no API here), and the post step's "save the baseline when the job succeeded" runs at the end of the command,
 * which is the job.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { parseInputs, UserError, type Platform } from '@mlci/core';
import { changedFilesOutput, detectReport } from '@mlci/core/detect/report';
import { htmlReportPathFor, uploadReportArtifact } from '@mlci/core/report/publish';
// The input specs only (they import nothing but core): the flags are the action's inputs, never a copy of them.
import { inputs } from '../../../../actions/detect-data-change/src/inputs.js';
import type { CommandSpec } from '../args.js';

const ACTION = 'detect-data-change';

export const detectCommand: CommandSpec = {
  name: 'detect',
  action: ACTION,
  summary: 'should we train? Data fingerprints, schema, dropped rows, drift, code and params changes, model age.',
  inputs,
  hidden: ['github-token'],
  extra: [{ name: 'exit-code', kind: 'boolean', description: 'Exit 1 when should-train is false (default: exit 0 either way).' }],
  example: [
    '  # First run: should-train=true (first-run), the record written to data.lock.json; commit it after training.',
    '  mlci detect --data \'data/*.csv\' --code \'train/**\' --baseline data.lock.json --write-lock data.lock.json',
    '  # Later: unchanged data gives should-train=false; with --exit-code that is exit 1, for `mlci detect --exit-code && train`.',
    '  # Without --baseline the record is kept in the local cache under --out-dir (the action\'s default, baseline: cache).',
    '  # The HTML report (drift table, histograms of drifted columns) lands beside the JSON report (or --html-report <path>).',
  ].join('\n'),
};


export interface DetectOutcome {
  shouldTrain: boolean;
  reasons: string[];
  fingerprint: string;
  reportPath: string;
  htmlReportPath: string;
  lockPath?: string;
}

export async function detectJob(p: Platform, outDir: string): Promise<DetectOutcome> {
  const raw = parseInputs(inputs, (n) => p.getInput(n));
  const o = { ...raw, data: raw.data ?? [], pointers: raw.pointers ?? [], code: raw.code ?? [], params: raw.params ?? [] };
  const ctx = p.context();
  const workspace = ctx.workspace;
  if (o.data.length === 0 && o.pointers.length === 0) {
    throw new UserError('Flags --data and --pointers are both missing: give the data globs (e.g. --data \'data/*.csv\') or pointer files (--pointers \'data/*.dvc\').');
  }
  // The engine is loaded after the flags are valid: --help and a typo never load it.
  const [{ absPath, toWorkspacePattern }, { baselineKeys, loadBaseline, parseBaselineInput, writeRecord }, { detectChanges }, { renderSummary }, { DEFAULT_DRIFT_POLICY, loadDriftPolicy }] =
    await Promise.all([
      import('@mlci/core/detect/paths'), import('@mlci/core/detect/baseline'), import('@mlci/core/detect/detect'),
      import('@mlci/core/detect/summary'), import('@mlci/core/drift/policy'),
    ]);
  const inWorkspace = (input: string) => (rel: string) => absPath(workspace, toWorkspacePattern(workspace, rel, input));
  const policy = o['drift-policy'] ? loadDriftPolicy(o['drift-policy'], 'drift-policy', inWorkspace('drift-policy')) : DEFAULT_DRIFT_POLICY;
  const source = parseBaselineInput(o.baseline, workspace);
  const branch = ctx.branch || 'detached';
  const keys = baselineKeys({ data: o.data, pointers: o.pointers, branch, defaultBranch: ctx.defaultBranch, runId: ctx.runId, runAttempt: ctx.runAttempt });
  const log = { warning: (m: string) => p.annotate('warning', m), info: (m: string) => p.info(m) };
  const loaded = await loadBaseline(source, { workspace, cache: p.cache, keys, log });

  const changed = o.code.length && loaded.record && p.changedFiles ? await p.changedFiles(loaded.record.commit) : undefined;
  if (changed) p.info(`Changed files: ${changed.files ? `${changed.files.length} from ${changed.source}` : changed.source}`);

  // Default report path: in the output folder (the action's default is under RUNNER_TEMP).
  const reportPath = o['report-path'] ? resolve(workspace, o['report-path']) : resolve(workspace, outDir, 'detect-report.json');
  const lockPath = o['write-lock'] ? toWorkspacePattern(workspace, o['write-lock'], 'write-lock') : undefined;
  const htmlPath = resolve(workspace, htmlReportPathFor(o['html-report'], reportPath));
  const own = [source.kind === 'file' ? source.path : '', lockPath ?? '', reportPath, htmlPath].filter(Boolean).map((f) => relative(workspace, resolve(workspace, f)).split(sep).join('/'));

  const result = await detectChanges({
    workspace,
    exclude: own,
    data: o.data,
    pointers: o.pointers,
    code: o.code,
    params: o.params,
    allowEmpty: o['allow-empty'],
    baseline: loaded.record,
    changedFiles: changed?.files,
    changedFilesSource: changed?.source,
    maxAgeMs: o['max-age'],
    policy,
    policyFile: o['drift-policy'] && !o['drift-policy'].includes('\n') ? o['drift-policy'] : "flag --drift-policy",
    force: o.force,
    trainOn: o['train-on'],
    commit: ctx.sha,
    ref: ctx.ref,
  });

  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, JSON.stringify(detectReport(result, loaded.description), null, 2) + '\n');
  const { renderDetectHtml } = await import('@mlci/core/report/detect-html');
  mkdirSync(dirname(htmlPath), { recursive: true });
  writeFileSync(htmlPath, await renderDetectHtml(result, { baseline: loaded.description }));

  p.setOutput('should-train', String(result.shouldTrain));
  p.setOutput('reasons', JSON.stringify(result.reasons));
  p.setOutput('data-changed', String(result.dataChanged));
  p.setOutput('code-changed', String(result.codeChanged));
  p.setOutput('drift', String(result.drift));
  p.setOutput('fingerprint', result.fingerprint);
  p.setOutput('changed-files', JSON.stringify(changedFilesOutput(result)));
  p.setOutput('report', reportPath);
  p.setOutput('cache-key', `mlci-data-${result.fingerprint}`);
  p.setOutput('html-report', htmlPath);

  for (const w of result.warnings) p.annotate('warning', w.message, { file: w.file, title: ACTION });
  p.info(`should-train=${result.shouldTrain} reasons=${JSON.stringify(result.reasons)} fingerprint=${result.fingerprint}`);
  await p.appendSummary(renderSummary(result, { baselineSource: loaded.description }));
  if (result.tables.length > 0) await uploadReportArtifact(p, `${ACTION}-report`, htmlPath);

  const outcome: DetectOutcome = { shouldTrain: result.shouldTrain, reasons: result.reasons, fingerprint: result.fingerprint, reportPath, htmlReportPath: htmlPath };
  if (!result.shouldTrain) return outcome;
  if (lockPath) {
    writeRecord(absPath(workspace, lockPath), result.record);
    outcome.lockPath = lockPath;
    p.info(`Wrote the baseline lock file ${o['write-lock']}: commit it after training to use it as the baseline.`);
  }
  // The local cache: the command is the whole job, so on-success and always both save now; never does not.
  if (source.kind === 'cache' && o['save-baseline'] !== 'never') {
    writeRecord(keys.path, result.record);
    await p.cache!.save([keys.path], keys.save);
    p.info(`Saved the baseline to the local cache as ${keys.save}.`);
  }
  return outcome;
}
