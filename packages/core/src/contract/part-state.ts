import type { Column, ColumnType as ReadType, StringColumn } from '../io/types.js';
import { parseNumberText } from '../io/number.js';
import { ColumnState, numberText, type ColumnPart } from './column.js';
import { KEY_BUCKETS, combine, hashNumber, hashText, type GroupedKeys } from './keys.js';
import type { TableContract } from './schema.js';

/**
 * One part of a table: a whole file, or a range of rows of a large CSV/TSV (io/split.ts). A part is read on any
 * thread (contract/pool.ts) into plain state — each column's checks (ColumnPart) and, per unique key, the 64-bit
 * hash of every row's key — which the calling thread adds up in file order (validate.ts). Rows and lines in a part
 * count from its own start.
 */
export interface PartTask {
  /** Absolute path. */
  path: string;
  /** The path reports show. */
  shown: string;
  /** Who the file is in error messages. */
  label: string;
  table: string;
  contract: TableContract;
  maxExamples: number;
  /** A range of a CSV/TSV; absent: the whole file. */
  range?: {
    start: number;
    end: number;
    delimiter: number;
    header?: string[];
    part: number;
    firstLine?: number;
    /** Cut by io/split.ts guessRows: right only if no range before it holds a quote (PartResult.quoted). */
    guessed?: boolean;
  };
}

/**
 * The key hashes of one unique key over a part: hash pair and row (0-based in the part) of each non-empty key,
 * grouped by KeySet bucket (h0's top byte; keys `starts[b]` to `starts[b + 1]`), in row order within a bucket.
 */
export type KeyLog = GroupedKeys;

export interface PartResult {
  rows: number;
  /** The line after the part (ranges: counted from 1 at the range start); 0 for a whole file. */
  endLine: number;
  /** Columns some batch of the part had. */
  present: string[];
  columns: ColumnPart[];
  keys: KeyLog[];
  /**
   * A guessed range (PartTask.range.guessed) that holds a quote: the guess may be wrong from here on, so the part
   * was not read (nothing else is set) and the table is read again in ranges cut by io/split.ts splitRows.
   */
  quoted?: boolean;
  /** Read by the fast path (contract/fast-part.ts): a plain range, one row a line, no quote. */
  fast?: boolean;
}

/** Columns to read and how, as the table's checks want them. */
export function readPlan(contract: TableContract): { wanted: string[]; types: Record<string, ReadType> } {
  const types: Record<string, ReadType> = {};
  for (const [c, rule] of Object.entries(contract.columns)) types[c] = new ColumnState('', c, rule, 0).readAs;
  const wanted = [...new Set([...Object.keys(contract.columns), ...contract.unique.flatMap((u) => u.columns)])];
  return { wanted, types };
}

/**
 * Rows a batch: 8,192 rather than the readers' 65,536. A batch's strings and arrays then die young (a scavenge, not a
 * mark-compact) and stay in the cache: at 10 million rows on two threads this took 11.1 s of CPU and 540 MB peak RSS
 * down to 9.7 s and 440 MB, with the same report bytes.
 */
export const BATCH_ROWS = 8192;

/** Which unique keys are read as text per column (a number-looking text key then hashes as its number). */
export function textualOf(contract: TableContract, columns: string[], types: Record<string, ReadType>): boolean[] {
  return columns.map((c) => c in contract.columns && types[c] === 'string');
}

export class Log {
  /** Each key's h0, h1 and row (0-based in the part), in row order: key i at 3i. */
  keys = new Uint32Array(3 << 12);
  n = 0;

  reserve(extra: number): void {
    if (3 * (this.n + extra) <= this.keys.length) return;
    let size = this.keys.length * 2;
    while (size < 3 * (this.n + extra)) size *= 2;
    const g = new Uint32Array(size);
    g.set(this.keys.subarray(0, 3 * this.n));
    this.keys = g;
  }

  /** Append a key. */
  push(h0: number, h1: number, row: number): void {
    const at = 3 * this.n++;
    this.keys[at] = h0;
    this.keys[at + 1] = h1;
    this.keys[at + 2] = row;
  }

  /**
   * The log grouped by bucket (a stable counting sort on h0's top byte, on this thread rather than the one adding
   * up), into memory the threads share: the last merge of the logs may be split among the workers by bucket
   * (validate.ts).
   */
  take(): KeyLog {
    const n = this.n;
    const src = this.keys;
    const keys = new Uint32Array(new SharedArrayBuffer(Math.max(1, n) * 12));
    const starts = new Uint32Array(KEY_BUCKETS + 1);
    for (let i = 0; i < n; i++) starts[(src[3 * i] >>> 24) + 1]++;
    for (let b = 0; b < KEY_BUCKETS; b++) starts[b + 1] += starts[b];
    const at = new Int32Array(KEY_BUCKETS);
    for (let b = 0; b < KEY_BUCKETS; b++) at[b] = 3 * starts[b];
    for (let i = 0; i < 3 * n; i += 3) {
      const x = src[i];
      const j = at[x >>> 24];
      at[x >>> 24] = j + 3;
      keys[j] = x;
      keys[j + 1] = src[i + 1];
      keys[j + 2] = src[i + 2];
    }
    return { keys, starts };
  }
}

/** Hash of each dictionary entry of a text key column. */
export function entryHashes(col: StringColumn, textual: boolean): { e0: Uint32Array; e1: Uint32Array } {
  const d = col.dictionary.length;
  const e0 = new Uint32Array(d);
  const e1 = new Uint32Array(d);
  const h = new Uint32Array(2);
  for (let j = 0; j < d; j++) {
    const s = col.dictionary[j];
    const num = textual ? undefined : parseNumberText(s, true);
    if (num !== undefined && num === num) hashNumber(num, h);
    else hashText(s, h);
    e0[j] = h[0];
    e1[j] = h[1];
  }
  return { e0, e1 };
}

/**
 * Hash each row's key into the log. A key with an empty cell is skipped (as SQL's UNIQUE does; `nulls` checks those).
 * Numbers hash by value, so 7 in a CSV and 7 in Parquet agree.
 */
export function logKeys(log: Log, textual: boolean[], cols: Column[], n: number, rowOffset: number): void {
  log.reserve(n);
  const keys = log.keys;
  let m = 3 * log.n;
  if (cols.length === 1 && cols[0].kind === 'string') {
    // One text column, the common key (an id): each distinct value of the batch hashed once, no per-row mixing.
    const col = cols[0];
    const { e0, e1 } = entryHashes(col, textual[0]);
    const codes = col.codes;
    for (let i = 0; i < n; i++) {
      const c = codes[i];
      if (c < 0) continue;
      keys[m] = e0[c];
      keys[m + 1] = e1[c];
      keys[m + 2] = rowOffset + i;
      m += 3;
    }
    log.n = m / 3;
    return;
  }
  const acc0 = new Uint32Array(n);
  const acc1 = new Uint32Array(n);
  const skip = new Uint8Array(n);
  const h = new Uint32Array(2);
  const a = new Uint32Array(2);
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
      const { e0, e1 } = entryHashes(col, textual[k]);
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
    if (skip[i]) continue;
    keys[m] = acc0[i];
    keys[m + 1] = acc1[i];
    keys[m + 2] = rowOffset + i;
    m += 3;
  }
  log.n = m / 3;
}

/** A key's text in a report: its columns' values joined by ", ". */
export function keyText(cols: Column[], i: number): string {
  return cols.map((c) => (c.kind === 'number' ? numberText(c.values[i]) : c.dictionary[c.codes[i]])).join(', ');
}

