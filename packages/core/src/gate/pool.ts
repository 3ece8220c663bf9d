/**
 * The gate on every core: slices are judged on this thread and on worker threads, largest first, from one queue.
 * A slice's checks depend only on the data, the policy and the slice (its key seeds its random streams), so which
 * thread judges it changes nothing: the pending checks are put back in report order and corrected and decided on this
 * thread, and the report is the same, byte for byte, as `evaluateGate` on one thread (the action tests compare them
 * through the committed bundle). The columns go to the workers in SharedArrayBuffers: one copy in memory whatever the
 * number of threads.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import { envNumber, receivedError, sendableError, takeParkedWorker, workerDataFor, workerEntry, type BecomeGate, type SentError } from '../workers/entry.js';
import type { EvalData } from './data.js';
import { parsePolicy, type LoadedPolicy } from './policy.js';
import { evaluateGate, finishGate, judgeSlice, partitionsOf, type GateResult, type PendingCheck } from './evaluate.js';
import { overallSlice, type Slice } from './slices.js';
import { shared, sharedUint32, type SliceCodes } from './shared-arrays.js';

/**
 * Below this many rows × metrics the gate runs on this thread: a worker costs ~0.1 s to start and load the bundle.
 * MLCI_GATE_MIN_WORK overrides it (tests set 0 to compare both paths on the small example).
 */
const DEFAULT_MIN_WORK = 1_500_000;

/**
 * Most rows judged at once across the threads (never less than the largest slice). Judging a slice takes ~30 bytes a
 * row of scratch (DeLong's sort and components), on top of the columns: on a 10,000,000-row set this keeps it near
 * 300 MB (the overall slice alone, or two halves), where the overall slice and a half at once would need 450 MB
 * (more with more cores), and it changes nothing on a million rows. MLCI_GATE_INFLIGHT_ROWS overrides it.
 */
const DEFAULT_INFLIGHT_ROWS = 6_000_000;

/**
 * Move the columns into shared memory, in place. loadEvalData and sliceBy build them there already (nothing is
 * copied); data built otherwise (tests) is copied once and its private arrays become garbage at once.
 */
function shareData(d: EvalData): EvalData {
  for (const c of d.sliceColumns.values()) c.codes = shared<SliceCodes>(c.codes);
  d.label = shared(d.label);
  if (d.label01) d.label01 = shared(d.label01);
  d.candidate = shared(d.candidate);
  if (d.baseline) d.baseline = shared(d.baseline);
  d.candidateClasses = d.candidateClasses?.map(shared);
  d.baselineClasses = d.baselineClasses?.map(shared);
  if (d.query) d.query = shared(d.query);
  return d;
}

/**
 * Up to this many rows, the overall slice's DeLong pass leaves both models' dense score ranks (8 bytes a row) for the
 * other slices to sort by (EvalData.scoreRanks): each slice's sort then reads one 32-bit word per row instead of a
 * double. Above it the memory goes to the 10,000,000-row budget instead. MLCI_GATE_RANK_ROWS overrides.
 */
const DEFAULT_RANK_ROWS = 5_000_000;

function withScoreRanks(d: EvalData, loaded: LoadedPolicy): void {
  if (!d.label01 || !d.baseline || d.scoreRanks || !loaded.metrics.some((m) => m.def.family === 'auc')) return;
  if (d.rows > (envNumber('MLCI_GATE_RANK_ROWS') ?? DEFAULT_RANK_ROWS)) return;
  d.scoreRanks = { a: sharedUint32(d.rows), b: sharedUint32(d.rows), ready: new Int32Array(new SharedArrayBuffer(4)) };
}

/** A slice as it crosses to a worker: its row list is a view of shared memory (sliceBy and overallSlice build them there). */
function sharedSlice(x: Slice): Slice {
  if (x.rows.buffer instanceof SharedArrayBuffer) return x;
  const rows = new Uint32Array(new SharedArrayBuffer(x.rows.length * 4));
  rows.set(x.rows);
  return { ...x, rows };
}

type Job = { id: number; slice: Slice };
type Reply = { id: number; checks: PendingCheck[] } | { id: number; error: SentError };

export interface GateThreads {
  result: GateResult;
  /** Threads that judged slices: 1, or this one and the workers. */
  threads: number;
  /** The slices judged, per partition (overall first, then one list per slice spec), for the HTML report. */
  partitions: Slice[][];
}

/**
 * `evaluateGate` on this thread and `threads − 1` workers (default: every core; MLCI_GATE_THREADS overrides).
 * The overall slice goes to a worker at once, before this thread partitions the rows by the slice specs, and a
 * parked reader thread (parallel-read.ts) is reused before a new worker is started, so no core waits.
 */
export async function evaluateGateOnThreads(data: EvalData, loaded: LoadedPolicy, opts: { threads?: number } = {}): Promise<GateThreads> {
  const entry = workerEntry();
  const threads = opts.threads ?? envNumber('MLCI_GATE_THREADS') ?? availableParallelism();
  const work = data.rows * loaded.metrics.length;
  const overall = overallSlice(data);
  withScoreRanks(data, loaded);
  if (!entry || loaded.text === undefined || threads < 2 || loaded.sliceSpecs.length === 0 || work < (envNumber('MLCI_GATE_MIN_WORK') ?? DEFAULT_MIN_WORK)) {
    const partitions = partitionsOf(data, loaded, overall);
    return { result: evaluateGate(data, loaded, partitions), threads: 1, partitions };
  }
  const sd = shareData(data);
  const jobs: Slice[] = [];
  const results: PendingCheck[][] = [];
  const errors: Array<Error | undefined> = [];
  // Largest slices first, so no thread is left with a big one at the end; a thread takes the largest slice that
  // keeps the rows in flight within the budget, or waits for one to finish, or for this thread to queue more.
  const queue: number[] = [];
  let allQueued = false;
  const size = (i: number) => jobs[i].rows.length;
  const budget = Math.max(data.rows, envNumber('MLCI_GATE_INFLIGHT_ROWS') ?? DEFAULT_INFLIGHT_ROWS);
  let inFlight = 0;
  let waiting: Array<() => void> = [];
  const wake = () => {
    const w = waiting;
    waiting = [];
    for (const f of w) f();
  };
  const enqueue = (slices: Slice[]) => {
    for (const x of slices) {
      jobs.push(sharedSlice(x));
      queue.push(jobs.length - 1);
    }
    queue.sort((a, b) => size(b) - size(a) || a - b);
    wake();
  };
  /** The next job for a thread: its index, 'wait' while none fits the budget, undefined when all are taken. */
  const take = (): number | 'wait' | undefined => {
    if (queue.length === 0) return allQueued ? undefined : 'wait';
    const q = queue.findIndex((i) => inFlight === 0 || inFlight + size(i) <= budget);
    if (q < 0) return 'wait';
    const i = queue.splice(q, 1)[0];
    inFlight += size(i);
    return i;
  };
  const finished = (i: number) => {
    inFlight -= size(i);
    wake();
  };
  const workers: Worker[] = [];
  const workerCount = Math.max(1, Math.min(threads - 1, 1 + loaded.sliceSpecs.length * 2));
  // Each worker holds up to PREFETCH jobs, sent before it has started: its port queues them, so it never waits for
  // this thread, which only hands out jobs between its own slices.
  const PREFETCH = 2;
  const onWorker = (w: Worker) =>
    new Promise<void>((resolve, reject) => {
      const held = new Set<number>();
      let asking = false;
      const fill = () => {
        while (held.size < PREFETCH) {
          const i = take();
          if (i === undefined) break;
          if (i === 'wait') {
            if (!asking) {
              asking = true;
              waiting.push(() => {
                asking = false;
                fill();
              });
            }
            return;
          }
          held.add(i);
          w.postMessage({ id: i, slice: jobs[i] } satisfies Job);
        }
        if (held.size === 0) resolve();
      };
      w.on('message', (m: Reply) => {
        held.delete(m.id);
        if ('checks' in m) results[m.id] = m.checks;
        else errors[m.id] = receivedError(m.error);
        finished(m.id);
        fill();
      });
      w.on('error', reject);
      w.on('exit', (code) => {
        const [i] = held;
        if (i !== undefined) reject(new Error(`a gate worker exited (code ${code}) while judging ${jobs[i].key}`));
      });
      fill();
    });
  const onMain = async () => {
    for (let i = take(); i !== undefined; i = take()) {
      if (i === 'wait') {
        await new Promise<void>((r) => waiting.push(r));
        continue;
      }
      try {
        results[i] = judgeSlice(sd, loaded, jobs[i]);
      } catch (e) {
        errors[i] = e as Error;
      }
      finished(i);
      // Let the workers' replies in between slices.
      await new Promise((r) => setImmediate(r));
    }
  };
  let partitions: Slice[][] = [[overall]];
  try {
    const init = { data: sd, policyText: loaded.text, policyPath: loaded.source.path };
    const runs: Array<Promise<void>> = [];
    for (let k = 0; k < workerCount; k++) {
      const parked = takeParkedWorker();
      const w = parked ?? new Worker(entry, { workerData: { ...workerDataFor('gate'), ...init } });
      if (parked) parked.postMessage({ mlciBecome: 'gate', init } satisfies BecomeGate);
      workers.push(w);
      runs.push(onWorker(w));
    }
    // The overall slice goes first, to a worker, while this thread partitions the rows by the slice specs.
    enqueue([overall]);
    partitions = partitionsOf(sd, loaded, overall);
    enqueue(partitions.slice(1).flat());
    // Report order is partition order; job ids were given in that order too (overall first).
    allQueued = true;
    wake();
    runs.push(onMain());
    await Promise.all(runs);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // The first error in report order, as a sequential run would throw.
  const firstError = errors.find((e) => e !== undefined);
  if (firstError) throw firstError;
  return { result: finishGate(results.flat(), sd, loaded), threads: workerCount + 1, partitions };
}

/** Judge the jobs the parent sends, on the shared columns: a worker's message handler (also for a parked reader). */
export function gateJobHandler(init: { data: EvalData; policyText: string; policyPath: string }): (job: Job) => void {
  const port = parentPort!;
  const loaded = parsePolicy(init.policyText, init.policyPath);
  return (job) => {
    let reply: Reply;
    try {
      reply = { id: job.id, checks: judgeSlice(init.data, loaded, job.slice) };
    } catch (e) {
      reply = { id: job.id, error: sendableError(e) };
    }
    port.postMessage(reply);
  };
}

/** The worker side: judge each slice the parent sends, on the shared columns and row lists. */
export function serveGate(init: { data: EvalData; policyText: string; policyPath: string }): void {
  parentPort!.on('message', gateJobHandler(init));
}
