import { statSync } from 'node:fs';
import { UserError } from '../errors.js';
import { hashFiles, HashReadError, type HashAlgorithm } from './hash-pool.js';
import { absPath } from './paths.js';

/** A data file's fingerprint and the stat fields that let the next run skip rehashing it. */
export interface FileFingerprint {
  /** Workspace-relative POSIX path. */
  path: string;
  size: number;
  sha256: string;
  /** Only for files a DVC record describes (DVC records md5). */
  md5?: string;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export interface FingerprintOptions {
  /** Fingerprints from the baseline record: files whose stat fields match are not read again. */
  previous?: ReadonlyMap<string, FileFingerprint>;
  /** When the previous fingerprints were taken (ms since epoch); see racy files below. */
  previousStatAt?: number;
  /** Files that also need an md5 (compared with a DVC record). */
  md5?: ReadonlySet<string>;
  threads?: number;
  /** The input the files came from, for error messages. */
  input?: string;
  /**
   * Called once the stat cache has decided, with the paths that will be hashed (before any is read). Returning
   * `{ offMain: true }` hashes them in worker threads only, so this thread can work meanwhile (detect.ts profiles).
   */
  beforeHash?: (pending: readonly string[]) => { offMain: boolean } | void;
}

export interface FingerprintResult {
  files: FileFingerprint[];
  /** When the stat calls were made: store it with the fingerprints. */
  statAt: number;
  hashed: number;
  reused: number;
  bytesHashed: number;
}

/**
 * A file modified within this long before the previous fingerprint was taken may have changed again within the same
 * mtime tick after it was hashed ("racy clean" in git's index): it is hashed again rather than trusted.
 */
const RACY_MS = 2000;

/**
 * Fingerprint files: stat each one, reuse the previous sha256 when size, mtime, ctime and inode all match (the stat
 * cache; ctime too because `touch -m` can restore an mtime but not a ctime), and hash the rest in worker threads.
 */
export async function fingerprintFiles(workspace: string, paths: readonly string[], opts: FingerprintOptions = {}): Promise<FingerprintResult> {
  const statAt = Date.now();
  const input = opts.input ?? 'data';
  const files: FileFingerprint[] = new Array(paths.length);
  const todo: number[] = [];
  let reused = 0;
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i];
    let st;
    try {
      st = statSync(absPath(workspace, path));
    } catch (e) {
      throw new UserError(`Input '${input}': cannot read '${path}': ${(e as Error).message}`, { file: path });
    }
    const prev = opts.previous?.get(path);
    const wantMd5 = opts.md5?.has(path) ?? false;
    if (
      prev &&
      prev.size === st.size &&
      prev.mtimeMs === st.mtimeMs &&
      prev.ctimeMs === st.ctimeMs &&
      prev.ino === st.ino &&
      (!wantMd5 || prev.md5 !== undefined) &&
      opts.previousStatAt !== undefined &&
      st.mtimeMs < opts.previousStatAt - RACY_MS
    ) {
      files[i] = prev;
      reused++;
      continue;
    }
    files[i] = { path, size: st.size, sha256: '', mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
    todo.push(i);
  }
  let bytesHashed = 0;
  const offMain = opts.beforeHash?.(todo.map((i) => paths[i]))?.offMain ?? false;
  if (todo.length > 0) {
    let results;
    try {
      results = await hashFiles(
        todo.map((i) => ({ path: absPath(workspace, paths[i]), algorithms: (opts.md5?.has(paths[i]) ? ['sha256', 'md5'] : ['sha256']) as HashAlgorithm[] })),
        { sizes: todo.map((i) => files[i].size), threads: opts.threads, offMain },
      );
    } catch (e) {
      if (e instanceof HashReadError) {
        const rel = paths[todo.find((i) => absPath(workspace, paths[i]) === e.path) ?? -1] ?? e.path;
        throw new UserError(`Input '${input}': cannot read '${rel}' (${e.code ?? 'error'}): ${e.message.replace(/^cannot read [^:]*: /, '')}`, { file: rel });
      }
      throw e;
    }
    todo.forEach((i, k) => {
      const r = results[k];
      files[i].sha256 = r.digests.sha256!;
      if (r.digests.md5) files[i].md5 = r.digests.md5;
      // The size read is the truth if the file grew or shrank between stat and read.
      files[i].size = r.size;
      bytesHashed += r.size;
    });
  }
  return { files, statAt, hashed: todo.length, reused, bytesHashed };
}
