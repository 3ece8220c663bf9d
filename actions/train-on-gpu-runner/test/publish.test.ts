/**
 * The action publishes its outputs and summary itself (core only formats): every declared output is set, one
 * `metric-<slug>` per metric, and a metric whose output name another took first is warned about, not dropped silently.
 */
import { describe, test, expect } from '@jest/globals';
import type { Platform } from '@mlci/core';
import type { TrainReport } from '@mlci/core/train/index';
import { outputs, publish } from '../src/main.js';

function recorder() {
  const rec = { outputs: new Map<string, string>(), warnings: [] as string[], summary: [] as string[] };
  const platform = {
    name: 'local',
    setOutput: (k: string, v: string) => void rec.outputs.set(k, v),
    annotate: (level: string, m: string) => void (level === 'warning' && rec.warnings.push(m)),
    appendSummary: async (md: string) => void rec.summary.push(md),
  } as unknown as Platform;
  return { rec, platform };
}

function report(metrics: Array<[string, number]>): TrainReport {
  return {
    outcome: 'success', attempts: [{ attempt: 1, exitCode: 0, signal: null, timedOut: false, killedAfterGrace: false, durationMs: 1500 }], durationMs: 1520, device: 'cpu', cpuReason: 'require-gpu is false',
    metrics, metricsFile: 'metrics.json', modelPath: '/w/model', warnings: [], notices: [],
  } as unknown as TrainReport;
}

describe('publish', () => {
  test('sets every declared output, in order, and one metric-* per metric', async () => {
    const { rec, platform } = recorder();
    await publish(platform, report([['val/loss', 0.25], ['F1_macro', 0.8]]));
    const fixed = Object.keys(outputs).filter((k) => k !== 'metric-*');
    expect([...rec.outputs.keys()]).toEqual([...fixed.slice(0, 2), 'metric-val-loss', 'metric-F1_macro', ...fixed.slice(2)]);
    expect(Object.fromEntries(rec.outputs)).toMatchObject({
      outcome: 'success', metrics: '{"val/loss":0.25,"F1_macro":0.8}', 'metric-val-loss': '0.25', 'model-path': '/w/model',
      'duration-seconds': '1.5', attempts: '1', device: 'cpu', 'gpu-name': '', 'cache-hit': 'false', 'artifact-id': '',
    });
    expect(rec.warnings).toEqual([]);
    expect(rec.summary.join('')).toContain('## train-on-gpu-runner: training succeeded');
  });

  test('colliding names: the first wins, a warning names the other', async () => {
    const { rec, platform } = recorder();
    await publish(platform, report([['val/loss', 1], ['val.loss', 2]]));
    expect(rec.outputs.get('metric-val-loss')).toBe('1');
    expect(JSON.parse(rec.outputs.get('metrics')!)).toEqual({ 'val/loss': 1, 'val.loss': 2 });
    expect(rec.warnings).toEqual(["Metric 'val.loss' has the same output name as 'val/loss' (metric-val-loss; GitHub compares output names without case), so metric-val-loss holds 'val/loss'; read 'val.loss' from the 'metrics' output or rename one."]);
  });

  test('names differing only in case (Accuracy, accuracy): one output, since GitHub resolves output names without case', async () => {
    const { rec, platform } = recorder();
    await publish(platform, report([['Accuracy', 0.9], ['accuracy', 0.8], ['loss', 0.1]]));
    expect([...rec.outputs.keys()].filter((k) => k.toLowerCase() === 'metric-accuracy')).toEqual(['metric-Accuracy']);
    expect(rec.outputs.get('metric-Accuracy')).toBe('0.9');
    expect(rec.outputs.get('metric-loss')).toBe('0.1');
    expect(rec.warnings).toEqual(["Metric 'accuracy' has the same output name as 'Accuracy' (metric-accuracy; GitHub compares output names without case), so metric-accuracy holds 'Accuracy'; read 'accuracy' from the 'metrics' output or rename one."]);
  });
});
