/**
 * validate-data's fast path for one row range of a large plain CSV/TSV (the first range starts with the header line,
 * read here; the others come with the header): the same PartResult as validatePart through DelimitedParser, in a
 * fraction of the time. Written by hand because it is the hot path of a 1 GB validation (scripts/bench/validate.mjs):
 *
 * 1. Rows and fields cut from a window of bytes in the WebAssembly kernel's memory (kernel.wat scan: 16 bytes at a
 *    time with SIMD compares, ~25 ns a 70-byte row against ~75 ns four bytes at a time in JavaScript), read 512 KiB
 *    at a time, batch by batch — up to 8,192 rows, a batch also ending where a read does (no check depends on where
 *    batches end: the tests compare the reports with reads of a few hundred bytes) — each wanted field as a byte
 *    range.
 * 2. Each column's batch handed to its checks from the bytes: numbers of the common shapes parsed by the kernel
 *    (nums; the others as io/number.ts parses them) and checked by it (stats, in ColumnState.numberBatch), text with
 *    few distinct values dictionary-encoded by it (dict), text or timestamps with one value a row checked on the
 *    bytes (ColumnState.rawBatch) — no string per id or timestamp — and unique keys hashed from the bytes (keys).
 *
 * It gives up (undefined: the caller reads the range the general way, which words any error) at anything the
 * general parser would treat specially: a quote, a lone CR, a blank line, a row with the wrong number of fields, a
 * number column that meets text after numbers within a batch, a cell over MLCI_MAX_LINE_BYTES, a window that cannot
 * hold a batch. So its answer is the general path's by construction; the tests compare the report bytes of both on
 * the same files.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { mostlyDistinct } from '../io/builder.js';
import { ByteDictionary, decode } from '../io/dictionary.js';
import { POW10, parseDecimalBytes, parseNumberText } from '../io/number.js';
import { maxLineBytes } from '../io/limits.js';
import type { Column, StringColumn } from '../io/types.js';
import { ColumnState, truncateValue, type RowSite } from './column.js';
import { KERNEL_BASE, kernel, type KernelExports } from './kernel.js';
import { hashNumber, hashText } from './keys.js';
import { BATCH_ROWS, Log, logKeys, readPlan, textualOf, type PartResult, type PartTask } from './part-state.js';
import { partScratch } from './sample.js';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const WINDOW = 1 << 20;
/**
 * Bytes a read at most; the rows cut from them are checked before the next read, while the bytes are still in the
 * core's cache (reads of the whole 4 MiB window took ~10% more CPU at 10 million rows). MLCI_VALIDATE_READ_BYTES sets
 * it (the tests use a few hundred bytes, so reads end inside rows and cells).
 */
const READ_BYTES = 512 * 1024;

function readBytes(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.MLCI_VALIDATE_READ_BYTES);
  return Number.isInteger(v) && v > 0 ? v : READ_BYTES;
}
/** A batch's rows must fit a window; past this the general reader takes the range. */
const MAX_WINDOW = 256 << 20;

/** How a wanted column's cells are handed over: parsed as numbers, dictionary-encoded text, or raw bytes. */
const NUM = 0;
const STR = 1;
const RAW = 2;

/** MLCI_VALIDATE_FAST=0 turns this path off (the tests compare both). */
export function fastPathEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.MLCI_VALIDATE_FAST !== '0';
}

/** The size of this thread's window (in its kernel's memory, reused part after part), which only grows. */
let threadWindowBytes = WINDOW;
const threadLogs: Log[] = [];

/** The cells in the kernel's memory, their starts and ends (tests; not while a part is read). */
function kernelWith(cells: string[]): { k: KernelExports; mem: ArrayBuffer; S0: number; E0: number; OUT: number; W: number; n: number } {
  const k = kernel();
  const bytes = cells.map((c) => Buffer.from(c, 'utf8'));
  const n = cells.length;
  const S0 = KERNEL_BASE;
  const E0 = S0 + n * 4;
  const OUT = align(E0 + n * 4, 16);
  const W = align(OUT + Math.max(n * 8, 3 * KEY_SCRATCH) + DICT_VALUES * 12 + DICT_SLOTS * 4 + 3 * KEY_SCRATCH, 16);
  const need = W + bytes.reduce((t, b) => t + b.length, 0) + 16;
  if (k.memory.buffer.byteLength < need) k.memory.grow(Math.ceil((need - k.memory.buffer.byteLength) / 65536));
  const mem = k.memory.buffer;
  new Float64Array(mem, 0, POW10.length).set(POW10);
  const starts = new Int32Array(mem, S0, n);
  const ends = new Int32Array(mem, E0, n);
  const window = new Uint8Array(mem, W);
  let at = 0;
  bytes.forEach((b, i) => {
    window.set(b, at);
    starts[i] = at;
    ends[i] = at += b.length;
  });
  return { k, mem, S0, E0, OUT, W, n };
}

/** The kernel's number for each of `cells` (tests), or undefined for a cell it leaves to the caller. */
export function kernelNumbers(cells: string[]): Array<number | undefined> {
  const { k, mem, S0, E0, OUT, W, n } = kernelWith(cells);
  const out = new Float64Array(mem, OUT, n);
  const got: Array<number | undefined> = [];
  for (let i = 0; i < n; ) {
    const stop = k.nums(S0, E0, i, n, OUT, W, 0);
    for (; i < stop; i++) got.push(out[i]);
    if (stop < n) {
      got.push(undefined);
      i = stop + 1;
    }
  }
  return got;
}

/** The kernel's time of each of `cells` (tests): NaN for a cell it leaves to the caller (or empty). */
export function kernelStamps(cells: string[]): number[] {
  const { k, mem, S0, E0, OUT, W, n } = kernelWith(cells);
  const nans = k.stamps(S0, E0, n, OUT, W);
  const got = [...new Float64Array(mem, OUT, n)];
  if (nans !== got.filter((v) => v !== v).length) throw new Error('internal: stamps counted its NaNs wrong');
  return got;
}

/** The kernel's dictionary of `cells` (tests): codes and values, or undefined past DICT_VALUES values. */
export function kernelDictionary(cells: string[]): { codes: number[]; dictionary: string[]; nullCount: number } | undefined {
  const { k, mem, S0, E0, OUT, W, n } = kernelWith(cells);
  const ents = W - 3 * KEY_SCRATCH - DICT_VALUES * 12 - DICT_SLOTS * 4;
  const column = { name: 'c', starts: new Int32Array(mem, S0, n), ends: new Int32Array(mem, E0, n), codes: OUT, wide: false } as Wanted;
  const col = kernelTextColumn(column, Buffer.from(mem, W), n, k, { win: W, pow: 0, ents, tab: ents + DICT_VALUES * 12, keys: 0 });
  return col && { codes: [...col.codes], dictionary: col.dictionary, nullCount: col.nullCount };
}

/** The kernel's key hash pair for each of `cells` (tests), or undefined for a cell it skips or leaves to the caller. */
export function kernelKeys(cells: string[], textual: boolean): Array<[number, number] | undefined> {
  const { k, mem, S0, E0, OUT, W, n } = kernelWith(cells);
  const got: Array<[number, number] | undefined> = new Array(n).fill(undefined);
  k.keyed.value = 0;
  for (let i = 0; i < n; i++) i = k.keys(S0, E0, i, n, textual ? 1 : 0, W, OUT, 0);
  const t = new Uint32Array(mem, OUT, 3 * BATCH_ROWS);
  for (let j = 0; j < k.keyed.value; j++) got[t[3 * j + 2]] = [t[3 * j], t[3 * j + 1]];
  return got;
}

/** This thread's k-th key log, emptied. */
function threadLog(k: number): Log {
  const log = (threadLogs[k] ??= new Log());
  log.n = 0;
  return log;
}

class GiveUp extends Error {}
const giveUp = new GiveUp();
const EMPTY = new Int32Array(0);
/** A third of the room for a batch's keys: 8,192 (h0, h1, row) triples of 4-byte words, as kernel.wat keys writes them. */
const KEY_SCRATCH = 8192 * 4;
/** The kernel's dictionary of a batch: at most this many values, in a table of this many slots (a quarter full). */
const DICT_VALUES = 256;
const DICT_SLOTS = 1024;
if (BATCH_ROWS > 8192) throw new Error('internal: the kernel holds 8,192 keys a batch');
const NO_VALUES = new Float64Array(0);

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

interface Wanted {
  name: string;
  /** Its place among the wanted fields: its starts, ends and numbers in the kernel's memory. */
  slot: number;
  mode: number;
  state: ColumnState | undefined;
  starts: Int32Array;
  ends: Int32Array;
  /** STR: the last batch had more distinct values than half its cells (io/builder.ts 'adaptive'). */
  direct: boolean;
  /** The batch's column as the reader would deliver it (NUM, STR), for the checks and the keys. */
  col: Column | undefined;
  /** The batch's numbers (NUM), in the kernel's memory at `out` (−1: not read as numbers). */
  values: Float64Array;
  out: number;
  /** Where the kernel puts a batch's codes (−1: raw bytes, never encoded); `wide`: a batch had too many values for it. */
  codes: number;
  wide: boolean;
  /** No checks of its own: only a unique key reads it. */
  keyOnly: boolean;
  /** A timestamp column read as bytes whose times the kernel makes (stamps) into `values`. */
  stamp: boolean;
}

export async function validateRangeFast(t: PartTask): Promise<PartResult | undefined> {
  const r = t.range;
  if (r === undefined || !fastPathEnabled()) return undefined;
  // The first range starts with the header line: read it here when it is plain (else the general reader words it).
  const head = r.header === undefined ? headerLine(t.path, r.start, r.end, r.delimiter) : undefined;
  if (r.header === undefined && head === undefined) return undefined;
  const header = r.header ?? head!.names;
  if (header.length === 0 || new Set(header).size !== header.length) return undefined;
  const { wanted, types } = readPlan(t.contract);
  const columns = Object.entries(t.contract.columns).map(([c, rule], i) => new ColumnState(t.table, c, rule, t.maxExamples, partScratch(i)));
  const stateOf = new Map(columns.map((c) => [c.name, c]));
  const width = header.length;
  const slotOf = new Int32Array(width).fill(-1);
  const present: Wanted[] = [];
  const names = wanted.filter((name) => header.includes(name));
  // Every wanted field's byte range in the batch, one flat array a side: slot k's row i at k × STRIDE + i.
  const STRIDE = BATCH_ROWS + 1;
  // The kernel's memory: powers of ten, the slot of each field, the field starts and ends, the numbers of each
  // column read as numbers, a batch's key hashes, then the window (last, so it can grow in place) and 16 bytes of
  // slack for the last 16-byte load.
  const POW = 0;
  const SLOT = KERNEL_BASE;
  const FS = align(SLOT + width * 4, 16);
  const FE = FS + names.length * STRIDE * 4;
  const VALS = align(FE + names.length * STRIDE * 4, 16);
  const k = kernel();
  let numbered = 0;
  for (const name of names) {
    const field = header.indexOf(name);
    const state = stateOf.get(name);
    const mode = types[name] === 'string' ? (state?.rawEligible ? RAW : STR) : NUM;
    slotOf[field] = present.length * STRIDE;
    // Room for a batch of numbers only for the columns read as numbers (text is never read as numbers later).
    // A timestamp column the kernel times (stamps) has a batch of numbers too.
    const stamp = mode === RAW && state!.stampEligible;
    const out = mode === NUM || stamp ? VALS + numbered++ * BATCH_ROWS * 8 : -1;
    present.push({ name, mode, state, starts: EMPTY, ends: EMPTY, values: NO_VALUES, out, codes: -1, wide: false, direct: false, col: undefined, keyOnly: state === undefined, slot: present.length, stamp });
  }
  // Room for a batch of codes for the columns that may be dictionary-encoded (read as text or numbers, not raw).
  let coded = 0;
  const CODES = align(VALS + numbered * BATCH_ROWS * 8, 16);
  for (const w of present) if (w.mode !== RAW) w.codes = CODES + coded++ * BATCH_ROWS * 4;
  const ENTS = CODES + coded * BATCH_ROWS * 4;
  const TAB = ENTS + DICT_VALUES * 12;
  const KEYS = TAB + DICT_SLOTS * 4;
  const WIN = KEYS + 3 * KEY_SCRATCH;
  const at: Layout = { win: WIN, pow: POW, ents: ENTS, tab: TAB, keys: KEYS };
  const byName = new Map(present.map((w) => [w.name, w]));
  // Key logs reused part after part too (take() copies them out, grouped); one a unique check.
  const uniques = t.contract.unique.map((u, k) => ({ columns: u.columns, textual: textualOf(t.contract, u.columns, types), log: threadLog(k) }));
  const d = r.delimiter;
  /** Line of the first row: after the header line in the first range. */
  const firstLine = (r.firstLine ?? 1) + (head === undefined ? 0 : 1);

  // Views of the kernel's memory, made again whenever it grows (growing detaches the old ones).
  let buf = Buffer.alloc(0);
  let fStarts = EMPTY;
  let fEnds = EMPTY;
  const bind = (windowBytes: number) => {
    const need = WIN + windowBytes + 16;
    const have = k.memory.buffer.byteLength;
    if (have < need) k.memory.grow(Math.ceil((need - have) / 65536));
    const mem = k.memory.buffer;
    new Float64Array(mem, POW, POW10.length).set(POW10);
    new Int32Array(mem, SLOT, width).set(slotOf);
    fStarts = new Int32Array(mem, FS, names.length * STRIDE);
    fEnds = new Int32Array(mem, FE, names.length * STRIDE);
    for (const w of present) {
      w.starts = fStarts.subarray(w.slot * STRIDE, (w.slot + 1) * STRIDE);
      w.ends = fEnds.subarray(w.slot * STRIDE, (w.slot + 1) * STRIDE);
      if (w.out >= 0) w.values = new Float64Array(mem, w.out, BATCH_ROWS);
    }
    buf = Buffer.from(mem, WIN, windowBytes);
  };
  bind(threadWindowBytes);
  /** The cutter's state between slices (see cut): field, fieldStart, rowStart, batchN, crAt, and rows so far. */
  const st = new Int32Array(6);
  st[S_CR] = -2;
  /** Byte offset (in buf) where the current batch's first row starts. */
  let batchStart = 0;

  const emit = (n: number) => {
    const rows = st[S_ROWS];
    // One row a line: a row's line is the batch's first line plus its index.
    const site: RowSite = { file: t.shown, lines: undefined, firstLine: firstLine + rows - n, rowOffset: rows - n };
    // A column read as text whose checks rawBatch decides (or with none: a key's) needs no dictionary: its cells are
    // checked, and its keys hashed, from the bytes (rawBatch, rawKeys).
    for (const w of present) w.col = w.mode === RAW || (w.mode === STR && (w.keyOnly || w.state!.rawWhenText)) ? undefined : materialize(w, buf, n, k, at);
    for (const c of columns) {
      const w = byName.get(c.name);
      if (w === undefined) c.absentBatch(n, site);
      else if (w.stamp) {
        k.stamps(w.starts.byteOffset, w.ends.byteOffset, n, w.out, WIN);
        c.stampBatch(w.values, buf, w.starts, w.ends, n, site);
      } else if (w.col === undefined) c.rawBatch(buf, w.starts, w.ends, n, site, k);
      else if (w.col.kind === 'number') c.numberBatch(w.col.values, site);
      else c.stringBatch(w.col.codes, w.col.dictionary, site);
    }
    for (const u of uniques) {
      const ws = u.columns.map((name) => byName.get(name));
      if (ws.some((w) => w === undefined)) continue;
      const key = ws as Wanted[];
      if (key.length === 1 && key[0].col === undefined) rawKeys(u.log, key[0], buf, n, rows - n, u.textual[0], k, at);
      // A compound key with a column given as bytes: that column as the text column the reader delivers.
      else logKeys(u.log, u.textual, key.map((w) => w.col ?? textColumn(w, buf, n, true)), n, rows - n);
    }
    for (const w of present) w.col = undefined;
  };

  const fd = openSync(t.path, 'r');
  try {
    let pos = r.start + (head?.bytes ?? 0);
    let filled = 0;
    const maxCell = maxLineBytes();
    const readSize = readBytes();
    /** The kernel's scan of buf[at, filled), its state from and back to st. */
    const scan = (at: number, last: boolean): number => {
      k.field.value = st[S_FIELD];
      k.fstart.value = st[S_FSTART];
      k.rowStart.value = st[S_ROW];
      k.batchN.value = st[S_BATCH];
      k.crAt.value = st[S_CR];
      k.rows.value = st[S_ROWS];
      const out = k.scan(at, filled, last ? 1 : 0, WIN, SLOT, FS, FE, d, width, maxCell, BATCH_ROWS);
      st[S_FIELD] = k.field.value;
      st[S_FSTART] = k.fstart.value;
      st[S_ROW] = k.rowStart.value;
      st[S_BATCH] = k.batchN.value;
      st[S_CR] = k.crAt.value;
      st[S_ROWS] = k.rows.value;
      return out;
    };
    for (;;) {
      if (filled === buf.length) {
        // A batch longer than the window: the window doubles (in place: it is the last thing in the memory).
        if (buf.length * 2 > MAX_WINDOW) return undefined;
        threadWindowBytes = buf.length * 2;
        bind(threadWindowBytes);
      }
      const n = pos < r.end ? readSync(fd, buf, filled, Math.min(buf.length - filled, r.end - pos, readSize), pos) : 0;
      const last = n === 0;
      const from = filled;
      filled += n;
      pos += n;
      // Rows and fields cut from the new bytes, a batch at a time.
      for (let at = from; at < filled; ) {
        at = scan(at, last);
        if (at < 0) return undefined;
        if (st[S_BATCH] === BATCH_ROWS) {
          emit(BATCH_ROWS);
          st[S_BATCH] = 0;
          batchStart = st[S_ROW];
        }
      }
      // The rows cut so far are checked now, while their bytes are in the core's cache: only the row being cut
      // stays for the next read.
      if (!last && st[S_BATCH] > 0) {
        const cut = st[S_BATCH];
        emit(cut);
        // The fields of the row being cut so far were put after the batch's rows: they become row 0's.
        for (let j = 0; j < present.length; j++) {
          fStarts[j * STRIDE] = fStarts[j * STRIDE + cut];
          fEnds[j * STRIDE] = fEnds[j * STRIDE + cut];
        }
        st[S_BATCH] = 0;
        batchStart = st[S_ROW];
      }
      if (last) {
        if (st[S_CR] === filled - 1) return undefined;
        if (st[S_ROW] < filled) {
          // The file's last line, without a line end.
          const field = st[S_FIELD];
          if (field !== width - 1) return undefined;
          const slot = slotOf[field];
          if (slot >= 0) {
            fStarts[slot + st[S_BATCH]] = st[S_FSTART];
            fEnds[slot + st[S_BATCH]] = filled;
          }
          st[S_ROWS]++;
          st[S_BATCH]++;
        }
        if (st[S_BATCH] > 0) emit(st[S_BATCH]);
        break;
      }
      // Keep the current batch's bytes (and the row being cut); move them to the front of the window.
      const delta = batchStart;
      if (delta > 0) {
        buf.copyWithin(0, delta, filled);
        filled -= delta;
        const batchN = st[S_BATCH];
        for (let k = 0; k < present.length; k++) {
          for (let i = k * STRIDE, e = i + batchN; i <= e; i++) {
            fStarts[i] -= delta;
            fEnds[i] -= delta;
          }
        }
        st[S_ROW] -= delta;
        st[S_FSTART] -= delta;
        st[S_CR] -= delta;
        batchStart = 0;
      }
    }
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  } finally {
    closeSync(fd);
  }
  const rows = st[S_ROWS];
  return {
    rows,
    endLine: firstLine + rows,
    present: wanted.filter((w) => byName.has(w)),
    columns: columns.map((c) => c.part()),
    keys: uniques.map((u) => u.log.take()),
    fast: true,
  };
}

/**
 * keyRows for a range the fast path read (PartResult.fast: one row a line, no quote) and a key of columns read as
 * text: the rows' lines found by their line ends and the key cells cut from them — a few milliseconds instead of
 * reading the range again through the reader. Undefined when the key has a column not read as text (its text is
 * then the number the reader makes of it) or is not in the header.
 */
export function keyRowsFast(t: PartTask, key: string[], rows: number[]): Map<number, { line: number | null; value: string }> | undefined {
  const r = t.range;
  if (r === undefined) return undefined;
  const { types } = readPlan(t.contract);
  if (key.some((c) => types[c] !== 'string')) return undefined;
  const head = r.header === undefined ? headerLine(t.path, r.start, r.end, r.delimiter) : undefined;
  const header = r.header ?? head?.names;
  if (header === undefined) return undefined;
  const fields = key.map((c) => header.indexOf(c));
  if (fields.some((f) => f < 0)) return undefined;
  const out = new Map<number, { line: number | null; value: string }>();
  const wanted = [...rows].sort((a, b) => a - b);
  /** Line number (in the range) of the first row: the header is line 1 of the first range. */
  const firstLine = (r.firstLine ?? 1) + (head === undefined ? 0 : 1);
  const fd = openSync(t.path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(1 << 22);
    let carry: Buffer = Buffer.alloc(0);
    let row = 0;
    let w = 0;
    for (let pos = r.start + (head?.bytes ?? 0); pos < r.end && w < wanted.length; ) {
      const n = readSync(fd, chunk, 0, Math.min(chunk.length, r.end - pos), pos);
      if (n === 0) break;
      pos += n;
      const buf = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let at = 0;
      for (;;) {
        const lf = buf.indexOf(LF, at);
        const end = lf >= 0 ? lf : pos === r.end ? buf.length : -1;
        if (end < 0) break;
        if (row === wanted[w]) {
          const line = buf.toString('utf8', at, end > at && buf[end - 1] === CR && lf >= 0 ? end - 1 : end).split(String.fromCharCode(r.delimiter));
          out.set(row, { line: firstLine + row, value: truncateValue(fields.map((f) => line[f]).join(', ')) });
          while (wanted[w] === row) w++;
          if (w === wanted.length) return out;
        }
        row++;
        if (lf < 0) break;
        at = lf + 1;
      }
      carry = Buffer.from(buf.subarray(at));
    }
  } finally {
    closeSync(fd);
  }
  return out.size === new Set(rows).size ? out : undefined;
}

const S_FIELD = 0;
const S_FSTART = 1;
const S_ROW = 2;
const S_BATCH = 3;
const S_CR = 4;
const S_ROWS = 5;

/**
 * The header line at `start`: its names (UTF-8, as DelimitedParser decodes them) and its bytes with the line end, or
 * undefined when it is not plain (a quote, a lone CR, a blank first line, longer than 64 KiB).
 */
function headerLine(path: string, start: number, end: number, d: number): { names: string[]; bytes: number } | undefined {
  const buf = Buffer.allocUnsafe(Math.min(64 * 1024, end - start));
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, buf, 0, buf.length, start);
  } finally {
    closeSync(fd);
  }
  const lf = buf.subarray(0, n).indexOf(LF);
  if (lf <= 0) return undefined;
  const lineEnd = buf[lf - 1] === CR ? lf - 1 : lf;
  const line = buf.subarray(0, lineEnd);
  if (lineEnd === 0 || line.includes(QUOTE) || line.includes(CR)) return undefined;
  const names: string[] = [];
  let from = 0;
  for (let i = 0; i <= lineEnd; i++) {
    if (i === lineEnd || line[i] === d) {
      names.push(line.toString('utf8', from, i));
      from = i + 1;
    }
  }
  return { names, bytes: lf + 1 };
}

/**
 * Where a part's window, powers of ten, dictionary (each value's first start, end, hash; its table) and a batch's key
 * hashes are in the kernel's memory. A column's field starts and ends are where its views are (byteOffset).
 */
interface Layout {
  win: number;
  pow: number;
  ents: number;
  tab: number;
  keys: number;
}

/**
 * A NUM or STR column's batch as the reader's builder would deliver it (io/builder.ts BytesColumnBuilder). Numbers
 * of the common shapes are parsed by the kernel (nums); each other cell here, as the reader parses it.
 */
function materialize(w: Wanted, buf: Buffer, n: number, k: KernelExports, at: Layout): Column {
  const { starts, ends } = w;
  if (w.mode === NUM) {
    // The batch's array is handed to the checks and not kept by them: one a column, reused.
    const values = w.values.subarray(0, n);
    k.nulls.value = 0;
    k.numbers.value = 0;
    let numbers = 0;
    let i = 0;
    for (;;) {
      i = k.nums(starts.byteOffset, ends.byteOffset, i, n, w.out, at.win, at.pow);
      if (i === n) break;
      // A sign, an exponent, a long or odd number, or text.
      const s = starts[i];
      const e = ends[i];
      let v = parseDecimalBytes(buf, s, e);
      if (v !== v) {
        const slow = parseNumberText(buf.toString('utf8', s, e), true);
        if (slow === undefined) break;
        v = slow;
      }
      values[i++] = v;
      numbers++;
    }
    numbers += k.numbers.value;
    if (i === n) return { kind: 'number', name: w.name, values, nullCount: k.nulls.value };
    // Text: with only empty cells before it in this batch the column becomes text from here on, as the reader's
    // builder does; after numbers the reader re-reads the batch, and so does the general path.
    if (numbers > 0) throw giveUp;
    w.mode = STR;
  }
  const col = (!w.direct && !w.wide && kernelTextColumn(w, buf, n, k, at)) || textColumn(w, buf, n, w.direct);
  w.direct = mostlyDistinct(col.dictionary.length, n - col.nullCount);
  return col;
}

/**
 * textColumn (not direct) by the kernel (dict): the same codes and strings, ~4× faster a cell. Undefined past
 * DICT_VALUES values in the batch (the column then stays with textColumn: `wide`).
 */
function kernelTextColumn(w: Wanted, buf: Buffer, n: number, k: KernelExports, at: Layout): StringColumn | undefined {
  const count = k.dict(w.starts.byteOffset, w.ends.byteOffset, n, w.codes, at.ents, DICT_VALUES, at.tab, DICT_SLOTS - 1, at.win);
  if (count < 0) {
    w.wide = true;
    return undefined;
  }
  const mem = k.memory.buffer;
  const ents = new Int32Array(mem, at.ents, count * 3);
  const dictionary: string[] = new Array(count);
  for (let c = 0; c < count; c++) {
    const s = ents[3 * c];
    const e = ents[3 * c + 1];
    let or = 0;
    for (let j = s; j < e; j++) or |= buf[j];
    dictionary[c] = decode(buf, or < 0x80, s, e);
  }
  // The codes stay in the kernel's memory: the checks and keys read them before the next batch.
  return { kind: 'string', name: w.name, codes: new Int32Array(mem, w.codes, n), dictionary, nullCount: k.empty.value };
}

/** The cells as the text column the reader delivers, dictionary-encoded from their bytes (`direct`: no deduplication). */
function textColumn(w: Wanted, buf: Buffer, n: number, direct: boolean): StringColumn {
  const dict = new ByteDictionary(direct);
  const codes = new Int32Array(n);
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    const s = w.starts[i];
    const e = w.ends[i];
    if (s === e) {
      codes[i] = -1;
      nulls++;
    } else {
      codes[i] = dict.code(buf, s, e);
    }
  }
  return { kind: 'string', name: w.name, codes, dictionary: dict.strings, nullCount: nulls };
}

const pair = new Uint32Array(2);

/**
 * One key column given as bytes: each non-empty cell hashed as logKeys hashes it — as text when the column is read as
 * text (`textual`), else as its number when it is one (parseNumberText; NaN text hashes as text). The kernel hashes
 * the ASCII cells that cannot be numbers (keys: keys.ts hashAsciiBytes), the others are hashed here.
 */
function rawKeys(log: Log, w: Wanted, buf: Buffer, n: number, rowOffset: number, textual: boolean, k: KernelExports, at: Layout): void {
  log.reserve(n);
  const mem = k.memory.buffer;
  // The kernel's keys, h0, h1 and row side by side as the log holds them.
  const triples = new Uint32Array(mem, at.keys, 3 * BATCH_ROWS);
  k.keyed.value = 0;
  let copied = 0;
  for (let i = 0; ; ) {
    i = k.keys(w.starts.byteOffset, w.ends.byteOffset, i, n, textual ? 1 : 0, at.win, at.keys, rowOffset);
    // The kernel's keys so far, then (in row order) the cell it left.
    const keyed = k.keyed.value;
    log.keys.set(triples.subarray(3 * copied, 3 * keyed), 3 * log.n);
    log.n += keyed - copied;
    copied = keyed;
    if (i === n) break;
    const s = w.starts[i];
    const e = w.ends[i];
    const text = buf.toString('utf8', s, e);
    const num = textual ? undefined : parseNumberText(text, true);
    if (num !== undefined && num === num) hashNumber(num, pair);
    else hashText(text, pair);
    log.push(pair[0], pair[1], rowOffset + i++);
  }
}
