import { readdirSync, statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { UserError } from '../errors.js';
import { excerpt } from '../excerpt.js';
import { resolveInputFile, type FileRoots } from '../fs/paths.js';
import { detectFormat } from '../io/format.js';
import { envNumber } from '../workers/entry.js';
import { ColumnState, newCheck, type LiveCheck } from './column.js';
import { fastPathEnabled } from './fast-part.js';
import { KeySet, maxUniqueKeys } from './keys.js';
import { keyRows, readPlan, type KeyLog, type PartTask } from './part.js';
import { mergeOnWorkers, partsOf, runParts, startWorkers } from './pool.js';
import type { LoadedContract, TableContract } from './schema.js';

/**
 * The engine: each table's files are streamed once in parts (a file, or row ranges of a large CSV/TSV) on every core
 * (pool.ts, part.ts; constant memory a part), every column's checks run on the same batches; the parts' states are
 * added up in file order on this thread, and unique keys go into one bounded hash set (keys.ts). The result is the
 * checks in contract order, the same bytes for any number of threads.
 */

export const DEFAULT_MAX_EXAMPLES = 5;

export interface ValidateOptions {
  /** Relative file paths and globs start here; report paths are relative to it. */
  workspace: string;
  /** Files or globs that replace the contract's `files` (one table), or `table=glob` lines (several tables). */
  data?: string[];
  /** Reference time for freshness, ms since the epoch (default: MLCI_NOW, else the clock). */
  now?: number;
  /** Violating rows kept per check (default 5). */
  maxExamples?: number;
  /** When set, every data file must be a regular file inside these roots (the action: workspace and runner temp). */
  roots?: FileRoots;
}

export interface TableSummary {
  name: string;
  files: string[];
  rows: number;
}

export interface ValidationRun {
  tables: TableSummary[];
  checks: LiveCheck[];
}

/** MLCI_NOW (ISO 8601 or ms since the epoch) pins "now" for freshness: tests and re-runs give the same report bytes. */
export function referenceNow(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MLCI_NOW?.trim();
  if (!raw) return Date.now();
  const ms = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  if (!Number.isFinite(ms)) throw new UserError(`Environment variable MLCI_NOW must be an ISO 8601 time such as 2026-12-01T00:00:00Z; it is ${excerpt(raw, 40, "'")}.`);
  return ms;
}

const GLOB = /[*?[\]{}!]/;

/** Whether a `files` entry is a glob (expanded) rather than a plain path. */
export function isGlob(pattern: string): boolean {
  return GLOB.test(pattern);
}

/** Files of a pattern list: plain paths as given, globs expanded under their base folder, sorted. */
export function expandFiles(patterns: string[], workspace: string, what: string): string[] {
  const out = new Set<string>();
  for (const p of patterns) {
    if (!GLOB.test(p)) {
      out.add(p);
      continue;
    }
    const scan = picomatch.scan(p);
    const base = scan.base || '.';
    const re = picomatch.makeRe(p, { dot: false });
    const found: string[] = [];
    const walk = (dir: string) => {
      let entries;
      try {
        entries = readdirSync(resolve(workspace, dir), { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const rel = dir === '.' ? e.name : `${dir}/${e.name}`;
        if (e.isDirectory()) walk(rel);
        else if (e.isFile() && re.test(rel)) found.push(rel);
      }
    };
    walk(base);
    if (found.length === 0) throw new UserError(`${what}: the pattern ${excerpt(p, 200)} matches no file under ${workspace}; check the path (relative to the workspace).`);
    for (const f of found.sort()) out.add(f);
  }
  return [...out];
}

function tableFiles(name: string, t: TableContract, loaded: LoadedContract, opts: ValidateOptions): string[] {
  const names = Object.keys(loaded.contract.tables);
  let patterns: string[] | undefined;
  if (opts.data && opts.data.length > 0) {
    if (names.length === 1) patterns = opts.data;
    else {
      const mine = opts.data.filter((d) => d.startsWith(`${name}=`)).map((d) => d.slice(name.length + 1));
      const stray = opts.data.find((d) => !names.some((n) => d.startsWith(`${n}=`)));
      if (stray !== undefined) throw new UserError(`Input 'data': ${excerpt(stray, 200)} names no table; the contract has several tables (${names.join(', ')}), so write each line as table=path.`);
      if (mine.length > 0) patterns = mine;
    }
  }
  patterns ??= t.files;
  if (!patterns) {
    const line = loaded.lineOf(['tables', name]);
    throw new UserError(`Contract ${loaded.path}${line ? ` line ${line}` : ''}: table '${name}' has no files; add 'files:' or give them in the 'data' input.`, { file: loaded.path, line });
  }
  return expandFiles(patterns, opts.workspace, `Table '${name}'`);
}

/** A path for reports: relative to the workspace when inside it, POSIX separators. */
export function displayPath(workspace: string, file: string): string {
  const abs = resolve(workspace, file);
  const rel = relative(workspace, abs);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  return (inside ? rel : abs).split(sep).join('/');
}

interface UniqueState {
  columns: string[];
  check: LiveCheck;
  set: KeySet;
  /** Key logs of parts not yet added to the set, in file order, with where each part starts. */
  held: { log: KeyLog; part: number; rowBase: number; lineBase: number }[];
  /** Keys in `held`. */
  heldKeys: number;
  /** Duplicate rows the report shows: part, row in the part, and where the part starts (text read again at the end). */
  pending: { part: number; row: number; rowBase: number; lineBase: number }[];
}

/**
 * Parts' key logs are held and added to the set many parts at a time (KeySet.addLogs: a bucket's table takes all
 * their keys while it is in the cache): all at the end for up to this many keys (12 bytes a key held, about the
 * size of the set they replace), else in rounds of this many. MLCI_UNIQUE_ROUND_KEYS overrides it (tests).
 */
const DEFAULT_ROUND_KEYS = 16_000_000;

export async function validateData(loaded: LoadedContract, opts: ValidateOptions & { threads?: number }): Promise<ValidationRun> {
  const now = opts.now ?? referenceNow();
  const maxExamples = opts.maxExamples ?? DEFAULT_MAX_EXAMPLES;
  const limit = maxUniqueKeys();
  const roundKeys = envNumber('MLCI_UNIQUE_ROUND_KEYS', 1) ?? DEFAULT_ROUND_KEYS;
  const tables: TableSummary[] = [];
  const checks: LiveCheck[] = [];
  for (const [name, t] of Object.entries(loaded.contract.tables)) {
    const files = tableFiles(name, t, loaded, opts);
    const rowsCheck = t.rows ? newCheck(name, null, 'rows', rangeOf(t.rows.min, t.rows.max), t.rows.severity, ['tables', name, 'rows']) : undefined;
    const { wanted } = readPlan(t);
    // Ranges of a large CSV/TSV are first guessed (io/split.ts guessRows; no pass over the file before reading it);
    // when a range turns out to hold a quote, the table is read again in ranges cut by a full pass.
    let attempt: TableRead | undefined;
    for (let guess = fastPathEnabled(); attempt === undefined; guess = false) attempt = await readTable(name, t, files, opts, { maxExamples, limit, roundKeys, guess });
    const { columns, uniques, tasks, shown, rows, absent, fastParts } = attempt;
    for (const u of uniques) await duplicateExamples(u, tasks, fastParts);
    tables.push({ name, files: shown, rows });
    if (rowsCheck) {
      rowsCheck.observed = `${rows} rows`;
      rowsCheck.violations = (t.rows!.min !== undefined && rows < t.rows!.min) || (t.rows!.max !== undefined && rows > t.rows!.max) ? 1 : 0;
      rowsCheck.status = rowsCheck.violations === 0 ? 'pass' : rowsCheck.severity === 'warn' ? 'warn' : 'fail';
      checks.push(rowsCheck);
    }
    for (const w of wanted) {
      const missing = absent.get(w);
      if (missing === undefined) continue;
      const i = t.unique.findIndex((u) => u.columns.includes(w));
      const rule = w in t.columns ? ['tables', name, 'columns', w] : ['tables', name, 'unique', i];
      const k = newCheck(name, w, 'presence', 'a column of every file', 'error', rule);
      k.violations = missing.length;
      k.observed = `missing from ${missing.length === files.length && files.length > 1 ? 'every file' : missing.length === 1 ? missing[0].file : `${missing.length} of ${files.length} files`}`;
      k.examples = missing.slice(0, maxExamples).map((m) => ({ file: m.file, line: m.line, row: 0, value: '' }));
      k.status = 'fail';
      checks.push(k);
    }
    for (const u of uniques) {
      u.check.observed = u.check.violations === 0 ? `${u.set.size} distinct keys, no duplicates` : `${u.check.violations} duplicate row${u.check.violations === 1 ? '' : 's'} (${u.set.size} distinct keys)`;
      u.check.status = u.check.violations === 0 ? 'pass' : u.check.severity === 'warn' ? 'warn' : 'fail';
      checks.push(u.check);
    }
    for (const c of columns) {
      c.finish(now);
      checks.push(...c.checks);
    }
  }
  return { tables, checks };
}

interface TableRead {
  columns: ColumnState[];
  uniques: UniqueState[];
  tasks: PartTask[];
  shown: string[];
  rows: number;
  /** Per wanted column: the files that lack it (a failed presence check). */
  absent: Map<string, { file: string; line: number | null }[]>;
  /** Parts the fast path read (PartResult.fast). */
  fastParts: Set<number>;
}

/** Thrown from a part's result to stop the parts of a table read in guessed ranges (see readTable). */
const GUESSED_WRONG = new Error('a guessed range holds a quote');

/**
 * Read one table's files, every part's checks and keys added up in file order. `guess`: large CSV/TSV files in
 * guessed ranges (contract/pool.ts partsOf); undefined when a guessed range holds a quote (read again without).
 */
async function readTable(
  name: string,
  t: TableContract,
  files: string[],
  opts: ValidateOptions & { threads?: number },
  o: { maxExamples: number; limit: number; roundKeys: number; guess: boolean },
): Promise<TableRead | undefined> {
  const { maxExamples, limit, roundKeys } = o;
  const { wanted } = readPlan(t);
  const columns = Object.entries(t.columns).map(([c, rule]) => new ColumnState(name, c, rule, maxExamples));
  const byName = new Map(columns.map((c) => [c.name, c]));
  const uniques: UniqueState[] = t.unique.map((u, i) => {
    const label = u.columns.join(', ');
    const check = newCheck(name, label, 'unique', u.columns.length === 1 ? 'no duplicate values' : `no duplicate (${label}) combinations`, u.severity, ['tables', name, 'unique', i]);
    const set = new KeySet(limit, () => `Table '${name}', unique key (${label})`);
    return { columns: u.columns, check, set, held: [], heldKeys: 0, pending: [] };
  });
  // The parts of every file (a large CSV/TSV in row ranges), read on every core and added up here in file order.
  const tasks: PartTask[] = [];
  const sizes: number[] = [];
  const fileOf: number[] = [];
  const shown: string[] = [];
  let badFile: Error | undefined;
  // Workers start loading once the table is known to be large, while its files are still being cut into ranges.
  let started: Worker[] | undefined;
  let bytes = 0;
  try {
    for (const file of files) {
      let abs: string;
      try {
        abs = opts.roots ? resolveInputFile(file, { input: opts.data?.length ? 'data' : `contract (table ${name})`, roots: opts.roots }) : resolve(opts.workspace, file);
      } catch (e) {
        // Thrown once the files before it are read, as a one-file-at-a-time run would.
        badFile = e as Error;
        break;
      }
      const shownPath = displayPath(opts.workspace, file);
      let size = 0;
      try {
        size = statSync(abs).size;
      } catch {
        // The reader words it.
      }
      bytes += size;
      if (started === undefined || started.length === 0) started = startWorkers(bytes, opts.threads);
      const parts = await partsOf({ path: abs, shown: shownPath, label: `Table '${name}'`, size }, { table: name, contract: t, maxExamples }, o.guess);
      for (const p of parts) {
        tasks.push(p);
        sizes.push(p.range ? p.range.end - p.range.start : size);
        fileOf.push(shown.length);
      }
      shown.push(shownPath);
    }
  } catch (e) {
    await Promise.all((started ?? []).map((w) => w.terminate()));
    throw e;
  }
  let rows = 0;
  let wrong = false;
  const fastParts = new Set<number>();
  /** Per wanted column: the files that lack it (a failed presence check). */
  const absent = new Map<string, { file: string; line: number | null }[]>();
  let fileRows = 0;
  let lineBase = 0;
  let present = new Set<string>();
  await runParts(
    tasks,
    sizes,
    (i, r) => {
      const f = fileOf[i];
      if (i === 0 || fileOf[i - 1] !== f) {
        fileRows = 0;
        lineBase = 0;
        present = new Set();
      }
      // A guessed range with a quote: the ranges after it may be cut inside a quoted cell.
      if (r.quoted) throw GUESSED_WRONG;
      if (r.fast) fastParts.add(i);
      rows += r.rows;
      for (let k = 0; k < columns.length; k++) columns[k].absorb(r.columns[k], fileRows, lineBase);
      for (let k = 0; k < uniques.length; k++) {
        const u = uniques[k];
        u.held.push({ log: r.keys[k], part: i, rowBase: fileRows, lineBase });
        u.heldKeys += r.keys[k].keys.length / 3;
        if (u.heldKeys >= roundKeys) addHeldKeys(u, maxExamples, true);
      }
      for (const w of r.present) present.add(w);
      fileRows += r.rows;
      if (r.endLine > 0) lineBase += r.endLine - 1;
      if (i + 1 < tasks.length && fileOf[i + 1] === f) return;
      // The file's last part: a column it lacks altogether is a failed presence check, not nulls.
      const shownPath = shown[f];
      // The header is line 1 of a CSV/TSV file; JSONL and Parquet have no header line.
      const { format } = detectFormat(tasks[i].path);
      const text = format === 'csv' || format === 'tsv';
      for (const w of wanted) {
        if (present.has(w)) continue;
        byName.get(w)?.forgetFile(shownPath, fileRows);
        const list = absent.get(w) ?? [];
        list.push({ file: shownPath, line: text ? 1 : null });
        absent.set(w, list);
      }
    },
    {
      threads: opts.threads,
      started,
      // The keys held to the end are added up once all parts are in, split among the workers when there are some.
      finish: async (workers) => {
        for (const u of uniques) await lastKeys(u, maxExamples, workers);
      },
    },
  ).catch((e) => {
    if (e !== GUESSED_WRONG) throw e;
    wrong = true;
  });
  if (wrong) return undefined;
  if (badFile) throw badFile;
  return { columns, uniques, tasks, shown, rows, absent, fastParts };
}

/**
 * Add the held key logs to the set (`keep`: more will follow); a row whose key was seen before (in an earlier part or
 * earlier in its own) is a violation. The first few in file order are remembered by part and row, and their text is
 * read again at the end.
 */
function addHeldKeys(u: UniqueState, maxExamples: number, keep: boolean): void {
  noteDuplicates(u, u.set.addLogs(u.held.map((h) => h.log), keep), maxExamples);
}

/**
 * The last addHeldKeys: on the workers (contract/pool.ts mergeOnWorkers: ~2× faster on two, and it is the one step
 * left after the parts) when there are two or more and no keys went into the set in an earlier round.
 */
async function lastKeys(u: UniqueState, maxExamples: number, workers: readonly Worker[]): Promise<void> {
  const logs = u.held.map((h) => h.log);
  if (workers.length < 2 || u.set.size > 0 || logs.length === 0) {
    addHeldKeys(u, maxExamples, false);
    return;
  }
  const { dups, size } = await mergeOnWorkers(workers, logs);
  u.set.addCounted(size);
  noteDuplicates(u, dups, maxExamples);
}

/** Count the duplicate rows of the held logs (per log, ascending) and remember the first few; the logs are let go. */
function noteDuplicates(u: UniqueState, dups: Uint32Array[], maxExamples: number): void {
  for (let k = 0; k < u.held.length; k++) {
    const { part, rowBase, lineBase } = u.held[k];
    const d = dups[k];
    u.check.violations += d.length;
    for (let i = 0; i < d.length && u.pending.length < maxExamples; i++) u.pending.push({ part, row: d[i], rowBase, lineBase });
  }
  u.held = [];
  u.heldKeys = 0;
}

/** The examples of a unique check: the duplicate rows' key text and line, read again from their parts. */
async function duplicateExamples(u: UniqueState, tasks: readonly PartTask[], fastParts: ReadonlySet<number>): Promise<void> {
  const byPart = new Map<number, number[]>();
  for (const p of u.pending) byPart.set(p.part, [...(byPart.get(p.part) ?? []), p.row]);
  const found = new Map<number, Map<number, { line: number | null; value: string }>>();
  for (const [part, rows] of byPart) found.set(part, await keyRows(tasks[part], u.columns, rows, fastParts.has(part)));
  u.check.examples = u.pending.map((p) => {
    const at = found.get(p.part)!.get(p.row)!;
    return { file: tasks[p.part].shown, line: at.line === null ? null : at.line + p.lineBase, row: p.rowBase + p.row + 1, value: at.value };
  });
}

function rangeOf(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `between ${min} and ${max} rows`;
  return min !== undefined ? `at least ${min} rows` : `at most ${max} rows`;
}
