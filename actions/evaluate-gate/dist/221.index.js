export const id = 221;
export const ids = [221];
export const modules = {

/***/ 49221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGate: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: CORRECTIONS, DECISIONS, DEFAULT_MAX_SLICE_VALUES, MAX_SLICE_COMBINATIONS, REPORT_SCHEMA, SliceModels, TASKS, buildReport, displayName, evaluateFairness, evaluateGate, evaluateGateOnThreads, failClosedOverall, finishGate, fmt, fmtP, judgeSlice, loadEvalData, loadPolicy, metricLabel, overallSlice, pairedTest, parsePolicy, partitionsOf, pointValues, policyAnnotations, policySchema, renderMarkdown, rowRef, serializeReport, sliceBy, streamSeed, summaryLine, thousands

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../packages/core/src/gate/policy.ts
var policy = __webpack_require__(74989);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/core/src/excerpt.ts
var excerpt = __webpack_require__(75874);
// EXTERNAL MODULE: ../../packages/core/src/io/number.ts
var number = __webpack_require__(3803);
// EXTERNAL MODULE: ../../packages/core/src/io/index.ts + 2 modules
var io = __webpack_require__(25245);
// EXTERNAL MODULE: ../../packages/core/src/gate/parallel-read.ts
var parallel_read = __webpack_require__(21613);
// EXTERNAL MODULE: ../../packages/core/src/gate/shared-arrays.ts
var shared_arrays = __webpack_require__(853);
;// CONCATENATED MODULE: ../../packages/core/src/gate/data.ts



/** Column names for a message: each an excerpt, at most 30. */
function listNames(names) {
    const shown = names.slice(0, 30).map((n) => (0,excerpt/* excerpt */.K)(n, 40)).join(', ');
    return names.length > 30 ? `${shown}, ... (${names.length} in all)` : shown;
}



const TRUE_WORDS = new Set(['1', 'true', 't', 'yes', 'y']);
const FALSE_WORDS = new Set(['0', 'false', 'f', 'no', 'n']);
/** "row 17 (line 18)" for text files (quoted newlines accounted for by the reader), "row 17" for Parquet. */
function rowRef(table, row) {
    const line = (0,io/* lineOfRow */.e9)(table, row);
    return line === undefined ? `row ${row + 1}` : `row ${row + 1} (line ${line})`;
}
function badRows(table, what, count, first, firstValue, fix) {
    return new errors/* UserError */.y(`${table.source}: ${count} row${count === 1 ? '' : 's'} ${count === 1 ? 'has' : 'have'} ${what}; first at ${rowRef(table, first)}: ${(0,excerpt/* excerpt */.K)(firstValue, undefined, "'")}. ${fix}`, { file: table.source, line: (0,io/* lineOfRow */.e9)(table, first) });
}
function columnOf(table, name, role) {
    const c = table.columns.get(name);
    if (!c) {
        throw new errors/* UserError */.y(`${table.source}: the ${role} column '${name}' is missing (columns: ${listNames(table.columnNames)}). Set columns.${role} in the policy to the right name.`, { file: table.source, line: 1 });
    }
    return c;
}
function textAt(c, i) {
    if (c.kind === 'number')
        return String(c.values[i]);
    const code = c.codes[i];
    return code < 0 ? '' : c.dictionary[code];
}
/** Labels of a binary task: 0/1 numbers or true/false words. Every other value is an error listing the count. */
function binaryLabels(table, col) {
    const n = table.rowCount;
    const out = (0,shared_arrays/* sharedFloat64 */.QV)(n);
    let bad = 0;
    let first = -1;
    if (col.kind === 'number') {
        const v = col.values;
        for (let i = 0; i < n; i++) {
            const x = v[i];
            if (x === 0 || x === 1)
                out[i] = x;
            else if (bad++ === 0)
                first = i;
        }
    }
    else {
        const map = col.dictionary.map((s) => {
            const t = s.trim().toLowerCase();
            return TRUE_WORDS.has(t) ? 1 : FALSE_WORDS.has(t) ? 0 : -1;
        });
        for (let i = 0; i < n; i++) {
            const code = col.codes[i];
            const m = code < 0 ? -1 : map[code];
            if (m >= 0)
                out[i] = m;
            else if (bad++ === 0)
                first = i;
        }
    }
    if (bad > 0) {
        throw badRows(table, `a label that is not 0/1 (or true/false) in column '${col.name}'`, bad, first, textAt(col, first), 'A binary-classification gate needs every label to be 0 or 1; fix or drop those rows upstream, or set task: in the policy.');
    }
    return out;
}
function numericColumn(table, col, role, opts) {
    if (col.kind !== 'number') {
        // The reader typed the column as text: some value is not a number. Count them and show the first.
        let count = 0;
        let first = -1;
        for (let i = 0; i < col.codes.length; i++) {
            const c = col.codes[i];
            // The reader's number grammar, not Number(): Number('0x1') is 1, yet the reader (like a CSV user) calls it text.
            if (c < 0 || !Number.isFinite((0,number/* parseNumberText */.ke)(col.dictionary[c], false) ?? NaN)) {
                if (count++ === 0)
                    first = i;
            }
        }
        throw badRows(table, `a non-numeric or empty ${role} in column '${col.name}'`, count, Math.max(0, first), textAt(col, Math.max(0, first)), `The ${role} column must hold numbers.`);
    }
    const v = col.values;
    let bad = 0;
    let first = -1;
    let outOfRange = 0;
    let firstOut = -1;
    for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (!Number.isFinite(x)) {
            if (bad++ === 0)
                first = i;
        }
        else if (opts.unit && (x < 0 || x > 1)) {
            if (outOfRange++ === 0)
                firstOut = i;
        }
    }
    if (bad > 0) {
        throw badRows(table, `a ${role} that is empty, NaN or infinite in column '${col.name}'`, bad, first, textAt(col, first) === 'NaN' && col.nullCount > 0 ? '' : textAt(col, first), 'Every row needs a finite value; the gate never drops rows silently.');
    }
    if (outOfRange > 0) {
        throw badRows(table, `a ${role} outside [0, 1] in column '${col.name}'`, outOfRange, firstOut, textAt(col, firstOut), 'The policy uses probability metrics (threshold, AUC calibration, log-loss...), which need scores in [0, 1]; write probabilities, not logits.');
    }
    return v;
}
async function loadEvalData(candidatePath, baselinePath, loaded) {
    const { policy, sliceSpecs } = loaded;
    const cols = policy.columns;
    const task = policy.task;
    const sliceNames = [...new Set([...sliceSpecs.flat(), ...policy.fairness.flatMap((f) => (typeof f.across === 'string' ? [f.across] : f.across))])];
    const scoreCols = task === 'multiclass' ? (cols.scores ?? []) : [cols.score];
    if (task === 'multiclass' && scoreCols.length < 2) {
        throw new errors/* UserError */.y(`Policy ${loaded.source.path}: task multiclass needs columns.scores: the list of per-class probability columns.`, { file: loaded.source.path, line: loaded.source.lineOf(['columns']) });
    }
    const needProb = task !== 'regression' && task !== 'ranking' && loaded.metrics.some((m) => m.def.probability);
    const candCols = [cols.id, cols.label, ...scoreCols, ...sliceNames, ...(task === 'ranking' ? [cols.query] : [])];
    const types = {};
    for (const s of sliceNames)
        types[s] = 'string';
    if (task === 'ranking')
        types[cols.query] = 'string';
    // The baseline is parsed on a worker while this thread parses the candidate; its error, if any, is thrown only
    // where a sequential read would have thrown it (after the candidate's checks).
    const bScoreCols = task === 'multiclass' ? scoreCols : [cols['baseline-score'] ?? cols.score];
    // Held in an object the join empties, so the baseline table is garbage as soon as its scores are aligned.
    const baseRead = {
        pending: baselinePath === undefined ? undefined
            : (0,parallel_read/* readTableOffThread */.o)(baselinePath, { columns: [cols.id, ...bScoreCols], label: 'baseline' }).then((t) => ({ t }), (e) => ({ e })),
    };
    const cand = await (0,io/* readTable */.xz)(candidatePath, { columns: [...new Set(candCols)], types, label: 'candidate' });
    if (cand.rowCount === 0)
        throw new errors/* UserError */.y(`${candidatePath}: the candidate file has no rows; the gate has nothing to judge.`, { file: candidatePath });
    for (const s of sliceNames)
        columnOf(cand, s, 'slice');
    const { label, label01, classNames } = labelsOf(cand, task, columnOf(cand, cols.label, 'label'), scoreCols);
    const candScores = scoreCols.map((c) => (0,shared_arrays/* shared */.ue)(numericColumn(cand, columnOf(cand, c, 'score'), 'score', { unit: needProb })));
    const sliceColumns = sliceCodes(cand, sliceNames);
    if (task !== 'ranking') {
        // Only the ids are read from the candidate table from here on: let its other columns go before the join.
        for (const name of [...cand.columns.keys()])
            if (name !== cols.id)
                cand.columns.delete(name);
    }
    let baselineScores;
    if (baselinePath) {
        baselineScores = await alignBaseline(baseRead, cand, baselinePath, cols.id, bScoreCols, needProb);
    }
    else {
        // Still refuse duplicate ids: a report over duplicated rows would overstate the evidence.
        columnOf(cand, cols.id, 'id');
        (0,io/* joinById */.h0)(cand, cols.id, cand, cols.id, { left: 'candidate', right: 'candidate' });
    }
    let query;
    if (task === 'ranking') {
        query = queryCodes(cand, columnOf(cand, cols.query, 'query'));
        relevanceAtLeastZero(cand, columnOf(cand, cols.label, 'label'), label);
        queriesWithinSlices(cand, query, cols.query, sliceNames, sliceColumns);
    }
    return {
        rows: cand.rowCount,
        label,
        label01,
        candidate: candScores[0],
        baseline: baselineScores?.[0],
        candidateClasses: task === 'multiclass' ? candScores : undefined,
        baselineClasses: task === 'multiclass' ? baselineScores : undefined,
        classNames,
        query,
        sliceColumns,
        candidatePath,
        baselinePath,
    };
}
/** The candidate's labels in shared memory (a function of its own, so the label column is not held past it). */
function labelsOf(cand, task, labelCol, scoreCols) {
    let label;
    let label01;
    let classNames;
    if (task === 'binary-classification') {
        label = binaryLabels(cand, labelCol);
        label01 = (0,shared_arrays/* sharedUint8 */.Ky)(label.length);
        label01.set(label);
    }
    else if (task === 'multiclass') {
        classNames = scoreCols;
        label = (0,shared_arrays/* sharedFloat64 */.QV)(cand.rowCount);
        let bad = 0, first = -1;
        for (let i = 0; i < cand.rowCount; i++) {
            const t = textAt(labelCol, i);
            let k = classNames.indexOf(t);
            if (k < 0 && /^\d+$/.test(t) && Number(t) < classNames.length)
                k = Number(t);
            if (k < 0) {
                if (bad++ === 0)
                    first = i;
            }
            else
                label[i] = k;
        }
        if (bad > 0)
            throw badRows(cand, `a label that is neither a class index 0..${classNames.length - 1} nor one of ${classNames.join(', ')}`, bad, first, textAt(labelCol, first), 'Fix the labels or columns.scores.');
    }
    else {
        label = (0,shared_arrays/* shared */.ue)(numericColumn(cand, labelCol, 'label', {}));
    }
    return { label, label01, classNames };
}
/** The candidate's baseline scores in candidate row order; the baseline table is dropped before this returns. */
async function alignBaseline(baseRead, cand, baselinePath, idName, bScoreCols, needProb) {
    const read = await baseRead.pending;
    baseRead.pending = undefined;
    if ('e' in read)
        throw read.e;
    const base = read.t;
    if (base.rowCount === 0)
        throw new errors/* UserError */.y(`${baselinePath}: the baseline file has no rows. Leave 'baseline' empty for a first run.`, { file: baselinePath });
    const { leftRows, rightRows } = (0,io/* joinById */.h0)(cand, idName, base, idName, { left: 'candidate', right: 'baseline' });
    if (leftRows.length !== cand.rowCount) {
        throw new errors/* UserError */.y(`${baselinePath}: only ${leftRows.length} of ${cand.rowCount} candidate ids have a baseline prediction.`, { file: baselinePath });
    }
    return bScoreCols.map((c) => {
        const v = numericColumn(base, columnOf(base, c, 'score'), 'score', { unit: needProb });
        const aligned = (0,shared_arrays/* sharedFloat64 */.QV)(cand.rowCount);
        for (let k = 0; k < leftRows.length; k++)
            aligned[leftRows[k]] = v[rightRows[k]];
        return aligned;
    });
}
/** The slice columns dictionary-encoded, in shared memory, as narrow as their dictionaries allow. */
function sliceCodes(cand, sliceNames) {
    const sliceColumns = new Map();
    for (const s of sliceNames) {
        const c = cand.columns.get(s);
        if (c.kind === 'string')
            sliceColumns.set(s, { codes: (0,shared_arrays/* compactCodes */.wZ)(c.codes, c.dictionary.length), dictionary: c.dictionary });
        else {
            // A numeric slice column: dictionary-encode its values.
            const dict = new Map();
            const codes = new Int32Array(cand.rowCount);
            const names = [];
            for (let i = 0; i < cand.rowCount; i++) {
                const x = c.values[i];
                if (Number.isNaN(x)) {
                    codes[i] = -1;
                    continue;
                }
                let k = dict.get(x);
                if (k === undefined) {
                    k = names.length;
                    dict.set(x, k);
                    names.push(String(x));
                }
                codes[i] = k;
            }
            sliceColumns.set(s, { codes: (0,shared_arrays/* compactCodes */.wZ)(codes, names.length), dictionary: names });
        }
    }
    return sliceColumns;
}
/**
 * Ranking: one query code per row. An empty (or blank) query id is an error naming its line — merged into one
 * query it would silently change every per-query value. Codes follow the sorted query ids (numeric ids by value,
 * never truncated), not their order in the file, so the query bootstrap — and the whole report — does not depend on
 * how the rows are ordered.
 */
function queryCodes(table, col) {
    const n = table.rowCount;
    const codes = new Int32Array(n);
    let bad = 0;
    let first = -1;
    if (col.kind === 'string') {
        const blank = col.dictionary.map((t) => t.trim() === '');
        const byId = col.dictionary.map((_, i) => i).sort((x, y) => (col.dictionary[x] < col.dictionary[y] ? -1 : col.dictionary[x] > col.dictionary[y] ? 1 : 0));
        const rank = new Int32Array(col.dictionary.length);
        byId.forEach((code, r) => (rank[code] = r));
        for (let i = 0; i < n; i++) {
            const c = col.codes[i];
            if (c < 0 || blank[c]) {
                if (bad++ === 0)
                    first = i;
            }
            else
                codes[i] = rank[c];
        }
    }
    else {
        const distinct = new Set();
        for (let i = 0; i < n; i++) {
            const x = col.values[i];
            if (Number.isNaN(x)) {
                if (bad++ === 0)
                    first = i;
            }
            else
                distinct.add(x);
        }
        const rank = new Map([...distinct].sort((x, y) => x - y).map((x, r) => [x, r]));
        for (let i = 0; i < n; i++)
            if (!Number.isNaN(col.values[i]))
                codes[i] = rank.get(col.values[i]);
    }
    if (bad > 0) {
        throw badRows(table, `an empty query id in column '${col.name}'`, bad, first, '', 'Every row of a ranking gate needs the id of the query it was ranked for; fill it in or drop those rows upstream.');
    }
    return codes;
}
/** Ranking: graded relevance must be ≥ 0 (gain 2^rel − 1; "relevant" means rel > 0). */
function relevanceAtLeastZero(table, col, label) {
    let bad = 0;
    let first = -1;
    for (let i = 0; i < label.length; i++)
        if (label[i] < 0 && bad++ === 0)
            first = i;
    if (bad > 0) {
        throw badRows(table, `a negative relevance in column '${col.name}'`, bad, first, textAt(col, first), 'Ranking labels are graded relevance ≥ 0 (0 = not relevant); map the grades to 0, 1, 2, ... upstream.');
    }
}
/**
 * Ranking: slices are taken at query level — every row of a query must carry the same value of each slice column,
 * or a slice would score partial result lists. A query split across values is an error naming both rows.
 */
function queriesWithinSlices(table, query, queryName, sliceNames, sliceColumns) {
    let maxCode = -1;
    for (let i = 0; i < query.length; i++)
        if (query[i] > maxCode)
            maxCode = query[i];
    for (const name of sliceNames) {
        const { codes, dictionary } = sliceColumns.get(name);
        const firstRow = new Int32Array(maxCode + 1).fill(-1);
        for (let i = 0; i < query.length; i++) {
            const q = query[i];
            const f = firstRow[q];
            if (f < 0)
                firstRow[q] = i;
            else if (codes[f] !== codes[i]) {
                const show = (c) => (c < 0 ? '(missing)' : dictionary[c]);
                const qCol = table.columns.get(queryName);
                throw new errors/* UserError */.y(`${table.source}: query '${textAt(qCol, i)}' is split across values of the slice column '${name}': '${show(codes[f])}' at ${rowRef(table, f)} and '${show(codes[i])}' at ${rowRef(table, i)}. ` +
                    'Ranking slices are taken per query; give every row of a query the same slice value, or slice by a query-level column.', { file: table.source, line: (0,io/* lineOfRow */.e9)(table, i) });
            }
        }
    }
}

// EXTERNAL MODULE: ../../packages/core/src/gate/pool.ts
var pool = __webpack_require__(43081);
// EXTERNAL MODULE: ../../packages/core/src/workers/entry.ts
var entry = __webpack_require__(13363);
;// CONCATENATED MODULE: ../../packages/core/src/gate/fail-closed.ts
/**
 * The gate fails closed on the overall population. A check the data cannot answer on every row together (AUC with
 * one class only, a metric undefined on the whole set) has judged nothing, and a rule that judged nothing must not
 * let a model through: it fails (or warns, for a `severity: warn` rule) with the reason. Slices keep `insufficient`,
 * which never fails: a small slice is expected, and its evidence is in the overall check (README, "How the gate
 * decides").
 */
function failClosedOverall(result, loaded) {
    let changed = false;
    const checks = result.checks.map((c) => {
        if (c.slice !== 'overall' || c.status !== 'insufficient')
            return c;
        changed = true;
        const rule = Object.hasOwn(loaded.policy.metrics, c.metric) ? loaded.policy.metrics[c.metric] : undefined;
        const why = c.reason.replace(/^insufficient: /, '');
        return {
            ...c,
            status: rule?.severity === 'warn' ? 'warn' : 'fail',
            reason: `cannot be evaluated on the overall population (${why}); an unjudged overall rule fails the gate (fail closed)`,
        };
    });
    if (!changed)
        return result;
    const passed = !checks.some((c) => c.status === 'fail') && !result.fairness.some((f) => f.status === 'fail');
    return { ...result, checks, passed };
}

// EXTERNAL MODULE: ../../packages/core/src/gate/format.ts
var format = __webpack_require__(46000);
// EXTERNAL MODULE: ../../packages/core/src/metrics/index.ts + 12 modules
var metrics = __webpack_require__(16744);
;// CONCATENATED MODULE: ../../packages/core/src/train/chart.ts
/**
 * Charts in the job summary's markdown itself: a mermaid `xychart-beta` line chart (GitHub renders mermaid code
 * blocks) with the same numbers in a table beside it, for readers where mermaid does not render and for exact
 * values. Never an external image host.
 *
 * Long series are downsampled into at most `maxPoints` equal-width bins over x; each bin plots its mean and the
 * table gives mean, min and max per bin, so a spike averaged away in the line is still visible in the table.
 */
/**
 * Bin (x, y) pairs for drawing. At most `bins` points at nearly even x: one bin per point (drawn exactly).
 * Otherwise `bins` equal-width bins whose centres run evenly from min(x) to max(x), bin i holding the points
 * nearest to centre i. Non-finite pairs are skipped.
 */
function binSeries(x, y, bins) {
    let lo = Infinity;
    let hi = -Infinity;
    let n = 0;
    for (let i = 0; i < x.length; i++) {
        if (!Number.isFinite(x[i]) || !Number.isFinite(y[i]))
            continue;
        if (x[i] < lo)
            lo = x[i];
        if (x[i] > hi)
            hi = x[i];
        n++;
    }
    // Points that fit and come at nearly even steps (log steps; GPU samples with timer jitter) are drawn point for
    // point, in order: the line puts them at even x, off by at most the jitter, and the table gives the exact x.
    if (n <= bins && nearlyEven(x, y)) {
        const out = emptyBinned(n);
        let k = 0;
        for (let i = 0; i < x.length; i++) {
            if (!Number.isFinite(x[i]) || !Number.isFinite(y[i]))
                continue;
            out.center[k] = x[i];
            out.mean[k] = out.min[k] = out.max[k] = y[i];
            out.count[k] = 1;
            k++;
        }
        return out;
    }
    // Anything else goes on a grid of `bins` centres, fine enough that irregular points (an eval every 100 steps
    // plus a final one) keep their places.
    const b = n === 0 ? 0 : hi === lo ? 1 : Math.max(2, bins);
    const out = emptyBinned(b);
    if (b === 0)
        return out;
    const w = b === 1 ? 0 : (hi - lo) / (b - 1);
    const sum = new Float64Array(b);
    for (let k = 0; k < b; k++)
        out.center[k] = lo + k * w;
    for (let i = 0; i < x.length; i++) {
        const xi = x[i];
        const yi = y[i];
        if (!Number.isFinite(xi) || !Number.isFinite(yi))
            continue;
        const k = w === 0 ? 0 : Math.min(b - 1, Math.max(0, Math.round((xi - lo) / w)));
        sum[k] += yi;
        out.count[k]++;
        if (yi < out.min[k])
            out.min[k] = yi;
        if (yi > out.max[k])
            out.max[k] = yi;
    }
    for (let k = 0; k < b; k++)
        out.mean[k] = out.count[k] ? sum[k] / out.count[k] : NaN;
    return out;
}
function emptyBinned(b) {
    return {
        center: new Float64Array(b), mean: new Float64Array(b), min: new Float64Array(b).fill(Infinity),
        max: new Float64Array(b).fill(-Infinity), count: new Uint32Array(b),
    };
}
/** Whether the finite points have increasing x with every step within 25% of the mean step. */
function nearlyEven(x, y) {
    const xs = [];
    for (let i = 0; i < x.length; i++)
        if (Number.isFinite(x[i]) && Number.isFinite(y[i]))
            xs.push(x[i]);
    if (xs.length < 2)
        return xs.length === 1;
    const mean = (xs[xs.length - 1] - xs[0]) / (xs.length - 1);
    if (!(mean > 0))
        return false;
    for (let i = 1; i < xs.length; i++) {
        const d = xs[i] - xs[i - 1];
        if (!(d > 0) || Math.abs(d - mean) > 0.25 * mean)
            return false;
    }
    return true;
}
/** Line values with empty bins filled by linear interpolation between their non-empty neighbours. */
function fillGaps(mean) {
    const out = Float64Array.from(mean);
    let prev = -1;
    for (let k = 0; k < out.length; k++) {
        if (Number.isNaN(out[k]))
            continue;
        if (prev === -1)
            for (let j = 0; j < k; j++)
                out[j] = out[k];
        else
            for (let j = prev + 1; j < k; j++)
                out[j] = out[prev] + ((out[k] - out[prev]) * (j - prev)) / (k - prev);
        prev = k;
    }
    if (prev >= 0)
        for (let j = prev + 1; j < out.length; j++)
            out[j] = out[prev];
    return out;
}
/**
 * A number as mermaid's xychart grammar accepts it (`[+-]?\d+(\.\d+)?`: no exponent), with 4 significant digits.
 * Deterministic: the same value always prints the same way.
 */
function formatChartNumber(v) {
    if (!Number.isFinite(v))
        return '0';
    if (v === 0)
        return '0';
    const p = Number(v.toPrecision(4));
    let s = String(p);
    if (/e/i.test(s)) {
        const digits = Math.min(20, Math.max(0, 3 - Math.floor(Math.log10(Math.abs(p)))));
        s = Math.abs(p) >= 1e21 ? (p > 0 ? '999999999999999999999' : '-999999999999999999999') : p.toFixed(digits);
        if (s.includes('.'))
            s = s.replace(/0+$/, '').replace(/\.$/, '');
    }
    return s === '-0' ? '0' : s;
}
/** A y range from 0 to a tenth past one value (either sign), so that its bar has a height. */
function onePointRange(v) {
    if (!(v !== 0))
        return [0, 1];
    const far = Number((v * 1.1).toPrecision(2));
    return v > 0 ? [0, far] : [far, 0];
}
/** Text safe inside a mermaid double-quoted string (no quotes, no newlines). */
function mermaidText(s) {
    return s.replace(/["`\r\n]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}
/** Text safe inside a markdown table cell. */
function tableCell(s) {
    return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/**
 * One chart: the mermaid block followed by a collapsed table of the plotted bins. Returns '' when there is no
 * finite point to draw.
 */
function renderChart(x, y, opts) {
    const maxPoints = Math.max(2, opts.maxPoints ?? 60);
    const bins = binSeries(x, y, maxPoints);
    const b = bins.center.length;
    if (b === 0)
        return '';
    const line = fillGaps(bins.mean);
    const xs = Array.from(bins.center, formatChartNumber);
    const ys = Array.from(line, formatChartNumber);
    const mermaid = ['```mermaid', 'xychart-beta', `    title "${mermaidText(opts.title)}"`];
    if (b === 1)
        mermaid.push(`    x-axis "${mermaidText(opts.xLabel)}" [${xs[0]}]`);
    else
        mermaid.push(`    x-axis "${mermaidText(opts.xLabel)}" ${xs[0]} --> ${xs[b - 1]}`);
    // One point: a line through one point draws nothing, so it is a bar too, on a y range from 0 that shows it
    // (mermaid's own range for one value is that value alone, where the bar has no height).
    const yRange = opts.yRange ?? (b === 1 ? onePointRange(line[0]) : undefined);
    if (yRange)
        mermaid.push(`    y-axis "${mermaidText(opts.yLabel)}" ${formatChartNumber(yRange[0])} --> ${formatChartNumber(yRange[1])}`);
    else
        mermaid.push(`    y-axis "${mermaidText(opts.yLabel)}"`);
    if (b === 1)
        mermaid.push(`    bar [${ys[0]}]`);
    mermaid.push(`    line [${ys.join(', ')}]`, '```');
    const downsampled = Array.from(bins.count).some((c) => c > 1);
    const total = Array.from(bins.count).reduce((s, c) => s + c, 0);
    const head = downsampled
        ? `| ${tableCell(opts.xLabel)} (bin centre) | mean | min | max | points |\n|---:|---:|---:|---:|---:|`
        : `| ${tableCell(opts.xLabel)} | ${tableCell(opts.yLabel)} |\n|---:|---:|`;
    const rows = [];
    for (let k = 0; k < b; k++) {
        if (bins.count[k] === 0)
            continue;
        rows.push(downsampled
            ? `| ${xs[k]} | ${formatChartNumber(bins.mean[k])} | ${formatChartNumber(bins.min[k])} | ${formatChartNumber(bins.max[k])} | ${bins.count[k]} |`
            : `| ${xs[k]} | ${formatChartNumber(bins.mean[k])} |`);
    }
    const what = downsampled ? `${total} points in ${rows.length} bins` : `${total} points`;
    return [
        ...mermaid,
        '',
        `<details><summary>${escapeHtml(opts.title)}: data (${what})</summary>`,
        '',
        head,
        ...rows,
        '',
        '</details>',
        '',
    ].join('\n');
}
function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/chart.ts



/** Most slices per chart and most charts (failing metrics) per report: keeps comments far below their size limit. */
const MAX_CHART_SLICES = 10;
const MAX_CHART_METRICS = 3;
const ICON = { pass: '✅', fail: '❌', warn: '⚠️', insufficient: '➖' };
/** A slice key as a quoted xychart category: no quotes, brackets or commas that the grammar would split on. */
function category(s) {
    const t = s.replace(/["`\r\n[\],]/g, ' ').replace(/\s+/g, ' ').trim();
    return `"${t.length > 30 ? t.slice(0, 29) + '…' : t}"`;
}
function signed(x) {
    return x === null ? '–' : (x > 0 ? '+' : '') + (0,format/* fmt */.Sc)(x, 3);
}
/** Mermaid charts (each with its table) of the worst slices of every failing metric; '' when nothing failed. */
function worstSlicesCharts(report) {
    const task = report.task;
    const failing = [...new Set(report.checks.filter((c) => c.status === 'fail' && c.delta !== null).map((c) => c.metric))];
    const out = [];
    for (const metric of failing.slice(0, MAX_CHART_METRICS))
        out.push(metricChart(report.checks.filter((c) => c.metric === metric), metric, task));
    if (failing.length > MAX_CHART_METRICS)
        out.push(`<sub>Charts for the first ${MAX_CHART_METRICS} of ${failing.length} failing metrics; every check is in the tables.</sub>`, '');
    return out.join('\n');
}
function metricChart(checks, metric, task) {
    let sign = 1;
    try {
        sign = (0,metrics/* getMetric */.$6)(metric, task).direction === 'higher' ? 1 : -1;
    }
    catch {
        // Unknown to the registry: higher is better.
    }
    const name = (0,format/* displayName */.QC)(metric, task);
    // Worst first: failing, then by regression; ties keep report order.
    const order = { fail: 0, warn: 1, pass: 2, insufficient: 3 };
    const rows = checks
        .filter((c) => c.delta !== null && c.status !== 'insufficient')
        .map((c, i) => ({ c, i, drop: -sign * c.delta }))
        .filter((r) => r.drop > 0 || r.c.status === 'fail')
        .sort((a, b) => order[a.c.status] - order[b.c.status] || b.drop - a.drop || a.i - b.i)
        .slice(0, MAX_CHART_SLICES);
    const margin = checks.find((c) => c.margin !== null)?.margin ?? null;
    const top = Math.max(...rows.map((r) => r.drop), margin ?? 0, 0);
    const lines = [
        '```mermaid',
        'xychart-beta horizontal',
        `    title "${tableCell(name).replace(/"/g, ' ')} regression per slice (${rows.length} worst)"`,
        `    x-axis [${rows.map((r) => category(r.c.slice)).join(', ')}]`,
        `    y-axis "${name.replace(/"/g, ' ')} drop (baseline − candidate${sign < 0 ? ', lower is better' : ''})" 0 --> ${formatChartNumber(top > 0 ? top * 1.1 : 0.01)}`,
        `    bar [${rows.map((r) => formatChartNumber(Math.max(0, r.drop))).join(', ')}]`,
    ];
    if (margin !== null)
        lines.push(`    line [${rows.map(() => formatChartNumber(margin)).join(', ')}]`);
    lines.push('```', '');
    const table = ['| | Slice | Δ | CI | Drop | Margin |', '|---|---|---:|---|---:|---:|'];
    for (const { c, drop } of rows) {
        table.push(`| ${ICON[c.status]} | \`${tableCell(c.slice)}\` | ${signed(c.delta)} | ${c.ci ? `[${signed(c.ci[0])}, ${signed(c.ci[1])}]` : '–'} | ${(0,format/* fmt */.Sc)(Math.max(0, drop), 3)} | ${c.margin ?? '–'} |`);
    }
    return [
        ...lines,
        `<details><summary>${escapeHtml(name)} per slice: data (the ${rows.length} of ${checks.length} slices that regressed; the line is the margin)</summary>`,
        '',
        ...table,
        '',
        '</details>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/report.ts


const REPORT_SCHEMA = 'mlci.gate.report/v1';
function buildReport(result, loaded, files) {
    const s = loaded.policy.significance;
    const counts = { pass: 0, fail: 0, warn: 0, insufficient: 0 };
    for (const c of result.checks)
        counts[c.status]++;
    for (const f of result.fairness)
        counts[f.status]++;
    return {
        schema: REPORT_SCHEMA,
        passed: result.passed,
        first_run: result.firstRun,
        rows: result.rows,
        seed: s.seed,
        task: loaded.policy.task,
        threshold: loaded.policy.threshold,
        alpha: s.alpha,
        correction: s.correction,
        bootstrap: s.bootstrap,
        candidate: files.candidate,
        baseline: files.baseline ?? null,
        policy: loaded.source.path,
        counts,
        checks: result.checks,
        fairness: result.fairness,
    };
}
function serializeReport(report) {
    return JSON.stringify(report, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
}
const report_ICON = { pass: '✅', fail: '❌', warn: '⚠️', insufficient: '➖' };
function failing(report) {
    return report.counts.fail;
}
/** One line for the `summary` output and the check run title. */
function summaryLine(report) {
    const task = report.task;
    const total = report.checks.length + report.fairness.length;
    const fails = [...report.checks.filter((c) => c.status === 'fail').map((c) => `${(0,format/* displayName */.QC)(c.metric, task)} in ${c.slice}`),
        ...report.fairness.filter((f) => f.status === 'fail').map((f) => `${(0,format/* displayName */.QC)(f.metric, task)} gap across ${f.across}`)];
    if (report.passed) {
        const w = report.counts.warn ? `, ${report.counts.warn} warning${report.counts.warn > 1 ? 's' : ''}` : '';
        return `ML gate passed: ${total - report.counts.insufficient} of ${total} checks judged, none failed${w}${report.first_run ? ' (first run: bounds only)' : ''}`;
    }
    const shown = fails.slice(0, 3).join('; ') + (fails.length > 3 ? `; +${fails.length - 3} more` : '');
    return `ML gate failed: ${failing(report)} of ${total} checks failed (${shown})`;
}
function cell(x) {
    return x === null ? '–' : (0,format/* fmt */.Sc)(x, 4);
}
function report_signed(x) {
    return x === null ? '–' : (x > 0 ? '+' : '') + (0,format/* fmt */.Sc)(x, 3);
}
function ciText(ci) {
    return ci ? `[${report_signed(ci[0])}, ${report_signed(ci[1])}]` : '–';
}
function escapeCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function checkTable(rows, alpha, task) {
    const ciHead = `${Math.round((1 - alpha) * 100)}% CI`;
    const lines = [`| | Slice | Metric | Candidate | Baseline | Δ | ${ciHead} | p (adj) | Why |`, '|---|---|---|---|---|---|---|---|---|'];
    for (const c of rows) {
        lines.push(`| ${report_ICON[c.status]} | \`${escapeCell(c.slice)}\` | ${(0,format/* displayName */.QC)(c.metric, task)} | ${cell(c.candidate)} | ${cell(c.baseline)} | ${report_signed(c.delta)} | ${ciText(c.ci)} | ${c.p_adjusted === null ? '–' : (0,format/* fmtP */.oF)(c.p_adjusted)} | ${escapeCell(c.reason)} |`);
    }
    return lines.join('\n');
}
function fairnessTable(rows, task) {
    const lines = ['| | Metric | Across | Candidate gap | Baseline gap | Change | CI of change | Ratio | Why |', '|---|---|---|---|---|---|---|---|---|'];
    for (const f of rows) {
        lines.push(`| ${report_ICON[f.status]} | ${(0,format/* displayName */.QC)(f.metric, task)} | \`${escapeCell(f.across)}\` | ${cell(f.candidate_gap)} | ${cell(f.baseline_gap)} | ${report_signed(f.gap_increase)} | ${ciText(f.ci)} | ${cell(f.candidate_ratio)} | ${escapeCell(f.reason)} |`);
    }
    return lines.join('\n');
}
/** The compact all-slices table: one row per slice, one column per metric with value, Δ and a status icon. */
function sliceMatrix(report) {
    const task = report.task;
    const metrics = [...new Set(report.checks.map((c) => c.metric))];
    const bySlice = new Map();
    for (const c of report.checks) {
        if (!bySlice.has(c.slice))
            bySlice.set(c.slice, []);
        bySlice.get(c.slice).push(c);
    }
    const lines = [`| Slice | ${report.task === 'ranking' ? 'Queries' : 'Rows'} | ${report.task === 'binary-classification' ? 'Positives | ' : ''}${metrics.map((m) => (0,format/* displayName */.QC)(m, task)).join(' | ')} |`,
        `|---|---:|${report.task === 'binary-classification' ? '---:|' : ''}${metrics.map(() => '---|').join('')}`];
    for (const [slice, checks] of bySlice) {
        const first = checks[0];
        const cells = metrics.map((m) => {
            const c = checks.find((x) => x.metric === m);
            if (!c)
                return '';
            return `${report_ICON[c.status]} ${cell(c.candidate)}${c.delta !== null ? ` (${report_signed(c.delta)})` : ''}`;
        });
        lines.push(`| \`${escapeCell(slice)}\` | ${(0,format/* thousands */.oh)(first.support)} | ${report.task === 'binary-classification' ? `${first.positives === null ? '–' : (0,format/* thousands */.oh)(first.positives)} | ` : ''}${cells.join(' | ')} |`);
    }
    return lines.join('\n');
}
/** Markdown for the job summary, the PR comment and the check run: verdict first, then failing and borderline checks,
 * then the compact table of all slices. */
function renderMarkdown(report, opts = {}) {
    const title = opts.title ?? 'ML gate';
    const out = [];
    const verdict = report.passed ? `## ✅ ${title} passed` : `## ❌ ${title} failed`;
    out.push(verdict, '', `**${escapeCell(summaryLine(report))}**`, '');
    const tests = report.checks.filter((c) => c.decision === 'significant-regression' && c.p_adjusted !== null).length;
    out.push(`Candidate \`${report.candidate}\`${report.baseline ? ` vs baseline \`${report.baseline}\`` : ' (first run: no baseline, bounds only)'} · ${(0,format/* thousands */.oh)(report.rows)} rows · ` +
        `α = ${report.alpha}, ${report.correction === 'none' ? 'no correction' : `${report.correction} over ${tests} regression test${tests === 1 ? '' : 's'}`} · ` +
        `${report.bootstrap} bootstrap replicates, seed ${report.seed} · ` +
        `${report.counts.pass} pass, ${report.counts.fail} fail, ${report.counts.warn} warn, ${report.counts.insufficient} insufficient`, '');
    const fails = report.checks.filter((c) => c.status === 'fail');
    const warns = report.checks.filter((c) => c.status === 'warn');
    if (fails.length)
        out.push('### Failing checks', '', checkTable(fails, report.alpha, report.task), '', worstSlicesCharts(report));
    if (warns.length)
        out.push('### Borderline checks', '', checkTable(warns, report.alpha, report.task), '');
    if (report.fairness.length)
        out.push('### Fairness', '', fairnessTable(report.fairness, report.task), '');
    out.push('### All slices', '', sliceMatrix(report), '');
    out.push(`<details><summary>Every check (${report.checks.length})</summary>`, '', checkTable(report.checks, report.alpha, report.task), '', '</details>', '');
    const foot = ['Δ = candidate − baseline on the same rows.', 'Overall: ' + 'non-inferiority; slices: significant regression with multiple-testing correction (see the policy).'];
    if (opts.reportPath)
        foot.push(`Full report: \`${opts.reportPath}\` (schema ${report.schema}).`);
    out.push(`<sub>${foot.join(' ')}</sub>`, '');
    return out.join('\n');
}
/** Check-run annotations on the policy file's lines for the rules that failed (or warned). */
function policyAnnotations(report, loaded) {
    const task = report.task;
    const byRule = new Map();
    const add = (key, path, level, title, msg) => {
        const line = loaded.source.lineOf(path) ?? 1;
        const cur = byRule.get(key) ?? { line, level, title, msgs: [] };
        if (level === 'failure')
            cur.level = 'failure';
        cur.msgs.push(msg);
        byRule.set(key, cur);
    };
    for (const c of report.checks) {
        if (c.status !== 'fail' && c.status !== 'warn')
            continue;
        add(`m:${c.metric}`, ['metrics', c.metric], c.status === 'fail' ? 'failure' : 'warning', `${(0,format/* displayName */.QC)(c.metric, task)} rule`, `${c.slice}: ${c.reason}`);
    }
    report.fairness.forEach((f, i) => {
        if (f.status !== 'fail' && f.status !== 'warn')
            return;
        add(`f:${i}`, ['fairness', i], f.status === 'fail' ? 'failure' : 'warning', `fairness: ${f.metric} across ${f.across}`, f.reason);
    });
    // Policy lines that are legal but probably not meant (margin 0 judged by non-inferiority).
    loaded.warnings.forEach((w, i) => add(`w:${i}`, [], 'warning', 'policy', w.message));
    for (const [key, r] of byRule) {
        const w = key.startsWith('w:') ? loaded.warnings[Number(key.slice(2))] : undefined;
        if (w?.line)
            r.line = w.line;
    }
    return [...byRule.values()].map((r) => ({
        path: loaded.source.path, line: r.line, level: r.level, title: r.title,
        message: r.msgs.slice(0, 20).join('\n') + (r.msgs.length > 20 ? `\n… and ${r.msgs.length - 20} more` : ''),
    }));
}

// EXTERNAL MODULE: ../../packages/core/src/gate/slices.ts
var slices = __webpack_require__(8576);
// EXTERNAL MODULE: ../../packages/core/src/gate/evaluate.ts
var evaluate = __webpack_require__(69504);
// EXTERNAL MODULE: ../../packages/core/src/gate/fairness.ts
var fairness = __webpack_require__(58578);
// EXTERNAL MODULE: ../../packages/core/src/gate/paired-test.ts + 1 modules
var paired_test = __webpack_require__(8681);
;// CONCATENATED MODULE: ../../packages/core/src/gate/index.ts


















/** Read, join, evaluate, report: the whole gate, platform-free. */
async function runGate(opts) {
    const t0 = performance.now();
    let t1 = t0;
    const loaded = typeof opts.policy === 'string' ? (0,policy/* loadPolicy */.tb)(opts.policy) : opts.policy;
    let data, judgedOnThreads;
    try {
        data = await loadEvalData(opts.candidate, opts.baseline, loaded);
        t1 = performance.now();
        judgedOnThreads = await (0,pool.evaluateGateOnThreads)(data, loaded);
    }
    finally {
        // The baseline's reader thread is parked for the judging; let it go whether or not it was used.
        await (0,entry/* releaseParkedWorkers */.eZ)();
    }
    const { result: judged, threads, partitions } = judgedOnThreads;
    const result = failClosedOverall(judged, loaded);
    const t2 = performance.now();
    const report = buildReport(result, loaded, { candidate: opts.candidate, baseline: opts.baseline });
    const json = serializeReport(report);
    if (opts.reportPath) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(opts.reportPath), { recursive: true });
        (0,external_node_fs_.writeFileSync)(opts.reportPath, json);
    }
    const markdown = renderMarkdown(report, { title: opts.title, reportPath: opts.reportPath });
    const t3 = performance.now();
    const timings = { read: t1 - t0, judge: t2 - t1, report: t3 - t2, threads };
    if (opts.htmlReportPath) {
        // Loaded only when asked: the renderer and its curves stay off the gate's path otherwise.
        const { renderGateHtml } = await __webpack_require__.e(/* import() */ 635).then(__webpack_require__.bind(__webpack_require__, 12635));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(opts.htmlReportPath), { recursive: true });
        (0,external_node_fs_.writeFileSync)(opts.htmlReportPath, renderGateHtml({ report, loaded, data, partitions, title: opts.title }));
        timings.html = performance.now() - t3;
    }
    return {
        report, json, loaded, markdown,
        summary: summaryLine(report),
        annotations: policyAnnotations(report, loaded),
        timings,
    };
}


/***/ }),

/***/ 21613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ readTableOffThread),
/* harmony export */   serveRead: () => (/* binding */ serveRead)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _io_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25245);
/* harmony import */ var _workers_entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13363);
/**
 * Read a table on a worker thread, so the gate parses its two input files at once (the candidate on this thread, the
 * baseline on a worker). The worker runs the same `readTable`, so the table is the same; its columns come back
 * transferred, not copied. Without a worker entry (unit tests on the sources), or for a small file, it is read here.
 */




/** Smaller files are read on this thread (a worker costs ~0.1 s to start); MLCI_READ_MIN_BYTES overrides. */
const DEFAULT_MIN_BYTES = 8 * 1024 * 1024;
function minBytes() {
    const v = process.env.MLCI_READ_MIN_BYTES;
    const n = v === undefined || v === '' ? NaN : Number(v);
    return Number.isFinite(n) && n >= 0 ? n : DEFAULT_MIN_BYTES;
}
function size(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    }
    catch {
        return 0; // readTable reports the missing file with its own message
    }
}
async function readTableOffThread(path, opts) {
    const entry = (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .workerEntry */ .xA)();
    if (!entry || size(path) < minBytes())
        return (0,_io_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readTable */ .xz)(path, opts);
    const w = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(entry, { workerData: { ...(0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .workerDataFor */ .Ic)('read'), path, opts } });
    let ok = false;
    let onError = () => { };
    let onExit = () => { };
    try {
        const reply = await new Promise((resolve, reject) => {
            onError = reject;
            onExit = (code) => reject(new Error(`the reader thread for ${path} exited (code ${code}) before answering`));
            w.once('message', resolve);
            w.on('error', onError);
            w.on('exit', onExit);
        });
        if ('error' in reply)
            throw (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .receivedError */ .ac)(reply.error);
        ok = true;
        return reply.table;
    }
    finally {
        w.off('error', onError);
        w.off('exit', onExit);
        // A reader that answered is kept for the gate's pool (it becomes a gate worker: workers/serve.ts).
        if (ok)
            (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .parkWorker */ .fw)(w);
        else
            await w.terminate();
    }
}
/** Every typed array's buffer in a table, to transfer instead of copying. */
function buffers(t) {
    const out = new Set();
    for (const c of t.columns.values())
        out.add((c.kind === 'number' ? c.values : c.codes).buffer);
    for (const v of Object.values(t))
        if (ArrayBuffer.isView(v))
            out.add(v.buffer);
    return [...out].filter((b) => b instanceof ArrayBuffer);
}
/** The worker side: read the one file it was started for and answer (serve.ts then waits for a next task). */
async function serveRead(init) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
    try {
        const table = await (0,_io_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readTable */ .xz)(init.path, init.opts);
        port.postMessage({ table }, buffers(table));
    }
    catch (e) {
        port.postMessage({ error: (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .sendableError */ .TQ)(e) });
    }
}


/***/ }),

/***/ 25245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h0: () => (/* reexport */ joinById),
  e9: () => (/* reexport */ lineOfRow),
  xz: () => (/* reexport */ read/* readTable */.x)
});

// UNUSED EXPORTS: columnAsNumbers, detectFormat, requireColumn, rowLocation, streamTable

// EXTERNAL MODULE: ../../packages/core/src/io/format.ts
var format = __webpack_require__(28141);
// EXTERNAL MODULE: ../../packages/core/src/io/read.ts + 3 modules
var read = __webpack_require__(53815);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/core/src/io/delimited.ts
var delimited = __webpack_require__(4859);
// EXTERNAL MODULE: ../../packages/core/src/io/number.ts
var number = __webpack_require__(3803);
;// CONCATENATED MODULE: ../../packages/core/src/io/columns.ts
/** Small helpers over tables: find a column, read it as numbers, name a row in messages. */





/** 1-based line of a row in a text file, or undefined (Parquet, tables built in memory). */
function lineOfRow(table, row) {
    if (table.rowLines)
        return table.rowLines[row];
    return table.firstLine === undefined ? undefined : table.firstLine + row;
}
/** "line 17" for text files, "row 16" (1-based data row) otherwise: for messages that point at a row. */
function rowLocation(table, row) {
    const line = lineOfRow(table, row);
    return line === undefined ? `row ${row + 1}` : `line ${line}`;
}
/** The column, or a UserError naming the file and listing the columns it has. */
function requireColumn(table, name, opts = {}) {
    const col = table.columns.get(name);
    if (col)
        return col;
    const where = (0,format/* describeFile */.C)(table.source, opts.label);
    if (table.allColumnNames.includes(name)) {
        throw new Error(`internal: column "${name}" of ${where} was not loaded; add it to ReadOptions.columns`);
    }
    throw (0,delimited/* missingColumn */.J)(where, table.source, name, table.allColumnNames);
}
/**
 * A column as numbers (NaN for empty cells). A number column is returned as is (not copied); a string column whose
 * every value is a number (e.g. forced to text) is converted. Any other text is a UserError naming the file, the
 * first such row and how many rows hold text. Mapping "true"/"false" or class names is the caller's business.
 */
function columnAsNumbers(table, name, opts = {}) {
    const col = requireColumn(table, name, opts);
    if (col.kind === 'number')
        return col.values;
    const map = new Float64Array(col.dictionary.length);
    const bad = new Uint8Array(col.dictionary.length);
    let anyBad = false;
    for (let c = 0; c < col.dictionary.length; c++) {
        const v = parseNumberText(col.dictionary[c], false);
        if (v === undefined) {
            bad[c] = 1;
            anyBad = true;
        }
        else {
            map[c] = v;
        }
    }
    const out = new Float64Array(col.codes.length);
    let badRows = 0;
    let firstBad = -1;
    for (let i = 0; i < col.codes.length; i++) {
        const c = col.codes[i];
        if (c < 0) {
            out[i] = NaN;
        }
        else if (anyBad && bad[c] === 1) {
            if (firstBad < 0)
                firstBad = i;
            badRows++;
        }
        else {
            out[i] = map[c];
        }
    }
    if (firstBad >= 0) {
        const text = col.dictionary[col.codes[firstBad]];
        const line = lineOfRow(table, firstBad);
        throw new UserError(`${describeFile(table.source, opts.label)}, ${rowLocation(table, firstBad)}: column ${excerpt(name)} holds ` +
            `${excerpt(text)}, which is not a number (${badRows} row${badRows === 1 ? '' : 's'} like this); ` +
            `this column must be numeric`, { file: table.source, line });
    }
    return out;
}

// EXTERNAL MODULE: ../../packages/core/src/excerpt.ts
var src_excerpt = __webpack_require__(75874);
// EXTERNAL MODULE: ../../packages/core/src/io/dictionary.ts
var dictionary = __webpack_require__(5394);
;// CONCATENATED MODULE: ../../packages/core/src/io/join.ts
/**
 * One-to-one join of two tables on an id column (candidate and baseline predictions of the same rows, in any order).
 * Numeric ids go through an open-addressing hash table of row numbers in an Int32Array (no Map of boxed entries);
 * text ids through their dictionaries (one Map lookup per distinct id, then typed arrays per row). When one side's
 * ids are numbers and the other's text, both are compared as text, numbers written the JavaScript way (7 → "7").
 */





/**
 * Pair every left row with the right row of the same id. Every id must appear exactly once on each side: an empty
 * id, a duplicate id, or an id present on one side only is a UserError naming the file, the first offending id and
 * its line, and how many rows are affected.
 */
function joinById(left, leftId, right, rightId, labels) {
    const l = side(left, leftId, labels.left);
    const r = side(right, rightId, labels.right);
    checkNoEmptyIds(l);
    checkNoEmptyIds(r);
    if (l.col.kind === 'number' && r.col.kind === 'number')
        return joinNumbers(l, r, l.col.values, r.col.values);
    const lt = asText(l.col);
    const rt = asText(r.col);
    return joinCodes(l, r, lt.codes, lt.dictionary, rt.codes, rt.dictionary);
}
function side(table, idName, label) {
    return { table, idName, label, where: (0,format/* describeFile */.C)(table.source, label), col: requireColumn(table, idName, { label }) };
}
function idText(s, row) {
    const c = s.col;
    return c.kind === 'number' ? String(c.values[row]) : (0,src_excerpt/* excerpt */.K)(c.dictionary[c.codes[row]]);
}
function checkNoEmptyIds(s) {
    let first = -1;
    let count = 0;
    const c = s.col;
    if (c.kind === 'number') {
        const v = c.values;
        for (let i = 0; i < v.length; i++) {
            if (v[i] !== v[i]) {
                if (first < 0)
                    first = i;
                count++;
            }
        }
    }
    else {
        const k = c.codes;
        for (let i = 0; i < k.length; i++) {
            if (k[i] < 0) {
                if (first < 0)
                    first = i;
                count++;
            }
        }
    }
    if (first >= 0) {
        throw new errors/* UserError */.y(`${s.where}, ${rowLocation(s.table, first)}: the id column "${s.idName}" is empty (${count} row` +
            `${count === 1 ? '' : 's'} without an id); every row needs an id to be matched`, { file: s.table.source, line: lineOfRow(s.table, first) });
    }
}
function duplicateError(s, count, row, prev) {
    return new errors/* UserError */.y(`${s.where}, ${rowLocation(s.table, row)}: id ${idText(s, row)} appears again (first on ` +
        `${rowLocation(s.table, prev)}); ${count} duplicate id${count === 1 ? '' : 's'} in column "${s.idName}" in all. ` +
        `Each id must appear once: remove the repeated rows`, { file: s.table.source, line: lineOfRow(s.table, row) });
}
/** Ids of `has` that `lacks` does not have: the sentence for the error message. */
function missingSentence(has, lacks, count, row) {
    return (`${lacks.where} has no row for ${count} id${count === 1 ? '' : 's'} of the ${has.label}; the first is ` +
        `${idText(has, row)} (${has.table.source}, ${rowLocation(has.table, row)})`);
}
function missingError(l, r, missR, firstMissR, missL, firstMissL) {
    const parts = [];
    if (missR > 0)
        parts.push(missingSentence(l, r, missR, firstMissR));
    if (missL > 0)
        parts.push(missingSentence(r, l, missL, firstMissL));
    const at = missR > 0 ? { file: l.table.source, line: lineOfRow(l.table, firstMissR) } : { file: r.table.source, line: lineOfRow(r.table, firstMissL) };
    return new errors/* UserError */.y(`${parts.join('. ')}. Both files must hold predictions for the same ids`, at);
}
// Numbers: murmur3's finalizer (fmix32) over the IEEE bits, linear probing over an Int32Array of row + 1. The
// finalizer matters: small integers differ only in the high bits of their doubles, which a mask alone would drop.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
function hashNumber(v) {
    if ((v | 0) === v)
        return fmix32(v); // integer ids (also maps -0 to 0)
    f64[0] = v;
    return fmix32(u32[0] ^ fmix32(u32[1]));
}
function indexNumbers(values) {
    let size = 16;
    while (size < values.length * 2)
        size *= 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    let dupCount = 0;
    let dupRow = -1;
    let dupPrev = -1;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        let s = hashNumber(v) & mask;
        for (;;) {
            const e = slots[s];
            if (e === 0) {
                slots[s] = i + 1;
                break;
            }
            if (values[e - 1] === v) {
                if (dupRow < 0) {
                    dupRow = i;
                    dupPrev = e - 1;
                }
                dupCount++;
                break;
            }
            s = (s + 1) & mask;
        }
    }
    return { slots, mask, dupCount, dupRow, dupPrev };
}
/** Integer ids spanning a small range (0..n-1, 1..n, ...: the common case) can index an array directly. */
function denseRange(lv, rv) {
    let min = Infinity;
    let max = -Infinity;
    for (const v of [lv, rv]) {
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (!Number.isInteger(x))
                return null;
            if (x < min)
                min = x;
            if (x > max)
                max = x;
        }
    }
    const size = max - min + 1;
    return size <= 4 * (lv.length + rv.length) + 1024 ? { min, size } : null;
}
function lookupNumber(ix, values, v) {
    let s = hashNumber(v) & ix.mask;
    for (;;) {
        const e = ix.slots[s];
        if (e === 0)
            return -1;
        if (values[e - 1] === v)
            return e - 1;
        s = (s + 1) & ix.mask;
    }
}
function joinNumbers(l, r, lv, rv) {
    const rightOf = new Int32Array(lv.length);
    const dense = denseRange(lv, rv);
    if (dense !== null) {
        const { min } = dense;
        const tab = new Int32Array(dense.size); // right row + 1 per id - min
        for (let j = 0; j < rv.length; j++) {
            const k = rv[j] - min;
            if (tab[k] !== 0) {
                const ri = indexNumbers(rv);
                throw duplicateError(r, ri.dupCount, ri.dupRow, ri.dupPrev);
            }
            tab[k] = j + 1;
        }
        // Claim each entry by negating it: a second claim is a duplicate left id, an entry never claimed a right id the
        // left lacks. Left ids usually come sorted, so this pass walks tab in order (one random pass in all, the build).
        let missR = 0;
        let firstMissR = -1;
        let dups = 0;
        for (let i = 0; i < lv.length; i++) {
            const k = lv[i] - min;
            const e = tab[k];
            if (e > 0) {
                rightOf[i] = e - 1;
                tab[k] = -e;
            }
            else if (e === 0) {
                rightOf[i] = -1;
                if (firstMissR < 0)
                    firstMissR = i;
                missR++;
            }
            else {
                rightOf[i] = -e - 1;
                dups++;
            }
        }
        if (dups > 0 || missR > 0)
            return pair(l, r, rightOf, rv.length, () => indexNumbers(lv));
        let missL = 0;
        let firstMissL = -1;
        for (let k = 0; k < tab.length; k++) {
            const e = tab[k];
            if (e > 0) {
                missL++;
                if (firstMissL < 0 || e - 1 < firstMissL)
                    firstMissL = e - 1;
            }
        }
        if (missL > 0)
            throw missingError(l, r, 0, -1, missL, firstMissL);
        return result(rightOf);
    }
    else {
        const ri = indexNumbers(rv);
        if (ri.dupCount > 0)
            throw duplicateError(r, ri.dupCount, ri.dupRow, ri.dupPrev);
        for (let i = 0; i < lv.length; i++)
            rightOf[i] = lookupNumber(ri, rv, lv[i]);
    }
    return pair(l, r, rightOf, rv.length, () => indexNumbers(lv));
}
/**
 * Check the left-to-right row mapping (-1 = id missing on the right) and turn it into the result. Left duplicates
 * show up as two left rows mapped to one right row; duplicates among ids missing on the right need the full left
 * index, built only on that error path.
 */
function pair(l, r, rightOf, rightCount, leftDuplicates) {
    const leftOfRight = new Int32Array(rightCount); // left row + 1
    let missR = 0;
    let firstMissR = -1;
    let dups = 0;
    for (let i = 0; i < rightOf.length; i++) {
        const j = rightOf[i];
        if (j < 0) {
            if (firstMissR < 0)
                firstMissR = i;
            missR++;
        }
        else if (leftOfRight[j] !== 0) {
            dups++;
        }
        else {
            leftOfRight[j] = i + 1;
        }
    }
    if (dups > 0 || missR > 0) {
        const d = leftDuplicates();
        if (d.dupCount > 0)
            throw duplicateError(l, d.dupCount, d.dupRow, d.dupPrev);
    }
    let missL = 0;
    let firstMissL = -1;
    for (let j = 0; j < rightCount; j++) {
        if (leftOfRight[j] === 0) {
            if (firstMissL < 0)
                firstMissL = j;
            missL++;
        }
    }
    if (missR > 0 || missL > 0)
        throw missingError(l, r, missR, firstMissR, missL, firstMissL);
    return result(rightOf);
}
function result(rightOf) {
    const leftRows = new Uint32Array(rightOf.length);
    for (let i = 0; i < leftRows.length; i++)
        leftRows[i] = i;
    // Every entry is a row number now: reuse the buffer.
    return { leftRows, rightRows: new Uint32Array(rightOf.buffer, rightOf.byteOffset, rightOf.length) };
}
/** Text view of an id column: a number column is dictionary-encoded through String(v). */
function asText(col) {
    if (col.kind === 'string')
        return col;
    const dict = new dictionary/* TextDictionary */.o0();
    const codes = new Int32Array(col.values.length);
    for (let i = 0; i < codes.length; i++)
        codes[i] = dict.code(String(col.values[i]));
    return { codes, dictionary: dict.strings };
}
/** First row of each code; the first duplicate found (row, earlier row) and the duplicate count. */
function firstRows(codes, size) {
    const rowOf = new Int32Array(size).fill(-1);
    let dupCount = 0;
    let dupRow = -1;
    let dupPrev = -1;
    for (let i = 0; i < codes.length; i++) {
        const c = codes[i];
        if (rowOf[c] >= 0) {
            if (dupRow < 0) {
                dupRow = i;
                dupPrev = rowOf[c];
            }
            dupCount++;
        }
        else {
            rowOf[c] = i;
        }
    }
    return { rowOf, dupCount, dupRow, dupPrev };
}
function joinCodes(l, r, lc, ld, rc, rd) {
    const rf = firstRows(rc, rd.length);
    if (rf.dupCount > 0)
        throw duplicateError(r, rf.dupCount, rf.dupRow, rf.dupPrev);
    const rightCode = new Map();
    for (let c = 0; c < rd.length; c++)
        rightCode.set(rd[c], c);
    // Right row per left dictionary entry (-1: not on the right).
    const rowOfLeftCode = new Int32Array(ld.length);
    for (let c = 0; c < ld.length; c++) {
        const k = rightCode.get(ld[c]);
        rowOfLeftCode[c] = k === undefined ? -1 : rf.rowOf[k];
    }
    const rightOf = new Int32Array(lc.length);
    for (let i = 0; i < lc.length; i++)
        rightOf[i] = rowOfLeftCode[lc[i]];
    return pair(l, r, rightOf, rc.length, () => firstRows(lc, ld.length));
}

;// CONCATENATED MODULE: ../../packages/core/src/io/index.ts






/***/ })

};
