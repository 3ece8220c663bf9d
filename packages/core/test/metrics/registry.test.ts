import { describe, expect, test } from '@jest/globals';
import { isUserError } from '../../src/errors.js';
import { METRICS, getMetric, metricNames } from '../../src/metrics/index.js';

describe('metric registry', () => {
  test('every metric the issue names is registered, with a consistent definition', () => {
    const wanted = ['auc', 'pr-auc', 'accuracy', 'precision', 'recall', 'f1', 'fpr', 'selection-rate', 'log-loss', 'brier', 'ece',
      'mae', 'rmse', 'r2', 'mape', 'mse', 'macro-f1', 'ndcg', 'mrr', 'map'];
    for (const name of wanted) {
      const def = METRICS[name];
      expect(def?.name).toBe(name);
      if (def.family === 'count') expect(typeof def.fromCounts).toBe('function');
      if (def.family === 'mean') expect(typeof def.perRow).toBe('function');
      expect(typeof def.compute).toBe('function');
    }
    expect(getMetric('auc').family).toBe('auc');
    expect(getMetric('log-loss').direction).toBe('lower');
    expect(getMetric('recall').needs).toEqual(['positives']);
    expect(getMetric('precision').needs).toEqual(['predicted-positives']);
    expect(getMetric('fpr').needs).toEqual(['negatives']);
    expect(getMetric('brier').probability).toBe(true);
    expect(getMetric('auc').probability).toBeFalsy();
  });

  test('ndcg@k parses k; names are case- and space-insensitive; same def for the same k', () => {
    expect(getMetric('ndcg@10').name).toBe('ndcg@10');
    expect(getMetric(' NDCG@10 ', 'ranking')).toBe(getMetric('ndcg@10'));
    expect(getMetric('ndcg').name).toBe('ndcg');
    expect(getMetric('mrr', 'ranking').resampleUnit).toBe('query');
  });

  test('accuracy is per task: threshold for binary, argmax for multiclass', () => {
    expect(getMetric('accuracy').family).toBe('count');
    expect(getMetric('accuracy', 'binary-classification').family).toBe('count');
    expect(getMetric('accuracy', 'multiclass').family).toBe('resample');
    expect(getMetric('accuracy', 'multiclass').tasks).toEqual(['multiclass']);
  });

  test('unknown names and wrong tasks are UserErrors that list the known names', () => {
    let err: unknown;
    try {
      getMetric('aucc');
    } catch (e) {
      err = e;
    }
    expect(isUserError(err)).toBe(true);
    expect((err as Error).message).toMatch(/Unknown metric "aucc"\. Known metrics: .*auc.*ndcg@k/);
    expect(() => getMetric('mae', 'binary-classification')).toThrow(/does not apply to task binary-classification.*Metrics for binary-classification: accuracy, auc/);
    expect(() => getMetric('ndcg@0')).toThrow(/k in ndcg@k/);
    expect(() => getMetric('brier', 'ranking')).toThrow(/ndcg@k/);
    expect(metricNames('multiclass')).toEqual(['accuracy', 'macro-f1']);
    expect(metricNames('regression')).toEqual(['mae', 'mape', 'mse', 'r2', 'rmse']);
  });
});
