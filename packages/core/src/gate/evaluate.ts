import { adjustPValues } from '../stats/index.js';
import { queryCount, type MetricColumns } from '../metrics/index.js';
import type { EvalData } from './data.js';
import type { GatePolicy, LoadedPolicy, MetricRule, DecisionRule, PolicyMetric } from './policy.js';
import { overallSlice, sliceBy, type Slice } from './slices.js';
import { evaluateFairness, type FairnessResult } from './fairness.js';
import { metricLabel, fmt, fmtP } from './format.js';
import { SliceModels, pairedTest, pointValues, type PairedOutcome } from './paired-test.js';

import type { CheckStatus } from './format.js';
export type { CheckStatus } from './format.js';
/** One (slice, metric) row of the report. Field names are the `mlci.gate.report/v1` contract. */
export interface GateCheck {
  slice: string;
  metric: string;
  support: number;
  positives: number | null;
  candidate: number | null;
  baseline: number | null;
  delta: number | null;
  ci: [number, number] | null;
  p_value: number | null;
  p_adjusted: number | null;
  status: CheckStatus;
  reason: string;
  /** Which test produced the p-value: delong, mcnemar-exact, bootstrap-multinomial, bootstrap, normal; null for bounds only. */
  method: string | null;
  decision: DecisionRule | 'bounds';
  margin: number | null;
  /** Accuracy only: the two-sided exact McNemar p-value of "no difference", for reference. */
  mcnemar_p?: number;
}

export interface GateResult {
  passed: boolean;
  firstRun: boolean;
  rows: number;
  checks: GateCheck[];
  fairness: FairnessResult[];
}

/** A judged (slice, metric) pair before the multiple-testing correction: plain data, so it can cross threads. */
export interface PendingCheck {
  check: GateCheck;
  test?: PairedOutcome;
  rule: MetricRule;
  decisionRule: DecisionRule;
  boundMsgs: string[];
  boundSeverity: 'block' | 'warn' | 'ignore';
  label: string;
  /** +1 higher is better, −1 lower is better. */
  sign: number;
  insufficient?: string;
}

/** The partitions the policy asks for: overall, then every value (combination) of each slice spec, in report order. */
export function partitionsOf(data: EvalData, loaded: LoadedPolicy, overall: Slice = overallSlice(data)): Slice[][] {
  return [[overall], ...loaded.sliceSpecs.map((spec) => sliceBy(data, spec))];
}

function sumLabels(label: Float64Array, rows: Uint32Array): number {
  let s = 0;
  for (let k = 0; k < rows.length; k++) s += label[rows[k]];
  return s;
}

/** Predicted positives of one model on the slice's rows. */
function predictedPositives(score: Float64Array, threshold: number, rows: Uint32Array): number {
  let s = 0;
  for (let k = 0; k < rows.length; k++) if (score[rows[k]] >= threshold) s++;
  return s;
}

/** Why a slice is too small for a metric, following what the metric divides by; undefined when it is not. */
function supportShortfall(pm: PolicyMetric, label: string, m: SliceModels, positives: number | null, minClass: number): string | undefined {
  const needs = pm.def.needs ?? [];
  if (positives === null || needs.length === 0) return undefined;
  const n = m.rows.length;
  const short: string[] = [];
  if (needs.includes('positives') && positives < minClass) short.push(`${positives} positives`);
  if (needs.includes('negatives') && n - positives < minClass) short.push(`${n - positives} negatives`);
  if (needs.includes('predicted-positives')) {
    const pa = predictedPositives(m.a.score, m.a.threshold, m.rows);
    const pb = m.b ? predictedPositives(m.b.score, m.b.threshold, m.rows) : pa;
    if (Math.min(pa, pb) < minClass) short.push(`${m.b ? `${pa} and ${pb}` : pa} predicted positives`);
  }
  if (short.length === 0) return undefined;
  return `${short.join(' and ')}; ${label} needs at least ${minClass} ${needs.map((x) => x.replace('-', ' ')).join(' and ')}`;
}

/**
 * Judge every metric on one slice: point values, bounds, the paired test. Pure: the result depends only on the data,
 * the policy and the slice (its key seeds its random streams), so slices can be judged in any order, on any thread.
 */
export function judgeSlice(data: EvalData, loaded: LoadedPolicy, slice: Slice): PendingCheck[] {
  const { policy } = loaded;
  const { alpha, bootstrap: B, seed } = policy.significance;
  const hasBaseline = data.baseline !== undefined || data.baselineClasses !== undefined;
  const isOverall = slice.key === 'overall';
  const colsA: MetricColumns = { label: data.label, score: data.candidate, threshold: policy.threshold, query: data.query, scores2d: data.candidateClasses };
  const colsB: MetricColumns | undefined = hasBaseline
    ? { label: data.label, score: data.baseline!, threshold: policy.threshold, query: data.query, scores2d: data.baselineClasses }
    : undefined;
  const models = new SliceModels(slice.key, slice.rows, colsA, colsB, data.label01, data.scoreRanks);
  const positives = policy.task === 'binary-classification' ? sumLabels(data.label, slice.rows) : null;
  // Ranking: support counts queries, the units the query bootstrap resamples (rows of a query are not independent).
  const support = data.query ? queryCount(data.query, slice.rows) : slice.rows.length;
  const unit = data.query ? 'queries' : 'rows';
  const siblings = loaded.metrics.map((m) => m.def);
  const out: PendingCheck[] = [];
  for (const pm of loaded.metrics) {
    const { name, rule, def } = pm;
    const label = metricLabel(def);
    const decisionRule: DecisionRule = isOverall ? policy.decision.overall : policy.decision.slices;
    const check: GateCheck = {
      slice: slice.key, metric: name, support, positives,
      candidate: null, baseline: null, delta: null, ci: null, p_value: null, p_adjusted: null,
      status: 'pass', reason: '', method: null, decision: decisionRule, margin: null,
    };
    const entry: PendingCheck = { check, rule, decisionRule, boundMsgs: [], boundSeverity: isOverall ? 'block' : policy.bounds.slices, label, sign: def.direction === 'higher' ? 1 : -1 };
    out.push(entry);
    // Too small to judge: reported, never failed.
    if (!isOverall && support < policy['min-support']) {
      entry.insufficient = `${support} ${unit} < min-support ${policy['min-support']}`;
    } else {
      entry.insufficient = supportShortfall(pm, label, models, positives, policy['min-class-support']);
    }
    const v = pointValues(def, models);
    check.candidate = Number.isFinite(v.a) ? v.a : null;
    if (colsB) {
      check.baseline = Number.isFinite(v.b) ? v.b : null;
      if (check.candidate !== null && check.baseline !== null) check.delta = v.a - v.b;
    }
    if (entry.insufficient) continue;
    if (check.candidate === null) {
      entry.insufficient = `${label} is undefined on this slice`;
      continue;
    }
    // Bounds on the candidate's point value. A count metric or AUC is one correctly rounded division, the same
    // double as the decimal bound when the two are equal, so these comparisons are exact.
    if (rule.min !== undefined && v.a < rule.min) entry.boundMsgs.push(`${label} ${fmt(v.a)} is below the minimum ${rule.min}`);
    if (rule.max !== undefined && v.a > rule.max) entry.boundMsgs.push(`${label} ${fmt(v.a)} is above the maximum ${rule.max}`);
    // Paired comparison with the baseline.
    const hasBounds = rule.min !== undefined || rule.max !== undefined;
    const margin = rule['max-regression'] ?? (hasBounds ? undefined : 0);
    if (!colsB || margin === undefined) {
      check.decision = 'bounds';
      continue;
    }
    if (check.baseline === null) {
      entry.insufficient = `baseline ${label} is undefined on this slice`;
      continue;
    }
    check.margin = margin;
    const test = pairedTest(def, models, v, { alpha, bootstrap: B, seed, margin, siblings });
    if (Number.isNaN(test.pSR) || Number.isNaN(test.pNI)) {
      entry.insufficient = `the variance of Δ${label === name ? ` ${label}` : ''} is undefined on this slice (too few rows of a class)`;
      continue;
    }
    entry.test = test;
    check.method = test.method;
    check.ci = test.ci;
    if (test.mcnemar !== undefined) check.mcnemar_p = test.mcnemar;
  }
  return out;
}

/** The multiple-testing correction and the decisions, once every slice is judged (in report order). */
export function finishGate(pending: PendingCheck[], data: EvalData, loaded: LoadedPolicy): GateResult {
  const { policy } = loaded;
  const hasBaseline = data.baseline !== undefined || data.baselineClasses !== undefined;
  // Multiple testing: only the significant-regression tests (their rejections block), across the whole run.
  const family = pending.filter((e) => e.test && e.decisionRule === 'significant-regression');
  const adjusted = adjustPValues(family.map((e) => e.test!.pSR), policy.significance.correction);
  family.forEach((e, i) => (e.check.p_adjusted = adjusted[i]));
  for (const e of pending) decide(e, policy, hasBaseline);
  const fairness = evaluateFairness(data, policy, hasBaseline);
  const checks = pending.map((e) => e.check);
  const passed = !checks.some((c) => c.status === 'fail') && !fairness.some((f) => f.status === 'fail');
  return { passed, firstRun: !hasBaseline, rows: data.rows, checks, fairness };
}

/**
 * Evaluate every (slice, metric) check and the fairness rules on this thread. Pure: the same data, policy and seed
 * give the same result (the worker pool in gate/pool.ts gives it too, byte for byte).
 */
export function evaluateGate(data: EvalData, loaded: LoadedPolicy, partitions: Slice[][] = partitionsOf(data, loaded)): GateResult {
  const pending: PendingCheck[] = [];
  for (const part of partitions) for (const slice of part) pending.push(...judgeSlice(data, loaded, slice));
  return finishGate(pending, data, loaded);
}

function decide(e: PendingCheck, policy: GatePolicy, hasBaseline: boolean): void {
  const c = e.check;
  const alpha = policy.significance.alpha;
  const name = e.label;
  if (e.insufficient) {
    c.status = 'insufficient';
    c.reason = `insufficient: ${e.insufficient}`;
    c.p_value = null;
    c.p_adjusted = null;
    return;
  }
  const msgs: string[] = [];
  let status: CheckStatus = 'pass';
  const worst = (s: CheckStatus) => {
    const order: CheckStatus[] = ['pass', 'warn', 'fail'];
    if (order.indexOf(s) > order.indexOf(status)) status = s;
  };
  if (e.boundMsgs.length && e.boundSeverity !== 'ignore') {
    worst(e.boundSeverity === 'block' ? 'fail' : 'warn');
    msgs.push(...e.boundMsgs);
  }
  if (e.test) {
    const t = e.test;
    const d = c.margin ?? 0;
    const drop = -e.sign * t.delta; // > 0 means the candidate is worse
    const dir = e.sign > 0 ? 'dropped' : 'rose';
    // Beyond the margin, decided exactly (a drop equal to the margin is not "> margin").
    const beyond = t.vsMargin < 0;
    if (e.decisionRule === 'non-inferiority') {
      c.p_value = t.pNI;
      c.p_adjusted = t.pNI; // intersection–union: not adjusted (STATS.md)
      if (t.pNI < alpha) {
        msgs.push(`non-inferior: Δ=${fmt(t.delta)}, within margin ${d} (p=${fmtP(t.pNI)})`);
      } else {
        worst('fail');
        msgs.push(beyond
          ? `${name} regressed by ${fmt(drop)} (> ${d}), p=${fmtP(t.pNI)} for non-inferiority`
          : `could not show ${name} is non-inferior within ${d}: Δ=${fmt(t.delta)}, CI [${fmt(t.ci[0])}, ${fmt(t.ci[1])}], p=${fmtP(t.pNI)}`);
      }
    } else {
      c.p_value = t.pSR;
      const pAdj = c.p_adjusted ?? t.pSR;
      if (pAdj < alpha) {
        worst('fail');
        msgs.push(`${name} regressed by ${fmt(drop)} (> ${d}), p_adj=${fmtP(pAdj)}`);
      } else if (t.pSR < alpha) {
        worst('warn');
        msgs.push(`${name} ${dir} by ${fmt(drop)}: significant alone (p=${fmtP(t.pSR)}) but not after ${policy.significance.correction} over all slices (p_adj=${fmtP(pAdj)})`);
      } else if (beyond) {
        worst('warn');
        msgs.push(`${name} ${dir} by ${fmt(drop)} (> ${d}) but not significantly (p_adj=${fmtP(pAdj)}); too little data to be sure`);
      } else {
        msgs.push(`no significant regression: Δ=${fmt(t.delta)}, CI [${fmt(t.ci[0])}, ${fmt(t.ci[1])}], p_adj=${fmtP(pAdj)}`);
      }
    }
  } else if (!hasBaseline) {
    if (!e.boundMsgs.length) msgs.push((e.rule.min !== undefined || e.rule.max !== undefined ? `${name} ${fmt(c.candidate!)} within bounds (first run: no baseline)` : `first run: no baseline to compare; ${name} ${fmt(c.candidate!)} reported only`));
  } else if (!e.boundMsgs.length) {
    msgs.push(`${name} ${fmt(c.candidate!)} within bounds`);
  }
  if ((status as CheckStatus) === 'fail' && e.rule.severity === 'warn') status = 'warn';
  c.status = status;
  c.reason = msgs.join('; ');
}

