import { UserError } from '../errors.js';
import { compareRatioSum, createRng, percentileInterval, type RatioTerm } from '../stats/index.js';
import {
  getMetric, pairedCells, countsFromCells, rateGap, SELECTION_RATE, TRUE_POSITIVE_RATE, FALSE_POSITIVE_RATE,
  type ConfusionCounts, type CountRate, type MetricDef, type RateGap, type SupportNeed,
} from '../metrics/index.js';
import type { EvalData } from './data.js';
import type { GatePolicy, FairnessRule } from './policy.js';
import { sliceBy } from './slices.js';
import { displayName, fmt, streamSeed, type CheckStatus } from './format.js';

/**
 * Group fairness across the values of one column (or a crossed set): the gap (max − min) and ratio (min / max) of a
 * count metric across groups, for candidate and baseline. Definitions (STATS.md, Fairlearn): demographic parity =
 * selection rate, equal opportunity = TPR (recall), equalized odds = max(TPR gap, FPR gap).
 * Rates, gaps and ratios come from metrics/fairness.ts. Decisions use point estimates, like Fairlearn's MetricFrame,
 * compared with the limits exactly (a gap is a difference of two integer ratios); the report adds a bootstrap interval
 * of the gap increase (groups resampled independently with the multinomial shortcut) so a reader sees how firm the
 * number is. With `significance: true` a rule fails only when that interval (of the candidate's gap, for max-gap) lies
 * wholly above its limit.
 */
export interface FairnessGroup {
  group: string;
  support: number;
  positives: number;
  candidate: number | null;
  baseline: number | null;
}

export interface FairnessResult {
  metric: string;
  across: string;
  groups: FairnessGroup[];
  candidate_gap: number | null;
  baseline_gap: number | null;
  gap_increase: number | null;
  ci: [number, number] | null;
  /** With `significance: true`: the (1 − α) bootstrap interval of the candidate's gap. */
  gap_ci?: [number, number] | null;
  candidate_ratio: number | null;
  status: CheckStatus;
  reason: string;
}

/** A fairness measure: the rates whose gaps it takes (the largest gap counts), and what a group needs to be used. */
interface Measure {
  rates: CountRate[];
  needs: readonly SupportNeed[];
  /** The rate whose value each group reports. */
  selectionRate: boolean;
}

const NAMED: Record<string, Omit<Measure, 'selectionRate'>> = {
  'demographic-parity': { rates: [SELECTION_RATE], needs: [] },
  'demographic-parity-difference': { rates: [SELECTION_RATE], needs: [] },
  'demographic-parity-ratio': { rates: [SELECTION_RATE], needs: [] },
  'equal-opportunity': { rates: [TRUE_POSITIVE_RATE], needs: ['positives'] },
  'equal-opportunity-difference': { rates: [TRUE_POSITIVE_RATE], needs: ['positives'] },
  tpr: { rates: [TRUE_POSITIVE_RATE], needs: ['positives'] },
  'equalized-odds': { rates: [TRUE_POSITIVE_RATE, FALSE_POSITIVE_RATE], needs: ['positives', 'negatives'] },
  'equalized-odds-difference': { rates: [TRUE_POSITIVE_RATE, FALSE_POSITIVE_RATE], needs: ['positives', 'negatives'] },
};

function measureOf(rule: FairnessRule, policy: GatePolicy): Measure {
  const named = NAMED[rule.metric];
  if (named) return { ...named, selectionRate: named.rates[0] === SELECTION_RATE };
  let def: MetricDef;
  try {
    def = getMetric(rule.metric, policy.task);
  } catch {
    def = undefined as unknown as MetricDef;
  }
  if (!def || !def.numerator || !def.denominator) {
    throw new UserError(`Policy: fairness metric '${rule.metric}' must be a rate from the confusion counts (selection-rate, recall, fpr, precision, accuracy, demographic-parity, equal-opportunity, equalized-odds).`);
  }
  const rate: CountRate = {
    numerator: (k) => def.numerator!(k.tp, k.fp, k.tn, k.fn),
    denominator: (k) => def.denominator!(k.tp, k.fp, k.tn, k.fn),
  };
  return { rates: [rate], needs: def.needs ?? [], selectionRate: def.name === 'selection-rate' };
}

/** The measure's gap across groups: the largest of its rates' gaps, with that gap's integer terms. */
function gapOf(groups: ConfusionCounts[], m: Measure): RateGap | null {
  let best: RateGap | null = null;
  let ratio = 1;
  for (const r of m.rates) {
    const g = rateGap(groups, r);
    if (!g) return null;
    if (!best || g.gap > best.gap) best = g;
    ratio = Math.min(ratio, g.ratio);
  }
  return best && { ...best, ratio };
}

const negate = (terms: RatioTerm[]): RatioTerm[] => terms.map(([c, n, d]) => [-c, n, d]);

export function evaluateFairness(data: EvalData, policy: GatePolicy, hasBaseline: boolean): FairnessResult[] {
  if (policy.task !== 'binary-classification' && policy.fairness.length > 0) {
    throw new UserError(`Policy: fairness rules need task binary-classification (they compare rates across groups).`);
  }
  const out: FairnessResult[] = [];
  const { bootstrap: B, seed, alpha } = policy.significance;
  const minSupport = policy['min-support'];
  const minClass = policy['min-class-support'];
  for (const rule of policy.fairness) {
    const across = typeof rule.across === 'string' ? [rule.across] : rule.across;
    const measure = measureOf(rule, policy);
    const groups = sliceBy(data, across);
    const res: FairnessResult = {
      metric: rule.metric, across: across.join('&'), groups: [], candidate_gap: null, baseline_gap: null,
      gap_increase: null, ci: null, candidate_ratio: null, status: 'pass', reason: '',
    };
    if (rule.significance) res.gap_ci = null;
    const usable: { cells: Float64Array; n: number }[] = [];
    for (const g of groups) {
      const cells = pairedCells(data.label, data.candidate, data.baseline ?? data.candidate, policy.threshold, g.rows);
      const ka = countsFromCells(cells, 0), kb = countsFromCells(cells, 1);
      const pos = ka.tp + ka.fn;
      const neg = g.rows.length - pos;
      // A group is used when it has the rows, and the class counts the measure's rates divide by.
      const ok = g.rows.length >= minSupport
        && (!measure.needs.includes('positives') || pos >= minClass)
        && (!measure.needs.includes('negatives') || neg >= minClass)
        && (!measure.needs.includes('predicted-positives') || Math.min(ka.tp + ka.fp, kb.tp + kb.fp) >= minClass);
      // For equalized odds the per-group value reported is the TPR; the gap combines TPR and FPR gaps.
      const value = (k: ConfusionCounts) => measure.rates[0].numerator(k) / measure.rates[0].denominator(k);
      res.groups.push({
        group: g.values.map(([, val]) => val).join('&'), support: g.rows.length, positives: pos,
        candidate: ok ? value(ka) : null, baseline: ok && hasBaseline ? value(kb) : null,
      });
      if (ok) usable.push({ cells, n: g.rows.length });
    }
    if (usable.length < 2) {
      const need = measure.needs.length ? ` and ${minClass}+ ${measure.needs.map((x) => x.replace('-', ' ')).join(' and ')}` : '';
      res.status = 'insufficient';
      res.reason = `insufficient: fewer than two groups of '${res.across}' have ${minSupport}+ rows${need}`;
      out.push(res);
      continue;
    }
    const countsOf = (cellsList: ArrayLike<number>[], model: 0 | 1) => cellsList.map((c) => countsFromCells(c, model));
    const ga = gapOf(countsOf(usable.map((u) => u.cells), 0), measure);
    const gb = hasBaseline ? gapOf(countsOf(usable.map((u) => u.cells), 1), measure) : null;
    res.candidate_gap = ga?.gap ?? null;
    res.candidate_ratio = ga?.ratio ?? null;
    res.baseline_gap = gb?.gap ?? null;
    let gapCi: [number, number] | undefined;
    if (ga && (gb || rule.significance)) {
      if (gb) res.gap_increase = ga.gap - gb.gap;
      const rng = createRng(streamSeed(seed, `fairness|${rule.metric}|${res.across}`));
      const reps = new Float64Array(B);
      const repsA = new Float64Array(B);
      const draws = usable.map(() => new Float64Array(8));
      const probs = usable.map((u) => u.cells.map((c) => c / u.n));
      for (let b = 0; b < B; b++) {
        usable.forEach((u, i) => rng.multinomial(u.n, probs[i], draws[i]));
        const a = gapOf(countsOf(draws, 0), measure), bb = gapOf(countsOf(draws, 1), measure);
        reps[b] = a && bb ? a.gap - bb.gap : NaN;
        repsA[b] = a ? a.gap : NaN;
      }
      if (gb && reps.some((x) => !Number.isNaN(x))) res.ci = percentileInterval(reps, alpha);
      if (rule.significance && repsA.some((x) => !Number.isNaN(x))) res.gap_ci = gapCi = percentileInterval(repsA, alpha);
    }
    const name = displayName(rule.metric, policy.task);
    const msgs: string[] = [];
    let status: CheckStatus = 'pass';
    // Exact on the integer counts: a gap equal to the limit is within it.
    const gapOver = (limit: number) => ga !== null && compareRatioSum(ga.gapTerms, limit) > 0;
    const increaseOver = (limit: number) => ga !== null && gb !== null && compareRatioSum([...ga.gapTerms, ...negate(gb.gapTerms)], limit) > 0;
    const sig = (ci: [number, number] | null | undefined, limit: number) => !rule.significance || (ci != null && ci[0] > limit);
    const maxGap = rule['max-gap'];
    if (maxGap !== undefined && gapOver(maxGap)) {
      if (sig(gapCi, maxGap)) {
        status = 'fail';
        msgs.push(`${name} gap across ${res.across} is ${fmt(ga!.gap)} (> ${maxGap})${rule.significance ? `, CI [${fmt(gapCi![0])}, ${fmt(gapCi![1])}] above it` : ''}`);
      } else {
        if (status === 'pass') status = 'warn';
        msgs.push(`${name} gap across ${res.across} is ${fmt(ga!.gap)} (> ${maxGap}) but not significantly: CI ${gapCi ? `[${fmt(gapCi[0])}, ${fmt(gapCi[1])}]` : 'undefined'}`);
      }
    }
    const maxInc = rule['max-gap-increase'];
    if (maxInc !== undefined && increaseOver(maxInc)) {
      if (sig(res.ci, maxInc)) {
        status = 'fail';
        msgs.push(`${name} gap across ${res.across} grew by ${fmt(res.gap_increase!)} (> ${maxInc}) from ${fmt(gb!.gap)} to ${fmt(ga!.gap)}${rule.significance ? `, CI [${fmt(res.ci![0])}, ${fmt(res.ci![1])}] above it` : ''}`);
      } else {
        if (status === 'pass') status = 'warn';
        msgs.push(`${name} gap across ${res.across} grew by ${fmt(res.gap_increase!)} (> ${maxInc}) but not significantly: CI ${res.ci ? `[${fmt(res.ci[0])}, ${fmt(res.ci[1])}]` : 'undefined'}`);
      }
    }
    const minRatio = rule['min-ratio'];
    const ratioBelow = (r: number) => ga !== null && (ga.ratioTerm && measure.rates.length === 1 ? compareRatioSum([ga.ratioTerm], r) < 0 : ga.ratio < r);
    if (minRatio !== undefined && ratioBelow(minRatio)) {
      status = 'fail';
      msgs.push(`${name} ratio across ${res.across} is ${fmt(ga!.ratio)} (< ${minRatio})`);
    } else if (minRatio === undefined && measure.selectionRate && ratioBelow(0.8)) {
      if (status === 'pass') status = 'warn';
      msgs.push(`selection-rate ratio ${fmt(ga!.ratio)} is under the four-fifths rule of thumb (0.8)`);
    }
    if (status === 'fail' && rule.severity === 'warn') status = 'warn';
    if (msgs.length === 0) {
      msgs.push(`${name} gap ${fmt(ga?.gap ?? NaN)}${res.gap_increase !== null ? ` (baseline ${fmt(gb!.gap)}, change ${fmt(res.gap_increase)})` : ''} within limits`);
    }
    res.status = status;
    res.reason = msgs.join('; ');
    out.push(res);
  }
  return out;
}
