import { inputsAreValid } from '@mlci/github/preflight';
import { inputs } from './inputs.js';

// Inputs first (fast fail on a typo), then the action: main.ts and everything it loads is a separate chunk.
if (inputsAreValid('validate-data', inputs)) {
  const { run } = await import('./main.js');
  await run();
}
