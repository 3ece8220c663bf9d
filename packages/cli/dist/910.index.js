export const id = 910;
export const ids = [910];
export const modules = {

/***/ 78696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YZ: () => (/* binding */ driftChart),
/* harmony export */   c0: () => (/* binding */ driftScore)
/* harmony export */ });
/* unused harmony exports MAX_DRIFT_CHART_COLUMNS, MAX_DRIFT_SCORE */
/* harmony import */ var _train_chart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77727);

const MAX_DRIFT_CHART_COLUMNS = 15;
/** Scores are drawn up to this many thresholds; a larger score is capped (the table keeps its value). */
const MAX_DRIFT_SCORE = 10;
const P_TESTS = new Set(['ks', 'chi-square', 'z']);
/** A column's score on the threshold scale (1 = at the threshold; above 1 = past it). */
function driftScore(c) {
    if (P_TESTS.has(c.test)) {
        const p = Math.max(c.value, 1e-300);
        return p >= 1 ? 0 : Math.log10(p) / Math.log10(c.threshold);
    }
    return c.threshold > 0 ? c.value / c.threshold : 0;
}
function category(s) {
    const t = s.replace(/["`\r\n[\],]/g, ' ').replace(/\s+/g, ' ').trim();
    return `"${t.length > 30 ? t.slice(0, 29) + '…' : t}"`;
}
/** The mermaid block for one table's drifted columns (highest score first); '' when none drifted. */
function driftChart(table, columns) {
    const drifted = columns
        .map((c, i) => ({ c, i, score: driftScore(c) }))
        .filter((r) => r.c.drifted)
        .sort((a, b) => b.score - a.score || a.i - b.i);
    if (drifted.length === 0)
        return '';
    const shown = drifted.slice(0, MAX_DRIFT_CHART_COLUMNS);
    const capped = shown.some((r) => r.score > MAX_DRIFT_SCORE);
    const top = Math.min(MAX_DRIFT_SCORE, Math.max(...shown.map((r) => r.score), 1)) * 1.1;
    const title = `${table.replace(/["`\r\n]/g, ' ').slice(0, 40)}: drifted columns, score ÷ threshold${drifted.length > shown.length ? ` (top ${shown.length} of ${drifted.length})` : ''}`;
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${title}"`,
        `    x-axis [${shown.map((r) => category(r.c.column)).join(', ')}]`,
        `    y-axis "score ÷ threshold${capped ? ` (capped at ${MAX_DRIFT_SCORE})` : ''}" 0 --> ${(0,_train_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChartNumber */ .X0)(top)}`,
        `    bar [${shown.map((r) => (0,_train_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChartNumber */ .X0)(Math.min(MAX_DRIFT_SCORE, r.score))).join(', ')}]`,
        `    line [${shown.map(() => '1').join(', ')}]`,
        '```',
        '',
        '<sub>Bars: each drifted column\'s statistic on its threshold\'s scale (distance ÷ threshold; for p-value tests log p ÷ log threshold); the line at 1 is the threshold. Values in the table below.</sub>',
        '',
    ].join('\n');
}


/***/ }),

/***/ 68129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ quantileAt),
/* harmony export */   RO: () => (/* binding */ cdfBelow),
/* harmony export */   RZ: () => (/* binding */ quantileCdf),
/* harmony export */   SH: () => (/* binding */ empiricalCdf),
/* harmony export */   Xm: () => (/* binding */ mergedBreakpoints),
/* harmony export */   a$: () => (/* binding */ mixtureCdf),
/* harmony export */   bF: () => (/* binding */ cdfAt),
/* harmony export */   g1: () => (/* binding */ countsCdf)
/* harmony export */ });
/* unused harmony export mixtureQuantiles */
/** Empirical CDF of ascending, NaN-free values (duplicates allowed). */
function empiricalCdf(sorted) {
    const n = sorted.length;
    const xs = [];
    const ps = [];
    let i = 0;
    while (i < n) {
        const x = sorted[i];
        let j = i;
        while (j < n && sorted[j] === x)
            j++;
        xs.push(x, x);
        ps.push(i / n, j / n);
        i = j;
    }
    return { xs: Float64Array.from(xs), ps: Float64Array.from(ps) };
}
/** Empirical CDF of [value, count] pairs (ascending values): the exact step function of a low-cardinality column. */
function countsCdf(pairs) {
    let n = 0;
    for (const [, c] of pairs)
        n += c;
    const xs = new Float64Array(pairs.length * 2);
    const ps = new Float64Array(pairs.length * 2);
    let below = 0;
    pairs.forEach(([x, c], i) => {
        xs[2 * i] = x;
        xs[2 * i + 1] = x;
        ps[2 * i] = below / n;
        below += c;
        ps[2 * i + 1] = below / n;
    });
    return { xs, ps };
}
/** CDF of a quantile summary: `quantiles[i]` is the (i / (length − 1))-quantile, ascending. */
function quantileCdf(quantiles) {
    const q = quantiles.length - 1;
    const xs = Float64Array.from(quantiles);
    const ps = new Float64Array(q + 1);
    for (let i = 0; i <= q; i++)
        ps[i] = q === 0 ? 1 : i / q;
    if (q === 0)
        return { xs: Float64Array.of(xs[0], xs[0]), ps: Float64Array.of(0, 1) };
    return { xs, ps };
}
/** Index of the last breakpoint with xs[k] <= x, or −1 when x is below every breakpoint. */
function lastAtOrBelow(xs, x) {
    let lo = 0;
    let hi = xs.length; // first index with xs[k] > x
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (xs[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}
/** F(x) = P(X ≤ x) (right-continuous). */
function cdfAt(c, x) {
    const k = lastAtOrBelow(c.xs, x);
    if (k < 0)
        return 0;
    if (k === c.xs.length - 1)
        return c.ps[k];
    if (c.xs[k] === x)
        return c.ps[k];
    const x0 = c.xs[k];
    const x1 = c.xs[k + 1];
    return c.ps[k] + ((x - x0) / (x1 - x0)) * (c.ps[k + 1] - c.ps[k]);
}
/** F(x−) = P(X < x) (the left limit). At a breakpoint it is the first p listed for that x. */
function cdfBelow(c, x) {
    let lo = 0; // first index with xs[lo] >= x
    let hi = c.xs.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (c.xs[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo === c.xs.length)
        return c.ps[lo - 1];
    if (c.xs[lo] === x)
        return c.ps[lo];
    if (lo === 0)
        return 0;
    const x0 = c.xs[lo - 1];
    const x1 = c.xs[lo];
    return c.ps[lo - 1] + ((x - x0) / (x1 - x0)) * (c.ps[lo] - c.ps[lo - 1]);
}
/** Quantile function Q(u) = inf{x : F(x) ≥ u}, interpolating linearly where F is linear. */
function quantileAt(c, u) {
    const { xs, ps } = c;
    if (u <= ps[0])
        return xs[0];
    // first index with ps[k] >= u
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ps[mid] < u)
            lo = mid + 1;
        else
            hi = mid;
    }
    const p0 = ps[lo - 1];
    const p1 = ps[lo];
    if (p1 === p0 || xs[lo] === xs[lo - 1])
        return xs[lo];
    return xs[lo - 1] + ((u - p0) / (p1 - p0)) * (xs[lo] - xs[lo - 1]);
}
/** Sorted distinct breakpoints of both CDFs: every place where either may bend or jump. */
function mergedBreakpoints(a, b) {
    const all = new Float64Array(a.xs.length + b.xs.length);
    all.set(a.xs, 0);
    all.set(b.xs, a.xs.length);
    all.sort();
    let n = 0;
    for (let i = 0; i < all.length; i++)
        if (i === 0 || all[i] !== all[n - 1])
            all[n++] = all[i];
    return all.subarray(0, n);
}
/** Mixture CDF Σ wᵢ·Fᵢ / Σ wᵢ of piecewise-linear CDFs (exact: piecewise linear again, on the union of breakpoints). */
function mixtureCdf(parts) {
    const live = parts.filter((p) => p.weight > 0);
    if (live.length === 1)
        return live[0].cdf;
    const total = live.reduce((s, p) => s + p.weight, 0);
    const xsAll = new Float64Array(live.reduce((s, p) => s + p.cdf.xs.length, 0));
    let o = 0;
    for (const p of live) {
        xsAll.set(p.cdf.xs, o);
        o += p.cdf.xs.length;
    }
    xsAll.sort();
    const xs = [];
    const ps = [];
    for (let i = 0; i < xsAll.length; i++) {
        const x = xsAll[i];
        if (i > 0 && x === xsAll[i - 1])
            continue;
        let below = 0;
        let at = 0;
        for (const p of live) {
            below += p.weight * cdfBelow(p.cdf, x);
            at += p.weight * cdfAt(p.cdf, x);
        }
        if (at - below > 0) {
            xs.push(x);
            ps.push(below / total);
        }
        xs.push(x);
        ps.push(at / total);
    }
    return { xs: Float64Array.from(xs), ps: Float64Array.from(ps) };
}
/**
 * Mixture CDF Σ wᵢ·Fᵢ / Σ wᵢ, summarised again as `points` + 1 quantiles. Used to merge the per-file profiles of
 * one table (weights = row counts) without revisiting the data.
 */
function mixtureQuantiles(parts, points) {
    const mix = mixtureCdf(parts);
    return Array.from({ length: points + 1 }, (_, i) => quantileAt(mix, i / points));
}


/***/ }),

/***/ 97980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ sketchCdf),
/* harmony export */   LX: () => (/* binding */ sketchOfSorted),
/* harmony export */   Nn: () => (/* binding */ simulateSketch),
/* harmony export */   cL: () => (/* binding */ sketchRanks),
/* harmony export */   qB: () => (/* binding */ simulateSorted)
/* harmony export */ });
/* unused harmony exports BODY_STEPS, gamma */
/* harmony import */ var _cdf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68129);

/**
 * The numeric sketch a profile stores: order statistics of the column's uniform sample (the whole column up to
 * 65,536 values, else a reservoir sample of that size) at fixed ranks — every 1/256 of the body, and ranks 0..7 then
 * four per octave (8, 10, 12, 14, 16, 20, …) in each tail, so the extremes are stored as order statistics rather than
 * spread linearly up to the maximum. About 340 numbers per column.
 *
 * Because the sample is an i.i.d. draw from the column's distribution (a uniform sample of i.i.d. rows is one) and
 * the ranks depend only on the sample size N, a sketch of a *simulated* sample of size N is obtained exactly from
 * uniform order statistics at those ranks (gamma spacings, below) — the null distribution of any statistic computed
 * on two sketches can be simulated in O(ranks), not O(N).
 */
const BODY_STEPS = 256;
const rankCache = new Map();
/** Ranks (0-based, ascending, distinct) of the order statistics a sketch of a sample of size n keeps. */
function sketchRanks(n) {
    let r = rankCache.get(n);
    if (r === undefined) {
        if (rankCache.size > 64)
            rankCache.clear();
        r = computeRanks(n);
        rankCache.set(n, r);
    }
    return r;
}
function computeRanks(n) {
    if (n <= 0)
        return new Int32Array(0);
    const last = n - 1;
    const set = new Set();
    for (let i = 0; i <= BODY_STEPS; i++)
        set.add(Math.round((i * last) / BODY_STEPS));
    const tailEnd = last / BODY_STEPS;
    for (let r = 0; r < 8 && r <= tailEnd; r++) {
        set.add(r);
        set.add(last - r);
    }
    for (let oct = 8; oct <= tailEnd; oct *= 2) {
        for (let j = 0; j < 4; j++) {
            const r = oct + (j * oct) / 4;
            if (r > tailEnd)
                break;
            set.add(r);
            set.add(last - r);
        }
    }
    return Int32Array.from([...set].sort((a, b) => a - b));
}
/** The sketch of an ascending sample: its order statistics at sketchRanks(sample.length). */
function sketchOfSorted(sorted) {
    const ranks = sketchRanks(sorted.length);
    const out = new Array(ranks.length);
    for (let i = 0; i < ranks.length; i++)
        out[i] = sorted[ranks[i]];
    return out;
}
/**
 * The CDF a sketch stands for: the points (x_(r), r/(n − 1)), linear in between — the linear interpolation of the
 * sample's quantile function (Hyndman & Fan 1996, type 7) through the stored ranks.
 */
function sketchCdf(values, n) {
    const ranks = sketchRanks(n);
    if (values.length !== ranks.length)
        throw new Error(`sketch of ${values.length} values does not match sample size ${n}`);
    if (n === 1)
        return { xs: Float64Array.of(values[0], values[0]), ps: Float64Array.of(0, 1) };
    const xs = Float64Array.from(values);
    const ps = new Float64Array(ranks.length);
    for (let i = 0; i < ranks.length; i++)
        ps[i] = ranks[i] / (n - 1);
    return { xs, ps };
}
/** Standard normal variate (Box–Muller, one of the pair). */
function normal(rng) {
    return Math.sqrt(-2 * Math.log(rng.next())) * Math.cos(2 * Math.PI * rng.next());
}
/** Gamma(shape, 1) variate for shape ≥ 1 (Marsaglia & Tsang 2000, "A simple method for generating gamma variables"). */
function gamma(rng, shape) {
    if (shape === 1)
        return -Math.log(rng.next());
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
        let x;
        let v;
        do {
            x = normal(rng);
            v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const u = rng.next();
        if (u < 1 - 0.0331 * x * x * x * x)
            return d * v;
        if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v)))
            return d * v;
    }
}
/**
 * Simulate the sketch of an i.i.d. sample of size n from the distribution `from`: the k-th smallest of n uniforms is
 * S_k / S_{n+1} with S_k a sum of k standard exponentials (Devroye 1986, V.2), so the uniform order statistics at the
 * sketch's ranks come from one gamma variate per gap between ranks; the sample values are their quantiles.
 */
function simulateSketch(from, n, rng) {
    const ranks = sketchRanks(n);
    const s = new Float64Array(ranks.length);
    let acc = 0;
    let prev = -1;
    for (let i = 0; i < ranks.length; i++) {
        acc += gamma(rng, ranks[i] - prev);
        s[i] = acc;
        prev = ranks[i];
    }
    const total = acc + gamma(rng, n - prev);
    const values = new Float64Array(ranks.length);
    for (let i = 0; i < ranks.length; i++)
        values[i] = (0,_cdf_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileAt */ .H7)(from, s[i] / total);
    return sketchCdf(values, n);
}
/** Simulate an exact sample of size n from `from`, ascending. */
function simulateSorted(from, n, rng) {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++)
        out[i] = (0,_cdf_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileAt */ .H7)(from, rng.next());
    return out.sort();
}


/***/ }),

/***/ 39142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ MAX_DISTINCT_NUMBERS),
/* harmony export */   Q: () => (/* binding */ MAX_STORED_CATEGORIES),
/* harmony export */   RX: () => (/* binding */ tableProfileSchema),
/* harmony export */   SL: () => (/* binding */ summaryCdf),
/* harmony export */   SQ: () => (/* binding */ QUANTILE_STEPS),
/* harmony export */   fK: () => (/* binding */ columnFamily),
/* harmony export */   gn: () => (/* binding */ CATEGORICAL_MAX_UNIQUE),
/* harmony export */   wQ: () => (/* binding */ SMALL_REFERENCE_ROWS)
/* harmony export */ });
/* unused harmony exports numericSummarySchema, categoricalSummarySchema, columnSummarySchema, numericDistinctCount, columnTypeSchema, columnProfileSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29143);
/* harmony import */ var _cdf_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68129);
/* harmony import */ var _sketch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97980);



/**
 * What a profile keeps of one column: enough to test drift against a later profile, in kilobytes, never the data.
 * Numeric columns keep moments, a quantile summary and — for small references, where the size-aware defaults use exact
 * tests — the values themselves; categorical columns keep their most frequent categories with counts.
 */
/** References at or below this many rows use the p-value tests (KS, chi-square); above it the distances (STATS.md). */
const SMALL_REFERENCE_ROWS = 1000;
/** A numeric column with at most this many distinct values is tested as categorical (STATS.md). */
const CATEGORICAL_MAX_UNIQUE = 5;
/** Numeric columns remember exact value counts up to this many distinct values (ages, hours, ratings, codes). */
const MAX_DISTINCT_NUMBERS = 256;
/**
 * Categorical columns store at most this many categories (about 20 KB); the rest are counted together as `other`.
 * Drift compares categories whose counts both sides know (listed, or the side lists all its categories) and folds
 * the rest into `(other)` on both sides alike.
 */
const MAX_STORED_CATEGORIES = 1000;
/** Quantile summaries hold the q-quantiles for q = i/QUANTILE_STEPS, i = 0..QUANTILE_STEPS. */
const QUANTILE_STEPS = 200;
const numericSummarySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('numeric'),
    count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    nulls: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    mean: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    /** Standard deviation, ddof = 1. */
    std: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    /** All values are whole numbers. */
    integer: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    /** QUANTILE_STEPS + 1 quantiles (empty for an all-null column). */
    quantiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()),
    /** How many values the quantiles rest on: `count` when exact, else the reservoir sample's size. */
    sampleSize: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    /**
     * Order statistics of the `sampleSize`-value sample at sketchRanks(sampleSize) (sketch.ts): the body every 1/256 and
     * the tails rank by rank. Absent in profiles written before it existed (their distances get no null reference).
     */
    sketch: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).optional(),
    /** Every value, ascending, when count ≤ SMALL_REFERENCE_ROWS. */
    values: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).optional(),
    /** Exact [value, count] pairs, ascending, when the column has at most MAX_DISTINCT_NUMBERS distinct values. */
    distinct: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int()])).optional(),
});
const categoricalSummarySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('categorical'),
    count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    nulls: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    /** Most frequent categories, by count descending then value, with exact counts. */
    top: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int()])),
    /** Rows whose category is not in `top`. */
    other: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    /** Distinct categories seen; a lower bound when `distinctCapped`. */
    distinct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    distinctCapped: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
});
const columnSummarySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('kind', [numericSummarySchema, categoricalSummarySchema]);
function columnFamily(t) {
    return t === 'integer' || t === 'float' ? 'numeric' : t;
}
/**
 * The CDF a numeric summary stands for: exact when the values or the distinct-value counts are kept, else the
 * sketch's (or, in older profiles, the 201-point quantile summary's).
 */
function summaryCdf(s) {
    if (s.values && s.values.length === s.count)
        return (0,_cdf_js__WEBPACK_IMPORTED_MODULE_2__/* .empiricalCdf */ .SH)(s.values);
    if (s.distinct)
        return (0,_cdf_js__WEBPACK_IMPORTED_MODULE_2__/* .countsCdf */ .g1)(s.distinct);
    if (s.sketch && s.sampleSize > 0)
        return (0,_sketch_js__WEBPACK_IMPORTED_MODULE_0__/* .sketchCdf */ .KE)(s.sketch, s.sampleSize);
    return (0,_cdf_js__WEBPACK_IMPORTED_MODULE_2__/* .quantileCdf */ .RZ)(s.quantiles);
}
/** Distinct values of a numeric column when known exactly (≤ MAX_DISTINCT_NUMBERS). */
function numericDistinctCount(s) {
    return s.distinct?.length;
}
const columnTypeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['integer', 'float', 'boolean', 'string', 'empty']);
const columnProfileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    type: columnTypeSchema,
    summary: columnSummarySchema,
});
/** Profile of one table (a file, or the files one `data` pattern matched): exact row count and one entry per column. */
const tableProfileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(columnProfileSchema),
});


/***/ }),

/***/ 30910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDetectHtml: () => (/* binding */ renderDetectHtml)
/* harmony export */ });
/* unused harmony exports HISTOGRAM_BINS, MAX_DRIFT_FIGURES, MAX_CATEGORY_BARS, histogramBins, categoryShares */
/* harmony import */ var _drift_cdf_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68129);
/* harmony import */ var _drift_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39142);
/* harmony import */ var _detect_chart_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78696);
/* harmony import */ var _detect_reasons_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76945);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2862);
/* harmony import */ var _svg_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89611);
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
const REFERENCE_COLOR = _svg_js__WEBPACK_IMPORTED_MODULE_4__/* .BASELINE_COLOR */ .qt;
const CURRENT_COLOR = _svg_js__WEBPACK_IMPORTED_MODULE_4__/* .CANDIDATE_COLOR */ .gU;
const P_TESTS = new Set(['ks', 'chi-square', 'z']);
/**
 * The report's HTML. Async only to load the drift tests' module (and with it @stdlib) when a categorical column
 * drifted: a run where nothing was compared, or only numbers drifted, never loads it.
 */
async function renderDetectHtml(r, opts = {}) {
    const needCounts = r.tables.some((t) => t.columns.some((c) => c.drifted && c.kind !== 'numeric'));
    const counts = needCounts ? (await Promise.all(/* import() */[__webpack_require__.e(922), __webpack_require__.e(966), __webpack_require__.e(597)]).then(__webpack_require__.bind(__webpack_require__, 35966))).categoryCounts : undefined;
    const title = opts.title ?? 'detect-data-change';
    const body = [header(r, title, opts.baseline)];
    if (r.tables.length === 0) {
        body.push('<h2 id="tables">Tables</h2>', `<p class="note">No table was compared: ${r.previousFingerprint === undefined ? 'there is no baseline yet (first run)' : 'no tabular file changed since the baseline'}.${r.newTables.length ? ` New tables, profiled for next time: ${r.newTables.map((t) => `<code>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(t)}</code>`).join(', ')}.` : ''}</p>`);
    }
    else {
        for (const t of r.tables)
            body.push(tableSection(t, r.tableProfiles?.[t.table], counts));
        if (r.newTables.length)
            body.push(`<p class="note">New tables, profiled for next time (nothing to compare yet): ${r.newTables.map((t) => `<code>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(t)}</code>`).join(', ')}.</p>`);
    }
    return page(`${title}: ${r.shouldTrain ? 'training will run' : 'training will not run'}`, body.join('\n'));
}
function page(title, body) {
    return (0,_page_js__WEBPACK_IMPORTED_MODULE_3__/* .htmlPage */ .X)(title, `h4{font-size:14px;margin:8px 0 2px}
.verdict.train{color:${_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_COLOR */ .Nv.fail}}.verdict.skip{color:${_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_COLOR */ .Nv.pass}}
.warn{border-left:4px solid ${_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_COLOR */ .Nv.warn};padding:2px 8px;margin:6px 0;background:#fff8c5}
td.method{color:#59636e;font-size:12px;max-width:360px}
tr.drifted td{background:#ffebe9}.s-fail{color:${_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_COLOR */ .Nv.fail};font-weight:600}.s-pass{color:${_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_COLOR */ .Nv.pass}}
figure{margin:12px 0;break-inside:avoid;page-break-inside:avoid}
@media print{main{max-width:none;padding:0}h2,h3{break-after:avoid}}`, body);
}
function header(r, title, baseline) {
    const verdict = r.shouldTrain ? 'training will run' : 'training will not run';
    const why = r.reasons.length
        ? `${r.shouldTrain ? 'Because' : 'Found, but not counted by <code>train-on</code>'}: ${r.reasons.map((x) => `<strong>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(x)}</strong> (${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(_detect_reasons_js__WEBPACK_IMPORTED_MODULE_2__/* .REASON_TEXT */ .$[x] ?? x)})`).join('; ')}.`
        : `Nothing relevant changed since the baseline${baseline ? ` (${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(baseline)})` : ''}.`;
    const d = r.data;
    const changes = r.previousFingerprint === undefined ? 'first fingerprint' : `${d.modified.length} modified, ${d.added.length} added, ${d.removed.length} removed`;
    const drifted = r.tables.reduce((n, t) => n + t.columns.filter((c) => c.drifted).length, 0);
    return [
        `<h1 class="verdict ${r.shouldTrain ? 'train' : 'skip'}">${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(title)}: ${verdict}</h1>`,
        `<p>${why}</p>`,
        `<p class="meta">Data fingerprint <code>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(r.fingerprint.slice(0, 12))}</code>${r.previousFingerprint && r.previousFingerprint !== r.fingerprint ? ` (was <code>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(r.previousFingerprint.slice(0, 12))}</code>)` : ''} · data files: ${changes}${baseline ? ` · baseline: ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(baseline)}` : ''} · ${r.tables.length} table(s) compared, ${drifted} drifted column(s).</p>`,
        ...r.warnings.map((w) => `<p class="warn">${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(w.message)}</p>`),
    ].join('\n');
}
// ---------------------------------------------------------------------------------------------------------------
// One table: summary, column table, charts of the drifted columns
function tableSection(t, profiles, counts) {
    const out = [];
    const dr = t.rows.reference ? (t.rows.current - t.rows.reference) / t.rows.reference : 0;
    out.push(`<h2 class="table" data-table="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(t.table)}"><code>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(t.table)}</code>${t.drift ? ' <span class="s-fail">drift</span>' : ''}</h2>`);
    const drifted = t.columns.filter((c) => c.drifted);
    out.push(`<p class="meta">${thousands(t.rows.reference)} → ${thousands(t.rows.current)} rows (${dr >= 0 ? '+' : '−'}${Math.abs(dr * 100).toFixed(1)}%)${t.rowsDropped ? ' <span class="s-fail">rows dropped</span>' : ''} · drifted columns: ${drifted.length} of ${t.columns.length} (${(t.driftedShare * 100).toFixed(0)}%)${t.criticalDrifted.length ? `; critical: ${t.criticalDrifted.map((c) => `<code>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(c)}</code>`).join(', ')}` : ''}.</p>`);
    const sch = [];
    for (const a of t.schema.added)
        sch.push(`added <code>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(a.column)}</code> (${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(a.type)})`);
    for (const a of t.schema.removed)
        sch.push(`removed <code>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(a.column)}</code> (${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(a.type)})`);
    for (const a of t.schema.retyped)
        sch.push(`<code>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(a.column)}</code> ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(a.from)} → ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(a.to)}`);
    if (sch.length)
        out.push(`<p><strong>Schema:</strong> ${sch.join(', ')}</p>`);
    if (t.columns.length)
        out.push(columnTable(t.columns));
    if (t.skipped.length)
        out.push(`<p class="note">Not tested (ignored by the policy, or no values on a side): ${t.skipped.map((c) => `<code>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(c)}</code>`).join(', ')}</p>`);
    if (drifted.length) {
        out.push('<h3>Drifted columns: reference vs current</h3>');
        const ordered = drifted.map((c, i) => ({ c, i, s: (0,_detect_chart_js__WEBPACK_IMPORTED_MODULE_1__/* .driftScore */ .c0)(c) })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.c);
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
        return `p = ${fmtP(c.value)}${c.statistic !== undefined ? ` (${c.test === 'ks' ? 'D' : c.test === 'z' ? 'z' : 'χ²'} = ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(c.statistic, 4)})` : ''}`;
    return `${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(c.value, 4)}${c.pValue !== undefined ? ` (null p = ${fmtP(c.pValue)})` : ''}`;
}
function thresholdText(c) {
    const cmp = c.test === 'ks' ? '≤' : isP(c) ? '<' : '≥';
    return `${cmp} ${c.threshold}${c.pValue !== undefined ? ', null p < 0.05' : ''}`;
}
function movedText(c) {
    if (c.kind === 'numeric' && c.referenceMean !== undefined && c.currentMean !== undefined)
        return `mean ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(c.referenceMean, 4)} → ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(c.currentMean, 4)}`;
    if (c.topShift)
        return `${c.topShift.category}: ${(c.topShift.reference * 100).toFixed(1)}% → ${(c.topShift.current * 100).toFixed(1)}%`;
    return '';
}
function columnTable(columns) {
    const head = '<tr><th>Column</th><th>Compared as</th><th>Test</th><th>Statistic</th><th>Threshold</th><th>PSI</th><th>Reference → current</th><th>Decision</th><th>Method</th></tr>';
    const rows = columns.map((c) => `<tr class="column${c.drifted ? ' drifted' : ''}" data-column="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(c.column)}" data-drifted="${c.drifted}"><td><code>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(c.column)}</code></td><td>${c.kind === 'numeric' ? 'numbers' : 'categories'}</td><td>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(c.test)}</td>` +
        `<td class="n">${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(valueText(c))}</td><td class="n">${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(thresholdText(c))}</td><td class="n">${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(c.psi, 3)}</td><td>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(movedText(c))}</td>` +
        `<td class="${c.drifted ? 's-fail' : 's-pass'}">${c.drifted ? 'drifted' : 'no drift'}</td><td class="method">${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(c.method)}</td></tr>`);
    return `<table class="columns">${head}\n${rows.join('\n')}</table>`;
}
function columnFigure(table, c, ref, cur, counts) {
    const attrs = `data-table="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(table)}" data-column="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(c.column)}"`;
    const caption = `<figcaption><code>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(c.column)}</code>: ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(c.test)} ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(valueText(c))}, threshold ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(thresholdText(c))}; ${thousands(c.referenceCount)} reference vs ${thousands(c.currentCount)} current values.</figcaption>`;
    if (!ref || !cur || (c.kind !== 'numeric' && !counts)) {
        return `<figure class="drift-chart missing" ${attrs}><p class="note">The profiles of <code>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(c.column)}</code> are not available to the report.</p>${caption}</figure>`;
    }
    const svg = c.kind === 'numeric' && ref.kind === 'numeric' && cur.kind === 'numeric'
        ? histogram(c.column, ref, cur)
        : categoryBars(c.column, counts(ref, cur));
    const head = `<h4><code>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(c.column)}</code> <span class="note">${c.kind === 'numeric' ? 'numbers' : 'categories'}, ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(c.test)}</span></h4>`;
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
    const fr = (0,_drift_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryCdf */ .SL)(ref);
    const fc = (0,_drift_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryCdf */ .SL)(cur);
    let lo = Math.min((0,_drift_cdf_js__WEBPACK_IMPORTED_MODULE_5__/* .quantileAt */ .H7)(fr, 0.005), (0,_drift_cdf_js__WEBPACK_IMPORTED_MODULE_5__/* .quantileAt */ .H7)(fc, 0.005));
    let hi = Math.max((0,_drift_cdf_js__WEBPACK_IMPORTED_MODULE_5__/* .quantileAt */ .H7)(fr, 0.995), (0,_drift_cdf_js__WEBPACK_IMPORTED_MODULE_5__/* .quantileAt */ .H7)(fc, 0.995));
    if (!(hi > lo)) {
        lo = Math.min(ref.min, cur.min);
        hi = Math.max(ref.max, cur.max);
    }
    if (!(hi > lo)) {
        lo -= 0.5;
        hi += 0.5;
    }
    // A log axis for positive values over decades whose body a linear axis would squeeze into its first tenth.
    const median = Math.max((0,_drift_cdf_js__WEBPACK_IMPORTED_MODULE_5__/* .quantileAt */ .H7)(fr, 0.5), (0,_drift_cdf_js__WEBPACK_IMPORTED_MODULE_5__/* .quantileAt */ .H7)(fc, 0.5));
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
        const at = edges.map((e, k) => (k === 0 ? (0,_drift_cdf_js__WEBPACK_IMPORTED_MODULE_5__/* .cdfBelow */ .RO)(f, e) : (0,_drift_cdf_js__WEBPACK_IMPORTED_MODULE_5__/* .cdfAt */ .bF)(f, e)));
        return { bins: at.slice(1).map((v, k) => Math.max(0, v - at[k])), below: at[0], above: Math.max(0, 1 - at[at.length - 1]) };
    };
    const sr = shares(fr);
    const sc = shares(fc);
    return { edges, reference: sr.bins, current: sc.bins, below: [sr.below, sc.below], above: [sr.above, sc.above], log };
}
function pct(v) {
    return `${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(v * 100, 3)}%`;
}
function histogram(column, ref, cur) {
    const hb = histogramBins(ref, cur);
    const { edges, log } = hb;
    const t = (v) => (log ? Math.log10(v) : v);
    const sx = (0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .linear */ .sn)([t(edges[0]), t(edges[edges.length - 1])], [H.l, H.r]);
    const x = (v) => sx(t(v));
    const top = Math.max(...hb.reference, ...hb.current, 1e-9) * 1.1;
    const sy = (0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .linear */ .sn)([0, top], [H.b, H.t]);
    const s = [];
    s.push(`<svg class="histogram" data-column="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(column)}" viewBox="0 0 ${H.w} ${H.h}" width="${H.w}" height="${H.h}" role="img" aria-label="Histogram of ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(column)}, reference vs current">`);
    for (const v of (0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .ticks */ .Zc)(0, top, 4)) {
        s.push(`<line class="grid" x1="${H.l}" y1="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(sy(v))}" x2="${H.r}" y2="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(sy(v))}"/><text x="${H.l - 6}" y="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(sy(v) + 4)}" text-anchor="end" class="muted">${pct(v)}</text>`);
    }
    const xt = log ? logTicks(edges[0], edges[edges.length - 1]) : (0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .ticks */ .Zc)(edges[0], edges[edges.length - 1], 8);
    for (const v of xt)
        s.push(`<line class="axis" x1="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(x(v))}" y1="${H.b}" x2="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(x(v))}" y2="${H.b + 4}"/><text x="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(x(v))}" y="${H.b + 18}" text-anchor="middle" class="muted">${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)((0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(v, 3))}</text>`);
    const bars = (shares, color, cls) => {
        shares.forEach((v, k) => {
            if (!(v > 0))
                return;
            const x0 = x(edges[k]);
            const x1 = x(edges[k + 1]);
            s.push(`<rect class="${cls}" x="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(x0)}" y="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(sy(v))}" width="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(Math.max(0.5, x1 - x0))}" height="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(H.b - sy(v))}" fill="${color}" fill-opacity="0.4" stroke="${color}" stroke-width="0.5"><title>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)((0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(edges[k], 4))} – ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)((0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(edges[k + 1], 4))}: ${pct(v)}</title></rect>`);
        });
    };
    bars(hb.reference, REFERENCE_COLOR, 'bar-reference');
    bars(hb.current, CURRENT_COLOR, 'bar-current');
    // The current side's outline on top, so its shape reads where the two overlap.
    const outline = [`${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(x(edges[0]))},${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(H.b)}`];
    hb.current.forEach((v, k) => outline.push(`${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(x(edges[k]))},${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(sy(v))}`, `${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(x(edges[k + 1]))},${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(sy(v))}`));
    outline.push(`${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(x(edges[edges.length - 1]))},${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(H.b)}`);
    s.push(`<polyline class="outline-current" points="${outline.join(' ')}" fill="none" stroke="${CURRENT_COLOR}" stroke-width="1.5"/>`);
    // Means, where they fall inside the drawn range.
    for (const [m, color, dash, cls] of [[ref.mean, REFERENCE_COLOR, '6 3', 'mean-reference'], [cur.mean, CURRENT_COLOR, '2 2', 'mean-current']]) {
        if (m >= edges[0] && m <= edges[edges.length - 1])
            s.push(`<line class="${cls}" x1="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(x(m))}" y1="${H.t}" x2="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(x(m))}" y2="${H.b}" stroke="${color}" stroke-width="1.5" stroke-dasharray="${dash}"/>`);
    }
    s.push(`<line class="axis" x1="${H.l}" y1="${H.b}" x2="${H.r}" y2="${H.b}"/>`);
    s.push(`<text transform="translate(14 ${(H.t + H.b) / 2}) rotate(-90)" text-anchor="middle">share of values</text>`);
    s.push(`<text x="${(H.l + H.r) / 2}" y="${H.b + 36}" text-anchor="middle">${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(column)}${log ? ' (log scale)' : ''}</text>`);
    const ly = 14;
    s.push(`<rect x="${H.l}" y="${ly - 10}" width="14" height="10" fill="${REFERENCE_COLOR}" fill-opacity="0.4" stroke="${REFERENCE_COLOR}"/><text x="${H.l + 20}" y="${ly}">reference (mean ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)((0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(ref.mean, 4))})</text>`);
    s.push(`<rect x="${H.l + 240}" y="${ly - 10}" width="14" height="10" fill="${CURRENT_COLOR}" fill-opacity="0.4" stroke="${CURRENT_COLOR}"/><text x="${H.l + 260}" y="${ly}">current (mean ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)((0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(cur.mean, 4))})</text>`);
    const out = hb.below[0] + hb.below[1] + hb.above[0] + hb.above[1] > 0
        ? `outside the drawn range: below ${pct(hb.below[0])} → ${pct(hb.below[1])}, above ${pct(hb.above[0])} → ${pct(hb.above[1])}`
        : '';
    if (out)
        s.push(`<text x="${H.r}" y="${H.h - 6}" text-anchor="end" class="muted">${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(out)}</text>`);
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
    const sx = (0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .linear */ .sn)([0, top * 1.05], [B.l, B.r]);
    const s = [];
    s.push(`<svg class="category-bars" data-column="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(column)}" viewBox="0 0 ${B.w} ${height}" width="${B.w}" height="${height}" role="img" aria-label="Category shares of ${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(column)}, reference vs current">`);
    s.push(`<rect x="${B.l}" y="6" width="14" height="10" fill="${REFERENCE_COLOR}"/><text x="${B.l + 20}" y="16">reference</text>`);
    s.push(`<rect x="${B.l + 110}" y="6" width="14" height="10" fill="${CURRENT_COLOR}"/><text x="${B.l + 130}" y="16">current</text>`);
    const bottom = B.top + n * B.rowH;
    for (const v of (0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .ticks */ .Zc)(0, top * 1.05, 5)) {
        s.push(`<line class="grid" x1="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(sx(v))}" y1="${B.top}" x2="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(sx(v))}" y2="${bottom}"/><text x="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(sx(v))}" y="${bottom + 16}" text-anchor="middle" class="muted">${pct(v)}</text>`);
    }
    cb.categories.forEach((k, i) => {
        const y = B.top + i * B.rowH;
        const label = k.length > 32 ? k.slice(0, 31) + '…' : k;
        s.push(`<g class="category" data-category="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(k)}">`);
        s.push(`<text x="${B.label}" y="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(y + 17)}" text-anchor="end"><title>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(k)}</title>${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .esc */ .UQ)(label)}</text>`);
        s.push(`<rect class="bar-reference" x="${B.l}" y="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(y + 3)}" width="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(Math.max(0, sx(cb.reference[i]) - B.l))}" height="9" fill="${REFERENCE_COLOR}"/>`);
        s.push(`<rect class="bar-current" x="${B.l}" y="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(y + 13)}" width="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(Math.max(0, sx(cb.current[i]) - B.l))}" height="9" fill="${CURRENT_COLOR}"/>`);
        s.push(`<text x="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(Math.max(sx(cb.reference[i]), sx(cb.current[i])) + 6)}" y="${(0,_svg_js__WEBPACK_IMPORTED_MODULE_4__.px)(y + 17)}" class="muted">${pct(cb.reference[i])} → ${pct(cb.current[i])}</text>`);
        s.push('</g>');
    });
    s.push(`<line class="axis" x1="${B.l}" y1="${B.top}" x2="${B.l}" y2="${bottom}"/>`);
    s.push('</svg>');
    return { kind: 'categorical', svg: s.join('\n') };
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
