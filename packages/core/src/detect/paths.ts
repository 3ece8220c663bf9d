import { readFileSync, readdirSync, statSync, realpathSync, type Dirent } from 'node:fs';
import { join, relative, isAbsolute, sep, posix } from 'node:path';
import picomatch from 'picomatch';
import { UserError } from '../errors.js';
import { fileKind } from '../fs/paths.js';

/** Files one input's globs matched, as sorted workspace-relative POSIX paths. */
export interface GlobMatches {
  /** All matched files, sorted by code unit (the order the fingerprint uses), duplicates removed. */
  files: string[];
  /** Per positive pattern (in input order), the files it matched after negations. */
  byPattern: Array<{ pattern: string; files: string[] }>;
}

export interface ExpandOptions {
  /** Input name for error messages (`data`, `code`, ...). */
  input: string;
  /** A pattern matching nothing is an error unless this is set. */
  allowEmpty?: boolean;
}

/** Directories never descended into: VCS metadata is not data, and walking it would be slow. */
const SKIP_DIRS = new Set(['.git', '.hg', '.svn']);

/** True when a workspace-relative POSIX path stays inside the workspace. */
export function isInside(rel: string): boolean {
  return rel !== '..' && !rel.startsWith('../') && !posix.isAbsolute(rel);
}

/**
 * Turn a user's path or pattern into a workspace-relative POSIX pattern, refusing any that leaves the workspace
 * (`../x`, `/etc/x`, `a/../../x`): a pull request must not make the action read files outside the checkout.
 */
export function toWorkspacePattern(workspace: string, pattern: string, input: string): string {
  let p = pattern.trim().replace(/\\/g, '/');
  if (isAbsolute(p) || /^[A-Za-z]:\//.test(p)) {
    const rel = relative(workspace, p).split(sep).join('/');
    if (!isInside(rel)) throw outside(input, pattern, workspace);
    p = rel;
  }
  const norm = posix.normalize(p);
  if (!isInside(norm)) throw outside(input, pattern, workspace);
  return norm === '.' ? '' : norm.replace(/\/$/, '');
}

function outside(input: string, pattern: string, workspace: string): UserError {
  return new UserError(
    `Input '${input}': '${pattern}' points outside the workspace (${workspace}). Use a path inside the repository checkout.`,
  );
}

/**
 * Lists files under a workspace once and answers many glob inputs from the same listing. Symbolic links are followed
 * only when their target stays inside the workspace; one pointing outside is refused with the input and path named,
 * since the action would otherwise hash, profile and summarise a file the repository does not hold.
 */
export class WorkspaceFiles {
  private readonly listing = new Map<string, string[]>();
  private readonly realRoot: string;

  constructor(readonly workspace: string) {
    this.realRoot = realpathSync(workspace);
  }

  /** Expand newline-separated input lines (globs, files, folders, `!negations`) into matched files. */
  expand(patterns: readonly string[], opts: ExpandOptions): GlobMatches {
    const positives: Array<{ pattern: string; files: Set<string> }> = [];
    for (const raw of patterns) {
      const negated = raw.startsWith('!');
      const pattern = toWorkspacePattern(this.workspace, negated ? raw.slice(1) : raw, opts.input);
      if (negated) {
        const isMatch = matcher(pattern);
        for (const p of positives) for (const f of p.files) if (isMatch(f)) p.files.delete(f);
        continue;
      }
      positives.push({ pattern: raw, files: new Set(this.match(pattern, opts.input)) });
    }
    if (!opts.allowEmpty) {
      const empty = positives.find((p) => p.files.size === 0);
      if (empty) {
        throw new UserError(
          `Input '${opts.input}': '${empty.pattern}' matched no files in ${this.workspace}. ` +
            `Check the path (globs are relative to the workspace), or set allow-empty: true if an empty match is expected.`,
        );
      }
    }
    const all = new Set<string>();
    for (const p of positives) for (const f of p.files) all.add(f);
    return {
      files: [...all].sort(byCodeUnit),
      byPattern: positives.map((p) => ({ pattern: p.pattern, files: [...p.files].sort(byCodeUnit) })),
    };
  }

  private match(pattern: string, input: string): string[] {
    const scan = picomatch.scan(pattern);
    if (!scan.isGlob) {
      const abs = join(this.workspace, pattern);
      const st = safeStat(abs);
      if (!st) return [];
      this.checkReal(abs, pattern, input);
      if (st.isFile()) return [pattern];
      if (st.isDirectory()) return this.walk(pattern, input);
      // Named on its own, a FIFO, socket or device is refused (never opened: a FIFO would block the read).
      throw new UserError(`Input '${input}': '${pattern}' is ${fileKind(st)}, not a regular file; the action hashes and reads only regular files.`);
    }
    const base = scan.base === '.' ? '' : scan.base;
    const abs = join(this.workspace, base);
    const st = safeStat(abs);
    if (!st?.isDirectory()) return [];
    const isMatch = matcher(pattern);
    return this.walk(base, input).filter((f) => isMatch(f));
  }

  /** All files below a workspace-relative directory (memoised per directory). */
  private walk(dir: string, input: string): string[] {
    const hit = this.listing.get(dir);
    if (hit) return hit;
    const out: string[] = [];
    const visited = new Set<string>();
    const rec = (rel: string) => {
      const abs = join(this.workspace, rel);
      const real = realpathSync(abs);
      if (visited.has(real)) return; // a link cycle
      visited.add(real);
      let entries: Dirent[];
      try {
        entries = readdirSync(abs, { withFileTypes: true });
      } catch (e) {
        throw new UserError(`Input '${input}': cannot list folder '${rel || '.'}': ${(e as Error).message}`);
      }
      for (const d of entries) {
        const child = rel ? `${rel}/${d.name}` : d.name;
        if (d.isDirectory()) {
          if (!SKIP_DIRS.has(d.name)) rec(child);
        } else if (d.isFile()) {
          out.push(child);
        } else if (d.isSymbolicLink()) {
          const st = safeStat(join(this.workspace, child));
          if (!st) continue; // dangling link: nothing to hash
          this.checkReal(join(this.workspace, child), child, input);
          if (st.isDirectory()) rec(child);
          else if (st.isFile()) out.push(child);
        }
      }
    };
    rec(dir);
    out.sort(byCodeUnit);
    this.listing.set(dir, out);
    return out;
  }

  private checkReal(abs: string, shown: string, input: string): void {
    const rel = relative(this.realRoot, realpathSync(abs)).split(sep).join('/');
    if (!isInside(rel)) {
      throw new UserError(
        `Input '${input}': '${shown}' is a link to ${realpathSync(abs)}, outside the workspace (${this.workspace}). ` +
          `Copy the data into the checkout or point the input at a path inside it.`,
      );
    }
  }
}

/** A predicate for one workspace-relative pattern: a glob, or a file/folder path matching itself and what is under it. */
export function matcher(pattern: string): (f: string) => boolean {
  const scan = picomatch.scan(pattern);
  if (!scan.isGlob) return (f) => f === pattern || f.startsWith(pattern === '' ? '' : pattern + '/');
  // What picomatch(pattern)(f) answers for a POSIX path, without its per-call result object (3x faster on 10,000).
  const re = picomatch.makeRe(pattern, { dot: true });
  return (f) => f !== '' && (f === pattern || re.test(f));
}

/**
 * Filter paths (that need not exist, e.g. files a pull request deleted) by input lines: globs, files, folders and
 * `!negations`, with the same meaning as WorkspaceFiles.expand.
 */
export function filterPaths(workspace: string, patterns: readonly string[], paths: readonly string[], input: string): string[] {
  const rules = patterns.map((raw) => {
    const negated = raw.startsWith('!');
    return { negated, isMatch: matcher(toWorkspacePattern(workspace, negated ? raw.slice(1) : raw, input)) };
  });
  return paths.filter((f) => {
    let keep = false;
    for (const r of rules) {
      if (r.negated) {
        if (keep && r.isMatch(f)) keep = false;
      } else if (!keep && r.isMatch(f)) keep = true;
    }
    return keep;
  });
}

function safeStat(abs: string) {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}

/** Sort by UTF-16 code unit, the same on every machine and locale (localeCompare is not). */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A relative POSIX path with no empty, `.` or `..` segment and no backslash: joining it needs no normalising. */
const CLEAN_REL = /^(?!\.{1,2}(?:\/|$))(?!.*\/\.{1,2}(?:\/|$))(?!.*\/\/)[^\\/][^\\]*$/;

/**
 * Absolute path of a workspace-relative POSIX path. The paths a glob listing yields are clean and are concatenated
 * (path.join's normalising was a tenth of a warm re-check of 10,000 files); anything else goes through join.
 */
export function absPath(workspace: string, rel: string): string {
  if (rel.endsWith('/') || !CLEAN_REL.test(rel)) return join(workspace, rel);
  return (workspace.endsWith(sep) ? workspace : workspace + sep) + (sep === '/' ? rel : rel.replace(/\//g, sep));
}

/**
 * Refuse an output path (write-lock, report-path) that names an existing input of this run: a data, pointer, code or
 * params file the globs match. Such a file would be left out of the fingerprint (the action's own files are) and
 * then overwritten with JSON. A file mlci wrote itself (a lock file or report from an earlier run, JSON whose
 * `schema` starts with `mlci.`) is the action's own and may be replaced.
 */
export function refuseInputClobber(
  workspace: string,
  rel: string,
  input: string,
  globs: Record<string, readonly string[]>,
): void {
  const abs = join(workspace, rel);
  const st = safeStat(abs);
  if (!st?.isFile()) return;
  for (const [name, patterns] of Object.entries(globs)) {
    const positives = patterns.filter((p) => p.trim() !== '');
    if (positives.length === 0) continue;
    if (filterPaths(workspace, positives, [rel], name).length > 0 && !writtenByMlci(abs, st.size)) {
      throw new UserError(
        `Input '${input}': '${rel}' is a file input '${name}' matches; writing there would overwrite it. ` +
          `Choose another path (or exclude it from '${name}' with '!${rel}' if it is not data).`,
      );
    }
  }
}

/** A JSON object with `"schema": "mlci.…"` (lock files sort their keys, so the schema is not necessarily first). */
function writtenByMlci(abs: string, size: number): boolean {
  if (size > 256 * 1024 * 1024) return false;
  try {
    const head = readFileSync(abs, 'utf8');
    if (!/^\s*\{/.test(head)) return false;
    const schema = (JSON.parse(head) as { schema?: unknown }).schema;
    return typeof schema === 'string' && schema.startsWith('mlci.');
  } catch {
    return false;
  }
}
