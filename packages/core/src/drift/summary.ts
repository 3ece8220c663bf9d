import { z } from 'zod';
import { countsCdf, empiricalCdf, quantileCdf, type PiecewiseCdf } from './cdf.js';
import { sketchCdf } from './sketch.js';

/**
 * What a profile keeps of one column: enough to test drift against a later profile, in kilobytes, never the data.
 * Numeric columns keep moments, a quantile summary and — for small references, where the size-aware defaults use exact
 * tests — the values themselves; categorical columns keep their most frequent categories with counts.
 */

/** References at or below this many rows use the p-value tests (KS, chi-square); above it the distances (STATS.md). */
export const SMALL_REFERENCE_ROWS = 1000;
/** A numeric column with at most this many distinct values is tested as categorical (STATS.md). */
export const CATEGORICAL_MAX_UNIQUE = 5;
/** Numeric columns remember exact value counts up to this many distinct values (ages, hours, ratings, codes). */
export const MAX_DISTINCT_NUMBERS = 256;
/**
 * Categorical columns store at most this many categories (about 20 KB); the rest are counted together as `other`.
 * Drift compares categories whose counts both sides know (listed, or the side lists all its categories) and folds
 * the rest into `(other)` on both sides alike.
 */
export const MAX_STORED_CATEGORIES = 1000;
/** Quantile summaries hold the q-quantiles for q = i/QUANTILE_STEPS, i = 0..QUANTILE_STEPS. */
export const QUANTILE_STEPS = 200;

export const numericSummarySchema = z.object({
  kind: z.literal('numeric'),
  count: z.number().int().nonnegative(),
  nulls: z.number().int().nonnegative(),
  min: z.number(),
  max: z.number(),
  mean: z.number(),
  /** Standard deviation, ddof = 1. */
  std: z.number(),
  /** All values are whole numbers. */
  integer: z.boolean(),
  /** QUANTILE_STEPS + 1 quantiles (empty for an all-null column). */
  quantiles: z.array(z.number()),
  /** How many values the quantiles rest on: `count` when exact, else the reservoir sample's size. */
  sampleSize: z.number().int().nonnegative(),
  /**
   * Order statistics of the `sampleSize`-value sample at sketchRanks(sampleSize) (sketch.ts): the body every 1/256 and
   * the tails rank by rank. Absent in profiles written before it existed (their distances get no null reference).
   */
  sketch: z.array(z.number()).optional(),
  /** Every value, ascending, when count ≤ SMALL_REFERENCE_ROWS. */
  values: z.array(z.number()).optional(),
  /** Exact [value, count] pairs, ascending, when the column has at most MAX_DISTINCT_NUMBERS distinct values. */
  distinct: z.array(z.tuple([z.number(), z.number().int()])).optional(),
});
export type NumericSummary = z.infer<typeof numericSummarySchema>;

export const categoricalSummarySchema = z.object({
  kind: z.literal('categorical'),
  count: z.number().int().nonnegative(),
  nulls: z.number().int().nonnegative(),
  /** Most frequent categories, by count descending then value, with exact counts. */
  top: z.array(z.tuple([z.string(), z.number().int()])),
  /** Rows whose category is not in `top`. */
  other: z.number().int().nonnegative(),
  /** Distinct categories seen; a lower bound when `distinctCapped`. */
  distinct: z.number().int().nonnegative(),
  distinctCapped: z.boolean(),
});
export type CategoricalSummary = z.infer<typeof categoricalSummarySchema>;

export const columnSummarySchema = z.discriminatedUnion('kind', [numericSummarySchema, categoricalSummarySchema]);
export type ColumnSummary = NumericSummary | CategoricalSummary;

/** The column's type as the schema comparison sees it. integer and float are one family: a null-free int column that gains a 1.5 is not a schema change. */
export type ColumnType = 'integer' | 'float' | 'boolean' | 'string' | 'empty';

export function columnFamily(t: ColumnType): 'numeric' | 'boolean' | 'string' | 'empty' {
  return t === 'integer' || t === 'float' ? 'numeric' : t;
}

/**
 * The CDF a numeric summary stands for: exact when the values or the distinct-value counts are kept, else the
 * sketch's (or, in older profiles, the 201-point quantile summary's).
 */
export function summaryCdf(s: NumericSummary): PiecewiseCdf {
  if (s.values && s.values.length === s.count) return empiricalCdf(s.values);
  if (s.distinct) return countsCdf(s.distinct);
  if (s.sketch && s.sampleSize > 0) return sketchCdf(s.sketch, s.sampleSize);
  return quantileCdf(s.quantiles);
}

/** Distinct values of a numeric column when known exactly (≤ MAX_DISTINCT_NUMBERS). */
export function numericDistinctCount(s: NumericSummary): number | undefined {
  return s.distinct?.length;
}

export const columnTypeSchema = z.enum(['integer', 'float', 'boolean', 'string', 'empty']);

export const columnProfileSchema = z.object({
  name: z.string(),
  type: columnTypeSchema,
  summary: columnSummarySchema,
});
export type ColumnProfile = z.infer<typeof columnProfileSchema>;

/** Profile of one table (a file, or the files one `data` pattern matched): exact row count and one entry per column. */
export const tableProfileSchema = z.object({
  rows: z.number().int().nonnegative(),
  columns: z.array(columnProfileSchema),
});
export type TableProfile = z.infer<typeof tableProfileSchema>;
