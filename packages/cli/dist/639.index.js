<<<<<<<< HEAD:packages/cli/dist/639.index.js
export const id = 639;
export const ids = [639];
export const modules = {

/***/ 3639:
========
export const id = 144;
export const ids = [144];
export const modules = {

/***/ 18144:
>>>>>>>> wip/gate:actions/detect-data-change/dist/144.index.js
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareTables: () => (/* binding */ compareTables)
});

// EXTERNAL MODULE: ../core/src/errors.ts
var errors = __webpack_require__(319);
// EXTERNAL MODULE: ../core/src/drift/cdf.ts
var cdf = __webpack_require__(8129);
// EXTERNAL MODULE: ../../node_modules/@stdlib/math-base-special-gammainc/lib/index.js
var lib = __webpack_require__(1091);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ../core/src/drift/chi-square.ts

/**
 * Pearson's chi-square test of homogeneity on the 2×k table (reference counts, current counts):
 * χ² = Σ (O − E)²/E with E = row total · column total / N, df = k − 1 over the categories seen in either sample
 * (Pearson 1900; Agresti, Categorical Data Analysis 3rd ed., §3.2). Both samples are treated as samples, which is what
 * a drift check compares; no continuity correction. p = Q(df/2, χ²/2), the regularised upper incomplete gamma,
 * computed directly rather than as 1 − CDF so that tiny p-values keep their digits (χ² = 100 on 3 df: 1.55e−21, as
 * scipy.stats.chi2.sf, where 1 − CDF gives 0).
 */
function chiSquareHomogeneity(ref, cur) {
    let n1 = 0;
    let n2 = 0;
    for (let i = 0; i < ref.length; i++) {
        n1 += ref[i];
        n2 += cur[i];
    }
    const n = n1 + n2;
    let stat = 0;
    let k = 0;
    for (let i = 0; i < ref.length; i++) {
        const col = ref[i] + cur[i];
        if (col === 0)
            continue;
        k++;
        const e1 = (n1 * col) / n;
        const e2 = (n2 * col) / n;
        stat += (ref[i] - e1) ** 2 / e1 + (cur[i] - e2) ** 2 / e2;
    }
    const df = k - 1;
    if (df < 1 || n1 === 0 || n2 === 0)
        return { statistic: 0, df: Math.max(df, 0), pValue: 1 };
    return { statistic: stat, df, pValue: Math.min(1, Math.max(0, lib_default()(stat / 2, df / 2, true, true))) };
}

;// CONCATENATED MODULE: ../core/src/drift/jensen-shannon.ts
/**
 * Jensen–Shannon distance with base-2 logarithms (so it lies in [0, 1]):
 * JS(P, Q) = √(½ KL(P‖M) + ½ KL(Q‖M)), M = ½(P + Q) (Lin 1991; Endres & Schindelin 2003 for the metric).
 * Inputs are counts or proportions over the same categories; each is normalised. Same as
 * scipy.spatial.distance.jensenshannon(p, q, base=2).
 */
function jensenShannonDistance(p, q) {
    let sp = 0;
    let sq = 0;
    for (let i = 0; i < p.length; i++) {
        sp += p[i];
        sq += q[i];
    }
    if (sp === 0 || sq === 0)
        return sp === sq ? 0 : 1;
    let div = 0;
    for (let i = 0; i < p.length; i++) {
        const a = p[i] / sp;
        const b = q[i] / sq;
        const m = (a + b) / 2;
        if (a > 0)
            div += 0.5 * a * Math.log2(a / m);
        if (b > 0)
            div += 0.5 * b * Math.log2(b / m);
    }
    return Math.sqrt(Math.max(0, div));
}

;// CONCATENATED MODULE: ../core/src/drift/ks.ts

/**
 * Two-sample Kolmogorov–Smirnov statistic D = sup_x |F_ref(x) − F_cur(x)|.
 * Both CDFs are piecewise linear, so the supremum is reached at a breakpoint of one of them, from the left or the
 * right; checking both limits at every breakpoint gives D exactly (for two exact samples, the same D as
 * scipy.stats.ks_2samp).
 */
function ksStatistic(ref, cur) {
    let d = 0;
    for (const x of (0,cdf/* mergedBreakpoints */.Xm)(ref, cur)) {
        const at = Math.abs((0,cdf/* cdfAt */.bF)(ref, x) - (0,cdf/* cdfAt */.bF)(cur, x));
        const below = Math.abs((0,cdf/* cdfBelow */.RO)(ref, x) - (0,cdf/* cdfBelow */.RO)(cur, x));
        if (at > d)
            d = at;
        if (below > d)
            d = below;
    }
    return d;
}
/**
 * Survival function of the Kolmogorov distribution, Q_KS(λ) = 2 Σ_{j≥1} (−1)^{j−1} e^{−2j²λ²}
 * (Kolmogorov 1933). For small λ the alternating series converges slowly, so there the equivalent Jacobi-theta form
 * 1 − (√(2π)/λ) Σ_{j≥1} e^{−(2j−1)²π²/(8λ²)} is used (Press et al., Numerical Recipes 3rd ed., §6.14.12).
 */
function kolmogorovSf(lambda) {
    if (!(lambda > 0))
        return 1;
    if (lambda < 1.18) {
        const y = Math.exp((-Math.PI * Math.PI) / (8 * lambda * lambda));
        let s = 0;
        for (let j = 1; j <= 6; j++)
            s += Math.pow(y, (2 * j - 1) * (2 * j - 1));
        return Math.min(1, Math.max(0, 1 - (Math.sqrt(2 * Math.PI) / lambda) * s));
    }
    let s = 0;
    for (let j = 1; j <= 100; j++) {
        const term = Math.exp(-2 * j * j * lambda * lambda);
        s += j % 2 === 1 ? term : -term;
        if (term < 1e-300)
            break;
    }
    return Math.min(1, Math.max(0, 2 * s));
}
/**
 * Two-sample KS test with the asymptotic Kolmogorov distribution: with nₑ = n·m/(n + m),
 * p = Q_KS((√nₑ + 0.12 + 0.11/√nₑ)·D) — Stephens' (1970) small-sample correction of the argument, as in
 * Numerical Recipes 3rd ed. §14.3.3 (eq. 14.3.18). The summaries may be exact samples or quantile sketches; n and m
 * are always the true row counts.
 */
function ksTest(ref, cur, n, m) {
    const statistic = ksStatistic(ref, cur);
    if (n === 0 || m === 0)
        return { statistic, pValue: 1 };
    const sqrtNe = Math.sqrt((n * m) / (n + m));
    return { statistic, pValue: kolmogorovSf((sqrtNe + 0.12 + 0.11 / sqrtNe) * statistic) };
}

// EXTERNAL MODULE: ../core/src/drift/policy.ts
var drift_policy = __webpack_require__(978);
;// CONCATENATED MODULE: ../core/src/drift/psi.ts
/** Proportions below this are raised to it, so an empty bin does not make PSI infinite (STATS.md). */
const PSI_FLOOR = 1e-4;
/**
 * Population stability index PSI = Σ (qᵢ − pᵢ)·ln(qᵢ/pᵢ) over bins, p the reference and q the current proportions,
 * each floored at 1e−4 (Yurdakul 2018, "Statistical properties of population stability index"). Rule of thumb:
 * < 0.1 stable, 0.1–0.2 moderate, ≥ 0.2 major shift. Inputs are counts or proportions; each is normalised first.
 */
function populationStabilityIndex(p, q, floor = PSI_FLOOR) {
    let sp = 0;
    let sq = 0;
    for (let i = 0; i < p.length; i++) {
        sp += p[i];
        sq += q[i];
    }
    if (sp === 0 || sq === 0)
        return 0;
    let psi = 0;
    for (let i = 0; i < p.length; i++) {
        const a = Math.max(p[i] / sp, floor);
        const b = Math.max(q[i] / sq, floor);
        psi += (b - a) * Math.log(b / a);
    }
    return psi;
}

<<<<<<<< HEAD:packages/cli/dist/639.index.js
// EXTERNAL MODULE: ../core/src/drift/summary.ts
var summary = __webpack_require__(9142);
// EXTERNAL MODULE: ../core/src/stats/normal.ts
var normal = __webpack_require__(9247);
;// CONCATENATED MODULE: ../core/src/drift/two-proportion-z.ts
========
// EXTERNAL MODULE: ../../packages/core/src/drift/summary.ts
var summary = __webpack_require__(83475);
// EXTERNAL MODULE: ../../packages/core/src/stats/normal.ts
var normal = __webpack_require__(91252);
;// CONCATENATED MODULE: ../../packages/core/src/drift/two-proportion-z.ts
>>>>>>>> wip/gate:actions/detect-data-change/dist/144.index.js

/**
 * Two-proportion z-test with the pooled proportion: p̂ = (x₁ + x₂)/(n₁ + n₂),
 * z = (x₂/n₂ − x₁/n₁) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)), two-sided p = 2·(1 − Φ(|z|)) (Agresti 3rd ed., §2.1.2 and
 * §3.2: z² equals the Pearson χ² of the same 2×2 table). Used for a column with two values.
 */
function twoProportionZ(x1, n1, x2, n2) {
    if (n1 === 0 || n2 === 0)
        return { statistic: 0, pValue: 1 };
    const pooled = (x1 + x2) / (n1 + n2);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    if (se === 0)
        return { statistic: 0, pValue: 1 };
    const z = (x2 / n2 - x1 / n1) / se;
    return { statistic: z, pValue: Math.min(1, 2 * (0,normal/* normalSf */.n)(Math.abs(z))) };
}

;// CONCATENATED MODULE: ../core/src/drift/wasserstein.ts

/**
 * First Wasserstein (earth mover's) distance W₁ = ∫ |F_ref(x) − F_cur(x)| dx (Vallender 1974).
 * Between consecutive merged breakpoints both CDFs are linear, so F_ref − F_cur is linear there and its absolute value
 * integrates in closed form (a trapezoid, or two triangles when it crosses zero). For two exact samples this equals
 * scipy.stats.wasserstein_distance.
 */
function wasserstein1(ref, cur) {
    const xs = (0,cdf/* mergedBreakpoints */.Xm)(ref, cur);
    let total = 0;
    for (let i = 0; i + 1 < xs.length; i++) {
        const x0 = xs[i];
        const x1 = xs[i + 1];
        const w = x1 - x0;
        // Values just inside the interval: right limit at x0, left limit at x1.
        const d0 = (0,cdf/* cdfAt */.bF)(ref, x0) - (0,cdf/* cdfAt */.bF)(cur, x0);
        const d1 = (0,cdf/* cdfBelow */.RO)(ref, x1) - (0,cdf/* cdfBelow */.RO)(cur, x1);
        if (d0 === 0 && d1 === 0)
            continue;
        if (d0 * d1 >= 0)
            total += (w * (Math.abs(d0) + Math.abs(d1))) / 2;
        else
            total += (w * (d0 * d0 + d1 * d1)) / (2 * (Math.abs(d0) + Math.abs(d1)));
    }
    return total;
}

;// CONCATENATED MODULE: ../core/src/drift/column.ts










/** The ≤ 5-value rule (STATS.md): a numeric column with few distinct values is compared as categories. */
function comparesAsCategories(ref, cur) {
    if (ref.kind === 'categorical' || cur.kind === 'categorical')
        return true;
    return ref.distinct !== undefined && ref.distinct.length <= summary/* CATEGORICAL_MAX_UNIQUE */.gn && cur.distinct !== undefined;
}
function categoryCounts(ref, cur) {
    const a = countsOf(ref);
    const b = countsOf(cur);
    const keys = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => (x === OTHER ? 1 : y === OTHER ? -1 : x < y ? -1 : x > y ? 1 : 0));
    return { categories: keys, reference: keys.map((k) => a.get(k) ?? 0), current: keys.map((k) => b.get(k) ?? 0) };
}
const OTHER = '(other)';
function countsOf(s) {
    const m = new Map();
    if (s.kind === 'categorical') {
        for (const [k, c] of s.top)
            m.set(k, c);
        if (s.other > 0)
            m.set(OTHER, s.other);
    }
    else if (s.distinct) {
        for (const [v, c] of s.distinct)
            m.set(String(v), c);
    }
    return m;
}
/**
 * PSI of a numeric column on ten bins at the reference's deciles, as reference_drift.py does: proportions come from
 * each CDF's left limits at the edges ([a, b) bins, values outside the reference's range clipped into the end bins).
 */
function numericPsi(ref, cur) {
    const edges = [];
    for (let i = 0; i <= 10; i++) {
        const e = (0,cdf/* quantileAt */.H7)(ref, i / 10);
        if (edges.length === 0 || e > edges[edges.length - 1])
            edges.push(e);
    }
    if (edges.length < 2)
        return 0;
    const bins = (c) => {
        const out = [];
        for (let k = 0; k + 1 < edges.length; k++) {
            const lo = k === 0 ? 0 : (0,cdf/* cdfBelow */.RO)(c, edges[k]);
            const hi = k + 2 === edges.length ? 1 : (0,cdf/* cdfBelow */.RO)(c, edges[k + 1]);
            out.push(Math.max(0, hi - lo));
        }
        return out;
    };
    return populationStabilityIndex(bins(ref), bins(cur));
}
/** The size-aware default (STATS.md, Drift). */
function defaultTest(ref, cur, smallReference, categories) {
    const small = ref.count <= smallReference;
    if (comparesAsCategories(ref, cur))
        return small ? (categories === 2 ? 'z' : 'chi-square') : 'jensen-shannon';
    return small ? 'ks' : 'wasserstein';
}
/**
 * Compare one column of the reference (baseline) profile with the current one.
 * Returns undefined when there is nothing to compare (a side has no non-null values).
 */
function compareColumn(column, ref, cur, rule = {}, smallReference = 1000, policyFile = 'drift-policy') {
    if (ref.count === 0 || cur.count === 0)
        return undefined;
    const asCategories = comparesAsCategories(ref, cur);
    const cats = asCategories ? categoryCounts(ref, cur) : undefined;
    const test = rule.test ?? defaultTest(ref, cur, smallReference, cats?.categories.length ?? 0);
    const numericOnly = test === 'ks' || test === 'wasserstein';
    if (numericOnly && (ref.kind !== 'numeric' || cur.kind !== 'numeric')) {
        throw new errors/* UserError */.y(`${policyFile}: column '${column}' holds categories; test '${test}' needs numbers. Use chi-square, z, jensen-shannon or psi for it.`);
    }
    if (test === 'z' && cats && cats.categories.length > 2) {
        throw new errors/* UserError */.y(`${policyFile}: column '${column}' has ${cats.categories.length} categories; test 'z' compares two. Use chi-square or jensen-shannon.`);
    }
    const threshold = rule.threshold ?? drift_policy.DEFAULT_THRESHOLDS[test];
    const base = { column, test, threshold, referenceCount: ref.count, currentCount: cur.count };
    if (numericOnly || (!asCategories && test === 'psi')) {
        const r = ref;
        const c = cur;
        const rc = (0,summary/* summaryCdf */.SL)(r);
        const cc = (0,summary/* summaryCdf */.SL)(c);
        const psi = numericPsi(rc, cc);
        let value;
        let statistic;
        if (test === 'ks') {
            const ks = ksTest(rc, cc, r.count, c.count);
            value = ks.pValue;
            statistic = ks.statistic;
        }
        else if (test === 'wasserstein') {
            // Normalised by the reference's standard deviation so one threshold fits every unit (STATS.md).
            value = wasserstein1(rc, cc) / (r.std > 0 ? r.std : 1);
        }
        else {
            value = psi;
        }
        return { ...base, kind: 'numeric', value, statistic, psi, drifted: decide(test, value, threshold), referenceMean: r.mean, currentMean: c.mean };
    }
    const counts = cats ?? categoryCounts(ref, cur);
    if (counts.categories.length === 0)
        return undefined;
    const psi = populationStabilityIndex(counts.reference, counts.current);
    let value;
    let statistic;
    if (test === 'z') {
        const n1 = sum(counts.reference);
        const n2 = sum(counts.current);
        // The share of the first category; with one category seen in total the z is 0.
        const z = twoProportionZ(counts.reference[0], n1, counts.current[0], n2);
        value = z.pValue;
        statistic = z.statistic;
    }
    else if (test === 'chi-square') {
        const chi = chiSquareHomogeneity(counts.reference, counts.current);
        value = chi.pValue;
        statistic = chi.statistic;
    }
    else if (test === 'jensen-shannon') {
        value = jensenShannonDistance(counts.reference, counts.current);
    }
    else {
        value = psi;
    }
    return { ...base, kind: 'categorical', value, statistic, psi, drifted: decide(test, value, threshold), topShift: topShift(counts) };
}
/** STATS.md: KS drifts at p ≤ 0.05, chi-square and z at p < 0.05, distances at ≥ their threshold. */
function decide(test, value, threshold) {
    if (test === 'ks')
        return value <= threshold;
    if (drift_policy.P_VALUE_TESTS.has(test))
        return value < threshold;
    return value >= threshold;
}
function topShift(c) {
    const n1 = sum(c.reference) || 1;
    const n2 = sum(c.current) || 1;
    let best;
    let bestDelta = -1;
    for (let i = 0; i < c.categories.length; i++) {
        const d = Math.abs(c.current[i] / n2 - c.reference[i] / n1);
        if (d > bestDelta) {
            bestDelta = d;
            best = { category: c.categories[i], reference: c.reference[i] / n1, current: c.current[i] / n2 };
        }
    }
    return best;
}
function sum(a) {
    let s = 0;
    for (const v of a)
        s += v;
    return s;
}

;// CONCATENATED MODULE: ../core/src/drift/table.ts



/** Compare a table's baseline profile with its current one: schema, row count, per-column drift, data set drift. */
function compareTables(table, ref, cur, policy, policyFile) {
    const refCols = new Map(ref.columns.map((c) => [c.name, c]));
    const curCols = new Map(cur.columns.map((c) => [c.name, c]));
    const schema = { added: [], removed: [], retyped: [] };
    for (const c of cur.columns)
        if (!refCols.has(c.name))
            schema.added.push({ column: c.name, type: c.type });
    for (const c of ref.columns)
        if (!curCols.has(c.name))
            schema.removed.push({ column: c.name, type: c.type });
    const columns = [];
    const skipped = [];
    for (const c of cur.columns) {
        const r = refCols.get(c.name);
        if (!r)
            continue;
        const fr = (0,summary/* columnFamily */.fK)(r.type);
        const fc = (0,summary/* columnFamily */.fK)(c.type);
        if (fr !== fc && fr !== 'empty' && fc !== 'empty') {
            schema.retyped.push({ column: c.name, from: r.type, to: c.type });
            continue;
        }
        const rule = (0,drift_policy.columnRuleFor)(policy, c.name);
        if (rule.ignore) {
            skipped.push(c.name);
            continue;
        }
        const d = compareColumn(c.name, r.summary, c.summary, rule, policy['small-reference'], policyFile);
        if (d)
            columns.push(d);
        else
            skipped.push(c.name);
    }
    const drifted = columns.filter((c) => c.drifted);
    const driftedShare = columns.length ? drifted.length / columns.length : 0;
    const criticalDrifted = drifted.filter((c) => (0,drift_policy.columnRuleFor)(policy, c.column).critical).map((c) => c.column);
    const rowsDropped = cur.rows < ref.rows * (1 - policy['max-row-drop']);
    return {
        table,
        rows: { reference: ref.rows, current: cur.rows },
        rowsDropped,
        schema,
        schemaChanged: schema.added.length + schema.removed.length + schema.retyped.length > 0,
        columns,
        skipped,
        driftedShare,
        criticalDrifted,
        drift: columns.length > 0 && (driftedShare >= policy['drift-share'] || criticalDrifted.length > 0),
    };
}


/***/ }),

<<<<<<<< HEAD:packages/cli/dist/639.index.js
/***/ 9247:
========
/***/ 91252:
>>>>>>>> wip/gate:actions/detect-data-change/dist/144.index.js
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ normalSf),
/* harmony export */   v: () => (/* binding */ normalCdf)
/* harmony export */ });
<<<<<<<< HEAD:packages/cli/dist/639.index.js
/* harmony import */ var _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(208);
========
/* harmony import */ var _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50208);
>>>>>>>> wip/gate:actions/detect-data-change/dist/144.index.js
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


/***/ })

};
