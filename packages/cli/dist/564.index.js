export const id = 564;
export const ids = [564];
export const modules = {

/***/ 39529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   J2: () => (/* binding */ finishGate),
/* harmony export */   RJ: () => (/* binding */ partitionsOf),
/* harmony export */   wU: () => (/* binding */ judgeSlice)
/* harmony export */ });
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85187);
/* harmony import */ var _metrics_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96475);
/* harmony import */ var _slices_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34701);
/* harmony import */ var _fairness_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54491);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90625);
/* harmony import */ var _paired_test_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72140);






/** The partitions the policy asks for: overall, then every value (combination) of each slice spec, in report order. */
function partitionsOf(data, loaded, overall = (0,_slices_js__WEBPACK_IMPORTED_MODULE_2__/* .overallSlice */ .gV)(data)) {
    return [[overall], ...loaded.sliceSpecs.map((spec) => (0,_slices_js__WEBPACK_IMPORTED_MODULE_2__/* .sliceBy */ .o7)(data, spec))];
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
    const models = new _paired_test_js__WEBPACK_IMPORTED_MODULE_5__/* .SliceModels */ .nq(slice.key, slice.rows, colsA, colsB, data.label01, data.scoreRanks);
    const positives = policy.task === 'binary-classification' ? sumLabels(data.label, slice.rows) : null;
    // Ranking: support counts queries, the units the query bootstrap resamples (rows of a query are not independent).
    const support = data.query ? (0,_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .queryCount */ .Mi)(data.query, slice.rows) : slice.rows.length;
    const unit = data.query ? 'queries' : 'rows';
    const siblings = loaded.metrics.map((m) => m.def);
    const out = [];
    for (const pm of loaded.metrics) {
        const { name, rule, def } = pm;
        const label = (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .metricLabel */ .B)(def);
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
        const v = (0,_paired_test_js__WEBPACK_IMPORTED_MODULE_5__/* .pointValues */ .ro)(def, models);
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
            entry.boundMsgs.push(`${label} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(v.a)} is below the minimum ${rule.min}`);
        if (rule.max !== undefined && v.a > rule.max)
            entry.boundMsgs.push(`${label} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(v.a)} is above the maximum ${rule.max}`);
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
        const test = (0,_paired_test_js__WEBPACK_IMPORTED_MODULE_5__/* .pairedTest */ .Yt)(def, models, v, { alpha, bootstrap: B, seed, margin, siblings });
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
    const adjusted = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .adjustPValues */ .uA)(family.map((e) => e.test.pSR), policy.significance.correction);
    family.forEach((e, i) => (e.check.p_adjusted = adjusted[i]));
    for (const e of pending)
        decide(e, policy, hasBaseline);
    const fairness = (0,_fairness_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateFairness */ .h)(data, policy, hasBaseline);
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
                msgs.push(`non-inferior: Δ=${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(t.delta)}, within margin ${d} (p=${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmtP */ .oF)(t.pNI)})`);
            }
            else {
                worst('fail');
                msgs.push(beyond
                    ? `${name} regressed by ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(drop)} (> ${d}), p=${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmtP */ .oF)(t.pNI)} for non-inferiority`
                    : `could not show ${name} is non-inferior within ${d}: Δ=${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(t.delta)}, CI [${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(t.ci[0])}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(t.ci[1])}], p=${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmtP */ .oF)(t.pNI)}`);
            }
        }
        else {
            c.p_value = t.pSR;
            const pAdj = c.p_adjusted ?? t.pSR;
            if (pAdj < alpha) {
                worst('fail');
                msgs.push(`${name} regressed by ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(drop)} (> ${d}), p_adj=${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmtP */ .oF)(pAdj)}`);
            }
            else if (t.pSR < alpha) {
                worst('warn');
                msgs.push(`${name} ${dir} by ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(drop)}: significant alone (p=${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmtP */ .oF)(t.pSR)}) but not after ${policy.significance.correction} over all slices (p_adj=${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmtP */ .oF)(pAdj)})`);
            }
            else if (beyond) {
                worst('warn');
                msgs.push(`${name} ${dir} by ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(drop)} (> ${d}) but not significantly (p_adj=${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmtP */ .oF)(pAdj)}); too little data to be sure`);
            }
            else {
                msgs.push(`no significant regression: Δ=${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(t.delta)}, CI [${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(t.ci[0])}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(t.ci[1])}], p_adj=${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmtP */ .oF)(pAdj)}`);
            }
        }
    }
    else if (!hasBaseline) {
        if (!e.boundMsgs.length)
            msgs.push((e.rule.min !== undefined || e.rule.max !== undefined ? `${name} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(c.candidate)} within bounds (first run: no baseline)` : `first run: no baseline to compare; ${name} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(c.candidate)} reported only`));
    }
    else if (!e.boundMsgs.length) {
        msgs.push(`${name} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(c.candidate)} within bounds`);
    }
    if (status === 'fail' && e.rule.severity === 'warn')
        status = 'warn';
    c.status = status;
    c.reason = msgs.join('; ');
}


/***/ }),

/***/ 54491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ evaluateFairness)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90319);
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85187);
/* harmony import */ var _metrics_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96475);
/* harmony import */ var _slices_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34701);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90625);





const NAMED = {
    'demographic-parity': { rates: [_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SELECTION_RATE */ .SK], needs: [] },
    'demographic-parity-difference': { rates: [_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SELECTION_RATE */ .SK], needs: [] },
    'demographic-parity-ratio': { rates: [_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SELECTION_RATE */ .SK], needs: [] },
    'equal-opportunity': { rates: [_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUE_POSITIVE_RATE */ .UP], needs: ['positives'] },
    'equal-opportunity-difference': { rates: [_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUE_POSITIVE_RATE */ .UP], needs: ['positives'] },
    tpr: { rates: [_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUE_POSITIVE_RATE */ .UP], needs: ['positives'] },
    'equalized-odds': { rates: [_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUE_POSITIVE_RATE */ .UP, _metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .FALSE_POSITIVE_RATE */ .R2], needs: ['positives', 'negatives'] },
    'equalized-odds-difference': { rates: [_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUE_POSITIVE_RATE */ .UP, _metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .FALSE_POSITIVE_RATE */ .R2], needs: ['positives', 'negatives'] },
};
function measureOf(rule, policy) {
    const named = NAMED[rule.metric];
    if (named)
        return { ...named, selectionRate: named.rates[0] === _metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SELECTION_RATE */ .SK };
    let def;
    try {
        def = (0,_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .getMetric */ .$6)(rule.metric, policy.task);
    }
    catch {
        def = undefined;
    }
    if (!def || !def.numerator || !def.denominator) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Policy: fairness metric '${rule.metric}' must be a rate from the confusion counts (selection-rate, recall, fpr, precision, accuracy, demographic-parity, equal-opportunity, equalized-odds).`);
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
        const g = (0,_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .rateGap */ .Hp)(groups, r);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Policy: fairness rules need task binary-classification (they compare rates across groups).`);
    }
    const out = [];
    const { bootstrap: B, seed, alpha } = policy.significance;
    const minSupport = policy['min-support'];
    const minClass = policy['min-class-support'];
    for (const rule of policy.fairness) {
        const across = typeof rule.across === 'string' ? [rule.across] : rule.across;
        const measure = measureOf(rule, policy);
        const groups = (0,_slices_js__WEBPACK_IMPORTED_MODULE_3__/* .sliceBy */ .o7)(data, across);
        const res = {
            metric: rule.metric, across: across.join('&'), groups: [], candidate_gap: null, baseline_gap: null,
            gap_increase: null, ci: null, candidate_ratio: null, status: 'pass', reason: '',
        };
        if (rule.significance)
            res.gap_ci = null;
        const usable = [];
        for (const g of groups) {
            const cells = (0,_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .pairedCells */ .F4)(data.label, data.candidate, data.baseline ?? data.candidate, policy.threshold, g.rows);
            const ka = (0,_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .countsFromCells */ .Ov)(cells, 0), kb = (0,_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .countsFromCells */ .Ov)(cells, 1);
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
        const countsOf = (cellsList, model) => cellsList.map((c) => (0,_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .countsFromCells */ .Ov)(c, model));
        const ga = gapOf(countsOf(usable.map((u) => u.cells), 0), measure);
        const gb = hasBaseline ? gapOf(countsOf(usable.map((u) => u.cells), 1), measure) : null;
        res.candidate_gap = ga?.gap ?? null;
        res.candidate_ratio = ga?.ratio ?? null;
        res.baseline_gap = gb?.gap ?? null;
        let gapCi;
        if (ga && (gb || rule.significance)) {
            if (gb)
                res.gap_increase = ga.gap - gb.gap;
            const rng = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createRng */ .SZ)((0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .streamSeed */ .u)(seed, `fairness|${rule.metric}|${res.across}`));
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
                res.ci = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .percentileInterval */ .J9)(reps, alpha);
            if (rule.significance && repsA.some((x) => !Number.isNaN(x)))
                res.gap_ci = gapCi = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .percentileInterval */ .J9)(repsA, alpha);
        }
        const name = (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .displayName */ .QC)(rule.metric, policy.task);
        const msgs = [];
        let status = 'pass';
        // Exact on the integer counts: a gap equal to the limit is within it.
        const gapOver = (limit) => ga !== null && (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compareRatioSum */ .ep)(ga.gapTerms, limit) > 0;
        const increaseOver = (limit) => ga !== null && gb !== null && (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compareRatioSum */ .ep)([...ga.gapTerms, ...negate(gb.gapTerms)], limit) > 0;
        const sig = (ci, limit) => !rule.significance || (ci != null && ci[0] > limit);
        const maxGap = rule['max-gap'];
        if (maxGap !== undefined && gapOver(maxGap)) {
            if (sig(gapCi, maxGap)) {
                status = 'fail';
                msgs.push(`${name} gap across ${res.across} is ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(ga.gap)} (> ${maxGap})${rule.significance ? `, CI [${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(gapCi[0])}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(gapCi[1])}] above it` : ''}`);
            }
            else {
                if (status === 'pass')
                    status = 'warn';
                msgs.push(`${name} gap across ${res.across} is ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(ga.gap)} (> ${maxGap}) but not significantly: CI ${gapCi ? `[${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(gapCi[0])}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(gapCi[1])}]` : 'undefined'}`);
            }
        }
        const maxInc = rule['max-gap-increase'];
        if (maxInc !== undefined && increaseOver(maxInc)) {
            if (sig(res.ci, maxInc)) {
                status = 'fail';
                msgs.push(`${name} gap across ${res.across} grew by ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(res.gap_increase)} (> ${maxInc}) from ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(gb.gap)} to ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(ga.gap)}${rule.significance ? `, CI [${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(res.ci[0])}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(res.ci[1])}] above it` : ''}`);
            }
            else {
                if (status === 'pass')
                    status = 'warn';
                msgs.push(`${name} gap across ${res.across} grew by ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(res.gap_increase)} (> ${maxInc}) but not significantly: CI ${res.ci ? `[${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(res.ci[0])}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(res.ci[1])}]` : 'undefined'}`);
            }
        }
        const minRatio = rule['min-ratio'];
        const ratioBelow = (r) => ga !== null && (ga.ratioTerm && measure.rates.length === 1 ? (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compareRatioSum */ .ep)([ga.ratioTerm], r) < 0 : ga.ratio < r);
        if (minRatio !== undefined && ratioBelow(minRatio)) {
            status = 'fail';
            msgs.push(`${name} ratio across ${res.across} is ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(ga.ratio)} (< ${minRatio})`);
        }
        else if (minRatio === undefined && measure.selectionRate && ratioBelow(0.8)) {
            if (status === 'pass')
                status = 'warn';
            msgs.push(`selection-rate ratio ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(ga.ratio)} is under the four-fifths rule of thumb (0.8)`);
        }
        if (status === 'fail' && rule.severity === 'warn')
            status = 'warn';
        if (msgs.length === 0) {
            msgs.push(`${name} gap ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(ga?.gap ?? NaN)}${res.gap_increase !== null ? ` (baseline ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(gb.gap)}, change ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(res.gap_increase)})` : ''} within limits`);
        }
        res.status = status;
        res.reason = msgs.join('; ');
        out.push(res);
    }
    return out;
}


/***/ }),

/***/ 72140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nq: () => (/* binding */ SliceModels),
  Yt: () => (/* binding */ pairedTest),
  ro: () => (/* binding */ pointValues)
});

// EXTERNAL MODULE: ../core/src/stats/index.ts + 11 modules
var stats = __webpack_require__(85187);
// EXTERNAL MODULE: ../core/src/metrics/index.ts + 12 modules
var metrics = __webpack_require__(96475);
// EXTERNAL MODULE: ../core/src/gate/format.ts
var format = __webpack_require__(90625);
;// CONCATENATED MODULE: ../core/src/gate/fast-tests.ts



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
            cells = (0,metrics/* pairedClassCells */.zf)(colsA.label, colsA.scores2d, colsB.scores2d, rows);
            cellCache.set(rows, cells);
        }
        const { k, label, predA, predB, count } = cells;
        const m = count.length;
        const rng = (0,stats/* createRng */.SZ)((0,format/* streamSeed */.u)(seed, `${slice.key}|classes`));
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
            return { method: 'delta', se: (0,stats/* pairedMeansDelta */.Uh)(p).se };
        // The policy's other bootstrapped unit metrics share this slice's unit draws: one pass for all of them (the draws,
        // not the metrics, cost O(U) per replicate), cached until evaluate asks for them.
        let cached = unitCache.get(rows);
        if (!cached?.has(def)) {
            const group = [def, ...siblings.filter((m) => m !== def && m.unitStats && m.fromMeans && !(m.unitTest === 'delta' && units >= DELTA_MIN_UNITS)
                    && (m.resampleUnit ?? 'row') === (def.resampleUnit ?? 'row'))];
            const parts = group.map((m) => (m === def ? p : pairOf(m, m.prepare?.(colsA, rows), m.prepare?.(colsB, rows))));
            const reps = (0,stats/* pairedMeansBootstrap */.aE)(parts, B, (0,stats/* createRng */.SZ)((0,format/* streamSeed */.u)(seed, `${slice.key}|units`)));
            cached = new Map(group.map((m, i) => [m, reps[i]]));
            unitCache.set(rows, cached);
        }
        return { method: 'bootstrap', deltas: cached.get(def) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ../core/src/gate/paired-test.ts




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
        return (this.cells ??= (0,metrics/* pairedCells */.F4)(this.a.label, this.a.score, this.b.score, this.a.threshold, this.rows));
    }
    delongResult() {
        if (this.delong)
            return this.delong;
        const r = this.ranks;
        if (r && this.rows.length === r.a.length && this.key === 'overall') {
            // Every row: sort the scores and leave their ranks for the slices judged after this one, on any thread.
            this.delong = (0,stats/* delongPaired */.DP)(this.label01, this.a.score, this.b.score, this.rows, { a: r.a, b: r.b, use: 'fill' });
            Atomics.store(r.ready, 0, 1);
        }
        else {
            // Same order and ties either way; the ranks only make the sort cheaper (a slice judged before they are
            // ready sorts the scores).
            const use = r !== undefined && Atomics.load(r.ready, 0) === 1;
            this.delong = (0,stats/* delongPaired */.DP)(this.label01, this.a.score, this.b.score, this.rows, use ? { a: r.a, b: r.b, use: 'use' } : undefined);
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
        const rng = (0,stats/* createRng */.SZ)((0,format/* streamSeed */.u)(seed, `${this.key}|cells`));
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
    const k = (0,metrics/* countsFromCells */.Ov)(cells, model);
    return def.fromCounts(k.tp, k.fp, k.tn, k.fn);
}
/** sign·Δ as a sum of integer ratios, for {@link compareRatioSum}; undefined when Δ is not such a sum. */
function countTerms(def, cells, sign) {
    const ka = (0,metrics/* countsFromCells */.Ov)(cells, 0), kb = (0,metrics/* countsFromCells */.Ov)(cells, 1);
    return [
        [sign, def.numerator(ka.tp, ka.fp, ka.tn, ka.fn), def.denominator(ka.tp, ka.fp, ka.tn, ka.fn)],
        [-sign, def.numerator(kb.tp, kb.fp, kb.tn, kb.fn), def.denominator(kb.tp, kb.fp, kb.tn, kb.fn)],
    ];
}
/** Sign of sign·Δ + d for the observed values, exactly where Δ is a difference of integer ratios. */
function observedVsMargin(def, s, v, sign, d) {
    if (s.usesCells(def))
        return (0,stats/* compareRatioSum */.ep)(countTerms(def, s.pairedCells(), sign), -d);
    if (s.usesDelong(def)) {
        // AUC·2mn is an integer (midranks are halves of integers); recover it while 2mn is far below 2^53.
        const r = s.delongResult();
        const den = 2 * r.positives * r.negatives;
        if (den > 0 && den < 2 ** 46) {
            return (0,stats/* compareRatioSum */.ep)([[sign, Math.round(r.aucA * den), den], [-sign, Math.round(r.aucB * den), den]], -d);
        }
    }
    return (0,stats/* compareApprox */.SQ)(sign * (v.a - v.b), -d, Math.abs(v.a) + Math.abs(v.b));
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
        const t = (0,stats/* delongTest */.Cc)(s.delongResult(), d, 'less', alpha, vsMargin);
        return { delta, ci: t.ci, pNI: t.pNonInferiority, pSR: t.pRegression, method: 'delong', vsMargin };
    }
    if (s.usesCells(def)) {
        if (def.exactTest === 'mcnemar') {
            const { b: better, c: worse } = (0,metrics/* discordantFromCells */.Ne)(s.pairedCells()); // candidate right & baseline wrong; the reverse
            const mcnemar = (0,stats/* mcnemarExact */.B1)(better, worse);
            if (d === 0) {
                // No margin: the exact conditional test decides; the interval still comes from the bootstrap.
                const boot = fromCellReplicates(def, s, sign, d, alpha, B, seed, delta);
                return {
                    delta, ci: boot.ci, method: 'mcnemar-exact', mcnemar, vsMargin,
                    pSR: (0,stats/* mcnemarExact */.B1)(better, worse, sign > 0 ? 'less' : 'greater'),
                    pNI: (0,stats/* mcnemarExact */.B1)(better, worse, sign > 0 ? 'greater' : 'less'),
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
            const t = (0,stats/* marginZTest */.$W)(sign * delta, fast.se * fast.se, d, alpha, vsMargin);
            out = { delta, ci: mirror(t.ci, sign), pNI: t.pNonInferiority, pSR: t.pRegression, method: fast.method, vsMargin };
        }
        else {
            const deltas = fast.deltas;
            const signs = new Int8Array(deltas.length);
            for (let b = 0; b < deltas.length; b++)
                signs[b] = (0,stats/* compareApprox */.SQ)(sign * deltas[b], -d, 2 * Math.abs(deltas[b]) + 1) || 0;
            out = { ...fromReplicates(deltas, signs, sign, d, alpha, delta), method: fast.method, vsMargin };
        }
        if (fast.discordant) {
            // Accuracy of any task: exact McNemar on the correct/incorrect pairs, decisive at margin 0 as for binary.
            const { better, worse } = fast.discordant;
            out.mcnemar = (0,stats/* mcnemarExact */.B1)(better, worse);
            if (d === 0) {
                out.pSR = (0,stats/* mcnemarExact */.B1)(better, worse, sign > 0 ? 'less' : 'greater');
                out.pNI = (0,stats/* mcnemarExact */.B1)(better, worse, sign > 0 ? 'greater' : 'less');
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
        const t = (0,stats/* marginZTest */.$W)(sign * delta, m2 / (rows.length - 1) / rows.length, d, alpha, vsMargin);
        return { delta, ci: mirror(t.ci, sign), pNI: t.pNonInferiority, pSR: t.pRegression, method: 'normal', vsMargin };
    }
    // Everything else: a paired bootstrap, the same replicate applied to both models.
    const deltas = new Float64Array(B);
    const rng = (0,stats/* createRng */.SZ)((0,format/* streamSeed */.u)(seed, `${s.key}|rows`));
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
        signs[b] = (0,stats/* compareApprox */.SQ)(sign * deltas[b], -d, 2 * Math.abs(deltas[b]) + 1) || 0;
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
        const c = (0,stats/* compareRatioSum */.ep)(countTerms(def, cells, sign), -d);
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
    const ci = (0,stats/* percentileInterval */.J9)(deltas, alpha);
    return {
        delta,
        ci: [ci[0], ci[1]],
        pNI: (0,stats/* bootstrapPValue */.Gm)(h, -d, 'greater', signs),
        pSR: (0,stats/* bootstrapPValue */.Gm)(h, -d, 'less', signs),
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
            (0,stats/* bootstrapWeights */.Aw)(rng, qw);
            for (let k = 0; k < n; k++)
                w[k] = qw[qOfRow[k]];
            fn(w, b);
        }
    }
    else {
        for (let b = 0; b < B; b++)
            fn((0,stats/* bootstrapWeights */.Aw)(rng, w), b);
    }
}


/***/ }),

/***/ 44384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   tb: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* unused harmony exports TASKS, CORRECTIONS, DECISIONS, policySchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29143);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90319);
/* harmony import */ var _inputs_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20565);
/* harmony import */ var _fs_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39477);
/* harmony import */ var _metrics_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96475);






/**
 * The gate policy (YAML, `version: 1`). Key names are a contract (issue #3); zod validates them and every error names
 * the policy file, the line and the key.
 */
const TASKS = ['binary-classification', 'regression', 'multiclass', 'ranking'];
const CORRECTIONS = ['holm', 'bonferroni', 'bh', 'none'];
const DECISIONS = ['non-inferiority', 'significant-regression'];
const finite = zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().refine(Number.isFinite, 'expected a finite number');
const metricRule = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    min: finite.optional(),
    max: finite.optional(),
    'max-regression': finite.min(0, 'max-regression is a margin and must be ≥ 0').optional(),
    /** `block` (default): a failed check fails the gate; `warn`: it is reported as a warning only. */
    severity: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['block', 'warn']).default('block'),
})
    .strict();
const fairnessRule = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    metric: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    across: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).min(1)]),
    'max-gap': finite.min(0).optional(),
    'max-gap-increase': finite.optional(),
    'min-ratio': finite.min(0).max(1).optional(),
    /**
     * true: `max-gap` and `max-gap-increase` fail only when the bootstrap interval of the candidate's gap (of the
     * change) lies wholly above the limit, i.e. the excess is significant at α; default false: point estimates decide.
     */
    significance: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
    severity: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['block', 'warn']).default('block'),
})
    .strict();
const policySchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1, { error: 'expected version: 1' }),
    task: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(TASKS).default('binary-classification'),
    columns: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().default('id'),
        label: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().default('label'),
        score: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().default('score'),
        /** Multiclass: one probability column per class; the label is the class index or the column's class name. */
        scores: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).min(2).optional(),
        /** Ranking: the query (group) column. */
        query: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().default('query'),
        /** Score column name in the baseline file when it differs from `score`. */
        'baseline-score': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    })
        .strict()
        .default({ id: 'id', label: 'label', score: 'score', query: 'query' }),
    threshold: finite.min(0).max(1).default(0.5),
    metrics: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), metricRule.nullable().transform((r) => r ?? { severity: 'block' })),
    slices: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).min(1)])).default([]),
    'min-support': zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(1).default(1000),
    /** Fewest positives and fewest negatives a slice needs for metrics that use both classes. */
    'min-class-support': zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(1).default(20),
    significance: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        alpha: finite.gt(0).lt(1).default(0.05),
        correction: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(CORRECTIONS).default('holm'),
        bootstrap: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(100).max(1_000_000).default(2000),
        seed: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().default(1),
    })
        .strict()
        .default({ alpha: 0.05, correction: 'holm', bootstrap: 2000, seed: 1 }),
    decision: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        overall: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(DECISIONS).default('non-inferiority'),
        slices: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(DECISIONS).default('significant-regression'),
    })
        .strict()
        .default({ overall: 'non-inferiority', slices: 'significant-regression' }),
    /** How a `min`/`max` bound missed inside a slice counts (overall always blocks). */
    bounds: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ slices: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['warn', 'block', 'ignore']).default('warn') })
        .strict()
        .default({ slices: 'warn' }),
    fairness: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(fairnessRule).default([]),
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
            def = (0,_metrics_index_js__WEBPACK_IMPORTED_MODULE_3__/* .getMetric */ .$6)(name, policy.task);
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${at(path, line)}: ${e.message}`, { file: path, line });
            throw e;
        }
        const first = seen.get(def.name);
        if (first !== undefined) {
            // Two keys for one metric would test it twice and silently enlarge the multiple-testing family.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${at(path, line)}: metric '${name}' repeats '${first}' (both are ${def.name}); keep one rule per metric.`, { file: path, line });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${at(path, line)}: slices[${i}] names column '${dup}' twice; cross distinct columns.`, { file: path, line });
        }
        const key = JSON.stringify([...cols].sort());
        const first = seen.get(key);
        if (first !== undefined) {
            // The same partition twice would test every slice of it twice and enlarge the Holm family for nothing.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${at(path, line)}: slices[${i}] (${cols.join(' × ')}) repeats slices[${first}]; list each slicing once.`, { file: path, line });
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
    const { data: policy, lineOf } = (0,_inputs_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlDocument */ .I)(text, path, policySchema, {
        what: 'Policy',
        shape: "with at least 'version: 1' and 'metrics:'",
    });
    if (Object.keys(policy.metrics).length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Policy ${path}: 'metrics' is empty — the gate needs at least one metric to check (for example 'auc: { max-regression: 0.01 }'), so it fails closed.`, { file: path, line: lineOf(['metrics']) });
    }
    const sliceSpecs = resolveSlices(policy, path, lineOf);
    const metrics = resolveMetrics(policy, path, lineOf);
    return { policy, source: { path, lineOf }, sliceSpecs, metrics, warnings: marginWarnings(policy, metrics, lineOf), text };
}
function loadPolicy(path) {
    let text;
    try {
        text = (0,_fs_text_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(path, `Policy file '${path}'`);
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isUserError */ .i)(e))
            throw e;
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Policy file '${path}' cannot be read (${code ?? String(e)}): check the 'policy' input path, relative to the workspace.`);
    }
    return parsePolicy(text, path);
}


/***/ }),

/***/ 62564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluateGateOnThreads: () => (/* binding */ evaluateGateOnThreads),
/* harmony export */   gateJobHandler: () => (/* binding */ gateJobHandler),
/* harmony export */   serveGate: () => (/* binding */ serveGate)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _workers_entry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58910);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44384);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39529);
/* harmony import */ var _slices_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34701);
/* harmony import */ var _shared_arrays_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(60474);
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
        c.codes = (0,_shared_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .shared */ .ue)(c.codes);
    d.label = (0,_shared_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .shared */ .ue)(d.label);
    if (d.label01)
        d.label01 = (0,_shared_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .shared */ .ue)(d.label01);
    d.candidate = (0,_shared_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .shared */ .ue)(d.candidate);
    if (d.baseline)
        d.baseline = (0,_shared_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .shared */ .ue)(d.baseline);
    d.candidateClasses = d.candidateClasses?.map(_shared_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .shared */ .ue);
    d.baselineClasses = d.baselineClasses?.map(_shared_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .shared */ .ue);
    if (d.query)
        d.query = (0,_shared_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .shared */ .ue)(d.query);
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
    if (d.rows > ((0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .envNumber */ .dc)('MLCI_GATE_RANK_ROWS') ?? DEFAULT_RANK_ROWS))
        return;
    d.scoreRanks = { a: (0,_shared_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .sharedUint32 */ .FK)(d.rows), b: (0,_shared_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .sharedUint32 */ .FK)(d.rows), ready: new Int32Array(new SharedArrayBuffer(4)) };
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
    const entry = (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .workerEntry */ .xA)();
    const threads = opts.threads ?? (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .envNumber */ .dc)('MLCI_GATE_THREADS') ?? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)();
    const work = data.rows * loaded.metrics.length;
    const overall = (0,_slices_js__WEBPACK_IMPORTED_MODULE_5__/* .overallSlice */ .gV)(data);
    withScoreRanks(data, loaded);
    if (!entry || loaded.text === undefined || threads < 2 || loaded.sliceSpecs.length === 0 || work < ((0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .envNumber */ .dc)('MLCI_GATE_MIN_WORK') ?? DEFAULT_MIN_WORK)) {
        const partitions = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_4__/* .partitionsOf */ .RJ)(data, loaded, overall);
        return { result: (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluateGate */ .DR)(data, loaded, partitions), threads: 1, partitions };
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
    const budget = Math.max(data.rows, (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .envNumber */ .dc)('MLCI_GATE_INFLIGHT_ROWS') ?? DEFAULT_INFLIGHT_ROWS);
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
                errors[m.id] = (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .receivedError */ .ac)(m.error);
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
                results[i] = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeSlice */ .wU)(sd, loaded, jobs[i]);
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
            const parked = (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .takeParkedWorker */ .Dh)();
            const w = parked ?? new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(entry, { workerData: { ...(0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .workerDataFor */ .Ic)('gate'), ...init } });
            if (parked)
                parked.postMessage({ mlciBecome: 'gate', init });
            workers.push(w);
            runs.push(onWorker(w));
        }
        // The overall slice goes first, to a worker, while this thread partitions the rows by the slice specs.
        enqueue([overall]);
        partitions = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_4__/* .partitionsOf */ .RJ)(sd, loaded, overall);
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
    return { result: (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_4__/* .finishGate */ .J2)(results.flat(), sd, loaded), threads: workerCount + 1, partitions };
}
/** Judge the jobs the parent sends, on the shared columns: a worker's message handler (also for a parked reader). */
function gateJobHandler(init) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
    const loaded = (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePolicy */ .ON)(init.policyText, init.policyPath);
    return (job) => {
        let reply;
        try {
            reply = { id: job.id, checks: (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeSlice */ .wU)(init.data, loaded, job.slice) };
        }
        catch (e) {
            reply = { id: job.id, error: (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .sendableError */ .TQ)(e) };
        }
        port.postMessage(reply);
    };
}
/** The worker side: judge each slice the parent sends, on the shared columns and row lists. */
function serveGate(init) {
    node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.on('message', gateJobHandler(init));
}


/***/ }),

/***/ 60474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ sharedUint32),
/* harmony export */   Ky: () => (/* binding */ sharedUint8),
/* harmony export */   QV: () => (/* binding */ sharedFloat64),
/* harmony export */   ue: () => (/* binding */ shared),
/* harmony export */   wZ: () => (/* binding */ compactCodes)
/* harmony export */ });
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


/***/ }),

/***/ 34701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gV: () => (/* binding */ overallSlice),
/* harmony export */   o7: () => (/* binding */ sliceBy)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_SLICE_VALUES, MAX_SLICE_COMBINATIONS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90319);
/* harmony import */ var _shared_arrays_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60474);


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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Environment variable MLCI_MAX_SLICE_VALUES must be a positive whole number; it is '${String(raw).slice(0, 40)}'.`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Slice column '${columns[j]}' has ${c.dictionary.length.toLocaleString('en-US')} distinct values, over the limit of ${cap.toLocaleString('en-US')} ` +
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
    const tooMany = (n) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Slice columns ${columns.map((c) => `'${c}'`).join(' × ')} have ${n.toLocaleString('en-US')} value combinations, over the limit of ` +
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
    const sorted = (0,_shared_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedUint32 */ .FK)(n); // the pool's threads read the row lists in place (pool.ts)
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
    const rows = (0,_shared_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedUint32 */ .FK)(data.rows);
    for (let i = 0; i < data.rows; i++)
        rows[i] = i;
    return { key: 'overall', values: [], rows };
}


/***/ }),

/***/ 85187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uA: () => (/* reexport */ adjustPValues),
  Gm: () => (/* reexport */ bootstrapPValue),
  Aw: () => (/* reexport */ bootstrapWeights),
  SQ: () => (/* reexport */ compareApprox),
  ep: () => (/* reexport */ compareRatioSum),
  SZ: () => (/* reexport */ rng/* createRng */.S),
  DP: () => (/* reexport */ delongPaired),
  Cc: () => (/* reexport */ delongTest),
  $W: () => (/* reexport */ marginZTest),
  B1: () => (/* reexport */ mcnemarExact),
  aE: () => (/* reexport */ pairedMeansBootstrap),
  Uh: () => (/* reexport */ pairedMeansDelta),
  J9: () => (/* reexport */ quantile/* percentileInterval */.J)
});

// UNUSED EXPORTS: argsortFloat64, argsortWithTies, quantileSorted

// EXTERNAL MODULE: ../core/src/stats/argsort.ts
var argsort = __webpack_require__(17706);
;// CONCATENATED MODULE: ../core/src/stats/delong.ts

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
    const make = (size) => ({ ws: new argsort/* ArgsortWorkspace */.Yh(size), vA: new Float64Array(size), isPos: new Uint8Array(size) });
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
        sorted = (0,argsort/* argsortRanksWithTies */.R8)(ranks[0], rows, ws);
    else {
        sorted = (0,argsort/* argsortWithTies */.oD)(score, rows, ws);
        if (ranks)
            (0,argsort/* denseRanks */.RV)(sorted, rows, ranks[0]);
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

// EXTERNAL MODULE: ../core/src/stats/normal.ts
var normal = __webpack_require__(39247);
;// CONCATENATED MODULE: ../core/src/stats/normal-quantile.ts
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

;// CONCATENATED MODULE: ../core/src/stats/z-test.ts


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
        pNonInferiority: (0,normal/* normalSf */.n)(z),
        pRegression: (0,normal/* normalCdf */.v)(z),
        pTwoSided: Math.min(1, 2 * (0,normal/* normalSf */.n)(Math.abs(z))),
        ci: [delta - half, delta + half],
    };
}

;// CONCATENATED MODULE: ../core/src/stats/delong-test.ts

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

;// CONCATENATED MODULE: ../core/src/stats/exact-compare.ts
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
var lib = __webpack_require__(89014);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ../core/src/stats/binomial-cdf.ts

/**
 * Exact binomial CDF P(X ≤ k) for X ~ Bin(n, p), through the regularized incomplete beta function:
 *   P(X ≤ k) = I_{1−p}(n − k, k + 1)    (Abramowitz & Stegun 26.5.24)
 * evaluated by stdlib's betainc (a port of Boost.Math's ibeta, full double precision in the tails, so
 * exact-McNemar p-values such as 1e−40 keep their digits). k is floored; k < 0 → 0, k ≥ n → 1;
 * NaN for n not a non-negative integer or p outside [0, 1].
 */
function binomialCdf(k, n, p) {
    return lib_default()(k, n, p);
}

;// CONCATENATED MODULE: ../core/src/stats/mcnemar.ts

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

// EXTERNAL MODULE: ../core/src/stats/rng.ts
var rng = __webpack_require__(24663);
;// CONCATENATED MODULE: ../core/src/stats/bootstrap-weights.ts
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

// EXTERNAL MODULE: ../core/src/stats/quantile.ts
var quantile = __webpack_require__(63041);
;// CONCATENATED MODULE: ../core/src/stats/bootstrap-p-value.ts
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

;// CONCATENATED MODULE: ../core/src/stats/adjust-p-values.ts
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

;// CONCATENATED MODULE: ../core/src/stats/paired-means.ts
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

;// CONCATENATED MODULE: ../core/src/stats/index.ts
/** Statistics for the gate: distributions, DeLong, McNemar, bootstrap, multiple testing, seeded RNG. */

// Distributions (normal, its quantile, binomial CDF) are the internals of the tests below; modules that need one
// import it from its file (drift/two-proportion-z.ts does).













/***/ }),

/***/ 39247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ normalSf),
/* harmony export */   v: () => (/* binding */ normalCdf)
/* harmony export */ });
/* harmony import */ var _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50208);
/* harmony import */ var _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Standard normal CDF Φ(x) = ½·erfc(−x/√2) (Abramowitz & Stegun 7.1.2 / 26.2.29), evaluated with stdlib's
 * erfc (a port of FreeBSD msun's s_erf.c, relative error < 1 ulp in the tails). Because it goes through erfc
 * rather than 1 − erf, Φ(x) for very negative x keeps full relative precision down to the smallest doubles
 * (Φ(−37.5) ≈ 4.6e−308), which the gate needs for p-values such as 1e−30 at a million rows.
 */
function normalCdf(x) {
    return _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default()(x, 0, 1);
}
/**
 * Standard normal survival function 1 − Φ(x) = Φ(−x) = ½·erfc(x/√2): the upper tail without the cancellation
 * of computing 1 − Φ(x), so normalSf(37) ≈ 5.7e−300 is exact to a few ulps.
 */
function normalSf(x) {
    return _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default()(-x, 0, 1);
}


/***/ }),

/***/ 63041:
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


/***/ })

};
