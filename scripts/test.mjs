#!/usr/bin/env node
// `npm test`: typecheck, lint, action-matrix freshness, then every Jest suite (unit, property, runner-faithful).
// Ends with one plain line "N passed, N failed" so any CI reads the result.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const bin = (p) => join(root, 'node_modules', p);
const extra = process.argv.slice(2);

function step(name, args, env = {}) {
  const t0 = Date.now();
  process.stdout.write(`\n=== ${name}\n`);
  const r = spawnSync(node, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  process.stdout.write(`=== ${name}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)}s\n`);
  return r.status === 0;
}

console.log(`mlci npm test on node ${process.version}`);
let ok = true;
if (!extra.length) {
  ok = step('typecheck', [bin('typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']) && ok;
  ok = step('lint', [bin('eslint/bin/eslint.js'), '.']) && ok;
  ok = step('action-matrix.md is current', ['scripts/gen-action-matrix.mjs', '--check']) && ok;
}
const dir = mkdtempSync(join(tmpdir(), 'mlci-jest-'));
const results = join(dir, 'results.json');
const jestOk = step('jest', ['--experimental-vm-modules', bin('jest/bin/jest.js'), '--maxWorkers=2', '--json', `--outputFile=${results}`, ...extra], {
  NODE_OPTIONS: '--experimental-vm-modules --no-warnings',
});
let passed = 0, failed = 0, skipped = 0;
try {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
  skipped = r.numPendingTests + r.numTodoTests;
} catch {
  failed += 1;
}
rmSync(dir, { recursive: true, force: true });
ok = ok && jestOk && failed === 0;
const stepsFailed = !ok && failed === 0 ? 1 : 0;
console.log(`\n${passed} passed, ${failed + stepsFailed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
