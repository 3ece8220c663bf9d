/**
 * The worker side of mlci's thread pools: the action's entry script calls serveWorker() in a thread started as an mlci
 * worker (workers/entry.ts). Each task's module is loaded in the worker only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { BecomeGate, WorkerTask } from './entry.js';

/** Serve the task this worker was started for, until the parent terminates it. */
export async function serveWorker(): Promise<void> {
  const task = (workerData as { mlciWorker: WorkerTask }).mlciWorker;
  if (task === 'profile') {
    const { serveProfiles } = await import('../detect/profile-pool.js');
    serveProfiles();
    return;
  }
  if (task === 'validate') {
    const { serveValidate } = await import('../contract/pool.js');
    serveValidate();
    return;
  }
  if (task === 'gate') {
    const { serveGate } = await import('../gate/pool.js');
    serveGate(workerData as Parameters<typeof serveGate>[0]);
    return;
  }
  if (task === 'read') {
    const { serveRead } = await import('../gate/parallel-read.js');
    await serveRead(workerData as Parameters<typeof serveRead>[0]);
    // Load the gate engine now, while the parent joins the tables: this reader is about to judge slices.
    const gate = import('../gate/pool.js');
    gate.catch(() => {}); // a load error surfaces when it is used
    // Parked by the parent (entry.ts): it may become a gate worker. One listener from here on; the jobs that arrive
    // while the gate module loads wait in order.
    const port = parentPort!;
    const early: unknown[] = [];
    let handle: ((job: never) => void) | undefined;
    let loading = false;
    port.on('message', (m: unknown) => {
      if (handle) return handle(m as never);
      if ((m as BecomeGate)?.mlciBecome === 'gate' && early.length === 0 && !loading) {
        loading = true;
        void gate.then(({ gateJobHandler }) => {
          handle = gateJobHandler((m as BecomeGate).init as Parameters<typeof gateJobHandler>[0]);
          for (const job of early.splice(0)) handle(job as never);
        });
        return;
      }
      early.push(m);
    });
    return;
  }
  throw new Error(`unknown mlci worker task ${JSON.stringify(task)}`);
}
