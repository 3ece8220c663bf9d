import { constants } from 'node:os';

/** How one attempt of the training command ended. */
export interface AttemptOutcome {
  attempt: number;
  /** Exit code of `bash -c`, or null when it was killed by a signal. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The action's `timeout` ran out and the action stopped the training. */
  timedOut: boolean;
  /** The action itself received this signal (job cancellation) and forwarded it. */
  cancelledBy?: NodeJS.Signals;
  /** The training did not stop within the grace period and was killed with SIGKILL. */
  killedAfterGrace: boolean;
  /** bash could not be started at all (ENOENT, EACCES on the working directory). */
  spawnError?: string;
  durationMs: number;
  /** Last lines of output, for the failure message. */
  tail: string[];
  /**
   * Processes the command left running after it exited (`pid (name)`), found in its process group or by the marker
   * variable in their environment; they were stopped with SIGTERM, then SIGKILL.
   */
  strayProcesses?: string[];
}

export interface RetryPolicy {
  maxAttempts: number;
  /** Exit codes that mean "try again" for this training (e.g. a NCCL timeout the script maps to 75). */
  retryOnExitCodes: readonly number[];
}

export type Verdict =
  | { kind: 'success' }
  | { kind: 'retryable'; reason: string }
  | { kind: 'final'; reason: string };

const SIGNAL_NAMES = new Map<number, NodeJS.Signals>(
  Object.entries(constants.signals).map(([name, num]) => [num, name as NodeJS.Signals]),
);

/**
 * The signal behind an exit code above 128. bash reports a child killed by signal n as exit status 128+n (bash
 * manual, "EXIT STATUS"), and with `pipefail` a pipeline `python train.py | tee log` does the same, so
 * `bash -c` usually exits 137 rather than dying of SIGKILL itself.
 */
export function signalFromExitCode(code: number | null): NodeJS.Signals | undefined {
  if (code === null || code <= 128 || code > 128 + 64) return undefined;
  return SIGNAL_NAMES.get(code - 128);
}

function signalHint(sig: NodeJS.Signals): string {
  if (sig === 'SIGKILL') return ' (the out-of-memory killer, a preempted node or an operator killed it)';
  if (sig === 'SIGTERM') return ' (something on the runner asked it to stop: a preemption notice, an operator)';
  if (sig === 'SIGSEGV' || sig === 'SIGBUS' || sig === 'SIGABRT') return ' (a crash in native code: CUDA, a data loader, a driver fault)';
  return '';
}

/** A one-line account of how an attempt ended. */
export function describeOutcome(o: AttemptOutcome): string {
  if (o.spawnError) return `could not be started: ${o.spawnError}`;
  if (o.cancelledBy) return `was cancelled (the action received ${o.cancelledBy} and forwarded it to the training)${o.killedAfterGrace ? ', then killed with SIGKILL after the grace period' : ''}`;
  if (o.timedOut) return `timed out and was stopped with SIGTERM${o.killedAfterGrace ? ', then SIGKILL after the grace period' : ''}`;
  if (o.signal) return `was killed by ${o.signal}${signalHint(o.signal)}`;
  const sig = signalFromExitCode(o.exitCode);
  if (sig) return `exited with code ${o.exitCode}: a process in the command was killed by ${sig}${signalHint(sig)}`;
  return o.exitCode === 0 ? 'succeeded' : `exited with code ${o.exitCode}`;
}

/**
 * Whether an attempt succeeded, may be retried, or ends the run.
 * Retryable: killed by a signal (directly, or as exit 128+n), or an exit code in `retryOnExitCodes`.
 * Never retried: a timeout (the budget is spent), a cancellation (the job is going away), a failure to start.
 */
export function judgeAttempt(o: AttemptOutcome, policy: RetryPolicy): Verdict {
  const reason = describeOutcome(o);
  if (o.spawnError || o.cancelledBy || o.timedOut) return { kind: 'final', reason };
  if (o.signal) return { kind: 'retryable', reason };
  if (o.exitCode === 0) return { kind: 'success' };
  if (o.exitCode !== null && policy.retryOnExitCodes.includes(o.exitCode)) return { kind: 'retryable', reason };
  if (signalFromExitCode(o.exitCode)) return { kind: 'retryable', reason };
  return { kind: 'final', reason };
}

/** Whether another attempt should start after `o`. */
export function shouldRetry(o: AttemptOutcome, policy: RetryPolicy): boolean {
  return judgeAttempt(o, policy).kind === 'retryable' && o.attempt < policy.maxAttempts;
}
