import { posix } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { UserError } from '../errors.js';
import { isInside } from './paths.js';

/**
 * Pointer files describe data without holding it: DVC `.dvc` files and `dvc.lock`, and Git LFS pointers. Reading them
 * finds data changes without downloading anything.
 *
 * Formats (from their specifications):
 * - Git LFS pointer (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md): UTF-8 lines `key value`, first
 *   `version https://git-lfs.github.com/spec/v1`, then `oid sha256:<64 hex>` and `size <bytes>`, keys sorted, < 1024 bytes.
 *   The oid is the sha256 of the content, the same digest this action computes for a file in `data`.
 * - `.dvc` file (https://dvc.org/doc/user-guide/project-structure/dvc-files): YAML with `outs:` (and for imports `deps:`),
 *   each entry `path` (relative to the .dvc file's folder, or its `wdir`), `md5` (DVC 2) or `hash: md5` + `md5` (DVC 3),
 *   `size`, and `nfiles` for a folder (whose md5 ends in `.dir`); cloud imports carry `etag` or `checksum` instead.
 * - `dvc.lock` (https://dvc.org/doc/user-guide/project-structure/dvcyaml-files#dvclock-file): `schema: '2.0'` and
 *   `stages: {name: {cmd, deps: [{path, md5, size, nfiles}], params: {file: {key: value}}, outs: [...]}}`; lock files
 *   written by DVC 1.x have the stages at the top level and no `schema`.
 */

export interface PointerEntry {
  /** Workspace-relative POSIX path of the data the pointer describes. */
  path: string;
  /** `md5:<hex>`, `sha256:<hex>`, `etag:<...>` or `checksum:<...>`: the digest as the pointer records it. */
  digest: string;
  size?: number;
  /** Files in a folder out. */
  nfiles?: number;
  /** The pointer file it came from. */
  source: string;
  kind: 'lfs' | 'dvc' | 'dvc-lock';
  /** dvc.lock: the stage listing it as a dependency. */
  stage?: string;
}

export interface PointerParams {
  /** `<lock file>:<stage>:<params file>` */
  scope: string;
  values: Record<string, unknown>;
}

export interface ParsedPointers {
  entries: PointerEntry[];
  params: PointerParams[];
}

const LFS_VERSION = /^version https:\/\/(git-lfs\.github\.com\/spec\/v1|hawser\.github\.com\/spec\/v1)$/;

/** True when the bytes look like a Git LFS pointer (its first line), so other files can be hashed instead. */
export function looksLikeLfsPointer(head: string): boolean {
  return LFS_VERSION.test(head.split('\n', 1)[0].trim());
}

/** Parse a Git LFS pointer file's text. `path` is the pointer's workspace-relative path (the data's path). */
export function parseLfsPointer(text: string, path: string): PointerEntry {
  const lines = text.split('\n');
  let oid: string | undefined;
  let size: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line === '') continue;
    const sp = line.indexOf(' ');
    const key = sp < 0 ? line : line.slice(0, sp);
    const value = sp < 0 ? '' : line.slice(sp + 1);
    if (i === 0 && key !== 'version') throw lfsError(path, 1, `starts with '${key}', not 'version https://git-lfs.github.com/spec/v1'`);
    if (key === 'oid') {
      const m = /^sha256:([0-9a-f]{64})$/.exec(value);
      if (!m) throw lfsError(path, i + 1, `has oid '${value}'; expected sha256: and 64 lower-case hex digits`);
      oid = m[1];
    } else if (key === 'size') {
      if (!/^\d+$/.test(value)) throw lfsError(path, i + 1, `has size '${value}'; expected a whole number of bytes`);
      size = Number(value);
    }
  }
  if (!oid) throw lfsError(path, undefined, 'has no oid line');
  if (size === undefined) throw lfsError(path, undefined, 'has no size line');
  return { path, digest: `sha256:${oid}`, size, source: path, kind: 'lfs' };
}

function lfsError(path: string, line: number | undefined, what: string): UserError {
  return new UserError(`Git LFS pointer ${path}${line ? ` line ${line}` : ''} ${what}.`, { file: path, line });
}

interface YamlSource {
  file: string;
  lineOf(node: unknown): number | undefined;
}

function loadYaml(text: string, file: string, what: string): { data: unknown; src: YamlSource; doc: ReturnType<typeof parseDocument> } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = lc.linePos(e.pos[0]).line || undefined;
    throw new UserError(`${what} ${file}${line ? ` line ${line}` : ''} is not valid YAML: ${e.message.split('\n')[0]}`, { file, line });
  }
  const lineOf = (node: unknown) => {
    const r = (node as { range?: [number, number, number] } | undefined)?.range;
    return r ? lc.linePos(r[0]).line : undefined;
  };
  return { data: doc.toJS(), src: { file, lineOf }, doc };
}

/** Resolve a path written in a DVC file (relative to the file's folder and its wdir) to a workspace-relative path. */
function resolveDvcPath(file: string, wdir: string | undefined, p: string, src: YamlSource, node: unknown): string {
  const base = posix.join(posix.dirname(file), wdir ?? '.');
  const out = posix.normalize(posix.join(base, p.replace(/\\/g, '/')));
  if (!isInside(out) || posix.isAbsolute(p)) {
    const line = src.lineOf(node);
    throw new UserError(`DVC file ${file}${line ? ` line ${line}` : ''}: path '${p}' points outside the workspace.`, { file, line });
  }
  return out;
}

function digestOf(e: Record<string, unknown>): string | undefined {
  for (const k of ['md5', 'etag', 'checksum'] as const) {
    const v = e[k];
    if (typeof v === 'string' && v !== '') return `${k}:${v}`;
  }
  return undefined;
}

/** Entries of one `outs:`/`deps:` list; `require` makes a missing digest an error (a .dvc out must have one). */
function entriesOf(
  list: unknown,
  listNode: Node | undefined,
  ctx: { file: string; wdir?: string; kind: PointerEntry['kind']; stage?: string; src: YamlSource; key: string; requireDigest: boolean },
): PointerEntry[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    const line = ctx.src.lineOf(listNode);
    throw new UserError(`DVC file ${ctx.file}${line ? ` line ${line}` : ''}: '${ctx.key}' must be a list of entries with path and md5.`, { file: ctx.file, line });
  }
  const out: PointerEntry[] = [];
  list.forEach((e, i) => {
    const node = isSeq(listNode) ? listNode.items[i] : undefined;
    const line = ctx.src.lineOf(node);
    if (e === null || typeof e !== 'object' || typeof (e as Record<string, unknown>).path !== 'string') {
      throw new UserError(`DVC file ${ctx.file}${line ? ` line ${line}` : ''}: entry ${i + 1} of '${ctx.key}' has no 'path'.`, { file: ctx.file, line });
    }
    const rec = e as Record<string, unknown>;
    const digest = digestOf(rec);
    if (!digest) {
      if (ctx.requireDigest) {
        throw new UserError(
          `DVC file ${ctx.file}${line ? ` line ${line}` : ''}: '${rec.path}' has no md5 — run 'dvc commit' (or 'dvc add') so the file records the data's hash.`,
          { file: ctx.file, line },
        );
      }
      return;
    }
    out.push({
      path: resolveDvcPath(ctx.file, ctx.wdir, rec.path as string, ctx.src, node),
      digest,
      ...(typeof rec.size === 'number' ? { size: rec.size } : {}),
      ...(typeof rec.nfiles === 'number' ? { nfiles: rec.nfiles } : {}),
      source: ctx.file,
      kind: ctx.kind,
      ...(ctx.stage ? { stage: ctx.stage } : {}),
    });
  });
  return out;
}

/** Parse a `.dvc` file: its outs (and an import's deps). */
export function parseDvcFile(text: string, file: string): ParsedPointers {
  const { data, src, doc } = loadYaml(text, file, 'DVC file');
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError(`DVC file ${file} must be a YAML mapping with an 'outs:' list.`, { file, line: 1 });
  }
  const rec = data as Record<string, unknown>;
  const wdir = typeof rec.wdir === 'string' ? rec.wdir : undefined;
  const node = (k: string) => doc.get(k, true) as Node | undefined;
  const entries = [
    ...entriesOf(rec.outs, node('outs'), { file, wdir, kind: 'dvc', src, key: 'outs', requireDigest: true }),
    ...entriesOf(rec.deps, node('deps'), { file, wdir, kind: 'dvc', src, key: 'deps', requireDigest: false }),
  ];
  if (entries.length === 0) throw new UserError(`DVC file ${file} lists no outs with an md5; nothing to track.`, { file, line: 1 });
  return { entries, params: [] };
}

/** Parse a `dvc.lock`: every stage's deps (data and code the stage read) and params. */
export function parseDvcLock(text: string, file: string): ParsedPointers {
  const { data, src, doc } = loadYaml(text, file, 'DVC lock file');
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError(`DVC lock file ${file} must be a YAML mapping with 'stages:'.`, { file, line: 1 });
  }
  const rec = data as Record<string, unknown>;
  const v2 = rec.schema !== undefined || rec.stages !== undefined;
  const stages = (v2 ? rec.stages : rec) as Record<string, unknown> | undefined;
  const stagesNode = (v2 ? doc.get('stages', true) : doc.contents) as Node | undefined;
  if (stages === undefined || stages === null || typeof stages !== 'object' || Array.isArray(stages)) {
    throw new UserError(`DVC lock file ${file}: 'stages' must be a mapping of stage names.`, { file, line: src.lineOf(stagesNode) ?? 1 });
  }
  const entries: PointerEntry[] = [];
  const params: PointerParams[] = [];
  for (const [stage, body] of Object.entries(stages)) {
    if (stage === 'schema') continue;
    const stageNode = isMap(stagesNode) ? (stagesNode.get(stage, true) as Node | undefined) : undefined;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new UserError(`DVC lock file ${file} line ${src.lineOf(stageNode) ?? '?'}: stage '${stage}' must be a mapping.`, { file, line: src.lineOf(stageNode) });
    }
    const b = body as Record<string, unknown>;
    const wdir = typeof b.wdir === 'string' ? b.wdir : undefined;
    const depsNode = isMap(stageNode) ? (stageNode.get('deps', true) as Node | undefined) : undefined;
    entries.push(...entriesOf(b.deps, depsNode, { file, wdir, kind: 'dvc-lock', stage, src, key: `stages.${stage}.deps`, requireDigest: false }));
    if (b.params && typeof b.params === 'object' && !Array.isArray(b.params)) {
      for (const [pfile, values] of Object.entries(b.params as Record<string, unknown>)) {
        if (values && typeof values === 'object' && !Array.isArray(values)) params.push({ scope: `${file}:${stage}:${pfile}`, values: values as Record<string, unknown> });
      }
    }
  }
  return { entries, params };
}

/** Which parser a pointer file needs, by name: `dvc.lock`, `*.dvc`, anything else is an LFS pointer candidate. */
export function pointerKind(path: string): 'dvc' | 'dvc-lock' | 'lfs' {
  const base = posix.basename(path);
  if (base === 'dvc.lock') return 'dvc-lock';
  if (base.endsWith('.dvc')) return 'dvc';
  return 'lfs';
}
