import { describe, test, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GpuSampler, GpuSamples, idleWarning, summarizeSamples, type ExecFile } from '../../src/train/monitor.js';
import { binSeries, formatChartNumber, renderChart } from '../../src/train/chart.js';
import { parseSmiQueryCsvWithHeader, smiCell } from '../../src/train/smi.js';

const FIX = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'nvidia-smi');

describe('monitor statistics', () => {
  test('peak memory is the highest total across GPUs at one sample; mean utilization averages GPUs then samples', () => {
    const s = new GpuSamples(['GPU-a', 'GPU-b']);
    s.add(0, [50, 100], [1000, 2000]);
    s.add(5000, [0, 100], [4000, 500]);
    s.add(10000, [null, 60], [null, 3000]);
    const st = summarizeSamples(s);
    expect(st.peakMemoryMiB).toBe(4500);
    expect(st.peakMemoryPerGpuMiB).toEqual([4000, 3000]);
    expect(st.meanUtilizationPct).toBeCloseTo((75 + 50 + 60) / 3);
    expect(st.idle).toBe(false);
    expect(idleWarning(st)).toBeUndefined();
  });
  test('idle under 5% for most of the run warns about CPU training', () => {
    const s = new GpuSamples(['GPU-a']);
    for (let i = 0; i < 10; i++) s.add(i * 1000, [i < 7 ? 1 : 90], [500]);
    const st = summarizeSamples(s);
    expect(st.idleFraction).toBeCloseTo(0.7);
    expect(st.idle).toBe(true);
    expect(idleWarning(st)).toMatch(/under 5% for 70% of the run .*training on the CPU/);
  });
  test('too few samples, or no utilization at all (MIG), never warn', () => {
    const two = new GpuSamples(['GPU-a']);
    two.add(0, [0], [1]);
    two.add(1, [0], [1]);
    expect(summarizeSamples(two).idle).toBe(false);
    const mig = new GpuSamples(['GPU-a']);
    for (let i = 0; i < 5; i++) mig.add(i, [null], [100]);
    expect(summarizeSamples(mig)).toMatchObject({ meanUtilizationPct: null, idle: false, peakMemoryMiB: 100 });
  });
  test('grows past its initial capacity', () => {
    const s = new GpuSamples(['GPU-a']);
    for (let i = 0; i < 1000; i++) s.add(i, [i % 100], [i]);
    expect(s.length).toBe(1000);
    expect(summarizeSamples(s).peakMemoryMiB).toBe(999);
  });
});

describe('GpuSampler', () => {
  test('parses samples by UUID, in the order asked, from changing output', async () => {
    const outputs = ['0, GPU-b, 100, 10\n1, GPU-a, 200, 20\n', '0, GPU-b, 300, [N/A]\n1, GPU-a, 400, 40\n'];
    const calls: Array<readonly string[]> = [];
    const exec: ExecFile = async (_f, args) => {
      calls.push(args);
      return { stdout: outputs[Math.min(calls.length - 1, outputs.length - 1)], stderr: '' };
    };
    let t = 0;
    const sampler = new GpuSampler({ exec, smiPath: 'nvidia-smi', gpuUuids: ['GPU-a', 'GPU-b'], intervalMs: 1000, now: () => (t += 1000) });
    await sampler.sampleOnce();
    await sampler.sampleOnce();
    const s = await sampler.stop();
    expect(calls[0]).toEqual(['--query-gpu=index,uuid,memory.used,utilization.gpu', '--format=csv,noheader,nounits']);
    expect(Array.from(s.utilization(0))).toEqual([20, 40]);
    expect(Array.from(s.utilization(1))).toEqual([10, NaN]);
    expect(Array.from(s.memory(1))).toEqual([100, 300]);
    expect(Array.from(s.time())).toEqual([1000, 2000]);
  });
  test('repeated failures warn once and sampling goes on', async () => {
    const warned: string[] = [];
    const exec: ExecFile = async () => {
      throw new Error('Failed to initialize NVML: Unknown Error');
    };
    const sampler = new GpuSampler({ exec, smiPath: 'nvidia-smi', gpuUuids: ['GPU-a'], intervalMs: 1000, onFailing: (m) => warned.push(m) });
    for (let i = 0; i < 5; i++) await sampler.sampleOnce();
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/keeps failing \(Failed to initialize NVML: Unknown Error\)/);
    expect((await sampler.stop(false)).length).toBe(0);
  });
  test('the real H100 busy row, projected to the sample fields, samples as 100% and 19818 MiB', async () => {
    const t = parseSmiQueryCsvWithHeader(readFileSync(join(FIX, 'query-allfields-h100-driver590-busy.csv'), 'utf8'));
    const row = ['index', 'uuid', 'memory.used', 'utilization.gpu'].map((f) => smiCell(t, 0, f)?.text?.replace(/ (MiB|%)$/, '')).join(', ');
    const sampler = new GpuSampler({ exec: async () => ({ stdout: row + '\n', stderr: '' }), smiPath: 'x', gpuUuids: ['GPU-00000000-0000-0000-0000-000000000000'], intervalMs: 1 });
    await sampler.sampleOnce();
    const st = summarizeSamples(await sampler.stop());
    expect(st).toMatchObject({ peakMemoryMiB: 19818, meanUtilizationPct: 100 });
  });
});

describe('charts', () => {
  test('numbers print the way mermaid xychart parses them (no exponent)', () => {
    expect(formatChartNumber(0.0000123456)).toBe('0.00001235');
    expect(formatChartNumber(123456789)).toBe('123500000');
    expect(formatChartNumber(-2.5)).toBe('-2.5');
    expect(formatChartNumber(NaN)).toBe('0');
    expect(formatChartNumber(-0)).toBe('0');
    expect(formatChartNumber(1e-300)).toMatch(/^0\.0+1$|^0$/);
    for (const v of [1e-7, 3.3e22, -4.2e-9, 12.5, 1e21]) expect(formatChartNumber(v)).toMatch(/^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/);
  });
  test('short evenly spaced series are drawn point for point', () => {
    const md = renderChart([0, 10, 20, 30], [2, 1.5, 1.2, 1.1], { title: 'loss', xLabel: 'step', yLabel: 'loss' });
    expect(md).toContain('```mermaid\nxychart-beta\n    title "loss"\n    x-axis "step" 0 --> 30\n    y-axis "loss"\n    line [2, 1.5, 1.2, 1.1]\n```');
    expect(md).toContain('| step | loss |\n|---:|---:|\n| 0 | 2 |\n| 10 | 1.5 |');
    expect(md).toContain('<details><summary>loss: data (4 points)</summary>');
  });
  test('samples with timer jitter are drawn point for point, with their exact times in the table', () => {
    const md = renderChart([0.688, 1.269, 1.871], [35, 2, 2], { title: 'GPU utilization', xLabel: 'seconds', yLabel: '%', yRange: [0, 100] });
    expect(md).toContain('x-axis "seconds" 0.688 --> 1.871');
    expect(md).toContain('line [35, 2, 2]');
    expect(md).toContain('| 1.269 | 2 |');
  });

  test('long series are binned to at most maxPoints, with min/max kept in the table', () => {
    const n = 10_000;
    const x = Float64Array.from({ length: n }, (_, i) => i);
    const y = Float64Array.from({ length: n }, (_, i) => (i === 5000 ? 100 : 1));
    const b = binSeries(x, y, 50);
    expect(b.center.length).toBe(50);
    expect(Array.from(b.count).reduce((a, c) => a + c, 0)).toBe(n);
    const md = renderChart(x, y, { title: 'spiky', xLabel: 'step', yLabel: 'v', maxPoints: 50 });
    const line = /line \[(.*)\]/.exec(md)![1].split(', ');
    expect(line).toHaveLength(50);
    expect(md).toMatch(/\| 100 \| \d+ \|\n/);
    expect(md).toContain('10000 points in 50 bins');
    // Same input, same bytes.
    expect(renderChart(x, y, { title: 'spiky', xLabel: 'step', yLabel: 'v', maxPoints: 50 })).toBe(md);
  });
  test('gaps are interpolated for the line but not invented in the table; NaN points are skipped', () => {
    const md = renderChart([0, 1, 9, 10], [0, 1, 9, NaN], { title: 't', xLabel: 'x', yLabel: 'y', maxPoints: 10 });
    expect(/line \[(.*)\]/.exec(md)![1]).toBe('0, 1, 2, 3, 4, 5, 6, 7, 8, 9');
    expect(md.match(/^\| \d+ \| \d+ \|$/gm)).toHaveLength(3);
  });
  test('one point, a fixed y range, hostile titles, nothing to draw', () => {
    const md = renderChart([5], [50], { title: 'GPU "util"\n`x`', xLabel: 's', yLabel: '%', yRange: [0, 100] });
    expect(md).toContain('title "GPU util x"');
    expect(md).toContain('x-axis "s" [5]');
    expect(md).toContain('y-axis "%" 0 --> 100');
    // A line through one point draws nothing: the point is a bar too, its y axis from 0 past the value.
    expect(md).toContain('    bar [50]\n    line [50]\n');
    const auto = renderChart([3], [0.91], { title: 'eval acc', xLabel: 'epoch', yLabel: 'acc' });
    expect(auto).toContain('x-axis "epoch" [3]\n    y-axis "acc" 0 --> 1\n    bar [0.91]\n    line [0.91]\n');
    expect(renderChart([3], [-2], { title: 't', xLabel: 'x', yLabel: 'y' })).toContain('y-axis "y" -2.2 --> 0\n    bar [-2]');
    expect(renderChart([3], [0], { title: 't', xLabel: 'x', yLabel: 'y' })).toContain('y-axis "y" 0 --> 1\n    bar [0]');
    // Two points or more stay a line alone.
    expect(renderChart([1, 2], [1, 2], { title: 't', xLabel: 'x', yLabel: 'y' })).not.toContain('bar [');
    expect(renderChart([1, 2], [NaN, NaN], { title: 't', xLabel: 'x', yLabel: 'y' })).toBe('');
  });
});
