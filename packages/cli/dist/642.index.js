export const id = 642;
export const ids = [642];
export const modules = {

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

/***/ 38898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ sortTop),
/* harmony export */   FR: () => (/* binding */ mergeTableProfiles),
/* harmony export */   ji: () => (/* binding */ asCategorical)
/* harmony export */ });
/* unused harmony exports mergeColumnTypes, mergeSummaries */
/* harmony import */ var _cdf_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68129);
/* harmony import */ var _sketch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97980);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39142);



/**
 * Merge the profiles of several files into the profile of the table they form (a `data` pattern matching shards).
 * Everything but the quantiles merges exactly: counts add, means and variances combine with Chan et al.'s parallel
 * formula, exact value lists concatenate while small. Quantiles merge as the row-weighted mixture of the parts' CDFs,
 * summarised again at the same probabilities.
 */
function mergeTableProfiles(parts) {
    if (parts.length === 1)
        return parts[0];
    const order = [];
    const byName = new Map();
    for (const t of parts) {
        for (const c of t.columns) {
            if (!byName.has(c.name)) {
                byName.set(c.name, []);
                order.push(c.name);
            }
            byName.get(c.name).push(c);
        }
    }
    return {
        rows: parts.reduce((s, t) => s + t.rows, 0),
        columns: order.map((name) => byName.get(name).reduce(mergeColumns)),
    };
}
function mergeColumnTypes(a, b) {
    if (a === b)
        return a;
    if (a === 'empty')
        return b;
    if (b === 'empty')
        return a;
    if ((a === 'integer' && b === 'float') || (a === 'float' && b === 'integer'))
        return 'float';
    return 'string';
}
function mergeColumns(a, b) {
    const type = mergeColumnTypes(a.type, b.type);
    return { name: a.name, type, summary: mergeSummaries(a.summary, b.summary, type) };
}
function mergeSummaries(a, b, type) {
    if (a.count === 0 && a.kind !== b.kind)
        return { ...b, nulls: a.nulls + b.nulls };
    if (b.count === 0 && a.kind !== b.kind)
        return { ...a, nulls: a.nulls + b.nulls };
    if (a.kind === 'numeric' && b.kind === 'numeric' && type !== 'string')
        return mergeNumeric(a, b);
    return mergeCategorical(asCategorical(a), asCategorical(b));
}
function mergeNumeric(a, b) {
    if (a.count === 0)
        return { ...b, nulls: a.nulls + b.nulls };
    if (b.count === 0)
        return { ...a, nulls: a.nulls + b.nulls };
    const n = a.count + b.count;
    // Chan, Golub & LeVeque (1979): M2 = M2a + M2b + δ²·na·nb/n.
    const delta = b.mean - a.mean;
    const mean = a.mean + (delta * b.count) / n;
    const m2 = a.std ** 2 * (a.count - 1) + b.std ** 2 * (b.count - 1) + (delta * delta * a.count * b.count) / n;
    const values = a.values && b.values && n <= _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .SMALL_REFERENCE_ROWS */ .wQ ? Array.from(Float64Array.from([...a.values, ...b.values]).sort()) : undefined;
    // The parts' samples together are a sample of the table (of the sum of their sizes); its quantile function is the
    // row-weighted mixture of theirs, read again at the sketch's ranks.
    const mix = (0,_cdf_js__WEBPACK_IMPORTED_MODULE_2__/* .mixtureCdf */ .a$)([
        { cdf: (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryCdf */ .SL)(a), weight: a.count },
        { cdf: (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryCdf */ .SL)(b), weight: b.count },
    ]);
    const sampleSize = a.sampleSize + b.sampleSize;
    let distinct;
    if (a.distinct && b.distinct) {
        const m = new Map(a.distinct);
        for (const [v, c] of b.distinct)
            m.set(v, (m.get(v) ?? 0) + c);
        if (m.size <= _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DISTINCT_NUMBERS */ .Jj)
            distinct = [...m].sort((x, y) => x[0] - y[0]);
    }
    return {
        kind: 'numeric',
        count: n,
        nulls: a.nulls + b.nulls,
        min: Math.min(a.min, b.min),
        max: Math.max(a.max, b.max),
        mean,
        std: n > 1 ? Math.sqrt(m2 / (n - 1)) : 0,
        integer: a.integer && b.integer,
        quantiles: Array.from({ length: _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .QUANTILE_STEPS */ .SQ + 1 }, (_, i) => (0,_cdf_js__WEBPACK_IMPORTED_MODULE_2__/* .quantileAt */ .H7)(mix, i / _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .QUANTILE_STEPS */ .SQ)),
        sampleSize,
        ...(values ? { values } : { sketch: Array.from((0,_sketch_js__WEBPACK_IMPORTED_MODULE_0__/* .sketchRanks */ .cL)(sampleSize), (r) => (0,_cdf_js__WEBPACK_IMPORTED_MODULE_2__/* .quantileAt */ .H7)(mix, sampleSize > 1 ? r / (sampleSize - 1) : 1)) }),
        ...(distinct ? { distinct } : {}),
    };
}
/** A numeric summary seen as categories (its exact distinct values, or everything in `other`). */
function asCategorical(s) {
    if (s.kind === 'categorical')
        return s;
    const top = (s.distinct ?? []).map(([v, c]) => [String(v), c]);
    const listed = top.reduce((t, [, c]) => t + c, 0);
    return {
        kind: 'categorical',
        count: s.count,
        nulls: s.nulls,
        top: sortTop(top),
        other: s.count - listed,
        distinct: s.distinct ? s.distinct.length : _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DISTINCT_NUMBERS */ .Jj + 1,
        distinctCapped: !s.distinct,
    };
}
function mergeCategorical(a, b) {
    const m = new Map(a.top);
    for (const [k, c] of b.top)
        m.set(k, (m.get(k) ?? 0) + c);
    const all = sortTop([...m]);
    const top = all.slice(0, _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_STORED_CATEGORIES */ .Q);
    const dropped = all.slice(_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_STORED_CATEGORIES */ .Q).reduce((t, [, c]) => t + c, 0);
    return {
        kind: 'categorical',
        count: a.count + b.count,
        nulls: a.nulls + b.nulls,
        top,
        other: a.other + b.other + dropped,
        distinct: Math.max(a.distinct, b.distinct, m.size),
        distinctCapped: a.distinctCapped || b.distinctCapped,
    };
}
/** Count descending, then value ascending by code unit: the same order on every machine. */
function sortTop(top) {
    return top.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
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

/***/ 38759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ excerpt)
/* harmony export */ });
/* unused harmony export EXCERPT_CHARS */
/**
 * What an error message may quote of a user's value: a short, single-line excerpt. A message goes to the job log,
 * the annotation and maybe a public issue; a whole cell can be megabytes (or a secret file's first line), and a
 * newline or an escape sequence in it could start a line the runner reads as a workflow command.
 */
/** Characters of a value an error message quotes at most. */
const EXCERPT_CHARS = 80;
// C0/C1 controls, DEL, and the Unicode line/paragraph separators and bidi controls that would reorder a log line.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * `value` quoted in double quotes, control characters escaped (`\n`, `\u001b`), cut to `max` characters with the
 * length of the rest said: `"abc…" (+1,234,567 more characters)`.
 */
function excerpt(value, max = EXCERPT_CHARS, quote = '"') {
    const cut = value.length > max;
    // Never split a surrogate pair: a lone half would print as U+FFFD.
    let end = cut ? max : value.length;
    if (cut && end > 0 && /[\ud800-\udbff]/.test(value[end - 1]))
        end--;
    const head = value.slice(0, end).replace(quote === '"' ? /["\\]/g : /['\\]/g, (c) => '\\' + c).replace(UNSAFE, escapeChar);
    return cut ? `${quote}${head}…${quote} (+${(value.length - end).toLocaleString('en-US')} more characters)` : `${quote}${head}${quote}`;
}
function escapeChar(c) {
    switch (c) {
        case '\n': return '\\n';
        case '\r': return '\\r';
        case '\t': return '\\t';
        default: return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
    }
}


/***/ }),

/***/ 53244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ resolveInputFile),
/* harmony export */   b2: () => (/* binding */ statRegularFile),
/* harmony export */   cX: () => (/* binding */ resolveOutputFile),
/* harmony export */   h_: () => (/* binding */ fileKind)
/* harmony export */ });
/* unused harmony exports fileRootsFromEnv, isWithin */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90319);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38759);
/**
 * Path inputs, checked before anything is opened. An action reads only files inside the workspace or the runner's
 * temp folder, and writes only there: a pull request controls the files in the checkout, so a symbolic link in it
 * (`candidate.csv -> /etc/shadow`) must not make the action read, quote or post a file the repository does not hold,
 * and a `report-path: /home/runner/.bashrc` must not overwrite one. Non-regular files (FIFOs, devices, sockets) are
 * refused from their stat, without being opened: opening a FIFO for reading blocks until a writer comes, which
 * would hang the step until the job times out.
 */




/** Roots from the runner's environment: GITHUB_WORKSPACE (else the current directory) and RUNNER_TEMP. */
function fileRootsFromEnv(env = process.env) {
    return { workspace: env.GITHUB_WORKSPACE || process.cwd(), temp: env.RUNNER_TEMP || undefined };
}
/** True when `child` is `root` or below it (both absolute, normalised). */
function isWithin(root, child) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, child);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function realRoots(roots) {
    const out = [];
    for (const r of [roots.workspace, roots.temp]) {
        if (!r)
            continue;
        try {
            out.push((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(r));
        }
        catch {
            // A root that does not exist holds nothing.
        }
    }
    return out;
}
/**
 * Realpath of a path that may not exist yet: the nearest existing ancestor's realpath plus the rest. A dangling
 * symbolic link on the way is followed to where it points (writing through it would create the file there).
 */
function realpathLoose(abs, depth = 0) {
    const rest = [];
    let p = abs;
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p), ...rest.reverse());
        }
        catch (e) {
            const code = e.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw e;
            if (depth < 40 && isLink(p))
                return realpathLoose((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(p)), ...rest.reverse()), depth + 1);
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p);
            if (parent === p)
                return abs;
            rest.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(p));
            p = parent;
        }
    }
}
function isLink(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function shownRoots(roots) {
    return roots.temp ? `the workspace (${roots.workspace}) or the runner's temp folder (${roots.temp})` : `the workspace (${roots.workspace})`;
}
function outside(input, given, real, roots, what) {
    const via = real !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(roots.workspace, given) ? ` (it resolves to ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(real, 200)} through a symbolic link)` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${input}': ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(given, 200)}${via} is outside ${shownRoots(roots)}; ${what} Use a path inside the repository checkout or RUNNER_TEMP.`);
}
/** What a stat says the file is, in words, for a refusal. */
function fileKind(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a named pipe (FIFO)';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    if (st.isSymbolicLink())
        return 'a symbolic link';
    return 'not a regular file';
}
/**
 * Resolve a path input that names a file to read: relative paths start at the workspace; the real path (every
 * symbolic link followed) must lie inside a root; the file must exist and be a regular file. Returns the absolute
 * path as given (not the real one), so messages name the file the user wrote.
 */
function resolveInputFile(path, opts) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.roots.workspace, path);
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            // Outside is refused before "not found" (which would tell whether a file exists there); a dangling link is
            // judged by where it points.
            const target = realpathLoose(abs);
            if (!realRoots(opts.roots).some((r) => isWithin(r, target))) {
                throw outside(opts.input, path, target, opts.roots, 'the action reads only files the run holds.');
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${opts.input}': ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(path, 200)} not found; check the path (relative paths start at the workspace, ${opts.roots.workspace}).`);
        }
        if (code === 'EACCES' || code === 'EPERM')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${opts.input}': ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(path, 200)} cannot be read (permission denied).`);
        if (code === 'ELOOP')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${opts.input}': ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(path, 200)} is a symbolic link loop.`);
        throw e;
    }
    if (!realRoots(opts.roots).some((r) => isWithin(r, real))) {
        throw outside(opts.input, path, real, opts.roots, 'the action reads only files the run holds.');
    }
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
    if (st.isFile() || (opts.directory && st.isDirectory()))
        return abs;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${opts.input}': ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(path, 200)} is ${fileKind(st)}, not a regular file; ` +
        (st.isDirectory() ? 'give the path of a file inside it.' : 'the action reads only regular files (it never opens pipes or devices).'));
}
/**
 * Resolve a path input that names a file to write: its real location (links followed, missing folders allowed)
 * must lie inside a root; an existing target must be a regular file (never a directory, pipe or device), and not a
 * file this run reads. Returns the absolute path.
 */
function resolveOutputFile(path, opts) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.roots.workspace, path);
    const real = realpathLoose(abs);
    if (!realRoots(opts.roots).some((r) => isWithin(r, real))) {
        throw outside(opts.input, path, real, opts.roots, 'the action writes only there.');
    }
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
    }
    catch {
        st = undefined;
    }
    if (st && !st.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${opts.input}': ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(path, 200)} is ${fileKind(st)}; give the path of a file to write (it is created or replaced).`);
    }
    for (const i of opts.inputs ?? []) {
        if (!i)
            continue;
        if (realpathLoose((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.roots.workspace, i)) === real) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${opts.input}': ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(path, 200)} is also a file this run reads (${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(i, 200)}); writing there would overwrite it. Choose another path.`);
        }
    }
    return abs;
}
/**
 * Check an already-resolved path is a regular file before opening it, from its stat (never an open): a directory,
 * FIFO, socket or device is a UserError naming `label`. Returns the stat.
 */
function statRegularFile(path, label) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${label} not found; check the path (relative paths start at the workspace)`, { file: path });
        if (code === 'EACCES' || code === 'EPERM')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${label} cannot be read (permission denied)`, { file: path });
        if (code === 'ELOOP')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${label} is a symbolic link loop`, { file: path });
        throw e;
    }
    if (!st.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${label} is ${fileKind(st)}, not a regular file; ${st.isDirectory() ? 'pass the path of a file' : 'the action never opens pipes or devices'}`, { file: path });
    }
    return st;
}


/***/ }),

/***/ 64608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ describeFile),
/* harmony export */   T: () => (/* binding */ detectFormat)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90319);

const SUPPORTED = '.csv, .tsv, .jsonl, .ndjson (each optionally .gz) and .parquet';
/** Format from the file name: `.csv`, `.tsv`, `.jsonl`/`.ndjson`, each optionally `.gz`, and `.parquet`. */
function detectFormat(path) {
    const name = path.toLowerCase();
    const gzip = name.endsWith('.gz');
    const base = gzip ? name.slice(0, -3) : name;
    const dot = base.lastIndexOf('.');
    const ext = dot >= 0 && dot > base.lastIndexOf('/') ? base.slice(dot + 1) : '';
    switch (ext) {
        case 'csv':
            return { format: 'csv', gzip };
        case 'tsv':
        case 'tab':
            return { format: 'tsv', gzip };
        case 'jsonl':
        case 'ndjson':
            return { format: 'jsonl', gzip };
        case 'parquet':
        case 'pq':
            if (gzip) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${path}: a gzip-compressed Parquet file is not supported; Parquet compresses its pages itself, so ` +
                    `decompress it (gunzip) and pass the .parquet file`, { file: path });
            }
            return { format: 'parquet', gzip: false };
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${path}: cannot tell the file format from the extension ${ext ? `".${ext}"` : '(none)'}; ` +
                `supported: ${SUPPORTED}${ext === 'json' ? '. For one JSON object per line, name the file .jsonl' : ''}`, { file: path });
    }
}
/** "candidate file preds.csv" or "file preds.csv": how messages name a file. */
function describeFile(path, label) {
    return label ? `${label} file ${path}` : `file ${path}`;
}


/***/ }),

/***/ 24663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ createRng)
/* harmony export */ });
/** Creates a generator; `seed` is reduced to 32 bits (ToUint32: truncated, modulo 2^32). */
function createRng(seed) {
    return new Xoshiro128ss(seed);
}
class Xoshiro128ss {
    s0;
    s1;
    s2;
    s3;
    suffix = new Float64Array(16);
    constructor(seed) {
        if (!Number.isFinite(seed))
            throw new RangeError(`createRng: seed must be a finite number, got ${seed}`);
        let a = seed >>> 0;
        const st = [0, 0, 0, 0];
        for (let i = 0; i < 4; i++) {
            a = (a + 0x9e3779b9) >>> 0;
            let z = a;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            st[i] = (z ^ (z >>> 16)) >>> 0;
        }
        this.s0 = st[0];
        this.s1 = st[1];
        this.s2 = st[2];
        this.s3 = st[3];
    }
    nextUint32() {
        const s1 = this.s1;
        const x = Math.imul(s1, 5);
        const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= s1;
        this.s1 = s1 ^ this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
        return result;
    }
    next() {
        return (this.nextUint32() + 0.5) * 2.3283064365386963e-10; // 2^-32
    }
    nextInt(n) {
        if (!(n >= 1 && n <= 4294967296) || !Number.isInteger(n)) {
            throw new RangeError(`nextInt: n must be an integer in [1, 2^32], got ${n}`);
        }
        // Accept u < 2^32 − (2^32 mod n): every residue then has the same number of preimages.
        const limit = 4294967296 - (4294967296 % n);
        for (;;) {
            const u = this.nextUint32();
            if (u < limit)
                return u % n;
        }
    }
    binomial(n, p) {
        if (!Number.isInteger(n) || n < 0)
            throw new RangeError(`binomial: n must be a non-negative integer, got ${n}`);
        if (!(p >= 0 && p <= 1))
            throw new RangeError(`binomial: p must be in [0, 1], got ${p}`);
        if (n === 0 || p === 0)
            return 0;
        if (p === 1)
            return n;
        if (p > 0.5)
            return n - this.binomialLow(n, 1 - p);
        return this.binomialLow(n, p);
    }
    /** p ≤ ½. */
    binomialLow(n, p) {
        const mode = Math.floor((n + 1) * p);
        return mode < 11 ? this.binomialInversion(n, p) : this.binomialBtrd(n, p, mode);
    }
    /** Sequential-search inversion: P(0) = q^n, P(k+1) = P(k)·(n−k)/(k+1)·p/q. Expected np + 1 steps (< 12 here). */
    binomialInversion(n, p) {
        const q = 1 - p;
        const s = p / q;
        const a = (n + 1) * s;
        const p0 = Math.exp(n * Math.log1p(-p));
        for (;;) {
            let u = this.next();
            let pk = p0;
            let k = 0;
            while (u > pk) {
                u -= pk;
                k++;
                if (k > n)
                    break;
                pk *= a / k - s;
            }
            // k > n only from rounding in the tail: draw again (probability ~1e-16).
            if (k <= n)
                return k;
        }
    }
    /** BTRD, Hörmann (1993), steps 0–3.4, with the Stirling-correction table fc. Requires p ≤ ½ and mode ≥ 11. */
    binomialBtrd(n, p, m) {
        const q = 1 - p;
        const r = p / q;
        const nr = (n + 1) * r;
        const npq = n * p * q;
        const sqrtNpq = Math.sqrt(npq);
        const b = 1.15 + 2.53 * sqrtNpq;
        const a = -0.0873 + 0.0248 * b + 0.01 * p;
        const c = n * p + 0.5;
        const alpha = (2.83 + 5.1 / b) * sqrtNpq;
        const vr = 0.92 - 4.2 / b;
        const urvr = 0.86 * vr;
        for (;;) {
            let v = this.next();
            let u;
            if (v <= urvr) {
                // Step 1: the central triangle, accepted without a density evaluation (~86% of draws).
                u = v / vr - 0.43;
                return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
            }
            if (v >= vr) {
                u = this.next() - 0.5;
            }
            else {
                u = v / vr - 0.93;
                u = (u < 0 ? -0.5 : 0.5) - u;
                v = this.next() * vr;
            }
            const us = 0.5 - Math.abs(u);
            const k = Math.floor(((2 * a) / us + b) * u + c);
            if (k < 0 || k > n)
                continue;
            v = (v * alpha) / (a / (us * us) + b);
            const km = Math.abs(k - m);
            if (km <= 15) {
                // Step 3.1: recursive evaluation of f(k)/f(m).
                let f = 1;
                if (m < k) {
                    for (let i = m + 1; i <= k; i++)
                        f *= nr / i - r;
                }
                else if (m > k) {
                    for (let i = k + 1; i <= m; i++)
                        v *= nr / i - r;
                }
                if (v <= f)
                    return k;
                continue;
            }
            // Step 3.2: squeeze on log scale, then 3.3–3.4 the exact log-density ratio via Stirling corrections.
            v = Math.log(v);
            const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
            const t = (-km * km) / (2 * npq);
            if (v < t - rho)
                return k;
            if (v > t + rho)
                continue;
            const nm = n - m + 1;
            const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + fc(m) + fc(n - m);
            const nk = n - k + 1;
            if (v <= h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - fc(k) - fc(n - k)) {
                return k;
            }
        }
    }
    fillIndices(n, out) {
        if (!(n >= 1 && n <= 2097152) || !Number.isInteger(n))
            throw new RangeError(`fillIndices: n must be an integer in [1, 2^21], got ${n}`);
        const threshold = 4294967296 % n;
        // Math's functions read once: inside a vm context (Jest) every global lookup in a hot loop is slow.
        const imul = Math.imul;
        const floor = Math.floor;
        let s0 = this.s0, s1 = this.s1, s2 = this.s2, s3 = this.s3;
        for (let i = 0; i < out.length;) {
            // xoshiro128** step, inlined on locals (see nextUint32).
            const x = imul(s1, 5);
            const r = imul((x << 7) | (x >>> 25), 9) >>> 0;
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            const m = r * n;
            if (m >>> 0 >= threshold)
                out[i++] = floor(m * 2.3283064365386963e-10); // high word of u·n
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }
    multinomial(n, probs, out) {
        const K = probs.length;
        if (out.length < K)
            throw new RangeError(`multinomial: out has ${out.length} cells, probs ${K}`);
        if (!Number.isInteger(n) || n < 0)
            throw new RangeError(`multinomial: n must be a non-negative integer, got ${n}`);
        if (this.suffix.length < K + 1)
            this.suffix = new Float64Array(K + 1);
        const suffix = this.suffix;
        suffix[K] = 0;
        for (let i = K - 1; i >= 0; i--) {
            const w = probs[i];
            if (!(w >= 0) || w === Infinity)
                throw new RangeError(`multinomial: weight ${i} is ${w}; need finite and ≥ 0`);
            suffix[i] = suffix[i + 1] + w;
        }
        if (n > 0 && !(suffix[0] > 0))
            throw new RangeError('multinomial: all weights are 0');
        let left = n;
        for (let i = 0; i < K; i++) {
            if (left === 0 || probs[i] === 0) {
                out[i] = 0;
                continue;
            }
            const share = probs[i] / suffix[i];
            const x = share >= 1 ? left : this.binomial(left, share);
            out[i] = x;
            left -= x;
        }
    }
}
/**
 * Stirling correction fc(k) = ln k! − [(k + ½)·ln(k + 1) − (k + 1) + ½·ln 2π], tabulated for k < 10 and by its
 * asymptotic series 1/12(k+1) − 1/360(k+1)³ + 1/1260(k+1)⁵ beyond (Hörmann 1993, Table 1).
 */
function fc(k) {
    if (k < 10)
        return FC_TABLE[k];
    const i = 1 / (k + 1);
    const i2 = i * i;
    return (1 / 12 - (1 / 360 - i2 / 1260) * i2) * i;
}
const FC_TABLE = [
    0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509, 0.01664469118982119,
    0.01387612882307075, 0.01189670994589177, 0.01041126526197209, 0.009255462182712733, 0.008330563433362871,
];


/***/ })

};
