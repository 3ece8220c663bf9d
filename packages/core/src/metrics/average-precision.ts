import { prepareScoreOrder, scoreOrder } from './ranked.js';
import type { MetricColumns, MetricDef } from './types.js';

/**
 * Average precision, sklearn's `average_precision_score` definition (step-wise, no interpolation):
 *   AP = Σ_k (R_k − R_{k−1})·P_k
 * over the distinct score thresholds in descending order, P_k = TP_k/(TP_k + FP_k), R_k = TP_k/P (Su et al.
 * 2015; scikit-learn docs "Precision-recall"). Rows with equal scores enter together (one threshold).
 * Weighted counts with bootstrap weights. NaN without positives.
 */
export function averagePrecision(cols: MetricColumns, rows: Uint32Array, prepared?: unknown, weights?: Uint32Array): number {
  const { order, tied, positive } = scoreOrder(cols, rows, prepared);
  let tp = 0;
  let fp = 0;
  let sum = 0;
  let wp = 0;
  let wn = 0;
  // From the top score down; a tie group ends where tied[j] = 0 (its lowest member).
  for (let j = order.length - 1; j >= 0; j--) {
    const w = weights ? weights[order[j]] : 1;
    if (positive[j] === 1) wp += w;
    else wn += w;
    if (tied[j] === 0) {
      tp += wp;
      fp += wn;
      if (wp > 0) sum += (wp * tp) / (tp + fp);
      wp = 0;
      wn = 0;
    }
  }
  return tp === 0 ? NaN : sum / tp;
}

export const prAuc: MetricDef = {
  name: 'pr-auc',
  label: 'PR-AUC',
  tasks: ['binary-classification'],
  direction: 'higher',
  family: 'resample',
  needs: ['positives'],
  prepare: prepareScoreOrder,
  compute: averagePrecision,
};
