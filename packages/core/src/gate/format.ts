import { getMetric, type MetricDef, type Task } from '../metrics/index.js';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'insufficient';

/** A stable 32-bit hash (FNV-1a) so each (slice, family) draws from its own seeded stream, whatever the order. */
export function streamSeed(seed: number, key: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** How reports print a metric: the label its definition declares, else its name. */
export function metricLabel(def: MetricDef): string {
  return def.label ?? def.name;
}

/** The label of a metric named in a report (fairness rule names such as `demographic-parity` print as written). */
export function displayName(metric: string, task?: Task): string {
  try {
    return metricLabel(getMetric(metric, task));
  } catch {
    return metric;
  }
}

/** Short, stable number formatting for reasons (the JSON keeps full precision). */
export function fmt(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-3 || a >= 1e6) return x.toExponential(digits - 2).replace('e+', 'e');
  return String(Number(x.toPrecision(digits)));
}
export function fmtP(p: number): string {
  return p < 1e-3 ? p.toExponential(1).replace('e+', 'e') : String(Number(p.toPrecision(2)));
}


/** 1234567 → "1,234,567" without Intl (identical output on every Node build, small-icu included). */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
