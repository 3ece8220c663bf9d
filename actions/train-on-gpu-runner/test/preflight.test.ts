/**
 * Runner-faithful: the committed dist runs as the runner runs it, with a fake nvidia-smi on PATH replaying output
 * captured from real drivers. GPU discovery, selection and the preflight failures.
 */
import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync } from 'node:fs';
import { makeRunner, H100, H100_UUID, A100X8, type Runner } from './helpers.js';

let r: Runner;
beforeAll(() => {
  r = makeRunner();
});
afterAll(() => r.cleanup());

const A100_UUIDS = [
  'GPU-b01e9f90-c60c-4ad1-2052-154833662357', 'GPU-fccd4a78-556b-7b41-320b-f2a10438c176', 'GPU-0b64e86a-a39a-9261-7e62-798d98e599af',
  'GPU-e58a4615-3aae-089b-9161-2c78eb0bf227', 'GPU-bf404e05-68b6-34c1-386f-94eda8a08cd7', 'GPU-083904c0-9140-4a80-ae74-4c2682d585b3',
  'GPU-2d82fc40-f4a8-9df4-effd-d6f6f22c88d8', 'GPU-1291f09c-b6e3-8fb1-6879-89b8b8a9dbc6',
];

describe('train-on-gpu-runner preflight (runner-faithful)', () => {
  test('one GPU: the training gets it by UUID, monitoring follows changing load, summary has charts', async () => {
    const res = await r.run(
      { command: 'node train.mjs --steps 6', 'metrics-log': 'log.jsonl', 'model-path': 'out/model.bin' },
      {
        scenario: {
          ...H100,
          // Simulated: utilization and memory change across sampling calls, over the captured busy H100.
          load: [{}, { 0: { 'utilization.gpu': 35, 'memory.used': 25000 } }, { 0: { 'utilization.gpu': 80, 'memory.used': 30000 } }],
        },
      },
    );
    expect(res.errors).toEqual([]);
    expect(res.exitCode).toBe(0);
    const [a] = r.attempts();
    expect(a).toMatchObject({ CUDA_VISIBLE_DEVICES: H100_UUID, CUDA_DEVICE_ORDER: 'PCI_BUS_ID', MLCI_DEVICE: 'cuda', MLCI_RESUME_FROM: null, attempt: 1 });
    expect(a.inputVars).toEqual([]);
    expect(res.outputs).toMatchObject({
      outcome: 'success', device: 'gpu', 'gpu-name': 'NVIDIA H100 80GB HBM3', 'gpu-uuids': H100_UUID, 'cuda-version': '13.1',
      'driver-version': '590.48.01', attempts: '1', 'peak-gpu-memory-mb': '30000', 'metric-accuracy': '0.93', 'metric-val-f1': '0.88',
    });
    expect(JSON.parse(res.outputs.metrics)).toEqual({ accuracy: 0.93, loss: 2 / 6, 'val/f1': 0.88 });
    expect(res.outputs['model-path']).toBe(`${r.workspace}/out/model.bin`);
    expect(Number(res.outputs['duration-seconds'])).toBeGreaterThan(0.5);
    expect(Number(res.outputs['mean-gpu-utilization'])).toBeGreaterThan(30);
    // Every nvidia-smi call was argv, never a shell line.
    const calls = r.smiCalls();
    expect(calls[0]).toEqual(['--query-gpu=index,uuid,name,driver_version,memory.total,memory.used,memory.free,utilization.gpu,compute_cap', '--format=csv,noheader,nounits']);
    expect(calls).toContainEqual(['-L']);
    expect(calls).toContainEqual(['-q']);
    expect(calls).toContainEqual(['--query-gpu=index,uuid,memory.used,utilization.gpu', '--format=csv,noheader,nounits']);
    // The log shows the training inside a group.
    expect(res.stdout).toMatch(/::group::Training \(attempt 1 of 1\)\n(?:.*\n)*step 6\/6 loss 0\.333 \(attempt 1\)\n(?:.*\n)*::endgroup::/);
    // Summary: facts, metrics, mermaid charts with their tables.
    expect(res.summary).toContain('## train-on-gpu-runner: training succeeded');
    expect(res.summary).toContain('| Driver / CUDA | 590.48.01 / 13.1 |');
    expect(res.summary).toContain('| val/f1 | 0.88 |');
    expect(res.summary).toMatch(/```mermaid\nxychart-beta\n {4}title "loss"\n {4}x-axis "step" 1 --> 6\n/);
    expect(res.summary).toContain('title "GPU utilization"');
    expect(res.summary).toContain('y-axis "utilization %" 0 --> 100');
    expect(res.summary).toContain('<details><summary>GPU memory used: data');
    expect(res.warnings.filter((w) => /under 5%/.test(w))).toEqual([]);
  });

  test('eight GPUs, five busy: the two least used are chosen by UUID; the R460 driver lacks compute_cap', async () => {
    const res = await r.run(
      { command: 'node train.mjs --steps 1', gpus: '2', 'min-gpu-memory': '30GiB' },
      {
        scenario: {
          ...A100X8,
          // Simulated load over the real 8x A100 inventory (no real busy 8-GPU capture with UUIDs exists).
          load: [{
            0: { 'utilization.gpu': 98, 'memory.used': 30000 }, 1: { 'utilization.gpu': 100, 'memory.used': 39000 },
            2: { 'utilization.gpu': 0, 'memory.used': 12000 }, 4: { 'utilization.gpu': 56, 'memory.used': 2000 },
            5: { 'utilization.gpu': 3, 'memory.used': 800 }, 6: { 'utilization.gpu': 23, 'memory.used': 35000 },
          }],
        },
      },
    );
    expect(res.errors).toEqual([]);
    // GPU 3 and 7 are idle and empty; GPU 2 is idle but has too little free memory for 30 GiB; GPU 5 is at 3 %.
    expect(res.outputs['gpu-uuids']).toBe(`${A100_UUIDS[3]},${A100_UUIDS[7]}`);
    expect(r.attempts().at(-1)?.CUDA_VISIBLE_DEVICES).toBe(`${A100_UUIDS[3]},${A100_UUIDS[7]}`);
    expect(res.outputs['gpu-name']).toBe('A100-SXM4-40GB');
    expect(res.outputs['cuda-version']).toBe('11.2');
    expect(res.stdout).toContain("This driver does not know the nvidia-smi field 'compute_cap'; continuing without it.");
    expect(res.summary).toMatch(/2 × GPU: A100-SXM4-40GB `GPU-e58a4615/);
  });

  test('too little free memory: fails before training, listing every GPU and what to check', async () => {
    const before = r.attempts().length;
    const res = await r.run({ command: 'node train.mjs', 'min-gpu-memory': '70GiB' }, { scenario: H100 });
    expect(res.exitCode).toBe(1);
    expect(res.errors).toHaveLength(1);
    expect(res.errors[0]).toMatch(/^train-on-gpu-runner failed: No usable GPU \(require-gpu is true\)\. Need 1 GPU with at least 70\.0 GiB free memory, found 0 such GPUs\./);
    expect(res.errors[0]).toContain(`GPU 0 NVIDIA H100 80GB HBM3 (${H100_UUID}): 59.8 GiB free of 79.6 GiB, 100% busy`);
    expect(res.errors[0]).toMatch(/lower `min-gpu-memory` or `gpus`/);
    expect(r.attempts().length).toBe(before);
  });

  test('nvidia-smi missing: names runs-on and the container --gpus all pitfall; auto falls back to the CPU', async () => {
    expect(existsSync('/usr/bin/nvidia-smi') || existsSync('/bin/nvidia-smi')).toBe(false);
    const path = `${r.nodeOnlyBin}:/usr/bin:/bin`;
    const res = await r.run({ command: 'node train.mjs --steps 1' }, { path, scenario: H100 });
    expect(res.exitCode).toBe(1);
    expect(res.errors[0]).toMatch(/nvidia-smi was not found on PATH.*`runs-on` selects a GPU runner.*`--gpus all`/);
    const auto = await r.run({ command: 'node train.mjs --steps 1', 'require-gpu': 'auto' }, { path, scenario: H100 });
    expect(auto.exitCode).toBe(0);
    expect(auto.notices.some((n) => /No usable GPU, running on the CPU \(require-gpu is auto\)\. nvidia-smi was not found/.test(n))).toBe(true);
    expect(auto.outputs).toMatchObject({ device: 'cpu', 'gpu-name': '', 'peak-gpu-memory-mb': '' });
    expect(r.attempts().at(-1)).toMatchObject({ MLCI_DEVICE: 'cpu', CUDA_VISIBLE_DEVICES: '' }); // the CPU fallback hides every GPU
  });

  test('driver unreachable ("couldn\'t communicate with the NVIDIA driver")', async () => {
    const res = await r.run({ command: 'node train.mjs' }, { scenario: { error: { file: 'error-nvidia-smi-failed-communicate.txt', exitCode: 9 } } });
    expect(res.exitCode).toBe(1);
    expect(res.errors[0]).toMatch(/could not communicate with the NVIDIA driver.*lsmod \| grep nvidia.*nvidia-smi said: "NVIDIA-SMI has failed because it couldn't communicate/);
  });

  test('driver/library mismatch and lost container access are told apart', async () => {
    const mismatch = await r.run({ command: 'true' }, { scenario: { error: { file: 'error-nvml-driver-library-mismatch-nvml-version-line.txt', exitCode: 18 } } });
    expect(mismatch.errors[0]).toMatch(/library and kernel module versions differ.*NVML library version: 570\.124/);
    const lost = await r.run({ command: 'true' }, { scenario: { error: { file: 'error-nvml-unknown-error.txt', exitCode: 255 } } });
    expect(lost.errors[0]).toMatch(/container lost access to the GPU/);
  });

  test('require-gpu false: no nvidia-smi call at all', async () => {
    const before = r.smiCalls().length;
    const res = await r.run({ command: 'node train.mjs --steps 1', 'require-gpu': 'false' }, { scenario: { error: { file: 'error-no-devices-found.txt', exitCode: 6 } } });
    expect(res.exitCode).toBe(0);
    expect(r.smiCalls().length).toBe(before);
    expect(res.notices).toContain('require-gpu is false: running without GPU selection or monitoring.');
  });
});
