import { z } from 'zod';
import { UserError } from '../errors.js';
import { parseYamlDocument } from '../inputs/document.js';
import { readTextFile } from '../fs/text.js';
import { isUserError } from '../errors.js';
import { getMetric, type MetricDef } from '../metrics/index.js';

/**
 * The gate policy (YAML, `version: 1`). Key names are a contract (issue #3); zod validates them and every error names
 * the policy file, the line and the key.
 */

export const TASKS = ['binary-classification', 'regression', 'multiclass', 'ranking'] as const;
export type GateTask = (typeof TASKS)[number];
export const CORRECTIONS = ['holm', 'bonferroni', 'bh', 'none'] as const;
export const DECISIONS = ['non-inferiority', 'significant-regression'] as const;
export type DecisionRule = (typeof DECISIONS)[number];

const finite = z.number().refine(Number.isFinite, 'expected a finite number');

const metricRule = z
  .object({
    min: finite.optional(),
    max: finite.optional(),
    'max-regression': finite.min(0, 'max-regression is a margin and must be ≥ 0').optional(),
    /** `block` (default): a failed check fails the gate; `warn`: it is reported as a warning only. */
    severity: z.enum(['block', 'warn']).default('block'),
  })
  .strict();

const fairnessRule = z
  .object({
    metric: z.string(),
    across: z.union([z.string(), z.array(z.string()).min(1)]),
    'max-gap': finite.min(0).optional(),
    'max-gap-increase': finite.optional(),
    'min-ratio': finite.min(0).max(1).optional(),
    /**
     * true: `max-gap` and `max-gap-increase` fail only when the bootstrap interval of the candidate's gap (of the
     * change) lies wholly above the limit, i.e. the excess is significant at α; default false: point estimates decide.
     */
    significance: z.boolean().default(false),
    severity: z.enum(['block', 'warn']).default('block'),
  })
  .strict();

export const policySchema = z
  .object({
    version: z.literal(1, { error: 'expected version: 1' }),
    task: z.enum(TASKS).default('binary-classification'),
    columns: z
      .object({
        id: z.string().default('id'),
        label: z.string().default('label'),
        score: z.string().default('score'),
        /** Multiclass: one probability column per class; the label is the class index or the column's class name. */
        scores: z.array(z.string()).min(2).optional(),
        /** Ranking: the query (group) column. */
        query: z.string().default('query'),
        /** Score column name in the baseline file when it differs from `score`. */
        'baseline-score': z.string().optional(),
      })
      .strict()
      .default({ id: 'id', label: 'label', score: 'score', query: 'query' }),
    threshold: finite.min(0).max(1).default(0.5),
    metrics: z.record(z.string(), metricRule.nullable().transform((r) => r ?? { severity: 'block' as const })),
    slices: z.array(z.union([z.string(), z.array(z.string()).min(1)])).default([]),
    'min-support': z.number().int().min(1).default(1000),
    /** Fewest positives and fewest negatives a slice needs for metrics that use both classes. */
    'min-class-support': z.number().int().min(1).default(20),
    significance: z
      .object({
        alpha: finite.gt(0).lt(1).default(0.05),
        correction: z.enum(CORRECTIONS).default('holm'),
        bootstrap: z.number().int().min(100).max(1_000_000).default(2000),
        seed: z.number().int().default(1),
      })
      .strict()
      .default({ alpha: 0.05, correction: 'holm', bootstrap: 2000, seed: 1 }),
    decision: z
      .object({
        overall: z.enum(DECISIONS).default('non-inferiority'),
        slices: z.enum(DECISIONS).default('significant-regression'),
      })
      .strict()
      .default({ overall: 'non-inferiority', slices: 'significant-regression' }),
    /** How a `min`/`max` bound missed inside a slice counts (overall always blocks). */
    bounds: z
      .object({ slices: z.enum(['warn', 'block', 'ignore']).default('warn') })
      .strict()
      .default({ slices: 'warn' }),
    fairness: z.array(fairnessRule).default([]),
  })
  .strict();

export type GatePolicy = z.output<typeof policySchema>;
export type MetricRule = GatePolicy['metrics'][string];
export type FairnessRule = GatePolicy['fairness'][number];

/** Where each policy key sits in the file, for error messages and check-run annotations. */
export interface PolicySource {
  path: string;
  lineOf(path: (string | number)[]): number | undefined;
}

/** A metric of the policy, resolved once: its rule and its definition (which also says how it is tested). */
export interface PolicyMetric {
  name: string;
  rule: MetricRule;
  def: MetricDef;
}

/** Something legal but probably not meant, reported as a warning on its policy line. */
export interface PolicyWarning {
  message: string;
  line?: number;
}

export interface LoadedPolicy {
  policy: GatePolicy;
  source: PolicySource;
  /** The slice specs normalised to column lists. */
  sliceSpecs: string[][];
  /** policy.metrics in file order, each with its definition. */
  metrics: PolicyMetric[];
  warnings: PolicyWarning[];
  /** The YAML as read, so worker threads can load the same policy. */
  text?: string;
}

function at(path: string, line: number | undefined): string {
  return `Policy ${path}${line ? ` line ${line}` : ''}`;
}

/** The definition of each metric; an unknown name, or two keys naming one metric, is an error at its line. */
function resolveMetrics(policy: GatePolicy, path: string, lineOf: PolicySource['lineOf']): PolicyMetric[] {
  const seen = new Map<string, string>();
  return Object.entries(policy.metrics).map(([name, rule]) => {
    const line = lineOf(['metrics', name]);
    let def: MetricDef;
    try {
      def = getMetric(name, policy.task);
    } catch (e) {
      if (e instanceof UserError) throw new UserError(`${at(path, line)}: ${e.message}`, { file: path, line });
      throw e;
    }
    const first = seen.get(def.name);
    if (first !== undefined) {
      // Two keys for one metric would test it twice and silently enlarge the multiple-testing family.
      throw new UserError(`${at(path, line)}: metric '${name}' repeats '${first}' (both are ${def.name}); keep one rule per metric.`, { file: path, line });
    }
    seen.set(def.name, name);
    return { name, rule, def };
  });
}

/** Slice specs as column lists; a spec repeated (in any column order), or a column repeated inside one, is an error. */
function resolveSlices(policy: GatePolicy, path: string, lineOf: PolicySource['lineOf']): string[][] {
  const seen = new Map<string, number>();
  return policy.slices.map((s, i) => {
    const cols = typeof s === 'string' ? [s] : s;
    const line = lineOf(['slices', i]) ?? lineOf(['slices']);
    const dup = cols.find((c, j) => cols.indexOf(c) !== j);
    if (dup !== undefined) {
      throw new UserError(`${at(path, line)}: slices[${i}] names column '${dup}' twice; cross distinct columns.`, { file: path, line });
    }
    const key = JSON.stringify([...cols].sort());
    const first = seen.get(key);
    if (first !== undefined) {
      // The same partition twice would test every slice of it twice and enlarge the Holm family for nothing.
      throw new UserError(`${at(path, line)}: slices[${i}] (${cols.join(' × ')}) repeats slices[${first}]; list each slicing once.`, { file: path, line });
    }
    seen.set(key, i);
    return cols;
  });
}

/**
 * Margin 0 judged overall by non-inferiority is a superiority test: H0 Δ ≤ 0 must be rejected, so a candidate equal
 * to the baseline fails. Legal, rarely meant: warn with the line.
 */
function marginWarnings(policy: GatePolicy, metrics: PolicyMetric[], lineOf: PolicySource['lineOf']): PolicyWarning[] {
  if (policy.decision.overall !== 'non-inferiority') return [];
  const out: PolicyWarning[] = [];
  for (const { name, rule } of metrics) {
    const bounds = rule.min !== undefined || rule.max !== undefined;
    const margin = rule['max-regression'] ?? (bounds ? undefined : 0);
    if (margin !== 0) continue;
    out.push({
      line: lineOf(['metrics', name, 'max-regression']) ?? lineOf(['metrics', name]),
      message: `metric '${name}' is judged overall by non-inferiority with margin 0${rule['max-regression'] === undefined ? ' (no max-regression given)' : ''}: ` +
        `that is a superiority test, and a candidate no better than the baseline fails. For non-inferiority give the loss you accept, ` +
        `e.g. '${name}: { max-regression: 0.01 }'; to fail only on a significant drop, set decision.overall: significant-regression.`,
    });
  }
  return out;
}

export function parsePolicy(text: string, path: string): LoadedPolicy {
  const { data: policy, lineOf } = parseYamlDocument(text, path, policySchema, {
    what: 'Policy',
    shape: "with at least 'version: 1' and 'metrics:'",
  });
  if (Object.keys(policy.metrics).length === 0) {
    throw new UserError(`Policy ${path}: 'metrics' is empty — the gate needs at least one metric to check (for example 'auc: { max-regression: 0.01 }'), so it fails closed.`, { file: path, line: lineOf(['metrics']) });
  }
  const sliceSpecs = resolveSlices(policy, path, lineOf);
  const metrics = resolveMetrics(policy, path, lineOf);
  return { policy, source: { path, lineOf }, sliceSpecs, metrics, warnings: marginWarnings(policy, metrics, lineOf), text };
}

export function loadPolicy(path: string): LoadedPolicy {
  let text: string;
  try {
    text = readTextFile(path, `Policy file '${path}'`);
  } catch (e) {
    if (isUserError(e)) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`Policy file '${path}' cannot be read (${code ?? String(e)}): check the 'policy' input path, relative to the workspace.`);
  }
  return parsePolicy(text, path);
}
