import {
  delongPaired, normalCdf, normalSf, normalQuantile, binomialCdf, mcnemarExact, createRng, adjustPValues,
  percentileInterval, type Rng, type DelongResult,
} from '../stats/index.js';
import { getMetric, pairedCells, countsFromCells, discordantFromCells, queryCount, type MetricDef, type MetricColumns } from '../metrics/index.js';
import type { EvalData } from './data.js';
import { UserError } from '../errors.js';
import type { GatePolicy, LoadedPolicy, MetricRule, DecisionRule } from './policy.js';
import { overallSlice, sliceBy, type Slice } from './slices.js';
import { evaluateFairness, type FairnessResult } from './fairness.js';
import { displayName, fmt, fmtP, streamSeed } from './format.js';
import { fastPairedTest } from './fast-tests.js';

import type { CheckStatus } from './format.js';
export type { CheckStatus } from './format.js';

/** One (slice, metric) row of the report. Field names are the `mlci.gate.report/v1` contract. */
export interface GateCheck {
  slice: string;
  metric: string;
  /** Rows in the slice; for ranking, queries (the units min-support counts and the query bootstrap resamples). */
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

interface TestOutcome {
  delta: number;
  ci: [number, number];
  /** One-sided p of H0: sign·Δ ≤ −d (non-inferiority). */
  pNI: number;
  /** One-sided p of H0: sign·Δ ≥ −d (significant regression). */
  pSR: number;
  method: string;
  mcnemar?: number;
}

function sumLabels(label: Float64Array, rows: Uint32Array): number {
  let s = 0;
  for (let k = 0; k < rows.length; k++) s += label[rows[k]];
  return s;
}

interface SliceContext {
  slice: Slice;
  colsA: MetricColumns;
  colsB?: MetricColumns;
  positives: number | null;
  /** The 8 paired cells (label × candidate decision × baseline decision), counted once per slice. */
  cells?: Float64Array;
  /** Lazily computed multinomial bootstrap of the 8 paired cells: B × 8 counts. */
  countReplicates?: Float64Array;
}

function oneSidedFromNormal(delta: number, se: number, sign: number, d: number, alpha: number): Omit<TestOutcome, 'method'> {
  const q = normalQuantile(1 - alpha / 2);
  if (!(se > 0)) {
    // Degenerate variance (identical predictions, or one class): the difference is known exactly.
    const x = sign * delta + d;
    return { delta, ci: [delta, delta], pNI: x > 0 ? 0 : 1, pSR: x < 0 ? 0 : 1 };
  }
  const z = (sign * delta + d) / se;
  return { delta, ci: [delta - q * se, delta + q * se], pNI: normalSf(z), pSR: normalCdf(z) };
}

function fromReplicates(delta: number, reps: Float64Array, sign: number, d: number, alpha: number): Omit<TestOutcome, 'method'> {
  let below = 0, above = 0, valid = 0;
  const clean = new Float64Array(reps.length);
  for (let b = 0; b < reps.length; b++) {
    const r = reps[b];
    if (Number.isNaN(r)) continue;
    clean[valid++] = r;
    const h = sign * r;
    if (h <= -d) below++;
    if (h >= -d) above++;
  }
  const used = clean.subarray(0, valid);
  const ci = valid > 0 ? percentileInterval(used, alpha) : [NaN, NaN];
  // CI inversion of the percentile bootstrap with the (count + 1)/(B + 1) convention (Davison & Hinkley 1997, §4.4).
  return { delta, ci: [ci[0], ci[1]], pNI: (below + 1) / (valid + 1), pSR: (above + 1) / (valid + 1) };
}

/** The metric definition for a policy key; an unknown name is reported at its line in the policy. */
export function metricFor(name: string, loaded: LoadedPolicy): MetricDef {
  try {
    return getMetric(name, loaded.policy.task);
  } catch (e) {
    if (e instanceof UserError) {
      const line = loaded.source.lineOf(['metrics', name]);
      throw new UserError(`Policy ${loaded.source.path}${line ? ` line ${line}` : ''}: ${e.message}`, { file: loaded.source.path, line });
    }
    throw e;
  }
}

/**
 * Evaluate every (slice, metric) check and the fairness rules. Pure: the same data, policy and seed give the same result.
 */
export function evaluateGate(data: EvalData, loaded: LoadedPolicy): GateResult {
  const { policy, sliceSpecs } = loaded;
  const { alpha, bootstrap: B, seed } = policy.significance;
  const minSupport = policy['min-support'];
  const minClass = policy['min-class-support'];
  const hasBaseline = data.baseline !== undefined || data.baselineClasses !== undefined;
  // Partitions: overall, then every value (combination) of each slice spec. Slices of one partition are disjoint.
  const partitions: Slice[][] = [[overallSlice(data)], ...sliceSpecs.map((spec) => sliceBy(data, spec))];
  const metrics = Object.entries(policy.metrics).map(([name, rule]) => ({ name, rule, def: metricFor(name, loaded) }));

  const pending: { check: GateCheck; test?: TestOutcome; rule: MetricRule; def: MetricDef; rule2: DecisionRule; boundMsgs: string[]; boundSeverity: 'block' | 'warn' | 'ignore'; sign: number; insufficient?: string }[] = [];

  for (const part of partitions) {
    for (const slice of part) {
      const isOverall = slice.key === 'overall';
      const ctx: SliceContext = {
        slice,
        colsA: { label: data.label, score: data.candidate, threshold: policy.threshold, query: data.query, scores2d: data.candidateClasses },
        colsB: hasBaseline ? { label: data.label, score: data.baseline!, threshold: policy.threshold, query: data.query, scores2d: data.baselineClasses } : undefined,
        positives: policy.task === 'binary-classification' ? sumLabels(data.label, slice.rows) : null,
      };
      // Ranking: support counts queries, the units the query bootstrap resamples (rows of a query are not independent).
      const support = data.query ? queryCount(data.query, slice.rows) : slice.rows.length;
      const unit = data.query ? 'queries' : 'rows';
      for (const { name, rule, def } of metrics) {
        const sign = def.direction === 'higher' ? 1 : -1;
        const decisionRule: DecisionRule = isOverall ? policy.decision.overall : policy.decision.slices;
        const check: GateCheck = {
          slice: slice.key, metric: name, support, positives: ctx.positives,
          candidate: null, baseline: null, delta: null, ci: null, p_value: null, p_adjusted: null,
          status: 'pass', reason: '', method: null, decision: decisionRule, margin: null,
        };
        const entry: (typeof pending)[number] = { check, rule, def, rule2: decisionRule, boundMsgs: [], boundSeverity: isOverall ? 'block' : policy.bounds.slices, sign };
        pending.push(entry);
        // Too small to judge: reported, never failed.
        const negatives = ctx.positives === null ? null : support - ctx.positives;
        if (!isOverall && support < minSupport) {
          entry.insufficient = `${support} ${unit} < min-support ${minSupport}`;
        } else if (def.needsBothClasses && ctx.positives !== null && (ctx.positives < minClass || negatives! < minClass)) {
          entry.insufficient = `${ctx.positives} positives and ${negatives} negatives; ${displayName(name)} needs at least ${minClass} of each`;
        }
        // AUC with a baseline: one DeLong pass gives both point values and the variance (no second sort).
        const delong = def.family === 'auc' && data.label01 && ctx.colsB && ctx.positives! > 0 && ctx.positives! < support
          ? delongPaired(data.label01, data.candidate, data.baseline!, slice.rows) : undefined;
        // Rates with a baseline: both point values from the slice's 8 paired cells, counted once per slice.
        const cells = def.family === 'count' && def.fromCounts && data.baseline && policy.task === 'binary-classification' ? cellsOf(ctx, data) : undefined;
        const fromCells = (model: 0 | 1) => {
          const k = countsFromCells(cells!, model);
          return def.fromCounts!(k.tp, k.fp, k.tn, k.fn);
        };
        const prepA = delong || cells ? undefined : def.prepare?.(ctx.colsA, slice.rows);
        const valueA = delong ? delong.aucA : cells ? fromCells(0) : def.compute(ctx.colsA, slice.rows, prepA);
        check.candidate = Number.isFinite(valueA) ? valueA : null;
        let valueB = NaN;
        let prepB: unknown;
        if (ctx.colsB) {
          prepB = delong || cells ? undefined : def.prepare?.(ctx.colsB, slice.rows);
          valueB = delong ? delong.aucB : cells ? fromCells(1) : def.compute(ctx.colsB, slice.rows, prepB);
          check.baseline = Number.isFinite(valueB) ? valueB : null;
          if (check.candidate !== null && check.baseline !== null) check.delta = valueA - valueB;
        }
        if (entry.insufficient) continue;
        if (check.candidate === null) {
          entry.insufficient = `${displayName(name)} is undefined on this slice`;
          continue;
        }
        // Bounds on the candidate's point value.
        if (rule.min !== undefined && valueA < rule.min) entry.boundMsgs.push(`${displayName(name)} ${fmt(valueA)} is below the minimum ${rule.min}`);
        if (rule.max !== undefined && valueA > rule.max) entry.boundMsgs.push(`${displayName(name)} ${fmt(valueA)} is above the maximum ${rule.max}`);
        // Paired comparison with the baseline.
        const hasBounds = rule.min !== undefined || rule.max !== undefined;
        const margin = rule['max-regression'] ?? (hasBounds ? undefined : 0);
        if (!ctx.colsB || margin === undefined) {
          check.decision = 'bounds';
          continue;
        }
        if (check.baseline === null) {
          entry.insufficient = `baseline ${displayName(name)} is undefined on this slice`;
          continue;
        }
        check.margin = margin;
        entry.test = runTest(def, ctx, prepA, prepB, valueA, valueB, sign, margin, alpha, B, seed, data, delong, metrics.map((m) => m.def));
        check.method = entry.test.method;
        check.ci = entry.test.ci;
        if (entry.test.mcnemar !== undefined) check.mcnemar_p = entry.test.mcnemar;
      }
      // Free the slice's replicate buffers before the next slice.
      ctx.countReplicates = undefined;
    }
  }

  // Multiple testing: only the significant-regression tests (their rejections block), across the whole run.
  const family = pending.filter((e) => e.test && e.rule2 === 'significant-regression');
  const adjusted = adjustPValues(family.map((e) => e.test!.pSR), policy.significance.correction);
  family.forEach((e, i) => (e.check.p_adjusted = adjusted[i]));

  for (const e of pending) decide(e, policy, hasBaseline);

  const fairness = evaluateFairness(data, policy, hasBaseline);
  const checks = pending.map((e) => e.check);
  const passed = !checks.some((c) => c.status === 'fail') && !fairness.some((f) => f.status === 'fail');
  return { passed, firstRun: !hasBaseline, rows: data.rows, checks, fairness };
}

function decide(e: {
  check: GateCheck; test?: TestOutcome; rule: MetricRule; rule2: DecisionRule; boundMsgs: string[];
  boundSeverity: 'block' | 'warn' | 'ignore'; sign: number; insufficient?: string;
}, policy: GatePolicy, hasBaseline: boolean): void {
  const c = e.check;
  const alpha = policy.significance.alpha;
  const name = displayName(c.metric);
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
    if (e.rule2 === 'non-inferiority') {
      c.p_value = t.pNI;
      c.p_adjusted = t.pNI; // intersection–union: not adjusted (STATS.md)
      if (t.pNI < alpha) {
        msgs.push(`non-inferior: Δ=${fmt(t.delta)}, within margin ${d} (p=${fmtP(t.pNI)})`);
      } else {
        worst('fail');
        msgs.push(drop > d
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
      } else if (drop > d) {
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

function cellsOf(ctx: SliceContext, data: EvalData): Float64Array {
  return (ctx.cells ??= Float64Array.from(pairedCells(data.label, data.candidate, data.baseline!, ctx.colsA.threshold, ctx.slice.rows)));
}

function countReplicates(ctx: SliceContext, B: number, seed: number, data: EvalData): Float64Array {
  if (ctx.countReplicates) return ctx.countReplicates;
  const rows = ctx.slice.rows;
  const cells = cellsOf(ctx, data);
  const n = rows.length;
  const probs = new Float64Array(8);
  for (let k = 0; k < 8; k++) probs[k] = cells[k] / n;
  const rng = createRng(streamSeed(seed, `${ctx.slice.key}|cells`));
  const out = new Float64Array(B * 8);
  const draw = new Float64Array(8);
  // Multinomial draw of the slice size over the 8 cell shares: exactly the distribution of row-resampled counts,
  // at O(1) per replicate instead of O(n) (STATS.md).
  for (let b = 0; b < B; b++) {
    rng.multinomial(n, probs, draw);
    out.set(draw, b * 8);
  }
  return (ctx.countReplicates = out);
}

/**
 * Visit B bootstrap weight vectors over the slice's rows (over its queries for ranking: the cluster bootstrap), each
 * w[k] = how often rows[k] was drawn. One reused buffer keeps memory O(n); the stream is seeded per slice, so every
 * metric of the slice sees the same replicates (a paired bootstrap across models and metrics).
 */
function forEachRowReplicate(ctx: SliceContext, B: number, seed: number, data: EvalData, fn: (w: Uint32Array, b: number) => void): void {
  const rows = ctx.slice.rows;
  const n = rows.length;
  const rng: Rng = createRng(streamSeed(seed, `${ctx.slice.key}|rows`));
  const w = new Uint32Array(n);
  if (data.query) {
    // Resample whole queries: rows of one query are not independent.
    const qIndex = new Map<number, number>();
    const qOfRow = new Uint32Array(n);
    for (let k = 0; k < n; k++) {
      const q = data.query[rows[k]];
      let id = qIndex.get(q);
      if (id === undefined) { id = qIndex.size; qIndex.set(q, id); }
      qOfRow[k] = id;
    }
    const nq = qIndex.size;
    const qw = new Uint32Array(nq);
    for (let b = 0; b < B; b++) {
      qw.fill(0);
      for (let j = 0; j < nq; j++) qw[rng.nextInt(nq)]++;
      for (let k = 0; k < n; k++) w[k] = qw[qOfRow[k]];
      fn(w, b);
    }
  } else {
    for (let b = 0; b < B; b++) {
      w.fill(0);
      for (let j = 0; j < n; j++) w[rng.nextInt(n)]++;
      fn(w, b);
    }
  }
}

function runTest(def: MetricDef, ctx: SliceContext, prepA: unknown, prepB: unknown, valueA: number, valueB: number,
  sign: number, d: number, alpha: number, B: number, seed: number, data: EvalData, delong?: DelongResult, siblings: MetricDef[] = []): TestOutcome {
  const rows = ctx.slice.rows;
  const delta = valueA - valueB;
  if (def.family === 'auc' && data.label01) {
    const r = delong ?? delongPaired(data.label01, data.candidate, data.baseline!, rows);
    return { ...oneSidedFromNormal(r.aucA - r.aucB, Math.sqrt(Math.max(0, r.varDelta)), sign, d, alpha), method: 'delong' };
  }
  if (def.family === 'count' && def.fromCounts && data.baseline) {
    const reps = countReplicates(ctx, B, seed, data);
    const deltas = new Float64Array(B);
    for (let b = 0; b < B; b++) {
      const cells = reps.subarray(b * 8, b * 8 + 8);
      const ka = countsFromCells(cells, 0), kb = countsFromCells(cells, 1);
      deltas[b] = def.fromCounts(ka.tp, ka.fp, ka.tn, ka.fn) - def.fromCounts(kb.tp, kb.fp, kb.tn, kb.fn);
    }
    const out: TestOutcome = { ...fromReplicates(delta, deltas, sign, d, alpha), method: 'bootstrap-multinomial' };
    if (def.name === 'accuracy') {
      const cells = cellsOf(ctx, data);
      const { b: better, c: worse } = discordantFromCells(cells); // candidate right & baseline wrong; the reverse
      out.mcnemar = mcnemarExact(better, worse);
      if (d === 0) {
        // Exact McNemar (conditional binomial on the discordant pairs) decides when there is no margin.
        const m = better + worse;
        out.pSR = m === 0 ? 1 : binomialCdf(better, m, 0.5);
        out.pNI = m === 0 ? 1 : binomialCdf(worse, m, 0.5);
        out.method = 'mcnemar-exact';
      }
    }
    return out;
  }
  // Ranking, regression, multiclass: metrics with a fast paired form (gate/fast-tests.ts).
  const fast = fastPairedTest(def, ctx.slice, ctx.colsA, ctx.colsB!, prepA, prepB, B, seed, siblings);
  if (fast) {
    const base = fast.se !== undefined ? oneSidedFromNormal(delta, fast.se, sign, d, alpha) : fromReplicates(delta, fast.deltas!, sign, d, alpha);
    const out: TestOutcome = { ...base, method: fast.method };
    if (fast.discordant) {
      // Accuracy of any task: exact McNemar on the correct/incorrect pairs, decisive at margin 0 as for binary.
      const { better, worse } = fast.discordant;
      out.mcnemar = mcnemarExact(better, worse);
      if (d === 0) {
        const m = better + worse;
        out.pSR = m === 0 ? 1 : binomialCdf(better, m, 0.5);
        out.pNI = m === 0 ? 1 : binomialCdf(worse, m, 0.5);
        out.method = 'mcnemar-exact';
      }
    }
    return out;
  }
  if (def.family === 'mean' && def.perRow && rows.length >= 1000) {
    // Mean losses: paired per-row differences, normal approximation (n ≥ 1000; the bootstrap below otherwise).
    let mean = 0, m2 = 0;
    const { label, score } = ctx.colsA;
    const sb = ctx.colsB!.score;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      const x = def.perRow(label[i], score[i]) - def.perRow(label[i], sb[i]);
      const dlt = x - mean;
      mean += dlt / (k + 1);
      m2 += dlt * (x - mean);
    }
    const se = Math.sqrt(m2 / (rows.length - 1) / rows.length);
    return { ...oneSidedFromNormal(delta, se, sign, d, alpha), method: 'normal' };
  }
  // Everything else: paired bootstrap of rows (queries for ranking), the same weights for both models.
  const deltas = new Float64Array(B);
  forEachRowReplicate(ctx, B, seed, data, (w, b) => {
    deltas[b] = def.compute(ctx.colsA, rows, prepA, w) - def.compute(ctx.colsB!, rows, prepB, w);
  });
  return { ...fromReplicates(delta, deltas, sign, d, alpha), method: 'bootstrap' };
}
