import { readTextFile } from '../fs/text.js';
import { z } from 'zod';
import { UserError, isUserError } from '../errors.js';
import { parseYamlDocument } from '../inputs/document.js';

/** Drift tests a policy may name for a column. */
export const DRIFT_TESTS = ['ks', 'chi-square', 'z', 'wasserstein', 'jensen-shannon', 'psi'] as const;
export type DriftTest = (typeof DRIFT_TESTS)[number];

/** Tests whose statistic is a p-value (drift when small); the others are distances (drift when large). */
export const P_VALUE_TESTS: ReadonlySet<DriftTest> = new Set(['ks', 'chi-square', 'z']);

/**
 * Default thresholds: p-value tests at 0.05, Wasserstein / robust scale at 0.1, PSI at 0.2 (STATS.md, Drift), and
 * Jensen–Shannon at 0.04 rather than 0.1: with the null p-value guarding against sampling noise, the threshold only has
 * to say what matters, and 0.1 misses moving 30% of the top category of a 300- or 5,000-category Zipf column
 * (JS 0.069 and 0.048); 0.04 is a 50/50 binary column moving to 55.6/44.4.
 */
export const DEFAULT_THRESHOLDS: Record<DriftTest, number> = {
  ks: 0.05,
  'chi-square': 0.05,
  z: 0.05,
  wasserstein: 0.1,
  'jensen-shannon': 0.04,
  psi: 0.2,
};

/** A fraction written as 0.02 or "2%". */
const fraction = z.union([
  z.number().min(0).max(1),
  z.string().regex(/^\s*\d+(\.\d+)?\s*%\s*$/, 'expected a fraction such as 0.02 or a percentage such as "2%"').transform((s) => Number(s.trim().slice(0, -1).trim()) / 100),
]).pipe(z.number().min(0, 'must be between 0 and 1 (0% and 100%)').max(1, 'must be between 0 and 1 (0% and 100%)'));

const columnRule = z.strictObject({
  /** Override the size-aware default test. */
  test: z.enum(DRIFT_TESTS).optional(),
  /** p-value tests: drift when p is at or below it (KS) / below it (chi-square, z); distances: drift when at or above it. */
  threshold: z.number().positive().optional(),
  critical: z.boolean().optional(),
  ignore: z.boolean().optional(),
});
export type ColumnRule = z.infer<typeof columnRule>;

export const driftPolicySchema = z.strictObject({
  version: z.literal(1).optional(),
  /** Data set drift when at least this share of the tested columns drifts. */
  'drift-share': z.number().gt(0).max(1).default(0.5),
  /** rows-dropped when the row count falls by more than this fraction. */
  'max-row-drop': fraction.default(0.01),
  /** A drift in any of these columns is data set drift on its own. */
  critical: z.array(z.string().min(1)).default([]),
  /** Columns not tested (identifiers, timestamps that always move). */
  ignore: z.array(z.string().min(1)).default([]),
  /** References with at most this many rows use the p-value tests, larger ones the distances. */
  'small-reference': z.number().int().positive().default(1000),
  columns: z.record(z.string(), columnRule).default({}),
});
export type DriftPolicy = z.output<typeof driftPolicySchema>;

/** The policy in force when no `drift-policy` is given. */
export const DEFAULT_DRIFT_POLICY: DriftPolicy = driftPolicySchema.parse({});

/** The effective rule for one column: the policy's per-column entry merged with `critical` and `ignore`. */
export function columnRuleFor(policy: DriftPolicy, column: string): ColumnRule & { critical: boolean; ignore: boolean } {
  const r = (Object.hasOwn(policy.columns, column) ? policy.columns[column] : undefined) ?? {};
  return { ...r, critical: r.critical ?? policy.critical.includes(column), ignore: r.ignore ?? policy.ignore.includes(column) };
}

/**
 * Parse a drift policy (YAML or JSON). A mistake is one UserError naming the file, the line and the key, so the step
 * fails with a line the user can click.
 */
export function parseDriftPolicy(text: string, file: string): DriftPolicy {
  return parseYamlDocument(text, file, driftPolicySchema, {
    what: 'Drift policy',
    shape: '(keys: drift-share, max-row-drop, critical, ignore, small-reference, columns)',
    allowEmpty: true,
  }).data;
}

/** Load a drift policy from a file path, or parse the input itself when it holds YAML (several lines). */
export function loadDriftPolicy(pathOrYaml: string, input = 'drift-policy', resolvePath: (p: string) => string = (p) => p): DriftPolicy {
  if (pathOrYaml.includes('\n')) return parseDriftPolicy(pathOrYaml, `input '${input}'`);
  let text: string;
  try {
    text = readTextFile(resolvePath(pathOrYaml), `Input '${input}': drift policy '${pathOrYaml}'`);
  } catch (e) {
    if (isUserError(e)) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`Input '${input}': cannot read drift policy '${pathOrYaml}' (${code ?? String(e)}). Give a path relative to the workspace, or the policy YAML itself.`);
  }
  return parseDriftPolicy(text, pathOrYaml);
}
