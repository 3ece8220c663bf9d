import { mixtureCdf, quantileAt } from './cdf.js';
import { sketchRanks } from './sketch.js';
import {
  MAX_DISTINCT_NUMBERS,
  MAX_STORED_CATEGORIES,
  QUANTILE_STEPS,
  SMALL_REFERENCE_ROWS,
  summaryCdf,
  type CategoricalSummary,
  type ColumnProfile,
  type ColumnSummary,
  type ColumnType,
  type NumericSummary,
  type TableProfile,
} from './summary.js';

/**
 * Merge the profiles of several files into the profile of the table they form (a `data` pattern matching shards).
 * Everything but the quantiles merges exactly: counts add, means and variances combine with Chan et al.'s parallel
 * formula, exact value lists concatenate while small. Quantiles merge as the row-weighted mixture of the parts' CDFs,
 * summarised again at the same probabilities.
 */
export function mergeTableProfiles(parts: readonly TableProfile[]): TableProfile {
  if (parts.length === 1) return parts[0];
  const order: string[] = [];
  const byName = new Map<string, ColumnProfile[]>();
  for (const t of parts) {
    for (const c of t.columns) {
      if (!byName.has(c.name)) {
        byName.set(c.name, []);
        order.push(c.name);
      }
      byName.get(c.name)!.push(c);
    }
  }
  return {
    rows: parts.reduce((s, t) => s + t.rows, 0),
    columns: order.map((name) => byName.get(name)!.reduce(mergeColumns)),
  };
}

export function mergeColumnTypes(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if (a === 'empty') return b;
  if (b === 'empty') return a;
  if ((a === 'integer' && b === 'float') || (a === 'float' && b === 'integer')) return 'float';
  return 'string';
}

function mergeColumns(a: ColumnProfile, b: ColumnProfile): ColumnProfile {
  const type = mergeColumnTypes(a.type, b.type);
  return { name: a.name, type, summary: mergeSummaries(a.summary, b.summary, type) };
}

export function mergeSummaries(a: ColumnSummary, b: ColumnSummary, type: ColumnType): ColumnSummary {
  if (a.count === 0 && a.kind !== b.kind) return { ...b, nulls: a.nulls + b.nulls };
  if (b.count === 0 && a.kind !== b.kind) return { ...a, nulls: a.nulls + b.nulls };
  if (a.kind === 'numeric' && b.kind === 'numeric' && type !== 'string') return mergeNumeric(a, b);
  return mergeCategorical(asCategorical(a), asCategorical(b));
}

function mergeNumeric(a: NumericSummary, b: NumericSummary): NumericSummary {
  if (a.count === 0) return { ...b, nulls: a.nulls + b.nulls };
  if (b.count === 0) return { ...a, nulls: a.nulls + b.nulls };
  const n = a.count + b.count;
  // Chan, Golub & LeVeque (1979): M2 = M2a + M2b + δ²·na·nb/n.
  const delta = b.mean - a.mean;
  const mean = a.mean + (delta * b.count) / n;
  const m2 = a.std ** 2 * (a.count - 1) + b.std ** 2 * (b.count - 1) + (delta * delta * a.count * b.count) / n;
  const values = a.values && b.values && n <= SMALL_REFERENCE_ROWS ? Array.from(Float64Array.from([...a.values, ...b.values]).sort()) : undefined;
  // The parts' samples together are a sample of the table (of the sum of their sizes); its quantile function is the
  // row-weighted mixture of theirs, read again at the sketch's ranks.
  const mix = mixtureCdf([
    { cdf: summaryCdf(a), weight: a.count },
    { cdf: summaryCdf(b), weight: b.count },
  ]);
  const sampleSize = a.sampleSize + b.sampleSize;
  let distinct: Array<[number, number]> | undefined;
  if (a.distinct && b.distinct) {
    const m = new Map<number, number>(a.distinct);
    for (const [v, c] of b.distinct) m.set(v, (m.get(v) ?? 0) + c);
    if (m.size <= MAX_DISTINCT_NUMBERS) distinct = [...m].sort((x, y) => x[0] - y[0]);
  }
  return {
    kind: 'numeric',
    count: n,
    nulls: a.nulls + b.nulls,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    mean,
    std: n > 1 ? Math.sqrt(m2 / (n - 1)) : 0,
    integer: a.integer && b.integer,
    quantiles: Array.from({ length: QUANTILE_STEPS + 1 }, (_, i) => quantileAt(mix, i / QUANTILE_STEPS)),
    sampleSize,
    ...(values ? { values } : { sketch: Array.from(sketchRanks(sampleSize), (r) => quantileAt(mix, sampleSize > 1 ? r / (sampleSize - 1) : 1)) }),
    ...(distinct ? { distinct } : {}),
  };
}

/** A numeric summary seen as categories (its exact distinct values, or everything in `other`). */
export function asCategorical(s: ColumnSummary): CategoricalSummary {
  if (s.kind === 'categorical') return s;
  const top = (s.distinct ?? []).map(([v, c]) => [String(v), c] as [string, number]);
  const listed = top.reduce((t, [, c]) => t + c, 0);
  return {
    kind: 'categorical',
    count: s.count,
    nulls: s.nulls,
    top: sortTop(top),
    other: s.count - listed,
    distinct: s.distinct ? s.distinct.length : MAX_DISTINCT_NUMBERS + 1,
    distinctCapped: !s.distinct,
  };
}

function mergeCategorical(a: CategoricalSummary, b: CategoricalSummary): CategoricalSummary {
  const m = new Map<string, number>(a.top);
  for (const [k, c] of b.top) m.set(k, (m.get(k) ?? 0) + c);
  const all = sortTop([...m]);
  const top = all.slice(0, MAX_STORED_CATEGORIES);
  const dropped = all.slice(MAX_STORED_CATEGORIES).reduce((t, [, c]) => t + c, 0);
  return {
    kind: 'categorical',
    count: a.count + b.count,
    nulls: a.nulls + b.nulls,
    top,
    other: a.other + b.other + dropped,
    distinct: Math.max(a.distinct, b.distinct, m.size),
    distinctCapped: a.distinctCapped || b.distinctCapped,
  };
}

/** Count descending, then value ascending by code unit: the same order on every machine. */
export function sortTop(top: Array<[string, number]>): Array<[string, number]> {
  return top.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
}
