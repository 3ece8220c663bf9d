/**
 * Profiles of several tabular files (a sharded table: part-0000.csv, part-0001.csv, ...) on every core: this thread
 * and worker threads each profile whole files, largest first. A file's profile is computed by the same code
 * (profileFile) whichever thread takes it, so the result is the same, bit for bit, as profiling them one after
 * another; the tests compare the two. One file is never split: a single large file is profiled on one thread.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import type { TableProfile } from '../drift/summary.js';
import { receivedError, sendableError, workerDataFor, workerEntry, type SentError } from '../workers/entry.js';
import { profileFile } from './profile.js';

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

type Reply = { id: number; profile: TableProfile } | { id: number; error: SentError };

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
export async function profileFiles(jobs: readonly ProfileJob[], opts: { threads?: number } = {}): Promise<ProfiledFiles> {
  const entry = workerEntry();
  const total = jobs.reduce((s, j) => s + j.size, 0);
  const workerCount = Math.min((opts.threads ?? availableParallelism()) - 1, jobs.length - 1);
  const results: Array<TableProfile | undefined> = new Array(jobs.length);
  const errors: Array<Error | undefined> = new Array(jobs.length);
  if (!entry || workerCount < 1 || total < minBytes()) {
    for (let i = 0; i < jobs.length; i++) results[i] = await profileFile(jobs[i].path, jobs[i].label);
    return { profiles: results as TableProfile[], threads: 1 };
  }

  const queue = jobs.map((_, i) => i).sort((a, b) => jobs[b].size - jobs[a].size || a - b);
  const workers: Worker[] = [];
  const onMain = async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      try {
        results[i] = await profileFile(jobs[i].path, jobs[i].label);
      } catch (e) {
        errors[i] = e as Error;
      }
    }
  };
  const onWorker = (w: Worker) =>
    new Promise<void>((resolve, reject) => {
      let current: number | undefined;
      const next = () => {
        current = queue.shift();
        if (current === undefined) return resolve();
        w.postMessage({ id: current, path: jobs[current].path, label: jobs[current].label });
      };
      w.on('message', (m: Reply) => {
        if ('profile' in m) results[m.id] = m.profile;
        else errors[m.id] = receivedError(m.error);
        next();
      });
      w.on('error', reject);
      w.on('exit', (code) => {
        if (current !== undefined) reject(new Error(`a profile worker exited (code ${code}) while profiling ${jobs[current].path}`));
      });
      next();
    });
  try {
    const runs: Array<Promise<void>> = [];
    for (let k = 0; k < workerCount; k++) {
      const w = new Worker(entry, { workerData: workerDataFor('profile') });
      workers.push(w);
      runs.push(onWorker(w));
    }
    // This thread takes files too, from the same queue, while the workers start.
    runs.push(onMain());
    await Promise.all(runs);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const firstError = errors.find((e) => e !== undefined);
  if (firstError) throw firstError;
  return { profiles: results as TableProfile[], threads: workerCount + 1 };
}

/** The worker side: profile each file the parent sends, one at a time. */
export function serveProfiles(): void {
  const port = parentPort!;
  port.on('message', async (job: { id: number; path: string; label: string }) => {
    let reply: Reply;
    try {
      reply = { id: job.id, profile: await profileFile(job.path, job.label) };
    } catch (e) {
      reply = { id: job.id, error: sendableError(e) };
    }
    port.postMessage(reply);
  });
}
