#!/usr/bin/env node
// Quickstart: run the committed evaluate-gate bundle on the bundled example exactly as the Actions runner would
// (INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, a pull_request-free event), then print what a reviewer sees.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'mlci-example-'));
const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), GITHUB_EVENT_PATH: join(dir, 'event.json') };
for (const f of Object.values(files)) writeFileSync(f, '');
writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'example/mlci-demo', default_branch: 'main' } }));
const scenario = process.argv[2] ?? 'gate';
const env = {
  ...process.env,
  ...files,
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_REPOSITORY: 'example/mlci-demo',
  GITHUB_WORKSPACE: root,
  // The report goes to a temporary folder: the action writes only inside the workspace and RUNNER_TEMP.
  RUNNER_TEMP: dir,
  GITHUB_API_URL: 'http://127.0.0.1:9',
  INPUT_CANDIDATE: `examples/${scenario}/candidate.csv.gz`,
  INPUT_BASELINE: `examples/${scenario}/baseline.csv.gz`,
  INPUT_POLICY: `examples/${scenario}/policy.yml`,
  'INPUT_REPORT-PATH': join(dir, 'mlci-gate-report.json'),
  INPUT_COMMENT: 'false',
  INPUT_CHECK: 'false',
  'INPUT_CHECK-NAME': 'ML gate',
  'INPUT_FAIL-ON-REGRESSION': 'false',
  'INPUT_GITHUB-TOKEN': '',
};
const t0 = Date.now();
const r = spawnSync(process.execPath, [join(root, 'actions/evaluate-gate/dist/index.js')], { cwd: root, env, encoding: 'utf8' });
const ms = Date.now() - t0;
process.stdout.write(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'));
console.log('\n--- step log ---\n' + r.stdout + r.stderr);
console.log('--- outputs ---\n' + readFileSync(files.GITHUB_OUTPUT, 'utf8').replace(/<<ghadelimiter_[\w-]+\n/g, '=').replace(/\nghadelimiter_[\w-]+/g, ''));
console.log(`report: ${env['INPUT_REPORT-PATH']}  (exit ${r.status}, ${ms} ms)`);
console.log(`html report (open in a browser): ${join(dir, 'mlci-gate-report.html')}`);
process.exit(r.status ?? 1);
