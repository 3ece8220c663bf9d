import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { readTextFile } from '../fs/text.js';
import { UserError, isUserError } from '../errors.js';
import { mergeTableProfiles } from '../drift/merge.js';
import { DEFAULT_DRIFT_POLICY, type DriftPolicy } from '../drift/policy.js';
import type { TableComparison } from '../drift/table.js';
import type { TableProfile } from '../drift/summary.js';
import { fingerprintFiles } from './fingerprint.js';
import { merkleRoot, type MerkleLeaf } from './merkle.js';
import { diffParams, readParams, type ParamChange, type ParamsSnapshot } from './params.js';
import { absPath, filterPaths, WorkspaceFiles, type GlobMatches } from './paths.js';
import {
  looksLikeLfsPointer,
  parseDvcFile,
  parseDvcLock,
  parseLfsPointer,
  pointerKind,
  type PointerEntry,
} from './pointers.js';
import { isTabular } from './tabular.js';
import { REASONS, type Reason } from './reasons.js';
import { RECORD_SCHEMA, type DetectRecord, type StoredProfile } from './record.js';
import type { ProfiledFiles } from './profile-pool.js';

/**
 * Tabular files to hash of at least this many bytes in all are profiled while they are hashed (see detectChanges):
 * below it, hashing takes a few tens of milliseconds and a worker would not pay off.
 */
const EARLY_PROFILE_BYTES = 64 * 1024 * 1024;

/** EARLY_PROFILE_BYTES, or MLCI_EARLY_PROFILE_BYTES (tests: 0 takes the early path for any file, 1e15 never). */
function earlyProfileBytes(): number {
  const v = process.env.MLCI_EARLY_PROFILE_BYTES;
  const n = v === undefined || v === '' ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : EARLY_PROFILE_BYTES;
}

function statSize(workspace: string, path: string): number {
  try {
    return statSync(absPath(workspace, path)).size;
  } catch {
    return 0;
  }
}


export interface DetectOptions {
  workspace: string;
  /** Input lines of each glob input. */
  data: readonly string[];
  pointers: readonly string[];
  code: readonly string[];
  params: readonly string[];
  allowEmpty?: boolean;
  /**
   * Workspace-relative files never counted as data, code or params: the action's own lock file and report, which
   * change with every training and would otherwise retrigger it.
   */
  exclude?: readonly string[];
  /** The previous record, or undefined for a first run. */
  baseline?: DetectRecord;
  /** Files the event changed (PR files, push before..after, since the baseline's commit); undefined when unknown. */
  changedFiles?: readonly string[];
  /** Where changedFiles came from, for the summary ("pull request files", "git diff a..b"). */
  changedFilesSource?: string;
  maxAgeMs?: number;
  policy?: DriftPolicy;
  policyFile?: string;
  force?: boolean;
  /** Reasons that make should-train true (default: all). */
  trainOn?: readonly Reason[];
  now?: Date;
  commit?: string;
  ref?: string;
  threads?: number;
}

export interface FileChanges {
  added: string[];
  removed: string[];
  modified: string[];
}

export interface DetectResult {
  shouldTrain: boolean;
  /** Every reason found, whether or not train-on counts it. */
  reasons: Reason[];
  dataChanged: boolean;
  codeChanged: boolean;
  drift: boolean;
  fingerprint: string;
  previousFingerprint?: string;
  data: FileChanges;
  pointers: FileChanges;
  /** Code files changed (matched against `code`), and how that was found. */
  code: { files: string[]; source: string };
  params: ParamChange[];
  tables: TableComparison[];
  /**
   * The merged reference and current profiles of each compared table, by table name (the HTML report draws the
   * drifted columns from them). Not part of the JSON report: detectReport() leaves it out.
   */
  tableProfiles?: Record<string, { reference: TableProfile; current: TableProfile }>;
  /** Tables with no baseline to compare with (new pattern, or no tabular files before). */
  newTables: string[];
  /** Age of the model: now − baseline's trainedAt. */
  ageMs?: number;
  maxAgeMs?: number;
  /** Things the user should see as warning annotations (rows dropped, DVC copies out of date). */
  warnings: Array<{ message: string; file?: string }>;
  /** The record to save if this run trains (trainedAt = now when should-train). */
  record: DetectRecord;
  stats: { files: number; hashed: number; reused: number; bytesHashed: number; profiled: number; profileReused: number; profileThreads: number; ms: Record<string, number> };
}

const EMPTY: FileChanges = { added: [], removed: [], modified: [] };

/**
 * Answer "should we train?": fingerprint the data (stat cache, worker threads), read pointers and params, profile
 * changed tabular files, compare everything with the baseline record, and build the next record.
 * The readers (hyparquet) and the drift tests (@stdlib) are imported when a file is profiled or a table compared,
 * not before: a run where nothing changed never loads them (~0.8 MB of bundled code). Several changed files are
 * profiled in parallel (profile-pool.ts).
 */
export async function detectChanges(opts: DetectOptions): Promise<DetectResult> {
  const ms: Record<string, number> = {};
  const t0 = performance.now();
  const lap = (k: string, since: number) => (ms[k] = Math.round(performance.now() - since));
  const now = opts.now ?? new Date();
  const policy = opts.policy ?? DEFAULT_DRIFT_POLICY;
  const base = opts.baseline;
  const ws = new WorkspaceFiles(opts.workspace);
  const allowEmpty = opts.allowEmpty ?? false;
  const warnings: DetectResult['warnings'] = [];

  const excluded = new Set(opts.exclude ?? []);
  const expand = (lines: readonly string[], input: string): GlobMatches => {
    if (lines.length === 0) return { files: [], byPattern: [] };
    const m = ws.expand(lines, { input, allowEmpty });
    if (excluded.size === 0) return m;
    const keep = (f: string) => !excluded.has(f);
    return { files: m.files.filter(keep), byPattern: m.byPattern.map((b) => ({ pattern: b.pattern, files: b.files.filter(keep) })) };
  };
  const dataMatches = expand(opts.data, 'data');
  const pointerMatches = expand(opts.pointers, 'pointers');
  const codeMatches = expand(opts.code, 'code');
  const paramMatches = expand(opts.params, 'params');
  lap('glob', t0);

  // Pointers first: a data file that a DVC record also describes is hashed with md5 too, to compare with it.
  let t = performance.now();
  const pointerEntries: PointerEntry[] = [];
  const params: ParamsSnapshot = {};
  const lfsFallback: string[] = [];
  for (const p of pointerMatches.files) {
    const kind = pointerKind(p);
    const text = readText(opts.workspace, p, 'pointers');
    if (kind === 'lfs') {
      // A pointer whose content was pulled (git lfs pull) is the data itself: its sha256 is the LFS oid.
      if (looksLikeLfsPointer(text.slice(0, 200))) pointerEntries.push(parseLfsPointer(text, p));
      else lfsFallback.push(p);
      continue;
    }
    const parsed = kind === 'dvc' ? parseDvcFile(text, p) : parseDvcLock(text, p);
    pointerEntries.push(...parsed.entries);
    for (const pp of parsed.params) params[pp.scope] = flattenValues(pp.values);
  }
  // dvc.lock deps that `code` matches (train.py) are code, not data: their changes show up through `code` itself.
  const codeDeps = new Set(
    filterPaths(opts.workspace, opts.code, pointerEntries.filter((e) => e.kind === 'dvc-lock').map((e) => e.path), 'code'),
  );
  const dataPointers = dedupePointers(pointerEntries.filter((e) => !(e.kind === 'dvc-lock' && codeDeps.has(e.path))));
  lap('pointers', t);

  // Fingerprint data files (and LFS pointers whose content is checked out).
  t = performance.now();
  const dataFiles = [...new Set([...dataMatches.files, ...lfsFallback])].sort();
  const dvcMd5 = new Map<string, PointerEntry>();
  for (const e of dataPointers) if (e.digest.startsWith('md5:') && !e.digest.endsWith('.dir')) dvcMd5.set(e.path, e);
  const md5Files = new Set(dataFiles.filter((f) => dvcMd5.has(f)));
  const previous = new Map((base?.files ?? []).map((f) => [f.path, f]));
  // Tabular files that must be hashed will most likely need a profile too: when they are large, start profiling them
  // now, on this thread (and the other cores once hashing is done), while a worker hashes. If a file's sha256 turns
  // out unchanged its speculative profile is dropped (the baseline's is reused, as always); the results are the same
  // as profiling after hashing, bit for bit — only the idle core during hashing is put to work.
  const tabularData = dataMatches.files.filter((f) => isTabular(f));
  let early: { files: string[]; run: Promise<ProfiledFiles>; abort: AbortController; at: number } | undefined;
  let hashed!: () => void;
  const hashing = new Promise<void>((resolve) => (hashed = resolve));
  const beforeHash = (pending: readonly string[]) => {
    if ((opts.threads ?? availableParallelism()) < 2) return;
    const hashes = new Set(pending);
    const files = tabularData.filter((f) => hashes.has(f));
    let bytes = 0;
    for (const f of files) bytes += statSize(opts.workspace, f);
    if (files.length === 0 || bytes < earlyProfileBytes()) return;
    const abort = new AbortController();
    const run = import('./profile-pool.js').then(({ profileFiles }) =>
      profileFiles(
        files.map((f) => ({ path: absPath(opts.workspace, f), label: 'data', size: statSize(opts.workspace, f) })),
        { threads: opts.threads, busy: hashing, signal: abort.signal },
      ),
    );
    // Settled later (awaited, or abandoned when the hashes say otherwise): never an unhandled rejection.
    run.catch(() => undefined);
    early = { files, run, abort, at: performance.now() };
    return { offMain: true };
  };
  let fp;
  let hashedAt = 0;
  try {
    fp = await fingerprintFiles(opts.workspace, dataFiles, {
      previous,
      previousStatAt: base?.statAt,
      md5: md5Files,
      threads: opts.threads,
      input: 'data',
      beforeHash,
    });
  } catch (e) {
    early?.abort.abort();
    throw e;
  } finally {
    hashedAt = performance.now();
    hashed();
  }
  for (const f of fp.files) {
    const e = dvcMd5.get(f.path);
    if (e && f.md5 && `md5:${f.md5}` !== e.digest) {
      warnings.push({
        message: `${f.path} does not match its DVC record in ${e.source} (md5 ${f.md5} vs ${e.digest.slice(4)}): the workspace copy may not be the data DVC tracks. A record without \`hash: md5\` comes from DVC 2.x, which hashed text files with CRLF line endings turned into LF, so a text file can differ there without a change: check with 'dvc status', then 'dvc pull' or 'dvc commit'.`,
        file: e.source,
      });
    }
  }
  lap('fingerprint', t);

  // Code: sha256 of each code file, recorded so a run whose event says nothing can still compare.
  t = performance.now();
  const codeFp = await fingerprintFiles(opts.workspace, codeMatches.files, { input: 'code', threads: opts.threads });
  const code: Record<string, string> = {};
  for (const f of codeFp.files) code[f.path] = f.sha256;
  lap('code', t);

  t = performance.now();
  for (const p of paramMatches.files) params[p] = readParams(readText(opts.workspace, p, 'params'), p);
  lap('params', t);

  // Merkle digest over data files and pointer-described data; a file present both ways is taken from its bytes.
  const leaves = new Map<string, MerkleLeaf>();
  for (const e of dataPointers) leaves.set(e.path, { path: e.path, digest: e.digest });
  for (const f of fp.files) leaves.set(f.path, { path: f.path, digest: `sha256:${f.sha256}` });
  const fingerprint = merkleRoot([...leaves.values()]);

  // Profiles: reuse the baseline's for files whose sha256 did not change.
  t = performance.now();
  const profiles: Record<string, StoredProfile> = {};
  const byPath = new Map(fp.files.map((f) => [f.path, f]));
  const tabular = dataMatches.files.filter((f) => isTabular(f));
  const stale = tabular.filter((f) => !(base?.profiles[f] && base.profiles[f].sha256 === byPath.get(f)!.sha256));
  const fresh = new Map<string, TableProfile>();
  let profileThreads = 0;
  // The early profiles serve when they cover every stale file (the usual case: the changed files are the ones that
  // were hashed); a file whose content did not change costs its share of the early work, nothing more.
  const earlyFiles = new Set(early?.files ?? []);
  const useEarly = early !== undefined && stale.length > 0 && stale.every((f) => earlyFiles.has(f));
  if (early && !useEarly) early.abort.abort();
  // How long profiling overlapped hashing (the timings line shows that it did).
  if (useEarly) ms['profile-while-hashing'] = Math.max(0, Math.round(hashedAt - early!.at));
  let made: ProfiledFiles | undefined;
  if (useEarly) {
    try {
      made = await early!.run;
    } catch (e) {
      // A failure in a file that need not be profiled (unchanged) must not count: profile the stale ones again.
      if (early!.files.every((f) => stale.includes(f))) throw e;
    }
  }
  if (made) {
    early!.files.forEach((f, i) => {
      if (stale.includes(f)) fresh.set(f, made.profiles[i]);
    });
    profileThreads = made.threads;
  } else if (stale.length > 0) {
    const { profileFiles } = await import('./profile-pool.js');
    const late = await profileFiles(
      stale.map((f) => ({ path: absPath(opts.workspace, f), label: 'data', size: byPath.get(f)!.size })),
      { threads: opts.threads },
    );
    stale.forEach((f, i) => fresh.set(f, late.profiles[i]));
    profileThreads = late.threads;
  }
  for (const f of tabular) {
    const prof = fresh.get(f);
    profiles[f] = prof ? { ...prof, sha256: byPath.get(f)!.sha256, format: formatOf(f) } : base!.profiles[f];
  }
  const profiled = stale.length;
  const profileReused = tabular.length - stale.length;
  const tabularSet = new Set(tabular);
  const tables = dataMatches.byPattern.map((p) => ({ name: p.pattern, files: p.files.filter((f) => tabularSet.has(f)) })).filter((x) => x.files.length > 0);
  lap('profile', t);

  const record: DetectRecord = {
    schema: RECORD_SCHEMA,
    createdAt: now.toISOString(),
    trainedAt: now.toISOString(),
    commit: opts.commit ?? '',
    ...(opts.ref ? { ref: opts.ref } : {}),
    fingerprint,
    statAt: fp.statAt,
    files: fp.files,
    pointers: dataPointers,
    code,
    params,
    profiles,
    tables,
  };

  const reasons = new Set<Reason>();
  let data: FileChanges = EMPTY;
  let pointers: FileChanges = EMPTY;
  let codeFiles: string[] = [];
  let codeSource = 'no baseline';
  let paramChanges: ParamChange[] = [];
  const comparisons: TableComparison[] = [];
  const tableProfiles: Record<string, { reference: TableProfile; current: TableProfile }> = {};
  const newTables: string[] = [];
  let ageMs: number | undefined;

  t = performance.now();
  if (!base) {
    reasons.add('first-run');
  } else {
    data = diffFiles(new Map(base.files.map((f) => [f.path, f.sha256])), new Map(fp.files.map((f) => [f.path, f.sha256])));
    pointers = diffFiles(new Map(base.pointers.map((e) => [e.path, e.digest])), new Map(dataPointers.map((e) => [e.path, e.digest])));
    if (fingerprint !== base.fingerprint) reasons.add('data-changed');

    for (const tb of tables) {
      const old = base.tables.find((x) => x.name === tb.name);
      const oldFiles = old?.files.filter((f) => base.profiles[f]) ?? [];
      if (oldFiles.length === 0) {
        newTables.push(tb.name);
        continue;
      }
      const unchanged = oldFiles.length === tb.files.length && oldFiles.every((f, i) => f === tb.files[i] && base.profiles[f].sha256 === profiles[f].sha256);
      if (unchanged) continue;
      const ref = mergeTableProfiles(oldFiles.map((f) => stripStored(base.profiles[f])));
      const cur = mergeTableProfiles(tb.files.map((f) => stripStored(profiles[f])));
      const { compareTables } = await import('../drift/table.js');
      const cmp = compareTables(tb.name, ref, cur, policy, opts.policyFile);
      comparisons.push(cmp);
      tableProfiles[tb.name] = { reference: ref, current: cur };
      if (cmp.schemaChanged) reasons.add('schema-changed');
      if (cmp.rowsDropped) {
        reasons.add('rows-dropped');
        const drop = 1 - cmp.rows.current / cmp.rows.reference;
        warnings.push({
          message: `${tb.name}: ${fmtInt(cmp.rows.reference - cmp.rows.current)} rows dropped (${fmtInt(cmp.rows.reference)} → ${fmtInt(cmp.rows.current)}, −${(drop * 100).toFixed(1)}%, more than max-row-drop ${(policy['max-row-drop'] * 100).toFixed(1)}%).`,
          file: tb.files.length === 1 ? tb.files[0] : undefined,
        });
      }
      if (cmp.drift) reasons.add('drift');
    }

    if (opts.changedFiles) {
      codeFiles = filterPaths(opts.workspace, opts.code, opts.changedFiles, 'code');
      codeSource = opts.changedFilesSource ?? 'event';
    } else {
      const d = diffFiles(new Map(Object.entries(base.code)), new Map(Object.entries(code)));
      codeFiles = [...d.added, ...d.removed, ...d.modified].sort();
      codeSource = 'code file digests since the baseline';
    }
    if (codeFiles.length > 0) reasons.add('code-changed');

    paramChanges = diffParams(base.params, params);
    if (paramChanges.length > 0) reasons.add('params-changed');

    const trainedAt = Date.parse(base.trainedAt);
    if (Number.isFinite(trainedAt)) {
      ageMs = now.getTime() - trainedAt;
      if (opts.maxAgeMs !== undefined && ageMs > opts.maxAgeMs) reasons.add('stale');
    }
  }
  if (opts.force) reasons.add('forced');
  lap('compare', t);

  const ordered = REASONS.filter((r) => reasons.has(r));
  const trainOn = new Set(opts.trainOn ?? REASONS);
  // first-run and forced always count: without a baseline there is nothing to skip against, and force is explicit.
  const shouldTrain = ordered.some((r) => trainOn.has(r) || r === 'first-run' || r === 'forced');
  if (!shouldTrain && base) record.trainedAt = base.trainedAt;
  lap('total', t0);

  return {
    shouldTrain,
    reasons: ordered,
    dataChanged: reasons.has('data-changed'),
    codeChanged: reasons.has('code-changed'),
    drift: reasons.has('drift'),
    fingerprint,
    previousFingerprint: base?.fingerprint,
    data,
    pointers,
    code: { files: codeFiles, source: codeSource },
    params: paramChanges,
    tables: comparisons,
    tableProfiles,
    newTables,
    ageMs,
    maxAgeMs: opts.maxAgeMs,
    warnings,
    record,
    stats: {
      files: dataFiles.length,
      hashed: fp.hashed,
      reused: fp.reused,
      bytesHashed: fp.bytesHashed,
      profiled,
      profileReused,
      profileThreads,
      ms,
    },
  };
}

function readText(workspace: string, rel: string, input: string): string {
  try {
    return readTextFile(absPath(workspace, rel), `Input '${input}': params file '${rel}'`);
  } catch (e) {
    if (isUserError(e)) throw e;
    throw new UserError(`Input '${input}': cannot read '${rel}': ${(e as Error).message}`, { file: rel });
  }
}

function flattenValues(values: Record<string, unknown>): Record<string, string> {
  // dvc.lock already stores params with dotted keys (`train.lr: 0.1`); keep them as written.
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) out[k] = JSON.stringify(v) ?? 'null';
  return out;
}

/** One entry per data path: several dvc.lock stages may list the same dependency. */
function dedupePointers(entries: PointerEntry[]): PointerEntry[] {
  const seen = new Map<string, PointerEntry>();
  for (const e of entries) if (!seen.has(e.path)) seen.set(e.path, e);
  return [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function diffFiles(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): FileChanges {
  const out: FileChanges = { added: [], removed: [], modified: [] };
  for (const [k, v] of after) {
    const old = before.get(k);
    if (old === undefined) out.added.push(k);
    else if (old !== v) out.modified.push(k);
  }
  for (const k of before.keys()) if (!after.has(k)) out.removed.push(k);
  for (const l of [out.added, out.removed, out.modified]) l.sort();
  return out;
}

function stripStored(p: StoredProfile): TableProfile {
  return { rows: p.rows, columns: p.columns };
}

function formatOf(path: string): string {
  const m = /\.([a-z0-9]+)(\.gz)?$/i.exec(path);
  return m ? m[1].toLowerCase() + (m[2] ? '.gz' : '') : 'unknown';
}

/**
 * 1234567 → "1,234,567". Not toLocaleString: its first call initialises ICU, ~20 ms of every run's start-up.
 */
export function fmtInt(n: number): string {
  const s = String(Math.abs(Math.round(n)));
  return (n < 0 ? '-' : '') + s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
