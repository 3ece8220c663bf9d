import { UserError } from '../errors.js';
import { auc } from './auc.js';
import { prAuc } from './average-precision.js';
import { accuracy, f1, fpr, precision, recall, selectionRate } from './count-metrics.js';
import { macroF1Metric, multiclassAccuracyMetric } from './multiclass.js';
import { brier, ece, logLoss } from './probability-metrics.js';
import { map, mrr, ndcgMetric } from './ranking.js';
import { mae, mape, mse, r2, rmse } from './regression.js';
import type { MetricDef, Task } from './types.js';

/**
 * Every metric a policy can name, by name. `ndcg@k` (any k ≥ 1) is resolved by {@link getMetric}; `ndcg` here is
 * NDCG over all positions. Multiclass `accuracy` (argmax) shares its name with the binary one and is found
 * through `getMetric('accuracy', 'multiclass')`.
 */
export const METRICS: Record<string, MetricDef> = Object.fromEntries(
  [
    auc, prAuc, accuracy, precision, recall, f1, fpr, selectionRate, logLoss, brier, ece,
    mae, mse, rmse, r2, mape,
    macroF1Metric,
    ndcgMetric(), mrr, map,
  ].map((m) => [m.name, m]),
);

/** Metrics that exist under another task's name: looked up by task first. */
const BY_TASK: Partial<Record<Task, Record<string, MetricDef>>> = {
  multiclass: { accuracy: multiclassAccuracyMetric },
};

/** Names a policy may use for a task (or all), for error messages and docs. */
export function metricNames(task?: Task): string[] {
  const names = new Set<string>();
  for (const m of Object.values(METRICS)) if (!task || m.tasks.includes(task)) names.add(m.name);
  for (const [t, defs] of Object.entries(BY_TASK)) if (!task || t === task) for (const n of Object.keys(defs!)) names.add(n);
  if (!task || task === 'ranking') names.add('ndcg@k');
  return [...names].sort();
}

/**
 * The metric named `name` (case-insensitive, surrounding spaces ignored), for `task` when given. `ndcg@10`
 * style names give NDCG cut at k. Unknown names, and names that do not apply to the task, are a UserError
 * listing the known names.
 */
export function getMetric(name: string, task?: Task): MetricDef {
  const key = name.trim().toLowerCase();
  // Own keys only: `constructor` or `toString` must be an unknown metric, not Object.prototype's function.
  const own = <T>(o: Record<string, T> | undefined): T | undefined => (o && Object.hasOwn(o, key) ? o[key] : undefined);
  let def: MetricDef | undefined = (task && own(BY_TASK[task])) || own(METRICS);
  const at = /^ndcg@(\d+)$/.exec(key);
  if (!def && at) {
    const k = Number(at[1]);
    if (!(k >= 1 && Number.isSafeInteger(k))) throw new UserError(`Metric "${name}": the cut-off k in ndcg@k must be a whole number ≥ 1.`);
    def = ndcgMetric(k);
  }
  if (!def) {
    throw new UserError(`Unknown metric "${name}"${task ? ` for task ${task}` : ''}. Known metrics: ${metricNames(task).join(', ')}.`);
  }
  if (task && !def.tasks.includes(task)) {
    throw new UserError(
      `Metric "${name}" does not apply to task ${task} (it is for ${def.tasks.join(', ')}). Metrics for ${task}: ${metricNames(task).join(', ')}.`,
    );
  }
  return def;
}
