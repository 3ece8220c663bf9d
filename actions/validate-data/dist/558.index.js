export const id = 558;
export const ids = [558];
export const modules = {

/***/ 68264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   VR: () => (/* binding */ maxDocumentBytes),
/* harmony export */   iN: () => (/* binding */ positiveIntEnv)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_DOCUMENT_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85736);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64423);



/** Default largest config or report document (policy, params, metrics file, report) read whole: 16 MiB. */
const DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
/**
 * The largest document read whole, from MLCI_MAX_DOCUMENT_BYTES when set (a positive integer of bytes). A policy or
 * a metrics file is kilobytes; the cap keeps a mistaken path (a data file, a log) from being loaded and parsed.
 */
function maxDocumentBytes(env = process.env) {
    return positiveIntEnv(env, 'MLCI_MAX_DOCUMENT_BYTES', DEFAULT_MAX_DOCUMENT_BYTES);
}
/** A positive integer from an environment variable, or `fallback`; anything else is a UserError naming it. */
function positiveIntEnv(env, name, fallback) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '')
        return fallback;
    const v = Number(raw.trim());
    if (!Number.isSafeInteger(v) || v < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Environment variable ${name} must be a positive whole number of bytes; it is '${raw.slice(0, 40)}'.`);
    return v;
}
/**
 * Read a small text file whole (UTF-8): a regular file only (checked from its stat, never opened otherwise), at most
 * `maxBytes`. `label` names it in errors ("Policy .github/mlci/gate.yml").
 */
function readTextFile(path, label, maxBytes = maxDocumentBytes()) {
    const st = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .statRegularFile */ .b2)(path, label);
    if (st.size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${label} is ${st.size.toLocaleString('en-US')} bytes, over the ${maxBytes.toLocaleString('en-US')}-byte limit for a document read whole; ` +
            `check the path (set MLCI_MAX_DOCUMENT_BYTES to raise the limit)`, { file: path });
    }
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'EACCES' || code === 'EPERM')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${label} cannot be read (permission denied)`, { file: path });
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${label} is a directory, not a regular file; pass the path of a file`, { file: path });
        throw e;
    }
}


/***/ }),

/***/ 31558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateGateOnThreads: () => (/* binding */ evaluateGateOnThreads),
  gateJobHandler: () => (/* binding */ gateJobHandler),
  serveGate: () => (/* binding */ serveGate)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ../../packages/core/src/workers/entry.ts
var workers_entry = __webpack_require__(13363);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/core/src/inputs/document.ts
var inputs_document = __webpack_require__(67292);
// EXTERNAL MODULE: ../../packages/core/src/fs/text.ts
var fs_text = __webpack_require__(68264);
;// CONCATENATED MODULE: ../../packages/core/src/stats/argsort.ts
/**
 * Stable ascending argsort of doubles: returns the positions k (0 ≤ k < len) ordered by `values[rows[k]]`
 * (or `values[k]` without `rows`); equal values keep their position order, so ties break by row order.
 * -0 sorts as +0; NaN sorts after +Infinity (callers reject NaN scores before they get here).
 *
 * Why hand-written: `Array.prototype.sort` with a comparator on 1,000,000 indices costs ~1.3 s on the CI
 * machines; this costs ~0.1 s. DeLong, PR-AUC and the ranking metrics all start from it.
 *
 * Method: the IEEE-754 bits are mapped to an unsigned order (negative numbers: flip every bit; others: flip the
 * sign bit — Herf, "Radix Tricks", 2001). The high 32-bit word is sorted by a stable LSD radix sort (11/11/10-bit
 * digits, trivial passes skipped); runs of equal high words — short for real scores — are then ordered by the
 * low word (insertion sort, or the same radix sort for long runs). Half the passes of a full 64-bit radix sort.
 */
function argsortFloat64(values, rows) {
    return argsortWithTies(values, rows).order;
}
/**
 * Scratch arrays for {@link argsortWithTies}, reusable from one call to the next (DeLong sorts two models of the
 * same rows: one workspace instead of two at ~21 bytes a row; at 10,000,000 rows that is 210 MB). The returned
 * order and tied are views into it, valid until the next call with the same workspace.
 */
class ArgsortWorkspace {
    size;
    hi;
    lo;
    perm;
    keyTmp;
    permTmp;
    tied;
    /** keyTmp and permTmp, side by side. */
    scratch;
    constructor(size) {
        this.size = size;
        this.hi = new Uint32Array(size);
        this.lo = new Uint32Array(size);
        this.perm = new Uint32Array(size);
        this.scratch = new ArrayBuffer(size * 8);
        this.keyTmp = new Uint32Array(this.scratch, 0, size);
        this.permTmp = new Uint32Array(this.scratch, size * 4, size);
        this.tied = new Uint8Array(size);
    }
    /**
     * `size` doubles over the sort's scratch (keyTmp, permTmp), free once a sort has returned and until the next one
     * starts: DeLong keeps the last model's components there instead of in 8 more bytes a row.
     */
    scratchFloat64() {
        return new Float64Array(this.scratch, 0, this.size);
    }
}
/** The caller's workspace when it holds n values, else a new one (freed with the result). */
function workspaceFor(n, workspace) {
    return workspace && workspace.size >= n ? workspace : new ArgsortWorkspace(n);
}
// One double and its two 32-bit words: the key split reads each value once, without a copy of the whole column.
const SPLIT = new Float64Array(1);
const SPLIT_WORDS = new Uint32Array(SPLIT.buffer);
/** {@link argsortFloat64} that also reports the tie structure of the sorted values. */
function argsortWithTies(values, rows, workspace) {
    const n = rows ? rows.length : values.length;
    const ws = workspaceFor(n, workspace);
    const { lo, hi, keyTmp, permTmp } = ws;
    const perm = ws.perm.subarray(0, n);
    const tied = ws.tied.subarray(0, n).fill(0);
    // Two 32-bit words per double; which one is the high word depends on the platform's byte order.
    for (let k = 0; k < n; k++) {
        SPLIT[0] = (rows ? values[rows[k]] : values[k]) + 0; // + 0 turns -0 into +0
        let h = SPLIT_WORDS[HI];
        let l = SPLIT_WORDS[LO];
        if (h & 0x80000000) {
            h = ~h;
            l = ~l;
        }
        else {
            h |= 0x80000000;
        }
        hi[k] = h >>> 0;
        lo[k] = l >>> 0;
        perm[k] = k;
    }
    sortSegment(hi, perm, keyTmp, permTmp, 0, n);
    // Order each run of equal high words by the low word, then position (stability); mark ties.
    let s = 0;
    while (s < n) {
        const h = hi[s];
        let e = s + 1;
        while (e < n && hi[e] === h)
            e++;
        if (e - s > 1) {
            // Exact ties (scores rounded to a few decimals make long runs of them) are already in position order.
            const l0 = lo[perm[s]];
            let t = s + 1;
            while (t < e && lo[perm[t]] === l0)
                t++;
            if (t === e) {
                tied.fill(1, s + 1, e);
            }
            else if (e - s <= INSERTION_MAX) {
                for (let j = s + 1; j < e; j++) {
                    const p = perm[j];
                    const key = lo[p];
                    let i = j - 1;
                    while (i >= s && (lo[perm[i]] > key || (lo[perm[i]] === key && perm[i] > p))) {
                        perm[i + 1] = perm[i];
                        i--;
                    }
                    perm[i + 1] = p;
                }
            }
            else {
                // Long run: gather its low words and radix-sort the run (stable, so position order is kept).
                for (let j = s; j < e; j++)
                    keyTmp[j] = lo[perm[j]];
                sortSegment(keyTmp, perm, hi, permTmp, s, e); // hi[s..e) is all equal and no longer needed
            }
            if (t < e)
                for (let i = s + 1; i < e; i++)
                    tied[i] = lo[perm[i]] === lo[perm[i - 1]] ? 1 : 0;
        }
        s = e;
    }
    return { order: perm, tied };
}
/**
 * {@link argsortWithTies} of a column given as dense ranks (equal values ⇔ equal ranks, order kept: see
 * {@link denseRanks}): the same order and ties, from a radix sort of one 32-bit word (two passes below 2^22
 * distinct values) instead of a double's two words. DeLong sorts each slice this way once the overall slice has
 * ranked the whole column.
 */
function argsortRanksWithTies(rank, rows, workspace) {
    const n = rows ? rows.length : rank.length;
    const ws = workspaceFor(n, workspace);
    const { hi: key, keyTmp, permTmp } = ws;
    const perm = ws.perm.subarray(0, n);
    const tied = ws.tied.subarray(0, n);
    if (rows)
        for (let k = 0; k < n; k++)
            key[k] = rank[rows[k]];
    else
        key.set(rank.subarray(0, n));
    for (let k = 0; k < n; k++)
        perm[k] = k;
    sortSegment(key, perm, keyTmp, permTmp, 0, n);
    if (n > 0)
        tied[0] = 0;
    for (let j = 1; j < n; j++)
        tied[j] = key[j] === key[j - 1] ? 1 : 0;
    return { order: perm, tied };
}
/**
 * Dense ranks from a sorted order: out[row] = number of distinct values below the row's value, for the rows the
 * order covers (`rows[order[j]]`, or `order[j]` without rows).
 */
function denseRanks(sorted, rows, out) {
    const { order, tied } = sorted;
    let r = 0;
    for (let j = 0; j < order.length; j++) {
        if (j > 0 && tied[j] === 0)
            r++;
        out[rows ? rows[order[j]] : order[j]] = r;
    }
}
const INSERTION_MAX = 48;
const BUCKETS = 2048;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
/**
 * Stable LSD radix sort of key[s..e) carrying perm[s..e) along, in place. keyTmp/permTmp are scratch; only
 * their [s, e) part is written.
 */
function sortSegment(key, perm, keyTmp, permTmp, s, e) {
    const len = e - s;
    const hist = new Uint32Array(3 * BUCKETS);
    for (let k = s; k < e; k++) {
        const v = key[k];
        hist[v & 0x7ff]++;
        hist[BUCKETS + ((v >>> 11) & 0x7ff)]++;
        hist[2 * BUCKETS + (v >>> 22)]++;
    }
    let srcK = key;
    let srcP = perm;
    let dstK = keyTmp;
    let dstP = permTmp;
    for (let pass = 0; pass < 3; pass++) {
        const shift = pass * 11;
        const mask = pass === 2 ? 0x3ff : 0x7ff;
        const off = pass * BUCKETS;
        if (hist[off + ((srcK[s] >>> shift) & mask)] === len)
            continue; // every key has this digit
        let sum = s;
        for (let d = 0; d < BUCKETS; d++) {
            const c = hist[off + d];
            hist[off + d] = sum;
            sum += c;
        }
        for (let k = s; k < e; k++) {
            const v = srcK[k];
            const dst = hist[off + ((v >>> shift) & mask)]++;
            dstK[dst] = v;
            dstP[dst] = srcP[k];
        }
        const tk = srcK;
        srcK = dstK;
        dstK = tk;
        const tp = srcP;
        srcP = dstP;
        dstP = tp;
    }
    if (srcK !== key) {
        key.set(srcK.subarray(s, e), s);
        perm.set(srcP.subarray(s, e), s);
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/ranked.ts

/**
 * Shared `prepare` of the score-ordered binary metrics (auc, pr-auc): the stable ascending order of the slice's
 * scores (O(n) radix sort), its tie groups, and the labels copied into that order — so that each bootstrap
 * replicate is one sequential pass whose only random access is reading the replicate's weight of each row.
 */
function prepareScoreOrder(cols, rows) {
    const { order, tied } = argsortWithTies(cols.score, rows);
    const positive = new Uint8Array(order.length);
    for (let j = 0; j < order.length; j++)
        positive[j] = binaryLabel(cols.label, rows[order[j]]);
    return { order, tied, positive };
}
/** Internal: the prepared order, or a fresh one when none (or one for other rows) is given. */
function scoreOrder(cols, rows, prepared) {
    const p = prepared;
    if (p && p.positive instanceof Uint8Array && p.order.length === rows.length)
        return p;
    return prepareScoreOrder(cols, rows);
}
/** Internal: 1 for a positive label, 0 for a negative one; throws on anything else (files are validated upstream). */
function binaryLabel(label, r) {
    const y = label[r];
    if (y === 1)
        return 1;
    if (y === 0)
        return 0;
    throw new RangeError(`label at row ${r} is ${y}; binary metrics need 0 or 1`);
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/auc.ts

/**
 * ROC AUC as the Mann–Whitney statistic (Hanley & McNeil 1982): the probability that a random positive
 * scores above a random negative, ties counting ½ — equal to sklearn's `roc_auc_score` (trapezoidal ROC).
 *   AUC = Σ_groups w⁺_g·(W⁻_below + ½·w⁻_g) / (W⁺·W⁻)
 * over tie groups g in ascending score order, with (integer) weights w. Numerators are sums of halves of
 * integers, exact in doubles. NaN without both classes.
 */
function aucValue(cols, rows, prepared, weights) {
    const { order, tied, positive } = scoreOrder(cols, rows, prepared);
    const len = order.length;
    let negBelow = 0;
    let posTotal = 0;
    let twice = 0;
    let wp = 0;
    let wn = 0;
    for (let j = 0; j < len; j++) {
        const w = weights ? weights[order[j]] : 1;
        if (positive[j] === 1)
            wp += w;
        else
            wn += w;
        if (j + 1 === len || tied[j + 1] === 0) {
            // End of a tie group.
            twice += wp * (2 * negBelow + wn);
            negBelow += wn;
            posTotal += wp;
            wp = 0;
            wn = 0;
        }
    }
    if (posTotal === 0 || negBelow === 0)
        return NaN;
    return twice / (2 * posTotal * negBelow);
}
const auc = {
    name: 'auc',
    label: 'AUC',
    tasks: ['binary-classification'],
    direction: 'higher',
    family: 'auc',
    needs: ['positives', 'negatives'],
    prepare: prepareScoreOrder,
    compute: aucValue,
};

;// CONCATENATED MODULE: ../../packages/core/src/metrics/average-precision.ts

/**
 * Average precision, sklearn's `average_precision_score` definition (step-wise, no interpolation):
 *   AP = Σ_k (R_k − R_{k−1})·P_k
 * over the distinct score thresholds in descending order, P_k = TP_k/(TP_k + FP_k), R_k = TP_k/P (Su et al.
 * 2015; scikit-learn docs "Precision-recall"). Rows with equal scores enter together (one threshold).
 * Weighted counts with bootstrap weights. NaN without positives.
 */
function averagePrecision(cols, rows, prepared, weights) {
    const { order, tied, positive } = scoreOrder(cols, rows, prepared);
    let tp = 0;
    let fp = 0;
    let sum = 0;
    let wp = 0;
    let wn = 0;
    // From the top score down; a tie group ends where tied[j] = 0 (its lowest member).
    for (let j = order.length - 1; j >= 0; j--) {
        const w = weights ? weights[order[j]] : 1;
        if (positive[j] === 1)
            wp += w;
        else
            wn += w;
        if (tied[j] === 0) {
            tp += wp;
            fp += wn;
            if (wp > 0)
                sum += (wp * tp) / (tp + fp);
            wp = 0;
            wn = 0;
        }
    }
    return tp === 0 ? NaN : sum / tp;
}
const prAuc = {
    name: 'pr-auc',
    label: 'PR-AUC',
    tasks: ['binary-classification'],
    direction: 'higher',
    family: 'resample',
    needs: ['positives'],
    prepare: prepareScoreOrder,
    compute: averagePrecision,
};

;// CONCATENATED MODULE: ../../packages/core/src/metrics/confusion.ts
/**
 * Confusion counts: a row is predicted positive when score ≥ threshold (STATS.md report conventions);
 * labels must be 0 or 1. `rows` selects a slice; `weights[i]` multiplies row rows[i] (bootstrap replicate).
 * One pass over typed arrays, no per-row objects.
 */
function confusionCounts(labels, scores, threshold, rows, weights) {
    const len = rows ? rows.length : labels.length;
    // Index 2·label + predicted: [tn, fp, fn, tp].
    const c = [0, 0, 0, 0];
    for (let i = 0; i < len; i++) {
        const r = rows ? rows[i] : i;
        const y = labels[r];
        if (y !== 0 && y !== 1)
            throw new RangeError(`label at row ${r} is ${y}; binary metrics need 0 or 1`);
        c[2 * y + (scores[r] >= threshold ? 1 : 0)] += weights ? weights[i] : 1;
    }
    return { tp: c[3], fp: c[1], tn: c[0], fn: c[2] };
}
/**
 * The 8-cell paired table of two models on the same rows: cell index = label·4 + predA·2 + predB, with
 * pred = score ≥ threshold. Count metrics of both models and McNemar's discordant pairs are functions of
 * it, and a Multinomial(n; cells/n) draw has exactly the distribution of the row-bootstrap cells
 * (STATS.md "Methods"), so a replicate costs O(1) instead of O(n).
 */
function pairedCells(labels, scoresA, scoresB, threshold, rows) {
    const cells = new Float64Array(8);
    const len = rows ? rows.length : labels.length;
    for (let i = 0; i < len; i++) {
        const r = rows ? rows[i] : i;
        const y = labels[r];
        if (y !== 0 && y !== 1)
            throw new RangeError(`label at row ${r} is ${y}; binary metrics need 0 or 1`);
        cells[4 * y + (scoresA[r] >= threshold ? 2 : 0) + (scoresB[r] >= threshold ? 1 : 0)]++;
    }
    return cells;
}
/** Confusion counts of model A (model 0) or B (model 1) from the 8 paired cells (or a multinomial draw of them). */
function countsFromCells(cells, model) {
    if (model === 0) {
        // predA is bit 2 of the cell index.
        return { tp: cells[6] + cells[7], fn: cells[4] + cells[5], fp: cells[2] + cells[3], tn: cells[0] + cells[1] };
    }
    // predB is bit 1.
    return { tp: cells[5] + cells[7], fn: cells[4] + cells[6], fp: cells[1] + cells[3], tn: cells[0] + cells[2] };
}
/**
 * McNemar's discordant counts from the paired cells: b = A right and B wrong (label 1: A+ B−, label 0: A− B+),
 * c = the reverse. Feed to stats `mcnemarExact(b, c)`.
 */
function discordantFromCells(cells) {
    return { b: cells[6] + cells[1], c: cells[5] + cells[2] };
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/count-metrics.ts

function countMetric(name, direction, numerator, denominator, extra = {}) {
    const fromCounts = (tp, fp, tn, fn) => {
        const den = denominator(tp, fp, tn, fn);
        return den === 0 ? NaN : numerator(tp, fp, tn, fn) / den;
    };
    return {
        name,
        tasks: ['binary-classification'],
        direction,
        family: 'count',
        probability: true,
        fromCounts,
        numerator,
        denominator,
        ...extra,
        compute(cols, rows, _prepared, weights) {
            const c = confusionCounts(cols.label, cols.score, cols.threshold, rows, weights);
            return fromCounts(c.tp, c.fp, c.tn, c.fn);
        },
    };
}
const count_metrics_all = (tp, fp, tn, fn) => tp + fp + tn + fn;
const accuracy = countMetric('accuracy', 'higher', (tp, _fp, tn) => tp + tn, count_metrics_all, { exactTest: 'mcnemar' });
const precision = countMetric('precision', 'higher', (tp) => tp, (tp, fp) => tp + fp, { needs: ['predicted-positives'] });
const recall = countMetric('recall', 'higher', (tp) => tp, (tp, _fp, _tn, fn) => tp + fn, { needs: ['positives'] });
/** F1's denominator 2·tp + fp + fn = positives + predicted positives: it needs positives to mean anything. */
const f1 = countMetric('f1', 'higher', (tp) => 2 * tp, (tp, fp, _tn, fn) => 2 * tp + fp + fn, { label: 'F1', needs: ['positives'] });
const fpr = countMetric('fpr', 'lower', (_tp, fp) => fp, (_tp, fp, tn) => fp + tn, { label: 'FPR', needs: ['negatives'] });
/** Descriptive rather than better-when-higher: gate it with `min`/`max` bounds or through fairness checks. */
const selectionRate = countMetric('selection-rate', 'higher', (tp, fp) => tp + fp, count_metrics_all);

;// CONCATENATED MODULE: ../../packages/core/src/metrics/multiclass.ts
/**
 * Multiclass metrics over ONE class list: the K classes of the policy's `columns.scores`, for both models, every
 * slice and every bootstrap replicate — so a model is never judged on a different set of classes than the other.
 */
/** Internal: the predicted class of row r = argmax over classes (the first class on ties, like numpy's argmax). */
function argmaxRow(scores2d, r) {
    let best = 0;
    let bestScore = scores2d[0][r];
    for (let c = 1; c < scores2d.length; c++) {
        const s = scores2d[c][r];
        if (s > bestScore) {
            best = c;
            bestScore = s;
        }
    }
    return best;
}
function classScores(cols) {
    const s = cols.scores2d;
    if (!s || s.length < 2)
        throw new RangeError('multiclass metrics need cols.scores2d with one score array per class (≥ 2)');
    return s;
}
function classOf(label, r, k) {
    const y = label[r];
    if (!Number.isInteger(y) || y < 0 || y >= k)
        throw new RangeError(`label at row ${r} is ${y}; expected a class index 0..${k - 1}`);
    return y;
}
/** Predicted class (argmax, first class on ties) of each of `rows`: one pass over the K score columns. */
function predictedClasses(scores2d, rows) {
    const n = rows.length;
    const pred = new Uint32Array(n);
    const best = new Float64Array(n);
    const s0 = scores2d[0];
    for (let i = 0; i < n; i++)
        best[i] = s0[rows[i]];
    // Column at a time (monomorphic loops over typed arrays); strict > keeps the first class on ties.
    for (let c = 1; c < scores2d.length; c++) {
        const s = scores2d[c];
        for (let i = 0; i < n; i++) {
            const x = s[rows[i]];
            if (x > best[i]) {
                best[i] = x;
                pred[i] = c;
            }
        }
    }
    return pred;
}
/** K×K confusion matrix conf[true·K + predicted] of `rows` (weighted by `weights` when given). */
function confusion(cols, rows, weights) {
    const s = classScores(cols);
    const k = s.length;
    const conf = new Float64Array(k * k);
    for (let i = 0; i < rows.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        const r = rows[i];
        conf[classOf(cols.label, r, k) * k + argmaxRow(s, r)] += w;
    }
    return { conf, k };
}
/** Accuracy from a confusion matrix: trace / total; NaN when empty. */
function accuracyFromConfusion(conf, k) {
    let hit = 0;
    let total = 0;
    for (let t = 0; t < k; t++) {
        for (let p = 0; p < k; p++)
            total += conf[t * k + p];
        hit += conf[t * k + t];
    }
    return total === 0 ? NaN : hit / total;
}
/**
 * Macro F1 from a confusion matrix: the mean over ALL K classes of F1_c = 2·tp_c / (2·tp_c + fp_c + fn_c), where a
 * class with no true rows and no predictions (tp = fp = fn = 0) counts F1 = 0 — sklearn's
 * `f1_score(y, pred, labels=range(K), average='macro', zero_division=0)` (its default for 0/0 too). Such a class
 * lowers both models' value by the same 1/K and leaves Δ unchanged. NaN when empty.
 */
function macroF1FromConfusion(conf, k) {
    let sum = 0;
    let total = 0;
    for (let c = 0; c < k; c++) {
        let rowSum = 0; // tp + fn
        let colSum = 0; // tp + fp
        for (let j = 0; j < k; j++) {
            rowSum += conf[c * k + j];
            colSum += conf[j * k + c];
        }
        total += rowSum;
        const tp = conf[c * k + c];
        const den = rowSum + colSum; // 2·tp + fp + fn
        if (den > 0)
            sum += (2 * tp) / den;
    }
    return total === 0 ? NaN : sum / k;
}
/** Multiclass accuracy: share of rows whose argmax class equals the label (sklearn `accuracy_score`). */
function multiclassAccuracy(cols, rows, _prepared, weights) {
    const { conf, k } = confusion(cols, rows, weights);
    return accuracyFromConfusion(conf, k);
}
/** Macro-averaged F1 over the K classes of `cols.scores2d` (see {@link macroF1FromConfusion}). NaN for an empty slice. */
function macroF1(cols, rows, _prepared, weights) {
    const { conf, k } = confusion(cols, rows, weights);
    return macroF1FromConfusion(conf, k);
}
function pairedClassCells(label, scoresA, scoresB, rows) {
    const k = scoresA.length;
    if (scoresB.length !== k)
        throw new RangeError(`pairedClassCells: ${k} candidate classes but ${scoresB.length} baseline classes`);
    const pa = predictedClasses(scoresA, rows);
    const pb = predictedClasses(scoresB, rows);
    const counts = new Map();
    const dense = k * k * k <= 1 << 20 ? new Float64Array(k * k * k) : undefined;
    for (let i = 0; i < rows.length; i++) {
        const code = (classOf(label, rows[i], k) * k + pa[i]) * k + pb[i];
        if (dense)
            dense[code]++;
        else
            counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const codes = [];
    if (dense) {
        for (let c = 0; c < dense.length; c++)
            if (dense[c] > 0)
                codes.push(c);
    }
    else {
        codes.push(...counts.keys());
        codes.sort((x, y) => x - y);
    }
    const m = codes.length;
    const out = { k, label: new Uint32Array(m), predA: new Uint32Array(m), predB: new Uint32Array(m), count: new Float64Array(m) };
    codes.forEach((code, j) => {
        out.label[j] = Math.floor(code / (k * k));
        out.predA[j] = Math.floor(code / k) % k;
        out.predB[j] = code % k;
        out.count[j] = dense ? dense[code] : counts.get(code);
    });
    return out;
}
const multiclassAccuracyMetric = {
    name: 'accuracy',
    tasks: ['multiclass'],
    direction: 'higher',
    family: 'resample',
    compute: multiclassAccuracy,
    fromConfusion: accuracyFromConfusion,
};
const macroF1Metric = {
    name: 'macro-f1',
    tasks: ['multiclass'],
    direction: 'higher',
    family: 'resample',
    compute: macroF1,
    fromConfusion: macroF1FromConfusion,
};

;// CONCATENATED MODULE: ../../packages/core/src/metrics/mean-metric.ts
/**
 * Weighted mean of a per-row loss over the rows of a slice: Σ wᵢ·ℓ(yᵢ, sᵢ) / Σ wᵢ (plain mean without weights).
 * NaN for an empty slice or when any row's loss is NaN (e.g. mape at label 0).
 */
function meanOfRows(perRow, cols, rows, weights) {
    const { label, score } = cols;
    let sum = 0;
    let wsum = 0;
    if (weights) {
        for (let i = 0; i < rows.length; i++) {
            const w = weights[i];
            if (w === 0)
                continue;
            const r = rows[i];
            sum += w * perRow(label[r], score[r]);
            wsum += w;
        }
    }
    else {
        for (let i = 0; i < rows.length; i++) {
            const r = rows[i];
            sum += perRow(label[r], score[r]);
        }
        wsum = rows.length;
    }
    return wsum === 0 ? NaN : sum / wsum;
}
/** A 'mean'-family metric: the gate can test it on paired per-row differences perRow(y, a) − perRow(y, b). */
function meanMetric(name, tasks, direction, perRow, probability = false, label) {
    return {
        name,
        label,
        tasks,
        direction,
        family: 'mean',
        probability,
        perRow,
        compute: (cols, rows, _prepared, weights) => meanOfRows(perRow, cols, rows, weights),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/probability-metrics.ts


/** Scores are clipped to [ε, 1 − ε] before the log, as sklearn's `log_loss` (ε = 1e−15 up to sklearn 1.2). */
const LOG_LOSS_EPS = 1e-15;
/**
 * Log-loss (binary cross-entropy) of one row: −ln p for a positive, −ln(1 − p) for a negative, with
 * p = clip(score, ε, 1 − ε), ε = 1e−15 (sklearn `log_loss` ≤ 1.2; sklearn ≥ 1.5 clips at float64 machine ε,
 * which only differs for scores within 1e−15 of 0 or 1). NaN for a label other than 0/1.
 */
function logLossRow(label, score) {
    const p = score < LOG_LOSS_EPS ? LOG_LOSS_EPS : score > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : score;
    return label === 1 ? -Math.log(p) : label === 0 ? -Math.log(1 - p) : NaN;
}
/** Brier score of one row: (score − label)² (Brier 1950; sklearn `brier_score_loss`). */
function brierRow(label, score) {
    const d = score - label;
    return d * d;
}
const logLoss = meanMetric('log-loss', ['binary-classification'], 'lower', logLossRow, true);
const brier = meanMetric('brier', ['binary-classification'], 'lower', brierRow, true);
/** Number of equal-width bins of {@link expectedCalibrationError}. */
const ECE_BINS = 10;
/**
 * Expected calibration error with 10 equal-width bins over [0, 1] (Naeini, Cooper & Hauskrecht 2015;
 * Guo et al. 2017), in its positive-class form:
 *   ECE = Σ_b (n_b / N)·|mean(label)_b − mean(score)_b|
 * A row falls in bin b = min(⌊10·score⌋, 9), so bins are [b/10, (b+1)/10) and the last one includes 1.
 * This is the calibration of the positive-class probability (a reliability diagram's gaps), not the
 * "confidence = max(p, 1 − p)" variant of Guo et al. for multiclass. Weighted by bootstrap weights. NaN when empty.
 */
function expectedCalibrationError(cols, rows, _prepared, weights) {
    const { label, score } = cols;
    const count = new Float64Array(ECE_BINS);
    const sumY = new Float64Array(ECE_BINS);
    const sumS = new Float64Array(ECE_BINS);
    let total = 0;
    for (let i = 0; i < rows.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        const r = rows[i];
        const s = score[r];
        let b = Math.floor(s * ECE_BINS);
        if (b >= ECE_BINS)
            b = ECE_BINS - 1;
        else if (b < 0)
            b = 0;
        count[b] += w;
        sumY[b] += w * binaryLabel(label, r);
        sumS[b] += w * s;
        total += w;
    }
    if (total === 0)
        return NaN;
    let ece = 0;
    for (let b = 0; b < ECE_BINS; b++) {
        if (count[b] > 0)
            ece += (count[b] / total) * Math.abs(sumY[b] / count[b] - sumS[b] / count[b]);
    }
    return ece;
}
const ece = {
    name: 'ece',
    label: 'ECE',
    tasks: ['binary-classification'],
    direction: 'lower',
    family: 'resample',
    probability: true,
    compute: expectedCalibrationError,
};

;// CONCATENATED MODULE: ../../packages/core/src/metrics/ranking.ts

// One grouping per (rows, score, query) triple: ndcg@k, mrr and map on the same slice share the two sorts.
const groupCache = new WeakMap();
/** Groups the rows of a slice by query, each query's rows ranked by score (a radix sort by score, a counting sort by query). */
function queryGroups(cols, rows) {
    const query = cols.query;
    if (!query)
        throw new RangeError('ranking metrics need cols.query (one query code per row)');
    let byScore = groupCache.get(rows);
    const hit = byScore?.get(cols.score);
    if (hit && hit.query === query)
        return hit.groups;
    const len = rows.length;
    // Descending score, stable: ascending sort of −score keeps position order within ties.
    const neg = new Float64Array(len);
    for (let k = 0; k < len; k++)
        neg[k] = -cols.score[rows[k]];
    const byRank = argsortWithTies(neg).order;
    let min = 0;
    let max = -1;
    for (let k = 0; k < len; k++) {
        const q = query[rows[k]];
        if (k === 0 || q < min)
            min = q;
        if (k === 0 || q > max)
            max = q;
    }
    let groups;
    const span = max - min + 1;
    if (span <= 4 * len + 1024) {
        // Query codes are small integers (dictionary codes): a stable counting sort of the rank order, O(n + span).
        const next = new Uint32Array(span + 1);
        for (let j = 0; j < len; j++)
            next[query[rows[byRank[j]]] - min + 1]++;
        let nq = 0;
        for (let c = 1; c <= span; c++)
            if (next[c] > 0)
                nq++;
        const start = new Uint32Array(nq + 1);
        for (let c = 0, q = 0; c < span; c++) {
            if (next[c + 1] > 0)
                start[q++] = next[c];
            next[c + 1] += next[c];
        }
        start[nq] = len;
        const order = new Uint32Array(len);
        for (let j = 0; j < len; j++) {
            const k = byRank[j];
            order[next[query[rows[k]] - min]++] = k;
        }
        groups = { order, start };
    }
    else {
        const codes = new Float64Array(len);
        for (let j = 0; j < len; j++)
            codes[j] = query[rows[byRank[j]]];
        const perm = argsortFloat64(codes); // stable: keeps the rank order inside each query
        const order = new Uint32Array(len);
        for (let j = 0; j < len; j++)
            order[j] = byRank[perm[j]];
        const starts = [];
        for (let j = 0; j < len; j++)
            if (j === 0 || codes[perm[j]] !== codes[perm[j - 1]])
                starts.push(j);
        starts.push(len);
        groups = { order, start: Uint32Array.from(starts) };
    }
    if (!byScore) {
        byScore = new WeakMap();
        groupCache.set(rows, byScore);
    }
    byScore.set(cols.score, { query, groups });
    return groups;
}
/** Number of distinct queries among `rows` (min-support for ranking counts queries: they are the resampled units). */
function queryCount(query, rows) {
    let max = 0;
    let min = 0;
    for (let k = 0; k < rows.length; k++) {
        const q = query[rows[k]];
        if (q > max)
            max = q;
        if (q < min)
            min = q;
    }
    const seen = new Uint8Array(max - min + 1);
    let count = 0;
    for (let k = 0; k < rows.length; k++) {
        const i = query[rows[k]] - min;
        if (!seen[i]) {
            seen[i] = 1;
            count++;
        }
    }
    return count;
}
// 0..n−1, shared by every ranking metric so the grouping cache (keyed by the rows array) sorts all rows once.
let allRows = new Uint32Array(0);
function identityRows(n) {
    if (allRows.length !== n) {
        allRows = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            allRows[i] = i;
    }
    return allRows;
}
/** Scratch buffers (resized as needed). */
let relScratch = new Float64Array(256);
let tieScratch = new Uint32Array(256);
let idealScratch = new Float64Array(256);
function descending(a, b) {
    return b - a;
}
function rankingMetric(name, perQuery) {
    const prepareSorted = (cols, rows) => {
        const { order, start } = queryGroups(cols, rows);
        const nq = start.length - 1;
        const values = new Float64Array(nq);
        const queryOf = new Uint32Array(rows.length);
        const score = cols.score;
        for (let q = 0; q < nq; q++) {
            const s = start[q];
            const len = start[q + 1] - s;
            if (relScratch.length < len) {
                relScratch = new Float64Array(Math.max(len, 2 * relScratch.length));
                tieScratch = new Uint32Array(relScratch.length);
            }
            for (let j = 0; j < len; j++) {
                const k = order[s + j];
                const r = rows[k];
                const rel = cols.label[r];
                if (!(rel >= 0) || rel === Infinity)
                    throw new RangeError(`relevance at row ${r} is ${rel}; expected a finite number ≥ 0`);
                relScratch[j] = rel;
                queryOf[k] = q;
            }
            // Tie groups: runs of equal score (rank order is descending score, so equal scores are adjacent).
            let g = 0;
            for (let j = 1; j <= len; j++) {
                if (j === len || score[rows[order[s + j]]] !== score[rows[order[s + g]]]) {
                    if (j - g > 1)
                        relScratch.subarray(g, j).sort(descending);
                    for (let i = g; i < j; i++)
                        tieScratch[i] = j;
                    g = j;
                }
            }
            values[q] = perQuery(relScratch, tieScratch, len);
        }
        return { perQuery: values, queryOf };
    };
    // Per-query values over ALL rows of the columns, by query code, computed once per (metric, columns). A query's value
    // depends only on its own rows, so a slice made of whole queries (the gate's slices are: gate/data.ts checks it)
    // takes its values from here — the same numbers, in the same ascending-code order, without sorting again.
    const fullCache = new WeakMap();
    const full = (cols, query) => {
        const hit = fullCache.get(cols.score);
        if (hit && hit.label === cols.label && hit.query === query)
            return hit;
        const n = query.length;
        const all = identityRows(n);
        const { perQuery: values } = prepareSorted(cols, all);
        const { order, start } = queryGroups(cols, all);
        let min = 0;
        let max = -1;
        for (let i = 0; i < n; i++) {
            const c = query[i];
            if (i === 0 || c < min)
                min = c;
            if (i === 0 || c > max)
                max = c;
        }
        const value = new Float64Array(max - min + 1);
        const count = new Uint32Array(max - min + 1);
        for (let q = 0; q + 1 < start.length; q++) {
            const c = query[order[start[q]]] - min;
            value[c] = values[q];
            count[c] = start[q + 1] - start[q];
        }
        const f = { label: cols.label, query, min, value, count };
        fullCache.set(cols.score, f);
        return f;
    };
    const prepare = (cols, rows) => {
        const query = cols.query;
        if (!query)
            throw new RangeError('ranking metrics need cols.query (one query code per row)');
        const f = full(cols, query);
        const span = f.value.length;
        const inSlice = new Uint32Array(span);
        for (let k = 0; k < rows.length; k++)
            inSlice[query[rows[k]] - f.min]++;
        const index = new Uint32Array(span);
        let nq = 0;
        for (let c = 0; c < span; c++) {
            if (inSlice[c] === 0)
                continue;
            if (inSlice[c] !== f.count[c])
                return prepareSorted(cols, rows); // part of a query: rank what is there
            index[c] = nq++;
        }
        const values = new Float64Array(nq);
        for (let c = 0; c < span; c++)
            if (inSlice[c] > 0)
                values[index[c]] = f.value[c];
        const queryOf = new Uint32Array(rows.length);
        for (let k = 0; k < rows.length; k++)
            queryOf[k] = index[query[rows[k]] - f.min];
        return { perQuery: values, queryOf };
    };
    const prepared = (cols, rows, p) => {
        const r = p;
        return r && r.queryOf.length === rows.length ? r : prepare(cols, rows);
    };
    return {
        name,
        label: name.toUpperCase(),
        tasks: ['ranking'],
        direction: 'higher',
        family: 'resample',
        resampleUnit: 'query',
        prepare,
        /**
         * Mean over queries of the per-query value. Weights are per row like every metric's, but a replicate must
         * resample whole queries (the cluster bootstrap): all rows of a query carry the query's weight.
         */
        compute(cols, rows, p, weights) {
            const { perQuery: values, queryOf } = prepared(cols, rows, p);
            const nq = values.length;
            if (!weights) {
                let sum = 0;
                for (let q = 0; q < nq; q++)
                    sum += values[q];
                return nq === 0 ? NaN : sum / nq;
            }
            if (weights.length !== rows.length)
                throw new RangeError(`${name}: ${weights.length} weights for ${rows.length} rows`);
            const qw = new Float64Array(nq).fill(-1);
            for (let k = 0; k < rows.length; k++) {
                const q = queryOf[k];
                const w = weights[k];
                if (qw[q] < 0)
                    qw[q] = w;
                else if (qw[q] !== w) {
                    throw new RangeError(`${name}: rows of one query have different bootstrap weights; resample whole queries`);
                }
            }
            let sum = 0;
            let wsum = 0;
            for (let q = 0; q < nq; q++) {
                sum += qw[q] * values[q];
                wsum += qw[q];
            }
            return wsum === 0 ? NaN : sum / wsum;
        },
        // The query bootstrap resamples these per-query values (queries in ascending code order, the same for both models).
        unitStats: (cols, rows, p) => [prepared(cols, rows, p).perQuery],
        fromMeans: (means) => means[0],
        unitTest: 'bootstrap',
        meanOfUnits: true,
    };
}
/** log₂(i + 2): the DCG discount of 0-based position i. */
function discount(i) {
    return Math.log2(i + 2);
}
/**
 * NDCG@k of one query (Järvelin & Kekäläinen 2002, with the exponential gain of Burges et al. 2005):
 *   DCG@k = Σ_{i=1..min(k, L)} (2^{rel_i} − 1) / log₂(i + 1),  NDCG@k = DCG@k / IDCG@k
 * rel in rank order, IDCG the DCG of the relevances sorted descending. Tied scores: the expected DCG over every
 * order of each tie group, i.e. each position of the group gets the group's mean gain (McSherry & Najork 2008,
 * "Computing information retrieval performance measures efficiently in the presence of tied scores"; sklearn's
 * `ndcg_score` with ignore_ties=False). A query without relevant items (IDCG = 0) scores 0, as in `ndcg_score`.
 * sklearn's gain is linear (y_true itself): pass 2**rel − 1 as y_true to reproduce these values.
 */
function ndcgAtK(rel, tieEnd, len, k) {
    const top = Math.min(k, len);
    let dcg = 0;
    for (let g = 0; g < top;) {
        const end = tieEnd[g];
        let gain = 0;
        for (let i = g; i < end; i++)
            gain += Math.pow(2, rel[i]) - 1;
        let disc = 0;
        for (let i = g; i < Math.min(end, top); i++)
            disc += 1 / discount(i);
        dcg += (gain / (end - g)) * disc;
        g = end;
    }
    if (idealScratch.length < len)
        idealScratch = new Float64Array(Math.max(len, 2 * idealScratch.length));
    const ideal = idealScratch.subarray(0, len);
    ideal.set(rel.subarray(0, len));
    ideal.sort(); // ascending (a typed-array sort without comparator is fast): read it from the end
    let idcg = 0;
    for (let i = 0; i < top; i++)
        idcg += (Math.pow(2, ideal[len - 1 - i]) - 1) / discount(i);
    return idcg > 0 ? dcg / idcg : 0;
}
/**
 * Reciprocal rank of one query: 1 / rank of the first item with rel > 0; 0 when there is none (Voorhees 1999).
 * Tied scores: the expectation over orders of the first tie group holding a relevant item. With s items ranked
 * before that group of m items, r of them relevant, the first relevant one lands at s + X where
 * P(X = 1) = r/m and P(X = j + 1) = P(X = j)·(m − j − r + 1)/(m − j).
 */
function reciprocalRank(rel, tieEnd, len) {
    for (let g = 0; g < len;) {
        const end = tieEnd[g];
        let r = 0;
        for (let i = g; i < end; i++)
            if (rel[i] > 0)
                r++;
        if (r > 0) {
            const m = end - g;
            let p = r / m;
            let e = 0;
            for (let j = 1; j <= m - r + 1; j++) {
                e += p / (g + j);
                p *= (m - j - r + 1) / (m - j);
            }
            return e;
        }
        g = end;
    }
    return 0;
}
/**
 * Average precision of one query (binary relevance rel > 0): Σ_{i relevant} precision@i / #relevant; 0 when the
 * query has no relevant item (trec_eval's convention). MAP is its mean over queries. Tied scores: the expectation
 * over orders of each tie group. For a group after s items (h relevant among them) with m items, r relevant, a
 * relevant item sits at group position j with probability r/m and then has on average (j − 1)(r − 1)/(m − 1)
 * relevant items before it inside the group, so the group adds Σ_{j=1..m} (r/m)·(h + 1 + (j−1)(r−1)/(m−1))/(s + j).
 */
function queryAveragePrecision(rel, tieEnd, len) {
    let hits = 0;
    let sum = 0;
    for (let g = 0; g < len;) {
        const end = tieEnd[g];
        const m = end - g;
        let r = 0;
        for (let i = g; i < end; i++)
            if (rel[i] > 0)
                r++;
        if (r > 0) {
            if (m === 1)
                sum += (hits + 1) / (g + 1);
            else
                for (let j = 1; j <= m; j++)
                    sum += ((r / m) * (hits + 1 + ((j - 1) * (r - 1)) / (m - 1))) / (g + j);
            hits += r;
        }
        g = end;
    }
    return hits === 0 ? 0 : sum / hits;
}
const ndcgCache = new Map();
/** The `ndcg@k` metric (k = Infinity: `ndcg`, all positions). */
function ndcgMetric(k = Infinity) {
    let def = ndcgCache.get(k);
    if (!def) {
        def = rankingMetric(k === Infinity ? 'ndcg' : `ndcg@${k}`, (rel, tieEnd, len) => ndcgAtK(rel, tieEnd, len, k));
        ndcgCache.set(k, def);
    }
    return def;
}
const mrr = rankingMetric('mrr', reciprocalRank);
const map = rankingMetric('map', queryAveragePrecision);

;// CONCATENATED MODULE: ../../packages/core/src/metrics/regression.ts

/** Absolute error |y − ŷ| (mean: MAE, sklearn `mean_absolute_error`). */
function absoluteErrorRow(label, score) {
    return Math.abs(label - score);
}
/** Squared error (y − ŷ)² (mean: MSE, sklearn `mean_squared_error`). */
function squaredErrorRow(label, score) {
    const d = label - score;
    return d * d;
}
/**
 * Absolute percentage error |y − ŷ| / |y| (mean: MAPE, as a fraction like sklearn's
 * `mean_absolute_percentage_error`, not ×100). Undefined for y = 0: returns NaN, so the mean over a slice
 * containing such a row is NaN — the gate reports those rows as an error (sklearn would divide by machine ε
 * and return an enormous number instead).
 */
function absolutePercentageErrorRow(label, score) {
    return label === 0 ? NaN : Math.abs(label - score) / Math.abs(label);
}
const mae = meanMetric('mae', ['regression'], 'lower', absoluteErrorRow, false, 'MAE');
const mse = meanMetric('mse', ['regression'], 'lower', squaredErrorRow, false, 'MSE');
const mape = meanMetric('mape', ['regression'], 'lower', absolutePercentageErrorRow, false, 'MAPE');
/** RMSE = √MSE (not a mean of rows, hence family 'resample'). */
const rmse = {
    name: 'rmse',
    label: 'RMSE',
    tasks: ['regression'],
    direction: 'lower',
    family: 'resample',
    compute: (cols, rows, _prepared, weights) => Math.sqrt(meanOfRows(squaredErrorRow, cols, rows, weights)),
    // RMSE = √mean(e²): a smooth function of one per-row mean, judged by the delta method (or the row bootstrap of
    // those per-row values below 1,000 rows).
    unitStats: (cols, rows) => [squaredErrors(cols, rows)],
    fromMeans: (m) => Math.sqrt(m[0]),
    unitTest: 'delta',
};
function squaredErrors(cols, rows) {
    const { label, score } = cols;
    const out = new Float64Array(rows.length);
    for (let k = 0; k < rows.length; k++) {
        const d = label[rows[k]] - score[rows[k]];
        out[k] = d * d;
    }
    return out;
}
/**
 * Coefficient of determination R² = 1 − SS_res/SS_tot, SS_res = Σ w(y − ŷ)², SS_tot = Σ w(y − ȳ)² with the
 * weighted mean ȳ (sklearn `r2_score`). Two passes for accuracy. NaN when SS_tot = 0 (constant labels; sklearn
 * reports 1 or 0 there by its `force_finite`).
 */
function rSquared(cols, rows, _prepared, weights) {
    const { label, score } = cols;
    let wsum = 0;
    let ysum = 0;
    for (let i = 0; i < rows.length; i++) {
        const w = weights ? weights[i] : 1;
        wsum += w;
        ysum += w * label[rows[i]];
    }
    if (wsum === 0)
        return NaN;
    const mean = ysum / wsum;
    let ssRes = 0;
    let ssTot = 0;
    for (let i = 0; i < rows.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        const r = rows[i];
        const y = label[r];
        const e = y - score[r];
        const t = y - mean;
        ssRes += w * e * e;
        ssTot += w * t * t;
    }
    return ssTot === 0 ? NaN : 1 - ssRes / ssTot;
}
const r2 = {
    name: 'r2',
    label: 'R²',
    tasks: ['regression'],
    direction: 'higher',
    family: 'resample',
    compute: rSquared,
    /**
     * R² = 1 − mean(e²) / (mean(t²) − mean(t)²) with t = y − ȳ centred once on the slice mean (so the variance term
     * does not cancel catastrophically): a smooth function of three per-row means, for the delta method / bootstrap.
     */
    unitStats: (cols, rows) => {
        const { label } = cols;
        let ysum = 0;
        for (let k = 0; k < rows.length; k++)
            ysum += label[rows[k]];
        const mean = ysum / rows.length;
        const t = new Float64Array(rows.length);
        const t2 = new Float64Array(rows.length);
        for (let k = 0; k < rows.length; k++) {
            const x = label[rows[k]] - mean;
            t[k] = x;
            t2[k] = x * x;
        }
        return [squaredErrors(cols, rows), t, t2];
    },
    fromMeans: (m) => {
        const ssTot = m[2] - m[1] * m[1];
        return ssTot > 0 ? 1 - m[0] / ssTot : NaN;
    },
    unitTest: 'delta',
};

;// CONCATENATED MODULE: ../../packages/core/src/metrics/registry.ts








/**
 * Every metric a policy can name, by name. `ndcg@k` (any k ≥ 1) is resolved by {@link getMetric}; `ndcg` here is
 * NDCG over all positions. Multiclass `accuracy` (argmax) shares its name with the binary one and is found
 * through `getMetric('accuracy', 'multiclass')`.
 */
const METRICS = Object.fromEntries([
    auc, prAuc, accuracy, precision, recall, f1, fpr, selectionRate, logLoss, brier, ece,
    mae, mse, rmse, r2, mape,
    macroF1Metric,
    ndcgMetric(), mrr, map,
].map((m) => [m.name, m]));
/** Metrics that exist under another task's name: looked up by task first. */
const BY_TASK = {
    multiclass: { accuracy: multiclassAccuracyMetric },
};
/** Names a policy may use for a task (or all), for error messages and docs. */
function metricNames(task) {
    const names = new Set();
    for (const m of Object.values(METRICS))
        if (!task || m.tasks.includes(task))
            names.add(m.name);
    for (const [t, defs] of Object.entries(BY_TASK))
        if (!task || t === task)
            for (const n of Object.keys(defs))
                names.add(n);
    if (!task || task === 'ranking')
        names.add('ndcg@k');
    return [...names].sort();
}
/**
 * The metric named `name` (case-insensitive, surrounding spaces ignored), for `task` when given. `ndcg@10`
 * style names give NDCG cut at k. Unknown names, and names that do not apply to the task, are a UserError
 * listing the known names.
 */
function getMetric(name, task) {
    const key = name.trim().toLowerCase();
    // Own keys only: `constructor` or `toString` must be an unknown metric, not Object.prototype's function.
    const own = (o) => (o && Object.hasOwn(o, key) ? o[key] : undefined);
    let def = (task && own(BY_TASK[task])) || own(METRICS);
    const at = /^ndcg@(\d+)$/.exec(key);
    if (!def && at) {
        const k = Number(at[1]);
        if (!(k >= 1 && Number.isSafeInteger(k)))
            throw new errors/* UserError */.y(`Metric "${name}": the cut-off k in ndcg@k must be a whole number ≥ 1.`);
        def = ndcgMetric(k);
    }
    if (!def) {
        throw new errors/* UserError */.y(`Unknown metric "${name}"${task ? ` for task ${task}` : ''}. Known metrics: ${metricNames(task).join(', ')}.`);
    }
    if (task && !def.tasks.includes(task)) {
        throw new errors/* UserError */.y(`Metric "${name}" does not apply to task ${task} (it is for ${def.tasks.join(', ')}). Metrics for ${task}: ${metricNames(task).join(', ')}.`);
    }
    return def;
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/fairness.ts
/**
 * Selection rate, TPR and FPR per group in one pass (Fairlearn's MetricFrame quantities). `groupCodes[r]` is
 * the group of row r in 0..nGroups−1; a negative code (missing value) leaves the row out. `rows` selects a
 * slice, `weights[i]` multiplies rows[i] (bootstrap replicate).
 */
function groupRates(labels, scores, threshold, groupCodes, nGroups, rows, weights) {
    // Per group: [tn, fp, fn, tp] at 4·g + 2·label + predicted.
    const c = new Float64Array(4 * nGroups);
    const len = rows ? rows.length : labels.length;
    for (let i = 0; i < len; i++) {
        const r = rows ? rows[i] : i;
        const g = groupCodes[r];
        if (g < 0)
            continue;
        if (g >= nGroups)
            throw new RangeError(`group code ${g} at row ${r} is not below nGroups = ${nGroups}`);
        const y = labels[r];
        if (y !== 0 && y !== 1)
            throw new RangeError(`label at row ${r} is ${y}; binary metrics need 0 or 1`);
        c[4 * g + 2 * y + (scores[r] >= threshold ? 1 : 0)] += weights ? weights[i] : 1;
    }
    const out = [];
    for (let g = 0; g < nGroups; g++)
        out.push(ratesFromCounts({ tn: c[4 * g], fp: c[4 * g + 1], fn: c[4 * g + 2], tp: c[4 * g + 3] }));
    return out;
}
/** The rates of one group from its confusion counts (a bootstrap replicate's counts included). */
function ratesFromCounts(k) {
    const positives = k.tp + k.fn;
    const negatives = k.tn + k.fp;
    const support = positives + negatives;
    return {
        ...k,
        support,
        positives,
        negatives,
        selectionRate: support === 0 ? NaN : (k.tp + k.fp) / support,
        tpr: positives === 0 ? NaN : k.tp / positives,
        fpr: negatives === 0 ? NaN : k.fp / negatives,
    };
}
const SELECTION_RATE = { numerator: (k) => k.tp + k.fp, denominator: (k) => k.tp + k.fp + k.tn + k.fn };
const TRUE_POSITIVE_RATE = { numerator: (k) => k.tp, denominator: (k) => k.tp + k.fn };
const FALSE_POSITIVE_RATE = { numerator: (k) => k.fp, denominator: (k) => k.fp + k.tn };
/**
 * Gap and ratio of a rate across groups (Fairlearn's `between_groups` difference and ratio); groups where the rate
 * is undefined (denominator 0) are left out. Null when none is defined; one defined group gives gap 0, ratio 1. When
 * every rate is 0 the rates are equal and the ratio is 1.
 */
function rateGap(groups, rate) {
    let hi = -1, lo = -1, hiV = -Infinity, loV = Infinity;
    for (let g = 0; g < groups.length; g++) {
        const den = rate.denominator(groups[g]);
        if (den === 0)
            continue;
        const v = rate.numerator(groups[g]) / den;
        if (v > hiV) {
            hiV = v;
            hi = g;
        }
        if (v < loV) {
            loV = v;
            lo = g;
        }
    }
    if (hi < 0)
        return null;
    const hn = rate.numerator(groups[hi]), hd = rate.denominator(groups[hi]);
    const ln = rate.numerator(groups[lo]), ld = rate.denominator(groups[lo]);
    return {
        gap: hiV - loV,
        ratio: hiV === 0 ? 1 : loV / hiV,
        gapTerms: [[1, hn, hd], [-1, ln, ld]],
        ratioTerm: hiV === 0 ? undefined : [1, ln * hd, ld * hn],
    };
}
/**
 * Demographic parity difference: max − min selection rate across groups (Fairlearn
 * `demographic_parity_difference`, between_groups). Empty groups are ignored. 0 is parity.
 */
function demographicParityDifference(rates) {
    return rateGap(rates, SELECTION_RATE)?.gap ?? NaN;
}
/**
 * Demographic parity ratio: min / max selection rate across groups (Fairlearn `demographic_parity_ratio`;
 * the four-fifths rule reads it against 0.8). 1 is parity; when every group's rate is 0 the rates are equal
 * and the ratio is 1. NaN when no group has rows.
 */
function demographicParityRatio(rates) {
    return rateGap(rates, SELECTION_RATE)?.ratio ?? NaN;
}
/**
 * Equal opportunity difference: max − min TPR across groups with positives (Hardt, Price & Srebro 2016;
 * Fairlearn `equal_opportunity_difference`).
 */
function equalOpportunityDifference(rates) {
    return rateGap(rates, TRUE_POSITIVE_RATE)?.gap ?? NaN;
}
/**
 * Equalized odds difference: max(TPR gap, FPR gap) across groups (Hardt et al. 2016; Fairlearn
 * `equalized_odds_difference`); each gap over the groups where that rate is defined.
 */
function equalizedOddsDifference(rates) {
    const t = equalOpportunityDifference(rates);
    const f = rateGap(rates, FALSE_POSITIVE_RATE)?.gap ?? NaN;
    if (Number.isNaN(t))
        return f;
    if (Number.isNaN(f))
        return t;
    return Math.max(t, f);
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/index.ts













;// CONCATENATED MODULE: ../../packages/core/src/gate/policy.ts






/**
 * The gate policy (YAML, `version: 1`). Key names are a contract (issue #3); zod validates them and every error names
 * the policy file, the line and the key.
 */
const TASKS = ['binary-classification', 'regression', 'multiclass', 'ranking'];
const CORRECTIONS = ['holm', 'bonferroni', 'bh', 'none'];
const DECISIONS = ['non-inferiority', 'significant-regression'];
const finite = schemas/* number */.aig().refine(Number.isFinite, 'expected a finite number');
const metricRule = schemas/* object */.Ikc({
    min: finite.optional(),
    max: finite.optional(),
    'max-regression': finite.min(0, 'max-regression is a margin and must be ≥ 0').optional(),
    /** `block` (default): a failed check fails the gate; `warn`: it is reported as a warning only. */
    severity: schemas/* enum */.k5n(['block', 'warn']).default('block'),
})
    .strict();
const fairnessRule = schemas/* object */.Ikc({
    metric: schemas/* string */.YjP(),
    across: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)]),
    'max-gap': finite.min(0).optional(),
    'max-gap-increase': finite.optional(),
    'min-ratio': finite.min(0).max(1).optional(),
    /**
     * true: `max-gap` and `max-gap-increase` fail only when the bootstrap interval of the candidate's gap (of the
     * change) lies wholly above the limit, i.e. the excess is significant at α; default false: point estimates decide.
     */
    significance: schemas/* boolean */.zMY().default(false),
    severity: schemas/* enum */.k5n(['block', 'warn']).default('block'),
})
    .strict();
const policySchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1, { error: 'expected version: 1' }),
    task: schemas/* enum */.k5n(TASKS).default('binary-classification'),
    columns: schemas/* object */.Ikc({
        id: schemas/* string */.YjP().default('id'),
        label: schemas/* string */.YjP().default('label'),
        score: schemas/* string */.YjP().default('score'),
        /** Multiclass: one probability column per class; the label is the class index or the column's class name. */
        scores: schemas/* array */.YOg(schemas/* string */.YjP()).min(2).optional(),
        /** Ranking: the query (group) column. */
        query: schemas/* string */.YjP().default('query'),
        /** Score column name in the baseline file when it differs from `score`. */
        'baseline-score': schemas/* string */.YjP().optional(),
    })
        .strict()
        .default({ id: 'id', label: 'label', score: 'score', query: 'query' }),
    threshold: finite.min(0).max(1).default(0.5),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), metricRule.nullable().transform((r) => r ?? { severity: 'block' })),
    slices: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)])).default([]),
    'min-support': schemas/* number */.aig().int().min(1).default(1000),
    /** Fewest positives and fewest negatives a slice needs for metrics that use both classes. */
    'min-class-support': schemas/* number */.aig().int().min(1).default(20),
    significance: schemas/* object */.Ikc({
        alpha: finite.gt(0).lt(1).default(0.05),
        correction: schemas/* enum */.k5n(CORRECTIONS).default('holm'),
        bootstrap: schemas/* number */.aig().int().min(100).max(1_000_000).default(2000),
        seed: schemas/* number */.aig().int().default(1),
    })
        .strict()
        .default({ alpha: 0.05, correction: 'holm', bootstrap: 2000, seed: 1 }),
    decision: schemas/* object */.Ikc({
        overall: schemas/* enum */.k5n(DECISIONS).default('non-inferiority'),
        slices: schemas/* enum */.k5n(DECISIONS).default('significant-regression'),
    })
        .strict()
        .default({ overall: 'non-inferiority', slices: 'significant-regression' }),
    /** How a `min`/`max` bound missed inside a slice counts (overall always blocks). */
    bounds: schemas/* object */.Ikc({ slices: schemas/* enum */.k5n(['warn', 'block', 'ignore']).default('warn') })
        .strict()
        .default({ slices: 'warn' }),
    fairness: schemas/* array */.YOg(fairnessRule).default([]),
})
    .strict();
function at(path, line) {
    return `Policy ${path}${line ? ` line ${line}` : ''}`;
}
/** The definition of each metric; an unknown name, or two keys naming one metric, is an error at its line. */
function resolveMetrics(policy, path, lineOf) {
    const seen = new Map();
    return Object.entries(policy.metrics).map(([name, rule]) => {
        const line = lineOf(['metrics', name]);
        let def;
        try {
            def = getMetric(name, policy.task);
        }
        catch (e) {
            if (e instanceof errors/* UserError */.y)
                throw new errors/* UserError */.y(`${at(path, line)}: ${e.message}`, { file: path, line });
            throw e;
        }
        const first = seen.get(def.name);
        if (first !== undefined) {
            // Two keys for one metric would test it twice and silently enlarge the multiple-testing family.
            throw new errors/* UserError */.y(`${at(path, line)}: metric '${name}' repeats '${first}' (both are ${def.name}); keep one rule per metric.`, { file: path, line });
        }
        seen.set(def.name, name);
        return { name, rule, def };
    });
}
/** Slice specs as column lists; a spec repeated (in any column order), or a column repeated inside one, is an error. */
function resolveSlices(policy, path, lineOf) {
    const seen = new Map();
    return policy.slices.map((s, i) => {
        const cols = typeof s === 'string' ? [s] : s;
        const line = lineOf(['slices', i]) ?? lineOf(['slices']);
        const dup = cols.find((c, j) => cols.indexOf(c) !== j);
        if (dup !== undefined) {
            throw new errors/* UserError */.y(`${at(path, line)}: slices[${i}] names column '${dup}' twice; cross distinct columns.`, { file: path, line });
        }
        const key = JSON.stringify([...cols].sort());
        const first = seen.get(key);
        if (first !== undefined) {
            // The same partition twice would test every slice of it twice and enlarge the Holm family for nothing.
            throw new errors/* UserError */.y(`${at(path, line)}: slices[${i}] (${cols.join(' × ')}) repeats slices[${first}]; list each slicing once.`, { file: path, line });
        }
        seen.set(key, i);
        return cols;
    });
}
/**
 * Margin 0 judged overall by non-inferiority is a superiority test: H0 Δ ≤ 0 must be rejected, so a candidate equal
 * to the baseline fails. Legal, rarely meant: warn with the line.
 */
function marginWarnings(policy, metrics, lineOf) {
    if (policy.decision.overall !== 'non-inferiority')
        return [];
    const out = [];
    for (const { name, rule } of metrics) {
        const bounds = rule.min !== undefined || rule.max !== undefined;
        const margin = rule['max-regression'] ?? (bounds ? undefined : 0);
        if (margin !== 0)
            continue;
        out.push({
            line: lineOf(['metrics', name, 'max-regression']) ?? lineOf(['metrics', name]),
            message: `metric '${name}' is judged overall by non-inferiority with margin 0${rule['max-regression'] === undefined ? ' (no max-regression given)' : ''}: ` +
                `that is a superiority test, and a candidate no better than the baseline fails. For non-inferiority give the loss you accept, ` +
                `e.g. '${name}: { max-regression: 0.01 }'; to fail only on a significant drop, set decision.overall: significant-regression.`,
        });
    }
    return out;
}
function parsePolicy(text, path) {
    const { data: policy, lineOf } = (0,inputs_document/* parseYamlDocument */.I)(text, path, policySchema, {
        what: 'Policy',
        shape: "with at least 'version: 1' and 'metrics:'",
    });
    if (Object.keys(policy.metrics).length === 0) {
        throw new errors/* UserError */.y(`Policy ${path}: 'metrics' is empty — the gate needs at least one metric to check (for example 'auc: { max-regression: 0.01 }'), so it fails closed.`, { file: path, line: lineOf(['metrics']) });
    }
    const sliceSpecs = resolveSlices(policy, path, lineOf);
    const metrics = resolveMetrics(policy, path, lineOf);
    return { policy, source: { path, lineOf }, sliceSpecs, metrics, warnings: marginWarnings(policy, metrics, lineOf), text };
}
function loadPolicy(path) {
    let text;
    try {
        text = readTextFile(path, `Policy file '${path}'`);
    }
    catch (e) {
        if (isUserError(e))
            throw e;
        const code = e.code;
        throw new UserError(`Policy file '${path}' cannot be read (${code ?? String(e)}): check the 'policy' input path, relative to the workspace.`);
    }
    return parsePolicy(text, path);
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/delong.ts

/**
 * Paired DeLong test inputs for two models scored on the same rows: DeLong, DeLong & Clarke-Pearson (1988),
 * "Comparing the areas under two or more correlated ROC curves", with the fast algorithm of Sun & Xu (2014),
 * "Fast implementation of DeLong's algorithm", IEEE Signal Processing Letters 21(11).
 *
 * With m positives and n negatives, T_z the midranks over all scores, T_x over positives, T_y over negatives:
 *   AUC    = Σ_{i∈pos} T_z,i / (m·n) − (m+1)/(2n)
 *   V10_i  = (T_z,i − T_x,i) / n        (positive i; = share of negatives scored below it, ties counting ½)
 *   V01_j  = 1 − (T_z,j − T_y,j) / m    (negative j; = share of positives scored above it, ties counting ½)
 *   S      = cov(V10)/m + cov(V01)/n    (2×2 over the two models, ddof = 1)
 *   Var(Δ) = S11 + S22 − 2·S12
 * Ties get midranks, so a tie between a positive and a negative counts ½ (the Mann–Whitney convention).
 *
 * Implementation: per model, one stable radix argsort (O(n), {@link argsortFloat64}) and one walk over the tie
 * groups in score order give T_z − T_x = Q + q/2 for a positive (Q negatives strictly below, q tied) and
 * T_z − T_y = P + p/2 for a negative, so no rank arrays are stored. AUC numerators are sums of halves of
 * integers and are exact in doubles; covariances are two-pass (centred) for accuracy. Var(Δ) is the variance
 * of the per-row differences V_A − V_B, equal to S11 + S22 − 2·S12 but free of cancellation.
 *
 * `labels`: 1 positive, 0 negative (anything else throws: the caller validates files). `rows` selects a slice
 * (indices into the columns) without copying the columns. With fewer than 2 positives or negatives the
 * variances are NaN (ddof 1); with none, the AUCs are NaN too.
 */
function delongPaired(labels, a, b, rows, ranks) {
    if (a.length !== labels.length || b.length !== labels.length) {
        throw new RangeError(`delongPaired: labels (${labels.length}), a (${a.length}) and b (${b.length}) differ in length`);
    }
    const len = rows ? rows.length : labels.length;
    const { ws, vA, isPos } = scratchFor(len);
    let m = 0;
    for (let k = 0; k < len; k++) {
        const r = rows ? rows[k] : k;
        const y = labels[r];
        if (y === 1) {
            isPos[k] = 1;
            m++;
        }
        else if (y === 0) {
            isPos[k] = 0;
        }
        else {
            throw new RangeError(`delongPaired: label at row ${r} is ${y}; expected 0 or 1`);
        }
    }
    const n = len - m;
    if (m === 0 || n === 0) {
        return { aucA: NaN, aucB: NaN, varA: NaN, varB: NaN, cov: NaN, varDelta: NaN, positives: m, negatives: n };
    }
    // The two sorts share their scratch: model A's order is no longer needed when model B's is built. Model B's
    // components go into the sort's scratch, free once its sort is done (every entry is written).
    const vB = ws.scratchFloat64();
    const aucA = structuralComponents(a, rows, isPos, m, n, vA, ws, ranks && [ranks.a, ranks.use]);
    const aucB = structuralComponents(b, rows, isPos, m, n, vB, ws, ranks && [ranks.b, ranks.use]);
    // Two-pass centred sums; the mean of V10 over positives and of V01 over negatives both equal the AUC.
    let pAA = 0, pBB = 0, pAB = 0, pDD = 0;
    let nAA = 0, nBB = 0, nAB = 0, nDD = 0;
    for (let k = 0; k < len; k++) {
        const da = vA[k] - aucA;
        const db = vB[k] - aucB;
        const dd = da - db;
        if (isPos[k] === 1) {
            pAA += da * da;
            pBB += db * db;
            pAB += da * db;
            pDD += dd * dd;
        }
        else {
            nAA += da * da;
            nBB += db * db;
            nAB += da * db;
            nDD += dd * dd;
        }
    }
    if (m < 2 || n < 2) {
        return { aucA, aucB, varA: NaN, varB: NaN, cov: NaN, varDelta: NaN, positives: m, negatives: n };
    }
    const fm = 1 / ((m - 1) * m); // cov with ddof 1, then / m
    const fn = 1 / ((n - 1) * n);
    return {
        aucA,
        aucB,
        varA: pAA * fm + nAA * fn,
        varB: pBB * fm + nBB * fn,
        cov: pAB * fm + nAB * fn,
        varDelta: pDD * fm + nDD * fn,
        positives: m,
        negatives: n,
    };
}
/**
 * Scratch of one call (~30 bytes a row: the argsort's, model A's components, the label bytes), kept for the next
 * call on this thread up to CACHED_ROWS rows: the gate runs DeLong once per slice, and allocating and collecting
 * 30 MB per million-row slice cost more garbage-collector time than the sorts saved. Larger slices get their own,
 * freed after the call (the 10,000,000-row memory budget counts on it). Every entry read is written first.
 */
const CACHED_ROWS = 1 << 20;
let cached;
function scratchFor(len) {
    const make = (size) => ({ ws: new ArgsortWorkspace(size), vA: new Float64Array(size), isPos: new Uint8Array(size) });
    if (len > CACHED_ROWS)
        return make(len);
    if (!cached || cached.ws.size < len)
        cached = make(Math.max(len, 1024));
    return cached;
}
/**
 * Fills v with V10 (positives) / V01 (negatives) for one model and returns its AUC.
 * Hand-written loop over the argsort: one pass over tie groups, no per-row objects.
 */
function structuralComponents(score, rows, isPos, m, n, v, ws, ranks) {
    let sorted;
    if (ranks?.[1] === 'use')
        sorted = argsortRanksWithTies(ranks[0], rows, ws);
    else {
        sorted = argsortWithTies(score, rows, ws);
        if (ranks)
            denseRanks(sorted, rows, ranks[0]);
    }
    const { order, tied } = sorted;
    const len = order.length;
    let below = 0; // P + Q: rows strictly below the current tie group
    let posBelow = 0; // P
    let twiceSum = 0; // Σ over positives of 2·(Q + q/2), an integer: exact
    let s = 0;
    while (s < len) {
        let e = s + 1;
        while (e < len && tied[e] === 1)
            e++;
        let p = 0;
        for (let j = s; j < e; j++)
            p += isPos[order[j]];
        const q = e - s - p;
        const negBelow = below - posBelow;
        const v10 = (negBelow + q / 2) / n;
        const v01 = 1 - (posBelow + p / 2) / m;
        for (let j = s; j < e; j++) {
            const k = order[j];
            v[k] = isPos[k] === 1 ? v10 : v01;
        }
        twiceSum += p * (2 * negBelow + q);
        below += e - s;
        posBelow += p;
        s = e;
    }
    return twiceSum / (2 * m * n);
}

// EXTERNAL MODULE: ../../node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js
var lib = __webpack_require__(50208);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ../../packages/core/src/stats/normal.ts

/**
 * Standard normal CDF Φ(x) = ½·erfc(−x/√2) (Abramowitz & Stegun 7.1.2 / 26.2.29), evaluated with stdlib's
 * erfc (a port of FreeBSD msun's s_erf.c, relative error < 1 ulp in the tails). Because it goes through erfc
 * rather than 1 − erf, Φ(x) for very negative x keeps full relative precision down to the smallest doubles
 * (Φ(−37.5) ≈ 4.6e−308), which the gate needs for p-values such as 1e−30 at a million rows.
 */
function normalCdf(x) {
    return lib_default()(x, 0, 1);
}
/**
 * Standard normal survival function 1 − Φ(x) = Φ(−x) = ½·erfc(x/√2): the upper tail without the cancellation
 * of computing 1 − Φ(x), so normalSf(37) ≈ 5.7e−300 is exact to a few ulps.
 */
function normalSf(x) {
    return lib_default()(-x, 0, 1);
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/normal-quantile.ts
/**
 * Standard normal quantile Φ⁻¹(p): Wichura (1988), "Algorithm AS 241: The percentage points of the normal
 * distribution", Applied Statistics 37(3), 477–484 (PPND16, the version R's qnorm uses). Rational
 * approximations in three regions of p, relative accuracy about 1e−16, including the far tails
 * (p down to the smallest doubles, through r = √(−ln p)).
 * Returns −Infinity at 0, +Infinity at 1 and NaN outside [0, 1].
 */
function normalQuantile(p) {
    if (!(p >= 0 && p <= 1))
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    const q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
        const r = 0.180625 - q * q;
        return ((q *
            (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r +
                45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r +
                133.14166789178437745) * r + 3.387132872796366608)) /
            (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r +
                21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r +
                42.313330701600911252) * r + 1));
    }
    let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    let val;
    if (r <= 5) {
        r -= 1.6;
        val =
            (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
                1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r +
                4.6303378461565452959) * r + 1.42343711074968357734) /
                (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
                    0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r +
                    2.05319162663775882187) * r + 1);
    }
    else {
        r -= 5;
        val =
            (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
                0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r +
                5.4637849111641143699) * r + 6.6579046435011037772) /
                (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
                    7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r +
                    0.59983220655588793769) * r + 1);
    }
    return q < 0 ? -val : val;
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/z-test.ts


/**
 * Wald z-test of a difference Δ with known variance against a margin d (the usual non-inferiority shift, e.g.
 * Liu et al. 2006, Stat Med 25:1219): z = (Δ + d)/√Var(Δ), one-sided tails by erfc ({@link normalSf}) so that
 * p = 1e−300 keeps its digits. Used by DeLong's test of two AUCs and by the paired mean-difference test of per-row
 * losses (difference of means, variance of the paired differences / n).
 *
 * Degenerate variance (0: identical predictions, one class, constant losses): Δ is known exactly, and each p-value is
 * 0 when the data contradict H0 and 1 when they satisfy it, the tie Δ = −d counting for H0 on both sides. The sign of
 * Δ + d then decides; pass `shiftSign` (−1, 0, 1) when it was computed exactly (stats `compareRatioSum`), otherwise
 * the double Δ + d is used. NaN inputs give NaN everywhere.
 */
function marginZTest(delta, variance, margin = 0, alpha = 0.05, shiftSign) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`marginZTest: alpha must be in (0, 1), got ${alpha}`);
    const shifted = delta + margin;
    if (Number.isNaN(delta) || Number.isNaN(variance)) {
        return { se: NaN, z: NaN, pNonInferiority: NaN, pRegression: NaN, pTwoSided: NaN, ci: [NaN, NaN] };
    }
    if (variance <= 0) {
        const s = shiftSign ?? Math.sign(shifted);
        return {
            se: 0,
            z: s > 0 ? Infinity : s < 0 ? -Infinity : 0,
            pNonInferiority: s > 0 ? 0 : 1,
            pRegression: s < 0 ? 0 : 1,
            pTwoSided: s !== 0 ? 0 : 1,
            ci: [delta, delta],
        };
    }
    const se = Math.sqrt(variance);
    const z = shifted / se;
    const half = normalQuantile(1 - alpha / 2) * se;
    return {
        se, z,
        pNonInferiority: normalSf(z),
        pRegression: normalCdf(z),
        pTwoSided: Math.min(1, 2 * normalSf(Math.abs(z))),
        ci: [delta - half, delta + half],
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/delong-test.ts

/**
 * DeLong z-test of Δ = AUC_A − AUC_B against a margin d (DeLong et al. 1988; the margin form is the usual
 * non-inferiority shift, e.g. Liu et al. 2006, Stat Med 25:1219):
 *   z = (Δ + d) / √Var(Δ)
 *   non-inferiority      H0: Δ ≤ −d   p = 1 − Φ(z)   ('greater')
 *   significant regress. H0: Δ ≥ −d   p = Φ(z)       ('less')
 *   two-sided            H0: Δ = −d   p = 2(1 − Φ(|z|))
 * Tails use erfc ({@link normalSf}), so p = 1e−300 keeps its digits. STATS.md check vector: Var(Δ) = 0.024,
 * z = 1.290994, two-sided p = 0.196706.
 *
 * Degenerate variance (0, e.g. identical scores or both models perfectly separating): Δ is known exactly, so
 * each p-value is 0 when the data contradict H0 and 1 when they satisfy it; the interval is [Δ, Δ]. The sign of
 * Δ + margin then decides: `shiftSign` gives it exactly (both AUCs are ratios of integers over 2·m·n), else the
 * double sum is used. The z-test itself is {@link marginZTest}.
 * NaN inputs (too few positives/negatives) give NaN everywhere.
 */
function delongTest(res, margin = 0, alternative = 'two-sided', alpha = 0.05, shiftSign) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`delongTest: alpha must be in (0, 1), got ${alpha}`);
    const delta = res.aucA - res.aucB;
    const t = marginZTest(delta, res.varDelta, margin, alpha, shiftSign);
    const pValue = alternative === 'greater' ? t.pNonInferiority : alternative === 'less' ? t.pRegression : t.pTwoSided;
    return { delta, se: t.se, z: t.z, pValue, pNonInferiority: t.pNonInferiority, pRegression: t.pRegression, pTwoSided: t.pTwoSided, ci: t.ci };
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/exact-compare.ts
/**
 * Exact comparison of a sum of ratios of integers with a decimal threshold, for decisions that fall exactly on a
 * margin. A bootstrap replicate of a count metric is a ratio of integers (accuracy = (tp + tn)/n), so a difference
 * of two such ratios lands exactly on a margin such as 0.01 in a sizeable share of replicates; in doubles that
 * difference is typically −0.010000000000000009, and `Δ* ≥ −d` silently fails. Bootstrap p-values count ties with
 * the null (Davison & Hinkley 1997, §4.4: the observed statistic counts as one of the replicates, and a replicate
 * equal to the threshold supports H0), so ties must be decided on the integers.
 *
 * The threshold is the decimal the user wrote: a policy's `0.01` is the number 1/100, which the double 0.01 only
 * approximates; {@link decimalFraction} recovers it from the shortest round-trip string (ECMA-262 Number::toString).
 */
const pow10 = (k) => 10n ** BigInt(k);
/**
 * The decimal fraction p/q (q a power of ten) that prints as `x`: 0.01 → 1/100, 2.5e-7 → 25/10⁸, 3 → 3/1.
 * Non-finite x throws.
 */
function decimalFraction(x) {
    if (!Number.isFinite(x))
        throw new RangeError(`decimalFraction: ${x} is not finite`);
    const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
    if (!m)
        throw new RangeError(`decimalFraction: cannot read ${x}`);
    const [, minus, int, frac = '', exp = '0'] = m;
    let num = BigInt(int + frac);
    let scale = frac.length - Number(exp);
    if (scale < 0) {
        num *= pow10(-scale);
        scale = 0;
    }
    return { num: minus ? -num : num, den: pow10(scale) };
}
/**
 * Sign of Σ cᵢ·numᵢ/denᵢ − t, exactly (t read by {@link decimalFraction}): −1, 0 or 1; NaN when a denominator is 0
 * (the metric is undefined on that replicate). Far from the threshold the double sum decides (its error is below
 * 1e−12 for counts under 2⁵³); within 1e−9 of it, the sum is recomputed in BigInt over the common denominator.
 */
function compareRatioSum(terms, t) {
    let approx = -t;
    for (const [c, num, den] of terms) {
        if (den === 0)
            return NaN;
        approx += (c * num) / den;
    }
    if (approx > 1e-9)
        return 1;
    if (approx < -1e-9)
        return -1;
    const tf = decimalFraction(t);
    // Σ cᵢ·numᵢ·Π_{j≠i} denⱼ · q − p·Π denⱼ, over the positive common denominator Π|denⱼ|·q.
    let common = tf.den;
    let total = 0n;
    for (const [c, num, den] of terms) {
        const d = BigInt(den);
        total = total * d + BigInt(c) * BigInt(num) * common;
        common *= d;
    }
    total -= tf.num * (common / tf.den);
    // common carries the signs of the denominators.
    const s = (total > 0n ? 1 : total < 0n ? -1 : 0) * (common > 0n ? 1 : -1);
    return s;
}
/**
 * Sign of a − t for real-valued statistics (means, interpolated areas) that are not ratios of integers: equal
 * within a few ulps of the operands counts as equal, so a value computed as t ± rounding error is a tie, never a
 * regression. `scale` is the largest magnitude that went into a (e.g. |x| + |y| for a = x − y).
 */
function compareApprox(a, t, scale = Math.abs(a)) {
    if (Number.isNaN(a))
        return NaN;
    const tol = 8 * Number.EPSILON * (scale + Math.abs(t));
    const x = a - t;
    return x > tol ? 1 : x < -tol ? -1 : 0;
}

// EXTERNAL MODULE: ../../node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/index.js
var stats_base_dists_binomial_cdf_lib = __webpack_require__(89014);
var stats_base_dists_binomial_cdf_lib_default = /*#__PURE__*/__webpack_require__.n(stats_base_dists_binomial_cdf_lib);
;// CONCATENATED MODULE: ../../packages/core/src/stats/binomial-cdf.ts

/**
 * Exact binomial CDF P(X ≤ k) for X ~ Bin(n, p), through the regularized incomplete beta function:
 *   P(X ≤ k) = I_{1−p}(n − k, k + 1)    (Abramowitz & Stegun 26.5.24)
 * evaluated by stdlib's betainc (a port of Boost.Math's ibeta, full double precision in the tails, so
 * exact-McNemar p-values such as 1e−40 keep their digits). k is floored; k < 0 → 0, k ≥ n → 1;
 * NaN for n not a non-negative integer or p outside [0, 1].
 */
function binomialCdf(k, n, p) {
    return stats_base_dists_binomial_cdf_lib_default()(k, n, p);
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/mcnemar.ts

/**
 * Exact McNemar test (McNemar 1947; exact conditional form, e.g. Fagerland, Lydersen & Laake 2013, BMC Med
 * Res Methodol 13:91). b = rows model A gets right and model B wrong, c = the reverse. Given b + c discordant
 * rows, b ~ Bin(b + c, ½) under H0 (equal accuracy):
 *   two-sided  p = min(1, 2·BinomCDF(min(b, c); b + c, ½))      check: b=12, c=4 → 0.0768127
 *   'greater'  H1: A more accurate, p = P(X ≥ b) = BinomCDF(c; b + c, ½)
 *   'less'     H1: A less accurate, p = P(X ≤ b) = BinomCDF(b; b + c, ½)
 * b + c = 0 gives p = 1. It tests Δaccuracy = 0 only: a non-zero margin needs another method (the gate's
 * paired multinomial bootstrap).
 */
function mcnemarExact(b, c, alternative = 'two-sided') {
    if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
        throw new RangeError(`mcnemarExact: b and c must be non-negative integers, got ${b} and ${c}`);
    }
    const n = b + c;
    if (n === 0)
        return 1;
    if (alternative === 'greater')
        return binomialCdf(c, n, 0.5);
    if (alternative === 'less')
        return binomialCdf(b, n, 0.5);
    return Math.min(1, 2 * binomialCdf(Math.min(b, c), n, 0.5));
}

// EXTERNAL MODULE: ../../packages/core/src/stats/rng.ts
var stats_rng = __webpack_require__(99890);
;// CONCATENATED MODULE: ../../packages/core/src/stats/bootstrap-weights.ts
/**
 * One nonparametric bootstrap replicate of n rows as multiplicity weights: draws n row positions uniformly with
 * replacement (Efron 1979) and counts them, so out[i] = how often position i was drawn (Σ out = n; the vector is
 * Multinomial(n; 1/n, …, 1/n)). Applying the same weight vector to candidate and baseline is the paired
 * bootstrap. O(n) per replicate; the metrics' `compute(cols, rows, prepared, weights)` consumes it.
 */
function bootstrapWeights(rng, out) {
    const n = out.length;
    out.fill(0);
    for (let i = 0; i < n; i++)
        out[rng.nextInt(n)]++;
    return out;
}

// EXTERNAL MODULE: ../../packages/core/src/stats/quantile.ts
var quantile = __webpack_require__(50898);
;// CONCATENATED MODULE: ../../packages/core/src/stats/bootstrap-p-value.ts
/**
 * One-sided bootstrap p-value of Δ against a threshold t, from replicates Δ*_1..Δ*_B of the paired bootstrap:
 *   side 'greater' (H1: Δ > t, H0: Δ ≤ t):  p = (#{Δ*_b ≤ t} + 1) / (B + 1)
 *   side 'less'    (H1: Δ < t, H0: Δ ≥ t):  p = (#{Δ*_b ≥ t} + 1) / (B + 1)
 * The +1 in numerator and denominator counts the observed sample as one of the replicates (Davison & Hinkley
 * 1997, eq. 4.11; North, Curtis & Sham 2002, Am J Hum Genet 71:439): the p-value is never 0, its floor is
 * 1/(B + 1), and the test stays valid (never anti-conservative from Monte-Carlo error). Replicates equal to t
 * count for H0 (conservative). It is the p-value that inverts the percentile interval: p < α exactly when
 * fewer than α(B + 1) − 1 replicates fall on the H0 side of t.
 *
 * For the gate with margin d (higher-is-better metrics): non-inferiority is side 'greater' with t = −d;
 * significant regression is side 'less' with t = −d. NaN replicates are left out of both counts (B is the
 * number of finite replicates); with none, p = 1.
 *
 * "Equal" must be decided exactly (a replicate of a count metric often lands on the margin itself, and two rounded
 * doubles disagree there): pass `signs`, with signs[b] = sign(Δ*_b − t) ∈ {−1, 0, 1} from exact arithmetic
 * (stats `compareRatioSum`), and the counts use them instead of comparing doubles. A NaN delta is still left out.
 */
function bootstrapPValue(deltas, threshold, side, signs) {
    let count = 0;
    let b = 0;
    if (signs) {
        if (signs.length !== deltas.length)
            throw new RangeError(`bootstrapPValue: ${signs.length} signs for ${deltas.length} replicates`);
        if (side !== 'greater' && side !== 'less')
            throw new RangeError(`bootstrapPValue: side must be 'greater' or 'less', got ${String(side)}`);
        const h0 = side === 'greater' ? -1 : 1;
        for (let i = 0; i < deltas.length; i++) {
            const d = deltas[i];
            if (d !== d)
                continue;
            b++;
            if (signs[i] === 0 || signs[i] === h0)
                count++;
        }
    }
    else if (side === 'greater') {
        for (let i = 0; i < deltas.length; i++) {
            const d = deltas[i];
            if (d !== d)
                continue;
            b++;
            if (d <= threshold)
                count++;
        }
    }
    else if (side === 'less') {
        for (let i = 0; i < deltas.length; i++) {
            const d = deltas[i];
            if (d !== d)
                continue;
            b++;
            if (d >= threshold)
                count++;
        }
    }
    else {
        throw new RangeError(`bootstrapPValue: side must be 'greater' or 'less', got ${String(side)}`);
    }
    return (count + 1) / (b + 1);
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/adjust-p-values.ts
/**
 * Multiple-testing adjustment of k p-values, returned in the input order (like R's p.adjust). With
 * p(1) ≤ … ≤ p(k) sorted ascending:
 *   bonferroni  p̃(i) = min(1, k·p(i))
 *   holm        p̃(i) = max_{j ≤ i} min(1, (k − j + 1)·p(j))     Holm (1979), Scand J Stat 6:65; controls FWER
 *   bh          p̃(i) = min_{j ≥ i} min(1, k·p(j)/j)             Benjamini & Hochberg (1995), JRSS-B 57:289; FDR
 *   none        p̃ = p
 * STATS.md check: p = [.01, .04, .03, .005] → Holm [.03, .06, .06, .02], BH [.02, .04, .04, .02].
 * NaN entries (tests not run, e.g. an insufficient slice) stay NaN and are not counted in k. Ties keep input
 * order. Every adjusted value is ≥ its raw value, and Holm ≥ BH.
 */
function adjustPValues(p, method) {
    const out = Array.from(p, Number);
    if (method === 'none')
        return out;
    const idx = [];
    for (let i = 0; i < out.length; i++) {
        const v = out[i];
        if (Number.isNaN(v))
            continue;
        if (v < 0 || v > 1)
            throw new RangeError(`adjustPValues: p-value ${v} at index ${i} is outside [0, 1]`);
        idx.push(i);
    }
    const k = idx.length;
    if (k === 0)
        return out;
    idx.sort((i, j) => out[i] - out[j] || i - j);
    const raw = idx.map((i) => out[i]);
    switch (method) {
        case 'bonferroni':
            for (let r = 0; r < k; r++)
                out[idx[r]] = Math.min(1, k * raw[r]);
            break;
        case 'holm': {
            let running = 0;
            for (let r = 0; r < k; r++) {
                running = Math.max(running, Math.min(1, (k - r) * raw[r]));
                out[idx[r]] = running;
            }
            break;
        }
        case 'bh': {
            let running = 1;
            for (let r = k - 1; r >= 0; r--) {
                // p·(k/j) rather than k·p/j: a factor ≥ 1 applied to p can only round to ≥ p, so p̃ ≥ p holds in floats too.
                running = Math.min(running, Math.min(1, raw[r] * (k / (r + 1))));
                out[idx[r]] = running;
            }
            break;
        }
        default:
            throw new RangeError(`adjustPValues: unknown method ${String(method)}; use holm, bonferroni, bh or none`);
    }
    return out;
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/paired-means.ts
function checkShapes({ statsA, statsB }) {
    const all = [...statsA, ...statsB];
    if (all.length === 0)
        throw new RangeError('pairedMeans: no statistics');
    const u = all[0].length;
    for (const s of all)
        if (s.length !== u)
            throw new RangeError(`pairedMeans: statistics of ${s.length} and ${u} units`);
    return u;
}
/**
 * B bootstrap replicates of Δ for each of `parts` (metrics on the same U units), from ONE stream of unit draws: every
 * part sees the same resampled units (paired across models and metrics), and a part's replicates do not depend on
 * which other parts are present. NaN where f or g is undefined on a replicate. Deterministic given `rng`'s seed.
 */
function pairedMeansBootstrap(parts, B, rng) {
    if (parts.length === 0)
        return [];
    const U = checkShapes(parts[0]);
    for (const p of parts)
        if (checkShapes(p) !== U)
            throw new RangeError('pairedMeansBootstrap: parts with different unit counts');
    const all = parts.flatMap((p) => [...p.statsA, ...p.statsB]);
    const d = all.length;
    // Statistics two by two, interleaved (x[2u], x[2u+1]): each drawn unit is one cache line, summed into two locals.
    const pairs = [];
    for (let j = 0; j < d; j += 2) {
        const x = new Float64Array(2 * U);
        const a = all[j];
        const b = all[j + 1];
        for (let u = 0; u < U; u++)
            x[2 * u] = a[u];
        if (b)
            for (let u = 0; u < U; u++)
                x[2 * u + 1] = b[u];
        pairs.push(x);
    }
    const sums = new Float64Array(d + 1);
    const views = [];
    let o = 0;
    for (const p of parts) {
        const a = sums.subarray(o, o + p.statsA.length);
        o += p.statsA.length;
        const b = sums.subarray(o, o + p.statsB.length);
        o += p.statsB.length;
        views.push({ a, b });
    }
    const out = parts.map(() => new Float64Array(B));
    const idx = new Uint32Array(U);
    for (let b = 0; b < B; b++) {
        rng.fillIndices(U, idx);
        // Σ_u c_u·x_u accumulated draw by draw: the same sums as counting first, without an O(U) counts pass.
        for (let p = 0; p < pairs.length; p++) {
            const x = pairs[p];
            let s0 = 0;
            let s1 = 0;
            for (let i = 0; i < U; i++) {
                const k = 2 * idx[i];
                s0 += x[k];
                s1 += x[k + 1];
            }
            sums[2 * p] = s0;
            sums[2 * p + 1] = s1;
        }
        for (let j = 0; j < d; j++)
            sums[j] /= U;
        for (let m = 0; m < parts.length; m++)
            out[m][b] = parts[m].fA(views[m].a) - parts[m].fB(views[m].b);
    }
    return out;
}
/** Δ at the sample means and its delta-method standard error (NaN when Δ is undefined there). */
function pairedMeansDelta(p) {
    const U = checkShapes(p);
    const dA = p.statsA.length;
    const all = [...p.statsA, ...p.statsB];
    const d = all.length;
    const mean = new Float64Array(d);
    const sd = new Float64Array(d);
    for (let j = 0; j < d; j++) {
        const s = all[j];
        let m = 0;
        for (let u = 0; u < U; u++)
            m += s[u];
        m /= U;
        let v = 0;
        for (let u = 0; u < U; u++)
            v += (s[u] - m) * (s[u] - m);
        mean[j] = m;
        sd[j] = Math.sqrt(v / Math.max(1, U - 1));
    }
    const h = (m) => p.fA(m.subarray(0, dA)) - p.fB(m.subarray(dA));
    const delta = h(mean);
    const grad = new Float64Array(d);
    const at = Float64Array.from(mean);
    for (let j = 0; j < d; j++) {
        const step = 1e-5 * (Math.abs(mean[j]) + sd[j]) || 1e-8;
        at[j] = mean[j] + step;
        const up = h(at);
        at[j] = mean[j] - step;
        const down = h(at);
        at[j] = mean[j];
        grad[j] = (up - down) / (2 * step);
    }
    let ss = 0;
    for (let u = 0; u < U; u++) {
        let psi = 0;
        for (let j = 0; j < d; j++)
            psi += grad[j] * (all[j][u] - mean[j]);
        ss += psi * psi;
    }
    return { delta, se: U > 1 ? Math.sqrt(ss / ((U - 1) * U)) : NaN };
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/index.ts
/** Statistics for the gate: distributions, DeLong, McNemar, bootstrap, multiple testing, seeded RNG. */

// Distributions (normal, its quantile, binomial CDF) are the internals of the tests below; modules that need one
// import it from its file (drift/two-proportion-z.ts does).












;// CONCATENATED MODULE: ../../packages/core/src/gate/shared-arrays.ts
/**
 * The gate's columns live in SharedArrayBuffers from the start: the worker pool (pool.ts) hands them to its threads
 * without a copy, and no private copy of a 10,000,000-row column is ever made just to share it (each would be
 * 40-80 MB more at the peak). On one thread they behave as ordinary typed arrays.
 */
function sharedFloat64(n) {
    return new Float64Array(new SharedArrayBuffer(n * 8));
}
function sharedUint8(n) {
    return new Uint8Array(new SharedArrayBuffer(n));
}
function sharedUint32(n) {
    return new Uint32Array(new SharedArrayBuffer(n * 4));
}
/** The same values in shared memory (the array itself when it is shared already). */
function shared(a) {
    if (a.buffer instanceof SharedArrayBuffer)
        return a;
    const Ctor = a.constructor;
    const out = new Ctor(new SharedArrayBuffer(a.byteLength));
    out.set(a);
    return out;
}
function compactCodes(codes, size) {
    const out = size <= 127 ? new Int8Array(new SharedArrayBuffer(codes.length))
        : size <= 32767 ? new Int16Array(new SharedArrayBuffer(codes.length * 2))
            : new Int32Array(new SharedArrayBuffer(codes.length * 4));
    out.set(codes);
    return out;
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/slices.ts


/**
 * Most distinct values a slice or fairness column may have, and most value combinations of one slice spec. Every
 * value is a check per metric and a row in the report: an id column used as a slice (200,000 values) would make
 * a 100 MB report and a comment no one reads. MLCI_MAX_SLICE_VALUES (a whole number) changes the per-column cap.
 */
const DEFAULT_MAX_SLICE_VALUES = 1000;
const MAX_SLICE_COMBINATIONS = 10_000;
/** Most possible combinations (the counting sort holds one counter per combination). */
const MAX_COMBINATION_SPACE = 5_000_000;
function maxSliceValues() {
    const raw = process.env.MLCI_MAX_SLICE_VALUES;
    const v = raw === undefined || raw.trim() === '' ? DEFAULT_MAX_SLICE_VALUES : Number(raw.trim());
    if (!Number.isSafeInteger(v) || v < 1)
        throw new errors/* UserError */.y(`Environment variable MLCI_MAX_SLICE_VALUES must be a positive whole number; it is '${String(raw).slice(0, 40)}'.`);
    return v;
}
const MISSING = '(missing)';
function compareValues(a, b) {
    const na = Number(a), nb = Number(b);
    if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb))
        return na - nb;
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Group rows by the value combination of `columns` with a counting sort over the combined code (O(n), two passes),
 * so a million rows and a dozen slices cost a few milliseconds. Groups come out sorted by value (numbers numerically),
 * column by column, so the report order is stable.
 */
function sliceBy(data, columns) {
    const cols = columns.map((c) => data.sliceColumns.get(c));
    const cap = maxSliceValues();
    cols.forEach((c, j) => {
        if (c.dictionary.length > cap) {
            throw new errors/* UserError */.y(`Slice column '${columns[j]}' has ${c.dictionary.length.toLocaleString('en-US')} distinct values, over the limit of ${cap.toLocaleString('en-US')} ` +
                `(each value is a check and a report row): slice by a coarser column (bucket it upstream), or raise MLCI_MAX_SLICE_VALUES if you mean it.`);
        }
    });
    // Value order per column: sorted dictionary, missing last.
    const rank = cols.map((c) => {
        const order = c.dictionary.map((_, i) => i).sort((x, y) => compareValues(c.dictionary[x], c.dictionary[y]));
        const r = new Int32Array(c.dictionary.length);
        order.forEach((code, pos) => (r[code] = pos));
        return r;
    });
    const card = cols.map((c) => c.dictionary.length + 1);
    const total = card.reduce((a, b) => a * b, 1);
    const tooMany = (n) => new errors/* UserError */.y(`Slice columns ${columns.map((c) => `'${c}'`).join(' × ')} have ${n.toLocaleString('en-US')} value combinations, over the limit of ` +
        `${MAX_SLICE_COMBINATIONS.toLocaleString('en-US')} (each is a check and a report row): slice by fewer or coarser columns.`);
    if (total > MAX_COMBINATION_SPACE)
        throw tooMany(total);
    const n = data.rows;
    const combined = new Uint32Array(n);
    // Column at a time: each loop is monomorphic over two typed arrays (a row-at-a-time loop over a list of columns
    // was the slowest part of slicing a million rows).
    for (let j = 0; j < cols.length; j++) {
        const codes = cols[j].codes;
        const r = rank[j];
        const c = card[j];
        const missing = c - 1;
        for (let i = 0; i < n; i++) {
            const v = codes[i];
            combined[i] = combined[i] * c + (v < 0 ? missing : r[v]);
        }
    }
    const counts = new Uint32Array(total);
    for (let i = 0; i < n; i++)
        counts[combined[i]]++;
    let present = 0;
    for (let k = 0; k < total; k++)
        if (counts[k] > 0)
            present++;
    if (present > MAX_SLICE_COMBINATIONS)
        throw tooMany(present);
    const offsets = new Uint32Array(total + 1);
    for (let k = 0; k < total; k++)
        offsets[k + 1] = offsets[k] + counts[k];
    const sorted = sharedUint32(n); // the pool's threads read the row lists in place (pool.ts)
    const cursor = offsets.slice(0, total);
    for (let i = 0; i < n; i++)
        sorted[cursor[combined[i]]++] = i;
    // Inverse of rank: position → dictionary code.
    const byRank = cols.map((c, j) => {
        const inv = new Int32Array(c.dictionary.length);
        rank[j].forEach((pos, code) => (inv[pos] = code));
        return inv;
    });
    const out = [];
    for (let k = 0; k < total; k++) {
        if (counts[k] === 0)
            continue;
        const values = [];
        let rest = k;
        const parts = [];
        for (let j = cols.length - 1; j >= 0; j--) {
            parts[j] = rest % card[j];
            rest = Math.floor(rest / card[j]);
        }
        for (let j = 0; j < cols.length; j++) {
            const pos = parts[j];
            values.push([columns[j], pos === card[j] - 1 ? MISSING : cols[j].dictionary[byRank[j][pos]]]);
        }
        out.push({ key: values.map(([c, v]) => `${c}=${v}`).join('&'), values, rows: sorted.subarray(offsets[k], offsets[k + 1]) });
    }
    return out;
}
function overallSlice(data) {
    const rows = sharedUint32(data.rows);
    for (let i = 0; i < data.rows; i++)
        rows[i] = i;
    return { key: 'overall', values: [], rows };
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/format.ts

/** A stable 32-bit hash (FNV-1a) so each (slice, family) draws from its own seeded stream, whatever the order. */
function streamSeed(seed, key) {
    let h = 0x811c9dc5 ^ (seed >>> 0);
    for (let i = 0; i < key.length; i++)
        h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
/** How reports print a metric: the label its definition declares, else its name. */
function metricLabel(def) {
    return def.label ?? def.name;
}
/** The label of a metric named in a report (fairness rule names such as `demographic-parity` print as written). */
function displayName(metric, task) {
    try {
        return metricLabel(getMetric(metric, task));
    }
    catch {
        return metric;
    }
}
/** Short, stable number formatting for reasons (the JSON keeps full precision). */
function fmt(x, digits = 3) {
    if (!Number.isFinite(x))
        return String(x);
    if (x === 0)
        return '0';
    const a = Math.abs(x);
    if (a < 1e-3 || a >= 1e6)
        return x.toExponential(digits - 2).replace('e+', 'e');
    return String(Number(x.toPrecision(digits)));
}
function fmtP(p) {
    return p < 1e-3 ? p.toExponential(1).replace('e+', 'e') : String(Number(p.toPrecision(2)));
}
/** 1234567 → "1,234,567" without Intl (identical output on every Node build, small-icu included). */
function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/fairness.ts





const NAMED = {
    'demographic-parity': { rates: [SELECTION_RATE], needs: [] },
    'demographic-parity-difference': { rates: [SELECTION_RATE], needs: [] },
    'demographic-parity-ratio': { rates: [SELECTION_RATE], needs: [] },
    'equal-opportunity': { rates: [TRUE_POSITIVE_RATE], needs: ['positives'] },
    'equal-opportunity-difference': { rates: [TRUE_POSITIVE_RATE], needs: ['positives'] },
    tpr: { rates: [TRUE_POSITIVE_RATE], needs: ['positives'] },
    'equalized-odds': { rates: [TRUE_POSITIVE_RATE, FALSE_POSITIVE_RATE], needs: ['positives', 'negatives'] },
    'equalized-odds-difference': { rates: [TRUE_POSITIVE_RATE, FALSE_POSITIVE_RATE], needs: ['positives', 'negatives'] },
};
function measureOf(rule, policy) {
    const named = NAMED[rule.metric];
    if (named)
        return { ...named, selectionRate: named.rates[0] === SELECTION_RATE };
    let def;
    try {
        def = getMetric(rule.metric, policy.task);
    }
    catch {
        def = undefined;
    }
    if (!def || !def.numerator || !def.denominator) {
        throw new errors/* UserError */.y(`Policy: fairness metric '${rule.metric}' must be a rate from the confusion counts (selection-rate, recall, fpr, precision, accuracy, demographic-parity, equal-opportunity, equalized-odds).`);
    }
    const rate = {
        numerator: (k) => def.numerator(k.tp, k.fp, k.tn, k.fn),
        denominator: (k) => def.denominator(k.tp, k.fp, k.tn, k.fn),
    };
    return { rates: [rate], needs: def.needs ?? [], selectionRate: def.name === 'selection-rate' };
}
/** The measure's gap across groups: the largest of its rates' gaps, with that gap's integer terms. */
function gapOf(groups, m) {
    let best = null;
    let ratio = 1;
    for (const r of m.rates) {
        const g = rateGap(groups, r);
        if (!g)
            return null;
        if (!best || g.gap > best.gap)
            best = g;
        ratio = Math.min(ratio, g.ratio);
    }
    return best && { ...best, ratio };
}
const negate = (terms) => terms.map(([c, n, d]) => [-c, n, d]);
function evaluateFairness(data, policy, hasBaseline) {
    if (policy.task !== 'binary-classification' && policy.fairness.length > 0) {
        throw new errors/* UserError */.y(`Policy: fairness rules need task binary-classification (they compare rates across groups).`);
    }
    const out = [];
    const { bootstrap: B, seed, alpha } = policy.significance;
    const minSupport = policy['min-support'];
    const minClass = policy['min-class-support'];
    for (const rule of policy.fairness) {
        const across = typeof rule.across === 'string' ? [rule.across] : rule.across;
        const measure = measureOf(rule, policy);
        const groups = sliceBy(data, across);
        const res = {
            metric: rule.metric, across: across.join('&'), groups: [], candidate_gap: null, baseline_gap: null,
            gap_increase: null, ci: null, candidate_ratio: null, status: 'pass', reason: '',
        };
        if (rule.significance)
            res.gap_ci = null;
        const usable = [];
        for (const g of groups) {
            const cells = pairedCells(data.label, data.candidate, data.baseline ?? data.candidate, policy.threshold, g.rows);
            const ka = countsFromCells(cells, 0), kb = countsFromCells(cells, 1);
            const pos = ka.tp + ka.fn;
            const neg = g.rows.length - pos;
            // A group is used when it has the rows, and the class counts the measure's rates divide by.
            const ok = g.rows.length >= minSupport
                && (!measure.needs.includes('positives') || pos >= minClass)
                && (!measure.needs.includes('negatives') || neg >= minClass)
                && (!measure.needs.includes('predicted-positives') || Math.min(ka.tp + ka.fp, kb.tp + kb.fp) >= minClass);
            // For equalized odds the per-group value reported is the TPR; the gap combines TPR and FPR gaps.
            const value = (k) => measure.rates[0].numerator(k) / measure.rates[0].denominator(k);
            res.groups.push({
                group: g.values.map(([, val]) => val).join('&'), support: g.rows.length, positives: pos,
                candidate: ok ? value(ka) : null, baseline: ok && hasBaseline ? value(kb) : null,
            });
            if (ok)
                usable.push({ cells, n: g.rows.length });
        }
        if (usable.length < 2) {
            const need = measure.needs.length ? ` and ${minClass}+ ${measure.needs.map((x) => x.replace('-', ' ')).join(' and ')}` : '';
            res.status = 'insufficient';
            res.reason = `insufficient: fewer than two groups of '${res.across}' have ${minSupport}+ rows${need}`;
            out.push(res);
            continue;
        }
        const countsOf = (cellsList, model) => cellsList.map((c) => countsFromCells(c, model));
        const ga = gapOf(countsOf(usable.map((u) => u.cells), 0), measure);
        const gb = hasBaseline ? gapOf(countsOf(usable.map((u) => u.cells), 1), measure) : null;
        res.candidate_gap = ga?.gap ?? null;
        res.candidate_ratio = ga?.ratio ?? null;
        res.baseline_gap = gb?.gap ?? null;
        let gapCi;
        if (ga && (gb || rule.significance)) {
            if (gb)
                res.gap_increase = ga.gap - gb.gap;
            const rng = (0,stats_rng/* createRng */.S)(streamSeed(seed, `fairness|${rule.metric}|${res.across}`));
            const reps = new Float64Array(B);
            const repsA = new Float64Array(B);
            const draws = usable.map(() => new Float64Array(8));
            const probs = usable.map((u) => u.cells.map((c) => c / u.n));
            for (let b = 0; b < B; b++) {
                usable.forEach((u, i) => rng.multinomial(u.n, probs[i], draws[i]));
                const a = gapOf(countsOf(draws, 0), measure), bb = gapOf(countsOf(draws, 1), measure);
                reps[b] = a && bb ? a.gap - bb.gap : NaN;
                repsA[b] = a ? a.gap : NaN;
            }
            if (gb && reps.some((x) => !Number.isNaN(x)))
                res.ci = (0,quantile/* percentileInterval */.J)(reps, alpha);
            if (rule.significance && repsA.some((x) => !Number.isNaN(x)))
                res.gap_ci = gapCi = (0,quantile/* percentileInterval */.J)(repsA, alpha);
        }
        const name = displayName(rule.metric, policy.task);
        const msgs = [];
        let status = 'pass';
        // Exact on the integer counts: a gap equal to the limit is within it.
        const gapOver = (limit) => ga !== null && compareRatioSum(ga.gapTerms, limit) > 0;
        const increaseOver = (limit) => ga !== null && gb !== null && compareRatioSum([...ga.gapTerms, ...negate(gb.gapTerms)], limit) > 0;
        const sig = (ci, limit) => !rule.significance || (ci != null && ci[0] > limit);
        const maxGap = rule['max-gap'];
        if (maxGap !== undefined && gapOver(maxGap)) {
            if (sig(gapCi, maxGap)) {
                status = 'fail';
                msgs.push(`${name} gap across ${res.across} is ${fmt(ga.gap)} (> ${maxGap})${rule.significance ? `, CI [${fmt(gapCi[0])}, ${fmt(gapCi[1])}] above it` : ''}`);
            }
            else {
                if (status === 'pass')
                    status = 'warn';
                msgs.push(`${name} gap across ${res.across} is ${fmt(ga.gap)} (> ${maxGap}) but not significantly: CI ${gapCi ? `[${fmt(gapCi[0])}, ${fmt(gapCi[1])}]` : 'undefined'}`);
            }
        }
        const maxInc = rule['max-gap-increase'];
        if (maxInc !== undefined && increaseOver(maxInc)) {
            if (sig(res.ci, maxInc)) {
                status = 'fail';
                msgs.push(`${name} gap across ${res.across} grew by ${fmt(res.gap_increase)} (> ${maxInc}) from ${fmt(gb.gap)} to ${fmt(ga.gap)}${rule.significance ? `, CI [${fmt(res.ci[0])}, ${fmt(res.ci[1])}] above it` : ''}`);
            }
            else {
                if (status === 'pass')
                    status = 'warn';
                msgs.push(`${name} gap across ${res.across} grew by ${fmt(res.gap_increase)} (> ${maxInc}) but not significantly: CI ${res.ci ? `[${fmt(res.ci[0])}, ${fmt(res.ci[1])}]` : 'undefined'}`);
            }
        }
        const minRatio = rule['min-ratio'];
        const ratioBelow = (r) => ga !== null && (ga.ratioTerm && measure.rates.length === 1 ? compareRatioSum([ga.ratioTerm], r) < 0 : ga.ratio < r);
        if (minRatio !== undefined && ratioBelow(minRatio)) {
            status = 'fail';
            msgs.push(`${name} ratio across ${res.across} is ${fmt(ga.ratio)} (< ${minRatio})`);
        }
        else if (minRatio === undefined && measure.selectionRate && ratioBelow(0.8)) {
            if (status === 'pass')
                status = 'warn';
            msgs.push(`selection-rate ratio ${fmt(ga.ratio)} is under the four-fifths rule of thumb (0.8)`);
        }
        if (status === 'fail' && rule.severity === 'warn')
            status = 'warn';
        if (msgs.length === 0) {
            msgs.push(`${name} gap ${fmt(ga?.gap ?? NaN)}${res.gap_increase !== null ? ` (baseline ${fmt(gb.gap)}, change ${fmt(res.gap_increase)})` : ''} within limits`);
        }
        res.status = status;
        res.reason = msgs.join('; ');
        out.push(res);
    }
    return out;
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/fast-tests.ts



/** Units below which the delta method is not trusted (the same rule as the normal approximation of mean losses). */
const DELTA_MIN_UNITS = 1000;
const meanOnly = (m) => m[0];
const zero = () => 0;
// The joint class cells of a slice, shared by accuracy and macro-f1.
const cellCache = new WeakMap();
// Bootstrap replicates of the slice's unit metrics, computed together (keyed by the slice's rows).
const unitCache = new WeakMap();
function fastPairedTest(def, slice, colsA, colsB, prepA, prepB, B, seed, siblings = []) {
    const rows = slice.rows;
    if (def.fromConfusion && colsA.scores2d && colsB.scores2d) {
        let cells = cellCache.get(rows);
        if (!cells) {
            cells = pairedClassCells(colsA.label, colsA.scores2d, colsB.scores2d, rows);
            cellCache.set(rows, cells);
        }
        const { k, label, predA, predB, count } = cells;
        const m = count.length;
        const rng = (0,stats_rng/* createRng */.S)(streamSeed(seed, `${slice.key}|classes`));
        const draw = new Float64Array(m);
        const confA = new Float64Array(k * k);
        const confB = new Float64Array(k * k);
        const deltas = new Float64Array(B);
        for (let b = 0; b < B; b++) {
            // A multinomial draw of n rows over the joint cells = the cell counts of a row bootstrap, O(cells).
            rng.multinomial(rows.length, count, draw);
            confA.fill(0);
            confB.fill(0);
            for (let j = 0; j < m; j++) {
                confA[label[j] * k + predA[j]] += draw[j];
                confB[label[j] * k + predB[j]] += draw[j];
            }
            deltas[b] = def.fromConfusion(confA, k) - def.fromConfusion(confB, k);
        }
        const out = { method: 'bootstrap-multinomial', deltas };
        if (def.name === 'accuracy') {
            let better = 0;
            let worse = 0;
            for (let j = 0; j < m; j++) {
                if (label[j] === predA[j] && label[j] !== predB[j])
                    better += count[j];
                else if (label[j] === predB[j] && label[j] !== predA[j])
                    worse += count[j];
            }
            out.discordant = { better, worse };
        }
        return out;
    }
    if (def.unitStats && def.fromMeans) {
        const pairOf = (m, pa, pb) => {
            const statsA = m.unitStats(colsA, rows, pa);
            const statsB = m.unitStats(colsB, rows, pb);
            if (!m.meanOfUnits)
                return { statsA, statsB, fA: m.fromMeans, fB: m.fromMeans };
            // Δ of two means = the mean of per-unit differences: one statistic per unit to resample instead of two.
            const diff = new Float64Array(statsA[0].length);
            for (let u = 0; u < diff.length; u++)
                diff[u] = statsA[0][u] - statsB[0][u];
            return { statsA: [diff], statsB: [], fA: meanOnly, fB: zero };
        };
        const p = pairOf(def, prepA, prepB);
        const units = p.statsA[0].length;
        if (def.unitTest === 'delta' && units >= DELTA_MIN_UNITS)
            return { method: 'delta', se: pairedMeansDelta(p).se };
        // The policy's other bootstrapped unit metrics share this slice's unit draws: one pass for all of them (the draws,
        // not the metrics, cost O(U) per replicate), cached until evaluate asks for them.
        let cached = unitCache.get(rows);
        if (!cached?.has(def)) {
            const group = [def, ...siblings.filter((m) => m !== def && m.unitStats && m.fromMeans && !(m.unitTest === 'delta' && units >= DELTA_MIN_UNITS)
                    && (m.resampleUnit ?? 'row') === (def.resampleUnit ?? 'row'))];
            const parts = group.map((m) => (m === def ? p : pairOf(m, m.prepare?.(colsA, rows), m.prepare?.(colsB, rows))));
            const reps = pairedMeansBootstrap(parts, B, (0,stats_rng/* createRng */.S)(streamSeed(seed, `${slice.key}|units`)));
            cached = new Map(group.map((m, i) => [m, reps[i]]));
            unitCache.set(rows, cached);
        }
        return { method: 'bootstrap', deltas: cached.get(def) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/paired-test.ts




/**
 * The paired comparison of candidate and baseline for one metric on one slice: which test, which p-values. Every
 * formula lives in `stats/` beside its test; this file only picks the test the metric declares and feeds it:
 *
 * | metric declares                     | test                                                   | stats/                      |
 * |-------------------------------------|--------------------------------------------------------|-----------------------------|
 * | family 'auc' (binary labels)        | DeLong z-test with margin                              | delong.ts, delong-test.ts   |
 * | family 'count'                      | paired bootstrap as a multinomial over the 8 cells     | rng.ts, bootstrap-p-value.ts|
 * |   + exactTest 'mcnemar', margin 0   | exact McNemar (conditional binomial)                   | mcnemar.ts                  |
 * | family 'mean', ≥ 1000 rows          | z-test of the mean paired per-row difference           | z-test.ts                   |
 * | `pairedReplicates` hook             | the metric's own bootstrap (sufficient statistics)     | bootstrap-p-value.ts        |
 * | anything else                       | paired bootstrap of rows (of queries: resampleUnit)    | bootstrap-weights.ts        |
 *
 * Hypotheses on sign·Δ (sign = +1 for higher-is-better metrics, −1 for losses) with margin d: non-inferiority
 * H0 sign·Δ ≤ −d, significant regression H0 sign·Δ ≥ −d. Whether sign·Δ is above, on or below −d is decided exactly
 * for ratios of integers (count metrics, AUC), so a value on the margin counts for H0 in both tests.
 */
/** One slice of the joined evaluation set, with the per-slice work shared by its metrics. */
class SliceModels {
    key;
    rows;
    a;
    b;
    label01;
    ranks;
    /** The 8 paired cells label × candidate decision × baseline decision (binary, with a baseline). */
    cells;
    /** Multinomial bootstrap of the cells, B × 8, drawn once per slice so its count metrics share replicates. */
    cellReplicates;
    delong;
    constructor(
    /** `overall` or `col=value&...`: names the slice's random streams, so replicates do not depend on order. */
    key, rows, a, b, 
    /** Binary labels as bytes (DeLong); undefined for the other tasks. */
    label01, 
    /** Both models' dense score ranks (EvalData.scoreRanks): filled by the overall slice, used by the others. */
    ranks) {
        this.key = key;
        this.rows = rows;
        this.a = a;
        this.b = b;
        this.label01 = label01;
        this.ranks = ranks;
    }
    pairedCells() {
        return (this.cells ??= pairedCells(this.a.label, this.a.score, this.b.score, this.a.threshold, this.rows));
    }
    delongResult() {
        if (this.delong)
            return this.delong;
        const r = this.ranks;
        if (r && this.rows.length === r.a.length && this.key === 'overall') {
            // Every row: sort the scores and leave their ranks for the slices judged after this one, on any thread.
            this.delong = delongPaired(this.label01, this.a.score, this.b.score, this.rows, { a: r.a, b: r.b, use: 'fill' });
            Atomics.store(r.ready, 0, 1);
        }
        else {
            // Same order and ties either way; the ranks only make the sort cheaper (a slice judged before they are
            // ready sorts the scores).
            const use = r !== undefined && Atomics.load(r.ready, 0) === 1;
            this.delong = delongPaired(this.label01, this.a.score, this.b.score, this.rows, use ? { a: r.a, b: r.b, use: 'use' } : undefined);
        }
        return this.delong;
    }
    /**
     * B multinomial draws of the slice size over the 8 cell shares: exactly the distribution of the row-bootstrap
     * cells, at O(1) per replicate instead of O(n) (STATS.md "Methods").
     */
    cellBootstrap(B, seed) {
        if (this.cellReplicates)
            return this.cellReplicates;
        const cells = this.pairedCells();
        const n = this.rows.length;
        const probs = cells.map((c) => c / n);
        const rng = (0,stats_rng/* createRng */.S)(streamSeed(seed, `${this.key}|cells`));
        const out = new Float64Array(B * 8);
        const draw = new Float64Array(8);
        for (let b = 0; b < B; b++) {
            rng.multinomial(n, probs, draw);
            out.set(draw, b * 8);
        }
        return (this.cellReplicates = out);
    }
    /** Whether a DeLong pass and the 8 cells apply (binary labels and a baseline). */
    usesCells(def) {
        return def.family === 'count' && this.b !== undefined && def.numerator !== undefined && this.label01 !== undefined;
    }
    usesDelong(def) {
        return def.family === 'auc' && this.b !== undefined && this.label01 !== undefined;
    }
}
function pointValues(def, s) {
    if (s.usesDelong(def)) {
        // One DeLong pass gives both AUCs and the variance (no second sort).
        const r = s.delongResult();
        return { a: r.aucA, b: r.aucB };
    }
    if (s.usesCells(def)) {
        const cells = s.pairedCells();
        return { a: countValue(def, cells, 0), b: countValue(def, cells, 1) };
    }
    const prepA = def.prepare?.(s.a, s.rows);
    const a = def.compute(s.a, s.rows, prepA);
    if (!s.b)
        return { a, b: NaN, prepA };
    const prepB = def.prepare?.(s.b, s.rows);
    return { a, b: def.compute(s.b, s.rows, prepB), prepA, prepB };
}
function countValue(def, cells, model) {
    const k = countsFromCells(cells, model);
    return def.fromCounts(k.tp, k.fp, k.tn, k.fn);
}
/** sign·Δ as a sum of integer ratios, for {@link compareRatioSum}; undefined when Δ is not such a sum. */
function countTerms(def, cells, sign) {
    const ka = countsFromCells(cells, 0), kb = countsFromCells(cells, 1);
    return [
        [sign, def.numerator(ka.tp, ka.fp, ka.tn, ka.fn), def.denominator(ka.tp, ka.fp, ka.tn, ka.fn)],
        [-sign, def.numerator(kb.tp, kb.fp, kb.tn, kb.fn), def.denominator(kb.tp, kb.fp, kb.tn, kb.fn)],
    ];
}
/** Sign of sign·Δ + d for the observed values, exactly where Δ is a difference of integer ratios. */
function observedVsMargin(def, s, v, sign, d) {
    if (s.usesCells(def))
        return compareRatioSum(countTerms(def, s.pairedCells(), sign), -d);
    if (s.usesDelong(def)) {
        // AUC·2mn is an integer (midranks are halves of integers); recover it while 2mn is far below 2^53.
        const r = s.delongResult();
        const den = 2 * r.positives * r.negatives;
        if (den > 0 && den < 2 ** 46) {
            return compareRatioSum([[sign, Math.round(r.aucA * den), den], [-sign, Math.round(r.aucB * den), den]], -d);
        }
    }
    return compareApprox(sign * (v.a - v.b), -d, Math.abs(v.a) + Math.abs(v.b));
}
/**
 * The paired test of one metric on one slice (see the table above). Pure: the same slice key, rows, columns and
 * seed give the same outcome whatever else is evaluated, and on whichever thread.
 */
function pairedTest(def, s, v, policy) {
    const sign = def.direction === 'higher' ? 1 : -1;
    const d = policy.margin;
    const delta = v.a - v.b;
    const vsMargin = observedVsMargin(def, s, v, sign, d);
    const { alpha, bootstrap: B, seed } = policy;
    const rows = s.rows;
    if (s.usesDelong(def)) {
        const t = delongTest(s.delongResult(), d, 'less', alpha, vsMargin);
        return { delta, ci: t.ci, pNI: t.pNonInferiority, pSR: t.pRegression, method: 'delong', vsMargin };
    }
    if (s.usesCells(def)) {
        if (def.exactTest === 'mcnemar') {
            const { b: better, c: worse } = discordantFromCells(s.pairedCells()); // candidate right & baseline wrong; the reverse
            const mcnemar = mcnemarExact(better, worse);
            if (d === 0) {
                // No margin: the exact conditional test decides; the interval still comes from the bootstrap.
                const boot = fromCellReplicates(def, s, sign, d, alpha, B, seed, delta);
                return {
                    delta, ci: boot.ci, method: 'mcnemar-exact', mcnemar, vsMargin,
                    pSR: mcnemarExact(better, worse, sign > 0 ? 'less' : 'greater'),
                    pNI: mcnemarExact(better, worse, sign > 0 ? 'greater' : 'less'),
                };
            }
            return { ...fromCellReplicates(def, s, sign, d, alpha, B, seed, delta), mcnemar, vsMargin };
        }
        return { ...fromCellReplicates(def, s, sign, d, alpha, B, seed, delta), vsMargin };
    }
    // Ranking, regression, multiclass: metrics with a fast paired form (per-query values, sufficient statistics, joint
    // class cells; gate/fast-tests.ts), turned into an interval and p-values exactly as every other test below.
    const fast = s.b ? fastPairedTest(def, { key: s.key, values: [], rows }, s.a, s.b, v.prepA, v.prepB, B, seed, policy.siblings) : undefined;
    if (fast) {
        let out;
        if (fast.se !== undefined) {
            const t = marginZTest(sign * delta, fast.se * fast.se, d, alpha, vsMargin);
            out = { delta, ci: mirror(t.ci, sign), pNI: t.pNonInferiority, pSR: t.pRegression, method: fast.method, vsMargin };
        }
        else {
            const deltas = fast.deltas;
            const signs = new Int8Array(deltas.length);
            for (let b = 0; b < deltas.length; b++)
                signs[b] = compareApprox(sign * deltas[b], -d, 2 * Math.abs(deltas[b]) + 1) || 0;
            out = { ...fromReplicates(deltas, signs, sign, d, alpha, delta), method: fast.method, vsMargin };
        }
        if (fast.discordant) {
            // Accuracy of any task: exact McNemar on the correct/incorrect pairs, decisive at margin 0 as for binary.
            const { better, worse } = fast.discordant;
            out.mcnemar = mcnemarExact(better, worse);
            if (d === 0) {
                out.pSR = mcnemarExact(better, worse, sign > 0 ? 'less' : 'greater');
                out.pNI = mcnemarExact(better, worse, sign > 0 ? 'greater' : 'less');
                out.method = 'mcnemar-exact';
            }
        }
        return out;
    }
    if (def.family === 'mean' && def.perRow && s.b && rows.length >= 1000) {
        // Mean losses: z-test of the mean of paired per-row differences (Welford's running mean and variance).
        let mean = 0, m2 = 0;
        const { label, score } = s.a;
        const sb = s.b.score;
        for (let k = 0; k < rows.length; k++) {
            const i = rows[k];
            const x = def.perRow(label[i], score[i]) - def.perRow(label[i], sb[i]);
            const dlt = x - mean;
            mean += dlt / (k + 1);
            m2 += dlt * (x - mean);
        }
        const t = marginZTest(sign * delta, m2 / (rows.length - 1) / rows.length, d, alpha, vsMargin);
        return { delta, ci: mirror(t.ci, sign), pNI: t.pNonInferiority, pSR: t.pRegression, method: 'normal', vsMargin };
    }
    // Everything else: a paired bootstrap, the same replicate applied to both models.
    const deltas = new Float64Array(B);
    const rng = (0,stats_rng/* createRng */.S)(streamSeed(seed, `${s.key}|rows`));
    if (def.pairedReplicates) {
        def.pairedReplicates(s.a, s.b, rows, rng, deltas);
    }
    else {
        forEachWeightVector(s, def, B, rng, (w, b) => {
            deltas[b] = def.compute(s.a, rows, v.prepA, w) - def.compute(s.b, rows, v.prepB, w);
        });
    }
    const signs = new Int8Array(B);
    for (let b = 0; b < B; b++) {
        // Real-valued replicates: equal to the margin within rounding is a tie, which counts for H0.
        signs[b] = compareApprox(sign * deltas[b], -d, 2 * Math.abs(deltas[b]) + 1) || 0;
    }
    return { ...fromReplicates(deltas, signs, sign, d, alpha, delta), method: 'bootstrap', vsMargin };
}
function mirror(ci, sign) {
    return sign > 0 ? ci : [-ci[1], -ci[0]];
}
/** Count metrics: Δ* per multinomial replicate, its position against the margin decided on the integer counts. */
function fromCellReplicates(def, s, sign, d, alpha, B, seed, delta) {
    const reps = s.cellBootstrap(B, seed);
    const deltas = new Float64Array(B);
    const signs = new Int8Array(B);
    for (let b = 0; b < B; b++) {
        const cells = reps.subarray(b * 8, b * 8 + 8);
        deltas[b] = countValue(def, cells, 0) - countValue(def, cells, 1);
        const c = compareRatioSum(countTerms(def, cells, sign), -d);
        signs[b] = Number.isNaN(c) ? 0 : c;
    }
    return { ...fromReplicates(deltas, signs, sign, d, alpha, delta), method: 'bootstrap-multinomial' };
}
/**
 * Bootstrap p-values with the (count + 1)/(B + 1) convention (Davison & Hinkley 1997, §4.4) on h = sign·Δ* against
 * −d, `signs` deciding ties; the percentile interval of Δ* (Efron & Tibshirani 1993, §13.3). NaN replicates (the
 * metric undefined on that resample) are left out of both.
 */
function fromReplicates(deltas, signs, sign, d, alpha, delta) {
    const h = sign > 0 ? deltas : deltas.map((x) => -x);
    const ci = (0,quantile/* percentileInterval */.J)(deltas, alpha);
    return {
        delta,
        ci: [ci[0], ci[1]],
        pNI: bootstrapPValue(h, -d, 'greater', signs),
        pSR: bootstrapPValue(h, -d, 'less', signs),
    };
}
/**
 * Visit B bootstrap weight vectors over the slice's rows (over its queries when the metric resamples queries: the
 * cluster bootstrap), w[k] = how often rows[k] was drawn. One reused buffer keeps memory O(n); the stream is seeded
 * per slice, so every metric of the slice sees the same replicates (paired across models and metrics).
 */
function forEachWeightVector(s, def, B, rng, fn) {
    const rows = s.rows;
    const n = rows.length;
    const w = new Uint32Array(n);
    const query = s.a.query;
    if (query && def.resampleUnit === 'query') {
        // Rows of one query are not independent: resample whole queries.
        const qIndex = new Map();
        const qOfRow = new Uint32Array(n);
        for (let k = 0; k < n; k++) {
            const q = query[rows[k]];
            let id = qIndex.get(q);
            if (id === undefined) {
                id = qIndex.size;
                qIndex.set(q, id);
            }
            qOfRow[k] = id;
        }
        const qw = new Uint32Array(qIndex.size);
        for (let b = 0; b < B; b++) {
            bootstrapWeights(rng, qw);
            for (let k = 0; k < n; k++)
                w[k] = qw[qOfRow[k]];
            fn(w, b);
        }
    }
    else {
        for (let b = 0; b < B; b++)
            fn(bootstrapWeights(rng, w), b);
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/evaluate.ts






/** The partitions the policy asks for: overall, then every value (combination) of each slice spec, in report order. */
function partitionsOf(data, loaded, overall = overallSlice(data)) {
    return [[overall], ...loaded.sliceSpecs.map((spec) => sliceBy(data, spec))];
}
function sumLabels(label, rows) {
    let s = 0;
    for (let k = 0; k < rows.length; k++)
        s += label[rows[k]];
    return s;
}
/** Predicted positives of one model on the slice's rows. */
function predictedPositives(score, threshold, rows) {
    let s = 0;
    for (let k = 0; k < rows.length; k++)
        if (score[rows[k]] >= threshold)
            s++;
    return s;
}
/** Why a slice is too small for a metric, following what the metric divides by; undefined when it is not. */
function supportShortfall(pm, label, m, positives, minClass) {
    const needs = pm.def.needs ?? [];
    if (positives === null || needs.length === 0)
        return undefined;
    const n = m.rows.length;
    const short = [];
    if (needs.includes('positives') && positives < minClass)
        short.push(`${positives} positives`);
    if (needs.includes('negatives') && n - positives < minClass)
        short.push(`${n - positives} negatives`);
    if (needs.includes('predicted-positives')) {
        const pa = predictedPositives(m.a.score, m.a.threshold, m.rows);
        const pb = m.b ? predictedPositives(m.b.score, m.b.threshold, m.rows) : pa;
        if (Math.min(pa, pb) < minClass)
            short.push(`${m.b ? `${pa} and ${pb}` : pa} predicted positives`);
    }
    if (short.length === 0)
        return undefined;
    return `${short.join(' and ')}; ${label} needs at least ${minClass} ${needs.map((x) => x.replace('-', ' ')).join(' and ')}`;
}
/**
 * Judge every metric on one slice: point values, bounds, the paired test. Pure: the result depends only on the data,
 * the policy and the slice (its key seeds its random streams), so slices can be judged in any order, on any thread.
 */
function judgeSlice(data, loaded, slice) {
    const { policy } = loaded;
    const { alpha, bootstrap: B, seed } = policy.significance;
    const hasBaseline = data.baseline !== undefined || data.baselineClasses !== undefined;
    const isOverall = slice.key === 'overall';
    const colsA = { label: data.label, score: data.candidate, threshold: policy.threshold, query: data.query, scores2d: data.candidateClasses };
    const colsB = hasBaseline
        ? { label: data.label, score: data.baseline, threshold: policy.threshold, query: data.query, scores2d: data.baselineClasses }
        : undefined;
    const models = new SliceModels(slice.key, slice.rows, colsA, colsB, data.label01, data.scoreRanks);
    const positives = policy.task === 'binary-classification' ? sumLabels(data.label, slice.rows) : null;
    // Ranking: support counts queries, the units the query bootstrap resamples (rows of a query are not independent).
    const support = data.query ? queryCount(data.query, slice.rows) : slice.rows.length;
    const unit = data.query ? 'queries' : 'rows';
    const siblings = loaded.metrics.map((m) => m.def);
    const out = [];
    for (const pm of loaded.metrics) {
        const { name, rule, def } = pm;
        const label = metricLabel(def);
        const decisionRule = isOverall ? policy.decision.overall : policy.decision.slices;
        const check = {
            slice: slice.key, metric: name, support, positives,
            candidate: null, baseline: null, delta: null, ci: null, p_value: null, p_adjusted: null,
            status: 'pass', reason: '', method: null, decision: decisionRule, margin: null,
        };
        const entry = { check, rule, decisionRule, boundMsgs: [], boundSeverity: isOverall ? 'block' : policy.bounds.slices, label, sign: def.direction === 'higher' ? 1 : -1 };
        out.push(entry);
        // Too small to judge: reported, never failed.
        if (!isOverall && support < policy['min-support']) {
            entry.insufficient = `${support} ${unit} < min-support ${policy['min-support']}`;
        }
        else {
            entry.insufficient = supportShortfall(pm, label, models, positives, policy['min-class-support']);
        }
        const v = pointValues(def, models);
        check.candidate = Number.isFinite(v.a) ? v.a : null;
        if (colsB) {
            check.baseline = Number.isFinite(v.b) ? v.b : null;
            if (check.candidate !== null && check.baseline !== null)
                check.delta = v.a - v.b;
        }
        if (entry.insufficient)
            continue;
        if (check.candidate === null) {
            entry.insufficient = `${label} is undefined on this slice`;
            continue;
        }
        // Bounds on the candidate's point value. A count metric or AUC is one correctly rounded division, the same
        // double as the decimal bound when the two are equal, so these comparisons are exact.
        if (rule.min !== undefined && v.a < rule.min)
            entry.boundMsgs.push(`${label} ${fmt(v.a)} is below the minimum ${rule.min}`);
        if (rule.max !== undefined && v.a > rule.max)
            entry.boundMsgs.push(`${label} ${fmt(v.a)} is above the maximum ${rule.max}`);
        // Paired comparison with the baseline.
        const hasBounds = rule.min !== undefined || rule.max !== undefined;
        const margin = rule['max-regression'] ?? (hasBounds ? undefined : 0);
        if (!colsB || margin === undefined) {
            check.decision = 'bounds';
            continue;
        }
        if (check.baseline === null) {
            entry.insufficient = `baseline ${label} is undefined on this slice`;
            continue;
        }
        check.margin = margin;
        const test = pairedTest(def, models, v, { alpha, bootstrap: B, seed, margin, siblings });
        if (Number.isNaN(test.pSR) || Number.isNaN(test.pNI)) {
            entry.insufficient = `the variance of Δ${label === name ? ` ${label}` : ''} is undefined on this slice (too few rows of a class)`;
            continue;
        }
        entry.test = test;
        check.method = test.method;
        check.ci = test.ci;
        if (test.mcnemar !== undefined)
            check.mcnemar_p = test.mcnemar;
    }
    return out;
}
/** The multiple-testing correction and the decisions, once every slice is judged (in report order). */
function finishGate(pending, data, loaded) {
    const { policy } = loaded;
    const hasBaseline = data.baseline !== undefined || data.baselineClasses !== undefined;
    // Multiple testing: only the significant-regression tests (their rejections block), across the whole run.
    const family = pending.filter((e) => e.test && e.decisionRule === 'significant-regression');
    const adjusted = adjustPValues(family.map((e) => e.test.pSR), policy.significance.correction);
    family.forEach((e, i) => (e.check.p_adjusted = adjusted[i]));
    for (const e of pending)
        decide(e, policy, hasBaseline);
    const fairness = evaluateFairness(data, policy, hasBaseline);
    const checks = pending.map((e) => e.check);
    const passed = !checks.some((c) => c.status === 'fail') && !fairness.some((f) => f.status === 'fail');
    return { passed, firstRun: !hasBaseline, rows: data.rows, checks, fairness };
}
/**
 * Evaluate every (slice, metric) check and the fairness rules on this thread. Pure: the same data, policy and seed
 * give the same result (the worker pool in gate/pool.ts gives it too, byte for byte).
 */
function evaluateGate(data, loaded, partitions = partitionsOf(data, loaded)) {
    const pending = [];
    for (const part of partitions)
        for (const slice of part)
            pending.push(...judgeSlice(data, loaded, slice));
    return finishGate(pending, data, loaded);
}
function decide(e, policy, hasBaseline) {
    const c = e.check;
    const alpha = policy.significance.alpha;
    const name = e.label;
    if (e.insufficient) {
        c.status = 'insufficient';
        c.reason = `insufficient: ${e.insufficient}`;
        c.p_value = null;
        c.p_adjusted = null;
        return;
    }
    const msgs = [];
    let status = 'pass';
    const worst = (s) => {
        const order = ['pass', 'warn', 'fail'];
        if (order.indexOf(s) > order.indexOf(status))
            status = s;
    };
    if (e.boundMsgs.length && e.boundSeverity !== 'ignore') {
        worst(e.boundSeverity === 'block' ? 'fail' : 'warn');
        msgs.push(...e.boundMsgs);
    }
    if (e.test) {
        const t = e.test;
        const d = c.margin ?? 0;
        const drop = -e.sign * t.delta; // > 0 means the candidate is worse
        const dir = e.sign > 0 ? 'dropped' : 'rose';
        // Beyond the margin, decided exactly (a drop equal to the margin is not "> margin").
        const beyond = t.vsMargin < 0;
        if (e.decisionRule === 'non-inferiority') {
            c.p_value = t.pNI;
            c.p_adjusted = t.pNI; // intersection–union: not adjusted (STATS.md)
            if (t.pNI < alpha) {
                msgs.push(`non-inferior: Δ=${fmt(t.delta)}, within margin ${d} (p=${fmtP(t.pNI)})`);
            }
            else {
                worst('fail');
                msgs.push(beyond
                    ? `${name} regressed by ${fmt(drop)} (> ${d}), p=${fmtP(t.pNI)} for non-inferiority`
                    : `could not show ${name} is non-inferior within ${d}: Δ=${fmt(t.delta)}, CI [${fmt(t.ci[0])}, ${fmt(t.ci[1])}], p=${fmtP(t.pNI)}`);
            }
        }
        else {
            c.p_value = t.pSR;
            const pAdj = c.p_adjusted ?? t.pSR;
            if (pAdj < alpha) {
                worst('fail');
                msgs.push(`${name} regressed by ${fmt(drop)} (> ${d}), p_adj=${fmtP(pAdj)}`);
            }
            else if (t.pSR < alpha) {
                worst('warn');
                msgs.push(`${name} ${dir} by ${fmt(drop)}: significant alone (p=${fmtP(t.pSR)}) but not after ${policy.significance.correction} over all slices (p_adj=${fmtP(pAdj)})`);
            }
            else if (beyond) {
                worst('warn');
                msgs.push(`${name} ${dir} by ${fmt(drop)} (> ${d}) but not significantly (p_adj=${fmtP(pAdj)}); too little data to be sure`);
            }
            else {
                msgs.push(`no significant regression: Δ=${fmt(t.delta)}, CI [${fmt(t.ci[0])}, ${fmt(t.ci[1])}], p_adj=${fmtP(pAdj)}`);
            }
        }
    }
    else if (!hasBaseline) {
        if (!e.boundMsgs.length)
            msgs.push((e.rule.min !== undefined || e.rule.max !== undefined ? `${name} ${fmt(c.candidate)} within bounds (first run: no baseline)` : `first run: no baseline to compare; ${name} ${fmt(c.candidate)} reported only`));
    }
    else if (!e.boundMsgs.length) {
        msgs.push(`${name} ${fmt(c.candidate)} within bounds`);
    }
    if (status === 'fail' && e.rule.severity === 'warn')
        status = 'warn';
    c.status = status;
    c.reason = msgs.join('; ');
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/pool.ts
/**
 * The gate on every core: slices are judged on this thread and on worker threads, largest first, from one queue.
 * A slice's checks depend only on the data, the policy and the slice (its key seeds its random streams), so which
 * thread judges it changes nothing: the pending checks are put back in report order and corrected and decided on this
 * thread, and the report is the same, byte for byte, as `evaluateGate` on one thread (the action tests compare them
 * through the committed bundle). The columns go to the workers in SharedArrayBuffers: one copy in memory whatever the
 * number of threads.
 */







/**
 * Below this many rows × metrics the gate runs on this thread: a worker costs ~0.1 s to start and load the bundle.
 * MLCI_GATE_MIN_WORK overrides it (tests set 0 to compare both paths on the small example).
 */
const DEFAULT_MIN_WORK = 1_500_000;
/**
 * Most rows judged at once across the threads (never less than the largest slice). Judging a slice takes ~30 bytes a
 * row of scratch (DeLong's sort and components), on top of the columns: on a 10,000,000-row set this keeps it near
 * 300 MB (the overall slice alone, or two halves), where the overall slice and a half at once would need 450 MB
 * (more with more cores), and it changes nothing on a million rows. MLCI_GATE_INFLIGHT_ROWS overrides it.
 */
const DEFAULT_INFLIGHT_ROWS = 6_000_000;
/**
 * Move the columns into shared memory, in place. loadEvalData and sliceBy build them there already (nothing is
 * copied); data built otherwise (tests) is copied once and its private arrays become garbage at once.
 */
function shareData(d) {
    for (const c of d.sliceColumns.values())
        c.codes = shared(c.codes);
    d.label = shared(d.label);
    if (d.label01)
        d.label01 = shared(d.label01);
    d.candidate = shared(d.candidate);
    if (d.baseline)
        d.baseline = shared(d.baseline);
    d.candidateClasses = d.candidateClasses?.map(shared);
    d.baselineClasses = d.baselineClasses?.map(shared);
    if (d.query)
        d.query = shared(d.query);
    return d;
}
/**
 * Up to this many rows, the overall slice's DeLong pass leaves both models' dense score ranks (8 bytes a row) for the
 * other slices to sort by (EvalData.scoreRanks): each slice's sort then reads one 32-bit word per row instead of a
 * double. Above it the memory goes to the 10,000,000-row budget instead. MLCI_GATE_RANK_ROWS overrides.
 */
const DEFAULT_RANK_ROWS = 5_000_000;
function withScoreRanks(d, loaded) {
    if (!d.label01 || !d.baseline || d.scoreRanks || !loaded.metrics.some((m) => m.def.family === 'auc'))
        return;
    if (d.rows > ((0,workers_entry/* envNumber */.dc)('MLCI_GATE_RANK_ROWS') ?? DEFAULT_RANK_ROWS))
        return;
    d.scoreRanks = { a: sharedUint32(d.rows), b: sharedUint32(d.rows), ready: new Int32Array(new SharedArrayBuffer(4)) };
}
/** A slice as it crosses to a worker: its row list is a view of shared memory (sliceBy and overallSlice build them there). */
function sharedSlice(x) {
    if (x.rows.buffer instanceof SharedArrayBuffer)
        return x;
    const rows = new Uint32Array(new SharedArrayBuffer(x.rows.length * 4));
    rows.set(x.rows);
    return { ...x, rows };
}
/**
 * `evaluateGate` on this thread and `threads − 1` workers (default: every core; MLCI_GATE_THREADS overrides).
 * The overall slice goes to a worker at once, before this thread partitions the rows by the slice specs, and a
 * parked reader thread (parallel-read.ts) is reused before a new worker is started, so no core waits.
 */
async function evaluateGateOnThreads(data, loaded, opts = {}) {
    const entry = (0,workers_entry/* workerEntry */.xA)();
    const threads = opts.threads ?? (0,workers_entry/* envNumber */.dc)('MLCI_GATE_THREADS') ?? (0,external_node_os_.availableParallelism)();
    const work = data.rows * loaded.metrics.length;
    const overall = overallSlice(data);
    withScoreRanks(data, loaded);
    if (!entry || loaded.text === undefined || threads < 2 || loaded.sliceSpecs.length === 0 || work < ((0,workers_entry/* envNumber */.dc)('MLCI_GATE_MIN_WORK') ?? DEFAULT_MIN_WORK)) {
        const partitions = partitionsOf(data, loaded, overall);
        return { result: evaluateGate(data, loaded, partitions), threads: 1, partitions };
    }
    const sd = shareData(data);
    const jobs = [];
    const results = [];
    const errors = [];
    // Largest slices first, so no thread is left with a big one at the end; a thread takes the largest slice that
    // keeps the rows in flight within the budget, or waits for one to finish, or for this thread to queue more.
    const queue = [];
    let allQueued = false;
    const size = (i) => jobs[i].rows.length;
    const budget = Math.max(data.rows, (0,workers_entry/* envNumber */.dc)('MLCI_GATE_INFLIGHT_ROWS') ?? DEFAULT_INFLIGHT_ROWS);
    let inFlight = 0;
    let waiting = [];
    const wake = () => {
        const w = waiting;
        waiting = [];
        for (const f of w)
            f();
    };
    const enqueue = (slices) => {
        for (const x of slices) {
            jobs.push(sharedSlice(x));
            queue.push(jobs.length - 1);
        }
        queue.sort((a, b) => size(b) - size(a) || a - b);
        wake();
    };
    /** The next job for a thread: its index, 'wait' while none fits the budget, undefined when all are taken. */
    const take = () => {
        if (queue.length === 0)
            return allQueued ? undefined : 'wait';
        const q = queue.findIndex((i) => inFlight === 0 || inFlight + size(i) <= budget);
        if (q < 0)
            return 'wait';
        const i = queue.splice(q, 1)[0];
        inFlight += size(i);
        return i;
    };
    const finished = (i) => {
        inFlight -= size(i);
        wake();
    };
    const workers = [];
    const workerCount = Math.max(1, Math.min(threads - 1, 1 + loaded.sliceSpecs.length * 2));
    // Each worker holds up to PREFETCH jobs, sent before it has started: its port queues them, so it never waits for
    // this thread, which only hands out jobs between its own slices.
    const PREFETCH = 2;
    const onWorker = (w) => new Promise((resolve, reject) => {
        const held = new Set();
        let asking = false;
        const fill = () => {
            while (held.size < PREFETCH) {
                const i = take();
                if (i === undefined)
                    break;
                if (i === 'wait') {
                    if (!asking) {
                        asking = true;
                        waiting.push(() => {
                            asking = false;
                            fill();
                        });
                    }
                    return;
                }
                held.add(i);
                w.postMessage({ id: i, slice: jobs[i] });
            }
            if (held.size === 0)
                resolve();
        };
        w.on('message', (m) => {
            held.delete(m.id);
            if ('checks' in m)
                results[m.id] = m.checks;
            else
                errors[m.id] = (0,workers_entry/* receivedError */.ac)(m.error);
            finished(m.id);
            fill();
        });
        w.on('error', reject);
        w.on('exit', (code) => {
            const [i] = held;
            if (i !== undefined)
                reject(new Error(`a gate worker exited (code ${code}) while judging ${jobs[i].key}`));
        });
        fill();
    });
    const onMain = async () => {
        for (let i = take(); i !== undefined; i = take()) {
            if (i === 'wait') {
                await new Promise((r) => waiting.push(r));
                continue;
            }
            try {
                results[i] = judgeSlice(sd, loaded, jobs[i]);
            }
            catch (e) {
                errors[i] = e;
            }
            finished(i);
            // Let the workers' replies in between slices.
            await new Promise((r) => setImmediate(r));
        }
    };
    let partitions = [[overall]];
    try {
        const init = { data: sd, policyText: loaded.text, policyPath: loaded.source.path };
        const runs = [];
        for (let k = 0; k < workerCount; k++) {
            const parked = (0,workers_entry/* takeParkedWorker */.Dh)();
            const w = parked ?? new external_node_worker_threads_.Worker(entry, { workerData: { ...(0,workers_entry/* workerDataFor */.Ic)('gate'), ...init } });
            if (parked)
                parked.postMessage({ mlciBecome: 'gate', init });
            workers.push(w);
            runs.push(onWorker(w));
        }
        // The overall slice goes first, to a worker, while this thread partitions the rows by the slice specs.
        enqueue([overall]);
        partitions = partitionsOf(sd, loaded, overall);
        enqueue(partitions.slice(1).flat());
        // Report order is partition order; job ids were given in that order too (overall first).
        allQueued = true;
        wake();
        runs.push(onMain());
        await Promise.all(runs);
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
    // The first error in report order, as a sequential run would throw.
    const firstError = errors.find((e) => e !== undefined);
    if (firstError)
        throw firstError;
    return { result: finishGate(results.flat(), sd, loaded), threads: workerCount + 1, partitions };
}
/** Judge the jobs the parent sends, on the shared columns: a worker's message handler (also for a parked reader). */
function gateJobHandler(init) {
    const port = external_node_worker_threads_.parentPort;
    const loaded = parsePolicy(init.policyText, init.policyPath);
    return (job) => {
        let reply;
        try {
            reply = { id: job.id, checks: judgeSlice(init.data, loaded, job.slice) };
        }
        catch (e) {
            reply = { id: job.id, error: (0,workers_entry/* sendableError */.TQ)(e) };
        }
        port.postMessage(reply);
    };
}
/** The worker side: judge each slice the parent sends, on the shared columns and row lists. */
function serveGate(init) {
    external_node_worker_threads_.parentPort.on('message', gateJobHandler(init));
}


/***/ }),

/***/ 67292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parseYamlDocument)
/* harmony export */ });
/* unused harmony export MAX_ALIAS_COUNT */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33483);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85736);
/* harmony import */ var _fs_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68264);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75874);




/** Most alias expansions per document (yaml's own default, 100): a policy has no use for more. */
const MAX_ALIAS_COUNT = 100;
/** The first mapping key node equal to `name`, anywhere in the document. */
function findKey(node, name) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        for (const it of node.items) {
            if (it.key?.value === name)
                return it.key;
            const hit = findKey(it.value, name);
            if (hit)
                return hit;
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        for (const it of node.items) {
            const hit = findKey(it, name);
            if (hit)
                return hit;
        }
    }
    return undefined;
}
function startLine(node, lc) {
    const r = node?.range;
    return r ? lc.linePos(r[0]).line : undefined;
}
/**
 * Parse `text` (YAML or JSON) from `file` and validate it with `schema`. Every problem is one UserError naming the
 * file, the line and the key — "<what> <file> line 5: significance.alpha: <message>." — so a step fails with a line
 * the user can click. Unknown keys (zod `.strict()`) are named. `what` is the document's name in messages
 * ("Policy", "Drift policy"); `shape` describes the expected mapping for a document that is not one.
 */
function parseYamlDocument(text, file, schema, opts) {
    const limit = (0,_fs_text_js__WEBPACK_IMPORTED_MODULE_2__/* .maxDocumentBytes */ .VR)();
    if (Buffer.byteLength(text, 'utf8') > limit) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file} is over the ${limit.toLocaleString('en-US')}-byte limit for a YAML document; check the path (MLCI_MAX_DOCUMENT_BYTES raises the limit).`, { file });
    }
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = lc.linePos(e.pos[0]).line || undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file}${line ? ` line ${line}` : ''} is not valid YAML: ${e.message.split('\n')[0]}`, { file, line });
    }
    /** Line of the deepest node on `path` that exists: a map entry's key line, a list item's first line. */
    const lineOf = (path) => {
        for (let k = path.length; k > 0; k--) {
            const parent = (k === 1 ? doc.contents : doc.getIn(path.slice(0, k - 1), true));
            const step = path[k - 1];
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(parent)) {
                const pair = parent.items.find((it) => it.key?.value === step);
                const line = startLine(pair?.key, lc);
                if (line)
                    return line;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(parent) && typeof step === 'number') {
                const line = startLine(parent.items[step], lc);
                if (line)
                    return line;
            }
        }
        return startLine(doc.contents, lc);
    };
    let js;
    try {
        // yaml counts alias expansions against the document size (maxAliasCount) and throws a ReferenceError for a
        // "billion laughs" document instead of building it.
        js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        if (!(e instanceof ReferenceError) && !(e instanceof RangeError))
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file} expands YAML aliases (*name) too far (${e.message}); write the values out instead of nesting aliases.`, { file });
    }
    const proto = findKey(doc.contents, '__proto__');
    if (proto) {
        const line = startLine(proto, lc);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file}${line ? ` line ${line}` : ''}: '__proto__' cannot be a key (JavaScript reserves it); rename or remove it.`, { file, line });
    }
    const raw = js ?? (opts.allowEmpty ? {} : null);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file} must be a YAML mapping ${opts.shape}.`, { file, line: 1 });
    }
    const r = schema.safeParse(raw);
    if (!r.success) {
        const issue = r.error.issues[0];
        const path = issue.path;
        const line = lineOf(path);
        const key = path.length ? path.join('.') : '(top level)';
        const msg = issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.slice(0, 10).map((k) => (0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(k, 60, "'")).join(', ')}${issue.keys.length > 10 ? ` and ${issue.keys.length - 10} more` : ''}` : issue.message;
        const n = r.error.issues.length;
        const more = n > 1 ? ` (and ${n - 1} more problem${n > 2 ? 's' : ''})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file}${line ? ` line ${line}` : ''}: ${key}: ${msg}${more}.`, { file, line });
    }
    return { data: r.data, lineOf };
}


/***/ })

};
