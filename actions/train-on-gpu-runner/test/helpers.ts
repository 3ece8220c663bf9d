import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction, type RunResult } from '../../../test/harness/run-action.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface Scenario {
  query?: string;
  q?: string;
  list?: string;
  error?: { file: string; exitCode: number };
  /** Simulated load overlaid on the captured values, one entry per --query-gpu call (the last repeats). */
  load?: Array<Record<string, Record<string, number>>>;
}

export interface Runner {
  /** Temp root (removed by cleanup). */
  root: string;
  /** GITHUB_WORKSPACE: holds train.mjs. */
  workspace: string;
  /** Folder holding the fake `nvidia-smi` and `node`. */
  bin: string;
  /** Folder holding only `node` (for "nvidia-smi is missing"). */
  nodeOnlyBin: string;
  state: string;
  run(inputs: Record<string, string>, opts?: { scenario?: Scenario; env?: Record<string, string | undefined>; path?: string; timeoutMs?: number }): Promise<RunResult>;
  attempts(): Array<Record<string, any>>;
  /** argv of each nvidia-smi call. */
  smiCalls(): string[][];
  cleanup(): void;
}

/** A workspace with the test training script, and a PATH with the fake nvidia-smi replaying `scenario`. */
export function makeRunner(): Runner {
  const root = mkdtempSync(join(tmpdir(), 'mlci-train-'));
  const workspace = join(root, 'workspace');
  const bin = join(root, 'bin');
  const nodeOnlyBin = join(root, 'node-only-bin');
  const state = join(root, 'smi-state');
  for (const d of [workspace, bin, nodeOnlyBin, state]) mkdirSync(d, { recursive: true });
  copyFileSync(join(here, 'fixtures', 'train.mjs'), join(workspace, 'train.mjs'));
  // The wrapper pins the node that runs the tests, so the fake works whatever `node` PATH finds.
  writeFileSync(join(bin, 'nvidia-smi'), `#!/bin/sh\nexec "${process.execPath}" "${join(here, 'fake-nvidia-smi.mjs')}" "$@"\n`);
  chmodSync(join(bin, 'nvidia-smi'), 0o755);
  for (const d of [bin, nodeOnlyBin]) symlinkSync(process.execPath, join(d, 'node'));
  let n = 0;
  return {
    root, workspace, bin, nodeOnlyBin, state,
    async run(inputs, opts = {}) {
      const scenarioFile = join(root, `scenario-${n++}.json`);
      writeFileSync(scenarioFile, JSON.stringify({ ...opts.scenario, state }));
      return runAction({
        action: 'train-on-gpu-runner',
        cwd: workspace,
        inputs: { 'sample-interval': '200ms', ...inputs },
        env: { PATH: opts.path ?? `${bin}:${process.env.PATH}`, FAKE_NVIDIA_SMI: scenarioFile, ...opts.env },
        timeoutMs: opts.timeoutMs ?? 30_000,
      });
    },
    attempts() {
      const f = join(workspace, 'attempts.jsonl');
      return existsSync(f) ? readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : [];
    },
    smiCalls() {
      const f = join(state, 'calls.jsonl');
      return existsSync(f) ? readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : [];
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export const H100 = { query: 'query-allfields-h100-driver590-busy.csv', q: 'q-h100-driver590-busy.txt' };
export const H100_UUID = 'GPU-00000000-0000-0000-0000-000000000000';
/** The 8x A100 node of the real -q capture (idle as captured; tests overlay simulated load). */
export const A100X8 = { query: 'q-8xa100-40gb-driver460.txt' };
