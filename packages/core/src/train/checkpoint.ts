import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';

/**
 * Which entry of `checkpoint-dir` a retry resumes from. Each entry directly inside the directory (a file such as
 * `epoch-3.pt`, or a directory such as Hugging Face's `checkpoint-500/`) may be one checkpoint; `checkpoint-pattern`
 * says which names are checkpoints, so a sidecar `epoch-3.json`, a marker file or `zero_to_fp32.py` never is.
 */
export interface Checkpoint {
  path: string;
  name: string;
  mtimeMs: number;
  /** Why this one: the rule that chose it, in one sentence (shown in the log and the summary). */
  reason: string;
}

/** Names matched when `checkpoint-pattern` is not set: PyTorch, Lightning, safetensors, and Hugging Face Trainer. */
export const DEFAULT_CHECKPOINT_PATTERNS = ['*.pt', '*.pth', '*.ckpt', '*.safetensors', 'checkpoint-*/'];

/** One `checkpoint-pattern` glob: `*`, `?` and `[...]` over one name; a trailing `/` matches directories only. */
export interface CheckpointPattern {
  glob: string;
  re: RegExp;
  dirOnly: boolean;
}

/** Names that are never a checkpoint whatever the pattern: hidden files and temp files writers rename into place. */
const NOT_A_CHECKPOINT = /^\.|\.(tmp|temp|partial|part|lock|incomplete)$|~$/i;

const collator = new Intl.Collator('en', { numeric: true });

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, end);
      if (body.startsWith('!')) body = '^' + body.slice(1);
      re += '[' + body.replace(/\\/g, '\\\\') + ']';
      i = end;
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Parse `checkpoint-pattern` items; a bad one is a UserError naming it. */
export function parseCheckpointPatterns(items: readonly string[]): CheckpointPattern[] {
  const out: CheckpointPattern[] = [];
  for (const raw of items) {
    const glob = raw.trim();
    if (!glob) continue;
    const dirOnly = glob.endsWith('/');
    const body = dirOnly ? glob.slice(0, -1) : glob;
    if (body === '' || body.includes('/') || body === '.' || body === '..') {
      throw new UserError(
        `Input 'checkpoint-pattern' has '${glob}': a pattern matches one name directly inside checkpoint-dir, such as '*.pt' or 'checkpoint-*/' (a trailing / matches directories only); it cannot hold a path.`,
      );
    }
    out.push({ glob, re: globToRegExp(body), dirOnly });
  }
  if (out.length === 0) throw new UserError("Input 'checkpoint-pattern' is set but lists no pattern; leave it out for the defaults (*.pt, *.pth, *.ckpt, *.safetensors, checkpoint-*/).");
  return out;
}

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

function readAt(path: string, position: number, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, position);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Largest zip end-of-central-directory record plus its longest comment (APPNOTE.TXT 4.3.16). */
const ZIP_EOCD_SPAN = 22 + 0xffff;
/** safetensors headers larger than this are not read (the format's own reader caps the header at 100 MB). */
const SAFETENSORS_MAX_HEADER = 100_000_000;

/**
 * Why a checkpoint file is not complete, or undefined when it looks whole. Checked without loading it:
 * - `torch.save` writes a zip archive (PyTorch >= 1.6, `_use_new_zipfile_serialization`), and a zip ends with its
 *   end-of-central-directory record (PKWARE APPNOTE.TXT 4.3.16): a file cut short by a kill lacks it.
 * - safetensors starts with an 8-byte little-endian header length and a JSON header whose `data_offsets` say where
 *   each tensor ends (huggingface/safetensors README, "Format"): the file must be at least that long.
 * Other files (legacy pickles, framework formats) only have to be non-empty.
 */
export function incompleteReason(path: string, size: number): string | undefined {
  if (size === 0) return 'empty';
  let head: Buffer;
  try {
    head = readAt(path, 0, 8);
  } catch (e) {
    return `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) {
    const span = Math.min(size, ZIP_EOCD_SPAN);
    const tail = readAt(path, size - span, span);
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) return undefined;
    }
    return 'cut short: a zip (torch.save) file without its end record';
  }
  if (/\.safetensors$/i.test(path)) {
    if (size < 8) return 'cut short: no safetensors header';
    const n = Number(head.readBigUInt64LE(0));
    if (n > SAFETENSORS_MAX_HEADER || 8 + n > size) return 'cut short: the safetensors header is longer than the file';
    let header: Record<string, { data_offsets?: [number, number] }>;
    try {
      header = JSON.parse(readAt(path, 8, n).toString('utf8'));
    } catch {
      return 'cut short: the safetensors header is not valid JSON';
    }
    let end = 0;
    for (const [k, v] of Object.entries(header)) {
      if (k !== '__metadata__' && Array.isArray(v?.data_offsets)) end = Math.max(end, Number(v.data_offsets[1]) || 0);
    }
    if (8 + n + end > size) return `cut short: the tensors end at byte ${8 + n + end} but the file has ${size}`;
  }
  return undefined;
}

/**
 * Why a checkpoint directory is not complete. Hugging Face Trainer writes `trainer_state.json` into
 * `checkpoint-<step>/` after the model, optimizer, scheduler and RNG state (transformers `Trainer._save_checkpoint`),
 * so a `checkpoint-<step>/` without it was cut short. Any directory must be non-empty, and the torch.save and
 * safetensors files directly inside it must be complete.
 */
function incompleteDirReason(path: string, name: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(path);
  } catch (e) {
    return `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  if (names.length === 0) return 'empty';
  if (/^checkpoint-\d+$/.test(name) && !names.includes('trainer_state.json')) {
    return 'cut short: no trainer_state.json, which Hugging Face Trainer writes last';
  }
  for (const n of names.sort()) {
    if (!/\.(pt|pth|ckpt|bin|safetensors)$/i.test(n)) continue;
    const st = safeStat(join(path, n));
    if (!st?.isFile()) continue;
    const why = incompleteReason(join(path, n), st.size);
    if (why) return `${n} is ${why}`;
  }
  return undefined;
}

export interface CheckpointSearch {
  checkpoint?: Checkpoint;
  /** Entries that matched a pattern but were passed over, with why (newest first, at most 5). */
  skipped: Array<{ name: string; why: string }>;
  /** Entries that matched a pattern, complete or not, of this run. */
  matched: number;
}

export interface CheckpointSearchOptions {
  /** Leave out checkpoints older than this (ms since the epoch): an earlier job's, on a persistent workspace. */
  notBeforeMs?: number;
  patterns?: CheckpointPattern[];
}

/**
 * The checkpoint a retry resumes from: the newest complete entry of `dir` whose name matches a pattern and that was
 * written by this run (`notBeforeMs`).
 *
 * DeepSpeed writes a `latest` file naming the tag directory of its newest checkpoint after that checkpoint is saved
 * (deepspeed `DeepSpeedEngine.save_checkpoint`): when it exists and names a directory of this run, that directory
 * is the checkpoint, whatever the patterns say.
 *
 * Ties (same mtime, common on coarse file systems) go to Lightning's `last.ckpt`, then to the name that sorts last
 * with numbers compared as numbers, so `checkpoint-1000` beats `checkpoint-500`.
 */
export function searchCheckpoints(dir: string, opts: CheckpointSearchOptions = {}): CheckpointSearch {
  const notBeforeMs = opts.notBeforeMs ?? 0;
  const patterns = opts.patterns ?? parseCheckpointPatterns(DEFAULT_CHECKPOINT_PATTERNS);
  const result: CheckpointSearch = { skipped: [], matched: 0 };
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return result;
  }

  // DeepSpeed's `latest` tag file.
  if (names.includes('latest')) {
    const latest = join(dir, 'latest');
    const st = safeStat(latest);
    if (st?.isFile() && st.size > 0 && st.size < 4096) {
      const tag = readFileSync(latest, 'utf8').trim();
      const tagStat = tag && !tag.includes('/') && tag !== '.' && tag !== '..' ? safeStat(join(dir, tag)) : undefined;
      if (tagStat?.isDirectory()) {
        const mtimeMs = lastWritten(join(dir, tag), tagStat);
        if (mtimeMs >= notBeforeMs) {
          result.matched = 1;
          result.checkpoint = {
            path: join(dir, tag), name: tag, mtimeMs,
            reason: `DeepSpeed's \`latest\` file names ${tag}, and DeepSpeed writes it only after that checkpoint is saved`,
          };
          return result;
        }
      }
    }
  }

  const candidates: Array<{ name: string; path: string; mtimeMs: number; st: Stats; glob: string }> = [];
  for (const name of names) {
    if (NOT_A_CHECKPOINT.test(name)) continue;
    const path = join(dir, name);
    const st = safeStat(path);
    if (!st || !(st.isFile() || st.isDirectory())) continue;
    const p = patterns.find((pt) => pt.re.test(name) && (!pt.dirOnly || st.isDirectory()));
    if (!p) continue;
    const mtimeMs = lastWritten(path, st);
    if (mtimeMs < notBeforeMs) continue;
    candidates.push({ name, path, mtimeMs, st, glob: p.glob });
  }
  result.matched = candidates.length;
  candidates.sort((a, b) =>
    b.mtimeMs - a.mtimeMs || Number(b.name === 'last.ckpt') - Number(a.name === 'last.ckpt') || collator.compare(b.name, a.name));
  for (const c of candidates) {
    const why = c.st.isDirectory() ? incompleteDirReason(c.path, c.name) : incompleteReason(c.path, c.st.size);
    if (why) {
      if (result.skipped.length < 5) result.skipped.push({ name: c.name, why });
      continue;
    }
    const passed = result.skipped.length ? `; passed over ${result.skipped.map((s) => `${s.name} (${s.why})`).join(', ')}` : '';
    result.checkpoint = {
      path: c.path, name: c.name, mtimeMs: c.mtimeMs,
      reason: `the newest complete entry matching \`${c.glob}\` (${candidates.length} of this run matched checkpoint-pattern${passed})`,
    };
    break;
  }
  return result;
}

/** The newest complete checkpoint in `dir` (see searchCheckpoints), or undefined when there is none. */
export function findNewestCheckpoint(dir: string, notBeforeMs = 0, patterns?: CheckpointPattern[]): Checkpoint | undefined {
  return searchCheckpoints(dir, { notBeforeMs, patterns }).checkpoint;
}
