/**
 * detect-data-change's HTML report: one self-contained file (inline SVG and CSS, no script, no external request,
 * printable, readable at 1,280 px) drawn in Node from the detection result. Same inputs, same bytes: nothing
 * time-dependent (no model age, no timings), coordinates at fixed precision, every order taken from the result.
 *
 * Sections: the decision and its reasons; per compared table the rows, schema changes and a table of every column's
 * drift statistic, method, threshold and decision; then, for each drifted column, reference vs current drawn from
 * the stored profiles: overlaid histograms for numbers (shares per bin from each profile's CDF — exact values,
 * exact value counts, the sketch or the quantile summary, whichever the profile keeps), side-by-side bars of each
 * category's share for categories (and for numbers with few values, compared as categories).
 */
import { cdfAt, cdfBelow, quantileAt, type PiecewiseCdf } from '../drift/cdf.js';
import type { CategoryCounts, ColumnDrift } from '../drift/column.js';
import { summaryCdf, type ColumnSummary, type NumericSummary, type TableProfile } from '../drift/summary.js';
import type { TableComparison } from '../drift/table.js';
import { driftScore } from '../detect/chart.js';
import { REASON_TEXT } from '../detect/reasons.js';
import { htmlPage } from './page.js';
import { BASELINE_COLOR, CANDIDATE_COLOR, STATUS_COLOR, esc, linear, num, px, ticks } from './svg.js';

/** What the report reads of a detection (DetectResult has all of it). */
export interface DetectHtmlSource {
  shouldTrain: boolean;
  reasons: readonly string[];
  fingerprint: string;
  previousFingerprint?: string;
  data: { added: string[]; removed: string[]; modified: string[] };
  tables: TableComparison[];
  tableProfiles?: Record<string, { reference: TableProfile; current: TableProfile }>;
  newTables: string[];
  warnings: Array<{ message: string; file?: string }>;
}

export interface DetectHtmlOptions {
  /** Where the baseline came from, in words (loadBaseline's description). */
  baseline?: string;
  title?: string;
}

/** Bins of a numeric histogram. */
export const HISTOGRAM_BINS = 40;
/** Drifted columns drawn per table (highest score first); the table above the charts lists every column. */
export const MAX_DRIFT_FIGURES = 40;
/** Categories drawn per column; the rest are one `(N more)` bar pair (the table of counts is in the JSON report). */
export const MAX_CATEGORY_BARS = 20;

const REFERENCE_COLOR = BASELINE_COLOR;
const CURRENT_COLOR = CANDIDATE_COLOR;
const P_TESTS = new Set(['ks', 'chi-square', 'z']);

/** Aligned category counts of two summaries (drift/column.ts categoryCounts, loaded only when a category drifted). */
type CountCategories = (ref: ColumnSummary, cur: ColumnSummary) => CategoryCounts;

/**
 * The report's HTML. Async only to load the drift tests' module (and with it @stdlib) when a categorical column
 * drifted: a run where nothing was compared, or only numbers drifted, never loads it.
 */
export async function renderDetectHtml(r: DetectHtmlSource, opts: DetectHtmlOptions = {}): Promise<string> {
  const needCounts = r.tables.some((t) => t.columns.some((c) => c.drifted && c.kind !== 'numeric'));
  const counts: CountCategories | undefined = needCounts ? (await import('../drift/column.js')).categoryCounts : undefined;
  const title = opts.title ?? 'detect-data-change';
  const body: string[] = [header(r, title, opts.baseline)];
  if (r.tables.length === 0) {
    body.push('<h2 id="tables">Tables</h2>',
      `<p class="note">No table was compared: ${r.previousFingerprint === undefined ? 'there is no baseline yet (first run)' : 'no tabular file changed since the baseline'}.${r.newTables.length ? ` New tables, profiled for next time: ${r.newTables.map((t) => `<code>${esc(t)}</code>`).join(', ')}.` : ''}</p>`);
  } else {
    for (const t of r.tables) body.push(tableSection(t, r.tableProfiles?.[t.table], counts));
    if (r.newTables.length) body.push(`<p class="note">New tables, profiled for next time (nothing to compare yet): ${r.newTables.map((t) => `<code>${esc(t)}</code>`).join(', ')}.</p>`);
  }
  return page(`${title}: ${r.shouldTrain ? 'training will run' : 'training will not run'}`, body.join('\n'));
}

function page(title: string, body: string): string {
  return htmlPage(title, `h4{font-size:14px;margin:8px 0 2px}
.verdict.train{color:${STATUS_COLOR.fail}}.verdict.skip{color:${STATUS_COLOR.pass}}
.warn{border-left:4px solid ${STATUS_COLOR.warn};padding:2px 8px;margin:6px 0;background:#fff8c5}
td.method{color:#59636e;font-size:12px;max-width:360px}
tr.drifted td{background:#ffebe9}.s-fail{color:${STATUS_COLOR.fail};font-weight:600}.s-pass{color:${STATUS_COLOR.pass}}
figure{margin:12px 0;break-inside:avoid;page-break-inside:avoid}
@media print{main{max-width:none;padding:0}h2,h3{break-after:avoid}}`, body);
}

function header(r: DetectHtmlSource, title: string, baseline: string | undefined): string {
  const verdict = r.shouldTrain ? 'training will run' : 'training will not run';
  const why = r.reasons.length
    ? `${r.shouldTrain ? 'Because' : 'Found, but not counted by <code>train-on</code>'}: ${r.reasons.map((x) => `<strong>${esc(x)}</strong> (${esc((REASON_TEXT as Record<string, string>)[x] ?? x)})`).join('; ')}.`
    : `Nothing relevant changed since the baseline${baseline ? ` (${esc(baseline)})` : ''}.`;
  const d = r.data;
  const changes = r.previousFingerprint === undefined ? 'first fingerprint' : `${d.modified.length} modified, ${d.added.length} added, ${d.removed.length} removed`;
  const drifted = r.tables.reduce((n, t) => n + t.columns.filter((c) => c.drifted).length, 0);
  return [
    `<h1 class="verdict ${r.shouldTrain ? 'train' : 'skip'}">${esc(title)}: ${verdict}</h1>`,
    `<p>${why}</p>`,
    `<p class="meta">Data fingerprint <code>${esc(r.fingerprint.slice(0, 12))}</code>${r.previousFingerprint && r.previousFingerprint !== r.fingerprint ? ` (was <code>${esc(r.previousFingerprint.slice(0, 12))}</code>)` : ''} · data files: ${changes}${baseline ? ` · baseline: ${esc(baseline)}` : ''} · ${r.tables.length} table(s) compared, ${drifted} drifted column(s).</p>`,
    ...r.warnings.map((w) => `<p class="warn">${esc(w.message)}</p>`),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// One table: summary, column table, charts of the drifted columns

function tableSection(t: TableComparison, profiles: { reference: TableProfile; current: TableProfile } | undefined, counts: CountCategories | undefined): string {
  const out: string[] = [];
  const dr = t.rows.reference ? (t.rows.current - t.rows.reference) / t.rows.reference : 0;
  out.push(`<h2 class="table" data-table="${esc(t.table)}"><code>${esc(t.table)}</code>${t.drift ? ' <span class="s-fail">drift</span>' : ''}</h2>`);
  const drifted = t.columns.filter((c) => c.drifted);
  out.push(`<p class="meta">${thousands(t.rows.reference)} → ${thousands(t.rows.current)} rows (${dr >= 0 ? '+' : '−'}${Math.abs(dr * 100).toFixed(1)}%)${t.rowsDropped ? ' <span class="s-fail">rows dropped</span>' : ''} · drifted columns: ${drifted.length} of ${t.columns.length} (${(t.driftedShare * 100).toFixed(0)}%)${t.criticalDrifted.length ? `; critical: ${t.criticalDrifted.map((c) => `<code>${esc(c)}</code>`).join(', ')}` : ''}.</p>`);
  const sch: string[] = [];
  for (const a of t.schema.added) sch.push(`added <code>${esc(a.column)}</code> (${esc(a.type)})`);
  for (const a of t.schema.removed) sch.push(`removed <code>${esc(a.column)}</code> (${esc(a.type)})`);
  for (const a of t.schema.retyped) sch.push(`<code>${esc(a.column)}</code> ${esc(a.from)} → ${esc(a.to)}`);
  if (sch.length) out.push(`<p><strong>Schema:</strong> ${sch.join(', ')}</p>`);
  if (t.columns.length) out.push(columnTable(t.columns));
  if (t.skipped.length) out.push(`<p class="note">Not tested (ignored by the policy, or no values on a side): ${t.skipped.map((c) => `<code>${esc(c)}</code>`).join(', ')}</p>`);
  if (drifted.length) {
    out.push('<h3>Drifted columns: reference vs current</h3>');
    const ordered = drifted.map((c, i) => ({ c, i, s: driftScore(c) })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.c);
    const ref = new Map(profiles?.reference.columns.map((c) => [c.name, c.summary]) ?? []);
    const cur = new Map(profiles?.current.columns.map((c) => [c.name, c.summary]) ?? []);
    for (const c of ordered.slice(0, MAX_DRIFT_FIGURES)) out.push(columnFigure(t.table, c, ref.get(c.column), cur.get(c.column), counts));
    if (ordered.length > MAX_DRIFT_FIGURES) out.push(`<p class="note">${ordered.length - MAX_DRIFT_FIGURES} more drifted columns (lower scores) are in the table above; charts are drawn for the first ${MAX_DRIFT_FIGURES}.</p>`);
  }
  return out.join('\n');
}

function isP(c: ColumnDrift): boolean {
  return P_TESTS.has(c.test);
}

function fmtP(p: number): string {
  if (p === 0) return '< 1e-16';
  return p < 1e-4 ? p.toExponential(1) : p.toFixed(4);
}

/** The statistic in words: `p = …` for the p-value tests, the distance otherwise. */
function valueText(c: ColumnDrift): string {
  if (isP(c)) return `p = ${fmtP(c.value)}${c.statistic !== undefined ? ` (${c.test === 'ks' ? 'D' : c.test === 'z' ? 'z' : 'χ²'} = ${num(c.statistic, 4)})` : ''}`;
  return `${num(c.value, 4)}${c.pValue !== undefined ? ` (null p = ${fmtP(c.pValue)})` : ''}`;
}

function thresholdText(c: ColumnDrift): string {
  const cmp = c.test === 'ks' ? '≤' : isP(c) ? '<' : '≥';
  return `${cmp} ${c.threshold}${c.pValue !== undefined ? ', null p < 0.05' : ''}`;
}

function movedText(c: ColumnDrift): string {
  if (c.kind === 'numeric' && c.referenceMean !== undefined && c.currentMean !== undefined) return `mean ${num(c.referenceMean, 4)} → ${num(c.currentMean, 4)}`;
  if (c.topShift) return `${c.topShift.category}: ${(c.topShift.reference * 100).toFixed(1)}% → ${(c.topShift.current * 100).toFixed(1)}%`;
  return '';
}

function columnTable(columns: ColumnDrift[]): string {
  const head = '<tr><th>Column</th><th>Compared as</th><th>Test</th><th>Statistic</th><th>Threshold</th><th>PSI</th><th>Reference → current</th><th>Decision</th><th>Method</th></tr>';
  const rows = columns.map((c) =>
    `<tr class="column${c.drifted ? ' drifted' : ''}" data-column="${esc(c.column)}" data-drifted="${c.drifted}"><td><code>${esc(c.column)}</code></td><td>${c.kind === 'numeric' ? 'numbers' : 'categories'}</td><td>${esc(c.test)}</td>` +
      `<td class="n">${esc(valueText(c))}</td><td class="n">${esc(thresholdText(c))}</td><td class="n">${num(c.psi, 3)}</td><td>${esc(movedText(c))}</td>` +
      `<td class="${c.drifted ? 's-fail' : 's-pass'}">${c.drifted ? 'drifted' : 'no drift'}</td><td class="method">${esc(c.method)}</td></tr>`);
  return `<table class="columns">${head}\n${rows.join('\n')}</table>`;
}

function columnFigure(table: string, c: ColumnDrift, ref: ColumnSummary | undefined, cur: ColumnSummary | undefined, counts: CountCategories | undefined): string {
  const attrs = `data-table="${esc(table)}" data-column="${esc(c.column)}"`;
  const caption = `<figcaption><code>${esc(c.column)}</code>: ${esc(c.test)} ${esc(valueText(c))}, threshold ${esc(thresholdText(c))}; ${thousands(c.referenceCount)} reference vs ${thousands(c.currentCount)} current values.</figcaption>`;
  if (!ref || !cur || (c.kind !== 'numeric' && !counts)) {
    return `<figure class="drift-chart missing" ${attrs}><p class="note">The profiles of <code>${esc(c.column)}</code> are not available to the report.</p>${caption}</figure>`;
  }
  const svg = c.kind === 'numeric' && ref.kind === 'numeric' && cur.kind === 'numeric'
    ? histogram(c.column, ref, cur)
    : categoryBars(c.column, counts!(ref, cur));
  const head = `<h4><code>${esc(c.column)}</code> <span class="note">${c.kind === 'numeric' ? 'numbers' : 'categories'}, ${esc(c.test)}</span></h4>`;
  return `<figure class="drift-chart ${svg.kind}" ${attrs}>\n${head}\n${svg.svg}\n${caption}</figure>`;
}

function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// ---------------------------------------------------------------------------------------------------------------
// Numeric columns: overlaid histograms

const H = { w: 1000, h: 330, l: 64, r: 980, t: 28, b: 270 };

export interface HistogramBins {
  /** Bin edges in data units, ascending (bins + 1 of them). */
  edges: number[];
  reference: number[];
  current: number[];
  /** Share of each side's values below the first edge and above the last (drawn as notes, not bars). */
  below: [number, number];
  above: [number, number];
  log: boolean;
}

/**
 * Shares per bin of both sides on common edges: the central 99% of both sides together (the 0.5% and 99.5%
 * quantiles), so one extreme value does not squeeze the body into a bin; on a log scale when the values are
 * positive, span more than two decades and are skewed (the larger median in the first tenth of the range); bins a
 * whole number of values wide for integer columns (one per value when the range is small).
 */
export function histogramBins(ref: NumericSummary, cur: NumericSummary, bins = HISTOGRAM_BINS): HistogramBins {
  const fr = summaryCdf(ref);
  const fc = summaryCdf(cur);
  let lo = Math.min(quantileAt(fr, 0.005), quantileAt(fc, 0.005));
  let hi = Math.max(quantileAt(fr, 0.995), quantileAt(fc, 0.995));
  if (!(hi > lo)) {
    lo = Math.min(ref.min, cur.min);
    hi = Math.max(ref.max, cur.max);
  }
  if (!(hi > lo)) {
    lo -= 0.5;
    hi += 0.5;
  }
  // A log axis for positive values over decades whose body a linear axis would squeeze into its first tenth.
  const median = Math.max(quantileAt(fr, 0.5), quantileAt(fc, 0.5));
  const log = lo > 0 && hi / lo > 100 && (median - lo) / (hi - lo) < 0.1;
  let edges: number[];
  if (!log && ref.integer && cur.integer) {
    // Whole numbers: bins a whole number of values wide, edges halfway between values (never a comb of bins
    // holding one value and bins holding two).
    const a = Math.floor(lo);
    const width = Math.max(1, Math.ceil((Math.ceil(hi) - a + 1) / bins));
    edges = [];
    for (let v = a - 0.5; v - width < Math.ceil(hi) + 0.5 - 1e-9; v += width) edges.push(v);
  } else if (log) {
    const a = Math.log10(lo);
    const b = Math.log10(hi);
    edges = Array.from({ length: bins + 1 }, (_, k) => 10 ** (a + ((b - a) * k) / bins));
    edges[0] = lo;
    edges[bins] = hi;
  } else {
    edges = Array.from({ length: bins + 1 }, (_, k) => lo + ((hi - lo) * k) / bins);
  }
  const shares = (f: PiecewiseCdf) => {
    // F(x−) at the first edge: a value exactly there is inside the drawn range.
    const at = edges.map((e, k) => (k === 0 ? cdfBelow(f, e) : cdfAt(f, e)));
    return { bins: at.slice(1).map((v, k) => Math.max(0, v - at[k])), below: at[0], above: Math.max(0, 1 - at[at.length - 1]) };
  };
  const sr = shares(fr);
  const sc = shares(fc);
  return { edges, reference: sr.bins, current: sc.bins, below: [sr.below, sc.below], above: [sr.above, sc.above], log };
}

function pct(v: number): string {
  return `${num(v * 100, 3)}%`;
}

function histogram(column: string, ref: NumericSummary, cur: NumericSummary): { kind: string; svg: string } {
  const hb = histogramBins(ref, cur);
  const { edges, log } = hb;
  const t = (v: number) => (log ? Math.log10(v) : v);
  const sx = linear([t(edges[0]), t(edges[edges.length - 1])], [H.l, H.r]);
  const x = (v: number) => sx(t(v));
  const top = Math.max(...hb.reference, ...hb.current, 1e-9) * 1.1;
  const sy = linear([0, top], [H.b, H.t]);
  const s: string[] = [];
  s.push(`<svg class="histogram" data-column="${esc(column)}" viewBox="0 0 ${H.w} ${H.h}" width="${H.w}" height="${H.h}" role="img" aria-label="Histogram of ${esc(column)}, reference vs current">`);
  for (const v of ticks(0, top, 4)) {
    s.push(`<line class="grid" x1="${H.l}" y1="${px(sy(v))}" x2="${H.r}" y2="${px(sy(v))}"/><text x="${H.l - 6}" y="${px(sy(v) + 4)}" text-anchor="end" class="muted">${pct(v)}</text>`);
  }
  const xt = log ? logTicks(edges[0], edges[edges.length - 1]) : ticks(edges[0], edges[edges.length - 1], 8);
  for (const v of xt) s.push(`<line class="axis" x1="${px(x(v))}" y1="${H.b}" x2="${px(x(v))}" y2="${H.b + 4}"/><text x="${px(x(v))}" y="${H.b + 18}" text-anchor="middle" class="muted">${esc(num(v, 3))}</text>`);
  const bars = (shares: number[], color: string, cls: string) => {
    shares.forEach((v, k) => {
      if (!(v > 0)) return;
      const x0 = x(edges[k]);
      const x1 = x(edges[k + 1]);
      s.push(`<rect class="${cls}" x="${px(x0)}" y="${px(sy(v))}" width="${px(Math.max(0.5, x1 - x0))}" height="${px(H.b - sy(v))}" fill="${color}" fill-opacity="0.4" stroke="${color}" stroke-width="0.5"><title>${esc(num(edges[k], 4))} – ${esc(num(edges[k + 1], 4))}: ${pct(v)}</title></rect>`);
    });
  };
  bars(hb.reference, REFERENCE_COLOR, 'bar-reference');
  bars(hb.current, CURRENT_COLOR, 'bar-current');
  // The current side's outline on top, so its shape reads where the two overlap.
  const outline: string[] = [`${px(x(edges[0]))},${px(H.b)}`];
  hb.current.forEach((v, k) => outline.push(`${px(x(edges[k]))},${px(sy(v))}`, `${px(x(edges[k + 1]))},${px(sy(v))}`));
  outline.push(`${px(x(edges[edges.length - 1]))},${px(H.b)}`);
  s.push(`<polyline class="outline-current" points="${outline.join(' ')}" fill="none" stroke="${CURRENT_COLOR}" stroke-width="1.5"/>`);
  // Means, where they fall inside the drawn range.
  for (const [m, color, dash, cls] of [[ref.mean, REFERENCE_COLOR, '6 3', 'mean-reference'], [cur.mean, CURRENT_COLOR, '2 2', 'mean-current']] as const) {
    if (m >= edges[0] && m <= edges[edges.length - 1]) s.push(`<line class="${cls}" x1="${px(x(m))}" y1="${H.t}" x2="${px(x(m))}" y2="${H.b}" stroke="${color}" stroke-width="1.5" stroke-dasharray="${dash}"/>`);
  }
  s.push(`<line class="axis" x1="${H.l}" y1="${H.b}" x2="${H.r}" y2="${H.b}"/>`);
  s.push(`<text transform="translate(14 ${(H.t + H.b) / 2}) rotate(-90)" text-anchor="middle">share of values</text>`);
  s.push(`<text x="${(H.l + H.r) / 2}" y="${H.b + 36}" text-anchor="middle">${esc(column)}${log ? ' (log scale)' : ''}</text>`);
  const ly = 14;
  s.push(`<rect x="${H.l}" y="${ly - 10}" width="14" height="10" fill="${REFERENCE_COLOR}" fill-opacity="0.4" stroke="${REFERENCE_COLOR}"/><text x="${H.l + 20}" y="${ly}">reference (mean ${esc(num(ref.mean, 4))})</text>`);
  s.push(`<rect x="${H.l + 240}" y="${ly - 10}" width="14" height="10" fill="${CURRENT_COLOR}" fill-opacity="0.4" stroke="${CURRENT_COLOR}"/><text x="${H.l + 260}" y="${ly}">current (mean ${esc(num(cur.mean, 4))})</text>`);
  const out = hb.below[0] + hb.below[1] + hb.above[0] + hb.above[1] > 0
    ? `outside the drawn range: below ${pct(hb.below[0])} → ${pct(hb.below[1])}, above ${pct(hb.above[0])} → ${pct(hb.above[1])}`
    : '';
  if (out) s.push(`<text x="${H.r}" y="${H.h - 6}" text-anchor="end" class="muted">${esc(out)}</text>`);
  s.push('</svg>');
  return { kind: 'numeric', svg: s.join('\n') };
}

/** 1, 2 and 5 times the powers of ten within [lo, hi] (just the powers when that makes more than ten). */
function logTicks(lo: number, hi: number): number[] {
  const within = (ms: number[]) => {
    const out: number[] = [];
    for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
      for (const m of ms) {
        const v = Number((m * 10 ** e).toPrecision(12));
        if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(v);
      }
    }
    return out;
  };
  const all = within([1, 2, 5]);
  return all.length > 10 ? within([1]) : all;
}

// ---------------------------------------------------------------------------------------------------------------
// Categories: reference and current share per category

export interface CategoryBars {
  categories: string[];
  reference: number[];
  current: number[];
}

/**
 * Shares per category on the cells the test compared (`cc` from drift/column.ts categoryCounts: one partition of
 * both sides, `(other)` for what a side did not list), the MAX_CATEGORY_BARS categories whose share is largest on either side
 * first, the rest summed into one `(N more)` pair.
 */
export function categoryShares(cc: CategoryCounts, max = MAX_CATEGORY_BARS): CategoryBars {
  const tr = cc.reference.reduce((a, b) => a + b, 0) || 1;
  const tc = cc.current.reduce((a, b) => a + b, 0) || 1;
  const rows = cc.categories.map((k, i) => ({ k, r: cc.reference[i] / tr, c: cc.current[i] / tc }));
  rows.sort((a, b) => Math.max(b.r, b.c) - Math.max(a.r, a.c) || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  const shown = rows.length > max ? rows.slice(0, max - 1) : rows;
  const rest = rows.slice(shown.length);
  const out: CategoryBars = { categories: shown.map((x) => x.k), reference: shown.map((x) => x.r), current: shown.map((x) => x.c) };
  if (rest.length) {
    out.categories.push(`(${rest.length} more)`);
    out.reference.push(rest.reduce((a, x) => a + x.r, 0));
    out.current.push(rest.reduce((a, x) => a + x.c, 0));
  }
  return out;
}

const B = { w: 1000, label: 220, l: 230, r: 880, rowH: 26, top: 30, bottom: 30 };

function categoryBars(column: string, cc: CategoryCounts): { kind: string; svg: string } {
  const cb = categoryShares(cc);
  const n = cb.categories.length;
  const height = B.top + n * B.rowH + B.bottom;
  const top = Math.max(...cb.reference, ...cb.current, 1e-9);
  const sx = linear([0, top * 1.05], [B.l, B.r]);
  const s: string[] = [];
  s.push(`<svg class="category-bars" data-column="${esc(column)}" viewBox="0 0 ${B.w} ${height}" width="${B.w}" height="${height}" role="img" aria-label="Category shares of ${esc(column)}, reference vs current">`);
  s.push(`<rect x="${B.l}" y="6" width="14" height="10" fill="${REFERENCE_COLOR}"/><text x="${B.l + 20}" y="16">reference</text>`);
  s.push(`<rect x="${B.l + 110}" y="6" width="14" height="10" fill="${CURRENT_COLOR}"/><text x="${B.l + 130}" y="16">current</text>`);
  const bottom = B.top + n * B.rowH;
  for (const v of ticks(0, top * 1.05, 5)) {
    s.push(`<line class="grid" x1="${px(sx(v))}" y1="${B.top}" x2="${px(sx(v))}" y2="${bottom}"/><text x="${px(sx(v))}" y="${bottom + 16}" text-anchor="middle" class="muted">${pct(v)}</text>`);
  }
  cb.categories.forEach((k, i) => {
    const y = B.top + i * B.rowH;
    const label = k.length > 32 ? k.slice(0, 31) + '…' : k;
    s.push(`<g class="category" data-category="${esc(k)}">`);
    s.push(`<text x="${B.label}" y="${px(y + 17)}" text-anchor="end"><title>${esc(k)}</title>${esc(label)}</text>`);
    s.push(`<rect class="bar-reference" x="${B.l}" y="${px(y + 3)}" width="${px(Math.max(0, sx(cb.reference[i]) - B.l))}" height="9" fill="${REFERENCE_COLOR}"/>`);
    s.push(`<rect class="bar-current" x="${B.l}" y="${px(y + 13)}" width="${px(Math.max(0, sx(cb.current[i]) - B.l))}" height="9" fill="${CURRENT_COLOR}"/>`);
    s.push(`<text x="${px(Math.max(sx(cb.reference[i]), sx(cb.current[i])) + 6)}" y="${px(y + 17)}" class="muted">${pct(cb.reference[i])} → ${pct(cb.current[i])}</text>`);
    s.push('</g>');
  });
  s.push(`<line class="axis" x1="${B.l}" y1="${B.top}" x2="${B.l}" y2="${bottom}"/>`);
  s.push('</svg>');
  return { kind: 'categorical', svg: s.join('\n') };
}
