import { meanMetric, meanOfRows } from './mean-metric.js';
import type { MetricColumns, MetricDef } from './types.js';

/** Absolute error |y − ŷ| (mean: MAE, sklearn `mean_absolute_error`). */
export function absoluteErrorRow(label: number, score: number): number {
  return Math.abs(label - score);
}

/** Squared error (y − ŷ)² (mean: MSE, sklearn `mean_squared_error`). */
export function squaredErrorRow(label: number, score: number): number {
  const d = label - score;
  return d * d;
}

/**
 * Absolute percentage error |y − ŷ| / |y| (mean: MAPE, as a fraction like sklearn's
 * `mean_absolute_percentage_error`, not ×100). Undefined for y = 0: returns NaN, so the mean over a slice
 * containing such a row is NaN — the gate reports those rows as an error (sklearn would divide by machine ε
 * and return an enormous number instead).
 */
export function absolutePercentageErrorRow(label: number, score: number): number {
  return label === 0 ? NaN : Math.abs(label - score) / Math.abs(label);
}

export const mae = meanMetric('mae', ['regression'], 'lower', absoluteErrorRow, false, 'MAE');
export const mse = meanMetric('mse', ['regression'], 'lower', squaredErrorRow, false, 'MSE');
export const mape = meanMetric('mape', ['regression'], 'lower', absolutePercentageErrorRow, false, 'MAPE');

/** RMSE = √MSE (not a mean of rows, hence family 'resample'). */
export const rmse: MetricDef = {
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

function squaredErrors(cols: MetricColumns, rows: Uint32Array): Float64Array {
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
export function rSquared(cols: MetricColumns, rows: Uint32Array, _prepared?: unknown, weights?: Uint32Array): number {
  const { label, score } = cols;
  let wsum = 0;
  let ysum = 0;
  for (let i = 0; i < rows.length; i++) {
    const w = weights ? weights[i] : 1;
    wsum += w;
    ysum += w * label[rows[i]];
  }
  if (wsum === 0) return NaN;
  const mean = ysum / wsum;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < rows.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    const r = rows[i];
    const y = label[r];
    const e = y - score[r];
    const t = y - mean;
    ssRes += w * e * e;
    ssTot += w * t * t;
  }
  return ssTot === 0 ? NaN : 1 - ssRes / ssTot;
}

export const r2: MetricDef = {
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
    for (let k = 0; k < rows.length; k++) ysum += label[rows[k]];
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
