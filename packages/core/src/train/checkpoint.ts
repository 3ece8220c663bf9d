import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/**
 * Newest checkpoint in `checkpoint-dir`: each entry directly inside it (a file such as `epoch-3.pt`, or a directory
 * such as Hugging Face's `checkpoint-500/`) is one checkpoint.
 */
export interface Checkpoint {
  path: string;
  name: string;
  mtimeMs: number;
}

/** Names that are not (yet) a checkpoint: hidden files and the temporary files writers rename into place. */
const NOT_A_CHECKPOINT = /^\.|\.(tmp|temp|partial|part|lock|incomplete)$|~$/i;

const collator = new Intl.Collator('en', { numeric: true });

function safeStat(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/**
 * When an entry was last written. A directory's own mtime changes when files are added or removed in it, not when
 * a file inside is rewritten, so the newest of the directory and its direct children counts.
 */
function lastWritten(path: string, st: Stats): number {
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  try {
    for (const name of readdirSync(path)) {
      const c = safeStat(join(path, name));
      if (c && c.mtimeMs > t) t = c.mtimeMs;
    }
  } catch {
    // unreadable directory: its own mtime is all we have
  }
  return t;
}

/**
 * The newest checkpoint in `dir`, or undefined when there is none (or no such directory).
 * `notBeforeMs` leaves out checkpoints older than this run (stale ones a persistent self-hosted workspace kept from
 * an earlier job): resuming from those would silently continue someone else's training.
 * Ties (same mtime, common on coarse file systems) go to the name that sorts last with numbers compared as numbers,
 * so `checkpoint-1000` beats `checkpoint-500`.
 */
export function findNewestCheckpoint(dir: string, notBeforeMs = 0): Checkpoint | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  let best: Checkpoint | undefined;
  for (const name of names) {
    if (NOT_A_CHECKPOINT.test(name)) continue;
    const path = join(dir, name);
    const st = safeStat(path);
    if (!st || !(st.isFile() || st.isDirectory())) continue;
    const mtimeMs = lastWritten(path, st);
    if (mtimeMs < notBeforeMs) continue;
    if (!best || mtimeMs > best.mtimeMs || (mtimeMs === best.mtimeMs && collator.compare(name, best.name) > 0)) {
      best = { path, name, mtimeMs };
    }
  }
  return best;
}
