#!/usr/bin/env node
// Bundle every action (or those named on the command line) with ncc into actions/<name>/dist.
// ncc runs from each action's folder so it picks up that folder's tsconfig (module ESNext, bundler resolution).
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const wanted = process.argv.slice(2);
const actions = readdirSync(join(root, 'actions')).filter(
  (a) => existsSync(join(root, 'actions', a, 'src', 'index.ts')) && (wanted.length === 0 || wanted.includes(a)),
);
for (const a of actions) {
  const dir = join(root, 'actions', a);
  const entries = readdirSync(join(dir, 'src')).filter((f) => /^(index|post)\.ts$/.test(f));
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  for (const entry of entries) {
    const out = entry === 'index.ts' ? 'dist' : join('dist', entry.replace(/\.ts$/, ''));
    process.stdout.write(`building ${a}/${entry} -> ${out}\n`);
    execFileSync(process.execPath, [ncc, 'build', join('src', entry), '-o', out, '-m', '--license', 'licenses.txt', '-q'], {
      cwd: dir,
      stdio: 'inherit',
    });
  }
  // ncc writes dist/package.json {"type":"module"} only for the main entry; make sure post bundles get one too.
  for (const sub of readdirSync(join(dir, 'dist'), { withFileTypes: true })) {
    if (sub.isDirectory()) writeFileSync(join(dir, 'dist', sub.name, 'package.json'), '{"type":"module"}\n');
  }
}

// The mlci CLI (packages/cli, bin `mlci`): one bundle like an action's, so `npx mlci` starts fast.
if (wanted.length === 0 || wanted.includes('cli')) {
  const dir = join(root, 'packages', 'cli');
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  process.stdout.write('building cli/index.ts -> packages/cli/dist\n');
  execFileSync(process.execPath, [ncc, 'build', join('src', 'index.ts'), '-o', 'dist', '-m', '--license', 'licenses.txt', '-q'], { cwd: dir, stdio: 'inherit' });
  chmodSync(join(dir, 'dist', 'index.js'), 0o755);
}
