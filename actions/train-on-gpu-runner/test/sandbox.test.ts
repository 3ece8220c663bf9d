/**
 * Runner-faithful (committed dist): the training runs with no more power than a `run:` step. It does not get the
 * Actions runtime token or service URLs, cannot forge or erase the action's outputs or silence its commands, and the
 * processes it leaves behind are found and stopped.
 */
import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRunner, H100, type Runner } from './helpers.js';

let r: Runner;
beforeAll(() => {
  r = makeRunner();
});
afterAll(() => r.cleanup());

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]);
  } catch {
    return false;
  }
}

describe('the training runs with no more power than a run: step (runner-faithful)', () => {
  test('no INPUT_*, no Actions runtime token, cache/results/OIDC URLs; what a run: step has is kept', async () => {
    const res = await r.run(
      { command: 'env | cut -d= -f1 | sort > seen-env.txt; node train.mjs --steps 1 --step-ms 10', 'require-gpu': 'false' },
      {
        env: {
          ACTIONS_RUNTIME_TOKEN: 'secret-runtime', ACTIONS_RUNTIME_URL: 'https://pipelines.example/', ACTIONS_CACHE_URL: 'https://cache.example/',
          ACTIONS_RESULTS_URL: 'https://results.example/', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret-oidc',
          ACTIONS_CACHE_SERVICE_V2: 'True', RUNNER_TRACKING_ID: 'github_1234',
        },
      },
    );
    expect(res.errors).toEqual([]);
    const seen = readFileSync(join(r.workspace, 'seen-env.txt'), 'utf8').trim().split('\n');
    expect(seen.filter((k) => k.startsWith('ACTIONS_') || k.startsWith('INPUT_'))).toEqual([]);
    for (const k of ['PATH', 'GITHUB_WORKSPACE', 'GITHUB_SHA', 'RUNNER_TEMP', 'RUNNER_TRACKING_ID', 'MLCI_METRICS_FILE', 'GITHUB_OUTPUT', 'GITHUB_ENV']) {
      expect([k, seen.includes(k)]).toEqual([k, true]);
    }
  });

  test('a forged metric-accuracy (GITHUB_OUTPUT, ::set-output, legacy ##[set-output]) never becomes an output, even when the metrics are rejected', async () => {
    const res = await r.run(
      {
        command: [
          'echo "metric-accuracy=0.999" >> "$GITHUB_OUTPUT"',
          'echo "outcome=success" >> "$GITHUB_OUTPUT"',
          'echo "::set-output name=metric-accuracy::0.998"',
          'echo "##[set-output name=metric-accuracy;]0.997"',
          'echo "::set-output name=metric-loss::0" >&2',
          'node train.mjs --steps 1 --step-ms 10 --metrics nan',
        ].join('; '),
      },
      { scenario: H100 },
    );
    expect(res.exitCode).toBe(1);
    expect(res.outputs.outcome).toBe('failure');
    expect(res.outputs['metric-accuracy']).toBeUndefined();
    expect(res.outputs.metrics).toBe('{}');
    expect(res.commands.filter((c) => c.command === 'set-output')).toEqual([]);
    expect(res.stdout).toContain('[blocked] ::set-output name=metric-accuracy::0.998');
    expect(res.warnings).toContain("The training wrote 2 output(s) to GITHUB_OUTPUT (metric-accuracy, outcome); a training's outputs are not the action's, so they were dropped. Write metrics to MLCI_METRICS_FILE.");
    expect(res.warnings.some((w) => w.startsWith('The training printed workflow commands that only the action may use (set-output ×2; set-output); they were not run.'))).toBe(true);
  });

  test("an unterminated heredoc in the training's GITHUB_OUTPUT and GITHUB_ENV erases nothing of the action's", async () => {
    const res = await r.run(
      { command: `printf 'metric-accuracy<<EOF\\n0.999\\n' >> "$GITHUB_OUTPUT"; printf 'GOOD=1\\nBAD<<EOF\\nnever closed\\n' >> "$GITHUB_ENV"; node train.mjs --steps 1 --step-ms 10` },
      { scenario: H100 },
    );
    // The harness parses the action's files with the runner's rules and would throw on an unterminated heredoc.
    expect(res.errors).toEqual([]);
    expect(res.outputs).toMatchObject({ outcome: 'success', 'metric-accuracy': '0.93', device: 'gpu' });
    expect(res.exportedEnv).toEqual({ GOOD: '1' });
    expect(res.warnings).toContain("The training's GITHUB_ENV: the heredoc for 'BAD' is never closed by 'EOF'; the entries after it were not passed on to later steps.");
  });

  test('::stop-commands:: from the training cannot silence the action: its error still fails the step with an annotation', async () => {
    const res = await r.run({ command: 'echo "::stop-commands::pause1234"; echo "::warning::from the training"; exit 3' }, { scenario: H100 });
    expect(res.exitCode).toBe(1);
    expect(res.stdout).toContain('[blocked] ::stop-commands::pause1234');
    // The training's own annotation still works; the action's error is still a command the runner sees.
    expect(res.warnings).toContain('from the training');
    expect(res.errors[0]).toMatch(/^train-on-gpu-runner failed: The training command exited with code 3/);
    expect(res.outputs.outcome).toBe('failure');
  });

  test('the training may still pass env and PATH on to later steps, and write its own summary', async () => {
    const res = await r.run(
      { command: 'echo "HF_HOME=/cache/hf" >> "$GITHUB_ENV"; echo "/opt/train/bin" >> "$GITHUB_PATH"; echo "### from train.py" >> "$GITHUB_STEP_SUMMARY"; node train.mjs --steps 1 --step-ms 10' },
      { scenario: H100 },
    );
    expect(res.errors).toEqual([]);
    expect(res.exportedEnv).toEqual({ HF_HOME: '/cache/hf' });
    expect(res.addedPath).toEqual(['/opt/train/bin']);
    expect(res.summary).toContain('### Summary written by the training\n\n### from train.py');
    expect(res.summary).toContain('| Passed on to later steps | env HF_HOME; PATH /opt/train/bin |');
  });

  test("a training that finds the action's own GITHUB_OUTPUT through /proc and writes to it is undone", async () => {
    const res = await r.run(
      {
        command: 'out=$(tr "\\0" "\\n" < /proc/$PPID/environ | sed -n "s/^GITHUB_OUTPUT=//p"); printf "metric-accuracy=0.999\\nx<<EOF\\n" >> "$out"; node train.mjs --steps 1 --step-ms 10',
      },
      { scenario: H100 },
    );
    expect(res.errors).toEqual([]);
    expect(res.outputs['metric-accuracy']).toBe('0.93');
    expect(res.warnings).toContain("The training wrote to the action's own GITHUB_OUTPUT file directly; those writes were undone.");
  });

  test('processes left behind (a background job, a setsid daemon) are stopped when the step ends, and the summary says so', async () => {
    const res = await r.run(
      {
        command: [
          'sleep 300 & echo $! > bg.pid',
          "setsid sh -c 'echo $$ > daemon.pid; exec sleep 300' </dev/null >/dev/null 2>&1 &",
          'while [ ! -s daemon.pid ]; do sleep 0.05; done',
          'node train.mjs --steps 1 --step-ms 10',
        ].join('\n'),
      },
      { scenario: H100 },
    );
    const bg = Number(readFileSync(join(r.workspace, 'bg.pid'), 'utf8'));
    const daemon = Number(readFileSync(join(r.workspace, 'daemon.pid'), 'utf8'));
    expect(res.errors).toEqual([]);
    expect(alive(bg)).toBe(false);
    expect(alive(daemon)).toBe(false);
    const w = res.warnings.find((x) => x.startsWith('Attempt 1 left 2 process(es) running after the command ended'));
    expect(w).toContain(`${bg} (sleep)`);
    expect(w).toContain(`${daemon} (sleep)`);
    expect(res.summary).toMatch(new RegExp(`\\| Left running \\| attempt 1: .*${daemon} \\(sleep\\).* \\(stopped with SIGTERM, then SIGKILL\\) \\|`));
  });
});
