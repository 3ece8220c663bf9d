import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { runAction } from '@mlci/github';
import { fileRootsFromEnv, parseInputs, resolveInputFile, resolveOutputFile, UserError, type Platform } from '@mlci/core';
import { lstatSync } from 'node:fs';
// Modules, not the detect/ and drift/ barrels: those would bundle the readers and drift tests into this chunk,
// which detectChanges loads only when something needs profiling or comparing.
import { absPath, refuseInputClobber, toWorkspacePattern } from '@mlci/core/detect/paths';
import { baselineKeys, loadBaseline, parseBaselineInput, writeRecord } from '@mlci/core/detect/baseline';
import { detectChanges } from '@mlci/core/detect/detect';
import { renderSummary } from '@mlci/core/detect/summary';
import { changedFilesOutput, detectReport } from '@mlci/core/detect/report';
import { htmlReportPathFor, uploadReportArtifact } from '@mlci/core/report/publish';
import { DEFAULT_DRIFT_POLICY, loadDriftPolicy } from '@mlci/core/drift/policy';
import { inputs } from './inputs.js';
import { STATE, saveToCache, saveToRepository } from './save.js';

const ACTION = 'detect-data-change';

export { inputs } from './inputs.js';

export const outputs = {
  'should-train': '`true` when training should run.',
  reasons: 'JSON array of reasons: first-run, data-changed, schema-changed, rows-dropped, drift, code-changed, params-changed, stale, forced.',
  'data-changed': '`true` when the data fingerprint changed.',
  'code-changed': '`true` when files matching `code` changed.',
  drift: '`true` when data set drift was found.',
  fingerprint: 'Hex sha256 Merkle digest of the whole data set, independent of machine, checkout path and listing order.',
  'changed-files': 'JSON: data and pointer files added/removed/modified, code files changed, params keys changed.',
  report: 'Path of the JSON report.',
  'cache-key': 'A key that changes exactly when the data changes, for caching datasets and checkpoints downstream.',
  'html-report': 'Path of the self-contained HTML report (every column\'s drift test and decision; reference vs current histograms or category shares of each drifted column); uploaded as an artifact where the runner allows and a table was compared.',
};

/** Artifact name of the HTML report. */
export const REPORT_ARTIFACT = `${ACTION}-report`;


export async function run(platform?: Platform): Promise<void> {
  await runAction(ACTION, async (p) => {
    const raw = parseInputs(inputs, (n) => p.getInput(n));
    // An empty list input parses to undefined (its default is empty).
    const o = { ...raw, data: raw.data ?? [], pointers: raw.pointers ?? [], code: raw.code ?? [], params: raw.params ?? [] };
    const ctx = p.context();
    const workspace = ctx.workspace;
    if (o.data.length === 0 && o.pointers.length === 0) {
      throw new UserError("Inputs 'data' and 'pointers' are both empty: give the data globs (e.g. `data: data/*.csv`) or pointer files (`pointers: data/*.dvc`).");
    }
    // Path inputs: read only regular files inside the workspace (links leaving it refused), write only inside the
    // workspace or RUNNER_TEMP, never over an input of this run (README, Security).
    const roots = { workspace, temp: fileRootsFromEnv().temp };
    const wsOnly = { workspace };
    const inWorkspace = (input: string) => (rel: string) => resolveInputFile(toWorkspacePattern(workspace, rel, input), { input, roots: wsOnly });
    const policy = o['drift-policy'] ? loadDriftPolicy(o['drift-policy'], 'drift-policy', inWorkspace('drift-policy')) : DEFAULT_DRIFT_POLICY;
    const source = parseBaselineInput(o.baseline, workspace);
    if (source.kind === 'file' && exists(absPath(workspace, source.path))) resolveInputFile(source.path, { input: 'baseline', roots: wsOnly });
    const branch = ctx.branch || 'detached';
    const keys = baselineKeys({
      data: o.data,
      pointers: o.pointers,
      branch,
      defaultBranch: ctx.defaultBranch,
      runId: ctx.runId,
      runAttempt: ctx.runAttempt,
    });
    const log = { warning: (m: string) => p.annotate('warning', m), info: (m: string) => p.info(m) };
    const loaded = await loadBaseline(source, {
      workspace, cache: p.cache, keys, log, records: p.records, history: p.history, branch, defaultBranch: ctx.defaultBranch,
    });

    let changed: { files?: string[]; source: string } | undefined;
    if (o.code.length && loaded.record) {
      changed = p.changedFiles ? await p.changedFiles(loaded.record.commit) : { source: `unknown: the ${p.name} platform cannot list changed files` };
      p.info(`Changed files: ${changed.files ? `${changed.files.length} from ${changed.source}` : changed.source}`);
    }

    // The report path is output, not input: any path will do (relative ones are taken from the workspace).
    const reportPath = o['report-path'] ? resolveOutputFile(o['report-path'], { input: 'report-path', roots }) : join(process.env.RUNNER_TEMP || tmpdir(), ACTION, 'report.json');
    const lockPath = o['write-lock'] ? toWorkspacePattern(workspace, o['write-lock'], 'write-lock') : undefined;
    if (lockPath) resolveOutputFile(lockPath, { input: 'write-lock', roots: wsOnly });
    const globs = { data: o.data, pointers: o.pointers, code: o.code, params: o.params };
    if (lockPath) refuseInputClobber(workspace, lockPath, 'write-lock', globs);
    const reportRel = relative(workspace, reportPath).split(sep).join('/');
    if (o['report-path'] && !reportRel.startsWith('..')) refuseInputClobber(workspace, reportRel, 'report-path', globs);
    // The HTML report: beside the JSON report unless given (the default JSON report's folder needs no check).
    const htmlDefault = htmlReportPathFor(o['html-report'], reportPath);
    const htmlPath = o['html-report'] || o['report-path'] ? resolveOutputFile(htmlDefault, { input: 'html-report', roots }) : htmlDefault;
    const htmlRel = relative(workspace, htmlPath).split(sep).join('/');
    if (o['html-report'] && !htmlRel.startsWith('..')) refuseInputClobber(workspace, htmlRel, 'html-report', globs);
    const own = [source.kind === 'file' ? source.path : '', lockPath ?? '', reportRel, htmlRel].filter(Boolean);

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
      policyFile: o['drift-policy'] && !o['drift-policy'].includes('\n') ? o['drift-policy'] : "input 'drift-policy'",
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
    const s = result.stats;
    p.info(
      `should-train=${result.shouldTrain} reasons=${JSON.stringify(result.reasons)} fingerprint=${result.fingerprint}\n` +
        `${s.files} data files: ${s.hashed} hashed (${s.bytesHashed} bytes), ${s.reused} unchanged by stat cache; ` +
        `${s.profiled} profiled${s.profileThreads > 1 ? ` on ${s.profileThreads} threads` : ''}, ${s.profileReused} profiles reused; timings ms ${JSON.stringify(s.ms)}`,
    );
    await p.appendSummary(renderSummary(result, { baselineSource: loaded.description }));
    // Only a report with a compared table is worth an artifact: a scheduled run that found nothing stays cheap.
    if (result.tables.length > 0) await uploadReportArtifact(p, REPORT_ARTIFACT, htmlPath);

    if (!result.shouldTrain) return;
    if (lockPath) {
      writeRecord(absPath(workspace, lockPath), result.record);
      p.info(`Wrote the baseline lock file ${o['write-lock']}: commit it after training to use it as the baseline.`);
    }
    if (o['save-baseline'] === 'never') return;
    if (source.kind === 'git') {
      const name = source.name ?? keys.digest;
      await saveToRepository(p, { name, branch, path: keys.path, record: result.record, when: o['save-baseline'] });
      return;
    }
    if (source.kind !== 'cache') return;
    writeRecord(keys.path, result.record);
    if (o['save-baseline'] === 'always') {
      await saveToCache(p, keys.path, keys.save);
    } else {
      p.saveState(STATE.path, keys.path);
      p.saveState(STATE.key, keys.save);
      p.info(`The baseline will be saved to the cache as ${keys.save} after the job succeeds.`);
    }
  }, platform);
}

/** Something (a file, or a link, dangling or not) is at `path`. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
