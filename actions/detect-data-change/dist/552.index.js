export const id = 552;
export const ids = [552];
export const modules = {

/***/ 59552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderDetectHtml: () => (/* binding */ renderDetectHtml)
});

// UNUSED EXPORTS: HISTOGRAM_BINS, MAX_CATEGORY_BARS, MAX_DRIFT_FIGURES, categoryShares, histogramBins

// EXTERNAL MODULE: ../../packages/core/src/drift/cdf.ts
var cdf = __webpack_require__(16436);
// EXTERNAL MODULE: ../../packages/core/src/drift/summary.ts
var summary = __webpack_require__(83475);
// EXTERNAL MODULE: ../../packages/core/src/detect/chart.ts + 1 modules
var chart = __webpack_require__(70138);
// EXTERNAL MODULE: ../../packages/core/src/detect/reasons.ts
var reasons = __webpack_require__(74502);
;// CONCATENATED MODULE: ../../packages/core/src/report/svg.ts
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

;// CONCATENATED MODULE: ../../packages/core/src/report/page.ts
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
<title>${esc(title)}</title>
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

;// CONCATENATED MODULE: ../../packages/core/src/report/detect-html.ts
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






/** Bins of a numeric histogram. */
const HISTOGRAM_BINS = 40;
/** Drifted columns drawn per table (highest score first); the table above the charts lists every column. */
const MAX_DRIFT_FIGURES = 40;
/** Categories drawn per column; the rest are one `(N more)` bar pair (the table of counts is in the JSON report). */
const MAX_CATEGORY_BARS = 20;
const REFERENCE_COLOR = BASELINE_COLOR;
const CURRENT_COLOR = CANDIDATE_COLOR;
const P_TESTS = new Set(['ks', 'chi-square', 'z']);
/**
 * The report's HTML. Async only to load the drift tests' module (and with it @stdlib) when a categorical column
 * drifted: a run where nothing was compared, or only numbers drifted, never loads it.
 */
async function renderDetectHtml(r, opts = {}) {
    const needCounts = r.tables.some((t) => t.columns.some((c) => c.drifted && c.kind !== 'numeric'));
    const counts = needCounts ? (await Promise.all(/* import() */[__webpack_require__.e(922), __webpack_require__.e(843)]).then(__webpack_require__.bind(__webpack_require__, 19843))).categoryCounts : undefined;
    const title = opts.title ?? 'detect-data-change';
    const body = [header(r, title, opts.baseline)];
    if (r.tables.length === 0) {
        body.push('<h2 id="tables">Tables</h2>', `<p class="note">No table was compared: ${r.previousFingerprint === undefined ? 'there is no baseline yet (first run)' : 'no tabular file changed since the baseline'}.${r.newTables.length ? ` New tables, profiled for next time: ${r.newTables.map((t) => `<code>${esc(t)}</code>`).join(', ')}.` : ''}</p>`);
    }
    else {
        for (const t of r.tables)
            body.push(tableSection(t, r.tableProfiles?.[t.table], counts));
        if (r.newTables.length)
            body.push(`<p class="note">New tables, profiled for next time (nothing to compare yet): ${r.newTables.map((t) => `<code>${esc(t)}</code>`).join(', ')}.</p>`);
    }
    return page(`${title}: ${r.shouldTrain ? 'training will run' : 'training will not run'}`, body.join('\n'));
}
function page(title, body) {
    return htmlPage(title, `h4{font-size:14px;margin:8px 0 2px}
.verdict.train{color:${STATUS_COLOR.fail}}.verdict.skip{color:${STATUS_COLOR.pass}}
.warn{border-left:4px solid ${STATUS_COLOR.warn};padding:2px 8px;margin:6px 0;background:#fff8c5}
td.method{color:#59636e;font-size:12px;max-width:360px}
tr.drifted td{background:#ffebe9}.s-fail{color:${STATUS_COLOR.fail};font-weight:600}.s-pass{color:${STATUS_COLOR.pass}}
figure{margin:12px 0;break-inside:avoid;page-break-inside:avoid}
@media print{main{max-width:none;padding:0}h2,h3{break-after:avoid}}`, body);
}
function header(r, title, baseline) {
    const verdict = r.shouldTrain ? 'training will run' : 'training will not run';
    const why = r.reasons.length
        ? `${r.shouldTrain ? 'Because' : 'Found, but not counted by <code>train-on</code>'}: ${r.reasons.map((x) => `<strong>${esc(x)}</strong> (${esc(reasons/* REASON_TEXT */.$[x] ?? x)})`).join('; ')}.`
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
function tableSection(t, profiles, counts) {
    const out = [];
    const dr = t.rows.reference ? (t.rows.current - t.rows.reference) / t.rows.reference : 0;
    out.push(`<h2 class="table" data-table="${esc(t.table)}"><code>${esc(t.table)}</code>${t.drift ? ' <span class="s-fail">drift</span>' : ''}</h2>`);
    const drifted = t.columns.filter((c) => c.drifted);
    out.push(`<p class="meta">${thousands(t.rows.reference)} → ${thousands(t.rows.current)} rows (${dr >= 0 ? '+' : '−'}${Math.abs(dr * 100).toFixed(1)}%)${t.rowsDropped ? ' <span class="s-fail">rows dropped</span>' : ''} · drifted columns: ${drifted.length} of ${t.columns.length} (${(t.driftedShare * 100).toFixed(0)}%)${t.criticalDrifted.length ? `; critical: ${t.criticalDrifted.map((c) => `<code>${esc(c)}</code>`).join(', ')}` : ''}.</p>`);
    const sch = [];
    for (const a of t.schema.added)
        sch.push(`added <code>${esc(a.column)}</code> (${esc(a.type)})`);
    for (const a of t.schema.removed)
        sch.push(`removed <code>${esc(a.column)}</code> (${esc(a.type)})`);
    for (const a of t.schema.retyped)
        sch.push(`<code>${esc(a.column)}</code> ${esc(a.from)} → ${esc(a.to)}`);
    if (sch.length)
        out.push(`<p><strong>Schema:</strong> ${sch.join(', ')}</p>`);
    if (t.columns.length)
        out.push(columnTable(t.columns));
    if (t.skipped.length)
        out.push(`<p class="note">Not tested (ignored by the policy, or no values on a side): ${t.skipped.map((c) => `<code>${esc(c)}</code>`).join(', ')}</p>`);
    if (drifted.length) {
        out.push('<h3>Drifted columns: reference vs current</h3>');
        const ordered = drifted.map((c, i) => ({ c, i, s: (0,chart/* driftScore */.c0)(c) })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.c);
        const ref = new Map(profiles?.reference.columns.map((c) => [c.name, c.summary]) ?? []);
        const cur = new Map(profiles?.current.columns.map((c) => [c.name, c.summary]) ?? []);
        for (const c of ordered.slice(0, MAX_DRIFT_FIGURES))
            out.push(columnFigure(t.table, c, ref.get(c.column), cur.get(c.column), counts));
        if (ordered.length > MAX_DRIFT_FIGURES)
            out.push(`<p class="note">${ordered.length - MAX_DRIFT_FIGURES} more drifted columns (lower scores) are in the table above; charts are drawn for the first ${MAX_DRIFT_FIGURES}.</p>`);
    }
    return out.join('\n');
}
function isP(c) {
    return P_TESTS.has(c.test);
}
function fmtP(p) {
    if (p === 0)
        return '< 1e-16';
    return p < 1e-4 ? p.toExponential(1) : p.toFixed(4);
}
/** The statistic in words: `p = …` for the p-value tests, the distance otherwise. */
function valueText(c) {
    if (isP(c))
        return `p = ${fmtP(c.value)}${c.statistic !== undefined ? ` (${c.test === 'ks' ? 'D' : c.test === 'z' ? 'z' : 'χ²'} = ${num(c.statistic, 4)})` : ''}`;
    return `${num(c.value, 4)}${c.pValue !== undefined ? ` (null p = ${fmtP(c.pValue)})` : ''}`;
}
function thresholdText(c) {
    const cmp = c.test === 'ks' ? '≤' : isP(c) ? '<' : '≥';
    return `${cmp} ${c.threshold}${c.pValue !== undefined ? ', null p < 0.05' : ''}`;
}
function movedText(c) {
    if (c.kind === 'numeric' && c.referenceMean !== undefined && c.currentMean !== undefined)
        return `mean ${num(c.referenceMean, 4)} → ${num(c.currentMean, 4)}`;
    if (c.topShift)
        return `${c.topShift.category}: ${(c.topShift.reference * 100).toFixed(1)}% → ${(c.topShift.current * 100).toFixed(1)}%`;
    return '';
}
function columnTable(columns) {
    const head = '<tr><th>Column</th><th>Compared as</th><th>Test</th><th>Statistic</th><th>Threshold</th><th>PSI</th><th>Reference → current</th><th>Decision</th><th>Method</th></tr>';
    const rows = columns.map((c) => `<tr class="column${c.drifted ? ' drifted' : ''}" data-column="${esc(c.column)}" data-drifted="${c.drifted}"><td><code>${esc(c.column)}</code></td><td>${c.kind === 'numeric' ? 'numbers' : 'categories'}</td><td>${esc(c.test)}</td>` +
        `<td class="n">${esc(valueText(c))}</td><td class="n">${esc(thresholdText(c))}</td><td class="n">${num(c.psi, 3)}</td><td>${esc(movedText(c))}</td>` +
        `<td class="${c.drifted ? 's-fail' : 's-pass'}">${c.drifted ? 'drifted' : 'no drift'}</td><td class="method">${esc(c.method)}</td></tr>`);
    return `<table class="columns">${head}\n${rows.join('\n')}</table>`;
}
function columnFigure(table, c, ref, cur, counts) {
    const attrs = `data-table="${esc(table)}" data-column="${esc(c.column)}"`;
    const caption = `<figcaption><code>${esc(c.column)}</code>: ${esc(c.test)} ${esc(valueText(c))}, threshold ${esc(thresholdText(c))}; ${thousands(c.referenceCount)} reference vs ${thousands(c.currentCount)} current values.</figcaption>`;
    if (!ref || !cur || (c.kind !== 'numeric' && !counts)) {
        return `<figure class="drift-chart missing" ${attrs}><p class="note">The profiles of <code>${esc(c.column)}</code> are not available to the report.</p>${caption}</figure>`;
    }
    const svg = c.kind === 'numeric' && ref.kind === 'numeric' && cur.kind === 'numeric'
        ? histogram(c.column, ref, cur)
        : categoryBars(c.column, counts(ref, cur));
    const head = `<h4><code>${esc(c.column)}</code> <span class="note">${c.kind === 'numeric' ? 'numbers' : 'categories'}, ${esc(c.test)}</span></h4>`;
    return `<figure class="drift-chart ${svg.kind}" ${attrs}>\n${head}\n${svg.svg}\n${caption}</figure>`;
}
function thousands(n) {
    return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
// ---------------------------------------------------------------------------------------------------------------
// Numeric columns: overlaid histograms
const H = { w: 1000, h: 330, l: 64, r: 980, t: 28, b: 270 };
/**
 * Shares per bin of both sides on common edges: the central 99% of both sides together (the 0.5% and 99.5%
 * quantiles), so one extreme value does not squeeze the body into a bin; on a log scale when the values are
 * positive, span more than two decades and are skewed (the larger median in the first tenth of the range); bins a
 * whole number of values wide for integer columns (one per value when the range is small).
 */
function histogramBins(ref, cur, bins = HISTOGRAM_BINS) {
    const fr = (0,summary/* summaryCdf */.SL)(ref);
    const fc = (0,summary/* summaryCdf */.SL)(cur);
    let lo = Math.min((0,cdf/* quantileAt */.H7)(fr, 0.005), (0,cdf/* quantileAt */.H7)(fc, 0.005));
    let hi = Math.max((0,cdf/* quantileAt */.H7)(fr, 0.995), (0,cdf/* quantileAt */.H7)(fc, 0.995));
    if (!(hi > lo)) {
        lo = Math.min(ref.min, cur.min);
        hi = Math.max(ref.max, cur.max);
    }
    if (!(hi > lo)) {
        lo -= 0.5;
        hi += 0.5;
    }
    // A log axis for positive values over decades whose body a linear axis would squeeze into its first tenth.
    const median = Math.max((0,cdf/* quantileAt */.H7)(fr, 0.5), (0,cdf/* quantileAt */.H7)(fc, 0.5));
    const log = lo > 0 && hi / lo > 100 && (median - lo) / (hi - lo) < 0.1;
    let edges;
    if (!log && ref.integer && cur.integer) {
        // Whole numbers: bins a whole number of values wide, edges halfway between values (never a comb of bins
        // holding one value and bins holding two).
        const a = Math.floor(lo);
        const width = Math.max(1, Math.ceil((Math.ceil(hi) - a + 1) / bins));
        edges = [];
        for (let v = a - 0.5; v - width < Math.ceil(hi) + 0.5 - 1e-9; v += width)
            edges.push(v);
    }
    else if (log) {
        const a = Math.log10(lo);
        const b = Math.log10(hi);
        edges = Array.from({ length: bins + 1 }, (_, k) => 10 ** (a + ((b - a) * k) / bins));
        edges[0] = lo;
        edges[bins] = hi;
    }
    else {
        edges = Array.from({ length: bins + 1 }, (_, k) => lo + ((hi - lo) * k) / bins);
    }
    const shares = (f) => {
        // F(x−) at the first edge: a value exactly there is inside the drawn range.
        const at = edges.map((e, k) => (k === 0 ? (0,cdf/* cdfBelow */.RO)(f, e) : (0,cdf/* cdfAt */.bF)(f, e)));
        return { bins: at.slice(1).map((v, k) => Math.max(0, v - at[k])), below: at[0], above: Math.max(0, 1 - at[at.length - 1]) };
    };
    const sr = shares(fr);
    const sc = shares(fc);
    return { edges, reference: sr.bins, current: sc.bins, below: [sr.below, sc.below], above: [sr.above, sc.above], log };
}
function pct(v) {
    return `${num(v * 100, 3)}%`;
}
function histogram(column, ref, cur) {
    const hb = histogramBins(ref, cur);
    const { edges, log } = hb;
    const t = (v) => (log ? Math.log10(v) : v);
    const sx = linear([t(edges[0]), t(edges[edges.length - 1])], [H.l, H.r]);
    const x = (v) => sx(t(v));
    const top = Math.max(...hb.reference, ...hb.current, 1e-9) * 1.1;
    const sy = linear([0, top], [H.b, H.t]);
    const s = [];
    s.push(`<svg class="histogram" data-column="${esc(column)}" viewBox="0 0 ${H.w} ${H.h}" width="${H.w}" height="${H.h}" role="img" aria-label="Histogram of ${esc(column)}, reference vs current">`);
    for (const v of ticks(0, top, 4)) {
        s.push(`<line class="grid" x1="${H.l}" y1="${px(sy(v))}" x2="${H.r}" y2="${px(sy(v))}"/><text x="${H.l - 6}" y="${px(sy(v) + 4)}" text-anchor="end" class="muted">${pct(v)}</text>`);
    }
    const xt = log ? logTicks(edges[0], edges[edges.length - 1]) : ticks(edges[0], edges[edges.length - 1], 8);
    for (const v of xt)
        s.push(`<line class="axis" x1="${px(x(v))}" y1="${H.b}" x2="${px(x(v))}" y2="${H.b + 4}"/><text x="${px(x(v))}" y="${H.b + 18}" text-anchor="middle" class="muted">${esc(num(v, 3))}</text>`);
    const bars = (shares, color, cls) => {
        shares.forEach((v, k) => {
            if (!(v > 0))
                return;
            const x0 = x(edges[k]);
            const x1 = x(edges[k + 1]);
            s.push(`<rect class="${cls}" x="${px(x0)}" y="${px(sy(v))}" width="${px(Math.max(0.5, x1 - x0))}" height="${px(H.b - sy(v))}" fill="${color}" fill-opacity="0.4" stroke="${color}" stroke-width="0.5"><title>${esc(num(edges[k], 4))} – ${esc(num(edges[k + 1], 4))}: ${pct(v)}</title></rect>`);
        });
    };
    bars(hb.reference, REFERENCE_COLOR, 'bar-reference');
    bars(hb.current, CURRENT_COLOR, 'bar-current');
    // The current side's outline on top, so its shape reads where the two overlap.
    const outline = [`${px(x(edges[0]))},${px(H.b)}`];
    hb.current.forEach((v, k) => outline.push(`${px(x(edges[k]))},${px(sy(v))}`, `${px(x(edges[k + 1]))},${px(sy(v))}`));
    outline.push(`${px(x(edges[edges.length - 1]))},${px(H.b)}`);
    s.push(`<polyline class="outline-current" points="${outline.join(' ')}" fill="none" stroke="${CURRENT_COLOR}" stroke-width="1.5"/>`);
    // Means, where they fall inside the drawn range.
    for (const [m, color, dash, cls] of [[ref.mean, REFERENCE_COLOR, '6 3', 'mean-reference'], [cur.mean, CURRENT_COLOR, '2 2', 'mean-current']]) {
        if (m >= edges[0] && m <= edges[edges.length - 1])
            s.push(`<line class="${cls}" x1="${px(x(m))}" y1="${H.t}" x2="${px(x(m))}" y2="${H.b}" stroke="${color}" stroke-width="1.5" stroke-dasharray="${dash}"/>`);
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
    if (out)
        s.push(`<text x="${H.r}" y="${H.h - 6}" text-anchor="end" class="muted">${esc(out)}</text>`);
    s.push('</svg>');
    return { kind: 'numeric', svg: s.join('\n') };
}
/** 1, 2 and 5 times the powers of ten within [lo, hi] (just the powers when that makes more than ten). */
function logTicks(lo, hi) {
    const within = (ms) => {
        const out = [];
        for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
            for (const m of ms) {
                const v = Number((m * 10 ** e).toPrecision(12));
                if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9))
                    out.push(v);
            }
        }
        return out;
    };
    const all = within([1, 2, 5]);
    return all.length > 10 ? within([1]) : all;
}
/**
 * Shares per category on the cells the test compared (`cc` from drift/column.ts categoryCounts: one partition of
 * both sides, `(other)` for what a side did not list), the MAX_CATEGORY_BARS categories whose share is largest on either side
 * first, the rest summed into one `(N more)` pair.
 */
function categoryShares(cc, max = MAX_CATEGORY_BARS) {
    const tr = cc.reference.reduce((a, b) => a + b, 0) || 1;
    const tc = cc.current.reduce((a, b) => a + b, 0) || 1;
    const rows = cc.categories.map((k, i) => ({ k, r: cc.reference[i] / tr, c: cc.current[i] / tc }));
    rows.sort((a, b) => Math.max(b.r, b.c) - Math.max(a.r, a.c) || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
    const shown = rows.length > max ? rows.slice(0, max - 1) : rows;
    const rest = rows.slice(shown.length);
    const out = { categories: shown.map((x) => x.k), reference: shown.map((x) => x.r), current: shown.map((x) => x.c) };
    if (rest.length) {
        out.categories.push(`(${rest.length} more)`);
        out.reference.push(rest.reduce((a, x) => a + x.r, 0));
        out.current.push(rest.reduce((a, x) => a + x.c, 0));
    }
    return out;
}
const B = { w: 1000, label: 220, l: 230, r: 880, rowH: 26, top: 30, bottom: 30 };
function categoryBars(column, cc) {
    const cb = categoryShares(cc);
    const n = cb.categories.length;
    const height = B.top + n * B.rowH + B.bottom;
    const top = Math.max(...cb.reference, ...cb.current, 1e-9);
    const sx = linear([0, top * 1.05], [B.l, B.r]);
    const s = [];
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


/***/ })

};
