import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import type { CacheStore, RecordStore, RunHistory } from '../platform.js';
import { absPath, toWorkspacePattern } from './paths.js';
import { parseRecord, RecordError, serializeRecord, type DetectRecord } from './record.js';
import { explainCacheMiss, loadFromStore } from './record-store.js';

/**
 * Where the previous record comes from (input `baseline`). `git` keeps it in the repository under a ref of its own
 * (`git:<name>` names it; default: the digest of the `data` and `pointers` inputs, as the cache key does).
 */
export type BaselineSource = { kind: 'cache' } | { kind: 'none' } | { kind: 'file'; path: string } | { kind: 'git'; name?: string };

/** A record name is one ref component: letters, digits, `.`, `_`, `-` (no `..`, no `.lock` ending). */
const RECORD_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

export function parseBaselineInput(value: string, workspace: string): BaselineSource {
  const v = value.trim();
  if (v === '' || v === 'cache') return { kind: 'cache' };
  if (v === 'none') return { kind: 'none' };
  if (v === 'git') return { kind: 'git' };
  if (v.startsWith('git:')) {
    const name = v.slice(4).trim();
    if (!RECORD_NAME.test(name) || name.includes('..') || name.endsWith('.lock')) {
      throw new UserError(
        `Input 'baseline': '${v.slice(0, 120)}' is not a record name: after 'git:' use letters, digits, '.', '_' and '-' only (e.g. 'git:fraud-model'), or just 'git'.`,
      );
    }
    return { kind: 'git', name };
  }
  return { kind: 'file', path: toWorkspacePattern(workspace, v, 'baseline') };
}

export interface BaselineKeys {
  /** Key this run saves under (unique per run attempt: cache entries are immutable). */
  save: string;
  /** Prefix for this branch (newest entry wins), then the default branch's. */
  restore: string[];
  /** Local file the cache entry holds (and `baseline: git` hands from the main step to the post step). */
  path: string;
  /** Digest of the data and pointers inputs: the default record name of `baseline: git`. */
  digest: string;
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
    digest,
  };
}

export interface LoadedBaseline {
  record?: DetectRecord;
  /** For the summary: where the baseline came from, or why there is none. */
  description: string;
  /** The cache key that matched. */
  matchedKey?: string;
  /** A record was expected (an earlier run saved one) but is missing or unusable: the first run has a cause. */
  expectedButMissing?: boolean;
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
  ctx: {
    workspace: string;
    cache?: CacheStore;
    keys: BaselineKeys;
    log: BaselineLog;
    records?: RecordStore;
    history?: RunHistory;
    /** The branch this run's record belongs to, and the default branch to fall back to. */
    branch?: string;
    defaultBranch?: string;
    now?: Date;
  },
): Promise<LoadedBaseline> {
  if (source.kind === 'none') return { description: 'none (baseline: none)' };
  if (source.kind === 'git') {
    if (!ctx.records) throw new UserError("Input 'baseline': 'git' needs a platform that can store records in the repository (GitHub); use a lock file or 'cache' here.");
    return loadFromStore(ctx.records, { name: source.name ?? ctx.keys.digest, branch: ctx.branch ?? 'main', defaultBranch: ctx.defaultBranch, log: ctx.log });
  }
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
    const branches = [ctx.branch, ctx.defaultBranch].filter((b, i, all): b is string => !!b && all.indexOf(b) === i);
    const evicted = await explainCacheMiss(ctx.history, { branches, now: ctx.now, log: ctx.log });
    if (evicted) {
      ctx.log.warning(evicted);
      return { description: 'cache (record expected but missing, most likely evicted: first run)', expectedButMissing: true };
    }
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
