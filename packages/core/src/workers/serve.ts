/**
 * The worker side of mlci's thread pools: the action's entry script calls serveWorker() in a thread started as an mlci
 * worker (workers/entry.ts). Each task's module is loaded in the worker only.
 */
import { workerData } from 'node:worker_threads';
import type { WorkerTask } from './entry.js';

/** Serve the task this worker was started for, until the parent terminates it. */
export async function serveWorker(): Promise<void> {
  const task = (workerData as { mlciWorker: WorkerTask }).mlciWorker;
  if (task === 'profile') {
    const { serveProfiles } = await import('../detect/profile-pool.js');
    serveProfiles();
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
    return;
  }
  throw new Error(`unknown mlci worker task ${JSON.stringify(task)}`);
}

