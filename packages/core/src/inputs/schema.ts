import { z } from 'zod';
import { UserError } from '../errors.js';
import { parseDurationMs, parseSizeBytes } from './units.js';

/**
 * Input schemas: each action declares one `ActionInputs` object — the input names are constants, every input has a
 * zod schema from raw string to typed value, and `parseInputs` reports the first bad one as a single UserError naming
 * the input, the value and what is allowed.
 */

const TRUE = ['true', 'yes', 'on', '1'];
const FALSE = ['false', 'no', 'off', '0'];

/** Boolean inputs accept YAML 1.2 core booleans plus yes/no/on/off/1/0, like @actions/core getBooleanInput, case-insensitive. */
export const booleanInput = z.string().transform((s, ctx) => {
  const v = s.trim().toLowerCase();
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  ctx.addIssue({ code: 'custom', message: 'expected true or false' });
  return z.NEVER;
});

export const durationInput = z.string().transform((s, ctx) => {
  const v = parseDurationMs(s);
  if (v === undefined) {
    ctx.addIssue({ code: 'custom', message: 'expected a duration such as 90m, 48h, 1h30m or 2d' });
    return z.NEVER;
  }
  return v;
});

export const sizeInput = z.string().transform((s, ctx) => {
  const v = parseSizeBytes(s);
  if (v === undefined) {
    ctx.addIssue({ code: 'custom', message: 'expected a size such as 20GiB, 512MiB or 8GB' });
    return z.NEVER;
  }
  return v;
});

export function enumInput<const T extends readonly [string, ...string[]]>(values: T) {
  return z.string().transform((s, ctx) => {
    const v = s.trim();
    if ((values as readonly string[]).includes(v)) return v as T[number];
    ctx.addIssue({ code: 'custom', message: `expected one of: ${values.join(', ')}` });
    return z.NEVER;
  });
}

export function intInput(opts: { min?: number; max?: number } = {}) {
  return z.string().transform((s, ctx) => {
    const t = s.trim();
    const v = Number(t);
    if (!/^-?\d+$/.test(t) || !Number.isSafeInteger(v)) {
      ctx.addIssue({ code: 'custom', message: 'expected a whole number' });
      return z.NEVER;
    }
    if (opts.min !== undefined && v < opts.min) {
      ctx.addIssue({ code: 'custom', message: `expected a whole number of at least ${opts.min}` });
      return z.NEVER;
    }
    if (opts.max !== undefined && v > opts.max) {
      ctx.addIssue({ code: 'custom', message: `expected a whole number of at most ${opts.max}` });
      return z.NEVER;
    }
    return v;
  });
}

export function numberInput(opts: { min?: number; max?: number } = {}) {
  return z.string().transform((s, ctx) => {
    const v = Number(s.trim());
    if (s.trim() === '' || !Number.isFinite(v)) {
      ctx.addIssue({ code: 'custom', message: 'expected a number' });
      return z.NEVER;
    }
    if ((opts.min !== undefined && v < opts.min) || (opts.max !== undefined && v > opts.max)) {
      ctx.addIssue({ code: 'custom', message: `expected a number between ${opts.min ?? '-inf'} and ${opts.max ?? 'inf'}` });
      return z.NEVER;
    }
    return v;
  });
}

/** Newline- or comma-separated list, trimmed, blanks and `#` comments dropped. */
export const listInput = z.string().transform((s) =>
  s.split(/\r?\n|,/).map((x) => x.trim()).filter((x) => x !== '' && !x.startsWith('#')),
);

/** Newline-separated list only (for globs and paths, which may contain commas). */
export const linesInput = z.string().transform((s) =>
  s.split(/\r?\n/).map((x) => x.trim()).filter((x) => x !== '' && !x.startsWith('#')),
);

export const stringInput = z.string().transform((s) => s.trim());

/** A declared input: its schema, its default (as the runner would apply from action.yml) and whether it is required. */
export interface InputSpec<S extends z.ZodType<any, any> = z.ZodType<any, any>> {
  schema: S;
  /** Default value as a string, the same as action.yml's `default:` (checked by a test). */
  default?: string;
  required?: boolean;
  description: string;
}

export type InputSpecs = Record<string, InputSpec>;
export type ParsedInputs<T extends InputSpecs> = { [K in keyof T]: z.output<T[K]['schema']> | (T[K]['required'] extends true ? never : T[K]['default'] extends string ? never : undefined) };

/**
 * Read and validate every input. A bundle does not apply action.yml defaults (the runner does), so the default is
 * applied here too when the raw value is empty. Throws one UserError for the first bad input.
 */
export function parseInputs<T extends InputSpecs>(specs: T, getInput: (name: string) => string): ParsedInputs<T> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    let raw = getInput(name);
    if (raw.trim() === '' && spec.default !== undefined) raw = spec.default;
    if (raw.trim() === '') {
      if (spec.required) throw new UserError(`Input '${name}' is required: ${spec.description}`);
      out[name] = undefined;
      continue;
    }
    const r = spec.schema.safeParse(raw);
    if (!r.success) {
      const msg = r.error.issues.map((i) => i.message).join('; ');
      const shown = raw.length > 120 ? raw.slice(0, 117) + '...' : raw;
      throw new UserError(`Input '${name}' has value '${shown}': ${msg}.`);
    }
    out[name] = r.data;
  }
  return out as ParsedInputs<T>;
}

/** Format zod issues on a parsed document (policy files) as `path.to.key: message` lines. */
export function formatZodIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
}
