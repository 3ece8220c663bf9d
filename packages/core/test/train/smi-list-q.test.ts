import { describe, test, expect } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSmiList, migProfileMemoryBytes } from '../../src/train/smi-list.js';
import { parseSmiQ, parseSmiQTree } from '../../src/train/smi-q.js';

const FIX = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'nvidia-smi');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');

describe('nvidia-smi -L', () => {
  test('every -L fixture parses completely', () => {
    const files = readdirSync(FIX).filter((f) => f.startsWith('L-'));
    expect(files.length).toBe(6);
    for (const f of files) {
      const l = parseSmiList(read(f));
      expect(l.ignoredLines).toEqual([]);
      expect(l.gpus.length).toBeGreaterThan(0);
      for (const g of l.gpus) expect(g.uuid).toMatch(/^GPU-[0-9a-f-]{36}$/);
    }
  });
  test('8x H100 split into 7 MIG 1g.10gb each: 56 MIG UUIDs, unique', () => {
    const l = parseSmiList(read('L-mig-8xh100-1g10gb.txt'));
    expect(l.gpus.map((g) => g.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(l.gpus.every((g) => g.mig.length === 7)).toBe(true);
    const uuids = l.gpus.flatMap((g) => g.mig.map((m) => m.uuid));
    expect(new Set(uuids).size).toBe(56);
    expect(l.gpus[0].mig[0]).toEqual({
      profile: '1g.10gb', device: 0, uuid: 'MIG-4d0efb7d-0970-51d9-b761-0686be6b8af3', nominalMemoryBytes: 10e9,
    });
  });
  test('mixed MIG and whole GPUs (4x A100 80GB)', () => {
    const l = parseSmiList(read('L-mixed-mig-4xa100-80gb.txt'));
    expect(l.gpus.map((g) => g.mig.length)).toEqual([4, 0, 0, 0]);
    expect(l.gpus[0].mig.map((m) => m.profile)).toEqual(['1g.20gb', '1g.20gb', '1g.20gb', '1g.20gb']);
    expect(l.gpus[3].uuid).toBe('GPU-69ec2344-ebac-b028-f88f-452abb3d7f11');
  });
  test('legacy R450 MIG UUIDs (MIG-GPU-<uuid>/<gi>/<ci>) and single-space layout', () => {
    const l = parseSmiList(read('L-mig-a100-driver450-legacy-uuid.txt'));
    expect(l.gpus[0].name).toBe('A100-SXM4-40GB');
    expect(l.gpus[0].mig).toHaveLength(7);
    expect(l.gpus[0].mig[3].uuid).toBe('MIG-GPU-4200ccc0-2667-d4cb-9137-f932c716232a/10/0');
    expect(l.gpus[0].mig[3].device).toBe(3);
  });
  test('mixed profile sizes and names without MIG', () => {
    const h = parseSmiList(read('L-mig-h100-driver590-masked.txt'));
    expect(h.gpus[0].mig.map((m) => m.profile)).toEqual(['3g.40gb', '2g.20gb', '1g.10gb', '1g.10gb']);
    const two = parseSmiList(read('L-2gpu-titanv-rtx5880-driver570.txt'));
    expect(two.gpus.map((g) => g.name)).toEqual(['NVIDIA TITAN V', 'NVIDIA RTX 5880 Ada Generation']);
    expect(two.gpus.every((g) => g.mig.length === 0)).toBe(true);
    expect(parseSmiList(read('L-mig-a100-80gb-7x1g10gb-driver535.txt')).gpus[0].mig).toHaveLength(7);
  });
  test('profile memory is a decimal-GB lower bound', () => {
    expect(migProfileMemoryBytes('3g.40gb')).toBe(40e9);
    expect(migProfileMemoryBytes('1c.3g.40gb')).toBe(40e9);
    expect(migProfileMemoryBytes('weird')).toBeNull();
  });
});

describe('nvidia-smi -q', () => {
  test('H100 driver 590 under load: versions, memory, utilization (GPU key), processes', () => {
    const q = parseSmiQ(read('q-h100-driver590-busy.txt'));
    expect(q).toMatchObject({ driverVersion: '590.48.01', cudaVersion: '13.1', attachedGpus: 1 });
    expect(q.gpus).toHaveLength(1);
    expect(q.gpus[0]).toMatchObject({
      busId: '00000000:00:09.0', productName: 'NVIDIA H100 80GB HBM3', uuid: 'GPU-00000000-0000-0000-0000-000000000000',
      minorNumber: 0, migMode: 'Disabled', memoryTotalMiB: 81559, memoryUsedMiB: 19818, memoryFreeMiB: 61263, utilizationPct: 100,
    });
    expect(q.gpus[0].processes).toEqual([
      { pid: 11327, type: 'C', name: '/root/tools/memhog', usedMemoryMiB: 2566 },
      { pid: 11328, type: 'C', name: '/root/tools/memhog', usedMemoryMiB: 1542 },
      { pid: 11345, type: 'C', name: './gpu_burn', usedMemoryMiB: 15690 },
    ]);
  });
  test('driver 610 deprecates Driver/CUDA Version in favour of KMD / CUDA UMD: the bracket note is dropped', () => {
    const q = parseSmiQ(read('q-rtx2080super-driver610-deprecated-driver-version.txt'));
    expect(q.driverVersion).toBe('610.57.04');
    expect(q.cudaVersion).toBe('13.3');
    expect(q.kmdVersion).toBe('610.57.04');
    expect(q.gpus[0].productName).toBe('NVIDIA GeForce RTX 2080 SUPER');
    expect(q.gpus[0].memoryTotalMiB).toBeGreaterThan(7000);
  });
  test('8x A100 driver 460 (Gpu key, PCI domains 0001..000E, no processes)', () => {
    const q = parseSmiQ(read('q-8xa100-40gb-driver460.txt'));
    expect(q).toMatchObject({ driverVersion: '460.32.03', cudaVersion: '11.2', attachedGpus: 8 });
    expect(q.gpus).toHaveLength(8);
    expect(q.gpus.map((g) => g.minorNumber)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(q.gpus.map((g) => g.uuid)).size).toBe(8);
    expect(q.gpus[0].uuid).toBe('GPU-b01e9f90-c60c-4ad1-2052-154833662357');
    expect(q.gpus.every((g) => g.memoryTotalMiB === 40536 && g.utilizationPct === 0 && g.migMode === 'Disabled')).toBe(true);
    expect(q.gpus.every((g) => g.processes.length === 0)).toBe(true);
    expect(q.gpus[0].busId).toBe('00000001:00:00.0');
  });
  test('values containing colons (bus ids) and sections with values and children parse into a tree', () => {
    const t = parseSmiQTree('GPU 00000000:00:09.0\n    PCI\n        Bus Id : 00000000:00:09.0\n    Processes\n        Process ID : 7\n            Type : C\n');
    expect(t[0].children[0].children[0]).toMatchObject({ key: 'Bus Id', value: '00000000:00:09.0' });
    expect(t[0].children[1].children[0].children[0]).toMatchObject({ key: 'Type', value: 'C' });
  });
});
