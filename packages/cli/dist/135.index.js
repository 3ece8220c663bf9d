export const id = 135;
export const ids = [135];
export const modules = {

/***/ 47135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderGateHtml: () => (/* binding */ renderGateHtml)
});

// UNUSED EXPORTS: MAX_CURVE_SLICES

// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(33483);
// EXTERNAL MODULE: ../core/src/gate/evaluate.ts
var evaluate = __webpack_require__(39529);
// EXTERNAL MODULE: ../core/src/gate/format.ts
var format = __webpack_require__(90625);
// EXTERNAL MODULE: ../core/src/metrics/index.ts + 12 modules
var src_metrics = __webpack_require__(96475);
// EXTERNAL MODULE: ../core/src/stats/argsort.ts
var argsort = __webpack_require__(17706);
;// CONCATENATED MODULE: ../core/src/report/curves.ts

const MAX_CURVE_POINTS = 200;
/**
 * Above this many rows the curves come from a fine score histogram instead of a sort (O(n) instead of O(n log n):
 * at 1,000,000 rows the sorts cost more than the gate's own judging). Each histogram point is an exact point of the
 * full curve — the threshold at a bin's lower edge — so the drawn curve, thinned to MAX_CURVE_POINTS anyway, keeps
 * only vertices the exact curve has.
 */
const EXACT_CURVE_ROWS = 100_000;
/** Bins of that histogram: far more than the drawn vertices, so thinning, not binning, sets the curve's detail. */
const CURVE_BINS = 1 << 16;
/** ROC and PR curves of `score` against `label` (1 = positive) over `rows`. Undefined without both classes. */
function binaryCurves(label, score, rows, maxPoints = MAX_CURVE_POINTS) {
    const n = rows.length;
    let positives = 0;
    for (let k = 0; k < n; k++)
        if (label[rows[k]] === 1)
            positives++;
    const negatives = n - positives;
    if (positives === 0 || negatives === 0)
        return undefined;
    if (n > EXACT_CURVE_ROWS)
        return binnedCurves(label, score, rows, positives, negatives, maxPoints);
    const order = (0,argsort/* argsortFloat64 */.Fs)(score, rows); // ascending; walk from the end for descending scores
    const fpr = [0];
    const tpr = [0];
    const rec = [];
    const prec = [];
    let tp = 0;
    let fp = 0;
    for (let j = n - 1; j >= 0;) {
        const s = score[rows[order[j]]];
        // One threshold per distinct score: take the whole tie group.
        while (j >= 0 && score[rows[order[j]]] === s) {
            if (label[rows[order[j]]] === 1)
                tp++;
            else
                fp++;
            j--;
        }
        fpr.push(fp / negatives);
        tpr.push(tp / positives);
        rec.push(tp / positives);
        prec.push(tp / (tp + fp));
    }
    // PR starts at recall 0 with the precision of the highest threshold (scikit-learn's convention).
    rec.unshift(0);
    prec.unshift(prec[0]);
    return { roc: thin(fpr, tpr, maxPoints), pr: thin(rec, prec, maxPoints), positives, negatives };
}
/** The curves of a large slice from CURVE_BINS equal-width score bins, walked from the top bin down. */
function binnedCurves(label, score, rows, positives, negatives, maxPoints) {
    const n = rows.length;
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = 0; k < n; k++) {
        const s = score[rows[k]];
        if (s < lo)
            lo = s;
        if (s > hi)
            hi = s;
    }
    const bins = CURVE_BINS;
    const scale = hi > lo ? bins / (hi - lo) : 0;
    const pos = new Uint32Array(bins);
    const all = new Uint32Array(bins);
    for (let k = 0; k < n; k++) {
        const i = rows[k];
        const b = Math.min(bins - 1, Math.floor((score[i] - lo) * scale));
        all[b]++;
        if (label[i] === 1)
            pos[b]++;
    }
    const fpr = [0];
    const tpr = [0];
    const rec = [];
    const prec = [];
    let tp = 0;
    let fp = 0;
    for (let b = bins - 1; b >= 0; b--) {
        if (all[b] === 0)
            continue;
        tp += pos[b];
        fp += all[b] - pos[b];
        fpr.push(fp / negatives);
        tpr.push(tp / positives);
        rec.push(tp / positives);
        prec.push(tp / (tp + fp));
    }
    rec.unshift(0);
    prec.unshift(prec[0]);
    return { roc: thin(fpr, tpr, maxPoints), pr: thin(rec, prec, maxPoints), positives, negatives };
}
/** Every ⌈n / maxPoints⌉-th vertex plus the last: a deterministic thinning that keeps the curve's ends. */
function thin(x, y, maxPoints) {
    const n = x.length;
    if (n <= maxPoints)
        return { x: Float64Array.from(x), y: Float64Array.from(y) };
    const step = Math.ceil((n - 1) / (maxPoints - 1));
    const xs = [];
    const ys = [];
    for (let i = 0; i < n - 1; i += step) {
        xs.push(x[i]);
        ys.push(y[i]);
    }
    xs.push(x[n - 1]);
    ys.push(y[n - 1]);
    return { x: Float64Array.from(xs), y: Float64Array.from(ys) };
}
/**
 * The reliability (calibration) diagram: `bins` equal-width score bins over [0, 1] (scores outside are clamped into
 * the end bins), each with its mean score and observed positive rate (Niculescu-Mizil & Caruana, "Predicting good
 * probabilities with supervised learning", ICML 2005). Empty bins have count 0 and are not drawn.
 */
function reliabilityBins(label, score, rows, bins = 10) {
    const count = new Float64Array(bins);
    const sumS = new Float64Array(bins);
    const sumY = new Float64Array(bins);
    for (let k = 0; k < rows.length; k++) {
        const i = rows[k];
        const s = score[i];
        const b = Math.min(bins - 1, Math.max(0, Math.floor(s * bins)));
        count[b]++;
        sumS[b] += s;
        sumY[b] += label[i] === 1 ? 1 : 0;
    }
    const out = [];
    for (let b = 0; b < bins; b++) {
        out.push({ lo: b / bins, hi: (b + 1) / bins, count: count[b], meanScore: count[b] ? sumS[b] / count[b] : NaN, positiveRate: count[b] ? sumY[b] / count[b] : NaN });
    }
    return out;
}

// EXTERNAL MODULE: ../core/src/report/page.ts
var page = __webpack_require__(2862);
// EXTERNAL MODULE: ../core/src/report/svg.ts
var svg = __webpack_require__(89611);
;// CONCATENATED MODULE: ../core/src/report/gate-html.ts
/**
 * The gate's HTML report: one self-contained file (inline SVG and CSS, no script, no external request) drawn in
 * Node from the JSON report and, for the curves, the evaluation data the gate already holds. Same inputs, same
 * bytes: nothing time-dependent, coordinates at fixed precision, every order taken from the report.
 *
 * Sections: verdict; a forest plot of Δ with its confidence interval for every slice × metric (failing first, the
 * margin as a dashed line); ROC and precision–recall curves, candidate vs baseline, overall and for each failing
 * slice; the reliability diagram overall; fairness gaps; the policy as applied (defaults filled in).
 */







/** Failing slices whose curves are drawn (beyond these the forest plot still shows every check). */
const MAX_CURVE_SLICES = 6;
const STATUS_RANK = { fail: 0, warn: 1, pass: 2, insufficient: 3 };
const STATUS_WORD = { fail: 'FAIL', warn: 'WARN', pass: 'pass', insufficient: 'insufficient' };
function renderGateHtml(input) {
    const { report, loaded } = input;
    const title = input.title ?? 'ML gate';
    const body = [];
    body.push(header(report, title));
    body.push(forestSection(report, loaded));
    body.push(curveSections(input));
    body.push(fairnessSection(report));
    body.push(policySection(report, loaded));
    return gate_html_page(`${title} ${report.passed ? 'passed' : 'failed'}`, body.join('\n'));
}
function gate_html_page(title, body) {
    return (0,page/* htmlPage */.X)(title, `.verdict.pass{color:${svg/* STATUS_COLOR */.Nv.pass}}.verdict.fail{color:${svg/* STATUS_COLOR */.Nv.fail}}
.s-fail{color:${svg/* STATUS_COLOR */.Nv.fail};font-weight:600}.s-warn{color:${svg/* STATUS_COLOR */.Nv.warn};font-weight:600}.s-pass{color:${svg/* STATUS_COLOR */.Nv.pass}}.s-insufficient{color:${svg/* STATUS_COLOR */.Nv.insufficient}}
.grid2{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:12px}
figure{margin:0;break-inside:avoid;page-break-inside:avoid}
pre{background:#f6f8fa;padding:8px;overflow:auto;font-size:12px}
@media print{main{max-width:none;padding:0}h2{break-after:avoid}.panel{break-inside:avoid}}`, body);
}
function header(report, title) {
    const task = report.task;
    const failing = report.checks.filter((c) => c.status === 'fail').map((c) => `${(0,format/* displayName */.QC)(c.metric, task)} in ${c.slice}`);
    const failingFair = report.fairness.filter((f) => f.status === 'fail').map((f) => `${(0,format/* displayName */.QC)(f.metric, task)} gap across ${f.across}`);
    const all = [...failing, ...failingFair];
    const c = report.counts;
    return [
        `<h1 class="verdict ${report.passed ? 'pass' : 'fail'}">${report.passed ? '✓' : '✗'} ${(0,svg/* esc */.UQ)(title)} ${report.passed ? 'passed' : 'failed'}</h1>`,
        all.length ? `<p><strong>Failed:</strong> ${all.slice(0, 10).map(svg/* esc */.UQ).join('; ')}${all.length > 10 ? `; +${all.length - 10} more` : ''}</p>` : '',
        `<p class="meta">Candidate <code>${(0,svg/* esc */.UQ)(report.candidate)}</code>${report.baseline ? ` vs baseline <code>${(0,svg/* esc */.UQ)(report.baseline)}</code>` : ' (first run: no baseline, bounds only)'} · ${(0,format/* thousands */.oh)(report.rows)} rows · task ${(0,svg/* esc */.UQ)(report.task)} · threshold ${report.threshold} · α = ${report.alpha}, ${(0,svg/* esc */.UQ)(report.correction)} correction · ${report.bootstrap} bootstrap replicates, seed ${report.seed}<br>` +
            `<span class="s-pass">${c.pass} pass</span>, <span class="s-fail">${c.fail} fail</span>, <span class="s-warn">${c.warn} warn</span>, <span class="s-insufficient">${c.insufficient} insufficient</span>. Δ = candidate − baseline on the same rows.</p>`,
    ].filter(Boolean).join('\n');
}
// ---------------------------------------------------------------------------------------------------------------
// Forest plot
/** Slice order for the forest plot: slices with a failing check first, then warnings, passes, insufficient. */
function sliceRank(report) {
    const worst = new Map();
    for (const c of report.checks)
        worst.set(c.slice, Math.min(worst.get(c.slice) ?? 9, STATUS_RANK[c.status]));
    return worst;
}
function forestSection(report, loaded) {
    const task = report.task;
    const rank = sliceRank(report);
    const metrics = [...new Set(report.checks.map((c) => c.metric))];
    const out = ['<h2 id="forest">Δ per slice and metric</h2>',
        `<p class="note">One row per slice × metric: the dot is Δ, the bar its ${Math.round((1 - report.alpha) * 100)}% confidence interval; the dashed red line is the allowed regression (margin). Rows are coloured by status; failing rows are shaded and come first.</p>`];
    for (const metric of metrics) {
        const rows = report.checks
            .map((c, i) => ({ c, i }))
            .filter(({ c }) => c.metric === metric)
            .sort((a, b) => STATUS_RANK[a.c.status] - STATUS_RANK[b.c.status] || rank.get(a.c.slice) - rank.get(b.c.slice) || a.i - b.i)
            .map(({ c }) => c);
        let direction = 'higher';
        try {
            direction = (0,src_metrics/* getMetric */.$6)(metric, task).direction;
        }
        catch {
            // A metric the registry does not know (an older report): draw it as higher-is-better.
        }
        const margin = loaded.policy.metrics[metric]?.['max-regression'];
        out.push(`<div class="panel"><h3>${(0,svg/* esc */.UQ)((0,format/* displayName */.QC)(metric, task))} <span class="note">(${direction} is better)</span></h3>`, forestPlot(rows, metric, direction, margin), '</div>');
    }
    return out.join('\n');
}
const ROW_H = 22;
const FOREST = { width: 1150, labelW: 300, plotL: 310, plotR: 790, textL: 805, top: 34, bottom: 34 };
function forestPlot(rows, metric, direction, margin) {
    const vals = [0];
    for (const c of rows) {
        if (c.delta !== null)
            vals.push(c.delta);
        if (c.ci)
            vals.push(c.ci[0], c.ci[1]);
    }
    const marginX = margin === undefined ? undefined : direction === 'higher' ? -margin : margin;
    if (marginX !== undefined)
        vals.push(marginX);
    let lo = Math.min(...vals.filter(Number.isFinite));
    let hi = Math.max(...vals.filter(Number.isFinite));
    if (hi === lo) {
        lo -= 0.01;
        hi += 0.01;
    }
    const pad = (hi - lo) * 0.06;
    lo -= pad;
    hi += pad;
    const sx = (0,svg/* linear */.sn)([lo, hi], [FOREST.plotL, FOREST.plotR]);
    const height = FOREST.top + rows.length * ROW_H + FOREST.bottom;
    const plotBottom = FOREST.top + rows.length * ROW_H;
    const s = [];
    s.push(`<svg class="forest" data-metric="${(0,svg/* esc */.UQ)(metric)}" viewBox="0 0 ${FOREST.width} ${height}" width="${FOREST.width}" height="${height}" role="img" aria-label="Forest plot of Δ ${(0,svg/* esc */.UQ)(metric)} per slice">`);
    // Column heads and the worse/better direction.
    const worseLeft = direction === 'higher';
    s.push(`<text x="0" y="20" font-weight="600">Slice (rows)</text>`);
    s.push(`<text x="${FOREST.plotL}" y="20" class="muted">← ${worseLeft ? 'worse' : 'better'}</text>`);
    s.push(`<text x="${FOREST.plotR}" y="20" class="muted" text-anchor="end">${worseLeft ? 'better' : 'worse'} →</text>`);
    s.push(`<text x="${FOREST.textL}" y="20" font-weight="600">Δ [CI] · p (adj) · status</text>`);
    // Grid and ticks.
    for (const t of (0,svg/* ticks */.Zc)(lo, hi, 6)) {
        const x = (0,svg.px)(sx(t));
        s.push(`<line class="grid" x1="${x}" y1="${FOREST.top - 4}" x2="${x}" y2="${plotBottom}"/>`);
        s.push(`<text x="${x}" y="${plotBottom + 16}" text-anchor="middle" class="muted">${(0,svg/* esc */.UQ)((0,svg/* signed */.x8)(t, 3))}</text>`);
    }
    rows.forEach((c, k) => {
        const y = FOREST.top + k * ROW_H;
        const cy = (0,svg.px)(y + ROW_H / 2);
        const color = svg/* STATUS_COLOR */.Nv[c.status];
        s.push(`<g class="forest-row status-${c.status}" data-slice="${(0,svg/* esc */.UQ)(c.slice)}" data-metric="${(0,svg/* esc */.UQ)(c.metric)}" data-status="${c.status}">`);
        if (c.status === 'fail')
            s.push(`<rect class="highlight" x="0" y="${(0,svg.px)(y)}" width="${FOREST.width}" height="${ROW_H}" fill="#ffebe9"/>`);
        else if (c.status === 'warn')
            s.push(`<rect class="highlight" x="0" y="${(0,svg.px)(y)}" width="${FOREST.width}" height="${ROW_H}" fill="#fff8c5"/>`);
        const label = c.slice.length > 42 ? c.slice.slice(0, 41) + '…' : c.slice;
        s.push(`<text x="0" y="${(0,svg.px)(y + 15)}"${c.status === 'fail' ? ' font-weight="600"' : ''}><title>${(0,svg/* esc */.UQ)(c.slice)}</title>${(0,svg/* esc */.UQ)(label)} <tspan class="muted">(${(0,format/* thousands */.oh)(c.support)})</tspan></text>`);
        if (c.ci) {
            s.push(`<line x1="${(0,svg.px)(sx(c.ci[0]))}" y1="${cy}" x2="${(0,svg.px)(sx(c.ci[1]))}" y2="${cy}" stroke="${color}" stroke-width="2"/>`);
        }
        if (c.delta !== null) {
            const x = sx(c.delta);
            s.push(c.status === 'fail'
                ? `<rect x="${(0,svg.px)(x - 5)}" y="${(0,svg.px)(y + ROW_H / 2 - 5)}" width="10" height="10" fill="${color}"/>`
                : `<circle cx="${(0,svg.px)(x)}" cy="${cy}" r="4.5" fill="${c.status === 'insufficient' ? '#fff' : color}" stroke="${color}" stroke-width="1.5"/>`);
        }
        const text = c.delta === null
            ? (c.candidate === null ? '–' : `candidate ${(0,svg/* num */.bu)(c.candidate, 4)}`)
            : `${(0,svg/* signed */.x8)(c.delta)}${c.ci ? ` [${(0,svg/* signed */.x8)(c.ci[0])}, ${(0,svg/* signed */.x8)(c.ci[1])}]` : ''}${c.p_adjusted !== null ? ` · p ${(0,svg/* num */.bu)(c.p_adjusted, 2)}` : ''}`;
        s.push(`<text x="${FOREST.textL}" y="${(0,svg.px)(y + 15)}">${(0,svg/* esc */.UQ)(text)} · <tspan fill="${color}" font-weight="600">${STATUS_WORD[c.status]}</tspan><title>${(0,svg/* esc */.UQ)(c.reason)}</title></text>`);
        s.push('</g>');
    });
    // Zero and the margin on top of the rows.
    s.push(`<line class="axis" x1="${(0,svg.px)(sx(0))}" y1="${FOREST.top - 4}" x2="${(0,svg.px)(sx(0))}" y2="${plotBottom}"/>`);
    if (marginX !== undefined) {
        const x = (0,svg.px)(sx(marginX));
        s.push(`<line class="margin" x1="${x}" y1="${FOREST.top - 4}" x2="${x}" y2="${plotBottom}" stroke="${svg/* STATUS_COLOR */.Nv.fail}" stroke-width="1.5" stroke-dasharray="5 3"/>`);
        s.push(`<text x="${x}" y="${plotBottom + 30}" text-anchor="middle" fill="${svg/* STATUS_COLOR */.Nv.fail}">margin ${(0,svg/* esc */.UQ)((0,svg/* signed */.x8)(marginX))}</text>`);
    }
    s.push(`<line class="axis" x1="${FOREST.plotL}" y1="${plotBottom}" x2="${FOREST.plotR}" y2="${plotBottom}"/>`);
    s.push('</svg>');
    return s.join('\n');
}
// ---------------------------------------------------------------------------------------------------------------
// Curves
function curveSections(input) {
    const { report, data, loaded } = input;
    const out = ['<h2 id="curves">ROC and precision–recall curves</h2>'];
    if (report.task !== 'binary-classification' || !data || !data.label01) {
        out.push(`<p class="note">Curves are drawn for binary classification from the evaluation data; ${report.task !== 'binary-classification' ? `this gate's task is ${(0,svg/* esc */.UQ)(report.task)}` : 'the data was not available to the report'}.</p>`);
        return out.join('\n');
    }
    const failing = [...new Set(report.checks.filter((c) => c.status === 'fail' && c.slice !== 'overall').map((c) => c.slice))];
    const wanted = new Set(['overall', ...failing.slice(0, MAX_CURVE_SLICES)]);
    const rowsOf = new Map();
    for (const part of input.partitions ?? (0,evaluate/* partitionsOf */.RJ)(data, loaded))
        for (const sl of part)
            if (wanted.has(sl.key))
                rowsOf.set(sl.key, sl.rows);
    const keys = ['overall', ...failing.slice(0, MAX_CURVE_SLICES)];
    for (const key of keys) {
        const rows = rowsOf.get(key);
        if (!rows)
            continue;
        const cand = binaryCurves(data.label01, data.candidate, rows);
        const base = data.baseline ? binaryCurves(data.label01, data.baseline, rows) : undefined;
        out.push(`<h3>${key === 'overall' ? 'Overall' : `Failing slice <code>${(0,svg/* esc */.UQ)(key)}</code>`} <span class="note">(${(0,format/* thousands */.oh)(rows.length)} rows)</span></h3>`);
        if (!cand) {
            out.push('<p class="note">Only one class in these rows: no curve.</p>');
            continue;
        }
        const auc = report.checks.find((c) => c.slice === key && c.metric === 'auc');
        out.push('<div class="grid2">', curveFigure('roc', key, cand, base, auc ? `AUC ${(0,svg/* num */.bu)(auc.candidate, 4)} vs ${(0,svg/* num */.bu)(auc.baseline, 4)}` : ''), curveFigure('pr', key, cand, base, ''), '</div>');
    }
    if (failing.length > MAX_CURVE_SLICES)
        out.push(`<p class="note">${failing.length - MAX_CURVE_SLICES} more failing slices are in the forest plot; curves are drawn for the first ${MAX_CURVE_SLICES}.</p>`);
    const all = rowsOf.get('overall');
    out.push('<h2 id="calibration">Reliability diagram (overall)</h2>', '<p class="note">Scores in ten equal-width bins: mean score against the observed share of positives. On the diagonal a score is a calibrated probability.</p>', reliabilityFigure(reliabilityBins(data.label01, data.candidate, all), data.baseline ? reliabilityBins(data.label01, data.baseline, all) : undefined));
    return out.join('\n');
}
const C = { w: 560, h: 400, l: 56, r: 540, t: 16, b: 340 };
function gate_html_frame(xLabel, yLabel) {
    const sx = (0,svg/* linear */.sn)([0, 1], [C.l, C.r]);
    const sy = (0,svg/* linear */.sn)([0, 1], [C.b, C.t]);
    const s = [];
    for (const t of (0,svg/* ticks */.Zc)(0, 1, 5)) {
        s.push(`<line class="grid" x1="${(0,svg.px)(sx(t))}" y1="${C.t}" x2="${(0,svg.px)(sx(t))}" y2="${C.b}"/><line class="grid" x1="${C.l}" y1="${(0,svg.px)(sy(t))}" x2="${C.r}" y2="${(0,svg.px)(sy(t))}"/>`);
        s.push(`<text x="${(0,svg.px)(sx(t))}" y="${C.b + 16}" text-anchor="middle" class="muted">${t}</text><text x="${C.l - 6}" y="${(0,svg.px)(sy(t) + 4)}" text-anchor="end" class="muted">${t}</text>`);
    }
    s.push(`<rect x="${C.l}" y="${C.t}" width="${C.r - C.l}" height="${C.b - C.t}" fill="none" class="axis"/>`);
    s.push(`<text x="${(C.l + C.r) / 2}" y="${C.b + 36}" text-anchor="middle">${(0,svg/* esc */.UQ)(xLabel)}</text>`);
    s.push(`<text transform="translate(14 ${(C.t + C.b) / 2}) rotate(-90)" text-anchor="middle">${(0,svg/* esc */.UQ)(yLabel)}</text>`);
    return { s, sx, sy };
}
function legend(s, hasBaseline, extra) {
    const y = C.h - 12;
    s.push(`<line x1="${C.l}" y1="${y - 4}" x2="${C.l + 24}" y2="${y - 4}" stroke="${svg/* CANDIDATE_COLOR */.gU}" stroke-width="2.5"/><text x="${C.l + 30}" y="${y}">candidate</text>`);
    if (hasBaseline)
        s.push(`<line x1="${C.l + 110}" y1="${y - 4}" x2="${C.l + 134}" y2="${y - 4}" stroke="${svg/* BASELINE_COLOR */.qt}" stroke-width="2" stroke-dasharray="6 3"/><text x="${C.l + 140}" y="${y}">baseline</text>`);
    if (extra)
        s.push(`<text x="${C.r}" y="${y}" text-anchor="end" class="muted">${(0,svg/* esc */.UQ)(extra)}</text>`);
}
function curveFigure(kind, key, cand, base, extra) {
    const roc = kind === 'roc';
    const { s, sx, sy } = gate_html_frame(roc ? 'False positive rate' : 'Recall', roc ? 'True positive rate' : 'Precision');
    if (roc)
        s.push(`<line x1="${(0,svg.px)(sx(0))}" y1="${(0,svg.px)(sy(0))}" x2="${(0,svg.px)(sx(1))}" y2="${(0,svg.px)(sy(1))}" stroke="#d1d9e0" stroke-dasharray="3 3"/>`);
    else {
        const prevalence = cand.positives / (cand.positives + cand.negatives);
        s.push(`<line x1="${C.l}" y1="${(0,svg.px)(sy(prevalence))}" x2="${C.r}" y2="${(0,svg.px)(sy(prevalence))}" stroke="#d1d9e0" stroke-dasharray="3 3"/>`);
    }
    const line = (c, color, dash, cls) => s.push(`<polyline class="${cls}" points="${(0,svg/* points */.WR)(c.x, c.y, sx, sy)}" fill="none" stroke="${color}" stroke-width="${dash ? 2 : 2.5}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
    if (base)
        line(roc ? base.roc : base.pr, svg/* BASELINE_COLOR */.qt, '6 3', 'curve-baseline');
    line(roc ? cand.roc : cand.pr, svg/* CANDIDATE_COLOR */.gU, '', 'curve-candidate');
    legend(s, base !== undefined, extra);
    const name = roc ? 'ROC' : 'Precision–recall';
    return `<figure class="panel curve-${kind}" data-slice="${(0,svg/* esc */.UQ)(key)}"><svg viewBox="0 0 ${C.w} ${C.h}" width="${C.w}" height="${C.h}" role="img" aria-label="${name} curve, ${(0,svg/* esc */.UQ)(key)}">\n${s.join('\n')}\n</svg><figcaption>${name}, ${(0,svg/* esc */.UQ)(key)}</figcaption></figure>`;
}
function reliabilityFigure(cand, base) {
    const { s, sx, sy } = gate_html_frame('Mean score in bin', 'Observed share of positives');
    s.push(`<line x1="${(0,svg.px)(sx(0))}" y1="${(0,svg.px)(sy(0))}" x2="${(0,svg.px)(sx(1))}" y2="${(0,svg.px)(sy(1))}" stroke="#d1d9e0" stroke-dasharray="3 3"/>`);
    const draw = (bins, color, dash, cls) => {
        const used = bins.filter((b) => b.count > 0);
        s.push(`<polyline class="${cls}" points="${(0,svg/* points */.WR)(used.map((b) => b.meanScore), used.map((b) => b.positiveRate), sx, sy)}" fill="none" stroke="${color}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
        for (const b of used)
            s.push(`<circle cx="${(0,svg.px)(sx(b.meanScore))}" cy="${(0,svg.px)(sy(b.positiveRate))}" r="3.5" fill="${color}"><title>${(0,svg/* num */.bu)(b.lo, 2)}–${(0,svg/* num */.bu)(b.hi, 2)}: ${b.count} rows, mean score ${(0,svg/* num */.bu)(b.meanScore)}, positives ${(0,svg/* num */.bu)(b.positiveRate)}</title></circle>`);
    };
    if (base)
        draw(base, svg/* BASELINE_COLOR */.qt, '6 3', 'calibration-baseline');
    draw(cand, svg/* CANDIDATE_COLOR */.gU, '', 'calibration-candidate');
    legend(s, base !== undefined, '');
    const rows = cand.map((b, i) => `<tr><td>${(0,svg/* num */.bu)(b.lo, 2)}–${(0,svg/* num */.bu)(b.hi, 2)}</td><td class="n">${(0,format/* thousands */.oh)(b.count)}</td><td class="n">${(0,svg/* num */.bu)(b.meanScore)}</td><td class="n">${(0,svg/* num */.bu)(b.positiveRate)}</td>${base ? `<td class="n">${(0,format/* thousands */.oh)(base[i].count)}</td><td class="n">${(0,svg/* num */.bu)(base[i].meanScore)}</td><td class="n">${(0,svg/* num */.bu)(base[i].positiveRate)}</td>` : ''}</tr>`);
    const head = `<tr><th>Score bin</th><th>Candidate rows</th><th>Mean score</th><th>Positives</th>${base ? '<th>Baseline rows</th><th>Mean score</th><th>Positives</th>' : ''}</tr>`;
    return `<div class="grid2"><figure class="panel reliability"><svg viewBox="0 0 ${C.w} ${C.h}" width="${C.w}" height="${C.h}" role="img" aria-label="Reliability diagram">\n${s.join('\n')}\n</svg><figcaption>Reliability, overall</figcaption></figure>\n<div><table>${head}${rows.join('')}</table></div></div>`;
}
// ---------------------------------------------------------------------------------------------------------------
// Fairness and policy
function fairnessSection(report) {
    if (!report.fairness.length)
        return '<h2 id="fairness">Fairness</h2>\n<p class="note">The policy has no fairness rules.</p>';
    const task = report.task;
    const out = ['<h2 id="fairness">Fairness gaps</h2>'];
    for (const f of report.fairness) {
        out.push(`<h3><span class="s-${f.status}">${STATUS_WORD[f.status]}</span> ${(0,svg/* esc */.UQ)((0,format/* displayName */.QC)(f.metric, task))} across <code>${(0,svg/* esc */.UQ)(f.across)}</code></h3>`, `<p>Gap (max − min across groups): candidate ${(0,svg/* num */.bu)(f.candidate_gap, 4)}, baseline ${(0,svg/* num */.bu)(f.baseline_gap, 4)}, change ${(0,svg/* signed */.x8)(f.gap_increase)}${f.ci ? ` [${(0,svg/* signed */.x8)(f.ci[0])}, ${(0,svg/* signed */.x8)(f.ci[1])}]` : ''}; ratio (min / max) ${(0,svg/* num */.bu)(f.candidate_ratio, 3)}. ${(0,svg/* esc */.UQ)(f.reason)}</p>`);
        const rows = f.groups.map((g) => `<tr><td><code>${(0,svg/* esc */.UQ)(g.group)}</code></td><td class="n">${(0,format/* thousands */.oh)(g.support)}</td><td class="n">${(0,format/* thousands */.oh)(g.positives)}</td><td class="n">${(0,svg/* num */.bu)(g.candidate, 4)}</td><td class="n">${(0,svg/* num */.bu)(g.baseline, 4)}</td></tr>`);
        out.push(`<table><tr><th>Group</th><th>Rows</th><th>Positives</th><th>Candidate</th><th>Baseline</th></tr>${rows.join('')}</table>`);
    }
    return out.join('\n');
}
function policySection(report, loaded) {
    return [
        '<h2 id="policy">Policy applied</h2>',
        `<p class="note">From <code>${(0,svg/* esc */.UQ)(report.policy)}</code>, with every default filled in. Overall: ${(0,svg/* esc */.UQ)(loaded.policy.decision.overall)}; slices: ${(0,svg/* esc */.UQ)(loaded.policy.decision.slices)} with ${(0,svg/* esc */.UQ)(loaded.policy.significance.correction)} correction at α = ${loaded.policy.significance.alpha}.</p>`,
        `<pre>${(0,svg/* esc */.UQ)((0,dist/* stringify */.As)(loaded.policy))}</pre>`,
    ].join('\n');
}


/***/ }),

/***/ 2862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ htmlPage)
/* harmony export */ });
/* harmony import */ var _svg_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89611);
/**
 * The page around mlci's HTML reports (gate-html.ts, detect-html.ts): one self-contained document, no script, a
 * Content-Security-Policy that loads nothing, the shared type and table styles; each report adds its own rules.
 */

const BASE_CSS = `body{font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;margin:0;background:#fff}
main{max-width:1200px;margin:0 auto;padding:16px 24px}
h1{font-size:24px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d1d9e0;padding-bottom:4px}
h3{font-size:15px;margin:16px 0 6px}
.meta{color:#59636e}.note{color:#59636e;font-size:13px}
table{border-collapse:collapse;margin:6px 0;font-size:13px}th,td{border:1px solid #d1d9e0;padding:3px 8px;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f6f8fa}
svg{display:block;max-width:100%;height:auto;font-family:inherit}
svg text{font-size:12px;fill:#1f2328}svg .muted{fill:#59636e}svg .axis{stroke:#8c959f;stroke-width:1}svg .grid{stroke:#eaeef2;stroke-width:1}
figcaption{font-size:13px;color:#59636e}`;
/** A whole HTML document: `css` (the report's own rules) after the shared ones. */
function htmlPage(title, css, body) {
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(title)}</title>
<style>
${BASE_CSS}
${css}
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}


/***/ }),

/***/ 89611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nv: () => (/* binding */ STATUS_COLOR),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   WR: () => (/* binding */ points),
/* harmony export */   Zc: () => (/* binding */ ticks),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   gU: () => (/* binding */ CANDIDATE_COLOR),
/* harmony export */   px: () => (/* binding */ px),
/* harmony export */   qt: () => (/* binding */ BASELINE_COLOR),
/* harmony export */   sn: () => (/* binding */ linear),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/**
 * Small helpers for SVG and HTML written as strings: escaping, fixed-precision coordinates (the same input always
 * prints the same bytes), linear scales and "nice" axis ticks. No DOM, no browser: the report is drawn in Node.
 */
/** Text for HTML or SVG content and attribute values. */
function esc(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** A coordinate with one decimal (a tenth of a CSS pixel is below what a screen or printer shows). */
function px(v) {
    const s = (Math.round(v * 10) / 10).toFixed(1);
    return s.endsWith('.0') ? s.slice(0, -2) : s === '-0' ? '0' : s;
}
/** A number for a label: up to `digits` significant digits, no exponent for the ranges reports show. */
function num(v, digits = 3) {
    if (v === null || v === undefined || !Number.isFinite(v))
        return '–';
    if (v === 0)
        return '0';
    const a = Math.abs(v);
    if (a < 1e-4 || a >= 1e7)
        return v.toExponential(Math.max(0, digits - 1)).replace('e+', 'e');
    const s = String(Number(v.toPrecision(digits)));
    return s === '-0' ? '0' : s;
}
function signed(v, digits = 3) {
    if (v === null || v === undefined || !Number.isFinite(v))
        return '–';
    return (v > 0 ? '+' : v < 0 ? '−' : '') + num(Math.abs(v), digits);
}
function linear(domain, range) {
    const [d0, d1] = domain;
    const [r0, r1] = range;
    const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
    const f = ((v) => r0 + (v - d0) * k);
    f.domain = domain;
    return f;
}
/** About `count` round tick values covering [lo, hi] (steps of 1, 2 or 5 × 10^k). */
function ticks(lo, hi, count = 5) {
    if (!(hi > lo))
        return [lo];
    const raw = (hi - lo) / count;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
    const out = [];
    const first = Math.ceil(lo / step - 1e-9);
    for (let i = first; i * step <= hi + step * 1e-9; i++)
        out.push(Number((i * step).toPrecision(12)));
    return out;
}
/** A polyline's `points` attribute. */
function points(xs, ys, sx, sy) {
    const out = [];
    for (let i = 0; i < xs.length; i++)
        out.push(`${px(sx(xs[i]))},${px(sy(ys[i]))}`);
    return out.join(' ');
}
/** Status colours (GitHub Primer's success, danger, attention and muted foregrounds: legible in print too). */
const STATUS_COLOR = { pass: '#1a7f37', fail: '#cf222e', warn: '#9a6700', insufficient: '#6e7781' };
const CANDIDATE_COLOR = '#0969da';
const BASELINE_COLOR = '#6e7781';


/***/ })

};
