import type { InputSpecs } from '@mlci/core';
import { isMlciWorker, setWorkerEntry } from '@mlci/core/workers/entry';

/**
 * The entry of an action whose bundle is also the entry of its worker threads (workers/entry.ts). A worker loads only
 * what it serves; the input checks, the inputs and the action are imported on the main thread, each its own chunk:
 * a worker that loaded the input checks first (and with them the whole core) took ~0.1 s longer to start, time a
 * 1 GB validation waited for. `url`: the entry script's import.meta.url.
 */
export async function actionEntry(
  url: string,
  action: string,
  loadInputs: () => Promise<{ inputs: InputSpecs }>,
  loadMain: () => Promise<{ run(): Promise<void> }>,
): Promise<void> {
  if (isMlciWorker()) {
    const { serveWorker } = await import('@mlci/core/workers/serve');
    await serveWorker();
    return;
  }
  setWorkerEntry(url);
  const [{ inputsAreValid }, { inputs }] = await Promise.all([import('./preflight.js'), loadInputs()]);
  // Inputs first (fast fail on a typo), then the action: main.ts and everything it loads is a separate chunk.
  if (inputsAreValid(action, inputs)) await (await loadMain()).run();
}
