/** The prediction task a policy declares; decides which metrics apply and how columns are read. */
export type Task = 'binary-classification' | 'regression' | 'multiclass' | 'ranking';

/**
 * How the gate tests candidate against baseline for a metric (STATS.md "Methods"):
 * - 'auc': DeLong (stats/delong).
 * - 'count': a function of the 4 confusion counts; the paired bootstrap is a multinomial draw over the 8 cells
 *   label × candidate decision × baseline decision (`pairedCells`), O(1) per replicate.
 * - 'mean': the mean of a per-row loss; paired per-row differences (bootstrap of the mean or normal approximation).
 * - 'resample': anything else; paired bootstrap with weight vectors through `compute`.
 */
export type MetricFamily = 'auc' | 'count' | 'mean' | 'resample';

/** Columns of one evaluation set, aligned by row (the gate joins candidate and baseline on id first). */
export interface MetricColumns {
  /** Binary: 0/1. Regression: the target. Multiclass: the class index 0..K−1. Ranking: graded relevance ≥ 0. */
  label: Float64Array;
  /** The model's score (binary: probability or any real for auc/pr-auc; regression: the prediction). */
  score: Float64Array;
  /** A row is predicted positive when score ≥ threshold (binary threshold metrics). */
  threshold: number;
  /** Ranking: query group code per row (any integers; rows of a query need not be contiguous). */
  query?: Int32Array;
  /** Multiclass: one score array per class; the prediction is the argmax (first class on ties). */
  scores2d?: Float64Array[];
}

/**
 * What a slice must contain for a metric to be judged there (the gate's `min-class-support`, default 20, of each):
 * positives (recall, AUC), negatives (FPR, i.e. 1 − specificity), predicted positives (precision: its denominator),
 * for each model. A slice short of one is reported `insufficient`, never failed.
 */
export type SupportNeed = 'positives' | 'negatives' | 'predicted-positives';

export interface MetricDef {
  /** Canonical name as written in a policy (`auc`, `log-loss`, `ndcg@10`). */
  name: string;
  /** How reports print it (`AUC`, `R²`); the name when absent. */
  label?: string;
  tasks: Task[];
  /** Whether a higher value is better; gates mirror Δ for 'lower' metrics. */
  direction: 'higher' | 'lower';
  family: MetricFamily;
  /** Counts a slice needs before the metric is judged there (see {@link SupportNeed}). */
  needs?: readonly SupportNeed[];
  /**
   * An exact test the gate uses instead of the bootstrap when the margin is 0: 'mcnemar' (exact conditional
   * binomial on the discordant pairs; accuracy). With a margin the bootstrap decides and the exact two-sided
   * p-value is reported beside it.
   */
  exactTest?: 'mcnemar';
  /** Scores must be probabilities in [0, 1] (log-loss, brier, ece and the threshold metrics). */
  probability?: boolean;
  /**
   * What one bootstrap replicate resamples: rows (default) or whole queries (ranking metrics, whose value is a
   * mean over queries; rows of a query are not independent). With 'query', the weights passed to `compute` are
   * still per row, and every row of a query must carry the same weight (the query's draw count).
   */
  resampleUnit?: 'row' | 'query';
  /** Family 'count': value from the confusion counts; NaN when undefined (e.g. precision with no predicted positives). */
  fromCounts?(tp: number, fp: number, tn: number, fn: number): number;
  /**
   * Family 'count': the integer numerator and denominator of `fromCounts` (value = numerator/denominator), so a
   * difference can be compared with a margin exactly (stats `compareRatioSum`).
   */
  numerator?(tp: number, fp: number, tn: number, fn: number): number;
  denominator?(tp: number, fp: number, tn: number, fn: number): number;
  /** Family 'mean': per-row loss; the metric is its (weighted) mean. NaN when undefined for that row. */
  perRow?(label: number, score: number): number;
  /**
   * Work done once per slice so every bootstrap replicate is O(n) (or O(queries)): e.g. the sort order.
   * Pass its result to `compute`. Metrics without it ignore `prepared`.
   */
  prepare?(cols: MetricColumns, rows: Uint32Array): unknown;
  /**
   * Value on rows `rows` of the columns. `weights` (optional) are integer multiplicities, one per entry of
   * `rows` (w[i] = how often rows[i] was drawn in a bootstrap replicate; constant within a query when
   * resampleUnit is 'query'); all-ones weights give the unweighted value. NaN when undefined on these rows.
   */
  compute(cols: MetricColumns, rows: Uint32Array, prepared?: unknown, weights?: Uint32Array): number;
  /**
   * Optional faster bootstrap with the same distribution as resampling rows (or queries) through `compute`, e.g. one
   * over per-query values or sufficient statistics: fill deltas[b] = value(candidate) − value(baseline) on replicate b,
   * drawing with `nextInt` of the slice's seeded stream. The gate's paired test uses it when present.
   */
  pairedReplicates?(colsA: MetricColumns, colsB: MetricColumns, rows: Uint32Array, rng: { nextInt(n: number): number }, deltas: Float64Array): void;
  /**
   * Fast paired test, part 1 (optional; ranking and regression): the metric is a smooth function of the means of d
   * per-unit statistics — units are rows, or queries when resampleUnit is 'query'. Returns d arrays of length U, in
   * an order that depends only on the slice (and the query codes), so the two models' units line up. Computed once
   * per slice and model; the paired test then costs O(U·d) per bootstrap replicate, or O(U·d) once by the delta
   * method, instead of recomputing the metric from rows.
   */
  unitStats?(cols: MetricColumns, rows: Uint32Array, prepared?: unknown): Float64Array[];
  /** Fast paired test, part 2: the metric from the d means of `unitStats` (the same value as `compute`). */
  fromMeans?(means: Float64Array): number;
  /**
   * With `unitStats`: 'delta' lets the gate use the delta method from 1,000 units on (a smooth function of means,
   * e.g. RMSE, R²); 'bootstrap' always resamples units (ranking: the query bootstrap over per-query values).
   */
  unitTest?: 'delta' | 'bootstrap';
  /**
   * With `unitStats`: the metric is the plain mean of its one unit statistic (ranking: the mean of per-query values),
   * so Δ is the mean of per-unit differences and the bootstrap resamples one difference per unit instead of two values.
   */
  meanOfUnits?: boolean;
  /**
   * Multiclass (optional): the value from a K×K confusion matrix `conf[true·K + predicted]` of (weighted) counts over
   * the fixed class list of the policy. The gate then draws paired replicates as a multinomial over the joint cells
   * (label, candidate class, baseline class): exactly the distribution of resampled rows, O(cells) per replicate.
   */
  fromConfusion?(conf: Float64Array, k: number): number;
}
