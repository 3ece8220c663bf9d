import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import { UserError } from '../errors.js';

/** A YAML config file validated by zod, with a way back from a key path to its line (for errors and annotations). */
export interface ParsedDocument<T> {
  data: T;
  lineOf(path: (string | number)[]): number | undefined;
}

function startLine(node: unknown, lc: LineCounter): number | undefined {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return r ? lc.linePos(r[0]).line : undefined;
}

/**
 * Parse `text` (YAML or JSON) from `file` and validate it with `schema`. Every problem is one UserError naming the
 * file, the line and the key — "<what> <file> line 5: significance.alpha: <message>." — so a step fails with a line
 * the user can click. Unknown keys (zod `.strict()`) are named. `what` is the document's name in messages
 * ("Policy", "Drift policy"); `shape` describes the expected mapping for a document that is not one.
 */
export function parseYamlDocument<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  opts: { what: string; shape: string; allowEmpty?: boolean },
): ParsedDocument<T> {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = lc.linePos(e.pos[0]).line || undefined;
    throw new UserError(`${opts.what} ${file}${line ? ` line ${line}` : ''} is not valid YAML: ${e.message.split('\n')[0]}`, { file, line });
  }
  /** Line of the deepest node on `path` that exists: a map entry's key line, a list item's first line. */
  const lineOf = (path: (string | number)[]): number | undefined => {
    for (let k = path.length; k > 0; k--) {
      const parent = (k === 1 ? doc.contents : doc.getIn(path.slice(0, k - 1), true)) as Node | undefined;
      const step = path[k - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((it) => (it.key as { value?: unknown })?.value === step);
        const line = startLine(pair?.key, lc);
        if (line) return line;
      } else if (isSeq(parent) && typeof step === 'number') {
        const line = startLine(parent.items[step], lc);
        if (line) return line;
      }
    }
    return startLine(doc.contents, lc);
  };
  const raw = doc.toJS() ?? (opts.allowEmpty ? {} : null);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new UserError(`${opts.what} ${file} must be a YAML mapping ${opts.shape}.`, { file, line: 1 });
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue.path as (string | number)[];
    const line = lineOf(path);
    const key = path.length ? path.join('.') : '(top level)';
    const msg = issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.map((k) => `'${k}'`).join(', ')}` : issue.message;
    const n = r.error.issues.length;
    const more = n > 1 ? ` (and ${n - 1} more problem${n > 2 ? 's' : ''})` : '';
    throw new UserError(`${opts.what} ${file}${line ? ` line ${line}` : ''}: ${key}: ${msg}${more}.`, { file, line });
  }
  return { data: r.data, lineOf };
}
