import { LineCounter, parseDocument } from 'yaml';
import { MAX_ALIAS_COUNT } from '../inputs/document.js';
import { UserError } from '../errors.js';

/** A params snapshot: per file (or dvc.lock scope), dotted key → the value's JSON text. */
export type ParamsSnapshot = Record<string, Record<string, string>>;

export interface ParamChange {
  file: string;
  key: string;
  change: 'added' | 'removed' | 'changed';
  /** JSON text of the value before (absent for added). */
  from?: string;
  /** JSON text of the value after (absent for removed). */
  to?: string;
}

/**
 * Flatten nested mappings to dotted keys (`train.optimizer.lr`). Lists are leaves compared whole: a list of layer
 * sizes is one hyperparameter. Keys holding dots are bracket-quoted (`a["b.c"]`) so flattening stays reversible.
 */
// `out` has no prototype: a params key named `__proto__` is data to compare, not a prototype to set.
export function flattenParams(value: unknown, prefix = '', out: Record<string, string> = Object.create(null) as Record<string, string>): Record<string, string> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
    const keys = Object.keys(value as object);
    if (keys.length === 0 && prefix) out[prefix] = '{}';
    for (const k of keys) {
      const part = /^[^.[\]"]+$/.test(k) ? k : `[${JSON.stringify(k)}]`;
      const key = prefix ? (part.startsWith('[') ? `${prefix}${part}` : `${prefix}.${part}`) : part;
      flattenParams((value as Record<string, unknown>)[k], key, out);
    }
    return out;
  }
  out[prefix || '(value)'] = JSON.stringify(value instanceof Date ? value.toISOString() : value) ?? 'null';
  return out;
}

/** Parse a YAML or JSON params file into its flattened keys. A syntax error names the file and line. */
export function readParams(text: string, file: string): Record<string, string> {
  const lc = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter: lc });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = lc.linePos(e.pos[0]).line || undefined;
    throw new UserError(`Params file ${file}${line ? ` line ${line}` : ''} is not valid YAML or JSON: ${e.message.split('\n')[0]}`, { file, line });
  }
  let js: unknown;
  try {
    // yaml refuses a document whose aliases expand too far (a "billion laughs") with a ReferenceError.
    js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError) && !(e instanceof RangeError)) throw e;
    throw new UserError(`Params file ${file} expands YAML aliases (*name) too far (${e.message}); write the values out instead of nesting aliases.`, { file });
  }
  return flattenParams(js ?? {});
}

/** Key-by-key difference of two snapshots, sorted by file then key. A file present on one side only lists all its keys. */
export function diffParams(before: ParamsSnapshot, after: ParamsSnapshot): ParamChange[] {
  const out: ParamChange[] = [];
  const files = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const file of files) {
    const a = before[file] ?? {};
    const b = after[file] ?? {};
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      if (!(key in a)) out.push({ file, key, change: 'added', to: b[key] });
      else if (!(key in b)) out.push({ file, key, change: 'removed', from: a[key] });
      else if (a[key] !== b[key]) out.push({ file, key, change: 'changed', from: a[key], to: b[key] });
    }
  }
  return out;
}
