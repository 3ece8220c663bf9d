import { UserError } from '../errors.js';
import { cdfBelow, empiricalCdf, quantileAt, type PiecewiseCdf } from './cdf.js';
import { chiSquareHomogeneity } from './chi-square.js';
import { jensenShannonDistance } from './jensen-shannon.js';
import { ksStatistic, ksTest } from './ks.js';
import { DEFAULT_THRESHOLDS, P_VALUE_TESTS, type ColumnRule, type DriftTest } from './policy.js';
import { populationStabilityIndex } from './psi.js';
import { countsNullMinP, countsNullP, countsOverValues, maxCellZ, NULL_ALPHA, NULL_REPLICATES, numericNullP, robustScale, seedOf, type NumericSide } from './null-reference.js';
import { sketchCdf } from './sketch.js';
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
  /**
   * Distances: the probability that two profiles of these sizes drawn from one distribution (parametric bootstrap
   * from the pooled profiles) are at least as far apart — in KS distance for numeric columns; for categories in the
   * distance and in the largest one-category z, judged together (min-p); a distance drifts only when it is below 0.05.
   * Absent when a side's profile predates sketches (threshold only).
   */
  pValue?: number;
  /** How the value and the decision were computed, in words. */
  method: string;
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

/**
 * Category counts of both sides on one partition, chosen without looking at how the rows split between the sides: a
 * category is compared on its own when both sides know its count (it is listed, or the side lists every category it
 * has) and its pooled count is at least twice what a side's shortest listed count stands for at the pooled size;
 * everything else is folded into `(other)` on both sides alike. (A category listed on one side but inside the other's
 * unlisted rest would otherwise count as present on one side and absent on the other; one listed because its count
 * happened to clear a side's cut-off would be compared with a count biased upwards on that side only.)
 */
export function categoryCounts(ref: ColumnSummary, cur: ColumnSummary): CategoryCounts {
  const a = countsOf(ref);
  const b = countsOf(cur);
  const total = a.total + b.total;
  const floor = Math.max(a.complete ? 0 : (2 * a.cutoff * total) / Math.max(a.total, 1), b.complete ? 0 : (2 * b.cutoff * total) / Math.max(b.total, 1));
  const keys = [...new Set([...a.counts.keys(), ...b.counts.keys()])]
    .filter((k) => (a.counts.has(k) || a.complete) && (b.counts.has(k) || b.complete))
    .filter((k) => (a.counts.get(k) ?? 0) + (b.counts.get(k) ?? 0) >= floor)
    .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const reference = keys.map((k) => a.counts.get(k) ?? 0);
  const current = keys.map((k) => b.counts.get(k) ?? 0);
  const restA = a.total - reference.reduce((t, c) => t + c, 0);
  const restB = b.total - current.reduce((t, c) => t + c, 0);
  if (restA > 0 || restB > 0) {
    keys.push(OTHER);
    reference.push(restA);
    current.push(restB);
  }
  return { categories: keys, reference, current };
}

const OTHER = '(other)';

function countsOf(s: ColumnSummary): { counts: Map<string, number>; complete: boolean; total: number; cutoff: number } {
  const m = new Map<string, number>();
  if (s.kind === 'categorical') {
    for (const [k, c] of s.top) m.set(k, c);
    // Unlisted categories have at most the shortest listed count (all of `other` when nothing is listed).
    const cutoff = s.top.length ? s.top[s.top.length - 1][1] : s.other;
    return { counts: m, complete: s.other === 0, total: s.count, cutoff };
  }
  if (s.distinct) for (const [v, c] of s.distinct) m.set(String(v), c);
  return { counts: m, complete: s.distinct !== undefined, total: s.count, cutoff: s.count };
}

/**
 * Chi-square's large-sample approximation needs expected counts of about 5 or more (Cochran 1954): categories whose
 * pooled count gives fewer on the smaller side are folded into `(other)` (the same cells on both sides).
 */
export function foldSparse(c: CategoryCounts, minExpected = 5): CategoryCounts {
  const n1 = sum(c.reference);
  const n2 = sum(c.current);
  const small = Math.min(n1, n2) / (n1 + n2 || 1);
  const out: CategoryCounts = { categories: [], reference: [], current: [] };
  let ra = 0;
  let rb = 0;
  let folded = false;
  for (let i = 0; i < c.categories.length; i++) {
    if (c.categories[i] !== OTHER && (c.reference[i] + c.current[i]) * small >= minExpected) {
      out.categories.push(c.categories[i]);
      out.reference.push(c.reference[i]);
      out.current.push(c.current[i]);
    } else {
      ra += c.reference[i];
      rb += c.current[i];
      folded = true;
    }
  }
  if (folded && ra + rb > 0) {
    out.categories.push(OTHER);
    out.reference.push(ra);
    out.current.push(rb);
  }
  return out;
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
 *
 * p-value tests (ks, chi-square, z) decide on their p-value. Distances (wasserstein, jensen-shannon, psi) drift when
 * the distance is at least the threshold (large enough to matter) AND a null p-value — how often two profiles of
 * these sizes drawn from one distribution are at least as far apart (in KS distance for numbers; for categories in
 * the distance and in the largest one-category z together, min-p) — is below 0.05 (beyond chance).
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
  const seed = seedOf(column);
  const distanceDecision = (value: number, pValue: number | undefined) => value >= threshold && (pValue === undefined || pValue < NULL_ALPHA);
  const boot = `null p from ${NULL_REPLICATES} parametric-bootstrap pairs of profiles of these sizes`;
  // Numeric distances are judged beyond chance on the KS distance between the same two profiles: a heavy tail makes
  // the Wasserstein distance's own sampling distribution hinge on a few extremes a bootstrap cannot reproduce, while
  // KS is unchanged by any monotone transform, so its simulated null is right whatever the tail.
  const ksBoot = `beyond chance: KS distance of the same profiles, ${boot}`;

  if (numericOnly || (!asCategories && test === 'psi')) {
    const r = ref as NumericSummary;
    const c = cur as NumericSummary;
    const common = { ...base, kind: 'numeric' as const, referenceMean: r.mean, currentMean: c.mean };
    if (test === 'ks') {
      const rs = numericSide(r);
      const cs = numericSide(c);
      const rc = rs?.cdf ?? summaryCdf(r);
      const cc = cs?.cdf ?? summaryCdf(c);
      // A sketched side carries the information of its sample, not of every row: its size in the p-value is the sample's.
      const ks = ksTest(rc, cc, rs?.n ?? r.count, cs?.n ?? c.count);
      return {
        ...common,
        value: ks.pValue,
        statistic: ks.statistic,
        psi: numericPsi(rc, cc),
        drifted: decide(test, ks.pValue, threshold),
        method: `two-sample KS on ${sideWords(rs)} vs ${sideWords(cs)}, asymptotic p (Stephens' correction)`,
      };
    }
    const stat = test === 'wasserstein' ? (a: PiecewiseCdf, b: PiecewiseCdf) => wasserstein1(a, b) : numericPsi;
    // Both sides with exact distinct-value counts: compare those, and draw the null as multinomial counts.
    if (r.distinct && c.distinct && !(r.values && c.values)) {
      const values = [...new Set([...r.distinct.map(([v]) => v), ...c.distinct.map(([v]) => v)])].sort((x, y) => x - y);
      const ra = alignCounts(values, r.distinct);
      const ca = alignCounts(values, c.distinct);
      const rc = countsOverValues(values, ra);
      const cc = countsOverValues(values, ca);
      const raw = stat(rc, cc);
      const scale = robustScale(rc);
      const value = test === 'wasserstein' ? raw / scale : raw;
      const pValue = countsNullP(ra, ca, (a, b) => ksStatistic(countsOverValues(values, a), countsOverValues(values, b)), ksStatistic(rc, cc), seed);
      return {
        ...common,
        value,
        pValue,
        psi: numericPsi(rc, cc),
        drifted: distanceDecision(value, pValue),
        method: `${statWords(test)} on exact counts of ${values.length} distinct values; ${ksBoot}`,
      };
    }
    const rs = numericSide(r);
    const cs = numericSide(c);
    const rc = rs?.cdf ?? summaryCdf(r);
    const cc = cs?.cdf ?? summaryCdf(c);
    const raw = stat(rc, cc);
    const value = test === 'wasserstein' ? raw / robustScale(rc) : raw;
    const pValue = rs && cs ? numericNullP(rs, cs, ksStatistic, ksStatistic(rc, cc), seed) : undefined;
    return {
      ...common,
      value,
      pValue,
      psi: numericPsi(rc, cc),
      drifted: distanceDecision(value, pValue),
      method: rs && cs
        ? `${statWords(test)} on ${sideWords(rs)} vs ${sideWords(cs)}; ${ksBoot}`
        : `${statWords(test)} on a 201-point quantile summary (a profile from an older version: threshold only)`,
    };
  }

  const counts = cats ?? categoryCounts(ref, cur);
  if (counts.categories.length === 0) return undefined;
  // Distances and chi-square on the cells expected at least 5 times (the rare ones together): a partition chosen from
  // pooled counts, so it does not favour either side, and rare cells' noise does not drown a real move.
  const folded = foldSparse(counts);
  const psi = populationStabilityIndex(folded.reference, folded.current);
  const common = { ...base, kind: 'categorical' as const, psi, topShift: topShift(counts) };
  const cells = `${folded.categories.length} cells (categories both sides count, expected ≥ 5 times; the rest as (other))`;
  if (test === 'z') {
    const n1 = sum(counts.reference);
    const n2 = sum(counts.current);
    // The share of the first category; with one category seen in total the z is 0.
    const z = twoProportionZ(counts.reference[0], n1, counts.current[0], n2);
    return { ...common, value: z.pValue, statistic: z.statistic, drifted: decide(test, z.pValue, threshold), method: 'two-proportion z, pooled, normal p' };
  }
  if (test === 'chi-square') {
    const chi = chiSquareHomogeneity(folded.reference, folded.current);
    return {
      ...common,
      value: chi.pValue,
      statistic: chi.statistic,
      drifted: decide(test, chi.pValue, threshold),
      method: `Pearson chi-square on ${folded.categories.length} cells (categories expected < 5 times folded into (other)), df ${chi.df}`,
    };
  }
  const stat = test === 'jensen-shannon' ? jensenShannonDistance : populationStabilityIndex;
  const value = stat(folded.reference, folded.current);
  // Beyond chance when the distance or the largest one-category move is (min-p over the same replicates): an omnibus
  // distance alone spreads a move of one large category over every cell's noise and misses it at a few thousand rows.
  const pValue = countsNullMinP(folded.reference, folded.current, [stat, maxCellZ], seed);
  const minP = `beyond chance: the smaller null p of the distance and of the largest category z (one category's share), calibrated together (min-p) over ${NULL_REPLICATES} parametric-bootstrap pairs of profiles of these sizes`;
  return { ...common, value, pValue, drifted: distanceDecision(value, pValue), method: `${statWords(test)} on ${cells}; ${minP}` };
}

/** The exact sample when kept, else the sketch; undefined for an older profile with neither. */
export function numericSide(s: NumericSummary): NumericSide | undefined {
  if (s.values && s.values.length === s.count) return { cdf: empiricalCdf(s.values), kind: 'values', n: s.count };
  if (s.sketch && s.sampleSize > 0) return { cdf: sketchCdf(s.sketch, s.sampleSize), kind: 'sketch', n: s.sampleSize };
  return undefined;
}

function sideWords(s: NumericSide | undefined): string {
  if (!s) return 'quantiles';
  return s.kind === 'values' ? `${s.n} exact values` : `a ${s.n}-value sample's sketch`;
}

function statWords(test: DriftTest): string {
  if (test === 'wasserstein') return 'Wasserstein-1 / robust scale (IQR/1.349) of the reference';
  if (test === 'jensen-shannon') return 'Jensen–Shannon distance (base 2)';
  return 'PSI';
}

function alignCounts(values: readonly number[], pairs: ReadonlyArray<readonly [number, number]>): Float64Array {
  const at = new Map(pairs);
  return Float64Array.from(values, (v) => at.get(v) ?? 0);
}

/** STATS.md: KS drifts at p ≤ 0.05, chi-square and z at p < 0.05. */
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
