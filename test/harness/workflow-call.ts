/**
 * Calling a reusable workflow the way GitHub does, for tests: the subset of GitHub's expression language the
 * workflows here use (an unknown context or function throws, so a new expression fails the test until the test
 * understands it), and a caller's `with:` checked against the `workflow_call` inputs with defaults applied.
 * Used by test/pipeline.test.ts and the detect examples test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './run-action.js';

export const PIPELINE = '.github/workflows/ml-pipeline.yml';
export const pipeline = parse(readFileSync(join(REPO_ROOT, PIPELINE), 'utf8'));
const declared: Record<string, { type: 'string' | 'boolean' | 'number'; required?: boolean; default?: unknown }> = pipeline.on.workflow_call.inputs;

export type Value = string | number | boolean | null | Value[] | { [k: string]: Value };
export interface Ctx { [k: string]: Value | undefined }

function tokenize(src: string): string[] {
  const re = /\s*('(?:[^']|'')*'|&&|\|\||==|!=|!|\(|\)|,|\[|\]|[A-Za-z_][\w-]*(?:\.[\w-]+|\.\*)*|\d+(?:\.\d+)?)/y;
  const out: string[] = [];
  const text = src.trim();
  while (re.lastIndex < text.length) {
    const at = re.lastIndex;
    const m = re.exec(text);
    if (!m) throw new Error(`expression: cannot read "${text}" at ${at}`);
    out.push(m[1]);
  }
  return out;
}

export const truthy = (v: Value | undefined) => !(v === false || v === 0 || v === '' || v === null || v === undefined || Number.isNaN(v));
export const str = (v: Value | undefined): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
function equal(a: Value | undefined, b: Value | undefined): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b) return a === b;
  return Number(a ?? 0) === Number(b ?? 0);
}

export function evaluate(src: string, ctx: Ctx): Value | undefined {
  const t = tokenize(src);
  let i = 0;
  const peek = () => t[i];
  const take = (want?: string) => {
    const x = t[i++];
    if (want !== undefined && x !== want) throw new Error(`expression "${src}": expected ${want}, got ${x}`);
    return x;
  };
  const primary = (): Value | undefined => {
    const x = take();
    if (x === '(') {
      const v = or();
      take(')');
      return v;
    }
    if (x === '!') return !truthy(primary());
    if (x.startsWith("'")) return x.slice(1, -1).replace(/''/g, "'");
    if (/^\d/.test(x)) return Number(x);
    if (x === 'true' || x === 'false') return x === 'true';
    if (x === 'null') return null;
    if (peek() === '(') {
      take('(');
      const args: Array<Value | undefined> = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') take(',');
      }
      take(')');
      switch (x) {
        case 'cancelled': return false;
        case 'success': return ctx.__failed !== true;
        case 'always': return true;
        case 'startsWith': return str(args[0]).toLowerCase().startsWith(str(args[1]).toLowerCase());
        case 'fromJSON': return JSON.parse(str(args[0]));
        case 'format': return str(args[0]).replace(/\{(\d+)\}/g, (_m, n: string) => str(args[1 + Number(n)]));
        default: throw new Error(`expression "${src}": function ${x}() is not known to this test`);
      }
    }
    const [root, ...path] = x.split('.');
    if (!(root in ctx)) throw new Error(`expression "${src}": context ${root} is not known to this test`);
    let v: Value | undefined = ctx[root];
    for (const k of path) v = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, Value>)[k] : undefined;
    return v;
  };
  const cmp = (): Value | undefined => {
    let l = primary();
    while (peek() === '==' || peek() === '!=') {
      const op = take();
      const r = primary();
      l = op === '==' ? equal(l, r) : !equal(l, r);
    }
    return l;
  };
  const and = (): Value | undefined => {
    let l = cmp();
    while (peek() === '&&') {
      take();
      const r = cmp();
      l = truthy(l) ? r : l;
    }
    return l;
  };
  const or = (): Value | undefined => {
    let l = and();
    while (peek() === '||') {
      take();
      const r = and();
      l = truthy(l) ? l : r;
    }
    return l;
  };
  const v = or();
  if (i !== t.length) throw new Error(`expression "${src}": unexpected ${t[i]}`);
  return v;
}

/** A `with:`/`env:` value: `${{ }}` parts replaced; a value that is one expression keeps its type. */
export function interpolate(raw: unknown, ctx: Ctx): Value | undefined {
  if (typeof raw !== 'string') return raw as Value;
  const whole = /^\s*\$\{\{(.*?)\}\}\s*$/s.exec(raw);
  if (whole && !whole[1].includes('}}')) return evaluate(whole[1], ctx);
  return raw.replace(/\$\{\{(.*?)\}\}/gs, (_m, e: string) => str(evaluate(e, ctx)));
}
/** An `if:` without a status function is `success() && (...)`, as GitHub evaluates it. */
export function condition(raw: unknown, ctx: Ctx): boolean {
  if (raw === undefined) return ctx.__failed !== true;
  const s = String(raw).trim();
  const m = /^\$\{\{(.*)\}\}$/s.exec(s);
  const expr = m ? m[1] : s;
  if (!/\b(success|failure|always|cancelled)\(/.test(expr) && ctx.__failed === true) return false;
  return truthy(evaluate(expr, ctx));
}

export const LEVEL = { none: 0, read: 1, write: 2 } as const;
export type Level = keyof typeof LEVEL;

/** A caller job's `with:` checked against the workflow_call inputs (as GitHub does on call), defaults applied. */
export function callInputs(file: string, job: string, ctx: Ctx): Record<string, Value> {
  const j = parse(readFileSync(join(REPO_ROOT, file), 'utf8')).jobs[job];
  if (j.uses !== `./${PIPELINE}`) throw new Error(`${file}: jobs.${job} does not call ./${PIPELINE}`);
  const out: Record<string, Value> = {};
  for (const [k, raw] of Object.entries<unknown>(j.with ?? {})) {
    const spec = declared[k];
    if (!spec) throw new Error(`${file}: jobs.${job}.with.${k} is not an input of ${PIPELINE}`);
    let v = interpolate(raw, ctx);
    if (spec.type === 'boolean') {
      if (typeof v === 'string' && /^(true|false)$/.test(v)) v = v === 'true';
      if (typeof v !== 'boolean') throw new Error(`${file}: ${k} must be a boolean, got ${JSON.stringify(v)}`);
    } else if (spec.type === 'number') {
      if (typeof v !== 'number') throw new Error(`${file}: ${k} must be a number, got ${JSON.stringify(v)}`);
    } else if (typeof v !== 'string') throw new Error(`${file}: ${k} must be a string, got ${JSON.stringify(v)}`);
    out[k] = v;
  }
  for (const [k, spec] of Object.entries(declared)) {
    if (k in out) continue;
    if (spec.required) throw new Error(`${file}: jobs.${job} misses the required input ${k}`);
    out[k] = (spec.default ?? (spec.type === 'boolean' ? false : spec.type === 'number' ? 0 : '')) as Value;
  }
  return out;
}

