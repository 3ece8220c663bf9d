import { UserError } from '../errors.js';
import { createRng, percentileInterval } from '../stats/index.js';
import { getMetric, pairedCells, countsFromCells } from '../metrics/index.js';
import type { EvalData } from './data.js';
import type { GatePolicy } from './policy.js';
import { sliceBy } from './slices.js';
import { displayName, fmt, streamSeed, type CheckStatus } from './format.js';

/**
 * Group fairness across the values of one column (or a crossed set): the gap (max − min) and ratio (min / max) of a
 * count metric across groups, for candidate and baseline. Definitions (STATS.md, Fairlearn): demographic parity =
 * selection rate, equal opportunity = TPR (recall), equalized odds = max(TPR gap, FPR gap).
 * Decisions use point estimates, like Fairlearn's MetricFrame; the report adds a bootstrap interval of the gap increase
 * (groups resampled independently with the multinomial shortcut) so a reader sees how firm the number is.
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
  candidate_ratio: number | null;
  status: CheckStatus;
  reason: string;
}

const ALIASES: Record<string, string[]> = {
  'demographic-parity': ['selection-rate'],
  'demographic-parity-difference': ['selection-rate'],
  'demographic-parity-ratio': ['selection-rate'],
  'equal-opportunity': ['recall'],
  'equal-opportunity-difference': ['recall'],
  tpr: ['recall'],
  'equalized-odds': ['recall', 'fpr'],
  'equalized-odds-difference': ['recall', 'fpr'],
};

/** [tp, fp, tn, fn] of the candidate (model 0) or the baseline (model 1) from the 8 paired cells. */
function countsOf(cells: ArrayLike<number>, model: 'a' | 'b'): [number, number, number, number] {
  const k = countsFromCells(cells, model === 'a' ? 0 : 1);
  return [k.tp, k.fp, k.tn, k.fn];
}

function gapOf(values: number[]): { gap: number; ratio: number } | null {
  const v = values.filter((x) => Number.isFinite(x));
  if (v.length < 2) return null;
  const hi = Math.max(...v), lo = Math.min(...v);
  return { gap: hi - lo, ratio: hi > 0 ? lo / hi : 1 };
}

export function evaluateFairness(data: EvalData, policy: GatePolicy, hasBaseline: boolean): FairnessResult[] {
  if (policy.task !== 'binary-classification' && policy.fairness.length > 0) {
    throw new UserError(`Policy: fairness rules need task binary-classification (they compare rates across groups).`);
  }
  const out: FairnessResult[] = [];
  const { bootstrap: B, seed, alpha } = policy.significance;
  for (const rule of policy.fairness) {
    const across = typeof rule.across === 'string' ? [rule.across] : rule.across;
    const base = ALIASES[rule.metric] ?? [rule.metric];
    const defs = base.map((m) => getMetric(m, policy.task));
    for (const d of defs) {
      if (!d.fromCounts) throw new UserError(`Policy: fairness metric '${rule.metric}' must be a rate from the confusion counts (selection-rate, recall, fpr, precision, accuracy, demographic-parity, equal-opportunity, equalized-odds).`);
    }
    const groups = sliceBy(data, across);
    const minSupport = policy['min-support'];
    const res: FairnessResult = {
      metric: rule.metric, across: across.join('&'), groups: [], candidate_gap: null, baseline_gap: null,
      gap_increase: null, ci: null, candidate_ratio: null, status: 'pass', reason: '',
    };
    const usable: { cells: Float64Array; n: number }[] = [];
    const thr = policy.threshold;
    for (const g of groups) {
      const cells = pairedCells(data.label, data.candidate, data.baseline ?? data.candidate, thr, g.rows);
      const ca = countsOf(cells, 'a'), cb = countsOf(cells, 'b');
      const pos = ca[0] + ca[3];
      const ok = g.rows.length >= minSupport && pos >= policy['min-class-support'] && g.rows.length - pos >= policy['min-class-support'];
      // For equalized odds the per-group value reported is the TPR; the gap combines TPR and FPR gaps.
      const v = (c: [number, number, number, number]) => defs[0].fromCounts!(c[0], c[1], c[2], c[3]);
      res.groups.push({
        group: g.values.map(([, val]) => val).join('&'), support: g.rows.length, positives: pos,
        candidate: ok ? v(ca) : null, baseline: ok && hasBaseline ? v(cb) : null,
      });
      if (ok) usable.push({ cells: Float64Array.from(cells), n: g.rows.length });
    }
    if (usable.length < 2) {
      res.status = 'insufficient';
      res.reason = `insufficient: fewer than two groups of '${res.across}' have ${minSupport}+ rows and ${policy['min-class-support']}+ of each class`;
      out.push(res);
      continue;
    }
    const gapFor = (cellsList: ArrayLike<number>[], model: 'a' | 'b') => {
      let gap = 0, ratio = 1;
      for (const d of defs) {
        const g = gapOf(cellsList.map((c) => { const k = countsOf(c, model); return d.fromCounts!(k[0], k[1], k[2], k[3]); }));
        if (!g) return null;
        if (g.gap > gap) gap = g.gap;
        ratio = Math.min(ratio, g.ratio);
      }
      return { gap, ratio };
    };
    const ga = gapFor(usable.map((u) => u.cells), 'a');
    const gb = hasBaseline ? gapFor(usable.map((u) => u.cells), 'b') : null;
    res.candidate_gap = ga?.gap ?? null;
    res.candidate_ratio = ga?.ratio ?? null;
    res.baseline_gap = gb?.gap ?? null;
    if (ga && gb) {
      res.gap_increase = ga.gap - gb.gap;
      const rng = createRng(streamSeed(seed, `fairness|${rule.metric}|${res.across}`));
      const reps = new Float64Array(B);
      const draws = usable.map(() => new Float64Array(8));
      const probs = usable.map((u) => u.cells.map((c) => c / u.n));
      for (let b = 0; b < B; b++) {
        usable.forEach((u, i) => rng.multinomial(u.n, probs[i], draws[i]));
        const a = gapFor(draws, 'a'), bb = gapFor(draws, 'b');
        reps[b] = a && bb ? a.gap - bb.gap : NaN;
      }
      const clean = reps.filter((x) => !Number.isNaN(x));
      if (clean.length > 0) {
        const ci = percentileInterval(clean, alpha);
        res.ci = [ci[0], ci[1]];
      }
    }
    const name = displayName(rule.metric);
    const msgs: string[] = [];
    let status: CheckStatus = 'pass';
    if (rule['max-gap'] !== undefined && ga && ga.gap > rule['max-gap']) {
      status = 'fail';
      msgs.push(`${name} gap across ${res.across} is ${fmt(ga.gap)} (> ${rule['max-gap']})`);
    }
    if (rule['max-gap-increase'] !== undefined && res.gap_increase !== null && res.gap_increase > rule['max-gap-increase']) {
      status = 'fail';
      msgs.push(`${name} gap across ${res.across} grew by ${fmt(res.gap_increase)} (> ${rule['max-gap-increase']}) from ${fmt(gb!.gap)} to ${fmt(ga!.gap)}`);
    }
    if (rule['min-ratio'] !== undefined && ga && ga.ratio < rule['min-ratio']) {
      status = 'fail';
      msgs.push(`${name} ratio across ${res.across} is ${fmt(ga.ratio)} (< ${rule['min-ratio']})`);
    } else if (rule['min-ratio'] === undefined && base[0] === 'selection-rate' && ga && ga.ratio < 0.8) {
      if (status === 'pass') status = 'warn';
      msgs.push(`selection-rate ratio ${fmt(ga.ratio)} is under the four-fifths rule of thumb (0.8)`);
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
