import { readdirSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { UserError } from '../errors.js';
import { excerpt } from '../excerpt.js';
import { resolveInputFile, type FileRoots } from '../fs/paths.js';
import { detectFormat } from '../io/format.js';
import { streamTable } from '../io/read.js';
import type { Column, ColumnType as ReadType, StringColumn } from '../io/types.js';
import { parseNumberText } from '../io/number.js';
import { ColumnState, newCheck, numberText, truncateValue, type LiveCheck, type RowSite } from './column.js';
import { KeySet, combine, hashNumber, hashText, maxUniqueKeys } from './keys.js';
import type { LoadedContract, TableContract } from './schema.js';

/**
 * The engine: each table's files are streamed once (io/streamTable, constant memory), every column's checks run on
 * the same batches, unique keys go into a bounded hash set (keys.ts). The result is the checks in contract order.
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
  textual: boolean[];
}

export async function validateData(loaded: LoadedContract, opts: ValidateOptions): Promise<ValidationRun> {
  const now = opts.now ?? referenceNow();
  const maxExamples = opts.maxExamples ?? DEFAULT_MAX_EXAMPLES;
  const limit = maxUniqueKeys();
  const tables: TableSummary[] = [];
  const checks: LiveCheck[] = [];
  for (const [name, t] of Object.entries(loaded.contract.tables)) {
    const files = tableFiles(name, t, loaded, opts);
    const rowsCheck = t.rows ? newCheck(name, null, 'rows', rangeOf(t.rows.min, t.rows.max), t.rows.severity, ['tables', name, 'rows']) : undefined;
    const columns = Object.entries(t.columns).map(([c, rule]) => new ColumnState(name, c, rule, maxExamples));
    const byName = new Map(columns.map((c) => [c.name, c]));
    const uniques: UniqueState[] = t.unique.map((u, i) => {
      const label = u.columns.join(', ');
      const check = newCheck(name, label, 'unique', u.columns.length === 1 ? 'no duplicate values' : `no duplicate (${label}) combinations`, u.severity, ['tables', name, 'unique', i]);
      const set = new KeySet(limit, () => `Table '${name}', unique key (${label})`);
      return { columns: u.columns, check, set, textual: u.columns.map((c) => byName.get(c)?.readAs === 'string') };
    });
    const wanted = [...new Set([...columns.map((c) => c.name), ...t.unique.flatMap((u) => u.columns)])];
    const types: Record<string, ReadType> = {};
    for (const c of columns) types[c.name] = c.readAs;
    let rows = 0;
    const shown: string[] = [];
    /** Per wanted column: the files that lack it (a failed presence check). */
    const absent = new Map<string, { file: string; line: number | null }[]>();
    for (const file of files) {
      const abs = opts.roots ? resolveInputFile(file, { input: opts.data?.length ? 'data' : `contract (table ${name})`, roots: opts.roots }) : resolve(opts.workspace, file);
      const shownPath = displayPath(opts.workspace, file);
      shown.push(shownPath);
      const present = new Set<string>();
      let fileRows = 0;
      // A column the file lacks is no error but a failed presence check, in every format alike ('skip').
      for await (const batch of streamTable(abs, { columns: wanted.length > 0 ? wanted : undefined, types, trackLines: true, label: `Table '${name}'`, missingColumns: 'skip', dictionaries: 'adaptive' })) {
        const site: RowSite = { file: shownPath, lines: batch.lines, rowOffset: batch.rowOffset };
        rows += batch.rowCount;
        fileRows += batch.rowCount;
        for (const c of columns) {
          const col = batch.columns.get(c.name);
          if (col === undefined) c.absentBatch(batch.rowCount, site);
          else if (col.kind === 'number') c.numberBatch(col.values, site);
          else c.stringBatch(col.codes, col.dictionary, site);
        }
        for (const w of wanted) if (batch.columns.has(w)) present.add(w);
        for (const u of uniques) uniqueBatch(u, batch.columns, batch.rowCount, site, maxExamples);
      }
      // The header is line 1 of a CSV/TSV file; JSONL and Parquet have no header line.
      const { format } = detectFormat(abs);
      const text = format === 'csv' || format === 'tsv';
      for (const w of wanted) {
        if (present.has(w)) continue;
        byName.get(w)?.forgetFile(shownPath, fileRows);
        const list = absent.get(w) ?? [];
        list.push({ file: shownPath, line: text ? 1 : null });
        absent.set(w, list);
      }
    }
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

function rangeOf(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `between ${min} and ${max} rows`;
  return min !== undefined ? `at least ${min} rows` : `at most ${max} rows`;
}

/** One text column, the common key (an id): each distinct value of the batch hashed once, no per-row mixing. */
function uniqueTextBatch(u: UniqueState, col: StringColumn, n: number, site: RowSite, maxExamples: number): void {
  const d = col.dictionary.length;
  const e0 = new Uint32Array(d);
  const e1 = new Uint32Array(d);
  const h = new Uint32Array(2);
  for (let j = 0; j < d; j++) {
    const s = col.dictionary[j];
    const num = u.textual[0] ? undefined : parseNumberText(s, true);
    if (num !== undefined && num === num) hashNumber(num, h);
    else hashText(s, h);
    e0[j] = h[0];
    e1[j] = h[1];
  }
  const codes = col.codes;
  const set = u.set;
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    if (c < 0 || set.add(e0[c], e1[c])) continue;
    u.check.violations++;
    if (u.check.examples.length < maxExamples) {
      u.check.examples.push({ file: site.file, line: site.lines ? site.lines[i] : null, row: site.rowOffset + i + 1, value: truncateValue(col.dictionary[c]) });
    }
  }
}

/**
 * Hash each row's key and insert it; a row whose key was seen before is a violation. A key with an empty cell is
 * skipped (as SQL's UNIQUE does; `nulls` checks those). Numbers hash by value, so 7 in a CSV and 7 in Parquet agree.
 */
function uniqueBatch(u: UniqueState, columns: Map<string, Column>, n: number, site: RowSite, maxExamples: number): void {
  const acc0 = new Uint32Array(n);
  const acc1 = new Uint32Array(n);
  const skip = new Uint8Array(n);
  const h = new Uint32Array(2);
  const a = new Uint32Array(2);
  const found = u.columns.map((name) => columns.get(name));
  // A key column this batch lacks: every key has an empty cell, and such keys are skipped (presence reports the file).
  if (found.some((c) => c === undefined)) return;
  const cols = found as Column[];
  if (cols.length === 1 && cols[0].kind === 'string') return uniqueTextBatch(u, cols[0], n, site, maxExamples);
  for (let k = 0; k < cols.length; k++) {
    const col = cols[k];
    if (col.kind === 'number') {
      const v = col.values;
      for (let i = 0; i < n; i++) {
        if (v[i] !== v[i]) {
          skip[i] = 1;
          continue;
        }
        hashNumber(v[i], h);
        a[0] = acc0[i];
        a[1] = acc1[i];
        combine(a, h);
        acc0[i] = a[0];
        acc1[i] = a[1];
      }
    } else {
      const d = col.dictionary.length;
      const e0 = new Uint32Array(d);
      const e1 = new Uint32Array(d);
      for (let j = 0; j < d; j++) {
        const s = col.dictionary[j];
        const num = u.textual[k] ? undefined : parseNumberText(s, true);
        if (num !== undefined && num === num) hashNumber(num, h);
        else hashText(s, h);
        e0[j] = h[0];
        e1[j] = h[1];
      }
      const codes = col.codes;
      for (let i = 0; i < n; i++) {
        const c = codes[i];
        if (c < 0) {
          skip[i] = 1;
          continue;
        }
        h[0] = e0[c];
        h[1] = e1[c];
        a[0] = acc0[i];
        a[1] = acc1[i];
        combine(a, h);
        acc0[i] = a[0];
        acc1[i] = a[1];
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (skip[i] || u.set.add(acc0[i], acc1[i])) continue;
    u.check.violations++;
    if (u.check.examples.length < maxExamples) {
      const value = cols.map((c) => (c.kind === 'number' ? numberText(c.values[i]) : c.dictionary[c.codes[i]])).join(', ');
      u.check.examples.push({ file: site.file, line: site.lines ? site.lines[i] : null, row: site.rowOffset + i + 1, value: truncateValue(value) });
    }
  }
}
