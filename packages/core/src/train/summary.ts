import { formatDuration } from '../inputs/units.js';
import type { Platform } from '../platform.js';
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

/** `metric-<name>` output name: letters, digits, `-` and `_` only, so `steps.x.outputs.metric-val-loss` works. */
export function metricOutputName(metric: string): string {
  return 'metric-' + metric.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Outputs of the step. Every output is set, with '' where there is nothing to say, so `if:` tests stay simple. */
export function trainOutputs(r: TrainReport): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const metrics: Record<string, number> = {};
  for (const [k, v] of r.metrics ?? []) metrics[k] = v;
  out.push(['outcome', r.outcome]);
  out.push(['metrics', JSON.stringify(metrics)]);
  // Output names are compared without case: GitHub resolves `steps.x.outputs.Name` case-insensitively, so of
  // `Accuracy` and `accuracy` only the first is an output (the other is warned about, and stays in `metrics`).
  const seen = new Set<string>();
  for (const [k, v] of r.metrics ?? []) {
    const name = metricOutputName(k);
    if (name === 'metric-' || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push([name, String(v)]);
  }
  out.push(['model-path', r.modelPath ?? '']);
  out.push(['duration-seconds', String(Math.round(r.durationMs / 100) / 10)]);
  out.push(['attempts', String(r.attempts.length)]);
  out.push(['device', r.device]);
  const names = [...new Set((r.selection?.devices ?? []).map((d) => d.name))];
  out.push(['gpu-name', names.join(', ')]);
  out.push(['gpu-uuids', r.selection?.cudaVisibleDevices ?? '']);
  out.push(['cuda-version', r.inventory?.cudaVersion ?? '']);
  out.push(['driver-version', r.inventory?.driverVersion ?? '']);
  out.push(['peak-gpu-memory-mb', r.stats?.peakMemoryMiB == null ? '' : String(Math.round(r.stats.peakMemoryMiB))]);
  out.push(['mean-gpu-utilization', r.stats?.meanUtilizationPct == null ? '' : r.stats.meanUtilizationPct.toFixed(1)]);
  out.push(['checkpoint', r.checkpoint?.path ?? '']);
  out.push(['cache-hit', r.cache?.restoredKey !== undefined && r.cache.restoredKey === r.cache.key ? 'true' : 'false']);
  out.push(['artifact-id', r.artifact?.id === undefined ? '' : String(r.artifact.id)]);
  return out;
}

/**
 * Metrics whose output name collides with an earlier metric's (`val/loss` and `val-loss`, or `Accuracy` and
 * `accuracy`, since GitHub output names are case-insensitive), each with the earlier metric it loses to.
 */
export function collidingMetricNames(r: TrainReport): Array<{ name: string; output: string; earlier: string }> {
  const seen = new Map<string, string>();
  const out: Array<{ name: string; output: string; earlier: string }> = [];
  for (const [k] of r.metrics ?? []) {
    const n = metricOutputName(k);
    const earlier = seen.get(n.toLowerCase());
    if (earlier !== undefined) out.push({ name: k, output: n, earlier });
    else seen.set(n.toLowerCase(), k);
  }
  return out;
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

/** Set every output and write the job summary. */
export async function publishTrainReport(r: TrainReport, platform: Platform): Promise<void> {
  for (const [k, v] of trainOutputs(r)) platform.setOutput(k, v);
  for (const c of collidingMetricNames(r)) {
    platform.annotate('warning', `Metric '${c.name}' has the same output name as '${c.earlier}' (${c.output}; GitHub compares output names without case), so ${c.output} holds '${c.earlier}'; read '${c.name}' from the 'metrics' output or rename one.`);
  }
  await platform.appendSummary(renderTrainSummary(r));
}


