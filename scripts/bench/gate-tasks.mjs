#!/usr/bin/env node
// evaluate-gate on all four task types in one run (issue: non-binary gates as fast as binary): the committed dist on
// 1,000,000 rows, 1,000 bootstrap replicates, one slice column (region); each non-binary time as a ratio of the
// binary gate's (target ≤ 3×, peak RSS < 600 MB), and numpy/scikit-learn peers (scripts/bench/tasks_peer.py) on the
// same files.
// usage: node scripts/bench/gate-tasks.mjs [--rows 1000000] [--bootstrap 1000] [--no-peer] [--peer-bootstrap B]
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { args, benchDir, sharedBench, ensureDir, runDist, timeCommand, fmtMs } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const a = args();
const rows = Number(a.rows ?? 1_000_000);
const B = Number(a.bootstrap ?? 1000);
const peerB = Number(a['peer-bootstrap'] ?? B);

const TASKS = {
  binary: { policy: ['task: binary-classification', 'metrics:', '  auc: { max-regression: 0.01 }', '  accuracy: { max-regression: 0.01 }'] },
  regression: { policy: ['task: regression', 'metrics:', '  rmse: { max-regression: 0.05 }', '  r2: { max-regression: 0.01 }'] },
  multiclass: {
    policy: ['task: multiclass', 'columns: { scores: [p_0, p_1, p_2, p_3, p_4] }', 'metrics:', '  accuracy: { max-regression: 0.01 }', '  macro-f1: { max-regression: 0.01 }'],
  },
  // 20 documents per query: 1,000,000 rows = 50,000 queries; min-support counts queries.
  ranking: { policy: ['task: ranking', 'metrics:', '  ndcg@10: { max-regression: 0.01 }', '  map: { max-regression: 0.01 }'] },
};

function dataset(task) {
  const dir = ensureDir(join(benchDir, `${task}-${rows}`));
  if (!existsSync(join(dir, 'baseline.csv'))) {
    console.log(`generating ${rows} ${task} rows in ${dir} ...`);
    const r = task === 'binary'
      ? (sharedBench
        ? spawnSync(process.execPath, [join(sharedBench, 'gen-predictions.mjs'), '--rows', String(rows), '--seed', '7', '--out', dir], { stdio: 'inherit' })
        : { status: 1 })
      : spawnSync(process.execPath, [join(here, 'gen-tasks.mjs'), '--task', task, '--rows', String(rows), '--out', dir], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`generator failed for ${task}${task === 'binary' && !sharedBench ? ' (../shared/bench not found: set MLCI_SHARED_BENCH)' : ''}`);
  }
  writeFileSync(join(dir, 'policy-tasks.yml'), ['version: 1', ...TASKS[task].policy, 'slices: [region]', 'min-support: 1000',
    `significance: { alpha: 0.05, correction: holm, bootstrap: ${B}, seed: 1 }`, ''].join('\n'));
  return dir;
}

function runGate(dir) {
  return runDist('evaluate-gate', {
    candidate: join(dir, 'candidate.csv'), baseline: join(dir, 'baseline.csv'), policy: join(dir, 'policy-tasks.yml'),
    'report-path': join(dir, 'report-tasks.json'), comment: 'false', check: 'false', 'check-name': 'ML gate',
    'fail-on-regression': 'false', 'github-token': '',
  });
}

console.log(`\n# evaluate-gate by task: ${rows.toLocaleString('en-US')} rows, slices [region], ${B} bootstrap replicates`);
const results = {};
for (const task of Object.keys(TASKS)) {
  const dir = dataset(task);
  const r = runGate(dir);
  if (r.status !== 0) {
    console.error(r.stdout.slice(-2000), r.stderr.slice(-2000));
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(join(dir, 'report-tasks.json'), 'utf8'));
  const methods = [...new Set(report.checks.map((c) => `${c.metric}:${c.method}`))].join(', ');
  results[task] = { ...r, dir };
  console.log(`${task.padEnd(10)} mlci ${fmtMs(r.ms).padStart(8)}  peak RSS ${r.rssMb.toFixed(0).padStart(4)} MB  (${report.checks.length} checks; ${methods})`);
}
const bin = results.binary.ms;
let ok = true;
for (const task of ['regression', 'multiclass', 'ranking']) {
  const r = results[task];
  const ratio = r.ms / bin;
  const met = ratio <= 3 && r.rssMb < 600;
  ok &&= met;
  console.log(`${task.padEnd(10)} / binary = ${ratio.toFixed(2)}x (target <= 3x), RSS ${r.rssMb.toFixed(0)} MB (< 600) -> ${met ? 'MET' : 'NOT MET'}`);
}
if (a['no-peer'] !== 'true' && existsSync('/usr/bin/python3')) {
  for (const task of ['regression', 'multiclass', 'ranking']) {
    const p = timeCommand('/usr/bin/python3', [join(here, 'tasks_peer.py'), task, results[task].dir, '--bootstrap', String(peerB), '--seed', '1', '--slices', 'region']);
    if (p.status !== 0) {
      console.log(`! ${task} peer failed: ${p.stderr.slice(-400)}`);
      continue;
    }
    const note = peerB === B ? '' : ` (peer with ${peerB} replicates)`;
    console.log(`${task.padEnd(10)} Python peer tasks_peer.py (pandas+numpy+sklearn): ${fmtMs(p.ms)}, peak RSS ${p.rssMb.toFixed(0)} MB; mlci is ${(p.ms / results[task].ms).toFixed(1)}x faster${note}`);
  }
}
process.exitCode = ok ? 0 : 1;
