#!/usr/bin/env node
// Drift calibration, the many-run version of packages/core/test/drift/calibration.test.ts: for every shape and pair of
// sizes, the share of runs a column is flagged with no change (target <= 0.05 within Monte-Carlo error) and with the
// shift a team would act on (power), through the profiler and compareColumn detect-data-change uses.
// usage: node scripts/bench/drift-calibration.mjs [--runs 400] [--big] [--big-runs 20]
//   Sizes 1,000/1,000, 5,000/1,200 and 200,000/150,000 rows, plus the wide shapes (20,000 categories) at any --runs;
//   --big adds 10M rows per side (slow), with --big-runs runs there (default: --runs).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { args } from './lib.mjs';

const a = args();
const runs = Number(a.runs ?? 400);
const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const table = join(tmpdir(), `mlci-drift-calibration-${process.pid}.md`);
console.log(`\n# drift calibration: ${runs} runs per shape and size with no change, ${Math.max(8, Math.round(runs / 4))} with the shift` +
  (a.big ? ` (10M rows a side: ${Math.min(runs, Number(a['big-runs'] ?? runs))} and ${Math.min(Math.max(8, Math.round(runs / 4)), Number(a['big-runs'] ?? runs))})` : ''));
const r = spawnSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', join(root, 'node_modules/jest/bin/jest.js'), '--maxWorkers=1', 'packages/core/test/drift/calibration.test.ts'], {
  cwd: root,
  env: { ...process.env, MLCI_DRIFT_RUNS: String(runs), MLCI_DRIFT_TABLE: table, MLCI_DRIFT_LARGE: '1', MLCI_DRIFT_BIG: a.big ? '1' : '', MLCI_DRIFT_BIG_RUNS: String(a['big-runs'] ?? runs) },
  encoding: 'utf8',
});
try {
  console.log(readFileSync(table, 'utf8'));
  rmSync(table, { force: true });
  rmSync(`${table}.partial`, { force: true });
} catch {
  console.log('(no table written)');
}
const failedTests = (r.stderr.match(/✕ .*/g) ?? []).join('\n');
if (failedTests) console.log(`out of target:\n${failedTests}`);
console.log(r.status === 0 ? '  PASS  every shape within target' : '  FAIL  see above');
process.exit(r.status === 0 ? 0 : 1);
