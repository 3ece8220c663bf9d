import { meanMetric } from './mean-metric.js';
import { binaryLabel } from './ranked.js';
import type { MetricColumns, MetricDef } from './types.js';

/** Scores are clipped to [ε, 1 − ε] before the log, as sklearn's `log_loss` (ε = 1e−15 up to sklearn 1.2). */
export const LOG_LOSS_EPS = 1e-15;

/**
 * Log-loss (binary cross-entropy) of one row: −ln p for a positive, −ln(1 − p) for a negative, with
 * p = clip(score, ε, 1 − ε), ε = 1e−15 (sklearn `log_loss` ≤ 1.2; sklearn ≥ 1.5 clips at float64 machine ε,
 * which only differs for scores within 1e−15 of 0 or 1). NaN for a label other than 0/1.
 */
export function logLossRow(label: number, score: number): number {
  const p = score < LOG_LOSS_EPS ? LOG_LOSS_EPS : score > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : score;
  return label === 1 ? -Math.log(p) : label === 0 ? -Math.log(1 - p) : NaN;
}

/** Brier score of one row: (score − label)² (Brier 1950; sklearn `brier_score_loss`). */
export function brierRow(label: number, score: number): number {
  const d = score - label;
  return d * d;
}

export const logLoss = meanMetric('log-loss', ['binary-classification'], 'lower', logLossRow, true);
export const brier = meanMetric('brier', ['binary-classification'], 'lower', brierRow, true);

/** Number of equal-width bins of {@link expectedCalibrationError}. */
export const ECE_BINS = 10;

/**
 * Expected calibration error with 10 equal-width bins over [0, 1] (Naeini, Cooper & Hauskrecht 2015;
 * Guo et al. 2017), in its positive-class form:
 *   ECE = Σ_b (n_b / N)·|mean(label)_b − mean(score)_b|
 * A row falls in bin b = min(⌊10·score⌋, 9), so bins are [b/10, (b+1)/10) and the last one includes 1.
 * This is the calibration of the positive-class probability (a reliability diagram's gaps), not the
 * "confidence = max(p, 1 − p)" variant of Guo et al. for multiclass. Weighted by bootstrap weights. NaN when empty.
 */
export function expectedCalibrationError(cols: MetricColumns, rows: Uint32Array, _prepared?: unknown, weights?: Uint32Array): number {
  const { label, score } = cols;
  const count = new Float64Array(ECE_BINS);
  const sumY = new Float64Array(ECE_BINS);
  const sumS = new Float64Array(ECE_BINS);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    const r = rows[i];
    const s = score[r];
    let b = Math.floor(s * ECE_BINS);
    if (b >= ECE_BINS) b = ECE_BINS - 1;
    else if (b < 0) b = 0;
    count[b] += w;
    sumY[b] += w * binaryLabel(label, r);
    sumS[b] += w * s;
    total += w;
  }
  if (total === 0) return NaN;
  let ece = 0;
  for (let b = 0; b < ECE_BINS; b++) {
    if (count[b] > 0) ece += (count[b] / total) * Math.abs(sumY[b] / count[b] - sumS[b] / count[b]);
  }
  return ece;
}

export const ece: MetricDef = {
  name: 'ece',
  label: 'ECE',
  tasks: ['binary-classification'],
  direction: 'lower',
  family: 'resample',
  probability: true,
  compute: expectedCalibrationError,
};
