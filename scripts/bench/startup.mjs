#!/usr/bin/env node
// Start-up time of every committed dist on an invalid input (issue #2: median under 300 ms on Node 24 with a clear
// ::error:: line). Prints the median of --runs runs per action, on Node 24 and on the current Node.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { args, root, node24, median, fmtMs } from './lib.mjs';

const INVALID = {
  'evaluate-gate': { candidate: 'c.csv', policy: 'p.yml', 'fail-on-regression': 'maybe' },
  'detect-data-change': { data: 'data/**', 'max-age': 'soon' },
  'train-on-gpu-runner': { command: 'true', 'require-gpu': 'maybe' },
  'request-approval': { mode: 'sometimes' },
};
const runs = Number(args().runs ?? 15);
const dir = mkdtempSync(join(tmpdir(), 'mlci-startup-'));
writeFileSync(join(dir, 'out'), '');
const nodes = [...new Set([node24(), process.execPath])];
let worst = 0;
for (const node of nodes) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`\n# start-up on an invalid input, node ${version}, median of ${runs}`);
  for (const [action, inputs] of Object.entries(INVALID)) {
    const env = { ...process.env, GITHUB_OUTPUT: join(dir, 'out'), GITHUB_API_URL: 'http://127.0.0.1:9' };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const times = [];
    let line = '';
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(node, [join(root, 'actions', action, 'dist', 'index.js')], { env, encoding: 'utf8', cwd: dir });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      line = (r.stdout.split('\n').find((l) => l.startsWith('::error')) ?? `(no ::error:: line; exit ${r.status})`).slice(0, 110);
    }
    const m = median(times);
    if (version.startsWith('v24')) worst = Math.max(worst, m);
    console.log(`${action.padEnd(22)} ${fmtMs(m).padStart(7)}  ${line}`);
  }
}
console.log(`\nslowest median on Node 24: ${fmtMs(worst)} (target < 300 ms) -> ${worst > 0 && worst < 300 ? 'MET' : worst === 0 ? 'n/a' : 'NOT MET'}`);
