/**
 * A table's files validated on every core: worker threads take parts (contract/part.ts), largest file first, and
 * this thread adds their results up. A part is a whole file, or — for a plain CSV/TSV larger than the range size — one range of it, cut
 * at row boundaries by the same splitter as detect's profiles (io/split.ts). Results are handed to the caller in part
 * order, each as soon as the parts before it are in, so few are held at once. The parts depend only on the files
 * and the range size, and each is read by the same code whichever thread takes it, so the report is the same bytes
 * for any number of threads; the tests compare them.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import { isUserError } from '../errors.js';
import { detectFormat } from '../io/format.js';
import { guessRows, lineAt, rangesForWorkers, type RowRanges } from '../io/split.js';
import { envNumber, receivedError, sendableError, workerDataFor, workerEntry, type SentError } from '../workers/entry.js';
import { KEY_BUCKETS, KeySet } from './keys.js';
import { validatePart, type KeyLog, type PartResult, type PartTask } from './part.js';

/**
 * Below this many bytes in all, a table is read on this thread: a worker costs ~0.1 s to start and load the bundle.
 * MLCI_WORKER_MIN_BYTES overrides it (the tests set 0 to compare both paths on small files).
 */
const DEFAULT_MIN_BYTES = 32 * 1024 * 1024;

/**
 * A CSV/TSV larger than this is read in ranges of about this many bytes (16 MiB: a quarter second of parsing; 1 GB
 * gives 60 parts, which two or more threads share evenly, and a part's state in flight stays a few MB).
 * MLCI_VALIDATE_RANGE_BYTES overrides it (tests).
 */
const DEFAULT_RANGE_BYTES = 16 * 1024 * 1024;
/**
 * Young generation of each validate worker. Its batches are short-lived garbage; V8 in Node 24 lets the young
 * generation grow far beyond Node 20's by default, which at 10,000,000 rows put the peak RSS at ~590 MB instead of
 * ~430 MB (Node 20). 16 MB: at 10M rows on two threads 473–487 MB peak and the fastest (24 MB: 491–497 MB, same time;
 * 8 MB: 514–524 MB and 10% slower, as more batches live long enough to be promoted; scripts/bench/validate.mjs).
 */
const YOUNG_GENERATION_MB = 16;

/** A whole-number setting from the environment (workers/entry.ts envNumber, rounded down). */
function envWhole(name: string, min: number): number | undefined {
  const n = envNumber(name, min);
  return n === undefined ? undefined : Math.floor(n);
}

/** Parts a worker holds at once (the one it reads and the next ones, see runParts); a 16 MiB part takes ~0.1 s. */
const HELD_PARTS = 4;

/** Threads to validate on: MLCI_VALIDATE_THREADS, else every core. */
export function validateThreads(): number {
  return envWhole('MLCI_VALIDATE_THREADS', 1) ?? availableParallelism();
}

export interface FileJob {
  path: string;
  shown: string;
  label: string;
  size: number;
}

/**
 * The parts of one file: its ranges when it is a plain CSV/TSV over the range size, else the whole file. `guess`:
 * the ranges guessed without reading the file (io/split.ts guessRows), right when no range holds a quote — the
 * parts then say so (PartResult.quoted) and the caller asks again without guessing. Either way the same ranges for
 * a file without quotes, so the same report bytes.
 */
export async function partsOf(job: FileJob, base: Omit<PartTask, 'path' | 'shown' | 'label' | 'range'>, guess = false): Promise<PartTask[]> {
  const bytes = envWhole('MLCI_VALIDATE_RANGE_BYTES', 1) ?? DEFAULT_RANGE_BYTES;
  const whole: PartTask[] = [{ ...base, path: job.path, shown: job.shown, label: job.label }];
  const guessed = guess ? guessRanges(job, bytes) : undefined;
  const split = guessed ?? (await rangesForWorkers(job.path, job.size, bytes, job.label));
  if (!split) return whole;
  const { delimiter } = split;
  return split.ranges.map((r, k) => ({
    ...base,
    path: job.path,
    shown: job.shown,
    label: job.label,
    range: { start: r.start, end: r.end, delimiter, part: k, ...(k > 0 ? { header: split.header } : {}), ...(guessed ? { guessed: true } : {}) },
  }));
}

function guessRanges(job: FileJob, bytes: number): (RowRanges & { delimiter: number }) | undefined {
  const { format, gzip } = detectFormat(job.path);
  if (gzip || (format !== 'csv' && format !== 'tsv')) return undefined;
  const delimiter = format === 'tsv' ? 9 : 44;
  try {
    const g = guessRows(job.path, job.size, delimiter, bytes, job.label);
    return g && { ...g, delimiter };
  } catch {
    // Unreadable, a bad header: the exact split and the reader word it.
    return undefined;
  }
}

/** A range's error names its line in the range; count the lines before the range (only now) and read it again. */
async function errorOfPart(t: PartTask, e: Error): Promise<Error> {
  const r = t.range;
  if (!r || r.part === 0 || !isUserError(e) || e.line === undefined) return e;
  const firstLine = await lineAt(t.path, r.start, r.delimiter);
  try {
    await validatePart({ ...t, range: { ...r, firstLine } });
  } catch (again) {
    return again as Error;
  }
  return e;
}

type Reply = { id: number; result: PartResult } | { id: number; error: SentError };
interface MergeJob {
  merge: { logs: KeyLog[]; from: number; to: number };
}
type MergeReply = { dups: Uint32Array[]; size: number } | { error: SentError };

/**
 * The last KeySet.addLogs of a key's logs, split among the workers by bucket (a key's bucket is its hash's top
 * byte, so no duplicate spans two workers): buckets in contiguous shares of about equal keys, the logs read from
 * shared memory (Log.take). The same duplicates, per log and ascending, and the same count as one thread's call.
 */
export async function mergeOnWorkers(workers: readonly Worker[], logs: KeyLog[]): Promise<{ dups: Uint32Array[]; size: number }> {
  const perBucket = new Float64Array(KEY_BUCKETS);
  let total = 0;
  for (const g of logs) for (let b = 0; b < KEY_BUCKETS; b++) perBucket[b] += g.starts[b + 1] - g.starts[b];
  for (const c of perBucket) total += c;
  const shares: Array<[number, number]> = [];
  let from = 0;
  let sum = 0;
  for (let b = 0; b < KEY_BUCKETS && shares.length < workers.length - 1; b++) {
    sum += perBucket[b];
    if (sum >= (total * (shares.length + 1)) / workers.length) {
      shares.push([from, b + 1]);
      from = b + 1;
    }
  }
  shares.push([from, KEY_BUCKETS]);
  const replies = await Promise.all(
    shares.map(
      ([lo, hi], k) =>
        new Promise<{ dups: Uint32Array[]; size: number }>((resolve, reject) => {
          const w = workers[k];
          const onError = (e: Error) => reject(e);
          w.once('error', onError);
          w.once('message', (m: MergeReply) => {
            w.off('error', onError);
            if ('error' in m) reject(receivedError(m.error));
            else resolve(m);
          });
          w.postMessage({ merge: { logs, from: lo, to: hi } } satisfies MergeJob);
        }),
    ),
  );
  const dups = logs.map((_, k) => {
    const parts = replies.map((r) => r.dups[k]);
    const all = new Uint32Array(parts.reduce((s, d) => s + d.length, 0));
    let at = 0;
    for (const d of parts) {
      all.set(d, at);
      at += d.length;
    }
    return all.sort();
  });
  return { dups, size: replies.reduce((s, r) => s + r.size, 0) };
}

/**
 * Read the parts and hand each result to `take`, in part order, on this thread. Stops at the first part (in that
 * order) that fails, or whose `take` throws, and throws that error, as a one-thread run would.
 */
export async function runParts(
  tasks: readonly PartTask[],
  sizes: readonly number[],
  take: (i: number, r: PartResult) => void,
  opts: { threads?: number; started?: Worker[]; finish?: (workers: readonly Worker[]) => Promise<void> } = {},
): Promise<{ threads: number }> {
  const total = sizes.reduce((s, x) => s + x, 0);
  const started = opts.started ?? [];
  // As many workers as threads: this thread only adds the results up (the key set, in order). Parsing here too was
  // ~4% faster, but this thread's young generation cannot be capped as the workers' is (YOUNG_GENERATION_MB), and on
  // Node 24 it put the 10,000,000-row peak at ~500–600 MB instead of ~450 MB.
  const workerCount = Math.min(opts.threads ?? validateThreads(), tasks.length);
  const entry = workerEntryFor(total, workerCount);
  if (entry === undefined) {
    await Promise.all(started.map((w) => w.terminate()));
    for (let i = 0; i < tasks.length; i++) {
      let r: PartResult;
      try {
        r = await validatePart(tasks[i]);
      } catch (e) {
        throw await errorOfPart(tasks[i], e as Error);
      }
      take(i, r);
    }
    await opts.finish?.([]);
    return { threads: 1 };
  }
  const results: Array<PartResult | undefined> = new Array(tasks.length);
  const errors: Array<Error | undefined> = new Array(tasks.length);
  let next = 0;
  let failed: { i: number; error: Error } | undefined;
  // Largest file first; the ranges of a file in order, so each result can be added up soon after it comes in.
  const fileBytes = new Map<string, number>();
  tasks.forEach((t, i) => fileBytes.set(t.path, (fileBytes.get(t.path) ?? 0) + sizes[i]));
  const queue = tasks.map((_, i) => i).sort((a, b) => fileBytes.get(tasks[b].path)! - fileBytes.get(tasks[a].path)! || a - b);
  /** Hand over the results that are next in order. */
  const drain = () => {
    while (failed === undefined && next < tasks.length) {
      if (errors[next]) {
        failed = { i: next, error: errors[next]! };
        break;
      }
      const r = results[next];
      if (r === undefined) return;
      results[next] = undefined;
      try {
        take(next, r);
      } catch (e) {
        failed = { i: -1, error: e as Error };
        break;
      }
      next++;
    }
    if (failed) queue.length = 0;
  };
  const workers: Worker[] = [];

  // Each worker holds HELD_PARTS parts: the next ones wait in the worker, so it never idles while this thread adds
  // results up — which takes a while at a quantile sample's halving (64 sorted blocks of 65,536 values, ~0.06 s,
  // while messages wait; one sort of 4 million took ~0.2 s): with two held, both workers stood idle through it.
  const onWorker = (w: Worker) =>
    new Promise<void>((resolve, reject) => {
      const held: number[] = [];
      const send = () => {
        // Near the end, two: parts queued in one worker while another has none would leave a core idle at the end.
        while (held.length < (queue.length > 2 * workerCount ? HELD_PARTS : 2)) {
          const i = queue.shift();
          if (i === undefined) break;
          held.push(i);
          w.postMessage({ id: i, task: tasks[i] });
        }
        if (held.length === 0) {
          // Its parts are done: the worker is free for opts.finish.
          w.off('message', onMessage);
          resolve();
        }
      };
      const onMessage = (m: Reply) => {
        held.splice(held.indexOf(m.id), 1);
        if ('error' in m) errors[m.id] = receivedError(m.error);
        else results[m.id] = m.result;
        // The worker's next part first, then the adding up here (which may take a while: a quantile sample's
        // halving sorts 4 million values, in blocks), so the worker never waits for it.
        send();
        drain();
      };
      w.on('message', onMessage);
      w.on('error', reject);
      w.on('exit', (code) => {
        if (held.length > 0) reject(new Error(`a validate worker exited (code ${code}) while reading ${tasks[held[0]].path}`));
      });
      send();
    });
  try {
    const runs: Array<Promise<void>> = [];
    // Workers started while the files were being split (startWorkers) first, more if needed, the extra ones ended.
    for (const w of started.splice(workerCount)) await w.terminate();
    for (let k = 0; k < workerCount; k++) {
      const w = started[k] ?? newWorker(entry);
      workers.push(w);
      runs.push(onWorker(w));
    }
    await Promise.all(runs);
    drain();
    if (!failed) await opts.finish?.(workers);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  drain();
  if (failed) throw failed.i >= 0 ? await errorOfPart(tasks[failed.i], failed.error) : failed.error;
  return { threads: workerCount };
}

function newWorker(entry: URL): Worker {
  return new Worker(entry, { workerData: workerDataFor('validate'), resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}

/**
 * Start the workers of a table of `bytes` now, while its files are still being cut into ranges (a worker takes
 * ~70 ms to load what it serves; guessing 700 MB's ranges takes ~1 ms, the exact split, when a quote calls for it,
 * ~0.3 s): none when runParts would read on this thread. Pass them to runParts, which ends any it does not need.
 */
export function startWorkers(bytes: number, threads = validateThreads()): Worker[] {
  const entry = workerEntryFor(bytes, threads);
  return entry === undefined ? [] : Array.from({ length: threads }, () => newWorker(entry));
}

/** The worker entry when `bytes` in all are read on `threads` workers; undefined when they are read on this thread. */
function workerEntryFor(bytes: number, threads: number): URL | undefined {
  const minBytes = envWhole('MLCI_WORKER_MIN_BYTES', 0) ?? DEFAULT_MIN_BYTES;
  return threads >= 2 && bytes >= minBytes ? workerEntry() : undefined;
}

/** The worker side: read each part the parent sends, one at a time; the key hashes move rather than copy. */
export function serveValidate(): void {
  const port = parentPort!;
  // One part at a time, in the order they came.
  let last: Promise<void> = Promise.resolve();
  port.on('message', (job: { id: number; task: PartTask } | MergeJob) => {
    last = last.then(() => ('merge' in job ? serveMerge(job) : serve(job)));
  });
  const serveMerge = (job: MergeJob) => {
    let reply: MergeReply;
    const transfer: ArrayBuffer[] = [];
    try {
      const set = new KeySet(Infinity, () => '');
      const dups = set.addLogs(job.merge.logs, false, job.merge.from, job.merge.to);
      for (const d of dups) transfer.push(d.buffer as ArrayBuffer);
      reply = { dups, size: set.size };
    } catch (e) {
      reply = { error: sendableError(e) };
    }
    port.postMessage(reply, transfer);
  };
  const serve = async (job: { id: number; task: PartTask }) => {
    let reply: Reply;
    const transfer: ArrayBuffer[] = [];
    try {
      const result = await validatePart(job.task);
      // The hashes are in shared memory (Log.take); the bucket starts move.
      for (const k of result.keys) transfer.push(k.starts.buffer as ArrayBuffer);
      for (const c of result.columns) if (c.sample) transfer.push(c.sample.values.buffer as ArrayBuffer);
      reply = { id: job.id, result };
    } catch (e) {
      reply = { id: job.id, error: sendableError(e) };
    }
    port.postMessage(reply, transfer);
  };
}
