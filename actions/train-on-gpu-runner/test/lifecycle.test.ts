/**
 * Runner-faithful: the committed dist with real child processes: a training killed mid-run that resumes from its
 * checkpoint, one that exceeds the timeout, malformed metrics, and cancellation of the action process itself.
 */
import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeRunner, H100, H100_UUID, type Runner } from './helpers.js';

let r: Runner;
beforeAll(() => {
  r = makeRunner();
});
afterAll(() => r.cleanup());

function fresh(dir: string): void {
  rmSync(join(r.workspace, dir), { recursive: true, force: true });
  rmSync(join(r.workspace, 'attempts.jsonl'), { force: true });
  rmSync(join(r.workspace, 'metrics.json'), { force: true });
}

describe('train-on-gpu-runner lifecycle (runner-faithful)', () => {
  test('killed mid-run (SIGKILL), retried, resumes from the newest checkpoint', async () => {
    fresh('ckpt');
    const res = await r.run(
      { command: 'node train.mjs --steps 6 --die-at 3', 'checkpoint-dir': 'ckpt', 'max-attempts': '3', 'metrics-log': 'resume.jsonl' },
      { scenario: H100 },
    );
    expect(res.errors).toEqual([]);
    expect(res.exitCode).toBe(0);
    const attempts = r.attempts();
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2]);
    expect(attempts[0].MLCI_RESUME_FROM).toBeNull();
    expect(attempts[1].MLCI_RESUME_FROM).toBe(join(r.workspace, 'ckpt', 'step-0003.ckpt'));
    expect(attempts[1]).toMatchObject({ CUDA_VISIBLE_DEVICES: H100_UUID, MLCI_MAX_ATTEMPTS: '3', MLCI_CHECKPOINT_DIR: join(r.workspace, 'ckpt') });
    expect(res.outputs).toMatchObject({ outcome: 'success', attempts: '2', checkpoint: join(r.workspace, 'ckpt', 'step-0006.ckpt') });
    expect(res.warnings.some((w) => /^Attempt 1 (was killed by SIGKILL|exited with code 137).*; retrying \(attempt 2 of 3\)\.$/.test(w))).toBe(true);
    // The resumed run continued from step 3: steps 4-6 were run by attempt 2 only.
    expect(JSON.parse(readFileSync(join(r.workspace, 'ckpt', 'step-0006.ckpt'), 'utf8'))).toEqual({ step: 6, attempt: 2 });
    expect(readdirSync(join(r.workspace, 'ckpt')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(res.summary).toMatch(/\| Attempts \| 1: (was killed by SIGKILL|exited with code 137)[^|]*; 2: succeeded/);
  });

  test('a failure that is not retryable is not retried, and says why with the last output', async () => {
    const res = await r.run({ command: 'echo "CUDA error: out of memory" >&2; exit 3', 'max-attempts': '3', 'retry-on-exit-codes': '75' }, { scenario: H100 });
    expect(res.exitCode).toBe(1);
    expect(res.outputs).toMatchObject({ outcome: 'failure', attempts: '1' });
    expect(res.errors[0]).toBe('train-on-gpu-runner failed: The training command exited with code 3 (attempt 1 of 3). Last output: CUDA error: out of memory See the "Training" log group above.');
  });

  test('a listed exit code is retried up to max-attempts', async () => {
    const res = await r.run({ command: 'echo attempt $MLCI_ATTEMPT; exit 75', 'max-attempts': '2', 'retry-on-exit-codes': '75, 76' }, { scenario: H100 });
    expect(res.exitCode).toBe(1);
    expect(res.outputs.attempts).toBe('2');
    expect(res.stdout).toContain('attempt 1\n');
    expect(res.stdout).toContain('attempt 2\n');
  });

  test('timeout: SIGTERM, the training checkpoints, the step fails as timed out', async () => {
    fresh('ckpt-timeout');
    const res = await r.run(
      { command: 'node train.mjs --steps 1000 --step-ms 100', 'checkpoint-dir': 'ckpt-timeout', timeout: '2s', 'grace-period': '5s', 'max-attempts': '3' },
      { scenario: H100 },
    );
    expect(res.exitCode).toBe(1);
    expect(res.outputs).toMatchObject({ outcome: 'timed-out', attempts: '1' });
    expect(res.stdout).toMatch(/got SIGTERM at step \d+: saving a checkpoint/);
    expect(res.outputs.checkpoint).toMatch(/step-\d{4}-interrupted\.ckpt$/);
    expect(res.errors[0]).toMatch(/^train-on-gpu-runner failed: The training timed out and was stopped with SIGTERM \(timeout 2s over 1 attempt\(s\)\)\. Newest checkpoint: .*-interrupted\.ckpt\. Raise `timeout`/);
  });

  test.each([
    ['nan', /metrics\.json: metric 'loss' \(line 3\) is NaN, not a finite number/],
    ['string', /metrics\.json: metric 'accuracy' \(line 1\) is a string \("0\.93"\), not a finite number; write it as a number: "accuracy": 0\.93\./],
    ['nested', /metrics\.json: metric 'eval' \(line 1\) is an object, not a finite number; flatten nested metrics/],
  ])('malformed metrics (%s): the step fails naming the key, with a file annotation', async (kind, message) => {
    const res = await r.run({ command: `node train.mjs --steps 1 --metrics ${kind}` }, { scenario: H100 });
    expect(res.exitCode).toBe(1);
    expect(res.outputs.outcome).toBe('failure');
    expect(res.errors.some((e) => message.test(e))).toBe(true);
    const annotated = res.commands.find((c) => c.command === 'error' && c.properties.file);
    expect(annotated?.properties.file).toBe('metrics.json');
    expect(res.outputs.metrics).toBe('{}');
  });

  test('cancellation: SIGTERM to the action reaches the training, which checkpoints; the step fails clearly', async () => {
    fresh('ckpt-cancel');
    // $PPID of the bash that runs the command is the action's node process: the training signals it, as the
    // runner would on job cancellation.
    const res = await r.run(
      { command: 'ACTION_PID=$PPID node train.mjs --steps 1000 --step-ms 100 --cancel-action-at 3', 'checkpoint-dir': 'ckpt-cancel', 'max-attempts': '3' },
      { scenario: H100 },
    );
    expect(res.exitCode).toBe(1);
    expect(res.outputs).toMatchObject({ outcome: 'cancelled', attempts: '1' });
    expect(res.stdout).toMatch(/Received SIGTERM: forwarded it to the training \(process group \d+\)\. On job cancellation the runner sends SIGINT, then SIGTERM 7\.5 s later, then kills the step 2\.5 s after that: about 10 s in all to save a checkpoint\./);
    expect(res.stdout).toMatch(/got SIGTERM at step \d+: saving a checkpoint/);
    expect(res.outputs.checkpoint).toMatch(/ckpt-cancel\/step-\d{4}-interrupted\.ckpt$/);
    expect(res.errors[0]).toMatch(/^train-on-gpu-runner failed: The job was cancelled: the action received SIGTERM and forwarded it to the training\. The training stopped after [\d.]+s\. Newest checkpoint: .*-interrupted\.ckpt\.$/);
    expect(r.attempts()).toHaveLength(1);
    expect(res.summary).toContain('training was cancelled');
  });

  test('cancellation: SIGINT (the runner\'s first signal) reaches the training, which checkpoints', async () => {
    fresh('ckpt-cancel-int');
    const res = await r.run(
      { command: 'ACTION_PID=$PPID node train.mjs --steps 1000 --step-ms 100 --cancel-action-at 3 --cancel-signal SIGINT', 'checkpoint-dir': 'ckpt-cancel-int' },
      { scenario: H100 },
    );
    expect(res.exitCode).toBe(1);
    expect(res.outputs).toMatchObject({ outcome: 'cancelled', attempts: '1' });
    expect(res.stdout).toMatch(/got SIGINT at step \d+: saving a checkpoint/);
    expect(res.outputs.checkpoint).toMatch(/ckpt-cancel-int\/step-\d{4}-interrupted\.ckpt$/);
    expect(res.errors[0]).toMatch(/^train-on-gpu-runner failed: The job was cancelled: the action received SIGINT and forwarded it to the training\./);
  });

  test('CPU fallback (require-gpu: auto, GPU below min-gpu-memory) hides the GPU, overriding an inherited CUDA_VISIBLE_DEVICES', async () => {
    fresh('none');
    const res = await r.run(
      { command: 'node train.mjs --steps 1 --step-ms 10', 'require-gpu': 'auto', 'min-gpu-memory': '1000GiB' },
      { scenario: H100, env: { CUDA_VISIBLE_DEVICES: H100_UUID } },
    );
    expect(res.errors).toEqual([]);
    expect(res.outputs.device).toBe('cpu');
    expect(r.attempts()).toEqual([expect.objectContaining({ CUDA_VISIBLE_DEVICES: '', MLCI_DEVICE: 'cpu' })]);
    expect(res.notices.some((n) => /^No usable GPU, running on the CPU \(require-gpu is auto\)/.test(n))).toBe(true);
  });

  test('inputs are never run by a shell: $(...) in paths, keys and names stays text', async () => {
    const marker = join(r.root, 'pwned');
    const evil = (tag: string) => `$(touch ${marker}-${tag})`;
    const wd = `sub/${evil('wd')}`;
    const res = await r.run(
      {
        command: 'node ../../train.mjs --steps 1',
        'working-directory': wd,
        'metrics-file': `${evil('metrics')}.json`,
        'metrics-log': `${evil('log')}.jsonl`,
        'checkpoint-dir': evil('ckpt'),
        'model-path': evil('model'),
        'cache-key': evil('key'),
        cache: evil('cache'),
        'artifact-name': evil('artifact'),
      },
      { scenario: H100 },
    );
    // The working directory does not exist yet: a clear error, nothing run.
    expect(res.errors[0]).toMatch(/Input 'working-directory' is '.*touch .*', but .* is not a directory/);
    const { mkdirSync } = await import('node:fs');
    // nested path: the `/` inside the marker makes real sub-folders, which is what the user asked for.
    mkdirSync(join(r.workspace, wd), { recursive: true });
    const ok = await r.run(
      {
        command: 'node "$GITHUB_WORKSPACE/train.mjs" --steps 1',
        'working-directory': wd,
        'metrics-file': `${evil('metrics')}.json`,
        'checkpoint-dir': evil('ckpt'),
        'model-path': evil('model'),
        'cache-key': evil('key'),
        cache: evil('cache'),
        'artifact-name': evil('artifact'),
      },
      { scenario: H100 },
    );
    expect(ok.errors).toEqual([]);
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs['metric-accuracy']).toBe('0.93');
    expect(existsSync(join(r.workspace, wd, `${evil('metrics')}.json`))).toBe(true);
    for (const tag of ['wd', 'metrics', 'log', 'ckpt', 'model', 'key', 'cache', 'artifact']) expect(existsSync(`${marker}-${tag}`)).toBe(false);
    expect(readdirSync(r.root).filter((f) => f.startsWith('pwned'))).toEqual([]);
    // Cache and artifacts are unavailable outside a runner: the step degrades with warnings, it does not fail.
    expect(ok.warnings.some((w) => /^Cache restore failed/.test(w))).toBe(true);
    expect(ok.warnings.some((w) => /^Artifact upload of '\$\(touch .*pwned-artifact\)' failed/.test(w))).toBe(true);
  });
});
