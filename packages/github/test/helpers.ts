/**
 * Drive the GitHub platform in-process against the fake GitHub server: a runner-like environment (GITHUB_*,
 * INPUT_GITHUB-TOKEN, event file, step summary file) set for one test and restored after, and stdout captured so
 * `::notice::` and friends can be asserted.
 */
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitHubPlatform, type GitHubPlatform } from '../src/platform.js';
import type { OctokitTuning } from '../src/octokit.js';
import { FAKE_TOKEN, parseWorkflowCommands, type WorkflowCommand } from '../../../test/harness/run-action.js';
import type { GitHubEvent } from '../../../test/harness/events.js';
import type { FakeGitHub } from '../../../test/harness/fake-github.js';

export interface Env {
  platform: GitHubPlatform;
  dir: string;
  summaryPath: string;
  stdout(): string;
  commands(): WorkflowCommand[];
  notices(): string[];
  warnings(): string[];
  restore(): void;
}

/** Fast but faithful: no write spacing, 10 ms backoff units; `retry-after` is still honoured in seconds. */
export const FAST: OctokitTuning = { writeIntervalMs: 0, retryBaseMs: 10 };

export function githubEnv(opts: { event: GitHubEvent; api?: FakeGitHub; token?: string | null; tuning?: OctokitTuning; sha?: string }): Env {
  const saved = { ...process.env };
  const dir = mkdtempSync(join(tmpdir(), 'mlci-gh-'));
  const eventPath = join(dir, 'event.json');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(opts.event.payload));
  writeFileSync(summaryPath, '');
  for (const k of Object.keys(process.env)) if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)) delete process.env[k];
  const p = opts.event.payload;
  Object.assign(process.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: p.repository?.full_name ?? 'octo-org/octo-repo',
    GITHUB_SHA: opts.sha ?? 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: opts.api?.url ?? 'http://127.0.0.1:9',
    GITHUB_STEP_SUMMARY: summaryPath,
  });
  if (opts.token !== null) process.env['INPUT_GITHUB-TOKEN'] = opts.token ?? FAKE_TOKEN;
  opts.api?.seedEvent(opts.event.name, p);

  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write);

  const platform = createGitHubPlatform({ octokit: opts.tuning ?? FAST });
  const commands = () => parseWorkflowCommands(out);
  return {
    platform,
    dir,
    summaryPath,
    stdout: () => out,
    commands,
    notices: () => commands().filter((c) => c.command === 'notice').map((c) => c.message),
    warnings: () => commands().filter((c) => c.command === 'warning').map((c) => c.message),
    restore() {
      spy.mockRestore();
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
      process.exitCode = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const readSummary = (env: Env) => readFileSync(env.summaryPath, 'utf8');
