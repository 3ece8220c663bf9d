#!/usr/bin/env node
// `npm run bench`: every benchmark in turn (each prints measured ratios against its named peers).
// Pass --quick for smaller sizes while developing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const suites = [
  ['startup.mjs', quick ? ['--runs', '5'] : []],
  ['gate.mjs', quick ? ['--rows', '100000'] : ['--big']],
  // Binary, regression, multiclass and ranking gates in one run: non-binary times as ratios of the binary one.
  ['gate-tasks.mjs', quick ? ['--rows', '100000'] : []],
  ['detect.mjs', quick ? ['--scale', '0.05'] : []],
  ['drift-calibration.mjs', quick ? ['--runs', '60'] : ['--runs', '400']],
  ['validate.mjs', quick ? ['--rows', '200000'] : []],
  ['train.mjs', []],
];
let failed = 0;
for (const [file, extra] of suites) {
  if (!existsSync(join(here, file))) continue;
  const r = spawnSync(process.execPath, [join(here, file), ...extra], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
