/**
 * The baseline kept in the repository itself (`baseline: git`): read per branch with the default branch as
 * fallback, written by compare-and-swap, and the check that tells an evicted cache entry from a real first run.
 * The storage (refs, blobs, commits) is the platform's (RecordStore in platform.ts); what is decided here is which
 * record counts, what a conflict means and what the user is told.
 */
import { UserError } from '../errors.js';
import { PermissionDeniedError, type PreviousRun, type RecordStore, type RunHistory } from '../platform.js';
import { parseRecord, RecordError, serializeRecord, type DetectRecord } from './record.js';

export interface RecordLog {
  warning(message: string): void;
  info(message: string): void;
}

export interface StoreBaseline {
  record?: DetectRecord;
  /** For the summary and the report: where the record came from, or why there is none. */
  description: string;
  /** A record was expected (the location exists) but could not be used. */
  expectedButMissing?: boolean;
}

/** What to tell the user when the token may not read or write the record. */
export function permissionMessage(e: PermissionDeniedError, what: 'read' | 'write', where: string): string {
  const fix =
    what === 'write'
      ? `Give the job \`permissions: contents: write\` (the record is written under ${where}, never on a branch), or set \`save-baseline: never\` on this step.`
      : 'Give the job `permissions: contents: read` (or `contents: write` where the record is saved).';
  return `baseline: git: the token may not ${what} ${where} (${e.message}). ${fix}`;
}

/**
 * The record for `branch`, else the default branch's. A location that exists but holds no usable record is a
 * record expected and missing: one warning naming it and the fix, and a first run.
 */
export async function loadFromStore(
  store: RecordStore,
  opts: { name: string; branch: string; defaultBranch?: string; log: RecordLog },
): Promise<StoreBaseline> {
  const branches = [opts.branch];
  if (opts.defaultBranch && opts.defaultBranch !== opts.branch) branches.push(opts.defaultBranch);
  for (const b of branches) {
    const where = store.location(opts.name, b);
    let got;
    try {
      got = await store.read(opts.name, b);
    } catch (e) {
      if (e instanceof PermissionDeniedError) throw new UserError(permissionMessage(e, 'read', where));
      // An outage must not block training: one warning, and a first run.
      opts.log.warning(`baseline: git: cannot read ${where} (${(e as Error).message}): treated as a first run.`);
      return { description: `git ${where} (unreachable: first run)` };
    }
    if (!got) continue;
    const fix = 'This run trains, and its record replaces the unusable one when it is saved.';
    if (got.text === undefined) {
      opts.log.warning(`baseline: git: ${where} exists (commit ${got.version.slice(0, 12)}) but holds no record, so a record was expected and is missing: treated as a first run (a full retrain). ${fix}`);
      return { description: `git ${where} (no record in it: first run)`, expectedButMissing: true };
    }
    try {
      const record = parseRecord(got.text, where);
      if (b !== opts.branch) opts.log.info(`No record for branch ${opts.branch} yet: comparing with the default branch's, ${where}.`);
      return { record, description: `git ${where}${b !== opts.branch ? ' (default branch)' : ''}` };
    } catch (e) {
      if (!(e instanceof RecordError)) throw e;
      opts.log.warning(`${e.message}, so a record was expected and is missing: treated as a first run (a full retrain). ${fix}`);
      return { description: `git ${where} (unusable: first run)`, expectedButMissing: true };
    }
  }
  const where = branches.map((b) => store.location(opts.name, b)).join(' or ');
  opts.log.info(`No record under ${where}: this is a first run. The record is saved there when training runs.`);
  return { description: `git (no record yet: first run)` };
}

export type SaveOutcome = 'written' | 'kept-newer';

/**
 * Save `record` for (name, branch) by compare-and-swap: read the location, decide, write naming the version read;
 * when another writer moved it in between, read again and decide again. Two trainings racing keep the newer one
 * (by `trainedAt`): the record is what the next run compares with, and the later training saw the later data.
 */
export async function saveToStore(
  store: RecordStore,
  opts: { name: string; branch: string; record: DetectRecord; message: string; log: RecordLog; attempts?: number },
): Promise<SaveOutcome> {
  const where = store.location(opts.name, opts.branch);
  const text = serializeRecord(opts.record);
  const attempts = opts.attempts ?? 5;
  for (let i = 1; i <= attempts; i++) {
    let current;
    try {
      current = await store.read(opts.name, opts.branch);
      if (current?.text !== undefined) {
        const theirs = parseTrainedAt(current.text);
        if (theirs !== undefined && theirs > opts.record.trainedAt) {
          opts.log.info(`${where} already holds a record of a later training (${theirs}, this one ${opts.record.trainedAt}): kept it.`);
          return 'kept-newer';
        }
      }
      const w = await store.write(opts.name, opts.branch, text, current?.version, opts.message);
      if (w.written) {
        opts.log.info(`Saved the baseline record to ${where} (commit ${w.version.slice(0, 12)}).`);
        return 'written';
      }
    } catch (e) {
      if (e instanceof PermissionDeniedError) throw new UserError(permissionMessage(e, 'write', where));
      throw e;
    }
    opts.log.info(`${where} moved while this run was writing it (another run saved a record): reading it again (attempt ${i + 1} of ${attempts}).`);
  }
  throw new Error(`baseline: git: ${where} kept moving; gave up after ${attempts} attempts`);
}

/** trainedAt of a stored record, without validating the rest (a damaged record is overwritten). */
function parseTrainedAt(text: string): string | undefined {
  try {
    const t = (JSON.parse(text) as { trainedAt?: unknown }).trainedAt;
    return typeof t === 'string' ? t : undefined;
  } catch {
    return undefined;
  }
}

const DAY_MS = 86_400_000;

/**
 * A cache miss on a branch where this workflow has succeeded before: a record was saved then (the first run always
 * trains and saves), so it was evicted. GitHub removes cache entries not accessed in over 7 days and evicts the
 * oldest once a repository's caches pass 10 GB ("Dependency caching" reference, "Usage limits and eviction policy").
 * Returns the warning to show, or undefined for a real first run. Never throws: the check is a courtesy.
 */
export async function explainCacheMiss(
  history: RunHistory | undefined,
  opts: { branches: readonly string[]; now?: Date; log: RecordLog },
): Promise<string | undefined> {
  if (!history) return undefined;
  let prev: PreviousRun | undefined;
  for (const b of opts.branches) {
    try {
      prev = await history.lastSuccessfulRun(b);
    } catch (e) {
      const why = e instanceof PermissionDeniedError ? `the token lacks \`${e.permission}\`` : (e as Error).message;
      opts.log.info(`Could not check this workflow's earlier runs for an evicted baseline (${why}).`);
      return undefined;
    }
    if (prev) break;
  }
  if (!prev) return undefined;
  const days = Math.floor(((opts.now ?? new Date()).getTime() - Date.parse(prev.at)) / DAY_MS);
  const cause =
    days >= 7
      ? `${days} days ago, so the entry was most likely removed as unused for 7 days`
      : `${days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`}, so the entry was most likely evicted by the 10 GB per-repository cache limit (shared with every other cache of the repository)`;
  return (
    `No baseline in the Actions cache, but this workflow succeeded on ${prev.branch} ${cause}` +
    `${prev.url ? ` (${prev.url})` : ''}: a record was expected and is missing, so this run is a first run and trains in full. ` +
    'Fix: `baseline: git` keeps the record in the repository under refs/mlci/detect/, where nothing evicts it (needs `permissions: contents: write`).'
  );
}
