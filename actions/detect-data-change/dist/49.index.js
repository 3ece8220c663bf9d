export const id = 49;
export const ids = [49,693];
export const modules = {

/***/ 64693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  profileFiles: () => (/* binding */ profileFiles),
  serveProfiles: () => (/* binding */ serveProfiles)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ../../packages/core/src/workers/entry.ts
var workers_entry = __webpack_require__(13363);
// EXTERNAL MODULE: ../../packages/core/src/io/read.ts + 3 modules
var read = __webpack_require__(53815);
// EXTERNAL MODULE: ../../packages/core/src/stats/quantile.ts
var quantile = __webpack_require__(50898);
// EXTERNAL MODULE: ../../packages/core/src/stats/rng.ts
var rng = __webpack_require__(99890);
// EXTERNAL MODULE: ../../packages/core/src/drift/merge.ts
var merge = __webpack_require__(92279);
// EXTERNAL MODULE: ../../packages/core/src/drift/summary.ts
var summary = __webpack_require__(83475);
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
/** Small non-negative integers are counted in an array, everything else in a Map (hour-of-day, labels, codes stay cheap). */
const DENSE_INTS = 1024;
/**
 * Streaming state of one numeric column: count, nulls, min/max, shifted sums for mean and variance, exact counts of up
 * to MAX_DISTINCT_NUMBERS distinct values, and a uniform reservoir sample (Li 1994, "Reservoir-sampling algorithms of
 * time complexity O(n(1 + log(N/n)))", Algorithm L: after the reservoir fills, the next replaced position is drawn
 * directly, so skipped values cost one comparison).
 */
class NumericAccumulator {
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
    constructor(name) {
        this.rng = (0,rng/* createRng */.S)(seedOf(name));
    }
    add(col) {
        const v = col.values;
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            // NaN (empty cell, "NaN") and ±Infinity are nulls here: neither has a place in a distribution summary (or in JSON).
            if (x - x !== 0) {
                this.nulls++;
                continue;
            }
            const n = ++this.count;
            if (n === 1)
                this.shift = x;
            const d = x - this.shift;
            this.s1 += d;
            this.s2 += d * d;
            if (x < this.min)
                this.min = x;
            if (x > this.max)
                this.max = x;
            if (this.integer && Math.floor(x) !== x)
                this.integer = false;
            if (this.sparse !== null)
                this.countDistinct(x);
            if (n <= RESERVOIR_SIZE) {
                this.reservoir[n - 1] = x;
                if (n === RESERVOIR_SIZE)
                    this.startSkipping();
            }
            else if (n === this.nextReplace) {
                this.reservoir[this.rng.nextInt(RESERVOIR_SIZE)] = x;
                this.w *= Math.exp(Math.log(this.rng.next()) / RESERVOIR_SIZE);
                this.nextReplace += Math.floor(Math.log(this.rng.next()) / Math.log(1 - this.w)) + 1;
            }
        }
    }
    startSkipping() {
        this.w = Math.exp(Math.log(this.rng.next()) / RESERVOIR_SIZE);
        this.nextReplace = RESERVOIR_SIZE + Math.floor(Math.log(this.rng.next()) / Math.log(1 - this.w)) + 1;
    }
    countDistinct(x) {
        if (x >= 0 && x < DENSE_INTS && (x | 0) === x && this.dense !== null) {
            if (this.dense[x]++ === 0)
                this.denseUsed++;
        }
        else {
            this.sparse.set(x, (this.sparse.get(x) ?? 0) + 1);
        }
        if (this.denseUsed + this.sparse.size > summary/* MAX_DISTINCT_NUMBERS */.Jj) {
            this.sparse = null;
            this.dense = null;
        }
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
            for (let i = 0; i <= summary/* QUANTILE_STEPS */.SQ; i++)
                quantiles.push((0,quantile/* quantileSorted */.Z)(sample, i / summary/* QUANTILE_STEPS */.SQ));
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
            ...(n <= summary/* SMALL_REFERENCE_ROWS */.wQ && n > 0 ? { values: Array.from(sample) } : {}),
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
        const s = (0,merge/* asCategorical */.ji)(acc.summary());
        c.count = s.count;
        c.nulls = s.nulls;
        c.other = s.other;
        c.boolean = false;
        c.seenMore = s.distinctCapped;
        for (const [k, v] of s.top)
            c.counts.set(k, v);
        return c;
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
        const all = (0,merge/* sortTop */.C_)([...this.counts]);
        const top = all.slice(0, summary/* MAX_STORED_CATEGORIES */.Q);
        const rest = all.slice(summary/* MAX_STORED_CATEGORIES */.Q).reduce((t, [, c]) => t + c, 0);
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
class TableProfiler {
    rows = 0;
    order = [];
    acc = new Map();
    addBatch(columns, columnNames, rowCount) {
        for (const name of columnNames) {
            const col = columns.get(name);
            if (!col)
                continue;
            let a = this.acc.get(name);
            if (!a) {
                a = col.kind === 'number' ? new NumericAccumulator(name) : new CategoricalAccumulator();
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
/** Profile a CSV/TSV/JSONL/Parquet file (optionally gzipped) in one streaming pass. `label` names it in errors. */
async function profileFile(path, label) {
    const p = new TableProfiler();
    for await (const batch of (0,read/* streamTable */.t)(path, { label }))
        p.addBatch(batch.columns, batch.columnNames, batch.rowCount);
    return p.profile();
}

;// CONCATENATED MODULE: ../../packages/core/src/detect/profile-pool.ts
/**
 * Profiles of several tabular files (a sharded table: part-0000.csv, part-0001.csv, ...) on every core: this thread
 * and worker threads each profile whole files, largest first. A file's profile is computed by the same code
 * (profileFile) whichever thread takes it, so the result is the same, bit for bit, as profiling them one after
 * another; the tests compare the two. One file is never split: a single large file is profiled on one thread.
 */




/**
 * Below this many bytes in all, the files are profiled on this thread: a worker costs ~0.1 s to start and load the
 * readers. MLCI_WORKER_MIN_BYTES overrides it (the tests set 0 to compare both paths on small files).
 */
const DEFAULT_MIN_BYTES = 32 * 1024 * 1024;
function minBytes() {
    const v = process.env.MLCI_WORKER_MIN_BYTES;
    const n = v === undefined || v === '' ? NaN : Number(v);
    return Number.isFinite(n) && n >= 0 ? n : DEFAULT_MIN_BYTES;
}
/**
 * Profile files, results in the order of `jobs`. When several fail, the error of the first in that order is thrown,
 * as a sequential run would.
 */
async function profileFiles(jobs, opts = {}) {
    const entry = (0,workers_entry/* workerEntry */.xA)();
    const total = jobs.reduce((s, j) => s + j.size, 0);
    const workerCount = Math.min((opts.threads ?? (0,external_node_os_.availableParallelism)()) - 1, jobs.length - 1);
    const results = new Array(jobs.length);
    const errors = new Array(jobs.length);
    if (!entry || workerCount < 1 || total < minBytes()) {
        for (let i = 0; i < jobs.length; i++)
            results[i] = await profileFile(jobs[i].path, jobs[i].label);
        return { profiles: results, threads: 1 };
    }
    const queue = jobs.map((_, i) => i).sort((a, b) => jobs[b].size - jobs[a].size || a - b);
    const workers = [];
    const onMain = async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
            try {
                results[i] = await profileFile(jobs[i].path, jobs[i].label);
            }
            catch (e) {
                errors[i] = e;
            }
        }
    };
    const onWorker = (w) => new Promise((resolve, reject) => {
        let current;
        const next = () => {
            current = queue.shift();
            if (current === undefined)
                return resolve();
            w.postMessage({ id: current, path: jobs[current].path, label: jobs[current].label });
        };
        w.on('message', (m) => {
            if ('profile' in m)
                results[m.id] = m.profile;
            else
                errors[m.id] = (0,workers_entry/* receivedError */.ac)(m.error);
            next();
        });
        w.on('error', reject);
        w.on('exit', (code) => {
            if (current !== undefined)
                reject(new Error(`a profile worker exited (code ${code}) while profiling ${jobs[current].path}`));
        });
        next();
    });
    try {
        const runs = [];
        for (let k = 0; k < workerCount; k++) {
            const w = new external_node_worker_threads_.Worker(entry, { workerData: (0,workers_entry/* workerDataFor */.Ic)('profile') });
            workers.push(w);
            runs.push(onWorker(w));
        }
        // This thread takes files too, from the same queue, while the workers start.
        runs.push(onMain());
        await Promise.all(runs);
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
    const firstError = errors.find((e) => e !== undefined);
    if (firstError)
        throw firstError;
    return { profiles: results, threads: workerCount + 1 };
}
/** The worker side: profile each file the parent sends, one at a time. */
function serveProfiles() {
    const port = external_node_worker_threads_.parentPort;
    port.on('message', async (job) => {
        let reply;
        try {
            reply = { id: job.id, profile: await profileFile(job.path, job.label) };
        }
        catch (e) {
            reply = { id: job.id, error: (0,workers_entry/* sendableError */.TQ)(e) };
        }
        port.postMessage(reply);
    });
}


/***/ }),

/***/ 16436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ quantileAt),
/* harmony export */   RO: () => (/* binding */ cdfBelow),
/* harmony export */   RZ: () => (/* binding */ quantileCdf),
/* harmony export */   SH: () => (/* binding */ empiricalCdf),
/* harmony export */   Xm: () => (/* binding */ mergedBreakpoints),
/* harmony export */   bF: () => (/* binding */ cdfAt),
/* harmony export */   g1: () => (/* binding */ countsCdf),
/* harmony export */   xj: () => (/* binding */ mixtureQuantiles)
/* harmony export */ });
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
/**
 * Mixture CDF Σ wᵢ·Fᵢ / Σ wᵢ, summarised again as `points` + 1 quantiles. Used to merge the per-file profiles of
 * one table (weights = row counts) without revisiting the data.
 */
function mixtureQuantiles(parts, points) {
    const live = parts.filter((p) => p.weight > 0);
    if (live.length === 1)
        return Array.from({ length: points + 1 }, (_, i) => quantileAt(live[0].cdf, i / points));
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
    const mix = { xs: Float64Array.from(xs), ps: Float64Array.from(ps) };
    return Array.from({ length: points + 1 }, (_, i) => quantileAt(mix, i / points));
}


/***/ }),

/***/ 92279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ sortTop),
/* harmony export */   FR: () => (/* binding */ mergeTableProfiles),
/* harmony export */   ji: () => (/* binding */ asCategorical)
/* harmony export */ });
/* unused harmony exports mergeColumnTypes, mergeSummaries */
/* harmony import */ var _cdf_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16436);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83475);


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
    const values = a.values && b.values && n <= _summary_js__WEBPACK_IMPORTED_MODULE_0__/* .SMALL_REFERENCE_ROWS */ .wQ ? Array.from(Float64Array.from([...a.values, ...b.values]).sort()) : undefined;
    let distinct;
    if (a.distinct && b.distinct) {
        const m = new Map(a.distinct);
        for (const [v, c] of b.distinct)
            m.set(v, (m.get(v) ?? 0) + c);
        if (m.size <= _summary_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DISTINCT_NUMBERS */ .Jj)
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
        quantiles: (0,_cdf_js__WEBPACK_IMPORTED_MODULE_1__/* .mixtureQuantiles */ .xj)([
            { cdf: (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryCdf */ .SL)(a), weight: a.count },
            { cdf: (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryCdf */ .SL)(b), weight: b.count },
        ], _summary_js__WEBPACK_IMPORTED_MODULE_0__/* .QUANTILE_STEPS */ .SQ),
        sampleSize: a.sampleSize + b.sampleSize,
        ...(values ? { values } : {}),
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
        distinct: s.distinct ? s.distinct.length : _summary_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DISTINCT_NUMBERS */ .Jj + 1,
        distinctCapped: !s.distinct,
    };
}
function mergeCategorical(a, b) {
    const m = new Map(a.top);
    for (const [k, c] of b.top)
        m.set(k, (m.get(k) ?? 0) + c);
    const all = sortTop([...m]);
    const top = all.slice(0, _summary_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_STORED_CATEGORIES */ .Q);
    const dropped = all.slice(_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_STORED_CATEGORIES */ .Q).reduce((t, [, c]) => t + c, 0);
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

/***/ 83475:
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29143);
/* harmony import */ var _cdf_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16436);


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
/** Categorical columns store at most this many categories; the rest are counted together as `other`. */
const MAX_STORED_CATEGORIES = 100;
/** Quantile summaries hold the q-quantiles for q = i/QUANTILE_STEPS, i = 0..QUANTILE_STEPS. */
const QUANTILE_STEPS = 200;
const numericSummarySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('numeric'),
    count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    nulls: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    min: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    mean: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    /** Standard deviation, ddof = 1. */
    std: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    /** All values are whole numbers. */
    integer: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** QUANTILE_STEPS + 1 quantiles (empty for an all-null column). */
    quantiles: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
    /** How many values the quantiles rest on: `count` when exact, else the reservoir sample's size. */
    sampleSize: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    /** Every value, ascending, when count ≤ SMALL_REFERENCE_ROWS. */
    values: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()).optional(),
    /** Exact [value, count] pairs, ascending, when the column has at most MAX_DISTINCT_NUMBERS distinct values. */
    distinct: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int()])).optional(),
});
const categoricalSummarySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('categorical'),
    count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    nulls: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    /** Most frequent categories, by count descending then value, with exact counts. */
    top: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int()])),
    /** Rows whose category is not in `top`. */
    other: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    /** Distinct categories seen; a lower bound when `distinctCapped`. */
    distinct: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    distinctCapped: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
});
const columnSummarySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('kind', [numericSummarySchema, categoricalSummarySchema]);
function columnFamily(t) {
    return t === 'integer' || t === 'float' ? 'numeric' : t;
}
/**
 * The CDF a numeric summary stands for: exact when the values or the distinct-value counts are kept, else the
 * quantile summary's.
 */
function summaryCdf(s) {
    if (s.values && s.values.length === s.count)
        return (0,_cdf_js__WEBPACK_IMPORTED_MODULE_1__/* .empiricalCdf */ .SH)(s.values);
    if (s.distinct)
        return (0,_cdf_js__WEBPACK_IMPORTED_MODULE_1__/* .countsCdf */ .g1)(s.distinct);
    return (0,_cdf_js__WEBPACK_IMPORTED_MODULE_1__/* .quantileCdf */ .RZ)(s.quantiles);
}
/** Distinct values of a numeric column when known exactly (≤ MAX_DISTINCT_NUMBERS). */
function numericDistinctCount(s) {
    return s.distinct?.length;
}
const columnTypeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['integer', 'float', 'boolean', 'string', 'empty']);
const columnProfileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    type: columnTypeSchema,
    summary: columnSummarySchema,
});
/** Profile of one table (a file, or the files one `data` pattern matched): exact row count and one entry per column. */
const tableProfileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    rows: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    columns: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(columnProfileSchema),
});


/***/ }),

/***/ 28141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ describeFile),
/* harmony export */   T: () => (/* binding */ detectFormat)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);

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
