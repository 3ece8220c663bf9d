/**
 * Path inputs, checked before anything is opened. An action reads only files inside the workspace or the runner's
 * temp folder, and writes only there: a pull request controls the files in the checkout, so a symbolic link in it
 * (`candidate.csv -> /etc/shadow`) must not make the action read, quote or post a file the repository does not hold,
 * and a `report-path: /home/runner/.bashrc` must not overwrite one. Non-regular files (FIFOs, devices, sockets) are
 * refused from their stat, without being opened: opening a FIFO for reading blocks until a writer comes, which
 * would hang the step until the job times out.
 */
import { lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { excerpt } from '../excerpt.js';

/** The folders path inputs may resolve into. */
export interface FileRoots {
  /** The repository checkout (GITHUB_WORKSPACE); relative paths start here. */
  workspace: string;
  /** The runner's temp folder (RUNNER_TEMP), when there is one: earlier steps write reports there. */
  temp?: string;
}

/** Roots from the runner's environment: GITHUB_WORKSPACE (else the current directory) and RUNNER_TEMP. */
export function fileRootsFromEnv(env: NodeJS.ProcessEnv = process.env): FileRoots {
  return { workspace: env.GITHUB_WORKSPACE || process.cwd(), temp: env.RUNNER_TEMP || undefined };
}

/** True when `child` is `root` or below it (both absolute, normalised). */
export function isWithin(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel));
}

function realRoots(roots: FileRoots): string[] {
  const out: string[] = [];
  for (const r of [roots.workspace, roots.temp]) {
    if (!r) continue;
    try {
      out.push(realpathSync(r));
    } catch {
      // A root that does not exist holds nothing.
    }
  }
  return out;
}

/**
 * Realpath of a path that may not exist yet: the nearest existing ancestor's realpath plus the rest. A dangling
 * symbolic link on the way is followed to where it points (writing through it would create the file there).
 */
function realpathLoose(abs: string, depth = 0): string {
  const rest: string[] = [];
  let p = abs;
  for (;;) {
    try {
      return join(realpathSync(p), ...rest.reverse());
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
      if (depth < 40 && isLink(p)) return realpathLoose(join(resolve(dirname(p), readlinkSync(p)), ...rest.reverse()), depth + 1);
      const parent = dirname(p);
      if (parent === p) return abs;
      rest.push(basename(p));
      p = parent;
    }
  }
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function shownRoots(roots: FileRoots): string {
  return roots.temp ? `the workspace (${roots.workspace}) or the runner's temp folder (${roots.temp})` : `the workspace (${roots.workspace})`;
}

function outside(input: string, given: string, real: string, roots: FileRoots, what: string): UserError {
  const via = real !== resolve(roots.workspace, given) ? ` (it resolves to ${excerpt(real, 200)} through a symbolic link)` : '';
  return new UserError(
    `Input '${input}': ${excerpt(given, 200)}${via} is outside ${shownRoots(roots)}; ${what} Use a path inside the repository checkout or RUNNER_TEMP.`,
  );
}

/** What a stat says the file is, in words, for a refusal. */
export function fileKind(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

export interface InputFileOptions {
  /** Input name for messages (`candidate`, `policy`, ...). */
  input: string;
  roots: FileRoots;
  /** Accept a directory too (e.g. a model folder). Default: a regular file only. */
  directory?: boolean;
}

/**
 * Resolve a path input that names a file to read: relative paths start at the workspace; the real path (every
 * symbolic link followed) must lie inside a root; the file must exist and be a regular file. Returns the absolute
 * path as given (not the real one), so messages name the file the user wrote.
 */
export function resolveInputFile(path: string, opts: InputFileOptions): string {
  const abs = resolve(opts.roots.workspace, path);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      // Outside is refused before "not found" (which would tell whether a file exists there); a dangling link is
      // judged by where it points.
      const target = realpathLoose(abs);
      if (!realRoots(opts.roots).some((r) => isWithin(r, target))) {
        throw outside(opts.input, path, target, opts.roots, 'the action reads only files the run holds.');
      }
      throw new UserError(`Input '${opts.input}': ${excerpt(path, 200)} not found; check the path (relative paths start at the workspace, ${opts.roots.workspace}).`);
    }
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`Input '${opts.input}': ${excerpt(path, 200)} cannot be read (permission denied).`);
    if (code === 'ELOOP') throw new UserError(`Input '${opts.input}': ${excerpt(path, 200)} is a symbolic link loop.`);
    throw e;
  }
  if (!realRoots(opts.roots).some((r) => isWithin(r, real))) {
    throw outside(opts.input, path, real, opts.roots, 'the action reads only files the run holds.');
  }
  const st = statSync(real);
  if (st.isFile() || (opts.directory && st.isDirectory())) return abs;
  throw new UserError(
    `Input '${opts.input}': ${excerpt(path, 200)} is ${fileKind(st)}, not a regular file; ` +
      (st.isDirectory() ? 'give the path of a file inside it.' : 'the action reads only regular files (it never opens pipes or devices).'),
  );
}

export interface OutputFileOptions {
  input: string;
  roots: FileRoots;
  /** Files this run reads (absolute or workspace-relative): an output must never overwrite one of them. */
  inputs?: readonly string[];
}

/**
 * Resolve a path input that names a file to write: its real location (links followed, missing folders allowed)
 * must lie inside a root; an existing target must be a regular file (never a directory, pipe or device), and not a
 * file this run reads. Returns the absolute path.
 */
export function resolveOutputFile(path: string, opts: OutputFileOptions): string {
  const abs = resolve(opts.roots.workspace, path);
  const real = realpathLoose(abs);
  if (!realRoots(opts.roots).some((r) => isWithin(r, real))) {
    throw outside(opts.input, path, real, opts.roots, 'the action writes only there.');
  }
  let st: Stats | undefined;
  try {
    st = statSync(real);
  } catch {
    st = undefined;
  }
  if (st && !st.isFile()) {
    throw new UserError(`Input '${opts.input}': ${excerpt(path, 200)} is ${fileKind(st)}; give the path of a file to write (it is created or replaced).`);
  }
  for (const i of opts.inputs ?? []) {
    if (!i) continue;
    if (realpathLoose(resolve(opts.roots.workspace, i)) === real) {
      throw new UserError(
        `Input '${opts.input}': ${excerpt(path, 200)} is also a file this run reads (${excerpt(i, 200)}); writing there would overwrite it. Choose another path.`,
      );
    }
  }
  return abs;
}

/**
 * Check an already-resolved path is a regular file before opening it, from its stat (never an open): a directory,
 * FIFO, socket or device is a UserError naming `label`. Returns the stat.
 */
export function statRegularFile(path: string, label: string): Stats {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError(`${label} not found; check the path (relative paths start at the workspace)`, { file: path });
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`${label} cannot be read (permission denied)`, { file: path });
    if (code === 'ELOOP') throw new UserError(`${label} is a symbolic link loop`, { file: path });
    throw e;
  }
  if (!st.isFile()) {
    throw new UserError(
      `${label} is ${fileKind(st)}, not a regular file; ${st.isDirectory() ? 'pass the path of a file' : 'the action never opens pipes or devices'}`,
      { file: path },
    );
  }
  return st;
}
