#!/usr/bin/env node
import { isMlciWorker, setWorkerEntry } from '@mlci/core/workers/entry';
import { serveWorker } from '@mlci/core/workers/serve';

// This bundle is also the entry of its worker threads (detect profiles changed tables on every core), as the
// detect-data-change action's bundle is.
if (isMlciWorker()) {
  await serveWorker();
} else {
  setWorkerEntry(import.meta.url);
  const { main } = await import('./cli.js');
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
  });
}
