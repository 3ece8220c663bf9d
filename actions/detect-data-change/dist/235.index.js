export const id = 235;
export const ids = [235,843];
export const modules = {

/***/ 19843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  categoryCounts: () => (/* binding */ categoryCounts),
  compareColumn: () => (/* binding */ compareColumn),
  comparesAsCategories: () => (/* binding */ comparesAsCategories),
  defaultTest: () => (/* binding */ defaultTest),
  foldSparse: () => (/* binding */ foldSparse),
  numericPsi: () => (/* binding */ numericPsi),
  numericSide: () => (/* binding */ numericSide)
});

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/core/src/drift/cdf.ts
var drift_cdf = __webpack_require__(16436);
// EXTERNAL MODULE: ../../node_modules/@stdlib/math-base-special-gammainc/lib/index.js
var lib = __webpack_require__(31091);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ../../packages/core/src/drift/chi-square.ts

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

;// CONCATENATED MODULE: ../../packages/core/src/drift/jensen-shannon.ts
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

;// CONCATENATED MODULE: ../../packages/core/src/drift/ks.ts

/**
 * Two-sample Kolmogorov–Smirnov statistic D = sup_x |F_ref(x) − F_cur(x)|.
 * Both CDFs are piecewise linear, so the supremum is reached at a breakpoint of one of them, from the left or the
 * right; checking both limits at every breakpoint gives D exactly (for two exact samples, the same D as
 * scipy.stats.ks_2samp).
 */
function ksStatistic(ref, cur) {
    let d = 0;
    for (const x of (0,drift_cdf/* mergedBreakpoints */.Xm)(ref, cur)) {
        const at = Math.abs((0,drift_cdf/* cdfAt */.bF)(ref, x) - (0,drift_cdf/* cdfAt */.bF)(cur, x));
        const below = Math.abs((0,drift_cdf/* cdfBelow */.RO)(ref, x) - (0,drift_cdf/* cdfBelow */.RO)(cur, x));
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

// EXTERNAL MODULE: ../../packages/core/src/drift/policy.ts
var policy = __webpack_require__(27233);
;// CONCATENATED MODULE: ../../packages/core/src/drift/psi.ts
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

// EXTERNAL MODULE: ../../packages/core/src/stats/rng.ts
var stats_rng = __webpack_require__(99890);
// EXTERNAL MODULE: ../../packages/core/src/drift/sketch.ts
var sketch = __webpack_require__(63719);
;// CONCATENATED MODULE: ../../packages/core/src/drift/wasserstein.ts

/**
 * First Wasserstein (earth mover's) distance W₁ = ∫ |F_ref(x) − F_cur(x)| dx (Vallender 1974).
 * Between consecutive merged breakpoints both CDFs are linear, so F_ref − F_cur is linear there and its absolute value
 * integrates in closed form (a trapezoid, or two triangles when it crosses zero). For two exact samples this equals
 * scipy.stats.wasserstein_distance.
 */
function wasserstein1(ref, cur) {
    const xs = (0,drift_cdf/* mergedBreakpoints */.Xm)(ref, cur);
    let total = 0;
    for (let i = 0; i + 1 < xs.length; i++) {
        const x0 = xs[i];
        const x1 = xs[i + 1];
        const w = x1 - x0;
        // Values just inside the interval: right limit at x0, left limit at x1.
        const d0 = (0,drift_cdf/* cdfAt */.bF)(ref, x0) - (0,drift_cdf/* cdfAt */.bF)(cur, x0);
        const d1 = (0,drift_cdf/* cdfBelow */.RO)(ref, x1) - (0,drift_cdf/* cdfBelow */.RO)(cur, x1);
        if (d0 === 0 && d1 === 0)
            continue;
        if (d0 * d1 >= 0)
            total += (w * (Math.abs(d0) + Math.abs(d1))) / 2;
        else
            total += (w * (d0 * d0 + d1 * d1)) / (2 * (Math.abs(d0) + Math.abs(d1)));
    }
    return total;
}

;// CONCATENATED MODULE: ../../packages/core/src/drift/null-reference.ts




/**
 * "Beyond chance": the null distribution of a drift distance at the actual sample sizes, by parametric bootstrap
 * from the pooled profile (Efron & Tibshirani 1993, ch. 16: under "no change" both sides are samples of one
 * distribution, best estimated by pooling them). Each replicate draws two synthetic profiles of the sizes and kinds
 * the real ones have — exact values, a sketch of an n-value sample, or category counts — and computes the same
 * distance, so the sketching, ties, heavy tails and high cardinality are all in the reference distribution.
 * p = (1 + #{replicates ≥ observed}) / (B + 1) (Davison & Hinkley 1997, eq. 4.11), drawn sequentially and stopped
 * once STOP_AFTER replicates reach the observed value, with p = STOP_AFTER / replicates drawn (Besag & Clifford 1991,
 * "Sequential Monte Carlo p-values", Biometrika 78:301–304): a column far from drifting costs a few dozen replicates.
 */
const NULL_REPLICATES = 199;
/** Sequential stop: this many replicates at or above the observed value settle p ≥ STOP_AFTER / B > NULL_ALPHA. */
const STOP_AFTER = 10;
/** A distance drifts only when its null p-value is below this, whatever the threshold. */
const NULL_ALPHA = 0.05;
/** A fixed seed per column name, so the same profiles always give the same p-value (same report bytes). */
function seedOf(name) {
    let h = 2166136261;
    for (let i = 0; i < name.length; i++)
        h = Math.imul(h ^ name.charCodeAt(i), 16777619);
    return h >>> 0;
}
/** Draw replicates until B, or until STOP_AFTER of them reach the observed value. */
function sequentialP(replicates, exceeds) {
    let hits = 0;
    for (let b = 1; b <= replicates; b++) {
        if (exceeds() && ++hits === STOP_AFTER)
            return STOP_AFTER / b;
    }
    return (1 + hits) / (replicates + 1);
}
/** Null p-value of a statistic of two numeric sides (sketches or exact values). */
function numericNullP(ref, cur, stat, observed, seed, replicates = NULL_REPLICATES) {
    const pooled = (0,drift_cdf/* mixtureCdf */.a$)([
        { cdf: ref.cdf, weight: ref.n },
        { cdf: cur.cdf, weight: cur.n },
    ]);
    const rng = (0,stats_rng/* createRng */.S)(seed);
    const draw = (s) => (s.kind === 'values' ? (0,drift_cdf/* empiricalCdf */.SH)((0,sketch/* simulateSorted */.qB)(pooled, s.n, rng)) : (0,sketch/* simulateSketch */.Nn)(pooled, s.n, rng));
    return sequentialP(replicates, () => stat(draw(ref), draw(cur)) >= observed);
}
/** The two count vectors summed cell by cell, and each side's total: the null's pooled distribution. */
function poolCounts(ref, cur) {
    const k = ref.length;
    const pooled = new Float64Array(k);
    let n1 = 0;
    let n2 = 0;
    for (let i = 0; i < k; i++) {
        pooled[i] = ref[i] + cur[i];
        n1 += ref[i];
        n2 += cur[i];
    }
    return { k, pooled, n1, n2 };
}
/** Null p-value of a statistic of two count vectors over the same cells (categories, or distinct numbers). */
function countsNullP(ref, cur, stat, observed, seed, replicates = NULL_REPLICATES) {
    const { k, pooled, n1, n2 } = poolCounts(ref, cur);
    const rng = (0,stats_rng/* createRng */.S)(seed);
    const a = new Float64Array(k);
    const b = new Float64Array(k);
    return sequentialP(replicates, () => {
        rng.multinomial(n1, pooled, a);
        rng.multinomial(n2, pooled, b);
        return stat(a, b) >= observed;
    });
}
/**
 * A scale that heavy tails do not dominate: IQR / 1.349 (equal to σ for normal data); when the middle half is one
 * value, the mean absolute deviation from the median × √(π/2) (also σ for normal data); else 1.
 */
function robustScale(cdf) {
    const iqr = (0,drift_cdf/* quantileAt */.H7)(cdf, 0.75) - (0,drift_cdf/* quantileAt */.H7)(cdf, 0.25);
    if (iqr > 0)
        return iqr / 1.349;
    const m = (0,drift_cdf/* quantileAt */.H7)(cdf, 0.5);
    // E|X − m| is the Wasserstein distance to the point mass at m.
    const mad = wasserstein1(cdf, { xs: Float64Array.of(m, m), ps: Float64Array.of(0, 1) });
    return mad > 0 ? mad * Math.sqrt(Math.PI / 2) : 1;
}
/** The exact step CDF of counts over ascending distinct values. */
function countsOverValues(values, counts) {
    const pairs = [];
    for (let i = 0; i < values.length; i++)
        if (counts[i] > 0)
            pairs.push([values[i], counts[i]]);
    return (0,drift_cdf/* countsCdf */.g1)(pairs);
}
/**
 * Null p-value of several statistics of two count vectors judged together, so that the column is flagged when any
 * one of them is beyond chance while the false-alarm rate stays at NULL_ALPHA: min-p over one set of replicates
 * (Westfall & Young 1993, "Resampling-Based Multiple Testing", §2.6). The observed pair and B multinomial replicate
 * pairs drawn from the pooled counts are exchangeable under no change; each statistic's p-value of each of the B + 1
 * is its share of the B + 1 values at or above it, and the result is the share of the B + 1 whose smallest p-value
 * is at or below the observed one's (≥ 1/(B + 1); ties count against drift). Every replicate is drawn: no
 * sequential stop, since a column's min-p needs the whole null distribution of each statistic.
 */
function countsNullMinP(ref, cur, stats, seed, replicates = NULL_REPLICATES) {
    const { pooled, n1, n2 } = poolCounts(ref, cur);
    const m = replicates + 1;
    // values[j][0] is the observed statistic j, values[j][b] replicate b's.
    const values = stats.map(() => new Float64Array(m));
    const a = Float64Array.from(ref);
    const b = Float64Array.from(cur);
    stats.forEach((s, j) => (values[j][0] = s(a, b)));
    const rng = (0,stats_rng/* createRng */.S)(seed);
    for (let r = 1; r < m; r++) {
        rng.multinomial(n1, pooled, a);
        rng.multinomial(n2, pooled, b);
        stats.forEach((s, j) => (values[j][r] = s(a, b)));
    }
    const minP = new Float64Array(m).fill(1);
    for (const v of values) {
        const sorted = Float64Array.from(v).sort();
        for (let r = 0; r < m; r++) {
            // #{values ≥ v[r]} = m − #{values < v[r]}: the first index whose value is not below v[r].
            let lo = 0;
            let hi = m;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (sorted[mid] < v[r])
                    lo = mid + 1;
                else
                    hi = mid;
            }
            const p = (m - lo) / m;
            if (p < minP[r])
                minP[r] = p;
        }
    }
    let atOrBelow = 0;
    for (let r = 0; r < m; r++)
        if (minP[r] <= minP[0])
            atOrBelow++;
    return atOrBelow / m;
}
/**
 * The largest |z| over cells of the two-proportion z of each cell's share (pooled variance): a change in one
 * category — a top category losing 30% of its rows — shows here long before it moves an omnibus distance, which
 * spreads it over every cell's noise. Cells with a pooled share of 0 or 1 give 0.
 */
function maxCellZ(ref, cur) {
    let n1 = 0;
    let n2 = 0;
    for (let i = 0; i < ref.length; i++) {
        n1 += ref[i];
        n2 += cur[i];
    }
    if (n1 === 0 || n2 === 0)
        return 0;
    const inv = 1 / n1 + 1 / n2;
    let best = 0;
    for (let i = 0; i < ref.length; i++) {
        const p = (ref[i] + cur[i]) / (n1 + n2);
        const v = p * (1 - p) * inv;
        if (!(v > 0))
            continue;
        const z = Math.abs(ref[i] / n1 - cur[i] / n2) / Math.sqrt(v);
        if (z > best)
            best = z;
    }
    return best;
}

// EXTERNAL MODULE: ../../packages/core/src/drift/summary.ts
var summary = __webpack_require__(83475);
// EXTERNAL MODULE: ../../packages/core/src/stats/normal.ts
var normal = __webpack_require__(91252);
;// CONCATENATED MODULE: ../../packages/core/src/drift/two-proportion-z.ts

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

;// CONCATENATED MODULE: ../../packages/core/src/drift/column.ts












/** The ≤ 5-value rule (STATS.md): a numeric column with few distinct values is compared as categories. */
function comparesAsCategories(ref, cur) {
    if (ref.kind === 'categorical' || cur.kind === 'categorical')
        return true;
    return ref.distinct !== undefined && ref.distinct.length <= summary/* CATEGORICAL_MAX_UNIQUE */.gn && cur.distinct !== undefined;
}
/**
 * Category counts of both sides on one partition, chosen without looking at how the rows split between the sides: a
 * category is compared on its own when both sides know its count (it is listed, or the side lists every category it
 * has) and its pooled count is at least twice what a side's shortest listed count stands for at the pooled size;
 * everything else is folded into `(other)` on both sides alike. (A category listed on one side but inside the other's
 * unlisted rest would otherwise count as present on one side and absent on the other; one listed because its count
 * happened to clear a side's cut-off would be compared with a count biased upwards on that side only.)
 */
function categoryCounts(ref, cur) {
    const a = countsOf(ref);
    const b = countsOf(cur);
    const total = a.total + b.total;
    const floor = Math.max(a.complete ? 0 : (2 * a.cutoff * total) / Math.max(a.total, 1), b.complete ? 0 : (2 * b.cutoff * total) / Math.max(b.total, 1));
    const keys = [...new Set([...a.counts.keys(), ...b.counts.keys()])]
        .filter((k) => (a.counts.has(k) || a.complete) && (b.counts.has(k) || b.complete))
        .filter((k) => (a.counts.get(k) ?? 0) + (b.counts.get(k) ?? 0) >= floor)
        .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    const reference = keys.map((k) => a.counts.get(k) ?? 0);
    const current = keys.map((k) => b.counts.get(k) ?? 0);
    const restA = a.total - reference.reduce((t, c) => t + c, 0);
    const restB = b.total - current.reduce((t, c) => t + c, 0);
    if (restA > 0 || restB > 0) {
        keys.push(OTHER);
        reference.push(restA);
        current.push(restB);
    }
    return { categories: keys, reference, current };
}
const OTHER = '(other)';
function countsOf(s) {
    const m = new Map();
    if (s.kind === 'categorical') {
        for (const [k, c] of s.top)
            m.set(k, c);
        // Unlisted categories have at most the shortest listed count (all of `other` when nothing is listed).
        const cutoff = s.top.length ? s.top[s.top.length - 1][1] : s.other;
        return { counts: m, complete: s.other === 0, total: s.count, cutoff };
    }
    if (s.distinct)
        for (const [v, c] of s.distinct)
            m.set(String(v), c);
    return { counts: m, complete: s.distinct !== undefined, total: s.count, cutoff: s.count };
}
/**
 * Chi-square's large-sample approximation needs expected counts of about 5 or more (Cochran 1954): categories whose
 * pooled count gives fewer on the smaller side are folded into `(other)` (the same cells on both sides).
 */
function foldSparse(c, minExpected = 5) {
    const n1 = sum(c.reference);
    const n2 = sum(c.current);
    const small = Math.min(n1, n2) / (n1 + n2 || 1);
    const out = { categories: [], reference: [], current: [] };
    let ra = 0;
    let rb = 0;
    let folded = false;
    for (let i = 0; i < c.categories.length; i++) {
        if (c.categories[i] !== OTHER && (c.reference[i] + c.current[i]) * small >= minExpected) {
            out.categories.push(c.categories[i]);
            out.reference.push(c.reference[i]);
            out.current.push(c.current[i]);
        }
        else {
            ra += c.reference[i];
            rb += c.current[i];
            folded = true;
        }
    }
    if (folded && ra + rb > 0) {
        out.categories.push(OTHER);
        out.reference.push(ra);
        out.current.push(rb);
    }
    return out;
}
/**
 * PSI of a numeric column on ten bins at the reference's deciles, as reference_drift.py does: proportions come from
 * each CDF's left limits at the edges ([a, b) bins, values outside the reference's range clipped into the end bins).
 */
function numericPsi(ref, cur) {
    const edges = [];
    for (let i = 0; i <= 10; i++) {
        const e = (0,drift_cdf/* quantileAt */.H7)(ref, i / 10);
        if (edges.length === 0 || e > edges[edges.length - 1])
            edges.push(e);
    }
    if (edges.length < 2)
        return 0;
    const bins = (c) => {
        const out = [];
        for (let k = 0; k + 1 < edges.length; k++) {
            const lo = k === 0 ? 0 : (0,drift_cdf/* cdfBelow */.RO)(c, edges[k]);
            const hi = k + 2 === edges.length ? 1 : (0,drift_cdf/* cdfBelow */.RO)(c, edges[k + 1]);
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
 *
 * p-value tests (ks, chi-square, z) decide on their p-value. Distances (wasserstein, jensen-shannon, psi) drift when
 * the distance is at least the threshold (large enough to matter) AND a null p-value — how often two profiles of
 * these sizes drawn from one distribution are at least as far apart (in KS distance for numbers; for categories in
 * the distance and in the largest one-category z together, min-p) — is below 0.05 (beyond chance).
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
    const threshold = rule.threshold ?? policy/* DEFAULT_THRESHOLDS */.JJ[test];
    const base = { column, test, threshold, referenceCount: ref.count, currentCount: cur.count };
    const seed = seedOf(column);
    const distanceDecision = (value, pValue) => value >= threshold && (pValue === undefined || pValue < NULL_ALPHA);
    const boot = `null p from ${NULL_REPLICATES} parametric-bootstrap pairs of profiles of these sizes`;
    // Numeric distances are judged beyond chance on the KS distance between the same two profiles: a heavy tail makes
    // the Wasserstein distance's own sampling distribution hinge on a few extremes a bootstrap cannot reproduce, while
    // KS is unchanged by any monotone transform, so its simulated null is right whatever the tail.
    const ksBoot = `beyond chance: KS distance of the same profiles, ${boot}`;
    if (numericOnly || (!asCategories && test === 'psi')) {
        const r = ref;
        const c = cur;
        const common = { ...base, kind: 'numeric', referenceMean: r.mean, currentMean: c.mean };
        if (test === 'ks') {
            const rs = numericSide(r);
            const cs = numericSide(c);
            const rc = rs?.cdf ?? (0,summary/* summaryCdf */.SL)(r);
            const cc = cs?.cdf ?? (0,summary/* summaryCdf */.SL)(c);
            // A sketched side carries the information of its sample, not of every row: its size in the p-value is the sample's.
            const ks = ksTest(rc, cc, rs?.n ?? r.count, cs?.n ?? c.count);
            return {
                ...common,
                value: ks.pValue,
                statistic: ks.statistic,
                psi: numericPsi(rc, cc),
                drifted: decide(test, ks.pValue, threshold),
                method: `two-sample KS on ${sideWords(rs)} vs ${sideWords(cs)}, asymptotic p (Stephens' correction)`,
            };
        }
        const stat = test === 'wasserstein' ? (a, b) => wasserstein1(a, b) : numericPsi;
        // Both sides with exact distinct-value counts: compare those, and draw the null as multinomial counts.
        if (r.distinct && c.distinct && !(r.values && c.values)) {
            const values = [...new Set([...r.distinct.map(([v]) => v), ...c.distinct.map(([v]) => v)])].sort((x, y) => x - y);
            const ra = alignCounts(values, r.distinct);
            const ca = alignCounts(values, c.distinct);
            const rc = countsOverValues(values, ra);
            const cc = countsOverValues(values, ca);
            const raw = stat(rc, cc);
            const scale = robustScale(rc);
            const value = test === 'wasserstein' ? raw / scale : raw;
            const pValue = countsNullP(ra, ca, (a, b) => ksStatistic(countsOverValues(values, a), countsOverValues(values, b)), ksStatistic(rc, cc), seed);
            return {
                ...common,
                value,
                pValue,
                psi: numericPsi(rc, cc),
                drifted: distanceDecision(value, pValue),
                method: `${statWords(test)} on exact counts of ${values.length} distinct values; ${ksBoot}`,
            };
        }
        const rs = numericSide(r);
        const cs = numericSide(c);
        const rc = rs?.cdf ?? (0,summary/* summaryCdf */.SL)(r);
        const cc = cs?.cdf ?? (0,summary/* summaryCdf */.SL)(c);
        const raw = stat(rc, cc);
        const value = test === 'wasserstein' ? raw / robustScale(rc) : raw;
        const pValue = rs && cs ? numericNullP(rs, cs, ksStatistic, ksStatistic(rc, cc), seed) : undefined;
        return {
            ...common,
            value,
            pValue,
            psi: numericPsi(rc, cc),
            drifted: distanceDecision(value, pValue),
            method: rs && cs
                ? `${statWords(test)} on ${sideWords(rs)} vs ${sideWords(cs)}; ${ksBoot}`
                : `${statWords(test)} on a 201-point quantile summary (a profile from an older version: threshold only)`,
        };
    }
    const counts = cats ?? categoryCounts(ref, cur);
    if (counts.categories.length === 0)
        return undefined;
    // Distances and chi-square on the cells expected at least 5 times (the rare ones together): a partition chosen from
    // pooled counts, so it does not favour either side, and rare cells' noise does not drown a real move.
    const folded = foldSparse(counts);
    const psi = populationStabilityIndex(folded.reference, folded.current);
    const common = { ...base, kind: 'categorical', psi, topShift: topShift(counts) };
    const cells = `${folded.categories.length} cells (categories both sides count, expected ≥ 5 times; the rest as (other))`;
    if (test === 'z') {
        const n1 = sum(counts.reference);
        const n2 = sum(counts.current);
        // The share of the first category; with one category seen in total the z is 0.
        const z = twoProportionZ(counts.reference[0], n1, counts.current[0], n2);
        return { ...common, value: z.pValue, statistic: z.statistic, drifted: decide(test, z.pValue, threshold), method: 'two-proportion z, pooled, normal p' };
    }
    if (test === 'chi-square') {
        const chi = chiSquareHomogeneity(folded.reference, folded.current);
        return {
            ...common,
            value: chi.pValue,
            statistic: chi.statistic,
            drifted: decide(test, chi.pValue, threshold),
            method: `Pearson chi-square on ${folded.categories.length} cells (categories expected < 5 times folded into (other)), df ${chi.df}`,
        };
    }
    const stat = test === 'jensen-shannon' ? jensenShannonDistance : populationStabilityIndex;
    const value = stat(folded.reference, folded.current);
    // Beyond chance when the distance or the largest one-category move is (min-p over the same replicates): an omnibus
    // distance alone spreads a move of one large category over every cell's noise and misses it at a few thousand rows.
    const pValue = countsNullMinP(folded.reference, folded.current, [stat, maxCellZ], seed);
    const minP = `beyond chance: the smaller null p of the distance and of the largest category z (one category's share), calibrated together (min-p) over ${NULL_REPLICATES} parametric-bootstrap pairs of profiles of these sizes`;
    return { ...common, value, pValue, drifted: distanceDecision(value, pValue), method: `${statWords(test)} on ${cells}; ${minP}` };
}
/** The exact sample when kept, else the sketch; undefined for an older profile with neither. */
function numericSide(s) {
    if (s.values && s.values.length === s.count)
        return { cdf: (0,drift_cdf/* empiricalCdf */.SH)(s.values), kind: 'values', n: s.count };
    if (s.sketch && s.sampleSize > 0)
        return { cdf: (0,sketch/* sketchCdf */.KE)(s.sketch, s.sampleSize), kind: 'sketch', n: s.sampleSize };
    return undefined;
}
function sideWords(s) {
    if (!s)
        return 'quantiles';
    return s.kind === 'values' ? `${s.n} exact values` : `a ${s.n}-value sample's sketch`;
}
function statWords(test) {
    if (test === 'wasserstein')
        return 'Wasserstein-1 / robust scale (IQR/1.349) of the reference';
    if (test === 'jensen-shannon')
        return 'Jensen–Shannon distance (base 2)';
    return 'PSI';
}
function alignCounts(values, pairs) {
    const at = new Map(pairs);
    return Float64Array.from(values, (v) => at.get(v) ?? 0);
}
/** STATS.md: KS drifts at p ≤ 0.05, chi-square and z at p < 0.05. */
function decide(test, value, threshold) {
    if (test === 'ks')
        return value <= threshold;
    if (policy/* P_VALUE_TESTS */.Dw.has(test))
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


/***/ }),

/***/ 34235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareTables: () => (/* binding */ compareTables)
/* harmony export */ });
/* harmony import */ var _column_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19843);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27233);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83475);



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
        const fr = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .columnFamily */ .fK)(r.type);
        const fc = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .columnFamily */ .fK)(c.type);
        if (fr !== fc && fr !== 'empty' && fc !== 'empty') {
            schema.retyped.push({ column: c.name, from: r.type, to: c.type });
            continue;
        }
        const rule = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .columnRuleFor */ .a2)(policy, c.name);
        if (rule.ignore) {
            skipped.push(c.name);
            continue;
        }
        const d = (0,_column_js__WEBPACK_IMPORTED_MODULE_0__.compareColumn)(c.name, r.summary, c.summary, rule, policy['small-reference'], policyFile);
        if (d)
            columns.push(d);
        else
            skipped.push(c.name);
    }
    const drifted = columns.filter((c) => c.drifted);
    const driftedShare = columns.length ? drifted.length / columns.length : 0;
    const criticalDrifted = drifted.filter((c) => (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .columnRuleFor */ .a2)(policy, c.column).critical).map((c) => c.column);
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

/***/ 91252:
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
