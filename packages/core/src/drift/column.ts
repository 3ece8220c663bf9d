import { UserError } from '../errors.js';
import { cdfBelow, quantileAt, type PiecewiseCdf } from './cdf.js';
import { chiSquareHomogeneity } from './chi-square.js';
import { jensenShannonDistance } from './jensen-shannon.js';
import { ksTest } from './ks.js';
import { DEFAULT_THRESHOLDS, P_VALUE_TESTS, type ColumnRule, type DriftTest } from './policy.js';
import { populationStabilityIndex } from './psi.js';
import { CATEGORICAL_MAX_UNIQUE, summaryCdf, type ColumnSummary, type NumericSummary } from './summary.js';
import { twoProportionZ } from './two-proportion-z.js';
import { wasserstein1 } from './wasserstein.js';

/** One column's drift verdict and the numbers behind it (a row of the drift table). */
export interface ColumnDrift {
  column: string;
  /** How the column was compared: as numbers, or as categories (strings, booleans, numbers with ≤ 5 values). */
  kind: 'numeric' | 'categorical';
  test: DriftTest;
  /** The decision statistic: the p-value for ks / chi-square / z, the distance otherwise. */
  value: number;
  threshold: number;
  drifted: boolean;
  /** Test statistic behind a p-value (KS D, χ², z). */
  statistic?: number;
  /** PSI, reported beside every test (STATS.md). */
  psi: number;
  /** Non-null values compared. */
  referenceCount: number;
  currentCount: number;
  /** Numeric: mean of each side; categorical: the category whose share moved most. */
  referenceMean?: number;
  currentMean?: number;
  topShift?: { category: string; reference: number; current: number };
}

/** Aligned category counts of two summaries. `(other)` holds what a side did not list. */
export interface CategoryCounts {
  categories: string[];
  reference: number[];
  current: number[];
}

/** The ≤ 5-value rule (STATS.md): a numeric column with few distinct values is compared as categories. */
export function comparesAsCategories(ref: ColumnSummary, cur: ColumnSummary): boolean {
  if (ref.kind === 'categorical' || cur.kind === 'categorical') return true;
  return ref.distinct !== undefined && ref.distinct.length <= CATEGORICAL_MAX_UNIQUE && cur.distinct !== undefined;
}

export function categoryCounts(ref: ColumnSummary, cur: ColumnSummary): CategoryCounts {
  const a = countsOf(ref);
  const b = countsOf(cur);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => (x === OTHER ? 1 : y === OTHER ? -1 : x < y ? -1 : x > y ? 1 : 0));
  return { categories: keys, reference: keys.map((k) => a.get(k) ?? 0), current: keys.map((k) => b.get(k) ?? 0) };
}

const OTHER = '(other)';

function countsOf(s: ColumnSummary): Map<string, number> {
  const m = new Map<string, number>();
  if (s.kind === 'categorical') {
    for (const [k, c] of s.top) m.set(k, c);
    if (s.other > 0) m.set(OTHER, s.other);
  } else if (s.distinct) {
    for (const [v, c] of s.distinct) m.set(String(v), c);
  }
  return m;
}

/**
 * PSI of a numeric column on ten bins at the reference's deciles, as reference_drift.py does: proportions come from
 * each CDF's left limits at the edges ([a, b) bins, values outside the reference's range clipped into the end bins).
 */
export function numericPsi(ref: PiecewiseCdf, cur: PiecewiseCdf): number {
  const edges: number[] = [];
  for (let i = 0; i <= 10; i++) {
    const e = quantileAt(ref, i / 10);
    if (edges.length === 0 || e > edges[edges.length - 1]) edges.push(e);
  }
  if (edges.length < 2) return 0;
  const bins = (c: PiecewiseCdf) => {
    const out: number[] = [];
    for (let k = 0; k + 1 < edges.length; k++) {
      const lo = k === 0 ? 0 : cdfBelow(c, edges[k]);
      const hi = k + 2 === edges.length ? 1 : cdfBelow(c, edges[k + 1]);
      out.push(Math.max(0, hi - lo));
    }
    return out;
  };
  return populationStabilityIndex(bins(ref), bins(cur));
}

/** The size-aware default (STATS.md, Drift). */
export function defaultTest(ref: ColumnSummary, cur: ColumnSummary, smallReference: number, categories: number): DriftTest {
  const small = ref.count <= smallReference;
  if (comparesAsCategories(ref, cur)) return small ? (categories === 2 ? 'z' : 'chi-square') : 'jensen-shannon';
  return small ? 'ks' : 'wasserstein';
}

/**
 * Compare one column of the reference (baseline) profile with the current one.
 * Returns undefined when there is nothing to compare (a side has no non-null values).
 */
export function compareColumn(
  column: string,
  ref: ColumnSummary,
  cur: ColumnSummary,
  rule: ColumnRule = {},
  smallReference = 1000,
  policyFile = 'drift-policy',
): ColumnDrift | undefined {
  if (ref.count === 0 || cur.count === 0) return undefined;
  const asCategories = comparesAsCategories(ref, cur);
  const cats = asCategories ? categoryCounts(ref, cur) : undefined;
  const test = rule.test ?? defaultTest(ref, cur, smallReference, cats?.categories.length ?? 0);
  const numericOnly = test === 'ks' || test === 'wasserstein';
  if (numericOnly && (ref.kind !== 'numeric' || cur.kind !== 'numeric')) {
    throw new UserError(
      `${policyFile}: column '${column}' holds categories; test '${test}' needs numbers. Use chi-square, z, jensen-shannon or psi for it.`,
    );
  }
  if (test === 'z' && cats && cats.categories.length > 2) {
    throw new UserError(`${policyFile}: column '${column}' has ${cats.categories.length} categories; test 'z' compares two. Use chi-square or jensen-shannon.`);
  }
  const threshold = rule.threshold ?? DEFAULT_THRESHOLDS[test];
  const base = { column, test, threshold, referenceCount: ref.count, currentCount: cur.count };

  if (numericOnly || (!asCategories && test === 'psi')) {
    const r = ref as NumericSummary;
    const c = cur as NumericSummary;
    const rc = summaryCdf(r);
    const cc = summaryCdf(c);
    const psi = numericPsi(rc, cc);
    let value: number;
    let statistic: number | undefined;
    if (test === 'ks') {
      const ks = ksTest(rc, cc, r.count, c.count);
      value = ks.pValue;
      statistic = ks.statistic;
    } else if (test === 'wasserstein') {
      // Normalised by the reference's standard deviation so one threshold fits every unit (STATS.md).
      value = wasserstein1(rc, cc) / (r.std > 0 ? r.std : 1);
    } else {
      value = psi;
    }
    return { ...base, kind: 'numeric', value, statistic, psi, drifted: decide(test, value, threshold), referenceMean: r.mean, currentMean: c.mean };
  }

  const counts = cats ?? categoryCounts(ref, cur);
  if (counts.categories.length === 0) return undefined;
  const psi = populationStabilityIndex(counts.reference, counts.current);
  let value: number;
  let statistic: number | undefined;
  if (test === 'z') {
    const n1 = sum(counts.reference);
    const n2 = sum(counts.current);
    // The share of the first category; with one category seen in total the z is 0.
    const z = twoProportionZ(counts.reference[0], n1, counts.current[0], n2);
    value = z.pValue;
    statistic = z.statistic;
  } else if (test === 'chi-square') {
    const chi = chiSquareHomogeneity(counts.reference, counts.current);
    value = chi.pValue;
    statistic = chi.statistic;
  } else if (test === 'jensen-shannon') {
    value = jensenShannonDistance(counts.reference, counts.current);
  } else {
    value = psi;
  }
  return { ...base, kind: 'categorical', value, statistic, psi, drifted: decide(test, value, threshold), topShift: topShift(counts) };
}

/** STATS.md: KS drifts at p ≤ 0.05, chi-square and z at p < 0.05, distances at ≥ their threshold. */
function decide(test: DriftTest, value: number, threshold: number): boolean {
  if (test === 'ks') return value <= threshold;
  if (P_VALUE_TESTS.has(test)) return value < threshold;
  return value >= threshold;
}

function topShift(c: CategoryCounts): ColumnDrift['topShift'] {
  const n1 = sum(c.reference) || 1;
  const n2 = sum(c.current) || 1;
  let best: ColumnDrift['topShift'];
  let bestDelta = -1;
  for (let i = 0; i < c.categories.length; i++) {
    const d = Math.abs(c.current[i] / n2 - c.reference[i] / n1);
    if (d > bestDelta) {
      bestDelta = d;
      best = { category: c.categories[i], reference: c.reference[i] / n1, current: c.current[i] / n2 };
    }
  }
  return best;
}

function sum(a: number[]): number {
  let s = 0;
  for (const v of a) s += v;
  return s;
}
