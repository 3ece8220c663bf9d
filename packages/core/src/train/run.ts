import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readTextFile } from '../fs/text.js';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { Platform } from '../platform.js';
import { randomBytes } from 'node:crypto';
import { searchCheckpoints, type Checkpoint, type CheckpointPattern } from './checkpoint.js';
import { CommandFilter } from './command-filter.js';
import { assertTrainingSupported } from './os-support.js';
import { runStepEnvironment } from './env.js';
import { prepareTrainingFileCommands, type FileCommandsReport } from './file-commands.js';
import type { GpuInventory } from './gpu.js';
import { parseMetricsFile, type Metrics } from './metrics-file.js';
import { parseMetricsLog, type MetricsLog } from './metrics-log.js';
import { GpuSampler, idleWarning, summarizeSamples, type ExecFile, type GpuSamples, type MonitorStats } from './monitor.js';
import { nodeExecFile, preflight } from './preflight.js';
import { startAttempt, type RunningAttempt } from './process.js';
import { describeOutcome, judgeAttempt, type AttemptOutcome } from './retry.js';
import type { GpuSelection } from './select.js';

export type RequireGpu = 'true' | 'false' | 'auto';

/** Everything the action's inputs say, already parsed. Paths are as the user wrote them (resolved here). */
export interface TrainOptions {
  command: string;
  /** Absolute working directory of the command; relative paths below are resolved against it. */
  workingDirectory: string;
  requireGpu: RequireGpu;
  gpus: number | 'all';
  minGpuMemoryBytes?: number;
  metricsFile: string;
  metricsLog?: string;
  modelPath?: string;
  checkpointDir?: string;
  /** Which names in checkpointDir are checkpoints (default: DEFAULT_CHECKPOINT_PATTERNS). */
  checkpointPatterns?: CheckpointPattern[];
  /** Cache paths as @actions/cache takes them (relative to the workspace, globs and ~ allowed). */
  cachePaths: string[];
  cacheKey?: string;
  timeoutMs?: number;
  maxAttempts: number;
  retryOnExitCodes: number[];
  artifactName?: string;
  sampleIntervalMs: number;
  gracePeriodMs: number;
}

/** Where the process signals come from; `process` on a runner, a fake in tests. */
export interface SignalSource {
  on(signal: NodeJS.Signals, handler: (signal: NodeJS.Signals) => void): unknown;
  off(signal: NodeJS.Signals, handler: (signal: NodeJS.Signals) => void): unknown;
}

export interface TrainDeps {
  exec?: ExecFile;
  smiPath?: string;
  /** The environment the training inherits (process.env by default). */
  env?: NodeJS.ProcessEnv;
  signals?: SignalSource;
  shell?: string;
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
  /** The operating system (process.platform by default); the training refuses Windows before anything runs. */
  os?: NodeJS.Platform;
}

export type TrainOutcome = 'success' | 'failure' | 'cancelled' | 'timed-out';

export interface TrainReport {
  outcome: TrainOutcome;
  /** Why the run failed, in one paragraph (undefined on success). */
  failure?: string;
  /** The failure is the user's file (metrics) rather than the training's exit. */
  failureFile?: { file: string; line?: number };
  attempts: AttemptOutcome[];
  /** Wall-clock time from the first attempt's start to the last attempt's end. */
  durationMs: number;
  device: 'gpu' | 'cpu';
  /** Why the run used the CPU (require-gpu false, or auto without a usable GPU). */
  cpuReason?: string;
  inventory?: GpuInventory;
  selection?: GpuSelection;
  samples?: GpuSamples;
  stats?: MonitorStats;
  metrics?: Metrics;
  metricsFile: string;
  metricsLog?: MetricsLog;
  metricsLogFile?: string;
  modelPath?: string;
  checkpoint?: Checkpoint;
  /** What the training wrote to its own GITHUB_OUTPUT / GITHUB_ENV / ... files, and what was passed on. */
  fileCommands?: FileCommandsReport;
  /** Workflow commands the training printed that only the action may use (blocked), e.g. `set-output ×2`. */
  blockedCommands?: string;
  cache?: { key: string; restoredKey?: string; saved?: boolean };
  artifact?: { name: string; id?: number; size?: number; files: number };
  /** Messages already reported as warnings / notices (also shown in the summary). */
  warnings: string[];
  notices: string[];
}

/** Absolute path of a user path relative to the working directory. */
export function resolveIn(wd: string, p: string): string {
  return isAbsolute(p) ? p : resolve(wd, p);
}

/** Every file under `p` (p itself when it is a file). */
function filesUnder(p: string): string[] {
  const st = statSync(p);
  if (st.isFile()) return [p];
  if (!st.isDirectory()) return [];
  const out: string[] = [];
  for (const name of readdirSync(p).sort()) out.push(...filesUnder(join(p, name)));
  return out;
}

function commonDir(paths: string[]): string {
  let common = dirname(paths[0]);
  for (const p of paths) {
    while (common !== dirname(common) && relative(common, p).startsWith('..')) common = dirname(common);
  }
  return common;
}

/** Variables the action sets for the training; inherited values of these never leak through (a stale resume path). */
const MLCI_VARS = [
  'MLCI_DEVICE', 'MLCI_ATTEMPT', 'MLCI_MAX_ATTEMPTS', 'MLCI_RESUME_FROM', 'MLCI_CHECKPOINT_DIR', 'MLCI_METRICS_FILE',
  'MLCI_METRICS_LOG', 'MLCI_MODEL_PATH', 'MLCI_PROCESS_MARKER',
];

/**
 * On job cancellation the runner sends the action SIGINT, waits 7.5 s for it to exit, sends SIGTERM, waits 2.5 s,
 * then kills the whole process tree (actions/runner src/Runner.Sdk/ProcessInvoker.cs, `_sigintTimeout`,
 * `_sigtermTimeout`, `CancelAndKillProcessTree`). The one statement of that timing in the log.
 */
export const RUNNER_CANCEL_TIMING =
  'On job cancellation the runner sends SIGINT, then SIGTERM 7.5 s later, then kills the step 2.5 s after that: about 10 s in all to save a checkpoint.';

/**
 * The training's environment: what a `run:` step would get (the action's, without INPUT_*, STATE_* and the Actions
 * runtime variables, see env.ts), plus the MLCI_* facts and the GPU choice. RUNNER_TRACKING_ID stays, so the
 * runner's end-of-job cleanup still finds the training's processes.
 */
function trainingEnv(base: NodeJS.ProcessEnv, o: TrainOptions, selection: GpuSelection | undefined, cpuFallback: boolean): NodeJS.ProcessEnv {
  const env = runStepEnvironment(base);
  for (const k of MLCI_VARS) delete env[k];
  if (selection) {
    env.CUDA_VISIBLE_DEVICES = selection.cudaVisibleDevices;
    // Without this, CUDA numbers devices fastest-first while nvidia-smi numbers them by PCI bus: the indices in
    // logs would not match. UUIDs make the choice exact either way.
    env.CUDA_DEVICE_ORDER = 'PCI_BUS_ID';
  } else if (cpuFallback) {
    // require-gpu: auto without a usable GPU: an empty CUDA_VISIBLE_DEVICES hides every GPU from CUDA (CUDA C
    // Programming Guide, "CUDA Environment Variables"), so torch.cuda.is_available() is False and the training
    // cannot grab the busy GPU it was judged unfit for, whatever CUDA_VISIBLE_DEVICES it inherited.
    env.CUDA_VISIBLE_DEVICES = '';
  }
  env.MLCI_DEVICE = selection ? 'cuda' : 'cpu';
  env.MLCI_METRICS_FILE = resolveIn(o.workingDirectory, o.metricsFile);
  if (o.metricsLog) env.MLCI_METRICS_LOG = resolveIn(o.workingDirectory, o.metricsLog);
  if (o.modelPath) env.MLCI_MODEL_PATH = resolveIn(o.workingDirectory, o.modelPath);
  if (o.checkpointDir) env.MLCI_CHECKPOINT_DIR = resolveIn(o.workingDirectory, o.checkpointDir);
  env.MLCI_MAX_ATTEMPTS = String(o.maxAttempts);
  return env;
}

function defaultCacheKey(paths: string[], sha: string): { key: string; restoreKeys: string[] } {
  const h = createHash('sha256').update(paths.join('\n')).digest('hex').slice(0, 16);
  const prefix = `mlci-train-${process.platform}-${h}-`;
  return { key: prefix + (sha || 'nosha'), restoreKeys: [prefix] };
}

/**
 * Run the training as the issue describes: cache restore, GPU preflight, attempts with retries and GPU sampling,
 * then metrics, model, artifact and cache save. Training failures do not throw: they come back in the report, so
 * the caller can publish what happened before failing the step. Bad inputs throw a UserError before anything runs.
 */
export async function trainOnGpuRunner(o: TrainOptions, platform: Platform, deps: TrainDeps = {}): Promise<TrainReport> {
  assertTrainingSupported(deps.os ?? process.platform);
  const exec = deps.exec ?? nodeExecFile;
  const smiPath = deps.smiPath ?? 'nvidia-smi';
  const baseEnv = deps.env ?? process.env;
  const signals = deps.signals ?? process;
  const warnings: string[] = [];
  const notices: string[] = [];
  const warn = (m: string) => {
    warnings.push(m);
    platform.annotate('warning', m);
  };
  const notice = (m: string) => {
    notices.push(m);
    platform.annotate('notice', m);
  };
  const report: TrainReport = {
    outcome: 'failure', attempts: [], durationMs: 0, device: 'cpu', metricsFile: resolveIn(o.workingDirectory, o.metricsFile),
    warnings, notices,
  };

  // Job cancellation (RUNNER_CANCEL_TIMING): forward each signal to the training at once so it can checkpoint.
  let cancelledBy: NodeJS.Signals | undefined;
  let current: RunningAttempt | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    cancelledBy ??= sig;
    platform.info(`Received ${sig}: forwarded it to the training (process group ${current?.pid ?? 'not started'}). ${RUNNER_CANCEL_TIMING}`);
    current?.cancel(sig);
  };
  signals.on('SIGINT', onSignal);
  signals.on('SIGTERM', onSignal);
  /** Checkpoints older than this (less 2 s of clock granularity) are an earlier job's. */
  const actionStart = Date.now();
  let fileCommands: ReturnType<typeof prepareTrainingFileCommands>;

  try {
    // Cache restore.
    let cache: { key: string; restoreKeys: string[] } | undefined;
    let cacheUnavailable = false;
    if (o.cachePaths.length > 0) {
      cache = o.cacheKey ? { key: o.cacheKey, restoreKeys: [] } : defaultCacheKey(o.cachePaths, platform.context().sha);
      report.cache = { key: cache.key };
      if (!platform.cache) warn('Caching is not available here; the cache paths are neither restored nor saved.');
      else {
        try {
          report.cache.restoredKey = await platform.cache.restore(o.cachePaths, cache.key, cache.restoreKeys);
          platform.info(report.cache.restoredKey ? `Cache restored from key ${report.cache.restoredKey}.` : `No cache found for key ${cache.key}.`);
        } catch (e) {
          cacheUnavailable = true;
          warn(`Cache restore failed (${(e as Error).message}); continuing without the cache, and it will not be saved.`);
        }
      }
    }

    // GPU preflight.
    if (o.requireGpu === 'false') {
      report.cpuReason = 'require-gpu is false';
      notice('require-gpu is false: running without GPU selection or monitoring.');
    } else {
      platform.startGroup('GPU preflight');
      let pre;
      try {
        pre = await preflight({
          exec, smiPath,
          request: { count: o.gpus, minMemoryBytes: o.minGpuMemoryBytes, visibleDevices: baseEnv.CUDA_VISIBLE_DEVICES },
        });
      } finally {
        platform.endGroup();
      }
      for (const w of pre.warnings) platform.info(w);
      report.inventory = pre.inventory;
      if (pre.ok) {
        report.selection = pre.selection;
        report.device = 'gpu';
        for (const n of pre.selection.notes) notice(n);
        const inv = pre.inventory;
        platform.info(
          `Driver ${inv.driverVersion ?? 'unknown'}, CUDA ${inv.cudaVersion ?? 'unknown'}; ${inv.gpus.length} GPU(s). ` +
            `Training on ${pre.selection.devices.map((d) => `${d.name} ${d.detail ?? ''} (${d.uuid})`.replace(/\s+\(/, ' (')).join(', ')}.`,
        );
      } else if (o.requireGpu === 'true') {
        throw new UserError(`No usable GPU (require-gpu is true). ${pre.message}`);
      } else {
        report.cpuReason = pre.message;
        notice(`No usable GPU, running on the CPU (require-gpu is auto). ${pre.message}`);
      }
    }

    // Attempts.
    const marker = { name: 'MLCI_PROCESS_MARKER', value: randomBytes(12).toString('hex') };
    const env = trainingEnv(baseEnv, o, report.selection, o.requireGpu === 'auto' && !report.selection);
    env[marker.name] = marker.value;
    fileCommands = prepareTrainingFileCommands(baseEnv, baseEnv.RUNNER_TEMP);
    Object.assign(env, fileCommands?.env);
    const checkpointDir = o.checkpointDir ? resolveIn(o.workingDirectory, o.checkpointDir) : undefined;
    const search = (dir: string) => searchCheckpoints(dir, { notBeforeMs: actionStart - 2000, patterns: o.checkpointPatterns });
    const findCheckpoint = (dir: string) => search(dir).checkpoint;
    const sampler = report.selection
      ? new GpuSampler({
          exec, smiPath, intervalMs: o.sampleIntervalMs,
          gpuUuids: [...new Set(report.selection.devices.map((d) => d.gpuUuid))],
          onFailing: (m) => warn(m),
        })
      : undefined;
    const runStart = Date.now();
    let budgetSpent = false;
    sampler?.begin();
    // The training's output goes through filters that neutralise workflow commands only the action may use.
    const writeOut = deps.onStdout ? (t: string) => deps.onStdout?.(Buffer.from(t)) : (t: string) => void process.stdout.write(t);
    const writeErr = deps.onStderr ? (t: string) => deps.onStderr?.(Buffer.from(t)) : (t: string) => void process.stderr.write(t);
    const outFilter = new CommandFilter(writeOut);
    const errFilter = new CommandFilter(writeErr);
    try {
      for (let attempt = 1; attempt <= o.maxAttempts; attempt++) {
        if (cancelledBy) break;
        const attemptEnv: NodeJS.ProcessEnv = { ...env, MLCI_ATTEMPT: String(attempt) };
        if (attempt > 1 && checkpointDir) {
          const found = search(checkpointDir);
          const ckpt = found.checkpoint;
          if (ckpt) {
            attemptEnv.MLCI_RESUME_FROM = ckpt.path;
            platform.info(`Resuming from checkpoint ${ckpt.path}: ${ckpt.reason}.`);
          } else {
            const passed = found.skipped.length ? ` (passed over ${found.skipped.map((k) => `${k.name}: ${k.why}`).join('; ')})` : '';
            platform.info(`No complete checkpoint of this run in ${checkpointDir}${passed}: attempt ${attempt} starts from scratch.`);
          }
        }
        let timeoutMs: number | undefined;
        if (o.timeoutMs !== undefined) {
          timeoutMs = o.timeoutMs - (Date.now() - runStart);
          if (timeoutMs <= 0) {
            budgetSpent = true;
            break;
          }
        }
        platform.startGroup(`Training (attempt ${attempt} of ${o.maxAttempts})`);
        current = startAttempt({
          attempt, command: o.command, cwd: o.workingDirectory, env: attemptEnv, timeoutMs, graceMs: o.gracePeriodMs,
          onStdout: (c) => outFilter.push(c), onStderr: (c) => errFilter.push(c), shell: deps.shell, marker,
        });
        if (cancelledBy) current.cancel(cancelledBy);
        const outcome = await current.done;
        outFilter.flush();
        errFilter.flush();
        current = undefined;
        platform.endGroup();
        report.attempts.push(outcome);
        if (outcome.strayProcesses) {
          const list = outcome.strayProcesses;
          warn(`Attempt ${attempt} left ${list.length} process(es) running after the command ended (${list.slice(0, 5).join(', ')}${list.length > 5 ? ', ...' : ''}); they were stopped with SIGTERM, then SIGKILL.`);
        }
        const verdict = judgeAttempt(outcome, { maxAttempts: o.maxAttempts, retryOnExitCodes: o.retryOnExitCodes });
        platform.info(`Attempt ${attempt} of ${o.maxAttempts} ${describeOutcome(outcome)} after ${(outcome.durationMs / 1000).toFixed(1)}s.`);
        if (verdict.kind !== 'retryable' || attempt === o.maxAttempts || cancelledBy) break;
        warn(`Attempt ${attempt} ${verdict.reason}; retrying (attempt ${attempt + 1} of ${o.maxAttempts}).`);
      }
      const blocked = [...outFilter.blocked.keys(), ...errFilter.blocked.keys()];
      if (blocked.length) {
        report.blockedCommands = [outFilter.describeBlocked(), errFilter.describeBlocked()].filter(Boolean).join('; ');
        warn(`The training printed workflow commands that only the action may use (${report.blockedCommands}); they were not run. A training may print error, warning, notice, debug, group, endgroup and add-mask.`);
      }
    } finally {
      report.durationMs = Date.now() - runStart;
      if (sampler) {
        report.samples = await sampler.stop();
        report.stats = summarizeSamples(report.samples);
      }
    }
    if (checkpointDir) report.checkpoint = findCheckpoint(checkpointDir);
    if (fileCommands) {
      report.fileCommands = fileCommands.collect();
      for (const w of report.fileCommands.warnings) warn(w);
    }

    // Outcome.
    const last = report.attempts[report.attempts.length - 1];
    if (cancelledBy) {
      report.outcome = 'cancelled';
      const stopped = last ? ` The training ${last.killedAfterGrace ? 'did not stop within the grace period and was killed' : 'stopped'} after ${(last.durationMs / 1000).toFixed(1)}s.` : ' The training had not started.';
      report.failure = `The job was cancelled: the action received ${cancelledBy} and forwarded it to the training.${stopped}` +
        (report.checkpoint ? ` Newest checkpoint: ${report.checkpoint.path}.` : checkpointDir ? ' No checkpoint was written.' : '');
    } else if (!last || budgetSpent) {
      report.outcome = 'timed-out';
      report.failure = last
        ? `The timeout ran out before attempt ${last.attempt + 1} could start; attempt ${last.attempt} ${describeOutcome(last)}.`
        : 'The timeout ran out before the training could start.';
    } else if (last.timedOut) {
      report.outcome = 'timed-out';
      report.failure = `The training ${describeOutcome(last)} (timeout ${Math.round((o.timeoutMs ?? 0) / 1000)}s over ${report.attempts.length} attempt(s)).` +
        (report.checkpoint ? ` Newest checkpoint: ${report.checkpoint.path}.` : '') +
        ' Raise `timeout`, or make the training resume from MLCI_RESUME_FROM and use `max-attempts`.';
    } else if (judgeAttempt(last, { maxAttempts: o.maxAttempts, retryOnExitCodes: o.retryOnExitCodes }).kind !== 'success') {
      report.outcome = 'failure';
      const tail = last.tail.filter((l) => l.trim() !== '').slice(-5);
      report.failure = `The training command ${describeOutcome(last)} (attempt ${last.attempt} of ${o.maxAttempts}).` +
        (tail.length ? ` Last output: ${tail.join(' / ').slice(-600)}` : '') +
        ' See the "Training" log group above.';
    } else {
      report.outcome = 'success';
    }

    // Metrics log (also after a failure: the curve shows where it went wrong).
    if (o.metricsLog) {
      const file = resolveIn(o.workingDirectory, o.metricsLog);
      report.metricsLogFile = file;
      if (existsSync(file)) {
        try {
          report.metricsLog = parseMetricsLog(readTextFile(file, `metrics-log ${o.metricsLog}`), o.metricsLog);
          for (const w of report.metricsLog.warnings) warn(w);
        } catch (e) {
          if (report.outcome === 'success' && e instanceof UserError) {
            report.outcome = 'failure';
            report.failure = e.message;
            report.failureFile = { file: o.metricsLog, line: e.line };
          } else warn((e as Error).message);
        }
      } else if (report.outcome === 'success') warn(`metrics-log ${o.metricsLog} was not written by the training.`);
    }

    if (report.outcome === 'success') {
      // Metrics file.
      if (existsSync(report.metricsFile)) {
        try {
          // readTextFile: a FIFO or device left there is refused from its stat (never opened), and the size is capped.
          report.metrics = parseMetricsFile(readTextFile(report.metricsFile, `metrics-file ${o.metricsFile}`), o.metricsFile);
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          report.outcome = 'failure';
          report.failure = e.message;
          report.failureFile = { file: o.metricsFile, line: e.line };
        }
      } else {
        warn(`The training wrote no metrics file at ${o.metricsFile}: no metric outputs. Write a JSON object of numbers there (its path is in MLCI_METRICS_FILE).`);
      }
      // Model.
      if (o.modelPath) {
        const p = resolveIn(o.workingDirectory, o.modelPath);
        if (existsSync(p)) report.modelPath = p;
        else if (report.outcome === 'success') {
          report.outcome = 'failure';
          report.failure = `The training succeeded but model-path ${o.modelPath} does not exist (looked at ${p}). Save the model there (its path is in MLCI_MODEL_PATH) or fix model-path.`;
        }
      }
    }

    if (report.outcome === 'success') {
      if (o.artifactName) await uploadArtifact(o, report, platform, warn);
      if (cache && report.cache && platform.cache && !cacheUnavailable && report.cache.restoredKey !== cache.key) {
        try {
          await platform.cache.save(o.cachePaths, cache.key);
          report.cache.saved = true;
        } catch (e) {
          warn(`Cache save failed (${(e as Error).message}).`);
        }
      }
    }
    if (report.stats) {
      const w = idleWarning(report.stats);
      if (w) warn(w);
    }
    return report;
  } finally {
    fileCommands?.cleanup();
    signals.off('SIGINT', onSignal);
    signals.off('SIGTERM', onSignal);
  }
}

async function uploadArtifact(o: TrainOptions, report: TrainReport, platform: Platform, warn: (m: string) => void): Promise<void> {
  const name = o.artifactName as string;
  if (!platform.artifacts) {
    warn(`Artifact upload is not available here; '${name}' was not uploaded.`);
    return;
  }
  const files: string[] = [];
  for (const p of [report.modelPath, report.metrics ? report.metricsFile : undefined, report.metricsLog ? report.metricsLogFile : undefined]) {
    if (p && existsSync(p)) files.push(...filesUnder(p));
  }
  if (files.length === 0) {
    warn(`Nothing to upload as artifact '${name}': no model-path, metrics file or metrics log exists.`);
    return;
  }
  const unique = [...new Set(files)];
  const root = commonDir([...unique, o.workingDirectory + sep + '.']);
  try {
    const r = await platform.artifacts.upload(name, unique, root);
    report.artifact = { name, id: r.id, size: r.size, files: unique.length };
    platform.info(`Uploaded ${unique.length} file(s) as artifact '${name}'.`);
  } catch (e) {
    warn(`Artifact upload of '${name}' failed (${(e as Error).message}).`);
  }
}
