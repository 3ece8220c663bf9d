import { z } from 'zod';
import { UserError, isUserError } from '../errors.js';
import { readTextFile } from '../fs/text.js';
import { parseYamlDocument } from '../inputs/document.js';
import { parseDurationMs } from '../inputs/units.js';

/**
 * The data contract (YAML, `version: 1`): per table, the files it is read from, row-count bounds, unique keys and
 * per-column checks. Key names are a contract (issue #14); zod validates them, unknown keys are refused, and every
 * error names the contract file, the line and the key (the same helper as the gate policy: inputs/document.ts).
 *
 * Every check takes a short form and a long form with `severity` (`error`, the default, or `warn`):
 *   min: 0                       min: { value: 0, severity: warn }
 */

export const COLUMN_TYPES = ['integer', 'number', 'string', 'boolean', 'timestamp'] as const;
export type ContractType = (typeof COLUMN_TYPES)[number];
export const SEVERITIES = ['error', 'warn'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const NEW_VALUES = ['fail', 'warn', 'allow'] as const;

const finite = z.number().refine(Number.isFinite, 'expected a finite number');
const severity = z.enum(SEVERITIES, { error: 'expected severity error or warn' }).default('error');
const count = z.number().int('expected a whole number').min(0, 'expected a number ≥ 0');
/** A bound on a number, or on a timestamp column written as an ISO 8601 date-time. */
const bound = z.union([finite, z.string().refine((s) => Number.isFinite(Date.parse(s)), 'expected a number or an ISO 8601 date-time')]);

/** `key: value` or `key: { value, severity }`, normalised to the long form. */
function valueCheck<T extends z.ZodType>(value: T) {
  return z.union([
    value.transform((v) => ({ value: v as z.output<T>, severity: 'error' as Severity })),
    z.object({ value, severity }).strict(),
  ]);
}

/** `{ min, max, severity }` with at least one bound and min ≤ max. */
function range<T extends z.ZodType<number>>(num: T) {
  return z
    .object({ min: num.optional(), max: num.optional(), severity })
    .strict()
    .refine((r) => r.min !== undefined || r.max !== undefined, 'give min, max or both')
    .refine((r) => r.min === undefined || r.max === undefined || (r.min as number) <= (r.max as number), 'min is greater than max');
}

const share01 = finite.min(0, 'expected a share between 0 and 1').max(1, 'expected a share between 0 and 1');

const duration = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const ms = parseDurationMs(String(v));
  if (ms === undefined || ms <= 0) {
    ctx.addIssue({ code: 'custom', message: 'expected a duration such as 48h, 90m or 2d' });
    return z.NEVER;
  }
  return ms;
});

const regex = z.string().transform((s, ctx) => {
  try {
    // Anchored: the whole value must match, as in pandera's str_matches with ^…$ (a pattern is a shape, not a search).
    return { source: s, re: new RegExp(`^(?:${s})$`, 'u') };
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression (${(e as Error).message})` });
    return z.NEVER;
  }
});

/** An allowed value: written as YAML scalars; compared as text (numbers in canonical form: 1.0 and 1 are one value). */
const scalar = z.union([z.string(), finite, z.boolean()]);

const nullsLong = z
  .object({ 'max-share': share01.optional(), 'max-count': count.optional(), severity })
  .strict()
  .refine((r) => (r['max-share'] === undefined) !== (r['max-count'] === undefined), 'give exactly one of max-share or max-count');

export const columnSchema = z
  .object({
    type: valueCheck(z.enum(COLUMN_TYPES, { error: `expected one of: ${COLUMN_TYPES.join(', ')}` })).optional(),
    /** Short form: a whole number ≥ 1 is a count, a number in [0, 1) a share of the rows (0: no nulls at all). */
    nulls: z
      .union([
        finite.min(0, 'expected a count or a share ≥ 0').transform((v, ctx) => {
          if (v >= 1 && !Number.isInteger(v)) {
            ctx.addIssue({ code: 'custom', message: 'a number ≥ 1 is a count and must be whole; a share is below 1' });
            return z.NEVER;
          }
          return v >= 1 ? { 'max-count': v, severity: 'error' as Severity } : { 'max-share': v, severity: 'error' as Severity };
        }),
        nullsLong,
      ])
      .optional(),
    min: valueCheck(bound).optional(),
    max: valueCheck(bound).optional(),
    in: z
      .union([
        z.array(scalar).min(1, 'list at least one allowed value').transform((values) => ({ values, severity: 'error' as Severity })),
        z.object({ values: z.array(scalar).min(1, 'list at least one allowed value'), severity }).strict(),
      ])
      .optional(),
    /** What a value outside `in` does: fail (the check's severity), warn, or allow (listed in the report only). */
    'new-values': z.enum(NEW_VALUES, { error: `expected one of: ${NEW_VALUES.join(', ')}` }).optional(),
    pattern: valueCheck(regex).optional(),
    length: range(count).optional(),
    /** Share of the non-null rows holding each value: `share: { "1": { min: 0.02, max: 0.2 } }`. */
    share: z.record(z.string(), range(share01)).optional(),
    freshness: valueCheck(duration).optional(),
    mean: range(finite).optional(),
    std: range(finite.min(0, 'a standard deviation is ≥ 0')).optional(),
    /** Quantile ranges: `quantiles: { "0.5": { min: 10, max: 50 } }`; keys are probabilities in [0, 1]. */
    quantiles: z.record(z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'a quantile key is a probability such as 0.5 or 0.99'), range(finite)).optional(),
  })
  .strict()
  .refine((c) => c['new-values'] === undefined || c.in !== undefined, { message: "'new-values' needs an 'in' list", path: ['new-values'] });

const uniqueItem = z.union([
  z.string().transform((c) => ({ columns: [c], severity: 'error' as Severity })),
  z.array(z.string()).min(1).transform((columns) => ({ columns, severity: 'error' as Severity })),
  z
    .object({ columns: z.union([z.string().transform((c) => [c]), z.array(z.string()).min(1)]), severity })
    .strict(),
]);

export const tableSchema = z
  .object({
    /** Files or globs (relative to the workspace); the `data` input replaces them. */
    files: z.union([z.string().transform((f) => [f]), z.array(z.string()).min(1)]).optional(),
    rows: range(count).optional(),
    unique: z.array(uniqueItem).default([]),
    columns: z.record(z.string(), columnSchema.nullable().transform((c) => c ?? {})).default({}),
  })
  .strict();

export const contractSchema = z
  .object({
    version: z.literal(1, { error: 'expected version: 1' }),
    tables: z.record(z.string(), tableSchema),
  })
  .strict();

export type Contract = z.output<typeof contractSchema>;
export type TableContract = Contract['tables'][string];
export type ColumnContract = TableContract['columns'][string];

export interface LoadedContract {
  contract: Contract;
  path: string;
  lineOf(path: (string | number)[]): number | undefined;
}

export function parseContract(text: string, path: string): LoadedContract {
  const { data, lineOf } = parseYamlDocument(text, path, contractSchema, {
    what: 'Contract',
    shape: "with 'version: 1' and 'tables:'",
  });
  const names = Object.keys(data.tables);
  if (names.length === 0) {
    throw new UserError(`Contract ${path}: 'tables' is empty; declare at least one table with its files and checks.`, { file: path, line: lineOf(['tables']) });
  }
  for (const [name, t] of Object.entries(data.tables)) {
    for (const [i, u] of t.unique.entries()) {
      const dup = u.columns.find((c, j) => u.columns.indexOf(c) !== j);
      if (dup !== undefined) {
        const line = lineOf(['tables', name, 'unique', i]);
        throw new UserError(`Contract ${path}${line ? ` line ${line}` : ''}: tables.${name}.unique.${i}: column '${dup}' is named twice in one key.`, { file: path, line });
      }
    }
    for (const [col, c] of Object.entries(t.columns)) {
      const type = c.type?.value;
      const numeric = type === undefined || type === 'integer' || type === 'number';
      for (const key of ['mean', 'std', 'quantiles'] as const) {
        if (c[key] !== undefined && !numeric) {
          const line = lineOf(['tables', name, 'columns', col, key]);
          throw new UserError(`Contract ${path}${line ? ` line ${line}` : ''}: tables.${name}.columns.${col}.${key}: '${key}' needs a numeric column, but its type is ${type}.`, { file: path, line });
        }
      }
      for (const key of ['min', 'max'] as const) {
        const v = c[key]?.value;
        if (typeof v === 'string' && type !== 'timestamp') {
          const line = lineOf(['tables', name, 'columns', col, key]);
          throw new UserError(`Contract ${path}${line ? ` line ${line}` : ''}: tables.${name}.columns.${col}.${key}: a date bound needs 'type: timestamp'; give a number for other columns.`, { file: path, line });
        }
      }
      if (c.freshness !== undefined && type !== 'timestamp') {
        const line = lineOf(['tables', name, 'columns', col, 'freshness']);
        throw new UserError(`Contract ${path}${line ? ` line ${line}` : ''}: tables.${name}.columns.${col}.freshness: 'freshness' needs 'type: timestamp'.`, { file: path, line });
      }
    }
  }
  return { contract: data, path, lineOf };
}

/** Read and parse the contract at `path`; `shown` is how messages and annotations name it (default: `path`). */
export function loadContract(path: string, shown = path): LoadedContract {
  let text: string;
  try {
    text = readTextFile(path, `Contract file '${shown}'`);
  } catch (e) {
    if (isUserError(e)) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`Contract file '${shown}' cannot be read (${code ?? String(e)}): check the 'contract' input path, relative to the workspace.`);
  }
  return parseContract(text, shown);
}
