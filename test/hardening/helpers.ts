/**
 * Shared set-up for the hardening suites: each runs the committed bundles through the runner-faithful harness, with
 * inputs as a hostile or careless user would write them.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runAction, type RunActionOptions, type RunResult } from '../harness/run-action.js';

const example = join(REPO_ROOT, 'examples', 'gate');

/** A workspace holding the example gate files: candidate.csv.gz, baseline.csv.gz, policy.yml. */
export function gateWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-hard-'));
  copyFileSync(join(example, 'candidate.csv.gz'), join(dir, 'candidate.csv.gz'));
  copyFileSync(join(example, 'baseline.csv.gz'), join(dir, 'baseline.csv.gz'));
  copyFileSync(join(example, 'policy.yml'), join(dir, 'policy.yml'));
  return dir;
}

/** An empty workspace with files from a name → content map. */
export function workspaceWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-hard-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export const GATE = { candidate: 'candidate.csv.gz', baseline: 'baseline.csv.gz', policy: 'policy.yml', check: 'false', comment: 'false' };

/** Run the gate bundle (no GitHub API needed: no check run, no comment). */
export function gate(cwd: string, inputs: Record<string, string>, env?: Record<string, string>): Promise<RunResult> {
  return runAction({ action: 'evaluate-gate', cwd, inputs: { ...GATE, ...inputs }, env, timeoutMs: 30_000 });
}

export function detect(cwd: string, inputs: Record<string, string>, opts: Partial<RunActionOptions> = {}): Promise<RunResult> {
  return runAction({ action: 'detect-data-change', cwd, inputs: { baseline: 'none', ...inputs }, timeoutMs: 30_000, ...opts });
}

export function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

/** Everything the step printed or wrote where a person (or a public issue) could read it. */
export function everything(r: RunResult): string {
  return [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)].join('\n');
}

/** The `::error` lines (annotated or not). */
export function errorLines(r: RunResult): string[] {
  return r.stdout.split('\n').filter((l) => l.startsWith('::error'));
}

/** Lines of /etc/shadow and /etc/passwd look like this; none may reach a log. */
export const SECRET_LINE = /root:[^\n]*:0:/;
