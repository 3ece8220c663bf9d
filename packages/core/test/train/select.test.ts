import { describe, test, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectGpus, describeGpu } from '../../src/train/select.js';
import { buildInventory, type GpuDevice } from '../../src/train/gpu.js';
import { parseSmiQ } from '../../src/train/smi-q.js';
import { parseSmiList } from '../../src/train/smi-list.js';
import { parseSmiQueryCsv, parseSmiQueryCsvWithHeader } from '../../src/train/smi.js';

/** The preflight fields, without memory.free: free memory is then total - used. */
const FIELDS = ['index', 'uuid', 'name', 'driver_version', 'memory.total', 'memory.used', 'utilization.gpu', 'compute_cap'];
import { UserError } from '../../src/errors.js';

const FIX = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'nvidia-smi');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');
const GiB = 2 ** 30;

/**
 * The 8x A100 node from its real `-q` capture (UUIDs, names, memory sizes), idle as captured. `load` overlays
 * utilization and memory in use per GPU index: no real 8-GPU capture with busy GPUs and UUIDs exists
 * (fixtures SOURCES.md), so the load is simulated on top of the real inventory.
 */
function a100Node(load: Record<number, { util: number; usedMiB: number }> = {}): GpuDevice[] {
  const q = parseSmiQ(read('q-8xa100-40gb-driver460.txt'));
  return q.gpus.map((g, i) => ({
    index: i, uuid: g.uuid!, name: g.productName!, driverVersion: q.driverVersion,
    memoryTotalMiB: g.memoryTotalMiB, memoryUsedMiB: load[i]?.usedMiB ?? g.memoryUsedMiB,
    utilizationPct: load[i]?.util ?? g.utilizationPct, migEnabled: false, mig: [],
  }));
}
const A100_UUIDS = parseSmiQ(read('q-8xa100-40gb-driver460.txt')).gpus.map((g) => g.uuid!);

describe('selectGpus', () => {
  test('one H100 from the real busy capture: chosen by UUID', () => {
    const inv = buildInventory(parseSmiQueryCsvWithHeader(read('query-allfields-h100-driver590-busy.csv')));
    const s = selectGpus(inv.gpus, { count: 1 });
    expect(s.cudaVisibleDevices).toBe('GPU-00000000-0000-0000-0000-000000000000');
    expect(s.devices[0]).toMatchObject({ kind: 'gpu', name: 'NVIDIA H100 80GB HBM3', memoryFreeMiB: 61263, utilizationPct: 100 });
  });

  test('8 GPUs, five busy: the least used are chosen, in order of use', () => {
    const gpus = a100Node({
      0: { util: 98, usedMiB: 30000 }, 1: { util: 100, usedMiB: 39000 }, 2: { util: 61, usedMiB: 20000 },
      4: { util: 56, usedMiB: 12000 }, 6: { util: 23, usedMiB: 35000 },
    });
    const s = selectGpus(gpus, { count: 3 });
    // GPUs 3, 5, 7 are idle: all at 0 %, 0 MiB, so index order decides.
    expect(s.devices.map((d) => d.gpuIndex)).toEqual([3, 5, 7]);
    expect(s.cudaVisibleDevices).toBe([A100_UUIDS[3], A100_UUIDS[5], A100_UUIDS[7]].join(','));
    const four = selectGpus(gpus, { count: 4 });
    expect(four.devices.map((d) => d.gpuIndex)).toEqual([3, 5, 7, 6]);
  });

  test('min-gpu-memory skips a GPU that is idle but full', () => {
    const gpus = a100Node({ 3: { util: 0, usedMiB: 39000 } });
    const s = selectGpus(gpus, { count: 1, minMemoryBytes: 20 * GiB });
    expect(s.devices[0].gpuIndex).toBe(0);
    const t = selectGpus(a100Node({ 0: { util: 0, usedMiB: 39000 } }), { count: 1, minMemoryBytes: 20 * GiB });
    expect(t.devices[0].gpuIndex).toBe(1);
  });

  test('all: every GPU with enough free memory', () => {
    const s = selectGpus(a100Node({ 2: { util: 50, usedMiB: 39000 } }), { count: 'all', minMemoryBytes: 10 * GiB });
    expect(s.devices).toHaveLength(7);
    expect(s.devices.map((d) => d.gpuIndex)).not.toContain(2);
  });

  test('too little memory: one UserError listing every GPU free memory and what to check', () => {
    const gpus = a100Node(Object.fromEntries([0, 1, 2, 3, 4, 5, 6, 7].map((i) => [i, { util: 90, usedMiB: 30000 + i * 100 }])));
    let err: unknown;
    try {
      selectGpus(gpus, { count: 2, minMemoryBytes: 20 * GiB });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    const m = (err as Error).message;
    expect(m).toMatch(/Need 2 GPUs with at least 20\.0 GiB free memory each, found 0 such GPUs/);
    for (let i = 0; i < 8; i++) expect(m).toContain(`GPU ${i} A100-SXM4-40GB (${A100_UUIDS[i]})`);
    expect(m).toContain('10.3 GiB free of 39.6 GiB, 90% busy');
    expect(m).toMatch(/min-gpu-memory/);
  });

  test('more GPUs than exist', () => {
    const inv = buildInventory(parseSmiQueryCsvWithHeader(read('query-allfields-h100-driver590-busy.csv')));
    expect(() => selectGpus(inv.gpus, { count: 2 })).toThrow(/Need 2 GPUs, found 1 such GPU\./);
    expect(() => selectGpus([], { count: 1 })).toThrow(/found no GPU/);
  });

  test('unknown memory ([N/A]) cannot satisfy a memory minimum, but any GPU satisfies none', () => {
    const g: GpuDevice = { index: 0, uuid: 'GPU-x', name: 'Jetson', memoryTotalMiB: null, memoryUsedMiB: null, utilizationPct: null, migEnabled: false, mig: [] };
    expect(selectGpus([g], { count: 1 }).cudaVisibleDevices).toBe('GPU-x');
    expect(() => selectGpus([g], { count: 1, minMemoryBytes: GiB })).toThrow(/unknown free of unknown, utilization unknown/);
  });

  test('an existing CUDA_VISIBLE_DEVICES narrows the candidates (by index or UUID)', () => {
    const gpus = a100Node();
    const s = selectGpus(gpus, { count: 1, visibleDevices: '6,7' });
    expect(s.devices[0].gpuIndex).toBe(6);
    expect(s.notes[0]).toMatch(/already set to '6,7'/);
    const u = selectGpus(gpus, { count: 1, visibleDevices: A100_UUIDS[5] });
    expect(u.devices[0].gpuIndex).toBe(5);
  });
});

describe('MIG', () => {
  // Real -L of a 4x A100-80GB node, GPU 0 in MIG mode (4x 1g.20gb). -L has no numbers, so the query rows here
  // give each GPU the A100-80GB's 81920 MiB and the load of the test.
  const list = parseSmiList(read('L-mixed-mig-4xa100-80gb.txt'));
  const csv = (used: number[], util: Array<number | '[N/A]'>) =>
    list.gpus.map((g, i) => `${i}, ${g.uuid}, ${g.name}, 535.104.05, 81920, ${used[i]}, ${util[i]}, 8.0`).join('\n');

  test('a GPU in MIG mode is never handed out whole; its MIG devices are the fallback for one device', () => {
    const inv = buildInventory(parseSmiQueryCsv(csv([0, 81000, 81000, 81000], ['[N/A]', 100, 100, 100]), FIELDS), list);
    expect(inv.gpus[0].migEnabled).toBe(true);
    expect(inv.gpus[0].mig).toHaveLength(4);
    // Whole GPUs 1-3 are full: a MIG device of GPU 0 it is.
    const s = selectGpus(inv.gpus, { count: 1, minMemoryBytes: 15 * GiB });
    expect(s.devices[0]).toMatchObject({ kind: 'mig', uuid: 'MIG-ce861fb0-a248-58ce-a9a8-f9adbc22a66a', gpuIndex: 0, detail: 'MIG 1g.20gb device 0' });
    expect(s.cudaVisibleDevices).toBe('MIG-ce861fb0-a248-58ce-a9a8-f9adbc22a66a');
    expect(s.notes[0]).toMatch(/MIG profile name/);
  });
  test('whole GPUs are preferred while they qualify', () => {
    const inv = buildInventory(parseSmiQueryCsv(csv([0, 0, 500, 0], ['[N/A]', 0, 0, 0]), FIELDS), list);
    const s = selectGpus(inv.gpus, { count: 1 });
    expect(s.devices[0]).toMatchObject({ kind: 'gpu', gpuIndex: 1 });
  });
  test('MIG devices cannot be combined: asking for 2 on an all-MIG node fails and says why', () => {
    const all = parseSmiList(read('L-mig-8xh100-1g10gb.txt'));
    const rows = all.gpus.map((g, i) => `${i}, ${g.uuid}, ${g.name}, 550.54.15, 81559, 0, [N/A], 9.0`).join('\n');
    const inv = buildInventory(parseSmiQueryCsv(rows, FIELDS), all);
    expect(() => selectGpus(inv.gpus, { count: 2 })).toThrow(/a CUDA process uses at most one MIG device/);
    const one = selectGpus(inv.gpus, { count: 1, minMemoryBytes: 9 * GiB });
    expect(one.devices[0].uuid).toBe('MIG-4d0efb7d-0970-51d9-b761-0686be6b8af3');
    expect(() => selectGpus(inv.gpus, { count: 1, minMemoryBytes: 20 * GiB })).toThrow(/MIG mode with 7 MIG device\(s\) 1g\.10gb/);
  });
  test('MIG mode from -q without instances: nothing usable', () => {
    const inv = buildInventory(parseSmiQueryCsv('0, GPU-a, A100, 1, 40536, 0, [N/A], 8.0', FIELDS), undefined, {
      gpus: [{ busId: 'x', uuid: 'GPU-a', migMode: 'Enabled', memoryTotalMiB: null, memoryUsedMiB: null, memoryFreeMiB: null, utilizationPct: null, processes: [] }],
      root: [],
    });
    expect(inv.gpus[0].migEnabled).toBe(true);
    expect(() => selectGpus(inv.gpus, { count: 1 })).toThrow(/MIG mode with 0 MIG device/);
    expect(describeGpu(inv.gpus[0])).toMatch(/utilization unknown/);
  });
});
