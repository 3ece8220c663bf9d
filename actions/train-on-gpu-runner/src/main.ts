import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { runAction } from '@mlci/github';
import {
  durationInput, enumInput, intInput, linesInput, parseInputs, sizeInput, stringInput, UserError,
  type InputSpecs, type Platform,
} from '@mlci/core';
import {
  exitCodesInput, gpusInput, publishTrainReport, resolveIn, trainOnGpuRunner, type TrainDeps,
} from '@mlci/core/train/index';

/** Input names are a contract (issue #5); action.yml declares the same names and defaults (checked by a test). */
export const inputs = {
  command: { schema: stringInput, required: true, description: 'The training command, run with `bash -eo pipefail -c` in working-directory. The only input that is ever put in a shell.' },
  'working-directory': { schema: stringInput, default: '.', description: 'Directory the command runs in, relative to the workspace. Relative paths below are relative to it.' },
  'require-gpu': { schema: enumInput(['true', 'false', 'auto'] as const), default: 'true', description: 'true: fail at once without a usable GPU. auto: use a GPU when one is usable, else run on the CPU with a notice. false: no GPU preflight or monitoring.' },
  gpus: { schema: gpusInput, default: '1', description: 'How many GPUs the training gets (the least used ones), or `all`.' },
  'min-gpu-memory': { schema: sizeInput, description: 'Free memory each chosen GPU must have, e.g. `20GiB`.' },
  'metrics-file': { schema: stringInput, default: 'metrics.json', description: 'JSON object of final metrics the training writes ({"accuracy": 0.93}); every value must be a finite number. Path also in MLCI_METRICS_FILE.' },
  'metrics-log': { schema: stringInput, description: 'Optional JSON Lines file of per-step values ({"step": 100, "loss": 0.7}) charted in the job summary. Path also in MLCI_METRICS_LOG.' },
  'model-path': { schema: stringInput, description: 'File or directory the training saves the model to; must exist after a successful run. Path also in MLCI_MODEL_PATH.' },
  'checkpoint-dir': { schema: stringInput, description: 'Directory the training writes checkpoints to; a retry gets the newest of this run in MLCI_RESUME_FROM. Path also in MLCI_CHECKPOINT_DIR.' },
  cache: { schema: linesInput, description: 'Paths restored before and saved after training with the Actions cache (one per line, relative to the workspace, like actions/cache).' },
  'cache-key': { schema: stringInput, description: 'Cache key, e.g. the fingerprint output of detect-data-change. Default: per commit, restoring the newest earlier cache of the same paths.' },
  timeout: { schema: durationInput, description: 'Wall-clock limit for the training over all attempts, e.g. `5h`; then SIGTERM, the grace period, and SIGKILL.' },
  'max-attempts': { schema: intInput({ min: 1, max: 20 }), default: '1', description: 'Attempts in total; a retryable failure (killed by a signal, preempted, or an exit code in retry-on-exit-codes) starts the next one.' },
  'retry-on-exit-codes': { schema: exitCodesInput, description: 'Exit codes that also mean "retry", e.g. `75` for a transient NCCL error your script maps to it.' },
  'artifact-name': { schema: stringInput, description: 'Upload model-path, metrics-file and metrics-log as this artifact after a successful run.' },
  'sample-interval': { schema: durationInput, default: '5s', description: 'How often GPU utilization and memory are sampled with nvidia-smi.' },
  'grace-period': { schema: durationInput, default: '30s', description: 'Time between the stop signal (cancellation, timeout) and SIGKILL, for the training to save a checkpoint. On job cancellation GitHub\'s runner itself kills the action about 10 s after its first signal.' },
} satisfies InputSpecs;

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
  checkpoint: 'Newest checkpoint this run wrote in checkpoint-dir.',
  'cache-hit': '`true` when the cache was restored from exactly cache-key.',
  'artifact-id': 'ID of the uploaded artifact.',
};

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
    await publishTrainReport(report, p);
    if (report.outcome !== 'success') {
      const file = report.failureFile ? relative(workspace, resolveIn(wd, report.failureFile.file)) : undefined;
      throw new UserError(report.failure ?? `training ${report.outcome}`, file ? { file, line: report.failureFile?.line } : undefined);
    }
  }, platform);
}
