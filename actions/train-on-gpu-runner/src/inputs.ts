import { durationInput, enumInput, intInput, linesInput, sizeInput, stringInput, type InputSpecs } from '@mlci/core';
import { checkpointPatternInput, exitCodesInput, gpusInput } from '@mlci/core/train/index';

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
  'checkpoint-dir': { schema: stringInput, description: 'Directory the training writes checkpoints to; a retry gets the newest complete one of this run in MLCI_RESUME_FROM. Path also in MLCI_CHECKPOINT_DIR.' },
  'checkpoint-pattern': { schema: checkpointPatternInput, default: '*.pt, *.pth, *.ckpt, *.safetensors, checkpoint-*/', description: "Which names directly inside checkpoint-dir are checkpoints: globs, comma- or newline-separated; a trailing / matches directories only. DeepSpeed's `latest` file, when present, names the checkpoint whatever the patterns." },
  cache: { schema: linesInput, description: 'Paths restored before and saved after training with the Actions cache (one per line, relative to the workspace, like actions/cache).' },
  'cache-key': { schema: stringInput, description: 'Cache key, e.g. the fingerprint output of detect-data-change. Default: per commit, restoring the newest earlier cache of the same paths.' },
  timeout: { schema: durationInput, description: 'Wall-clock limit for the training over all attempts, e.g. `5h`; then SIGTERM, the grace period, and SIGKILL.' },
  'max-attempts': { schema: intInput({ min: 1, max: 20 }), default: '1', description: 'Attempts in total; a retryable failure (killed by a signal, preempted, or an exit code in retry-on-exit-codes) starts the next one.' },
  'retry-on-exit-codes': { schema: exitCodesInput, description: 'Exit codes that also mean "retry", e.g. `75` for a transient NCCL error your script maps to it.' },
  'artifact-name': { schema: stringInput, description: 'Upload model-path, metrics-file and metrics-log as this artifact after a successful run.' },
  'sample-interval': { schema: durationInput, default: '5s', description: 'How often GPU utilization and memory are sampled with nvidia-smi.' },
  'grace-period': { schema: durationInput, default: '30s', description: 'Time between SIGTERM and SIGKILL when `timeout` runs out, for the training to save a checkpoint. Job cancellation follows the runner\'s own timing instead (see the README, "Cancellation and timeouts").' },
} satisfies InputSpecs;
