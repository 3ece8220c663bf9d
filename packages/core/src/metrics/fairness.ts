import type { ConfusionCounts } from './confusion.js';

/** Per-group rates of one model at one threshold (a row is predicted positive when score ≥ threshold). */
export interface GroupRates extends ConfusionCounts {
  /** Rows (weighted) in the group. */
  support: number;
  positives: number;
  negatives: number;
  /** P(ŷ = 1 | group); NaN for an empty group. */
  selectionRate: number;
  /** P(ŷ = 1 | y = 1, group); NaN without positives. */
  tpr: number;
  /** P(ŷ = 1 | y = 0, group); NaN without negatives. */
  fpr: number;
}

/**
 * Selection rate, TPR and FPR per group in one pass (Fairlearn's MetricFrame quantities). `groupCodes[r]` is
 * the group of row r in 0..nGroups−1; a negative code (missing value) leaves the row out. `rows` selects a
 * slice, `weights[i]` multiplies rows[i] (bootstrap replicate).
 */
export function groupRates(
  labels: Float64Array | Uint8Array,
  scores: Float64Array,
  threshold: number,
  groupCodes: Int32Array,
  nGroups: number,
  rows?: Uint32Array,
  weights?: Uint32Array,
): GroupRates[] {
  // Per group: [tn, fp, fn, tp] at 4·g + 2·label + predicted.
  const c = new Float64Array(4 * nGroups);
  const len = rows ? rows.length : labels.length;
  for (let i = 0; i < len; i++) {
    const r = rows ? rows[i] : i;
    const g = groupCodes[r];
    if (g < 0) continue;
    if (g >= nGroups) throw new RangeError(`group code ${g} at row ${r} is not below nGroups = ${nGroups}`);
    const y = labels[r];
    if (y !== 0 && y !== 1) throw new RangeError(`label at row ${r} is ${y}; binary metrics need 0 or 1`);
    c[4 * g + 2 * y + (scores[r] >= threshold ? 1 : 0)] += weights ? weights[i] : 1;
  }
  const out: GroupRates[] = [];
  for (let g = 0; g < nGroups; g++) out.push(ratesFromCounts({ tn: c[4 * g], fp: c[4 * g + 1], fn: c[4 * g + 2], tp: c[4 * g + 3] }));
  return out;
}

/** The rates of one group from its confusion counts (a bootstrap replicate's counts included). */
export function ratesFromCounts(k: ConfusionCounts): GroupRates {
  const positives = k.tp + k.fn;
  const negatives = k.tn + k.fp;
  const support = positives + negatives;
  return {
    ...k,
    support,
    positives,
    negatives,
    selectionRate: support === 0 ? NaN : (k.tp + k.fp) / support,
    tpr: positives === 0 ? NaN : k.tp / positives,
    fpr: negatives === 0 ? NaN : k.fp / negatives,
  };
}

/** A rate of the confusion counts as a ratio of integers, so gaps can be compared with limits exactly. */
export interface CountRate {
  numerator(k: ConfusionCounts): number;
  denominator(k: ConfusionCounts): number;
}

export const SELECTION_RATE: CountRate = { numerator: (k) => k.tp + k.fp, denominator: (k) => k.tp + k.fp + k.tn + k.fn };
export const TRUE_POSITIVE_RATE: CountRate = { numerator: (k) => k.tp, denominator: (k) => k.tp + k.fn };
export const FALSE_POSITIVE_RATE: CountRate = { numerator: (k) => k.fp, denominator: (k) => k.fp + k.tn };

/** The gap (max − min) and ratio (min / max) of one rate across groups, with the two groups' integer ratios. */
export interface RateGap {
  gap: number;
  ratio: number;
  /** hi − lo as terms [coefficient, numerator, denominator]. */
  gapTerms: [number, number, number][];
  /** lo / hi as one ratio [1, lo.num·hi.den, lo.den·hi.num]; undefined when hi = 0 (ratio 1 by convention). */
  ratioTerm?: [number, number, number];
}

/**
 * Gap and ratio of a rate across groups (Fairlearn's `between_groups` difference and ratio); groups where the rate
 * is undefined (denominator 0) are left out. Null when none is defined; one defined group gives gap 0, ratio 1. When
 * every rate is 0 the rates are equal and the ratio is 1.
 */
export function rateGap(groups: readonly ConfusionCounts[], rate: CountRate): RateGap | null {
  let hi = -1, lo = -1, hiV = -Infinity, loV = Infinity;
  for (let g = 0; g < groups.length; g++) {
    const den = rate.denominator(groups[g]);
    if (den === 0) continue;
    const v = rate.numerator(groups[g]) / den;
    if (v > hiV) { hiV = v; hi = g; }
    if (v < loV) { loV = v; lo = g; }
  }
  if (hi < 0) return null;
  const hn = rate.numerator(groups[hi]), hd = rate.denominator(groups[hi]);
  const ln = rate.numerator(groups[lo]), ld = rate.denominator(groups[lo]);
  return {
    gap: hiV - loV,
    ratio: hiV === 0 ? 1 : loV / hiV,
    gapTerms: [[1, hn, hd], [-1, ln, ld]],
    ratioTerm: hiV === 0 ? undefined : [1, ln * hd, ld * hn],
  };
}

/**
 * Demographic parity difference: max − min selection rate across groups (Fairlearn
 * `demographic_parity_difference`, between_groups). Empty groups are ignored. 0 is parity.
 */
export function demographicParityDifference(rates: GroupRates[]): number {
  return rateGap(rates, SELECTION_RATE)?.gap ?? NaN;
}

/**
 * Demographic parity ratio: min / max selection rate across groups (Fairlearn `demographic_parity_ratio`;
 * the four-fifths rule reads it against 0.8). 1 is parity; when every group's rate is 0 the rates are equal
 * and the ratio is 1. NaN when no group has rows.
 */
export function demographicParityRatio(rates: GroupRates[]): number {
  return rateGap(rates, SELECTION_RATE)?.ratio ?? NaN;
}

/**
 * Equal opportunity difference: max − min TPR across groups with positives (Hardt, Price & Srebro 2016;
 * Fairlearn `equal_opportunity_difference`).
 */
export function equalOpportunityDifference(rates: GroupRates[]): number {
  return rateGap(rates, TRUE_POSITIVE_RATE)?.gap ?? NaN;
}

/**
 * Equalized odds difference: max(TPR gap, FPR gap) across groups (Hardt et al. 2016; Fairlearn
 * `equalized_odds_difference`); each gap over the groups where that rate is defined.
 */
export function equalizedOddsDifference(rates: GroupRates[]): number {
  const t = equalOpportunityDifference(rates);
  const f = rateGap(rates, FALSE_POSITIVE_RATE)?.gap ?? NaN;
  if (Number.isNaN(t)) return f;
  if (Number.isNaN(f)) return t;
  return Math.max(t, f);
}

