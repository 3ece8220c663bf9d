/**
 * detect-data-change's chart in markdown: the drifted columns of a table as a mermaid bar chart of each column's
 * score against its threshold, on one scale where 1 is the threshold (the table beside it holds every value).
 * Distances (Wasserstein, Jensen–Shannon) score value ÷ threshold; p-value tests (KS, chi-square, z) score
 * log10(p) ÷ log10(threshold), so a p-value at the threshold scores 1 and smaller p-values score higher.
 */
import type { ColumnDrift } from '../drift/column.js';
import { formatChartNumber } from '../train/chart.js';

export const MAX_DRIFT_CHART_COLUMNS = 15;
/** Scores are drawn up to this many thresholds; a larger score is capped (the table keeps its value). */
export const MAX_DRIFT_SCORE = 10;

const P_TESTS = new Set(['ks', 'chi-square', 'z']);

/** A column's score on the threshold scale (1 = at the threshold; above 1 = past it). */
export function driftScore(c: ColumnDrift): number {
  if (P_TESTS.has(c.test)) {
    const p = Math.max(c.value, 1e-300);
    return p >= 1 ? 0 : Math.log10(p) / Math.log10(c.threshold);
  }
  return c.threshold > 0 ? c.value / c.threshold : 0;
}

function category(s: string): string {
  const t = s.replace(/["`\r\n[\],]/g, ' ').replace(/\s+/g, ' ').trim();
  return `"${t.length > 30 ? t.slice(0, 29) + '…' : t}"`;
}

/** The mermaid block for one table's drifted columns (highest score first); '' when none drifted. */
export function driftChart(table: string, columns: ColumnDrift[]): string {
  const drifted = columns
    .map((c, i) => ({ c, i, score: driftScore(c) }))
    .filter((r) => r.c.drifted)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  if (drifted.length === 0) return '';
  const shown = drifted.slice(0, MAX_DRIFT_CHART_COLUMNS);
  const capped = shown.some((r) => r.score > MAX_DRIFT_SCORE);
  const top = Math.min(MAX_DRIFT_SCORE, Math.max(...shown.map((r) => r.score), 1)) * 1.1;
  const title = `${table.replace(/["`\r\n]/g, ' ').slice(0, 40)}: drifted columns, score ÷ threshold${drifted.length > shown.length ? ` (top ${shown.length} of ${drifted.length})` : ''}`;
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${title}"`,
    `    x-axis [${shown.map((r) => category(r.c.column)).join(', ')}]`,
    `    y-axis "score ÷ threshold${capped ? ` (capped at ${MAX_DRIFT_SCORE})` : ''}" 0 --> ${formatChartNumber(top)}`,
    `    bar [${shown.map((r) => formatChartNumber(Math.min(MAX_DRIFT_SCORE, r.score))).join(', ')}]`,
    `    line [${shown.map(() => '1').join(', ')}]`,
    '```',
    '',
    '<sub>Bars: each drifted column\'s statistic on its threshold\'s scale (distance ÷ threshold; for p-value tests log p ÷ log threshold); the line at 1 is the threshold. Values in the table below.</sub>',
    '',
  ].join('\n');
}
