/**
 * Runner-faithful: the README's PyTorch sample (examples/train/train.py, a CNN on scikit-learn's digits) through the
 * committed dist with the `with:` block of examples/train/digits.yml. Needs /usr/bin/python3 with Debian's
 * python3-torch and python3-sklearn (`.ci/run` installs them); without them these tests are skipped with one line.
 * Every run uses the replaying fake nvidia-smi with a GPU too small for `min-gpu-memory`, so the training falls back
 * to the CPU with the GPU hidden, as on a runner whose GPU is busy.
 */
import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { makeRunner, H100, H100_UUID, type Runner } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const SCRIPT = join(repo, 'examples', 'train', 'train.py');
const PYTHON = '/usr/bin/python3';

const hasTorch = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import torch, sklearn'], { stdio: 'ignore' }).status === 0;
if (!hasTorch) {
  // One clear line instead of a failure: the Python stack is an optional test dependency.
  console.log(`example-train.test.ts: PyTorch example tests skipped: ${PYTHON} cannot import torch and sklearn (apt-get install -y python3-torch python3-sklearn)`);
}
const withTorch = hasTorch ? describe : describe.skip;

/** The train step's `with:` block, as the example workflow writes it. */
function exampleWith(): Record<string, string> {
  const wf = parse(readFileSync(join(repo, 'examples', 'train', 'digits.yml'), 'utf8'));
  const step = wf.jobs.train.steps.find((s: { id?: string }) => s.id === 'train');
  return Object.fromEntries(Object.entries(step.with as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
}

test('the README sample is examples/train/train.py, byte for byte', () => {
  const readme = readFileSync(join(here, '..', 'README.md'), 'utf8');
  const m = /<!-- examples\/train\/train\.py -->\n```python\n([\s\S]*?)```\n/.exec(readme);
  expect(m).not.toBeNull();
  expect(m?.[1] === readFileSync(SCRIPT, 'utf8')).toBe(true);
});

withTorch('the PyTorch example through the committed dist (runner-faithful)', () => {
  let r: Runner;
  const TIMEOUT = 240_000;
  beforeAll(() => {
    r = makeRunner();
    mkdirSync(join(r.workspace, 'examples', 'train'), { recursive: true });
    copyFileSync(SCRIPT, join(r.workspace, 'examples', 'train', 'train.py'));
    // `python3` in the workflow is Debian's, the one with python3-torch.
    symlinkSync(PYTHON, join(r.bin, 'python3'));
  });
  afterAll(() => r.cleanup());

  const inputs = () => ({ ...exampleWith(), 'min-gpu-memory': '1000GiB' });
  const fresh = () => {
    for (const p of ['checkpoints', 'logs', 'out', 'metrics.json']) rmSync(join(r.workspace, p), { recursive: true, force: true });
  };
  const run = (env: Record<string, string> = {}) => r.run(inputs(), { scenario: H100, env, timeoutMs: TIMEOUT - 20_000 });

  /** The training's python process for this workspace, once it runs. */
  async function trainingPid(): Promise<number> {
    for (;;) {
      for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
        try {
          const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
          if (cmd.includes('examples/train/train.py') && readlinkSync(`/proc/${pid}/cwd`) === r.workspace) return Number(pid);
        } catch {
          // gone, or not ours
        }
      }
      await new Promise((res) => setTimeout(res, 20));
    }
  }
  async function waitFor(file: string): Promise<void> {
    while (!existsSync(join(r.workspace, file))) await new Promise((res) => setTimeout(res, 20));
  }
  const ppid = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);

  let reference = '';

  test('an uninterrupted run on the CPU fallback: the GPU is hidden, the newest epoch checkpoint is chosen, not its newer sidecar', async () => {
    fresh();
    const res = await run({ CUDA_VISIBLE_DEVICES: H100_UUID });
    expect(res.errors).toEqual([]);
    expect(res.outputs).toMatchObject({ outcome: 'success', device: 'cpu', attempts: '1' });
    expect(res.stdout).toContain("device cpu; CUDA_VISIBLE_DEVICES=''; cuda available: False");
    const ckpt = join(r.workspace, 'checkpoints', 'epoch-0006.pt');
    expect(res.outputs.checkpoint).toBe(ckpt);
    expect(statSync(ckpt.replace(/\.pt$/, '.json')).mtimeMs).toBeGreaterThanOrEqual(statSync(ckpt).mtimeMs);
    expect(res.summary).toContain(`| Newest checkpoint | \`${ckpt}\`: the newest complete entry matching \`*.pt\``);
    // epoch is the x axis of the curves, not a curve of its own.
    expect(res.summary).toContain('x-axis "epoch"');
    expect(res.summary).not.toContain('title "epoch"');
    expect(Number(res.outputs['metric-accuracy'])).toBeGreaterThan(0.9);
    reference = readFileSync(join(r.workspace, 'metrics.json'), 'utf8');
  }, TIMEOUT);

  test('killed with SIGKILL mid-run, retried, resumed from the newest complete checkpoint: the same metrics, bit for bit', async () => {
    expect(reference).not.toBe('');
    fresh();
    const pending = run();
    await waitFor('checkpoints/epoch-0002.pt');
    process.kill(await trainingPid(), 'SIGKILL');
    const res = await pending;
    expect(res.errors).toEqual([]);
    expect(res.outputs).toMatchObject({ outcome: 'success', attempts: '2' });
    expect(res.stdout).toMatch(/Resuming from checkpoint \S+\/checkpoints\/epoch-000[2-5]\.pt: the newest complete entry matching `\*\.pt`/);
    expect(res.stdout).toMatch(/resumed from \S+epoch-000[2-5]\.pt at epoch [2-5], batch 0/);
    expect(readFileSync(join(r.workspace, 'metrics.json'), 'utf8')).toBe(reference);
  }, TIMEOUT);

  test.each([['SIGINT', 2], ['SIGTERM', 15]] as const)('cancellation with %s: the training saves a checkpoint mid-epoch, the step fails as cancelled', async (sig, num) => {
    fresh();
    const pending = run();
    await waitFor('checkpoints/epoch-0001.pt');
    const action = ppid(await trainingPid());
    expect(readFileSync(`/proc/${action}/cmdline`, 'utf8')).toContain(join('train-on-gpu-runner', 'dist', 'index.js'));
    process.kill(action, sig);
    const res = await pending;
    expect(res.exitCode).toBe(1);
    expect(res.outputs.outcome).toBe('cancelled');
    expect(res.stdout).toMatch(new RegExp(`got signal ${num}: saved \\S+epoch-\\d{4}-batch-\\d{4}\\.pt`));
    expect(res.outputs.checkpoint).toMatch(/\/checkpoints\/epoch-\d{4}-batch-\d{4}\.pt$/);
    expect(res.errors[0]).toMatch(new RegExp(`^train-on-gpu-runner failed: The job was cancelled: the action received ${sig} and forwarded it to the training\\. The training stopped after [\\d.]+s\\. Newest checkpoint: \\S+-batch-\\d{4}\\.pt\\.$`));
  }, TIMEOUT);
});
