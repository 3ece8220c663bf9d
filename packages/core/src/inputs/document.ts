import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import { UserError } from '../errors.js';
import { maxDocumentBytes } from '../fs/text.js';
import { excerpt } from '../excerpt.js';

/** A YAML config file validated by zod, with a way back from a key path to its line (for errors and annotations). */
export interface ParsedDocument<T> {
  data: T;
  lineOf(path: (string | number)[]): number | undefined;
}

/** Most alias expansions per document (yaml's own default, 100): a policy has no use for more. */
export const MAX_ALIAS_COUNT = 100;

/** The first mapping key node equal to `name`, anywhere in the document. */
function findKey(node: unknown, name: string): Node | undefined {
  if (isMap(node)) {
    for (const it of node.items) {
      if ((it.key as { value?: unknown } | null)?.value === name) return it.key as Node;
      const hit = findKey(it.value, name);
      if (hit) return hit;
    }
  } else if (isSeq(node)) {
    for (const it of node.items) {
      const hit = findKey(it, name);
      if (hit) return hit;
    }
  }
  return undefined;
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
  const limit = maxDocumentBytes();
  if (Buffer.byteLength(text, 'utf8') > limit) {
    throw new UserError(`${opts.what} ${file} is over the ${limit.toLocaleString('en-US')}-byte limit for a YAML document; check the path (MLCI_MAX_DOCUMENT_BYTES raises the limit).`, { file });
  }
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
  let js: unknown;
  try {
    // yaml counts alias expansions against the document size (maxAliasCount) and throws a ReferenceError for a
    // "billion laughs" document instead of building it.
    js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError) && !(e instanceof RangeError)) throw e;
    throw new UserError(
      `${opts.what} ${file} expands YAML aliases (*name) too far (${e.message}); write the values out instead of nesting aliases.`,
      { file },
    );
  }
  const proto = findKey(doc.contents, '__proto__');
  if (proto) {
    const line = startLine(proto, lc);
    throw new UserError(`${opts.what} ${file}${line ? ` line ${line}` : ''}: '__proto__' cannot be a key (JavaScript reserves it); rename or remove it.`, { file, line });
  }
  const raw = js ?? (opts.allowEmpty ? {} : null);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new UserError(`${opts.what} ${file} must be a YAML mapping ${opts.shape}.`, { file, line: 1 });
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue.path as (string | number)[];
    const line = lineOf(path);
    const key = path.length ? path.join('.') : '(top level)';
    const msg = issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.slice(0, 10).map((k) => excerpt(k, 60, "'")).join(', ')}${issue.keys.length > 10 ? ` and ${issue.keys.length - 10} more` : ''}` : issue.message;
    const n = r.error.issues.length;
    const more = n > 1 ? ` (and ${n - 1} more problem${n > 2 ? 's' : ''})` : '';
    throw new UserError(`${opts.what} ${file}${line ? ` line ${line}` : ''}: ${key}: ${msg}${more}.`, { file, line });
  }
  return { data: r.data, lineOf };
}
