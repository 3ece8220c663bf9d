export const id = 102;
export const ids = [102];
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


/***/ })

};
