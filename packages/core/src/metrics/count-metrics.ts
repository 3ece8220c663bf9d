import { confusionCounts } from './confusion.js';
import type { MetricColumns, MetricDef } from './types.js';

/**
 * Threshold metrics of one model, functions of the confusion counts (a row is predicted positive when
 * score ≥ threshold). Each is NaN where its denominator is 0 (sklearn's `zero_division` would report 0 or
 * warn; the gate calls such a slice insufficient rather than invent a value):
 *   accuracy       (tp + tn) / n
 *   precision      tp / (tp + fp)
 *   recall (TPR)   tp / (tp + fn)
 *   f1             2·tp / (2·tp + fp + fn)   (= harmonic mean of precision and recall; defined when either is)
 *   fpr            fp / (fp + tn)
 *   selection-rate (tp + fp) / n             (share predicted positive; Fairlearn's selection_rate)
 */
function ratio(num: number, den: number): number {
  return den === 0 ? NaN : num / den;
}

function countMetric(
  name: string,
  direction: 'higher' | 'lower',
  needsBothClasses: boolean,
  fromCounts: (tp: number, fp: number, tn: number, fn: number) => number,
): MetricDef {
  return {
    name,
    tasks: ['binary-classification'],
    direction,
    family: 'count',
    needsBothClasses,
    probability: true,
    fromCounts,
    compute(cols: MetricColumns, rows: Uint32Array, _prepared?: unknown, weights?: Uint32Array): number {
      const c = confusionCounts(cols.label, cols.score, cols.threshold, rows, weights);
      return fromCounts(c.tp, c.fp, c.tn, c.fn);
    },
  };
}

export const accuracy = countMetric('accuracy', 'higher', false, (tp, fp, tn, fn) => ratio(tp + tn, tp + fp + tn + fn));
export const precision = countMetric('precision', 'higher', false, (tp, fp) => ratio(tp, tp + fp));
export const recall = countMetric('recall', 'higher', true, (tp, _fp, _tn, fn) => ratio(tp, tp + fn));
export const f1 = countMetric('f1', 'higher', true, (tp, fp, _tn, fn) => ratio(2 * tp, 2 * tp + fp + fn));
export const fpr = countMetric('fpr', 'lower', true, (_tp, fp, tn) => ratio(fp, fp + tn));
/** Descriptive rather than better-when-higher: gate it with `min`/`max` bounds or through fairness checks. */
export const selectionRate = countMetric('selection-rate', 'higher', false, (tp, fp, tn, fn) => ratio(tp + fp, tp + fp + tn + fn));
