import { formatDuration } from '../inputs/units.js';
import { escapeHtml, renderChart, tableCell } from './chart.js';
import { describeOutcome } from './retry.js';
import { formatMiB } from './select.js';
import type { TrainReport } from './run.js';

/** Most metrics-log series charted in the summary (the rest stay in the log file and the artifact). */
const MAX_CURVES = 8;

const HEADLINE: Record<TrainReport['outcome'], string> = {
  success: 'succeeded',
  failure: 'failed',
  cancelled: 'was cancelled',
  'timed-out': 'timed out',
};

/** A metric's name as an output-name suffix: letters, digits, `-` and `_` only (`val/loss` → `val-loss`). */
export function metricSlug(metric: string): string {
  return metric.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
}

/** A metric with its slug; `earlier` names the metric that took the same slug first (slugs compared without case). */
export interface MetricSlug {
  metric: string;
  value: number;
  slug: string;
  earlier?: string;
}

/**
 * Every metric with its slug, in the metrics file's order. Slugs are compared without case (GitHub resolves
 * `steps.x.outputs.Name` case-insensitively), so of `val/loss` and `val.loss`, or `Accuracy` and `accuracy`, only the
 * first owns the slug; the later one carries `earlier`.
 */
export function metricSlugs(r: TrainReport): MetricSlug[] {
  const seen = new Map<string, string>();
  return (r.metrics ?? []).map(([metric, value]) => {
    const slug = metricSlug(metric);
    const earlier = seen.get(slug.toLowerCase());
    if (earlier === undefined) seen.set(slug.toLowerCase(), metric);
    return { metric, value, slug, earlier };
  });
}

/** The run's facts as the one-line text a later step reads, '' where there is nothing to say. */
export interface TrainFacts {
  outcome: string;
  /** The metrics file as a JSON object. */
  metrics: string;
  modelPath: string;
  durationSeconds: string;
  attempts: string;
  device: string;
  gpuName: string;
  gpuUuids: string;
  cudaVersion: string;
  driverVersion: string;
  peakGpuMemoryMb: string;
  meanGpuUtilization: string;
  checkpoint: string;
  cacheHit: string;
  artifactId: string;
}

export function trainFacts(r: TrainReport): TrainFacts {
  const metrics: Record<string, number> = {};
  for (const [k, v] of r.metrics ?? []) metrics[k] = v;
  return {
    outcome: r.outcome,
    metrics: JSON.stringify(metrics),
    modelPath: r.modelPath ?? '',
    durationSeconds: String(Math.round(r.durationMs / 100) / 10),
    attempts: String(r.attempts.length),
    device: r.device,
    gpuName: [...new Set((r.selection?.devices ?? []).map((d) => d.name))].join(', '),
    gpuUuids: r.selection?.cudaVisibleDevices ?? '',
    cudaVersion: r.inventory?.cudaVersion ?? '',
    driverVersion: r.inventory?.driverVersion ?? '',
    peakGpuMemoryMb: r.stats?.peakMemoryMiB == null ? '' : String(Math.round(r.stats.peakMemoryMiB)),
    meanGpuUtilization: r.stats?.meanUtilizationPct == null ? '' : r.stats.meanUtilizationPct.toFixed(1),
    checkpoint: r.checkpoint?.path ?? '',
    cacheHit: r.cache?.restoredKey !== undefined && r.cache.restoredKey === r.cache.key ? 'true' : 'false',
    artifactId: r.artifact?.id === undefined ? '' : String(r.artifact.id),
  };
}

/** Seconds with a tenth under a minute (a 1.9 s run is not "1s"), else the short form (`1h 5m`). */
function fmtDuration(ms: number): string {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)}s` : formatDuration(ms);
}

function fmtNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
}

/** The job summary: run facts, metrics, training curves and GPU charts, all in markdown. */
export function renderTrainSummary(r: TrainReport, title = 'train-on-gpu-runner'): string {
  const lines: string[] = [];
  lines.push(`## ${title}: training ${HEADLINE[r.outcome]}`, '');
  if (r.failure) lines.push(`> ${escapeHtml(r.failure).replace(/\r?\n/g, '\n> ')}`, '');

  const facts: Array<[string, string]> = [];
  if (r.selection) {
    const devs = r.selection.devices.map((d) => `${d.name}${d.detail ? ` (${d.detail})` : ''} \`${d.uuid}\``);
    facts.push(['Device', `${r.selection.devices.length} × GPU: ${devs.join(', ')}`]);
  } else facts.push(['Device', `CPU${r.cpuReason ? ` (${r.cpuReason.split('. ')[0]})` : ''}`]);
  if (r.inventory) facts.push(['Driver / CUDA', `${r.inventory.driverVersion ?? 'unknown'} / ${r.inventory.cudaVersion ?? 'unknown'}`]);
  facts.push(['Attempts', r.attempts.map((a) => `${a.attempt}: ${describeOutcome(a)} (${fmtDuration(a.durationMs)})`).join('; ') || 'none']);
  facts.push(['Duration', fmtDuration(r.durationMs)]);
  if (r.stats) {
    const peak = r.stats.peakMemoryMiB;
    facts.push(['Peak GPU memory', peak === null ? 'not reported' : `${Math.round(peak)} MiB (${formatMiB(peak)})`]);
    facts.push(['Mean GPU utilization', r.stats.meanUtilizationPct === null ? 'not reported' : `${r.stats.meanUtilizationPct.toFixed(1)}% (${r.stats.samples} samples)`]);
  }
  if (r.modelPath) facts.push(['Model', `\`${r.modelPath}\``]);
  if (r.checkpoint) facts.push(['Newest checkpoint', `\`${r.checkpoint.path}\`: ${r.checkpoint.reason}`]);
  const stray = r.attempts.filter((a) => a.strayProcesses?.length);
  if (stray.length) {
    facts.push(['Left running', stray.map((a) => `attempt ${a.attempt}: ${a.strayProcesses?.slice(0, 5).join(', ')}${(a.strayProcesses?.length ?? 0) > 5 ? ', ...' : ''}`).join('; ') + ' (stopped with SIGTERM, then SIGKILL)']);
  }
  if (r.fileCommands && (r.fileCommands.exportedEnv.length || r.fileCommands.addedPath.length)) {
    const f = r.fileCommands;
    facts.push(['Passed on to later steps', [f.exportedEnv.length ? `env ${f.exportedEnv.slice(0, 10).join(', ')}` : '', f.addedPath.length ? `PATH ${f.addedPath.slice(0, 5).join(', ')}` : ''].filter(Boolean).join('; ')]);
  }
  if (r.cache) {
    facts.push(['Cache', `${r.cache.restoredKey ? `restored from \`${r.cache.restoredKey}\`` : `miss for \`${r.cache.key}\``}${r.cache.saved ? `, saved as \`${r.cache.key}\`` : ''}`]);
  }
  if (r.artifact) facts.push(['Artifact', `${r.artifact.name} (${r.artifact.files} files)`]);
  lines.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${tableCell(v)} |`), '');

  if (r.metrics && r.metrics.length > 0) {
    lines.push('### Metrics', '', '| metric | value |', '|---|---:|');
    for (const [k, v] of r.metrics) lines.push(`| ${tableCell(k)} | ${fmtNumber(v)} |`);
    lines.push('');
  }

  if (r.metricsLog && r.metricsLog.rows > 0) {
    const log = r.metricsLog;
    const xLabel = log.stepKey ?? 'line';
    const curves = log.series.slice(0, MAX_CURVES);
    lines.push('### Training curves', '');
    for (const s of curves) {
      const chart = renderChart(log.step, s.values, { title: s.name, xLabel, yLabel: s.name });
      if (chart) lines.push(chart);
    }
    if (log.series.length > MAX_CURVES) lines.push(`_${log.series.length - MAX_CURVES} more series in the metrics log are not charted._`, '');
  }

  if (r.samples && r.samples.length > 0) {
    const t = Float64Array.from(r.samples.time(), (ms) => ms / 1000);
    lines.push('### GPU', '');
    const util = renderChart(t, r.samples.meanUtilization(), {
      title: r.samples.gpuUuids.length > 1 ? `GPU utilization (mean of ${r.samples.gpuUuids.length} GPUs)` : 'GPU utilization',
      xLabel: 'seconds', yLabel: 'utilization %', yRange: [0, 100],
    });
    if (util) lines.push(util);
    const mem = renderChart(t, r.samples.totalMemory(), {
      title: r.samples.gpuUuids.length > 1 ? `GPU memory used (sum of ${r.samples.gpuUuids.length} GPUs)` : 'GPU memory used',
      xLabel: 'seconds', yLabel: 'MiB',
    });
    if (mem) lines.push(mem);
    if (!util && !mem) lines.push('_nvidia-smi reported no utilization or memory for the selected devices._', '');
  }

  if (r.warnings.length > 0) {
    lines.push('### Warnings', '', ...r.warnings.map((w) => `- ${escapeHtml(w)}`), '');
  }
  if (r.fileCommands?.summary.trim()) {
    lines.push('### Summary written by the training', '', r.fileCommands.summary, '');
  }
  return lines.join('\n');
}
