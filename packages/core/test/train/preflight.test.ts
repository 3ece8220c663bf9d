import { describe, test, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preflight, type ExecFailure } from '../../src/train/preflight.js';
import type { ExecFile } from '../../src/train/monitor.js';
import { parseSmiQueryCsvWithHeader, smiCell } from '../../src/train/smi.js';

const FIX = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'nvidia-smi');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');

/** The `--query-gpu` answer nvidia-smi gives with noheader,nounits: the asked fields of a captured header CSV. */
function project(csvFile: string, fields: string[]): string {
  const t = parseSmiQueryCsvWithHeader(read(csvFile));
  return t.rows.map((_, r) => fields.map((f) => {
    const c = smiCell(t, r, f);
    if (!c) throw Object.assign(new Error('invalid field'), { code: 2, stdout: `Field "${f}" is not a valid field to query.\n\n`, stderr: '' });
    return c.text === null ? `[${c.reason}]` : c.text.replace(/ (MiB|%|W|MHz)$/, '');
  }).join(', ')).join('\n') + '\n';
}

function fail(code: number | string, stdout: string): ExecFailure {
  return Object.assign(new Error(`Command failed: nvidia-smi\n${stdout}`), { code, stdout, stderr: '' });
}

function fakeExec(answer: (args: readonly string[]) => string, calls: Array<readonly string[]> = []): ExecFile {
  return async (file, args) => {
    calls.push([file, ...args]);
    return { stdout: answer(args), stderr: '' };
  };
}

describe('preflight', () => {
  test('one H100 (real busy capture): queried without a shell, -L and -q read, CUDA version known', async () => {
    const calls: Array<readonly string[]> = [];
    const r = await preflight({
      exec: fakeExec((args) => {
        if (args[0].startsWith('--query-gpu=')) return project('query-allfields-h100-driver590-busy.csv', args[0].slice(12).split(','));
        if (args[0] === '-L') return 'GPU 0: NVIDIA H100 80GB HBM3 (UUID: GPU-00000000-0000-0000-0000-000000000000)\n';
        if (args[0] === '-q') return read('q-h100-driver590-busy.txt');
        throw new Error('unexpected ' + args.join(' '));
      }, calls),
      request: { count: 1 },
    });
    expect(calls[0]).toEqual([
      'nvidia-smi', '--query-gpu=index,uuid,name,driver_version,memory.total,memory.used,memory.free,utilization.gpu,compute_cap', '--format=csv,noheader,nounits',
    ]);
    expect(calls.map((c) => c[1])).toEqual([calls[0][1], '-L', '-q']);
    if (!r.ok) throw new Error(r.message);
    expect(r.inventory).toMatchObject({ driverVersion: '590.48.01', cudaVersion: '13.1' });
    expect(r.inventory.gpus[0]).toMatchObject({ computeCap: '9.0', memoryUsedMiB: 19818, utilizationPct: 100 });
    expect(r.selection.cudaVisibleDevices).toBe('GPU-00000000-0000-0000-0000-000000000000');
  });

  test('a driver without compute_cap is asked again without it', async () => {
    const asked: string[] = [];
    const r = await preflight({
      exec: async (_f, args) => {
        if (args[0] === '-L' || args[0] === '-q') throw fail(6, 'No devices were found\n');
        asked.push(args[0]);
        const fields = args[0].slice(12).split(',');
        if (fields.includes('compute_cap')) throw fail(2, 'Field "compute_cap" is not a valid field to query.\n\n');
        return { stdout: project('query-allfields-h100-driver590-idle.csv', fields), stderr: '' };
      },
      request: { count: 1 },
    });
    expect(asked).toHaveLength(2);
    expect(asked[1]).not.toContain('compute_cap');
    expect(r.ok).toBe(true);
    expect(r.warnings[0]).toMatch(/does not know the nvidia-smi field 'compute_cap'/);
    expect(r.warnings.some((w) => /-L failed/.test(w))).toBe(true);
  });

  test.each([
    ['error-nvidia-smi-failed-communicate.txt', 9, 'driver-unreachable', /could not communicate with the NVIDIA driver.*couldn't communicate/],
    ['error-nvml-driver-library-mismatch-nvml-version-line.txt', 18, 'version-mismatch', /Reboot the runner host.*Driver\/library version mismatch \/ NVML library version: 570\.124/],
    ['error-nvml-unknown-error.txt', 255, 'nvml-unknown-error', /lost access to the GPU/],
    ['error-no-devices-found.txt', 6, 'no-devices', /reports no GPU/],
  ] as const)('%s (exit %d): %s', async (file, code, kind, message) => {
    const r = await preflight({ exec: async () => { throw fail(code, read(file)); }, request: { count: 1 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe(kind);
    expect(r.message).toMatch(message);
  });

  test('missing binary', async () => {
    const r = await preflight({ exec: async () => { throw Object.assign(new Error('spawn nvidia-smi ENOENT'), { code: 'ENOENT' }); }, request: { count: 1 } });
    expect(r).toMatchObject({ ok: false, kind: 'not-found' });
    expect(!r.ok && r.message).toMatch(/--gpus all/);
  });

  test('a hung nvidia-smi (killed by the timeout) is reported as such', async () => {
    const r = await preflight({ exec: async () => { throw Object.assign(new Error('timeout'), { killed: true, signal: 'SIGTERM' }); }, request: { count: 1 } });
    expect(r).toMatchObject({ ok: false, kind: 'timeout' });
  });

  test('too little free memory: the failure lists each GPU', async () => {
    const r = await preflight({
      exec: fakeExec((args) => (args[0].startsWith('--query-gpu=') ? project('query-allfields-h100-driver590-busy.csv', args[0].slice(12).split(',')) : '')),
      request: { count: 1, minMemoryBytes: 70 * 2 ** 30 },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('no-usable-gpu');
    expect(r.message).toContain('GPU 0 NVIDIA H100 80GB HBM3 (GPU-00000000-0000-0000-0000-000000000000): 59.8 GiB free of 79.6 GiB, 100% busy');
    expect(r.message).toMatch(/^No|^Need 1 GPU with at least 70\.0 GiB free memory, found 0 such GPUs\./);
    expect(r.inventory?.gpus).toHaveLength(1);
  });
});
