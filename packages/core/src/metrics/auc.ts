import { prepareScoreOrder, scoreOrder } from './ranked.js';
import type { MetricColumns, MetricDef } from './types.js';

/**
 * ROC AUC as the Mann–Whitney statistic (Hanley & McNeil 1982): the probability that a random positive
 * scores above a random negative, ties counting ½ — equal to sklearn's `roc_auc_score` (trapezoidal ROC).
 *   AUC = Σ_groups w⁺_g·(W⁻_below + ½·w⁻_g) / (W⁺·W⁻)
 * over tie groups g in ascending score order, with (integer) weights w. Numerators are sums of halves of
 * integers, exact in doubles. NaN without both classes.
 */
export function aucValue(cols: MetricColumns, rows: Uint32Array, prepared?: unknown, weights?: Uint32Array): number {
  const { order, tied, positive } = scoreOrder(cols, rows, prepared);
  const len = order.length;
  let negBelow = 0;
  let posTotal = 0;
  let twice = 0;
  let wp = 0;
  let wn = 0;
  for (let j = 0; j < len; j++) {
    const w = weights ? weights[order[j]] : 1;
    if (positive[j] === 1) wp += w;
    else wn += w;
    if (j + 1 === len || tied[j + 1] === 0) {
      // End of a tie group.
      twice += wp * (2 * negBelow + wn);
      negBelow += wn;
      posTotal += wp;
      wp = 0;
      wn = 0;
    }
  }
  if (posTotal === 0 || negBelow === 0) return NaN;
  return twice / (2 * posTotal * negBelow);
}

export const auc: MetricDef = {
  name: 'auc',
  label: 'AUC',
  tasks: ['binary-classification'],
  direction: 'higher',
  family: 'auc',
  needs: ['positives', 'negatives'],
  prepare: prepareScoreOrder,
  compute: aucValue,
};
