/**
 * Profiles of tabular files on every core: this thread and worker threads each take tasks, largest first. A task is a
 * whole file, or — for a plain CSV/TSV larger than the range size — one range of it, cut at row boundaries
 * (io/split.ts); the ranges' profile states are merged in file order. The tasks depend only on the files and the range
 * size, and each is computed by the same code whichever thread takes it, so the result is the same, bit for bit, for
 * any number of threads; the tests compare them.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import type { TableProfile } from '../drift/summary.js';
import { isUserError } from '../errors.js';
import { lineAt, rangesForWorkers } from '../io/split.js';
import { receivedError, sendableError, workerDataFor, workerEntry, type SentError } from '../workers/entry.js';
import { profileFile, profileRange, TableProfiler, type ProfilerState, type RangeJob } from './profile.js';

export interface ProfileJob {
  /** Absolute path. */
  path: string;
  /** Who the file is in error messages ("data" gives "data file <path>, line 7: ..."). */
  label: string;
  /** Bytes, to start the largest first and to decide whether workers pay off. */
  size: number;
}

/**
 * Below this many bytes in all, the files are profiled on this thread: a worker costs ~0.1 s to start and load the
 * readers. MLCI_WORKER_MIN_BYTES overrides it (the tests set 0 to compare both paths on small files).
 */
const DEFAULT_MIN_BYTES = 32 * 1024 * 1024;

function minBytes(): number {
  const v = process.env.MLCI_WORKER_MIN_BYTES;
  const n = v === undefined || v === '' ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_MIN_BYTES;
}

/**
 * A CSV/TSV larger than this is profiled in ranges of about this many bytes (64 MiB: a second or so of parsing, and a
 * 65,536-value sample per numeric column per range, merged). MLCI_PROFILE_RANGE_BYTES overrides it (tests).
 */
const DEFAULT_RANGE_BYTES = 64 * 1024 * 1024;

function rangeBytes(): number {
  const v = process.env.MLCI_PROFILE_RANGE_BYTES;
  const n = v === undefined || v === '' ? NaN : Number(v);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_RANGE_BYTES;
}

type Task = { kind: 'file'; path: string; label: string } | ({ kind: 'range' } & RangeJob);
type Result = { profile: TableProfile } | { state: ProfilerState } | { merged: true };
/** A range state already merged into its file's profiler (profileFiles' settle). */
const MERGED: Result = { merged: true };
type Reply = ({ id: number } & Result) | { id: number; error: SentError };

async function runTask(t: Task, signal?: AbortSignal): Promise<Result> {
  if (t.kind === 'file') return { profile: await profileFile(t.path, t.label, signal) };
  return { state: await profileRange(t, signal) };
}

export interface ProfileOptions {
  /** Threads in all, this one included (default: every core). */
  threads?: number;
  /**
   * Work that holds one core until it settles (detect.ts hashes in a worker meanwhile): one thread fewer profiles
   * until then, and the last worker starts when it settles. The results do not depend on it.
   */
  busy?: Promise<unknown>;
  /** Abandon the profiles: the promise rejects with the signal's reason, the workers are stopped. */
  signal?: AbortSignal;
}

/** The tasks for one file: its ranges when it is a plain CSV/TSV over the range size, else the whole file. */
async function tasksFor(job: ProfileJob, bytes: number): Promise<Task[]> {
  const whole: Task[] = [{ kind: 'file', path: job.path, label: job.label }];
  const split = await rangesForWorkers(job.path, job.size, bytes, job.label);
  if (!split) return whole;
  const { delimiter } = split;
  return split.ranges.map((r, k) => ({ kind: 'range', path: job.path, label: job.label, delimiter, start: r.start, end: r.end, part: k, ...(k > 0 ? { header: split.header } : {}) }));
}

/** A range's error names its line in the range; count the lines before the range (only now) and read it again. */
async function errorOfRange(t: Task, e: Error): Promise<Error> {
  if (t.kind !== 'range' || t.part === 0 || !isUserError(e) || e.line === undefined) return e;
  const firstLine = await lineAt(t.path, t.start, t.delimiter);
  try {
    await profileRange({ ...t, firstLine });
  } catch (again) {
    return again as Error;
  }
  return e;
}

export interface ProfiledFiles {
  /** In the order of the jobs. */
  profiles: TableProfile[];
  /** Threads that profiled: 1, or this one and the workers. */
  threads: number;
}

/**
 * Profile files, results in the order of `jobs`. When several fail, the error of the first in that order is thrown,
 * as a sequential run would.
 */
export async function profileFiles(jobs: readonly ProfileJob[], opts: ProfileOptions = {}): Promise<ProfiledFiles> {
  const signal = opts.signal;
  const entry = workerEntry();
  const total = jobs.reduce((s, j) => s + j.size, 0);
  const bytes = rangeBytes();
  const tasks: Task[] = [];
  const owner: number[] = [];
  for (let i = 0; i < jobs.length; i++) {
    for (const t of await tasksFor(jobs[i], bytes)) {
      tasks.push(t);
      owner.push(i);
    }
  }
  const size = (t: Task, i: number) => (t.kind === 'range' ? t.end - t.start : jobs[owner[i]].size);
  const workerCount = Math.min((opts.threads ?? availableParallelism()) - 1, tasks.length - 1);
  const results: Array<Result | undefined> = new Array(tasks.length);
  const errors: Array<Error | undefined> = new Array(tasks.length);
  // Range states are merged in file order as soon as they can be (each range's state is then dropped): the merge
  // work overlaps the parsing of later ranges instead of following it, and at most the out-of-order states are held.
  const mergers = new Map<number, TableProfiler>();
  let cursor = 0;
  const settle = () => {
    for (; cursor < tasks.length && errors[cursor] === undefined; cursor++) {
      const r = results[cursor];
      if (r === undefined) return;
      const t = tasks[cursor];
      if (!('state' in r) || t.kind !== 'range') continue;
      let m = mergers.get(owner[cursor]);
      if (!m) mergers.set(owner[cursor], (m = new TableProfiler()));
      m.mergeState(r.state, t.part);
      results[cursor] = MERGED;
    }
  };
  let threads = 1;
  if (!entry || workerCount < 1 || total < minBytes()) {
    for (let i = 0; i < tasks.length; i++) {
      try {
        results[i] = await runTask(tasks[i], signal);
      } catch (e) {
        errors[i] = e as Error;
        break;
      }
      settle();
    }
  } else {
    threads = workerCount + 1;
    await runPool(entry, workerCount, tasks, size, results, errors, settle, opts.busy, signal);
  }
  signal?.throwIfAborted();
  settle();
  const failed = errors.findIndex((e) => e !== undefined);
  if (failed >= 0) throw await errorOfRange(tasks[failed], errors[failed]!);
  const profiles: TableProfile[] = [];
  for (let i = 0; i < tasks.length; ) {
    let j = i;
    while (j < tasks.length && owner[j] === owner[i]) j++;
    const r = results[i]!;
    profiles.push('profile' in r ? r.profile : mergers.get(owner[i])!.profile());
    i = j;
  }
  return { profiles, threads };
}

async function runPool(
  entry: URL,
  workerCount: number,
  tasks: readonly Task[],
  size: (t: Task, i: number) => number,
  results: Array<Result | undefined>,
  errors: Array<Error | undefined>,
  settle: () => void,
  busy?: Promise<unknown>,
  signal?: AbortSignal,
): Promise<void> {
  const queue = tasks.map((_, i) => i).sort((a, b) => size(tasks[b], b) - size(tasks[a], a) || a - b);
  const workers: Worker[] = [];
  const onMain = async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      try {
        results[i] = await runTask(tasks[i], signal);
      } catch (e) {
        if (signal?.aborted) return;
        errors[i] = e as Error;
      }
      settle();
    }
  };
  const onWorker = (w: Worker) =>
    new Promise<void>((resolve, reject) => {
      let current: number | undefined;
      const next = () => {
        current = signal?.aborted ? undefined : queue.shift();
        if (current === undefined) return resolve();
        w.postMessage({ id: current, task: tasks[current] });
      };
      w.on('message', (m: Reply) => {
        if ('error' in m) errors[m.id] = receivedError(m.error);
        else results[m.id] = m;
        // The worker's next task first, then the merge: the worker never waits for this thread's merging.
        next();
        settle();
      });
      w.on('error', reject);
      w.on('exit', (code) => {
        if (signal?.aborted) resolve();
        else if (current !== undefined) reject(new Error(`a profile worker exited (code ${code}) while profiling ${tasks[current].path}`));
      });
      next();
    });
  const start = () => {
    const w = new Worker(entry, { workerData: workerDataFor('profile') });
    workers.push(w);
    return onWorker(w);
  };
  const stop = () => {
    queue.length = 0;
    for (const w of workers) void w.terminate();
  };
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const runs: Array<Promise<void>> = [];
    // With `busy`, the last worker waits for it (a core is taken until then); it starts only if work is left.
    const now = busy ? workerCount - 1 : workerCount;
    for (let k = 0; k < now; k++) runs.push(start());
    if (busy) runs.push(busy.then(() => (queue.length > 0 && !signal?.aborted ? start() : undefined), () => (queue.length > 0 && !signal?.aborted ? start() : undefined)));
    // This thread takes tasks too, from the same queue, while the workers start.
    runs.push(onMain());
    await Promise.all(runs);
  } finally {
    signal?.removeEventListener('abort', stop);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The worker side: profile each file or range the parent sends, one at a time. */
export function serveProfiles(): void {
  const port = parentPort!;
  port.on('message', async (job: { id: number; task: Task }) => {
    let reply: Reply;
    try {
      reply = { id: job.id, ...(await runTask(job.task)) };
    } catch (e) {
      reply = { id: job.id, error: sendableError(e) };
    }
    port.postMessage(reply);
  });
}
