/**
 * Worker threads that run mlci's own code (readers, profilers), not just a function's source text.
 *
 * An action is one ncc bundle, and a separate worker file would not be bundled (ncc copies `new URL('./w.js')` as a
 * plain asset, without its imports). So the action's entry script doubles as its worker entry: on the main thread,
 * index.ts calls `setWorkerEntry(import.meta.url)`; in a thread started as an mlci worker it calls `serveWorker()`
 * (workers/serve.ts) instead of running the action. This module imports none of the tasks, so the pools that use it
 * form no import cycle with the dispatcher. Without an entry (unit tests on the sources) the work stays on the calling thread,
 * with the same results.
 */
import { isMainThread, workerData, type Worker } from 'node:worker_threads';
import { UserError, isUserError } from '../errors.js';

/** The tasks a worker can serve; each loads its module in the worker only. */
export type WorkerTask = 'profile' | 'gate' | 'read' | 'validate';

let entry: URL | undefined;

/** A number the thread pools read from the environment (MLCI_GATE_THREADS, ...): undefined when unset, not a number or below `min`. */
export function envNumber(name: string, min = 0): number | undefined {
  const v = process.env[name];
  const n = v === undefined || v === '' ? NaN : Number(v);
  return Number.isFinite(n) && n >= min ? n : undefined;
}

/** Record the script that starts workers (the action's bundled index.js). */
export function setWorkerEntry(url: string | URL): void {
  entry = new URL(url);
}

/** The worker entry, or undefined when none was set. */
export function workerEntry(): URL | undefined {
  return entry;
}

/** What a Worker is started with, to be recognised by isMlciWorker. */
export function workerDataFor(task: WorkerTask): { mlciWorker: WorkerTask } {
  return { mlciWorker: task };
}

/** True in a thread started for an mlci task: the entry script must call serveWorker() and nothing else. */
export function isMlciWorker(): boolean {
  return !isMainThread && typeof (workerData as { mlciWorker?: unknown } | null)?.mlciWorker === 'string';
}

/** An error as it crosses threads: a UserError keeps its file and line, anything else its stack. */
export interface SentError {
  name: string;
  message: string;
  stack?: string;
  file?: string;
  line?: number;
}

export function sendableError(e: unknown): SentError {
  if (isUserError(e)) return { name: 'UserError', message: e.message, file: e.file, line: e.line };
  const err = e instanceof Error ? e : new Error(String(e));
  return { name: err.name, message: err.message, stack: err.stack };
}

export function receivedError(s: SentError): Error {
  if (s.name === 'UserError') return new UserError(s.message, { file: s.file, line: s.line });
  const err = new Error(s.message);
  err.name = s.name;
  if (s.stack) err.stack = `${s.stack}\n    (in a worker thread)`;
  return err;
}

/**
 * Idle workers kept for the next task of this run. The gate's reader thread, once it has parsed the baseline, is
 * parked here and becomes a gate worker (gate/pool.ts) instead of a new thread being started, which costs ~0.1 s of
 * a core to load the bundle again. A parked worker is unref'd, so it never keeps the process alive; whoever starts
 * the run calls {@link releaseParkedWorkers} when it is done.
 */
const parked: Worker[] = [];

/** Park a worker; the caller has removed its own listeners (never removeAllListeners: Node's own hooks go too). */
export function parkWorker(w: Worker): void {
  w.unref();
  parked.push(w);
}

/** A parked worker (ref'd again), or undefined. */
export function takeParkedWorker(): Worker | undefined {
  const w = parked.pop();
  w?.ref();
  return w;
}

export async function releaseParkedWorkers(): Promise<void> {
  const all = parked.splice(0);
  await Promise.all(all.map((w) => w.terminate()));
}

/** A parked worker's next task: the gate pool (gate/pool.ts) sends this, then its jobs (workers/serve.ts). */
export interface BecomeGate {
  mlciBecome: 'gate';
  init: { data: unknown; policyText: string; policyPath: string };
}
