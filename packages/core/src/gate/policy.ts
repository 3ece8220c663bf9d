import { z } from 'zod';
import { UserError } from '../errors.js';
import { parseYamlDocument } from '../inputs/document.js';
import { readTextFile } from '../fs/text.js';
import { isUserError } from '../errors.js';

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

export interface LoadedPolicy {
  policy: GatePolicy;
  source: PolicySource;
  /** The slice specs normalised to column lists. */
  sliceSpecs: string[][];
}

export function parsePolicy(text: string, path: string): LoadedPolicy {
  const { data: policy, lineOf } = parseYamlDocument(text, path, policySchema, {
    what: 'Policy',
    shape: "with at least 'version: 1' and 'metrics:'",
  });
  if (Object.keys(policy.metrics).length === 0) {
    throw new UserError(`Policy ${path}: 'metrics' is empty — the gate needs at least one metric to check (for example 'auc: { max-regression: 0.01 }'), so it fails closed.`, { file: path, line: lineOf(['metrics']) });
  }
  const sliceSpecs = policy.slices.map((s) => (typeof s === 'string' ? [s] : s));
  return { policy, source: { path, lineOf }, sliceSpecs };
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
