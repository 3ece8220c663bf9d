/**
 * Read a table on a worker thread, so the gate parses its two input files at once (the candidate on this thread, the
 * baseline on a worker). The worker runs the same `readTable`, so the table is the same; its columns come back
 * transferred, not copied. Without a worker entry (unit tests on the sources), or for a small file, it is read here.
 */
import { statSync } from 'node:fs';
import { parentPort, Worker } from 'node:worker_threads';
import { readTable, type ReadOptions, type Table } from '../io/index.js';
import { parkWorker, receivedError, sendableError, workerDataFor, workerEntry, type SentError } from '../workers/entry.js';

/** Smaller files are read on this thread (a worker costs ~0.1 s to start); MLCI_READ_MIN_BYTES overrides. */
const DEFAULT_MIN_BYTES = 8 * 1024 * 1024;

function minBytes(): number {
  const v = process.env.MLCI_READ_MIN_BYTES;
  const n = v === undefined || v === '' ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_MIN_BYTES;
}

function size(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // readTable reports the missing file with its own message
  }
}

type Reply = { table: Table } | { error: SentError };

export async function readTableOffThread(path: string, opts: ReadOptions): Promise<Table> {
  const entry = workerEntry();
  if (!entry || size(path) < minBytes()) return readTable(path, opts);
  const w = new Worker(entry, { workerData: { ...workerDataFor('read'), path, opts } });
  let ok = false;
  let onError: (e: Error) => void = () => {};
  let onExit: (code: number) => void = () => {};
  try {
    const reply = await new Promise<Reply>((resolve, reject) => {
      onError = reject;
      onExit = (code) => reject(new Error(`the reader thread for ${path} exited (code ${code}) before answering`));
      w.once('message', resolve);
      w.on('error', onError);
      w.on('exit', onExit);
    });
    if ('error' in reply) throw receivedError(reply.error);
    ok = true;
    return reply.table;
  } finally {
    w.off('error', onError);
    w.off('exit', onExit);
    // A reader that answered is kept for the gate's pool (it becomes a gate worker: workers/serve.ts).
    if (ok) parkWorker(w);
    else await w.terminate();
  }
}

/** Every typed array's buffer in a table, to transfer instead of copying. */
function buffers(t: Table): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const c of t.columns.values()) out.add((c.kind === 'number' ? c.values : c.codes).buffer as ArrayBuffer);
  for (const v of Object.values(t)) if (ArrayBuffer.isView(v)) out.add(v.buffer as ArrayBuffer);
  return [...out].filter((b) => b instanceof ArrayBuffer);
}

/** The worker side: read the one file it was started for and answer (serve.ts then waits for a next task). */
export async function serveRead(init: { path: string; opts: ReadOptions }): Promise<void> {
  const port = parentPort!;
  try {
    const table = await readTable(init.path, init.opts);
    port.postMessage({ table } satisfies Reply, buffers(table));
  } catch (e) {
    port.postMessage({ error: sendableError(e) } satisfies Reply);
  }
}
