import { describe, test, expect } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  classifySmiFailure, describeSmiFailure, parseSmiCell, parseSmiQueryCsv, parseSmiQueryCsvWithHeader, rejectedSmiField,
  smiCell, smiNumber, PREFLIGHT_FIELDS,
} from '../../src/train/smi.js';
import { buildInventory } from '../../src/train/gpu.js';

const FIX = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'nvidia-smi');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');

describe('cells', () => {
  test('placeholders become null with their reason; units are stripped from numbers', () => {
    expect(parseSmiCell(' [N/A]')).toEqual({ text: null, reason: 'N/A' });
    expect(parseSmiCell('[Not Supported]')).toEqual({ text: null, reason: 'Not Supported' });
    expect(parseSmiCell('[Requested functionality has been deprecated]').reason).toBe('Requested functionality has been deprecated');
    expect(parseSmiCell('N/A')).toEqual({ text: null, reason: 'N/A' });
    expect(smiNumber(parseSmiCell('81559 MiB'))).toBe(81559);
    expect(smiNumber(parseSmiCell('100 %'))).toBe(100);
    expect(smiNumber(parseSmiCell('28.16'))).toBe(28.16);
    expect(smiNumber(parseSmiCell('[Unknown Error]'))).toBeNull();
    expect(smiNumber(parseSmiCell('P0'))).toBeNull();
  });
});

describe('--query-gpu CSV fixtures', () => {
  test('H100 all fields with header (busy): the preflight fields are all there and right', () => {
    const t = parseSmiQueryCsvWithHeader(read('query-allfields-h100-driver590-busy.csv'));
    expect(t.fields).toHaveLength(212);
    expect(t.rows).toHaveLength(1);
    for (const f of PREFLIGHT_FIELDS) expect(t.fields).toContain(f);
    expect(smiCell(t, 0, 'name')?.text).toBe('NVIDIA H100 80GB HBM3');
    expect(smiNumber(smiCell(t, 0, 'memory.total'))).toBe(81559);
    expect(smiNumber(smiCell(t, 0, 'memory.used'))).toBe(19818);
    expect(smiNumber(smiCell(t, 0, 'utilization.gpu'))).toBe(100);
    expect(smiCell(t, 0, 'compute_cap')?.text).toBe('9.0');
    expect(smiCell(t, 0, 'hostname')).toEqual({ text: null, reason: 'N/A' });
    const inv = buildInventory(t);
    expect(inv.gpus[0]).toMatchObject({ index: 0, uuid: 'GPU-00000000-0000-0000-0000-000000000000', driverVersion: '590.48.01', migEnabled: false });
  });
  test('H100 idle capture parses to the same GPU with low use', () => {
    const t = parseSmiQueryCsvWithHeader(read('query-allfields-h100-driver590-idle.csv'));
    expect(t.rows).toHaveLength(1);
    const u = smiNumber(smiCell(t, 0, 'utilization.gpu'));
    expect(u).not.toBeNull();
    expect(u!).toBeLessThan(100);
  });
  test('Tesla P100 with nounits keeps [unit] tags in the header only', () => {
    const t = parseSmiQueryCsvWithHeader(read('query-tesla-p100-nounits.csv'));
    expect(t.fields.slice(0, 4)).toEqual(['name', 'uuid', 'fan.speed', 'pstate']);
    expect(smiCell(t, 0, 'fan.speed')).toEqual({ text: null, reason: 'N/A' });
    expect(smiNumber(smiCell(t, 0, 'memory.free'))).toBe(16280);
    expect(smiCell(t, 0, 'uuid')?.text).toBe('GPU-ef1b2c9b-38d8-2090-2bd1-f567a3eb42a6');
  });
  test('two GPUs with compute capability (driver 570)', () => {
    const t = parseSmiQueryCsvWithHeader(read('query-2gpu-computecap-driver570.csv'));
    expect(t.rows.map((_, i) => smiCell(t, i, 'compute_cap')?.text)).toEqual(['7.0', '8.9']);
    expect(t.rows.map((_, i) => smiNumber(smiCell(t, i, 'index')))).toEqual([0, 1]);
  });
  test('five mixed GPUs by pci.bus and uuid', () => {
    const t = parseSmiQueryCsvWithHeader(read('query-5gpu-mixed-pcibus-uuid.csv'));
    expect(t.rows).toHaveLength(5);
    expect(smiCell(t, 1, 'name')?.text).toBe('GeForce GTX 1080 Ti');
    expect(smiCell(t, 4, 'uuid')?.text).toBe('GPU-ff3318a7-f0dd-dc57-1fb8-cc95ba35c56e');
  });
  test('noheader,nounits with [N/A] and the older driver [Not Supported] for the same field', () => {
    const fields = ['memory.total', 'memory.free', 'memory.used', 'temperature.gpu', 'fan.speed', 'utilization.gpu', 'utilization.memory'];
    const na = parseSmiQueryCsv(read('query-na-fanspeed-noheader-nounits.csv'), fields);
    const ns = parseSmiQueryCsv(read('query-notsupported-fanspeed-noheader-nounits-olddriver.csv'), fields);
    expect(smiCell(na, 0, 'fan.speed')).toEqual({ text: null, reason: 'N/A' });
    expect(smiCell(ns, 0, 'fan.speed')).toEqual({ text: null, reason: 'Not Supported' });
    expect(smiNumber(smiCell(na, 0, 'memory.total'))).toBe(2004);
    expect(smiNumber(smiCell(ns, 0, 'utilization.gpu'))).toBe(0);
  });
  test('Windows GTX 770, noheader with units and many [Not Supported]', () => {
    const fields = ['gpu_name', 'utilization.gpu', 'utilization.memory', 'temperature.gpu', 'power.draw', 'power.limit', 'fan.speed',
      'pstate', 'clocks.current.graphics', 'clocks.current.memory', 'power.max_limit', 'power.default_limit'];
    const t = parseSmiQueryCsv(read('query-notsupported-gtx770-windows-noheader.csv'), fields);
    expect(t.rows).toHaveLength(1);
    expect(smiNumber(smiCell(t, 0, 'utilization.gpu'))).toBeNull();
    expect(smiNumber(smiCell(t, 0, 'fan.speed'))).toBe(52);
    expect(smiNumber(smiCell(t, 0, 'temperature.gpu'))).toBe(52);
  });
  test('lines that are not rows (driver warnings) are set aside, not parsed', () => {
    const text = '0, GPU-a, 10, 5\nWARNING: infoROM is corrupted at gpu 0008:00:00.0\n';
    const t = parseSmiQueryCsv(text, ['index', 'uuid', 'memory.used', 'utilization.gpu']);
    expect(t.rows).toHaveLength(1);
    expect(t.ignoredLines).toEqual(['WARNING: infoROM is corrupted at gpu 0008:00:00.0']);
  });
  test('every CSV fixture parses with its header or its documented field list', () => {
    const csvs = readdirSync(FIX).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThanOrEqual(8);
    for (const f of csvs) {
      const text = read(f);
      const t = f.includes('noheader') ? parseSmiQueryCsv(text, text.split(',').map((_, i) => `f${i}`)) : parseSmiQueryCsvWithHeader(text);
      expect(t.rows.length).toBeGreaterThan(0);
      expect(t.ignoredLines).toEqual([]);
    }
  });
});

describe('driver failures', () => {
  test.each([
    ['error-nvidia-smi-failed-communicate.txt', 'driver-unreachable', /could not communicate with the NVIDIA driver/],
    ['error-nvml-driver-library-mismatch.txt', 'version-mismatch', /Reboot the runner host/],
    ['error-nvml-driver-library-mismatch-nvml-version-line.txt', 'version-mismatch', /NVML library version: 570\.124/],
    ['error-nvml-unknown-error.txt', 'nvml-unknown-error', /lost access to the GPU/],
    ['error-no-devices-found.txt', 'no-devices', /reports no GPU/],
  ] as const)('%s -> %s', (file, kind, message) => {
    const text = read(file);
    expect(classifySmiFailure(text)).toBe(kind);
    expect(describeSmiFailure(kind, text)).toMatch(message);
  });
  test('a missing binary names the runner label and the container --gpus all pitfall', () => {
    const m = describeSmiFailure('not-found');
    expect(m).toMatch(/runs-on/);
    expect(m).toMatch(/--gpus all/);
  });
  test('an unknown field is recognised and named', () => {
    const out = 'Field "compute_cap" is not a valid field to query.\n';
    expect(classifySmiFailure(out)).toBe('invalid-field');
    expect(rejectedSmiField(out)).toBe('compute_cap');
  });
  test('permission and unrelated output', () => {
    expect(classifySmiFailure('Failed to initialize NVML: Insufficient Permissions')).toBe('insufficient-permissions');
    expect(classifySmiFailure('segmentation fault')).toBe('unknown');
  });
});
