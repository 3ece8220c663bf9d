import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { runAction } from '@mlci/github';
import { inputs } from './inputs.js';
import {
  parseInputs, UserError, type Platform,
} from '@mlci/core';
import {
  metricSlugs, parseCheckpointPatterns, renderTrainSummary, resolveIn, trainFacts, trainOnGpuRunner, type TrainDeps, type TrainReport,
} from '@mlci/core/train/index';

export { inputs };

export const outputs = {
  outcome: '`success`, `failure`, `cancelled` or `timed-out`.',
  metrics: 'The metrics file as a JSON object (`{}` when none was written).',
  'metric-*': 'One output per metric: `metric-<name>` with characters other than letters, digits, `-` and `_` replaced by `-` (`val/loss` -> `metric-val-loss`). Not declared one by one.',
  'model-path': 'Absolute path of model-path when it exists.',
  'duration-seconds': 'Wall-clock seconds of the training, all attempts.',
  attempts: 'Number of attempts made.',
  device: '`gpu` or `cpu`.',
  'gpu-name': 'Name of the GPU(s) used, comma-separated.',
  'gpu-uuids': 'The CUDA_VISIBLE_DEVICES given to the training (GPU or MIG UUIDs).',
  'cuda-version': 'CUDA version the driver supports (from nvidia-smi -q).',
  'driver-version': 'NVIDIA driver version.',
  'peak-gpu-memory-mb': 'Highest GPU memory in use during the run on the GPUs used (all processes on them, summed), in MiB as nvidia-smi reports it.',
  'mean-gpu-utilization': 'Mean GPU utilization over the run, percent.',
  checkpoint: 'Newest complete checkpoint this run wrote in checkpoint-dir (the summary says why it was chosen).',
  'cache-hit': '`true` when the cache was restored from exactly cache-key.',
  'artifact-id': 'ID of the uploaded artifact.',
};

/** Every output is set, with '' where there is nothing to say, so `if:` tests stay simple; then the job summary. */
export async function publish(p: Platform, r: TrainReport): Promise<void> {
  const f = trainFacts(r);
  p.setOutput('outcome', f.outcome);
  p.setOutput('metrics', f.metrics);
  const metrics = metricSlugs(r);
  for (const m of metrics) if (m.slug && m.earlier === undefined) p.setOutput(`metric-${m.slug}`, String(m.value));
  p.setOutput('model-path', f.modelPath);
  p.setOutput('duration-seconds', f.durationSeconds);
  p.setOutput('attempts', f.attempts);
  p.setOutput('device', f.device);
  p.setOutput('gpu-name', f.gpuName);
  p.setOutput('gpu-uuids', f.gpuUuids);
  p.setOutput('cuda-version', f.cudaVersion);
  p.setOutput('driver-version', f.driverVersion);
  p.setOutput('peak-gpu-memory-mb', f.peakGpuMemoryMb);
  p.setOutput('mean-gpu-utilization', f.meanGpuUtilization);
  p.setOutput('checkpoint', f.checkpoint);
  p.setOutput('cache-hit', f.cacheHit);
  p.setOutput('artifact-id', f.artifactId);
  for (const m of metrics) {
    if (m.earlier === undefined) continue;
    const name = `metric-${m.slug}`;
    p.annotate('warning', `Metric '${m.metric}' has the same output name as '${m.earlier}' (${name}; GitHub compares output names without case), so ${name} holds '${m.earlier}'; read '${m.metric}' from the 'metrics' output or rename one.`);
  }
  await p.appendSummary(renderTrainSummary(r));
}

export async function run(platform?: Platform, deps?: TrainDeps): Promise<void> {
  await runAction('train-on-gpu-runner', async (p) => {
    const i = parseInputs(inputs, (n) => p.getInput(n));
    const workspace = p.context().workspace;
    const wd = resolve(workspace, i['working-directory']);
    if (!existsSync(wd) || !statSync(wd).isDirectory()) {
      throw new UserError(`Input 'working-directory' is '${i['working-directory']}', but ${wd} is not a directory. Check out the repository first (actions/checkout) or fix the path.`);
    }
    const cachePaths = i.cache ?? [];
    if (i['cache-key'] && cachePaths.length === 0) {
      p.annotate('warning', "Input 'cache-key' is set but 'cache' lists no paths: nothing is cached.");
    }
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
      checkpointPatterns: parseCheckpointPatterns(i['checkpoint-pattern']),
      cachePaths,
      cacheKey: i['cache-key'] || undefined,
      // `timeout: 0` means no limit rather than stopping at once.
      timeoutMs: i.timeout || undefined,
      maxAttempts: i['max-attempts'],
      retryOnExitCodes: i['retry-on-exit-codes'] ?? [],
      artifactName: i['artifact-name'] || undefined,
      sampleIntervalMs: Math.max(100, i['sample-interval']),
      gracePeriodMs: i['grace-period'],
    }, p, deps);
    await publish(p, report);
    if (report.outcome !== 'success') {
      const file = report.failureFile ? relative(workspace, resolveIn(wd, report.failureFile.file)) : undefined;
      throw new UserError(report.failure ?? `training ${report.outcome}`, file ? { file, line: report.failureFile?.line } : undefined);
    }
  }, platform);
}
