/**
 * Charts in the job summary's markdown itself: a mermaid `xychart-beta` line chart (GitHub renders mermaid code
 * blocks) with the same numbers in a table beside it, for readers where mermaid does not render and for exact
 * values. Never an external image host.
 *
 * Long series are downsampled into at most `maxPoints` equal-width bins over x; each bin plots its mean and the
 * table gives mean, min and max per bin, so a spike averaged away in the line is still visible in the table.
 */

export interface Binned {
  /** Bin centres, evenly spaced from the smallest to the largest x. */
  center: Float64Array;
  mean: Float64Array;
  min: Float64Array;
  max: Float64Array;
  /** Points per bin; 0 for an empty bin (its mean is interpolated for the line only). */
  count: Uint32Array;
}

/**
 * Bin (x, y) pairs for drawing. At most `bins` points at nearly even x: one bin per point (drawn exactly).
 * Otherwise `bins` equal-width bins whose centres run evenly from min(x) to max(x), bin i holding the points
 * nearest to centre i. Non-finite pairs are skipped.
 */
export function binSeries(x: ArrayLike<number>, y: ArrayLike<number>, bins: number): Binned {
  let lo = Infinity;
  let hi = -Infinity;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) continue;
    if (x[i] < lo) lo = x[i];
    if (x[i] > hi) hi = x[i];
    n++;
  }
  // Points that fit and come at nearly even steps (log steps; GPU samples with timer jitter) are drawn point for
  // point, in order: the line puts them at even x, off by at most the jitter, and the table gives the exact x.
  if (n <= bins && nearlyEven(x, y)) {
    const out = emptyBinned(n);
    let k = 0;
    for (let i = 0; i < x.length; i++) {
      if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) continue;
      out.center[k] = x[i];
      out.mean[k] = out.min[k] = out.max[k] = y[i];
      out.count[k] = 1;
      k++;
    }
    return out;
  }
  // Anything else goes on a grid of `bins` centres, fine enough that irregular points (an eval every 100 steps
  // plus a final one) keep their places.
  const b = n === 0 ? 0 : hi === lo ? 1 : Math.max(2, bins);
  const out = emptyBinned(b);
  if (b === 0) return out;
  const w = b === 1 ? 0 : (hi - lo) / (b - 1);
  const sum = new Float64Array(b);
  for (let k = 0; k < b; k++) out.center[k] = lo + k * w;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const yi = y[i];
    if (!Number.isFinite(xi) || !Number.isFinite(yi)) continue;
    const k = w === 0 ? 0 : Math.min(b - 1, Math.max(0, Math.round((xi - lo) / w)));
    sum[k] += yi;
    out.count[k]++;
    if (yi < out.min[k]) out.min[k] = yi;
    if (yi > out.max[k]) out.max[k] = yi;
  }
  for (let k = 0; k < b; k++) out.mean[k] = out.count[k] ? sum[k] / out.count[k] : NaN;
  return out;
}

function emptyBinned(b: number): Binned {
  return {
    center: new Float64Array(b), mean: new Float64Array(b), min: new Float64Array(b).fill(Infinity),
    max: new Float64Array(b).fill(-Infinity), count: new Uint32Array(b),
  };
}

/** Whether the finite points have increasing x with every step within 25% of the mean step. */
function nearlyEven(x: ArrayLike<number>, y: ArrayLike<number>): boolean {
  const xs: number[] = [];
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]) && Number.isFinite(y[i])) xs.push(x[i]);
  if (xs.length < 2) return xs.length === 1;
  const mean = (xs[xs.length - 1] - xs[0]) / (xs.length - 1);
  if (!(mean > 0)) return false;
  for (let i = 1; i < xs.length; i++) {
    const d = xs[i] - xs[i - 1];
    if (!(d > 0) || Math.abs(d - mean) > 0.25 * mean) return false;
  }
  return true;
}

/** Line values with empty bins filled by linear interpolation between their non-empty neighbours. */
function fillGaps(mean: Float64Array): Float64Array {
  const out = Float64Array.from(mean);
  let prev = -1;
  for (let k = 0; k < out.length; k++) {
    if (Number.isNaN(out[k])) continue;
    if (prev === -1) for (let j = 0; j < k; j++) out[j] = out[k];
    else for (let j = prev + 1; j < k; j++) out[j] = out[prev] + ((out[k] - out[prev]) * (j - prev)) / (k - prev);
    prev = k;
  }
  if (prev >= 0) for (let j = prev + 1; j < out.length; j++) out[j] = out[prev];
  return out;
}

/**
 * A number as mermaid's xychart grammar accepts it (`[+-]?\d+(\.\d+)?`: no exponent), with 4 significant digits.
 * Deterministic: the same value always prints the same way.
 */
export function formatChartNumber(v: number): string {
  if (!Number.isFinite(v)) return '0';
  if (v === 0) return '0';
  const p = Number(v.toPrecision(4));
  let s = String(p);
  if (/e/i.test(s)) {
    const digits = Math.min(20, Math.max(0, 3 - Math.floor(Math.log10(Math.abs(p)))));
    s = Math.abs(p) >= 1e21 ? (p > 0 ? '999999999999999999999' : '-999999999999999999999') : p.toFixed(digits);
    if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  }
  return s === '-0' ? '0' : s;
}

/** A y range from 0 to a tenth past one value (either sign), so that its bar has a height. */
function onePointRange(v: number): [number, number] {
  if (!(v !== 0)) return [0, 1];
  const far = Number((v * 1.1).toPrecision(2));
  return v > 0 ? [0, far] : [far, 0];
}

/** Text safe inside a mermaid double-quoted string (no quotes, no newlines). */
function mermaidText(s: string): string {
  return s.replace(/["`\r\n]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}

/** Text safe inside a markdown table cell. */
export function tableCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export interface ChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  /** Most points drawn (default 60: one per ~12 px of a summary-width chart). */
  maxPoints?: number;
  /** Fixed y range (utilization: 0 to 100); by default mermaid scales to the data. */
  yRange?: [number, number];
}

/**
 * One chart: the mermaid block followed by a collapsed table of the plotted bins. Returns '' when there is no
 * finite point to draw.
 */
export function renderChart(x: ArrayLike<number>, y: ArrayLike<number>, opts: ChartOptions): string {
  const maxPoints = Math.max(2, opts.maxPoints ?? 60);
  const bins = binSeries(x, y, maxPoints);
  const b = bins.center.length;
  if (b === 0) return '';
  const line = fillGaps(bins.mean);
  const xs = Array.from(bins.center, formatChartNumber);
  const ys = Array.from(line, formatChartNumber);
  const mermaid: string[] = ['```mermaid', 'xychart-beta', `    title "${mermaidText(opts.title)}"`];
  if (b === 1) mermaid.push(`    x-axis "${mermaidText(opts.xLabel)}" [${xs[0]}]`);
  else mermaid.push(`    x-axis "${mermaidText(opts.xLabel)}" ${xs[0]} --> ${xs[b - 1]}`);
  // One point: a line through one point draws nothing, so it is a bar too, on a y range from 0 that shows it
  // (mermaid's own range for one value is that value alone, where the bar has no height).
  const yRange = opts.yRange ?? (b === 1 ? onePointRange(line[0]) : undefined);
  if (yRange) mermaid.push(`    y-axis "${mermaidText(opts.yLabel)}" ${formatChartNumber(yRange[0])} --> ${formatChartNumber(yRange[1])}`);
  else mermaid.push(`    y-axis "${mermaidText(opts.yLabel)}"`);
  if (b === 1) mermaid.push(`    bar [${ys[0]}]`);
  mermaid.push(`    line [${ys.join(', ')}]`, '```');

  const downsampled = Array.from(bins.count).some((c) => c > 1);
  const total = Array.from(bins.count).reduce((s, c) => s + c, 0);
  const head = downsampled
    ? `| ${tableCell(opts.xLabel)} (bin centre) | mean | min | max | points |\n|---:|---:|---:|---:|---:|`
    : `| ${tableCell(opts.xLabel)} | ${tableCell(opts.yLabel)} |\n|---:|---:|`;
  const rows: string[] = [];
  for (let k = 0; k < b; k++) {
    if (bins.count[k] === 0) continue;
    rows.push(
      downsampled
        ? `| ${xs[k]} | ${formatChartNumber(bins.mean[k])} | ${formatChartNumber(bins.min[k])} | ${formatChartNumber(bins.max[k])} | ${bins.count[k]} |`
        : `| ${xs[k]} | ${formatChartNumber(bins.mean[k])} |`,
    );
  }
  const what = downsampled ? `${total} points in ${rows.length} bins` : `${total} points`;
  return [
    ...mermaid,
    '',
    `<details><summary>${escapeHtml(opts.title)}: data (${what})</summary>`,
    '',
    head,
    ...rows,
    '',
    '</details>',
    '',
  ].join('\n');
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
