/**
 * `mlci train`: the train-on-gpu-runner job on the local platform. The steps are those of
 * actions/train-on-gpu-runner/src/main.ts (inputs → trainOnGpuRunner → publish), on core's engine: GPU
 * preflight and monitoring with nvidia-smi, retries, checkpoints, metrics; the cache and the artifact land under
 * --out-dir. A training that fails is exit 1 (the training's own problem); a bad flag or file is exit 2.
 */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseInputs, UserError, type Platform } from '@mlci/core';
import type { TrainReport } from '@mlci/core/train/index';
// The input specs only (they import nothing but core): the flags are the action's inputs, never a copy of them.
import { inputs } from '../../../../actions/train-on-gpu-runner/src/inputs.js';
import type { CommandSpec } from '../args.js';

export const trainCommand: CommandSpec = {
  name: 'train',
  action: 'train-on-gpu-runner',
  summary: 'run the training command with GPU preflight and monitoring, retries, checkpoints and metrics.',
  inputs,
  extra: [],
  example: [
    '  # On a laptop without a GPU: run on the CPU, read metrics.json, keep the model as an artifact under .mlci/.',
    '  mlci train --command \'python train.py --epochs 3\' --require-gpu auto \\',
    '             --metrics-file metrics.json --model-path model/ --artifact-name model',
    '  # Exit codes: 0 the training succeeded, 1 it failed (or timed out), 2 bad usage or input.',
  ].join('\n'),
};

export interface TrainOutcome {
  report: TrainReport;
  /** The failure as one line, when the training did not succeed. */
  failure?: string;
}

/** The action's outputs and summary, as actions/train-on-gpu-runner/src/main.ts publishes them. */
async function publish(p: Platform, r: TrainReport): Promise<void> {
  const { metricSlugs, renderTrainSummary, trainFacts } = await import('@mlci/core/train/index');
  const f = trainFacts(r);
  p.setOutput('outcome', f.outcome);
  p.setOutput('metrics', f.metrics);
  const metrics = metricSlugs(r);
  for (const m of metrics) if (m.slug && m.earlier === undefined) p.setOutput(`metric-${m.slug}`, String(m.value));
  const rest: Array<[string, string]> = [
    ['model-path', f.modelPath], ['duration-seconds', f.durationSeconds], ['attempts', f.attempts], ['device', f.device],
    ['gpu-name', f.gpuName], ['gpu-uuids', f.gpuUuids], ['cuda-version', f.cudaVersion], ['driver-version', f.driverVersion],
    ['peak-gpu-memory-mb', f.peakGpuMemoryMb], ['mean-gpu-utilization', f.meanGpuUtilization], ['checkpoint', f.checkpoint],
    ['cache-hit', f.cacheHit], ['artifact-id', f.artifactId],
  ];
  for (const [k, v] of rest) p.setOutput(k, v);
  for (const m of metrics) {
    if (m.earlier !== undefined) p.annotate('warning', `Metric '${m.metric}' has the same output name as '${m.earlier}' (metric-${m.slug}): read '${m.metric}' from the 'metrics' output or rename one.`);
  }
  await p.appendSummary(renderTrainSummary(r));
}

export async function trainJob(p: Platform, deps: { onStdout?: (c: Buffer) => void; onStderr?: (c: Buffer) => void }): Promise<TrainOutcome> {
  const i = parseInputs(inputs, (n) => p.getInput(n));
  const workspace = p.context().workspace;
  const wd = resolve(workspace, i['working-directory']);
  if (!existsSync(wd) || !statSync(wd).isDirectory()) {
    throw new UserError(`Input 'working-directory' is '${i['working-directory']}', but ${wd} is not a directory.`);
  }
  const cachePaths = i.cache ?? [];
  if (i['cache-key'] && cachePaths.length === 0) p.annotate('warning', "Input 'cache-key' is set but 'cache' lists no paths: nothing is cached.");
  // Loaded after the flags are valid, as in the action.
  const { resolveIn, trainOnGpuRunner } = await import('@mlci/core/train/index');
  const report = await trainOnGpuRunner({
    command: i.command,
    workingDirectory: wd,
    requireGpu: i['require-gpu'],
    gpus: i.gpus,
    minGpuMemoryBytes: i['min-gpu-memory'],
    metricsFile: i['metrics-file'],
    metricsLog: i['metrics-log'] || undefined,
    modelPath: i['model-path'] || undefined,
    checkpointDir: i['checkpoint-dir'] || undefined,
    cachePaths,
    cacheKey: i['cache-key'] || undefined,
    timeoutMs: i.timeout || undefined,
    maxAttempts: i['max-attempts'],
    retryOnExitCodes: i['retry-on-exit-codes'] ?? [],
    artifactName: i['artifact-name'] || undefined,
    sampleIntervalMs: Math.max(100, i['sample-interval']),
    gracePeriodMs: i['grace-period'],
  }, p, deps);
  await publish(p, report);
  if (report.outcome === 'success') return { report };
  // The metrics file is the user's input: a malformed one is bad input (exit 2), named by file and line.
  if (report.failureFile) {
    const file = relative(workspace, resolveIn(wd, report.failureFile.file));
    throw new UserError(report.failure ?? `training ${report.outcome}`, { file, line: report.failureFile.line });
  }
  const failure = report.failure ?? `training ${report.outcome}`;
  p.setFailed(failure);
  return { report, failure };
}
