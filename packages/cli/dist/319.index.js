export const id = 319;
export const ids = [319,102];
export const modules = {

/***/ 102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  profileFiles: () => (/* binding */ profileFiles),
  serveProfiles: () => (/* binding */ serveProfiles)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ../core/src/workers/entry.ts
var workers_entry = __webpack_require__(8910);
// EXTERNAL MODULE: ../core/src/io/read.ts + 3 modules
var read = __webpack_require__(8752);
// EXTERNAL MODULE: ../core/src/stats/quantile.ts
var quantile = __webpack_require__(3041);
// EXTERNAL MODULE: ../core/src/stats/rng.ts
var rng = __webpack_require__(4663);
// EXTERNAL MODULE: ../core/src/drift/merge.ts
var merge = __webpack_require__(8898);
// EXTERNAL MODULE: ../core/src/drift/summary.ts
var summary = __webpack_require__(9142);
;// CONCATENATED MODULE: ../core/src/detect/profile.ts





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

;// CONCATENATED MODULE: ../core/src/detect/profile-pool.ts
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

/***/ 8129:
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

/***/ 8898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ sortTop),
/* harmony export */   FR: () => (/* binding */ mergeTableProfiles),
/* harmony export */   ji: () => (/* binding */ asCategorical)
/* harmony export */ });
/* unused harmony exports mergeColumnTypes, mergeSummaries */
/* harmony import */ var _cdf_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8129);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9142);


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

/***/ 9142:
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9143);
/* harmony import */ var _cdf_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8129);


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

/***/ 4608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ describeFile),
/* harmony export */   T: () => (/* binding */ detectFormat)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(319);

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


/***/ })

};
