import {
  delongPaired, delongTest, marginZTest, mcnemarExact, bootstrapPValue, bootstrapWeights, percentileInterval,
  compareRatioSum, compareApprox, createRng, type DelongResult, type RatioTerm,
} from '../stats/index.js';
import { pairedCells, countsFromCells, discordantFromCells, type MetricColumns, type MetricDef } from '../metrics/index.js';
import { streamSeed } from './format.js';
import { fastPairedTest } from './fast-tests.js';

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
export class SliceModels {
  /** The 8 paired cells label × candidate decision × baseline decision (binary, with a baseline). */
  private cells?: Float64Array;
  /** Multinomial bootstrap of the cells, B × 8, drawn once per slice so its count metrics share replicates. */
  private cellReplicates?: Float64Array;
  private delong?: DelongResult;

  constructor(
    /** `overall` or `col=value&...`: names the slice's random streams, so replicates do not depend on order. */
    readonly key: string,
    readonly rows: Uint32Array,
    readonly a: MetricColumns,
    readonly b: MetricColumns | undefined,
    /** Binary labels as bytes (DeLong); undefined for the other tasks. */
    readonly label01?: Uint8Array,
    /** Both models' dense score ranks (EvalData.scoreRanks): filled by the overall slice, used by the others. */
    readonly ranks?: { a: Uint32Array; b: Uint32Array; ready: Int32Array },
  ) {}

  pairedCells(): Float64Array {
    return (this.cells ??= pairedCells(this.a.label, this.a.score, this.b!.score, this.a.threshold, this.rows));
  }

  delongResult(): DelongResult {
    if (this.delong) return this.delong;
    const r = this.ranks;
    if (r && this.rows.length === r.a.length && this.key === 'overall') {
      // Every row: sort the scores and leave their ranks for the slices judged after this one, on any thread.
      this.delong = delongPaired(this.label01!, this.a.score, this.b!.score, this.rows, { a: r.a, b: r.b, use: 'fill' });
      Atomics.store(r.ready, 0, 1);
    } else {
      // Same order and ties either way; the ranks only make the sort cheaper (a slice judged before they are
      // ready sorts the scores).
      const use = r !== undefined && Atomics.load(r.ready, 0) === 1;
      this.delong = delongPaired(this.label01!, this.a.score, this.b!.score, this.rows, use ? { a: r.a, b: r.b, use: 'use' } : undefined);
    }
    return this.delong;
  }

  /**
   * B multinomial draws of the slice size over the 8 cell shares: exactly the distribution of the row-bootstrap
   * cells, at O(1) per replicate instead of O(n) (STATS.md "Methods").
   */
  cellBootstrap(B: number, seed: number): Float64Array {
    if (this.cellReplicates) return this.cellReplicates;
    const cells = this.pairedCells();
    const n = this.rows.length;
    const probs = cells.map((c) => c / n);
    const rng = createRng(streamSeed(seed, `${this.key}|cells`));
    const out = new Float64Array(B * 8);
    const draw = new Float64Array(8);
    for (let b = 0; b < B; b++) {
      rng.multinomial(n, probs, draw);
      out.set(draw, b * 8);
    }
    return (this.cellReplicates = out);
  }

  /** Whether a DeLong pass and the 8 cells apply (binary labels and a baseline). */
  usesCells(def: MetricDef): boolean {
    return def.family === 'count' && this.b !== undefined && def.numerator !== undefined && this.label01 !== undefined;
  }
  usesDelong(def: MetricDef): boolean {
    return def.family === 'auc' && this.b !== undefined && this.label01 !== undefined;
  }
}

/** Both point values of a metric on a slice; the baseline's is NaN without a baseline. */
export interface PointValues {
  a: number;
  b: number;
  /** What `compute` prepared per model (sort orders), reused by the bootstrap. */
  prepA?: unknown;
  prepB?: unknown;
}

export function pointValues(def: MetricDef, s: SliceModels): PointValues {
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
  if (!s.b) return { a, b: NaN, prepA };
  const prepB = def.prepare?.(s.b, s.rows);
  return { a, b: def.compute(s.b, s.rows, prepB), prepA, prepB };
}

function countValue(def: MetricDef, cells: ArrayLike<number>, model: 0 | 1): number {
  const k = countsFromCells(cells, model);
  return def.fromCounts!(k.tp, k.fp, k.tn, k.fn);
}

/** sign·Δ as a sum of integer ratios, for {@link compareRatioSum}; undefined when Δ is not such a sum. */
function countTerms(def: MetricDef, cells: ArrayLike<number>, sign: number): RatioTerm[] {
  const ka = countsFromCells(cells, 0), kb = countsFromCells(cells, 1);
  return [
    [sign, def.numerator!(ka.tp, ka.fp, ka.tn, ka.fn), def.denominator!(ka.tp, ka.fp, ka.tn, ka.fn)],
    [-sign, def.numerator!(kb.tp, kb.fp, kb.tn, kb.fn), def.denominator!(kb.tp, kb.fp, kb.tn, kb.fn)],
  ];
}

export interface PairedPolicy {
  alpha: number;
  /** Bootstrap replicates. */
  bootstrap: number;
  seed: number;
  /** The margin d ≥ 0. */
  margin: number;
  /** The slice's other metrics: metrics with a fast paired form share one stream of draws with them. */
  siblings?: MetricDef[];
}

export interface PairedOutcome {
  /** Δ = candidate − baseline. */
  delta: number;
  /** Two-sided (1 − α) interval of Δ. */
  ci: [number, number];
  /** One-sided p of H0 sign·Δ ≤ −d (non-inferiority). */
  pNI: number;
  /** One-sided p of H0 sign·Δ ≥ −d (significant regression). */
  pSR: number;
  /** delong, mcnemar-exact, bootstrap-multinomial, bootstrap, normal. */
  method: string;
  /** Exact McNemar two-sided p of "no difference" (metrics that declare it), for reference. */
  mcnemar?: number;
  /** Sign of sign·Δ + d: −1 the observed change is worse than the margin, 0 exactly on it, 1 within it. */
  vsMargin: number;
}

/** Sign of sign·Δ + d for the observed values, exactly where Δ is a difference of integer ratios. */
function observedVsMargin(def: MetricDef, s: SliceModels, v: PointValues, sign: number, d: number): number {
  if (s.usesCells(def)) return compareRatioSum(countTerms(def, s.pairedCells(), sign), -d);
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
export function pairedTest(def: MetricDef, s: SliceModels, v: PointValues, policy: PairedPolicy): PairedOutcome {
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
    let out: PairedOutcome;
    if (fast.se !== undefined) {
      const t = marginZTest(sign * delta, fast.se * fast.se, d, alpha, vsMargin);
      out = { delta, ci: mirror(t.ci, sign), pNI: t.pNonInferiority, pSR: t.pRegression, method: fast.method, vsMargin };
    } else {
      const deltas = fast.deltas!;
      const signs = new Int8Array(deltas.length);
      for (let b = 0; b < deltas.length; b++) signs[b] = compareApprox(sign * deltas[b], -d, 2 * Math.abs(deltas[b]) + 1) || 0;
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
  const rng = createRng(streamSeed(seed, `${s.key}|rows`));
  if (def.pairedReplicates) {
    def.pairedReplicates(s.a, s.b!, rows, rng, deltas);
  } else {
    forEachWeightVector(s, def, B, rng, (w, b) => {
      deltas[b] = def.compute(s.a, rows, v.prepA, w) - def.compute(s.b!, rows, v.prepB, w);
    });
  }
  const signs = new Int8Array(B);
  for (let b = 0; b < B; b++) {
    // Real-valued replicates: equal to the margin within rounding is a tie, which counts for H0.
    signs[b] = compareApprox(sign * deltas[b], -d, 2 * Math.abs(deltas[b]) + 1) || 0;
  }
  return { ...fromReplicates(deltas, signs, sign, d, alpha, delta), method: 'bootstrap', vsMargin };
}

function mirror(ci: [number, number], sign: number): [number, number] {
  return sign > 0 ? ci : [-ci[1], -ci[0]];
}

/** Count metrics: Δ* per multinomial replicate, its position against the margin decided on the integer counts. */
function fromCellReplicates(def: MetricDef, s: SliceModels, sign: number, d: number, alpha: number, B: number, seed: number, delta: number) {
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
function fromReplicates(deltas: Float64Array, signs: Int8Array, sign: number, d: number, alpha: number, delta: number) {
  const h = sign > 0 ? deltas : deltas.map((x) => -x);
  const ci = percentileInterval(deltas, alpha);
  return {
    delta,
    ci: [ci[0], ci[1]] as [number, number],
    pNI: bootstrapPValue(h, -d, 'greater', signs),
    pSR: bootstrapPValue(h, -d, 'less', signs),
  };
}

/**
 * Visit B bootstrap weight vectors over the slice's rows (over its queries when the metric resamples queries: the
 * cluster bootstrap), w[k] = how often rows[k] was drawn. One reused buffer keeps memory O(n); the stream is seeded
 * per slice, so every metric of the slice sees the same replicates (paired across models and metrics).
 */
function forEachWeightVector(s: SliceModels, def: MetricDef, B: number, rng: ReturnType<typeof createRng>, fn: (w: Uint32Array, b: number) => void): void {
  const rows = s.rows;
  const n = rows.length;
  const w = new Uint32Array(n);
  const query = s.a.query;
  if (query && def.resampleUnit === 'query') {
    // Rows of one query are not independent: resample whole queries.
    const qIndex = new Map<number, number>();
    const qOfRow = new Uint32Array(n);
    for (let k = 0; k < n; k++) {
      const q = query[rows[k]];
      let id = qIndex.get(q);
      if (id === undefined) { id = qIndex.size; qIndex.set(q, id); }
      qOfRow[k] = id;
    }
    const qw = new Uint32Array(qIndex.size);
    for (let b = 0; b < B; b++) {
      bootstrapWeights(rng, qw);
      for (let k = 0; k < n; k++) w[k] = qw[qOfRow[k]];
      fn(w, b);
    }
  } else {
    for (let b = 0; b < B; b++) fn(bootstrapWeights(rng, w), b);
  }
}
