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
    // Parked by the parent (entry.ts): its first message makes it a gate worker (BecomeGate), then jobs follow. The
    // jobs that arrive while the gate module loads are handled in order: each waits on the same promise.
    let handler: Promise<(job: never) => void> | undefined;
    parentPort!.on('message', (m: unknown) => {
      if (!handler) {
        const { init } = m as BecomeGate;
        handler = gate.then(({ gateJobHandler }) => gateJobHandler(init as Parameters<typeof gateJobHandler>[0]));
      } else {
        void handler.then((handle) => handle(m as never));
      }
    });
    return;
  }
  throw new Error(`unknown mlci worker task ${JSON.stringify(task)}`);
}
