import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CacheStore } from '../platform.js';
import { absPath, toWorkspacePattern } from './paths.js';
import { parseRecord, RecordError, serializeRecord, type DetectRecord } from './record.js';

/** Where the previous record comes from (input `baseline`). */
export type BaselineSource = { kind: 'cache' } | { kind: 'none' } | { kind: 'file'; path: string };

export function parseBaselineInput(value: string, workspace: string): BaselineSource {
  const v = value.trim();
  if (v === '' || v === 'cache') return { kind: 'cache' };
  if (v === 'none') return { kind: 'none' };
  return { kind: 'file', path: toWorkspacePattern(workspace, v, 'baseline') };
}

export interface BaselineKeys {
  /** Key this run saves under (unique per run attempt: cache entries are immutable). */
  save: string;
  /** Prefix for this branch (newest entry wins), then the default branch's. */
  restore: string[];
  /** Local file the cache entry holds. */
  path: string;
}

/**
 * Cache keys for the baseline: `mlci-detect-v1-<data digest>-<branch>-<run id>-<attempt>`, restored by prefix for the
 * branch, falling back to the default branch. The data digest (of the `data` and `pointers` lines) keeps two detect
 * steps with different data apart; code and params are compared, not keyed, so editing them does not reset the baseline.
 * The file lives under the OS temp folder, outside the workspace, so no `git add -A` picks it up.
 */
export function baselineKeys(opts: {
  data: readonly string[];
  pointers: readonly string[];
  branch: string;
  defaultBranch?: string;
  runId: number | string;
  runAttempt: number | string;
}): BaselineKeys {
  const digest = createHash('sha256').update(JSON.stringify([opts.data, opts.pointers])).digest('hex').slice(0, 16);
  // Keys may not hold commas (@actions/cache splits on them) and are at most 512 characters.
  const clean = (b: string) => b.replace(/[,\s]/g, '_').slice(0, 200);
  const prefix = `mlci-detect-v1-${digest}-`;
  const restore = [`${prefix}${clean(opts.branch)}-`];
  if (opts.defaultBranch && opts.defaultBranch !== opts.branch) restore.push(`${prefix}${clean(opts.defaultBranch)}-`);
  return {
    save: `${prefix}${clean(opts.branch)}-${opts.runId}-${opts.runAttempt}`,
    restore,
    path: join(tmpdir(), 'mlci-detect-data-change', digest, 'baseline.json'),
  };
}

export interface LoadedBaseline {
  record?: DetectRecord;
  /** For the summary: where the baseline came from, or why there is none. */
  description: string;
  /** The cache key that matched. */
  matchedKey?: string;
}

export interface BaselineLog {
  warning(message: string): void;
  info(message: string): void;
}

/**
 * Load the baseline record. Never throws for a missing, unreachable or damaged baseline: a cache outage or a corrupt
 * record is one warning and a first run, so a flaky cache cannot block training.
 */
export async function loadBaseline(
  source: BaselineSource,
  ctx: { workspace: string; cache?: CacheStore; keys: BaselineKeys; log: BaselineLog },
): Promise<LoadedBaseline> {
  if (source.kind === 'none') return { description: 'none (baseline: none)' };
  if (source.kind === 'file') {
    const file = absPath(ctx.workspace, source.path);
    if (!existsSync(file)) {
      ctx.log.info(`No lock file at ${source.path} yet: this is a first run.`);
      return { description: `${source.path} (not found: first run)` };
    }
    return parseOrWarn(() => readFileSync(file, 'utf8'), source.path, ctx.log, { description: source.path });
  }
  if (!ctx.cache) {
    ctx.log.warning('No cache is available on this platform, so there is no baseline: treated as a first run. Use baseline: <lock file> to keep one in the repository.');
    return { description: 'cache (unavailable: first run)' };
  }
  // A file left by an earlier step on a reused (self-hosted) runner must not pass for the restored one.
  rmSync(ctx.keys.path, { force: true });
  let matched: string | undefined;
  try {
    matched = await ctx.cache.restore([ctx.keys.path], ctx.keys.restore[0], ctx.keys.restore.slice(1));
  } catch (e) {
    ctx.log.warning(`Baseline cache unavailable (${(e as Error).message}): treated as a first run.`);
    return { description: 'cache (unavailable: first run)' };
  }
  if (!matched) {
    ctx.log.info(`No baseline in the cache under ${ctx.keys.restore.join(' or ')}: this is a first run.`);
    return { description: 'cache (no entry yet: first run)' };
  }
  if (!existsSync(ctx.keys.path)) {
    ctx.log.warning(`Cache entry ${matched} restored no baseline file at ${ctx.keys.path}: treated as a first run.`);
    return { description: `cache ${matched} (empty: first run)` };
  }
  return parseOrWarn(() => readFileSync(ctx.keys.path, 'utf8'), `from cache entry ${matched}`, ctx.log, { description: `cache ${matched}`, matchedKey: matched });
}

function parseOrWarn(read: () => string, where: string, log: BaselineLog, found: LoadedBaseline): LoadedBaseline {
  try {
    return { ...found, record: parseRecord(read(), where) };
  } catch (e) {
    if (!(e instanceof RecordError) && !(e as NodeJS.ErrnoException).code) throw e;
    log.warning(`${(e as Error).message}: ignored, treated as a first run.`);
    return { description: `${found.description} (unusable: first run)` };
  }
}

/** Write a record to a file (lock file or the cache's local path), creating folders. */
export function writeRecord(path: string, record: DetectRecord): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, serializeRecord(record));
}
