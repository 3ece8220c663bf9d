// Shared helpers for `npm run bench`: peers and generators from ../shared/bench (optional), Node 24 lookup,
// runner-like execution of a committed dist with peak-RSS capture.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const benchDir = join(root, '.bench');
export const sharedBench = [process.env.MLCI_SHARED_BENCH, join(root, '..', 'shared', 'bench')].find((p) => p && existsSync(p));
const rssHook = join(dirname(fileURLToPath(import.meta.url)), 'rss-hook.mjs');

export function args() {
  const a = {};
  const v = process.argv.slice(2);
  for (let i = 0; i < v.length; i++) if (v[i].startsWith('--')) a[v[i].slice(2)] = v[i + 1] && !v[i + 1].startsWith('--') ? v[++i] : 'true';
  return a;
}

/** Path of a Node 24 binary: node_modules/.bin/node if it is 24, else `npx -p node@24`, else the current node. */
export function node24() {
  if (process.versions.node.startsWith('24.')) return process.execPath;
  const r = spawnSync('npx', ['-y', '-p', 'node@24', 'node', '-e', 'process.stdout.write(process.execPath)'], { encoding: 'utf8', timeout: 120000 });
  if (r.status === 0 && r.stdout) return r.stdout.trim();
  console.warn('! Node 24 not available (npx -p node@24 failed); timing with', process.version);
  return process.execPath;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Run an action's dist like the runner: INPUT_* env, GITHUB_OUTPUT/STEP_SUMMARY files. Returns ms, peak RSS (MB), outputs. */
export function runDist(action, inputs, { node = process.execPath, cwd = root } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-bench-'));
  const env = { ...process.env, GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_API_URL: 'http://127.0.0.1:9', MLCI_RSS_FILE: join(dir, 'rss') };
  writeFileSync(env.GITHUB_OUTPUT, ''); writeFileSync(env.GITHUB_STEP_SUMMARY, ''); writeFileSync(env.GITHUB_EVENT_PATH, '{}');
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(node, ['--import', rssHook, join(root, 'actions', action, 'dist', 'index.js')], { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rssMb = existsSync(env.MLCI_RSS_FILE) ? Number(readFileSync(env.MLCI_RSS_FILE, 'utf8')) / 1024 : NaN;
  return { ms, rssMb, status: r.status, stdout: r.stdout, stderr: r.stderr, outputs: readFileSync(env.GITHUB_OUTPUT, 'utf8') };
}

/** Time a command; peak RSS through GNU time when installed. */
export function timeCommand(cmd, argv, opts = {}) {
  const gnuTime = existsSync('/usr/bin/time');
  const t0 = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'MAXRSSKB %M', cmd, ...argv], { encoding: 'utf8', maxBuffer: 256 << 20, ...opts })
    : spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 256 << 20, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /MAXRSSKB (\d+)/.exec(r.stderr ?? '');
  return { ms, rssMb: m ? Number(m[1]) / 1024 : NaN, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function ensureDir(p) { mkdirSync(p, { recursive: true }); return p; }
export const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
