/**
 * The gate's HTML report: one self-contained file (inline SVG and CSS, no script, no external request) drawn in
 * Node from the JSON report and, for the curves, the evaluation data the gate already holds. Same inputs, same
 * bytes: nothing time-dependent, coordinates at fixed precision, every order taken from the report.
 *
 * Sections: verdict; a forest plot of Δ with its confidence interval for every slice × metric (failing first, the
 * margin as a dashed line); ROC and precision–recall curves, candidate vs baseline, overall and for each failing
 * slice; the reliability diagram overall; fairness gaps; the policy as applied (defaults filled in).
 */
import { stringify } from 'yaml';
import type { GateReport } from '../gate/report.js';
import type { GateCheck } from '../gate/evaluate.js';
import { partitionsOf } from '../gate/evaluate.js';
import type { EvalData } from '../gate/data.js';
import type { Slice } from '../gate/slices.js';
import type { LoadedPolicy } from '../gate/policy.js';
import { displayName, thousands } from '../gate/format.js';
import { getMetric, type Task } from '../metrics/index.js';
import { binaryCurves, reliabilityBins, type BinaryCurves, type Curve, type ReliabilityBin } from './curves.js';
import { htmlPage } from './page.js';
import { BASELINE_COLOR, CANDIDATE_COLOR, STATUS_COLOR, esc, linear, num, points, px, signed, ticks } from './svg.js';

export interface GateHtmlInput {
  report: GateReport;
  loaded: LoadedPolicy;
  /** The joined evaluation data; without it (or for non-binary tasks) the curves are left out with a note. */
  data?: EvalData;
  /** The slices the gate judged (gate/pool.ts returns them), so the report does not partition the rows again. */
  partitions?: Slice[][];
  title?: string;
}

/** Failing slices whose curves are drawn (beyond these the forest plot still shows every check). */
export const MAX_CURVE_SLICES = 6;

const STATUS_RANK: Record<string, number> = { fail: 0, warn: 1, pass: 2, insufficient: 3 };
const STATUS_WORD: Record<string, string> = { fail: 'FAIL', warn: 'WARN', pass: 'pass', insufficient: 'insufficient' };

export function renderGateHtml(input: GateHtmlInput): string {
  const { report, loaded } = input;
  const title = input.title ?? 'ML gate';
  const body: string[] = [];
  body.push(header(report, title));
  body.push(forestSection(report, loaded));
  body.push(curveSections(input));
  body.push(fairnessSection(report));
  body.push(policySection(report, loaded));
  return page(`${title} ${report.passed ? 'passed' : 'failed'}`, body.join('\n'));
}

function page(title: string, body: string): string {
  return htmlPage(title, `.verdict.pass{color:${STATUS_COLOR.pass}}.verdict.fail{color:${STATUS_COLOR.fail}}
.s-fail{color:${STATUS_COLOR.fail};font-weight:600}.s-warn{color:${STATUS_COLOR.warn};font-weight:600}.s-pass{color:${STATUS_COLOR.pass}}.s-insufficient{color:${STATUS_COLOR.insufficient}}
.grid2{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:12px}
figure{margin:0;break-inside:avoid;page-break-inside:avoid}
pre{background:#f6f8fa;padding:8px;overflow:auto;font-size:12px}
@media print{main{max-width:none;padding:0}h2{break-after:avoid}.panel{break-inside:avoid}}`, body);
}

function header(report: GateReport, title: string): string {
  const task = report.task as Task;
  const failing = report.checks.filter((c) => c.status === 'fail').map((c) => `${displayName(c.metric, task)} in ${c.slice}`);
  const failingFair = report.fairness.filter((f) => f.status === 'fail').map((f) => `${displayName(f.metric, task)} gap across ${f.across}`);
  const all = [...failing, ...failingFair];
  const c = report.counts;
  return [
    `<h1 class="verdict ${report.passed ? 'pass' : 'fail'}">${report.passed ? '✓' : '✗'} ${esc(title)} ${report.passed ? 'passed' : 'failed'}</h1>`,
    all.length ? `<p><strong>Failed:</strong> ${all.slice(0, 10).map(esc).join('; ')}${all.length > 10 ? `; +${all.length - 10} more` : ''}</p>` : '',
    `<p class="meta">Candidate <code>${esc(report.candidate)}</code>${report.baseline ? ` vs baseline <code>${esc(report.baseline)}</code>` : ' (first run: no baseline, bounds only)'} · ${thousands(report.rows)} rows · task ${esc(report.task)} · threshold ${report.threshold} · α = ${report.alpha}, ${esc(report.correction)} correction · ${report.bootstrap} bootstrap replicates, seed ${report.seed}<br>` +
      `<span class="s-pass">${c.pass} pass</span>, <span class="s-fail">${c.fail} fail</span>, <span class="s-warn">${c.warn} warn</span>, <span class="s-insufficient">${c.insufficient} insufficient</span>. Δ = candidate − baseline on the same rows.</p>`,
  ].filter(Boolean).join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Forest plot

/** Slice order for the forest plot: slices with a failing check first, then warnings, passes, insufficient. */
function sliceRank(report: GateReport): Map<string, number> {
  const worst = new Map<string, number>();
  for (const c of report.checks) worst.set(c.slice, Math.min(worst.get(c.slice) ?? 9, STATUS_RANK[c.status]));
  return worst;
}

function forestSection(report: GateReport, loaded: LoadedPolicy): string {
  const task = report.task as Task;
  const rank = sliceRank(report);
  const metrics = [...new Set(report.checks.map((c) => c.metric))];
  const out = ['<h2 id="forest">Δ per slice and metric</h2>',
    `<p class="note">One row per slice × metric: the dot is Δ, the bar its ${Math.round((1 - report.alpha) * 100)}% confidence interval; the dashed red line is the allowed regression (margin). Rows are coloured by status; failing rows are shaded and come first.</p>`];
  for (const metric of metrics) {
    const rows = report.checks
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.metric === metric)
      .sort((a, b) => STATUS_RANK[a.c.status] - STATUS_RANK[b.c.status] || rank.get(a.c.slice)! - rank.get(b.c.slice)! || a.i - b.i)
      .map(({ c }) => c);
    let direction: 'higher' | 'lower' = 'higher';
    try {
      direction = getMetric(metric, task).direction;
    } catch {
      // A metric the registry does not know (an older report): draw it as higher-is-better.
    }
    const margin = loaded.policy.metrics[metric]?.['max-regression'];
    out.push(`<div class="panel"><h3>${esc(displayName(metric, task))} <span class="note">(${direction} is better)</span></h3>`, forestPlot(rows, metric, direction, margin), '</div>');
  }
  return out.join('\n');
}

const ROW_H = 22;
const FOREST = { width: 1150, labelW: 300, plotL: 310, plotR: 790, textL: 805, top: 34, bottom: 34 };

function forestPlot(rows: GateCheck[], metric: string, direction: 'higher' | 'lower', margin: number | undefined): string {
  const vals: number[] = [0];
  for (const c of rows) {
    if (c.delta !== null) vals.push(c.delta);
    if (c.ci) vals.push(c.ci[0], c.ci[1]);
  }
  const marginX = margin === undefined ? undefined : direction === 'higher' ? -margin : margin;
  if (marginX !== undefined) vals.push(marginX);
  let lo = Math.min(...vals.filter(Number.isFinite));
  let hi = Math.max(...vals.filter(Number.isFinite));
  if (hi === lo) {
    lo -= 0.01;
    hi += 0.01;
  }
  const pad = (hi - lo) * 0.06;
  lo -= pad;
  hi += pad;
  const sx = linear([lo, hi], [FOREST.plotL, FOREST.plotR]);
  const height = FOREST.top + rows.length * ROW_H + FOREST.bottom;
  const plotBottom = FOREST.top + rows.length * ROW_H;
  const s: string[] = [];
  s.push(`<svg class="forest" data-metric="${esc(metric)}" viewBox="0 0 ${FOREST.width} ${height}" width="${FOREST.width}" height="${height}" role="img" aria-label="Forest plot of Δ ${esc(metric)} per slice">`);
  // Column heads and the worse/better direction.
  const worseLeft = direction === 'higher';
  s.push(`<text x="0" y="20" font-weight="600">Slice (rows)</text>`);
  s.push(`<text x="${FOREST.plotL}" y="20" class="muted">← ${worseLeft ? 'worse' : 'better'}</text>`);
  s.push(`<text x="${FOREST.plotR}" y="20" class="muted" text-anchor="end">${worseLeft ? 'better' : 'worse'} →</text>`);
  s.push(`<text x="${FOREST.textL}" y="20" font-weight="600">Δ [CI] · p (adj) · status</text>`);
  // Grid and ticks.
  for (const t of ticks(lo, hi, 6)) {
    const x = px(sx(t));
    s.push(`<line class="grid" x1="${x}" y1="${FOREST.top - 4}" x2="${x}" y2="${plotBottom}"/>`);
    s.push(`<text x="${x}" y="${plotBottom + 16}" text-anchor="middle" class="muted">${esc(signed(t, 3))}</text>`);
  }
  rows.forEach((c, k) => {
    const y = FOREST.top + k * ROW_H;
    const cy = px(y + ROW_H / 2);
    const color = STATUS_COLOR[c.status];
    s.push(`<g class="forest-row status-${c.status}" data-slice="${esc(c.slice)}" data-metric="${esc(c.metric)}" data-status="${c.status}">`);
    if (c.status === 'fail') s.push(`<rect class="highlight" x="0" y="${px(y)}" width="${FOREST.width}" height="${ROW_H}" fill="#ffebe9"/>`);
    else if (c.status === 'warn') s.push(`<rect class="highlight" x="0" y="${px(y)}" width="${FOREST.width}" height="${ROW_H}" fill="#fff8c5"/>`);
    const label = c.slice.length > 42 ? c.slice.slice(0, 41) + '…' : c.slice;
    s.push(`<text x="0" y="${px(y + 15)}"${c.status === 'fail' ? ' font-weight="600"' : ''}><title>${esc(c.slice)}</title>${esc(label)} <tspan class="muted">(${thousands(c.support)})</tspan></text>`);
    if (c.ci) {
      s.push(`<line x1="${px(sx(c.ci[0]))}" y1="${cy}" x2="${px(sx(c.ci[1]))}" y2="${cy}" stroke="${color}" stroke-width="2"/>`);
    }
    if (c.delta !== null) {
      const x = sx(c.delta);
      s.push(c.status === 'fail'
        ? `<rect x="${px(x - 5)}" y="${px(y + ROW_H / 2 - 5)}" width="10" height="10" fill="${color}"/>`
        : `<circle cx="${px(x)}" cy="${cy}" r="4.5" fill="${c.status === 'insufficient' ? '#fff' : color}" stroke="${color}" stroke-width="1.5"/>`);
    }
    const text = c.delta === null
      ? (c.candidate === null ? '–' : `candidate ${num(c.candidate, 4)}`)
      : `${signed(c.delta)}${c.ci ? ` [${signed(c.ci[0])}, ${signed(c.ci[1])}]` : ''}${c.p_adjusted !== null ? ` · p ${num(c.p_adjusted, 2)}` : ''}`;
    s.push(`<text x="${FOREST.textL}" y="${px(y + 15)}">${esc(text)} · <tspan fill="${color}" font-weight="600">${STATUS_WORD[c.status]}</tspan><title>${esc(c.reason)}</title></text>`);
    s.push('</g>');
  });
  // Zero and the margin on top of the rows.
  s.push(`<line class="axis" x1="${px(sx(0))}" y1="${FOREST.top - 4}" x2="${px(sx(0))}" y2="${plotBottom}"/>`);
  if (marginX !== undefined) {
    const x = px(sx(marginX));
    s.push(`<line class="margin" x1="${x}" y1="${FOREST.top - 4}" x2="${x}" y2="${plotBottom}" stroke="${STATUS_COLOR.fail}" stroke-width="1.5" stroke-dasharray="5 3"/>`);
    s.push(`<text x="${x}" y="${plotBottom + 30}" text-anchor="middle" fill="${STATUS_COLOR.fail}">margin ${esc(signed(marginX))}</text>`);
  }
  s.push(`<line class="axis" x1="${FOREST.plotL}" y1="${plotBottom}" x2="${FOREST.plotR}" y2="${plotBottom}"/>`);
  s.push('</svg>');
  return s.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Curves

function curveSections(input: GateHtmlInput): string {
  const { report, data, loaded } = input;
  const out = ['<h2 id="curves">ROC and precision–recall curves</h2>'];
  if (report.task !== 'binary-classification' || !data || !data.label01) {
    out.push(`<p class="note">Curves are drawn for binary classification from the evaluation data; ${report.task !== 'binary-classification' ? `this gate's task is ${esc(report.task)}` : 'the data was not available to the report'}.</p>`);
    return out.join('\n');
  }
  const failing = [...new Set(report.checks.filter((c) => c.status === 'fail' && c.slice !== 'overall').map((c) => c.slice))];
  const wanted = new Set(['overall', ...failing.slice(0, MAX_CURVE_SLICES)]);
  const rowsOf = new Map<string, Uint32Array>();
  for (const part of input.partitions ?? partitionsOf(data, loaded)) for (const sl of part) if (wanted.has(sl.key)) rowsOf.set(sl.key, sl.rows);
  const keys = ['overall', ...failing.slice(0, MAX_CURVE_SLICES)];
  for (const key of keys) {
    const rows = rowsOf.get(key);
    if (!rows) continue;
    const cand = binaryCurves(data.label01, data.candidate, rows);
    const base = data.baseline ? binaryCurves(data.label01, data.baseline, rows) : undefined;
    out.push(`<h3>${key === 'overall' ? 'Overall' : `Failing slice <code>${esc(key)}</code>`} <span class="note">(${thousands(rows.length)} rows)</span></h3>`);
    if (!cand) {
      out.push('<p class="note">Only one class in these rows: no curve.</p>');
      continue;
    }
    const auc = report.checks.find((c) => c.slice === key && c.metric === 'auc');
    out.push('<div class="grid2">',
      curveFigure('roc', key, cand, base, auc ? `AUC ${num(auc.candidate, 4)} vs ${num(auc.baseline, 4)}` : ''),
      curveFigure('pr', key, cand, base, ''),
      '</div>');
  }
  if (failing.length > MAX_CURVE_SLICES) out.push(`<p class="note">${failing.length - MAX_CURVE_SLICES} more failing slices are in the forest plot; curves are drawn for the first ${MAX_CURVE_SLICES}.</p>`);
  const all = rowsOf.get('overall')!;
  out.push('<h2 id="calibration">Reliability diagram (overall)</h2>',
    '<p class="note">Scores in ten equal-width bins: mean score against the observed share of positives. On the diagonal a score is a calibrated probability.</p>',
    reliabilityFigure(reliabilityBins(data.label01, data.candidate, all), data.baseline ? reliabilityBins(data.label01, data.baseline, all) : undefined));
  return out.join('\n');
}

const C = { w: 560, h: 400, l: 56, r: 540, t: 16, b: 340 };

function frame(xLabel: string, yLabel: string): { s: string[]; sx: ReturnType<typeof linear>; sy: ReturnType<typeof linear> } {
  const sx = linear([0, 1], [C.l, C.r]);
  const sy = linear([0, 1], [C.b, C.t]);
  const s: string[] = [];
  for (const t of ticks(0, 1, 5)) {
    s.push(`<line class="grid" x1="${px(sx(t))}" y1="${C.t}" x2="${px(sx(t))}" y2="${C.b}"/><line class="grid" x1="${C.l}" y1="${px(sy(t))}" x2="${C.r}" y2="${px(sy(t))}"/>`);
    s.push(`<text x="${px(sx(t))}" y="${C.b + 16}" text-anchor="middle" class="muted">${t}</text><text x="${C.l - 6}" y="${px(sy(t) + 4)}" text-anchor="end" class="muted">${t}</text>`);
  }
  s.push(`<rect x="${C.l}" y="${C.t}" width="${C.r - C.l}" height="${C.b - C.t}" fill="none" class="axis"/>`);
  s.push(`<text x="${(C.l + C.r) / 2}" y="${C.b + 36}" text-anchor="middle">${esc(xLabel)}</text>`);
  s.push(`<text transform="translate(14 ${(C.t + C.b) / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`);
  return { s, sx, sy };
}

function legend(s: string[], hasBaseline: boolean, extra: string): void {
  const y = C.h - 12;
  s.push(`<line x1="${C.l}" y1="${y - 4}" x2="${C.l + 24}" y2="${y - 4}" stroke="${CANDIDATE_COLOR}" stroke-width="2.5"/><text x="${C.l + 30}" y="${y}">candidate</text>`);
  if (hasBaseline) s.push(`<line x1="${C.l + 110}" y1="${y - 4}" x2="${C.l + 134}" y2="${y - 4}" stroke="${BASELINE_COLOR}" stroke-width="2" stroke-dasharray="6 3"/><text x="${C.l + 140}" y="${y}">baseline</text>`);
  if (extra) s.push(`<text x="${C.r}" y="${y}" text-anchor="end" class="muted">${esc(extra)}</text>`);
}

function curveFigure(kind: 'roc' | 'pr', key: string, cand: BinaryCurves, base: BinaryCurves | undefined, extra: string): string {
  const roc = kind === 'roc';
  const { s, sx, sy } = frame(roc ? 'False positive rate' : 'Recall', roc ? 'True positive rate' : 'Precision');
  if (roc) s.push(`<line x1="${px(sx(0))}" y1="${px(sy(0))}" x2="${px(sx(1))}" y2="${px(sy(1))}" stroke="#d1d9e0" stroke-dasharray="3 3"/>`);
  else {
    const prevalence = cand.positives / (cand.positives + cand.negatives);
    s.push(`<line x1="${C.l}" y1="${px(sy(prevalence))}" x2="${C.r}" y2="${px(sy(prevalence))}" stroke="#d1d9e0" stroke-dasharray="3 3"/>`);
  }
  const line = (c: Curve, color: string, dash: string, cls: string) =>
    s.push(`<polyline class="${cls}" points="${points(c.x, c.y, sx, sy)}" fill="none" stroke="${color}" stroke-width="${dash ? 2 : 2.5}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
  if (base) line(roc ? base.roc : base.pr, BASELINE_COLOR, '6 3', 'curve-baseline');
  line(roc ? cand.roc : cand.pr, CANDIDATE_COLOR, '', 'curve-candidate');
  legend(s, base !== undefined, extra);
  const name = roc ? 'ROC' : 'Precision–recall';
  return `<figure class="panel curve-${kind}" data-slice="${esc(key)}"><svg viewBox="0 0 ${C.w} ${C.h}" width="${C.w}" height="${C.h}" role="img" aria-label="${name} curve, ${esc(key)}">\n${s.join('\n')}\n</svg><figcaption>${name}, ${esc(key)}</figcaption></figure>`;
}

function reliabilityFigure(cand: ReliabilityBin[], base: ReliabilityBin[] | undefined): string {
  const { s, sx, sy } = frame('Mean score in bin', 'Observed share of positives');
  s.push(`<line x1="${px(sx(0))}" y1="${px(sy(0))}" x2="${px(sx(1))}" y2="${px(sy(1))}" stroke="#d1d9e0" stroke-dasharray="3 3"/>`);
  const draw = (bins: ReliabilityBin[], color: string, dash: string, cls: string) => {
    const used = bins.filter((b) => b.count > 0);
    s.push(`<polyline class="${cls}" points="${points(used.map((b) => b.meanScore), used.map((b) => b.positiveRate), sx, sy)}" fill="none" stroke="${color}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
    for (const b of used) s.push(`<circle cx="${px(sx(b.meanScore))}" cy="${px(sy(b.positiveRate))}" r="3.5" fill="${color}"><title>${num(b.lo, 2)}–${num(b.hi, 2)}: ${b.count} rows, mean score ${num(b.meanScore)}, positives ${num(b.positiveRate)}</title></circle>`);
  };
  if (base) draw(base, BASELINE_COLOR, '6 3', 'calibration-baseline');
  draw(cand, CANDIDATE_COLOR, '', 'calibration-candidate');
  legend(s, base !== undefined, '');
  const rows = cand.map((b, i) => `<tr><td>${num(b.lo, 2)}–${num(b.hi, 2)}</td><td class="n">${thousands(b.count)}</td><td class="n">${num(b.meanScore)}</td><td class="n">${num(b.positiveRate)}</td>${base ? `<td class="n">${thousands(base[i].count)}</td><td class="n">${num(base[i].meanScore)}</td><td class="n">${num(base[i].positiveRate)}</td>` : ''}</tr>`);
  const head = `<tr><th>Score bin</th><th>Candidate rows</th><th>Mean score</th><th>Positives</th>${base ? '<th>Baseline rows</th><th>Mean score</th><th>Positives</th>' : ''}</tr>`;
  return `<div class="grid2"><figure class="panel reliability"><svg viewBox="0 0 ${C.w} ${C.h}" width="${C.w}" height="${C.h}" role="img" aria-label="Reliability diagram">\n${s.join('\n')}\n</svg><figcaption>Reliability, overall</figcaption></figure>\n<div><table>${head}${rows.join('')}</table></div></div>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Fairness and policy

function fairnessSection(report: GateReport): string {
  if (!report.fairness.length) return '<h2 id="fairness">Fairness</h2>\n<p class="note">The policy has no fairness rules.</p>';
  const task = report.task as Task;
  const out = ['<h2 id="fairness">Fairness gaps</h2>'];
  for (const f of report.fairness) {
    out.push(`<h3><span class="s-${f.status}">${STATUS_WORD[f.status]}</span> ${esc(displayName(f.metric, task))} across <code>${esc(f.across)}</code></h3>`,
      `<p>Gap (max − min across groups): candidate ${num(f.candidate_gap, 4)}, baseline ${num(f.baseline_gap, 4)}, change ${signed(f.gap_increase)}${f.ci ? ` [${signed(f.ci[0])}, ${signed(f.ci[1])}]` : ''}; ratio (min / max) ${num(f.candidate_ratio, 3)}. ${esc(f.reason)}</p>`);
    const rows = f.groups.map((g) => `<tr><td><code>${esc(g.group)}</code></td><td class="n">${thousands(g.support)}</td><td class="n">${thousands(g.positives)}</td><td class="n">${num(g.candidate, 4)}</td><td class="n">${num(g.baseline, 4)}</td></tr>`);
    out.push(`<table><tr><th>Group</th><th>Rows</th><th>Positives</th><th>Candidate</th><th>Baseline</th></tr>${rows.join('')}</table>`);
  }
  return out.join('\n');
}

function policySection(report: GateReport, loaded: LoadedPolicy): string {
  return [
    '<h2 id="policy">Policy applied</h2>',
    `<p class="note">From <code>${esc(report.policy)}</code>, with every default filled in. Overall: ${esc(loaded.policy.decision.overall)}; slices: ${esc(loaded.policy.decision.slices)} with ${esc(loaded.policy.significance.correction)} correction at α = ${loaded.policy.significance.alpha}.</p>`,
    `<pre>${esc(stringify(loaded.policy))}</pre>`,
  ].join('\n');
}
