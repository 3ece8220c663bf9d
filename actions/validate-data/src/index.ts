import { inputsAreValid } from '@mlci/github/preflight';
import { isMlciWorker, setWorkerEntry } from '@mlci/core/workers/entry';
import { serveWorker } from '@mlci/core/workers/serve';
import { inputs } from './inputs.js';

// This bundle is also the entry of its worker threads (a large CSV is validated in row ranges on every core).
if (isMlciWorker()) {
  await serveWorker();
} else {
  setWorkerEntry(import.meta.url);
  // Inputs first (fast fail on a typo), then the action: main.ts and everything it loads is a separate chunk.
  if (inputsAreValid('validate-data', inputs)) {
    const { run } = await import('./main.js');
    await run();
  }
}
