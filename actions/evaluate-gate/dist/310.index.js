export const id = 310;
export const ids = [310];
export const modules = {

/***/ 37310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveProfiles: () => (/* binding */ serveProfiles)
});

// UNUSED EXPORTS: profileFiles

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/core/src/io/split.ts
var split = __webpack_require__(72608);
// EXTERNAL MODULE: ../../packages/core/src/workers/entry.ts
var entry = __webpack_require__(13363);
// EXTERNAL MODULE: ../../packages/core/src/io/read.ts + 3 modules
var read = __webpack_require__(53815);
// EXTERNAL MODULE: ../../packages/core/src/stats/quantile.ts
var quantile = __webpack_require__(50898);
// EXTERNAL MODULE: ../../packages/core/src/stats/rng.ts
var stats_rng = __webpack_require__(99890);
;// CONCATENATED MODULE: ../../packages/core/src/drift/sketch.ts

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
function sketch_sketchRanks(n) {
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
    const ranks = sketch_sketchRanks(sorted.length);
    const out = new Array(ranks.length);
    for (let i = 0; i < ranks.length; i++)
        out[i] = sorted[ranks[i]];
    return out;
}
/**
 * The CDF a sketch stands for: the points (x_(r), r/(n − 1)), linear in between — the linear interpolation of the
 * sample's quantile function (Hyndman & Fan 1996, type 7) through the stored ranks.
 */
function sketch_sketchCdf(values, n) {
    const ranks = sketch_sketchRanks(n);
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
    const ranks = sketch_sketchRanks(n);
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
        values[i] = quantileAt(from, s[i] / total);
    return sketch_sketchCdf(values, n);
}
/** Simulate an exact sample of size n from `from`, ascending. */
function simulateSorted(from, n, rng) {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++)
        out[i] = quantileAt(from, rng.next());
    return out.sort();
}

// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
;// CONCATENATED MODULE: ../../packages/core/src/drift/summary.ts



/**
 * What a profile keeps of one column: enough to test drift against a later profile, in kilobytes, never the data.
 * Numeric columns keep moments, a quantile summary and — for small references, where the size-aware defaults use exact
 * tests — the values themselves; categorical columns keep their most frequent categories with counts.
 */
/** References at or below this many rows use the p-value tests (KS, chi-square); above it the distances (STATS.md). */
const summary_SMALL_REFERENCE_ROWS = 1000;
/** A numeric column with at most this many distinct values is tested as categorical (STATS.md). */
const CATEGORICAL_MAX_UNIQUE = 5;
/** Numeric columns remember exact value counts up to this many distinct values (ages, hours, ratings, codes). */
const summary_MAX_DISTINCT_NUMBERS = 256;
/**
 * Categorical columns store at most this many categories (about 20 KB); the rest are counted together as `other`.
 * Drift compares categories whose counts both sides know (listed, or the side lists all its categories) and folds
 * the rest into `(other)` on both sides alike.
 */
const summary_MAX_STORED_CATEGORIES = 1000;
/** Quantile summaries hold the q-quantiles for q = i/QUANTILE_STEPS, i = 0..QUANTILE_STEPS. */
const summary_QUANTILE_STEPS = 200;
const numericSummarySchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('numeric'),
    count: schemas/* number */.aig().int().nonnegative(),
    nulls: schemas/* number */.aig().int().nonnegative(),
    min: schemas/* number */.aig(),
    max: schemas/* number */.aig(),
    mean: schemas/* number */.aig(),
    /** Standard deviation, ddof = 1. */
    std: schemas/* number */.aig(),
    /** All values are whole numbers. */
    integer: schemas/* boolean */.zMY(),
    /** QUANTILE_STEPS + 1 quantiles (empty for an all-null column). */
    quantiles: schemas/* array */.YOg(schemas/* number */.aig()),
    /** How many values the quantiles rest on: `count` when exact, else the reservoir sample's size. */
    sampleSize: schemas/* number */.aig().int().nonnegative(),
    /**
     * Order statistics of the `sampleSize`-value sample at sketchRanks(sampleSize) (sketch.ts): the body every 1/256 and
     * the tails rank by rank. Absent in profiles written before it existed (their distances get no null reference).
     */
    sketch: schemas/* array */.YOg(schemas/* number */.aig()).optional(),
    /** Every value, ascending, when count ≤ SMALL_REFERENCE_ROWS. */
    values: schemas/* array */.YOg(schemas/* number */.aig()).optional(),
    /** Exact [value, count] pairs, ascending, when the column has at most MAX_DISTINCT_NUMBERS distinct values. */
    distinct: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig().int()])).optional(),
});
const categoricalSummarySchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('categorical'),
    count: schemas/* number */.aig().int().nonnegative(),
    nulls: schemas/* number */.aig().int().nonnegative(),
    /** Most frequent categories, by count descending then value, with exact counts. */
    top: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* string */.YjP(), schemas/* number */.aig().int()])),
    /** Rows whose category is not in `top`. */
    other: schemas/* number */.aig().int().nonnegative(),
    /** Distinct categories seen; a lower bound when `distinctCapped`. */
    distinct: schemas/* number */.aig().int().nonnegative(),
    distinctCapped: schemas/* boolean */.zMY(),
});
const columnSummarySchema = schemas/* discriminatedUnion */.gMt('kind', [numericSummarySchema, categoricalSummarySchema]);
function columnFamily(t) {
    return t === 'integer' || t === 'float' ? 'numeric' : t;
}
/**
 * The CDF a numeric summary stands for: exact when the values or the distinct-value counts are kept, else the
 * sketch's (or, in older profiles, the 201-point quantile summary's).
 */
function summary_summaryCdf(s) {
    if (s.values && s.values.length === s.count)
        return empiricalCdf(s.values);
    if (s.distinct)
        return countsCdf(s.distinct);
    if (s.sketch && s.sampleSize > 0)
        return sketchCdf(s.sketch, s.sampleSize);
    return quantileCdf(s.quantiles);
}
/** Distinct values of a numeric column when known exactly (≤ MAX_DISTINCT_NUMBERS). */
function numericDistinctCount(s) {
    return s.distinct?.length;
}
const columnTypeSchema = schemas/* enum */.k5n(['integer', 'float', 'boolean', 'string', 'empty']);
const columnProfileSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    type: columnTypeSchema,
    summary: columnSummarySchema,
});
/** Profile of one table (a file, or the files one `data` pattern matched): exact row count and one entry per column. */
const tableProfileSchema = schemas/* object */.Ikc({
    rows: schemas/* number */.aig().int().nonnegative(),
    columns: schemas/* array */.YOg(columnProfileSchema),
});

;// CONCATENATED MODULE: ../../packages/core/src/drift/merge.ts



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
    const values = a.values && b.values && n <= SMALL_REFERENCE_ROWS ? Array.from(Float64Array.from([...a.values, ...b.values]).sort()) : undefined;
    // The parts' samples together are a sample of the table (of the sum of their sizes); its quantile function is the
    // row-weighted mixture of theirs, read again at the sketch's ranks.
    const mix = mixtureCdf([
        { cdf: summaryCdf(a), weight: a.count },
        { cdf: summaryCdf(b), weight: b.count },
    ]);
    const sampleSize = a.sampleSize + b.sampleSize;
    let distinct;
    if (a.distinct && b.distinct) {
        const m = new Map(a.distinct);
        for (const [v, c] of b.distinct)
            m.set(v, (m.get(v) ?? 0) + c);
        if (m.size <= MAX_DISTINCT_NUMBERS)
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
        quantiles: Array.from({ length: QUANTILE_STEPS + 1 }, (_, i) => quantileAt(mix, i / QUANTILE_STEPS)),
        sampleSize,
        ...(values ? { values } : { sketch: Array.from(sketchRanks(sampleSize), (r) => quantileAt(mix, sampleSize > 1 ? r / (sampleSize - 1) : 1)) }),
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
        distinct: s.distinct ? s.distinct.length : summary_MAX_DISTINCT_NUMBERS + 1,
        distinctCapped: !s.distinct,
    };
}
function mergeCategorical(a, b) {
    const m = new Map(a.top);
    for (const [k, c] of b.top)
        m.set(k, (m.get(k) ?? 0) + c);
    const all = sortTop([...m]);
    const top = all.slice(0, MAX_STORED_CATEGORIES);
    const dropped = all.slice(MAX_STORED_CATEGORIES).reduce((t, [, c]) => t + c, 0);
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

;// CONCATENATED MODULE: ../../packages/core/src/detect/profile.ts







/**
 * Profiles of tabular files, computed in one streaming pass in constant memory (io's streamTable batches): exact row
 * count, columns with inferred types, null counts, numeric moments and a quantile summary, category counts.
 * What is kept is a few kilobytes per column whatever the file size.
 */
/**
 * Values kept per numeric column for its quantiles (512 KiB while profiling; only 201 quantiles are stored).
 * Rank error of a quantile ≈ √(p(1−p)/R) ≤ 0.2% at R = 65536.
 */
const RESERVOIR_SIZE = 65536;
/** Distinct categories counted exactly per column; later new ones are counted together as `other`. */
const MAX_TRACKED_CATEGORIES = 10_000;
/** A fixed seed per column name: the same file always gives the same profile (same bytes). */
function seedOf(name) {
    let h = 2166136261;
    for (let i = 0; i < name.length; i++)
        h = Math.imul(h ^ name.charCodeAt(i), 16777619);
    return h >>> 0;
}
/**
 * rng.nextInt(n) for 1 ≤ n < 2^31, the same value from the same draws: nextInt accepts u below 2^32 − (2^32 mod n),
 * and every u ≤ 2^32 − n is below that, so the floating-point remainder is computed only for the rare u above it.
 */
function uniformBelow(rng, n) {
    for (;;) {
        const u = rng.nextUint32();
        if (u <= 4294967296 - n || u < 4294967296 - (4294967296 % n)) {
            // u mod n without a floating-point remainder: the quotient's floor is off by at most one, u − q·n is exact.
            let r = u - Math.floor(u / n) * n;
            if (r < 0)
                r += n;
            else if (r >= n)
                r -= n;
            return r;
        }
    }
}
/** Scratch samples for NumericAccumulator.merge. */
const MERGE_A = new Float64Array(RESERVOIR_SIZE);
const MERGE_B = new Float64Array(RESERVOIR_SIZE);
/** Small non-negative integers are counted in an array, everything else in a Map (hour-of-day, labels, codes stay cheap). */
const DENSE_INTS = 1024;
/**
 * Streaming state of one numeric column: count, nulls, min/max, shifted sums for mean and variance, exact counts of up
 * to MAX_DISTINCT_NUMBERS distinct values, and a uniform reservoir sample (Li 1994, "Reservoir-sampling algorithms of
 * time complexity O(n(1 + log(N/n)))", Algorithm L: after the reservoir fills, the next replaced position is drawn
 * directly, so skipped values cost one comparison).
 */
class NumericAccumulator {
    name;
    count = 0;
    nulls = 0;
    min = Infinity;
    max = -Infinity;
    /** Sums of (x − shift) and (x − shift)²; shifting by the first value keeps the variance accurate for offset data. */
    shift = NaN;
    s1 = 0;
    s2 = 0;
    integer = true;
    dense = new Float64Array(DENSE_INTS);
    sparse = new Map();
    denseUsed = 0;
    reservoir = new Float64Array(RESERVOIR_SIZE);
    rng;
    w = 0;
    nextReplace = 0;
    /** `part`: which range of a split file this accumulator reads (0 for a whole file): each range samples independently. */
    constructor(name, part = 0) {
        this.name = name;
        this.rng = (0,stats_rng/* createRng */.S)((seedOf(name) + Math.imul(part, 0x9e3779b9)) >>> 0);
    }
    /** Everything needed to merge this column's profile with another range's (structured-cloneable). */
    state() {
        return {
            kind: 'numeric',
            count: this.count,
            nulls: this.nulls,
            min: this.min,
            max: this.max,
            shift: this.shift,
            s1: this.s1,
            s2: this.s2,
            integer: this.integer,
            distinct: this.distinctPairs() ?? null,
            sample: this.reservoir.slice(0, Math.min(this.count, RESERVOIR_SIZE)),
        };
    }
    static fromState(name, st) {
        const a = new NumericAccumulator(name);
        a.count = st.count;
        a.nulls = st.nulls;
        a.min = st.min;
        a.max = st.max;
        a.shift = st.shift;
        a.s1 = st.s1;
        a.s2 = st.s2;
        a.integer = st.integer;
        a.setDistinct(st.distinct);
        a.reservoir.set(st.sample);
        return a;
    }
    setDistinct(pairs) {
        if (pairs === null || pairs.length > summary_MAX_DISTINCT_NUMBERS) {
            this.dense = null;
            this.sparse = null;
            return;
        }
        this.dense = new Float64Array(DENSE_INTS);
        this.sparse = new Map();
        this.denseUsed = 0;
        for (const [x, c] of pairs) {
            if (x >= 0 && x < DENSE_INTS && (x | 0) === x) {
                this.dense[x] = c;
                this.denseUsed++;
            }
            else
                this.sparse.set(x, c);
        }
    }
    /**
     * Add the state of the range that follows this one. Counts, extremes and distinct values add exactly; the sums move
     * to this accumulator's shift exactly (Σ(d + δ) = s1 + nδ, Σ(d + δ)² = s2 + 2δ·s1 + nδ²); the two uniform samples
     * become one uniform sample of both ranges by drawing, one value at a time, from the range with the larger share of
     * rows not yet drawn (sampling without replacement from nA + nB rows of which each side's sample is a uniform part).
     */
    merge(o, part) {
        if (o.count === 0) {
            this.nulls += o.nulls;
            return;
        }
        if (this.count === 0) {
            const nulls = this.nulls;
            Object.assign(this, { count: o.count, min: o.min, max: o.max, shift: o.shift, s1: o.s1, s2: o.s2, integer: o.integer });
            this.nulls = nulls + o.nulls;
            this.setDistinct(o.distinct);
            this.reservoir.set(o.sample);
            return;
        }
        const d = o.shift - this.shift;
        this.s2 += o.s2 + 2 * d * o.s1 + o.count * d * d;
        this.s1 += o.s1 + o.count * d;
        const na = this.count;
        const nb = o.count;
        this.count += nb;
        this.nulls += o.nulls;
        if (o.min < this.min)
            this.min = o.min;
        if (o.max > this.max)
            this.max = o.max;
        this.integer &&= o.integer;
        const mine = this.distinctPairs();
        if (mine && o.distinct) {
            const m = new Map(mine);
            for (const [x, c] of o.distinct)
                m.set(x, (m.get(x) ?? 0) + c);
            this.setDistinct([...m]);
        }
        else
            this.setDistinct(null);
        if (na + nb <= RESERVOIR_SIZE) {
            this.reservoir.set(o.sample, na);
            return;
        }
        const rng = (0,stats_rng/* createRng */.S)((seedOf(this.name) ^ Math.imul(part + 1, 0x85ebca6b)) >>> 0);
        // Both samples copied into buffers kept for the next merge (warm memory, no allocation per column and range).
        const a = MERGE_A.subarray(0, Math.min(na, RESERVOIR_SIZE));
        a.set(this.reservoir.subarray(0, a.length));
        const b = MERGE_B.subarray(0, o.sample.length);
        b.set(o.sample);
        const out = this.reservoir;
        let leftA = na;
        let leftB = nb;
        let ia = 0;
        let ib = 0;
        for (let k = 0; k < RESERVOIR_SIZE; k++) {
            // Partial Fisher–Yates on each side's sample: the next value drawn from a side is a uniform pick of its rest.
            // (rng.next() and rng.nextInt(n) written out: the same draws, without nextInt's checks.)
            if ((rng.nextUint32() + 0.5) * 2.3283064365386963e-10 * (leftA + leftB) < leftA) {
                const j = ia + uniformBelow(rng, a.length - ia);
                const t = a[j];
                a[j] = a[ia];
                a[ia++] = t;
                out[k] = t;
                leftA--;
            }
            else {
                const j = ib + uniformBelow(rng, b.length - ib);
                const t = b[j];
                b[j] = b[ib];
                b[ib++] = t;
                out[k] = t;
                leftB--;
            }
        }
    }
    add(col) {
        const v = col.values;
        const len = v.length;
        // Moments, extremes and the integer flag in one tight loop over locals (the hot path: V8 keeps them in registers).
        const before = this.count;
        let n = before;
        let nulls = this.nulls;
        let min = this.min;
        let max = this.max;
        let shift = this.shift;
        let s1 = this.s1;
        let s2 = this.s2;
        let integer = this.integer;
        for (let i = 0; i < len; i++) {
            const x = v[i];
            // NaN (empty cell, "NaN") and ±Infinity are nulls here: neither has a place in a distribution summary (or in JSON).
            if (x - x !== 0) {
                nulls++;
                continue;
            }
            if (++n === 1)
                shift = x;
            const d = x - shift;
            s1 += d;
            s2 += d * d;
            if (x < min)
                min = x;
            if (x > max)
                max = x;
            if (integer && Math.floor(x) !== x)
                integer = false;
        }
        this.count = n;
        this.nulls = nulls;
        this.min = min;
        this.max = max;
        this.shift = shift;
        this.s1 = s1;
        this.s2 = s2;
        this.integer = integer;
        if (this.sparse !== null)
            this.countDistinct(v);
        this.sample(v, before, n - before === len);
    }
    /**
     * The reservoir's share of a batch, in the order one value at a time would take it (same random draws, same
     * sample): fill while it is not full, then only the positions Algorithm L picks. When the batch has no nulls the
     * k-th value counted is v[k − before − 1], so the skipped values are not visited at all.
     */
    sample(v, before, dense) {
        const total = this.count;
        if (total <= before)
            return;
        let k = before;
        let i = 0;
        while (k < RESERVOIR_SIZE && k < total) {
            const x = v[i++];
            if (x - x !== 0)
                continue;
            this.reservoir[k++] = x;
            if (k === RESERVOIR_SIZE)
                this.startSkipping();
        }
        if (k === total)
            return;
        if (dense) {
            // replace() written out over locals (the same arithmetic in the same order: the same sample, bit for bit).
            const rng = this.rng;
            const reservoir = this.reservoir;
            let w = this.w;
            let next = this.nextReplace;
            while (next <= total) {
                reservoir[rng.nextUint32() & (RESERVOIR_SIZE - 1)] = v[next - before - 1];
                w *= Math.exp(Math.log(rng.next()) / RESERVOIR_SIZE);
                next += Math.floor(Math.log(rng.next()) / Math.log(1 - w)) + 1;
            }
            this.w = w;
            this.nextReplace = next;
            return;
        }
        for (; i < v.length; i++) {
            const x = v[i];
            if (x - x !== 0)
                continue;
            if (++k === this.nextReplace)
                this.replace(x);
        }
    }
    replace(x) {
        // rng.nextInt(RESERVOIR_SIZE), without its general checks and floating-point modulo: the size is a power of two.
        this.reservoir[this.rng.nextUint32() & (RESERVOIR_SIZE - 1)] = x;
        this.w *= Math.exp(Math.log(this.rng.next()) / RESERVOIR_SIZE);
        this.nextReplace += Math.floor(Math.log(this.rng.next()) / Math.log(1 - this.w)) + 1;
    }
    startSkipping() {
        this.w = Math.exp(Math.log(this.rng.next()) / RESERVOIR_SIZE);
        this.nextReplace = RESERVOIR_SIZE + Math.floor(Math.log(this.rng.next()) / Math.log(1 - this.w)) + 1;
    }
    /** Exact counts of the batch's values until there are more than MAX_DISTINCT_NUMBERS distinct ones (then none). */
    countDistinct(v) {
        const dense = this.dense;
        const sparse = this.sparse;
        let used = this.denseUsed;
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (x - x !== 0)
                continue;
            if (x >= 0 && x < DENSE_INTS && (x | 0) === x) {
                if (dense[x]++ !== 0 || ++used + sparse.size <= summary_MAX_DISTINCT_NUMBERS)
                    continue;
            }
            else {
                const c = sparse.get(x);
                if (c !== undefined) {
                    sparse.set(x, c + 1);
                    continue;
                }
                sparse.set(x, 1);
                if (used + sparse.size <= summary_MAX_DISTINCT_NUMBERS)
                    continue;
            }
            this.sparse = null;
            this.dense = null;
            return;
        }
        this.denseUsed = used;
    }
    /** Exact [value, count] pairs when there are few distinct values. */
    distinctPairs() {
        if (this.sparse === null)
            return undefined;
        const out = [...this.sparse];
        if (this.dense)
            for (let k = 0; k < DENSE_INTS; k++)
                if (this.dense[k] > 0)
                    out.push([k, this.dense[k]]);
        return out.sort((a, b) => a[0] - b[0]);
    }
    summary() {
        const n = this.count;
        const kept = Math.min(n, RESERVOIR_SIZE);
        const sample = this.reservoir.slice(0, kept).sort();
        const quantiles = [];
        if (kept > 0)
            for (let i = 0; i <= summary_QUANTILE_STEPS; i++)
                quantiles.push((0,quantile/* quantileSorted */.Z)(sample, i / summary_QUANTILE_STEPS));
        const mean = n ? this.shift + this.s1 / n : 0;
        const variance = n > 1 ? Math.max(0, (this.s2 - (this.s1 * this.s1) / n) / (n - 1)) : 0;
        const distinct = this.distinctPairs();
        return {
            kind: 'numeric',
            count: n,
            nulls: this.nulls,
            min: n ? this.min : 0,
            max: n ? this.max : 0,
            mean,
            std: Math.sqrt(variance),
            integer: this.integer,
            quantiles,
            sampleSize: kept,
            ...(n <= summary_SMALL_REFERENCE_ROWS && n > 0 ? { values: Array.from(sample) } : kept > 0 ? { sketch: sketchOfSorted(sample) } : {}),
            ...(distinct ? { distinct } : {}),
        };
    }
    type() {
        if (this.count === 0)
            return 'empty';
        return this.integer ? 'integer' : 'float';
    }
}
const BOOLEAN_TEXT = new Set(['true', 'false']);
/** Streaming state of one text column: exact counts of up to MAX_TRACKED_CATEGORIES categories, the rest as `other`. */
class CategoricalAccumulator {
    count = 0;
    nulls = 0;
    other = 0;
    seenMore = false;
    boolean = true;
    counts = new Map();
    /** Start from a numeric column's state when an 'auto' column turns out to hold text (io keeps kinds sticky). */
    static fromNumeric(acc) {
        const c = new CategoricalAccumulator();
        const s = asCategorical(acc.summary());
        c.count = s.count;
        c.nulls = s.nulls;
        c.other = s.other;
        c.boolean = false;
        c.seenMore = s.distinctCapped;
        for (const [k, v] of s.top)
            c.counts.set(k, v);
        return c;
    }
    state() {
        return { kind: 'categorical', count: this.count, nulls: this.nulls, other: this.other, seenMore: this.seenMore, boolean: this.boolean, counts: [...this.counts] };
    }
    static fromState(st) {
        const c = new CategoricalAccumulator();
        c.merge(st);
        return c;
    }
    /** Add the counts of the range that follows (categories past MAX_TRACKED_CATEGORIES go to `other`, as in one pass). */
    merge(o) {
        this.count += o.count;
        this.nulls += o.nulls;
        this.other += o.other;
        this.seenMore ||= o.seenMore;
        if (o.count > 0)
            this.boolean = (this.count === o.count || this.boolean) && o.boolean;
        for (const [k, v] of o.counts) {
            const prev = this.counts.get(k);
            if (prev !== undefined)
                this.counts.set(k, prev + v);
            else if (this.counts.size < MAX_TRACKED_CATEGORIES)
                this.counts.set(k, v);
            else {
                this.other += v;
                this.seenMore = true;
            }
        }
    }
    add(col) {
        // Count codes in a typed array first, then fold the batch's dictionary into the map: one map operation per distinct
        // value per batch instead of one per row.
        const local = new Float64Array(col.dictionary.length);
        const codes = col.codes;
        let nulls = 0;
        for (let i = 0; i < codes.length; i++) {
            const c = codes[i];
            if (c < 0)
                nulls++;
            else
                local[c]++;
        }
        this.nulls += nulls;
        this.count += codes.length - nulls;
        for (let c = 0; c < local.length; c++) {
            const k = local[c];
            if (k === 0)
                continue;
            const text = col.dictionary[c];
            if (this.boolean && !BOOLEAN_TEXT.has(text.toLowerCase()))
                this.boolean = false;
            const prev = this.counts.get(text);
            if (prev !== undefined)
                this.counts.set(text, prev + k);
            else if (this.counts.size < MAX_TRACKED_CATEGORIES)
                this.counts.set(text, k);
            else {
                this.other += k;
                this.seenMore = true;
            }
        }
    }
    summary() {
        const all = sortTop([...this.counts]);
        const top = all.slice(0, summary_MAX_STORED_CATEGORIES);
        const rest = all.slice(summary_MAX_STORED_CATEGORIES).reduce((t, [, c]) => t + c, 0);
        return {
            kind: 'categorical',
            count: this.count,
            nulls: this.nulls,
            top,
            other: this.other + rest,
            distinct: this.counts.size,
            distinctCapped: this.seenMore,
        };
    }
    type() {
        if (this.count === 0)
            return 'empty';
        return this.boolean ? 'boolean' : 'string';
    }
}
/** Incremental profile of one table: feed it io batches. */
class profile_TableProfiler {
    part;
    rows = 0;
    order = [];
    acc = new Map();
    /** `part`: the range of a split file this profiler reads (0: a whole file). */
    constructor(part = 0) {
        this.part = part;
    }
    state() {
        return { rows: this.rows, columns: this.order.map((name) => ({ name, state: this.acc.get(name).state() })) };
    }
    /** The profile of a split file from its ranges' states, merged in file order (the same for any number of threads). */
    static merged(parts) {
        const p = new profile_TableProfiler();
        parts.forEach((st, k) => p.mergeState(st, k));
        return p.profile();
    }
    /**
     * Add the state of range `part` of a split file to this profiler (a `new TableProfiler()`); the ranges must come in
     * file order, 0, 1, 2, … — then profile() is merged() of them, as each range arrives instead of all at the end.
     */
    mergeState(st, part) {
        const seen = new Set();
        for (const { name, state } of st.columns) {
            seen.add(name);
            let a = this.acc.get(name);
            if (!a) {
                a = state.kind === 'numeric' ? new NumericAccumulator(name) : new CategoricalAccumulator();
                a.nulls += this.rows;
                this.acc.set(name, a);
                this.order.push(name);
            }
            if (a instanceof NumericAccumulator && state.kind === 'numeric')
                a.merge(state, part);
            else {
                if (a instanceof NumericAccumulator) {
                    a = CategoricalAccumulator.fromNumeric(a);
                    this.acc.set(name, a);
                }
                a.merge(state.kind === 'categorical' ? state : CategoricalAccumulator.fromNumeric(NumericAccumulator.fromState(name, state)).state());
            }
        }
        for (const [name, a] of this.acc)
            if (!seen.has(name))
                a.nulls += st.rows;
        this.rows += st.rows;
    }
    addBatch(columns, columnNames, rowCount) {
        for (const name of columnNames) {
            const col = columns.get(name);
            if (!col)
                continue;
            let a = this.acc.get(name);
            if (!a) {
                a = col.kind === 'number' ? new NumericAccumulator(name, this.part) : new CategoricalAccumulator();
                // A JSONL key first seen now was missing (null) in every earlier row.
                a.nulls += this.rows;
                this.acc.set(name, a);
                this.order.push(name);
            }
            if (col.kind === 'number' && a instanceof NumericAccumulator)
                a.add(col);
            else if (col.kind === 'string') {
                if (a instanceof NumericAccumulator) {
                    a = CategoricalAccumulator.fromNumeric(a);
                    this.acc.set(name, a);
                }
                a.add(col);
            }
            else {
                // A number batch for a column already seen as text: count it as text.
                a.add(numbersAsText(col));
            }
        }
        for (const [name, a] of this.acc)
            if (!columns.has(name))
                a.nulls += rowCount;
        this.rows += rowCount;
    }
    profile() {
        const columns = this.order.map((name) => {
            const a = this.acc.get(name);
            return { name, type: a.type(), summary: a.summary() };
        });
        return { rows: this.rows, columns };
    }
}
function numbersAsText(col) {
    const dict = new Map();
    const codes = new Int32Array(col.values.length);
    for (let i = 0; i < col.values.length; i++) {
        const x = col.values[i];
        if (x !== x) {
            codes[i] = -1;
            continue;
        }
        const s = String(x);
        let c = dict.get(s);
        if (c === undefined)
            dict.set(s, (c = dict.size));
        codes[i] = c;
    }
    return { kind: 'string', name: col.name, codes, dictionary: [...dict.keys()], nullCount: col.nullCount };
}
/** Profile state of one range of a split file. `signal`: stop between batches (throws its reason) once aborted. */
async function profile_profileRange(j, signal) {
    const p = new profile_TableProfiler(j.part);
    for await (const batch of (0,split/* streamDelimitedRange */.fJ)(j.path, j)) {
        signal?.throwIfAborted();
        p.addBatch(batch.columns, batch.columnNames, batch.rowCount);
    }
    return p.state();
}
/** Profile a CSV/TSV/JSONL/Parquet file (optionally gzipped) in one streaming pass. `label` names it in errors. */
async function profileFile(path, label, signal) {
    const p = new profile_TableProfiler();
    for await (const batch of (0,read/* streamTable */.t)(path, { label })) {
        signal?.throwIfAborted();
        p.addBatch(batch.columns, batch.columnNames, batch.rowCount);
    }
    return p.profile();
}

;// CONCATENATED MODULE: ../../packages/core/src/detect/profile-pool.ts
/**
 * Profiles of tabular files on every core: this thread and worker threads each take tasks, largest first. A task is a
 * whole file, or — for a plain CSV/TSV larger than the range size — one range of it, cut at row boundaries
 * (io/split.ts); the ranges' profile states are merged in file order. The tasks depend only on the files and the range
 * size, and each is computed by the same code whichever thread takes it, so the result is the same, bit for bit, for
 * any number of threads; the tests compare them.
 */






/**
 * Below this many bytes in all, the files are profiled on this thread: a worker costs ~0.1 s to start and load the
 * readers. MLCI_WORKER_MIN_BYTES overrides it (the tests set 0 to compare both paths on small files).
 */
const DEFAULT_MIN_BYTES = (/* unused pure expression or super */ null && (32 * 1024 * 1024));
function minBytes() {
    const v = process.env.MLCI_WORKER_MIN_BYTES;
    const n = v === undefined || v === '' ? NaN : Number(v);
    return Number.isFinite(n) && n >= 0 ? n : DEFAULT_MIN_BYTES;
}
/**
 * A CSV/TSV larger than this is profiled in ranges of about this many bytes (64 MiB: a second or so of parsing, and a
 * 65,536-value sample per numeric column per range, merged). MLCI_PROFILE_RANGE_BYTES overrides it (tests).
 */
const DEFAULT_RANGE_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
function rangeBytes() {
    const v = process.env.MLCI_PROFILE_RANGE_BYTES;
    const n = v === undefined || v === '' ? NaN : Number(v);
    return Number.isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_RANGE_BYTES;
}
/** A range state already merged into its file's profiler (profileFiles' settle). */
const MERGED = { merged: true };
async function runTask(t, signal) {
    if (t.kind === 'file')
        return { profile: await profileFile(t.path, t.label, signal) };
    return { state: await profile_profileRange(t, signal) };
}
/** The tasks for one file: its ranges when it is a plain CSV/TSV over the range size, else the whole file. */
async function tasksFor(job, bytes) {
    const whole = [{ kind: 'file', path: job.path, label: job.label }];
    const split = await rangesForWorkers(job.path, job.size, bytes, job.label);
    if (!split)
        return whole;
    const { delimiter } = split;
    return split.ranges.map((r, k) => ({ kind: 'range', path: job.path, label: job.label, delimiter, start: r.start, end: r.end, part: k, ...(k > 0 ? { header: split.header } : {}) }));
}
/** A range's error names its line in the range; count the lines before the range (only now) and read it again. */
async function errorOfRange(t, e) {
    if (t.kind !== 'range' || t.part === 0 || !isUserError(e) || e.line === undefined)
        return e;
    const firstLine = await lineAt(t.path, t.start, t.delimiter);
    try {
        await profileRange({ ...t, firstLine });
    }
    catch (again) {
        return again;
    }
    return e;
}
/**
 * Profile files, results in the order of `jobs`. When several fail, the error of the first in that order is thrown,
 * as a sequential run would.
 */
async function profileFiles(jobs, opts = {}) {
    const signal = opts.signal;
    const entry = workerEntry();
    const total = jobs.reduce((s, j) => s + j.size, 0);
    const bytes = rangeBytes();
    const tasks = [];
    const owner = [];
    for (let i = 0; i < jobs.length; i++) {
        for (const t of await tasksFor(jobs[i], bytes)) {
            tasks.push(t);
            owner.push(i);
        }
    }
    const size = (t, i) => (t.kind === 'range' ? t.end - t.start : jobs[owner[i]].size);
    const workerCount = Math.min((opts.threads ?? availableParallelism()) - 1, tasks.length - 1);
    const results = new Array(tasks.length);
    const errors = new Array(tasks.length);
    // Range states are merged in file order as soon as they can be (each range's state is then dropped): the merge
    // work overlaps the parsing of later ranges instead of following it, and at most the out-of-order states are held.
    const mergers = new Map();
    let cursor = 0;
    const settle = () => {
        for (; cursor < tasks.length && errors[cursor] === undefined; cursor++) {
            const r = results[cursor];
            if (r === undefined)
                return;
            const t = tasks[cursor];
            if (!('state' in r) || t.kind !== 'range')
                continue;
            let m = mergers.get(owner[cursor]);
            if (!m)
                mergers.set(owner[cursor], (m = new TableProfiler()));
            m.mergeState(r.state, t.part);
            results[cursor] = MERGED;
        }
    };
    let threads = 1;
    if (!entry || workerCount < 1 || total < minBytes()) {
        for (let i = 0; i < tasks.length; i++) {
            try {
                results[i] = await runTask(tasks[i], signal);
            }
            catch (e) {
                errors[i] = e;
                break;
            }
            settle();
        }
    }
    else {
        threads = workerCount + 1;
        await runPool(entry, workerCount, tasks, size, results, errors, settle, opts.busy, signal);
    }
    signal?.throwIfAborted();
    settle();
    const failed = errors.findIndex((e) => e !== undefined);
    if (failed >= 0)
        throw await errorOfRange(tasks[failed], errors[failed]);
    const profiles = [];
    for (let i = 0; i < tasks.length;) {
        let j = i;
        while (j < tasks.length && owner[j] === owner[i])
            j++;
        const r = results[i];
        profiles.push('profile' in r ? r.profile : mergers.get(owner[i]).profile());
        i = j;
    }
    return { profiles, threads };
}
async function runPool(entry, workerCount, tasks, size, results, errors, settle, busy, signal) {
    const queue = tasks.map((_, i) => i).sort((a, b) => size(tasks[b], b) - size(tasks[a], a) || a - b);
    const workers = [];
    const onMain = async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
            try {
                results[i] = await runTask(tasks[i], signal);
            }
            catch (e) {
                if (signal?.aborted)
                    return;
                errors[i] = e;
            }
            settle();
        }
    };
    const onWorker = (w) => new Promise((resolve, reject) => {
        let current;
        const next = () => {
            current = signal?.aborted ? undefined : queue.shift();
            if (current === undefined)
                return resolve();
            w.postMessage({ id: current, task: tasks[current] });
        };
        w.on('message', (m) => {
            if ('error' in m)
                errors[m.id] = receivedError(m.error);
            else
                results[m.id] = m;
            // The worker's next task first, then the merge: the worker never waits for this thread's merging.
            next();
            settle();
        });
        w.on('error', reject);
        w.on('exit', (code) => {
            if (signal?.aborted)
                resolve();
            else if (current !== undefined)
                reject(new Error(`a profile worker exited (code ${code}) while profiling ${tasks[current].path}`));
        });
        next();
    });
    const start = () => {
        const w = new Worker(entry, { workerData: workerDataFor('profile') });
        workers.push(w);
        return onWorker(w);
    };
    const stop = () => {
        queue.length = 0;
        for (const w of workers)
            void w.terminate();
    };
    signal?.addEventListener('abort', stop, { once: true });
    try {
        const runs = [];
        // With `busy`, the last worker waits for it (a core is taken until then); it starts only if work is left.
        const now = busy ? workerCount - 1 : workerCount;
        for (let k = 0; k < now; k++)
            runs.push(start());
        if (busy)
            runs.push(busy.then(() => (queue.length > 0 && !signal?.aborted ? start() : undefined), () => (queue.length > 0 && !signal?.aborted ? start() : undefined)));
        // This thread takes tasks too, from the same queue, while the workers start.
        runs.push(onMain());
        await Promise.all(runs);
    }
    finally {
        signal?.removeEventListener('abort', stop);
        await Promise.all(workers.map((w) => w.terminate()));
    }
}
/** The worker side: profile each file or range the parent sends, one at a time. */
function serveProfiles() {
    const port = external_node_worker_threads_.parentPort;
    port.on('message', async (job) => {
        let reply;
        try {
            reply = { id: job.id, ...(await runTask(job.task)) };
        }
        catch (e) {
            reply = { id: job.id, error: (0,entry/* sendableError */.TQ)(e) };
        }
        port.postMessage(reply);
    });
}


/***/ }),

/***/ 50898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ percentileInterval),
/* harmony export */   Z: () => (/* binding */ quantileSorted)
/* harmony export */ });
/**
 * Quantile of sorted data by linear interpolation between order statistics — Hyndman & Fan (1996) type 7,
 * numpy's default (`method='linear'`) and R's default:
 *   h = (n − 1)·q,  j = ⌊h⌋,  Q(q) = x_j + (h − j)·(x_{j+1} − x_j)
 * The interpolation is written as numpy's `_lerp` (from the upper point when h − j ≥ ½) so results match numpy
 * to the last bit. `sorted` must be ascending and free of NaN; empty input gives NaN.
 */
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0 || !(q >= 0 && q <= 1))
        return NaN;
    const h = (n - 1) * q;
    const j = Math.floor(h);
    if (j >= n - 1)
        return sorted[n - 1];
    const t = h - j;
    const a = sorted[j];
    const b = sorted[j + 1];
    const diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
/**
 * Two-sided (1 − α) percentile interval of bootstrap replicates (Efron & Tibshirani 1993, §13.3):
 * [Q(α/2), Q(1 − α/2)] with {@link quantileSorted} (type 7, numpy's default). NaN replicates (a metric
 * undefined on that resample, e.g. precision with no predicted positives) are left out; callers that
 * care can count them. Does not modify `samples`.
 */
function percentileInterval(samples, alpha) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`percentileInterval: alpha must be in (0, 1), got ${alpha}`);
    const finite = new Float64Array(samples.length);
    let n = 0;
    for (let i = 0; i < samples.length; i++) {
        const v = samples[i];
        if (v === v)
            finite[n++] = v;
    }
    const sorted = finite.subarray(0, n).sort();
    return [quantileSorted(sorted, alpha / 2), quantileSorted(sorted, 1 - alpha / 2)];
}


/***/ }),

/***/ 99890:
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
