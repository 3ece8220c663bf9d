/**
 * The gate's chart in markdown: for each failing metric, a mermaid bar chart of how far each of its worst slices
 * regressed, with the margin as a line, and the same numbers in a table beside it (train/chart.ts draws the
 * training curves the same way). Bars show the regression (baseline − candidate for higher-is-better metrics), not
 * the signed Δ: mermaid's xychart draws every bar up from the axis floor, so a bar below zero would read as a large
 * value; only slices that regressed (Δ worse than 0) are drawn. Bars run horizontally so slice names stay legible.
 */
import type { GateCheck } from './evaluate.js';
import { displayName, fmt } from './format.js';
import { getMetric, type Task } from '../metrics/index.js';
import { escapeHtml, formatChartNumber, tableCell } from '../train/chart.js';

/** Most slices per chart and most charts (failing metrics) per report: keeps comments far below their size limit. */
export const MAX_CHART_SLICES = 10;
export const MAX_CHART_METRICS = 3;

const ICON: Record<string, string> = { pass: '✅', fail: '❌', warn: '⚠️', insufficient: '➖' };

/** A slice key as a quoted xychart category: no quotes, brackets or commas that the grammar would split on. */
function category(s: string): string {
  const t = s.replace(/["`\r\n[\],]/g, ' ').replace(/\s+/g, ' ').trim();
  return `"${t.length > 30 ? t.slice(0, 29) + '…' : t}"`;
}

function signed(x: number | null): string {
  return x === null ? '–' : (x > 0 ? '+' : '') + fmt(x, 3);
}

/** Mermaid charts (each with its table) of the worst slices of every failing metric; '' when nothing failed. */
export function worstSlicesCharts(report: { task: string; checks: GateCheck[] }): string {
  const task = report.task as Task;
  const failing = [...new Set(report.checks.filter((c) => c.status === 'fail' && c.delta !== null).map((c) => c.metric))];
  const out: string[] = [];
  for (const metric of failing.slice(0, MAX_CHART_METRICS)) out.push(metricChart(report.checks.filter((c) => c.metric === metric), metric, task));
  if (failing.length > MAX_CHART_METRICS) out.push(`<sub>Charts for the first ${MAX_CHART_METRICS} of ${failing.length} failing metrics; every check is in the tables.</sub>`, '');
  return out.join('\n');
}

function metricChart(checks: GateCheck[], metric: string, task: Task): string {
  let sign = 1;
  try {
    sign = getMetric(metric, task).direction === 'higher' ? 1 : -1;
  } catch {
    // Unknown to the registry: higher is better.
  }
  const name = displayName(metric, task);
  // Worst first: failing, then by regression; ties keep report order.
  const order: Record<string, number> = { fail: 0, warn: 1, pass: 2, insufficient: 3 };
  const rows = checks
    .filter((c) => c.delta !== null && c.status !== 'insufficient')
    .map((c, i) => ({ c, i, drop: -sign * (c.delta as number) }))
    .filter((r) => r.drop > 0 || r.c.status === 'fail')
    .sort((a, b) => order[a.c.status] - order[b.c.status] || b.drop - a.drop || a.i - b.i)
    .slice(0, MAX_CHART_SLICES);
  const margin = checks.find((c) => c.margin !== null)?.margin ?? null;
  const top = Math.max(...rows.map((r) => r.drop), margin ?? 0, 0);
  const lines = [
    '```mermaid',
    'xychart-beta horizontal',
    `    title "${tableCell(name).replace(/"/g, ' ')} regression per slice (${rows.length} worst)"`,
    `    x-axis [${rows.map((r) => category(r.c.slice)).join(', ')}]`,
    `    y-axis "${name.replace(/"/g, ' ')} drop (baseline − candidate${sign < 0 ? ', lower is better' : ''})" 0 --> ${formatChartNumber(top > 0 ? top * 1.1 : 0.01)}`,
    `    bar [${rows.map((r) => formatChartNumber(Math.max(0, r.drop))).join(', ')}]`,
  ];
  if (margin !== null) lines.push(`    line [${rows.map(() => formatChartNumber(margin)).join(', ')}]`);
  lines.push('```', '');
  const table = ['| | Slice | Δ | CI | Drop | Margin |', '|---|---|---:|---|---:|---:|'];
  for (const { c, drop } of rows) {
    table.push(`| ${ICON[c.status]} | \`${tableCell(c.slice)}\` | ${signed(c.delta)} | ${c.ci ? `[${signed(c.ci[0])}, ${signed(c.ci[1])}]` : '–'} | ${fmt(Math.max(0, drop), 3)} | ${c.margin ?? '–'} |`);
  }
  return [
    ...lines,
    `<details><summary>${escapeHtml(name)} per slice: data (the ${rows.length} of ${checks.length} slices that regressed; the line is the margin)</summary>`,
    '',
    ...table,
    '',
    '</details>',
    '',
  ].join('\n');
}
