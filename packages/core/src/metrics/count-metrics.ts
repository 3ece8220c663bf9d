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
type Counts = (tp: number, fp: number, tn: number, fn: number) => number;

function countMetric(
  name: string,
  direction: 'higher' | 'lower',
  numerator: Counts,
  denominator: Counts,
  extra: Partial<MetricDef> = {},
): MetricDef {
  const fromCounts: Counts = (tp, fp, tn, fn) => {
    const den = denominator(tp, fp, tn, fn);
    return den === 0 ? NaN : numerator(tp, fp, tn, fn) / den;
  };
  return {
    name,
    tasks: ['binary-classification'],
    direction,
    family: 'count',
    probability: true,
    fromCounts,
    numerator,
    denominator,
    ...extra,
    compute(cols: MetricColumns, rows: Uint32Array, _prepared?: unknown, weights?: Uint32Array): number {
      const c = confusionCounts(cols.label, cols.score, cols.threshold, rows, weights);
      return fromCounts(c.tp, c.fp, c.tn, c.fn);
    },
  };
}

const all: Counts = (tp, fp, tn, fn) => tp + fp + tn + fn;
export const accuracy = countMetric('accuracy', 'higher', (tp, _fp, tn) => tp + tn, all, { exactTest: 'mcnemar' });
export const precision = countMetric('precision', 'higher', (tp) => tp, (tp, fp) => tp + fp, { needs: ['predicted-positives'] });
export const recall = countMetric('recall', 'higher', (tp) => tp, (tp, _fp, _tn, fn) => tp + fn, { needs: ['positives'] });
/** F1's denominator 2·tp + fp + fn = positives + predicted positives: it needs positives to mean anything. */
export const f1 = countMetric('f1', 'higher', (tp) => 2 * tp, (tp, fp, _tn, fn) => 2 * tp + fp + fn, { label: 'F1', needs: ['positives'] });
export const fpr = countMetric('fpr', 'lower', (_tp, fp) => fp, (_tp, fp, tn) => fp + tn, { label: 'FPR', needs: ['negatives'] });
/** Descriptive rather than better-when-higher: gate it with `min`/`max` bounds or through fairness checks. */
export const selectionRate = countMetric('selection-rate', 'higher', (tp, fp) => tp + fp, all);
