import type { GateResult } from './evaluate.js';
import type { LoadedPolicy } from './policy.js';

/**
 * The gate fails closed on the overall population. A check the data cannot answer on every row together (AUC with
 * one class only, a metric undefined on the whole set) has judged nothing, and a rule that judged nothing must not
 * let a model through: it fails (or warns, for a `severity: warn` rule) with the reason. Slices keep `insufficient`,
 * which never fails: a small slice is expected, and its evidence is in the overall check (README, "How the gate
 * decides").
 */
export function failClosedOverall(result: GateResult, loaded: LoadedPolicy): GateResult {
  let changed = false;
  const checks = result.checks.map((c) => {
    if (c.slice !== 'overall' || c.status !== 'insufficient') return c;
    changed = true;
    const rule = Object.hasOwn(loaded.policy.metrics, c.metric) ? loaded.policy.metrics[c.metric] : undefined;
    const why = c.reason.replace(/^insufficient: /, '');
    return {
      ...c,
      status: rule?.severity === 'warn' ? ('warn' as const) : ('fail' as const),
      reason: `cannot be evaluated on the overall population (${why}); an unjudged overall rule fails the gate (fail closed)`,
    };
  });
  if (!changed) return result;
  const passed = !checks.some((c) => c.status === 'fail') && !result.fairness.some((f) => f.status === 'fail');
  return { ...result, checks, passed };
}
