/** Per-group rates of one model at one threshold (a row is predicted positive when score ≥ threshold). */
export interface GroupRates {
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
  for (let g = 0; g < nGroups; g++) {
    const tn = c[4 * g], fp = c[4 * g + 1], fn = c[4 * g + 2], tp = c[4 * g + 3];
    const positives = tp + fn;
    const negatives = tn + fp;
    const support = positives + negatives;
    out.push({
      support,
      positives,
      negatives,
      selectionRate: support === 0 ? NaN : (tp + fp) / support,
      tpr: positives === 0 ? NaN : tp / positives,
      fpr: negatives === 0 ? NaN : fp / negatives,
    });
  }
  return out;
}

/** max − min of the defined (non-NaN) values; NaN when none is defined, 0 with one. */
function gap(values: number[]): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo === Infinity ? NaN : hi - lo;
}

/**
 * Demographic parity difference: max − min selection rate across groups (Fairlearn
 * `demographic_parity_difference`, between_groups). Empty groups are ignored. 0 is parity.
 */
export function demographicParityDifference(rates: GroupRates[]): number {
  return gap(rates.map((r) => r.selectionRate));
}

/**
 * Demographic parity ratio: min / max selection rate across groups (Fairlearn `demographic_parity_ratio`;
 * the four-fifths rule reads it against 0.8). 1 is parity; when every group's rate is 0 the rates are equal
 * and the ratio is 1. NaN when no group has rows.
 */
export function demographicParityRatio(rates: GroupRates[]): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of rates) {
    const v = r.selectionRate;
    if (Number.isNaN(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) return NaN;
  return hi === 0 ? 1 : lo / hi;
}

/**
 * Equal opportunity difference: max − min TPR across groups with positives (Hardt, Price & Srebro 2016;
 * Fairlearn `equal_opportunity_difference`).
 */
export function equalOpportunityDifference(rates: GroupRates[]): number {
  return gap(rates.map((r) => r.tpr));
}

/**
 * Equalized odds difference: max(TPR gap, FPR gap) across groups (Hardt et al. 2016; Fairlearn
 * `equalized_odds_difference`); each gap over the groups where that rate is defined.
 */
export function equalizedOddsDifference(rates: GroupRates[]): number {
  const t = gap(rates.map((r) => r.tpr));
  const f = gap(rates.map((r) => r.fpr));
  if (Number.isNaN(t)) return f;
  if (Number.isNaN(f)) return t;
  return Math.max(t, f);
}
