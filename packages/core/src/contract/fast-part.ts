/**
 * validate-data's fast path for one row range of a large plain CSV/TSV (the first range starts with the header line,
 * read here; the others come with the header): the same PartResult as validatePart through DelimitedParser, in a
 * fraction of the time. Written by hand because it is the hot path of a 1 GB validation (scripts/bench/validate.mjs):
 *
 * 1. Rows and fields cut from a 4 MiB window of bytes, four bytes at a time (scan: SWAR), batch by batch — the same
 *    8,192-row batches as the reader, so every check sees the same batches — each wanted field as a byte range.
 * 2. Each column's batch handed to its checks from the bytes: numbers parsed in place (io/number.ts), text with few
 *    distinct values dictionary-encoded from bytes, and text or timestamps with one value a row checked on the bytes
 *    (ColumnState.rawBatch) — no string per id or timestamp; unique keys hashed from the bytes.
 *
 * It gives up (undefined: the caller reads the range the general way, which words any error) at anything the
 * general parser would treat specially: a quote, a lone CR, a blank line, a row with the wrong number of fields, a
 * number column that meets text after numbers within a batch, a cell over MLCI_MAX_LINE_BYTES, a window that cannot
 * hold a batch. So its answer is the general path's by construction; the tests compare the report bytes of both on
 * the same files.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { mostlyDistinct } from '../io/builder.js';
import { ByteDictionary } from '../io/dictionary.js';
import { MAX_EXACT, POW10, parseDecimalBytes, parseNumberText } from '../io/number.js';
import { maxLineBytes } from '../io/limits.js';
import type { Column, StringColumn } from '../io/types.js';
import { ColumnState, mayBeNumber, type RowSite } from './column.js';
import { hashAsciiBytes, hashNumber, hashText } from './keys.js';
import { BATCH_ROWS, Log, logKeys, readPlan, textualOf, type PartResult, type PartTask } from './part-state.js';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const WINDOW = 4 << 20;
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

/** This thread's window (see validateRangeFast). */
let threadWindow: ArrayBuffer | undefined;
const threadLogs: Log[] = [];

/** This thread's k-th key log, emptied. */
function threadLog(k: number): Log {
  const log = (threadLogs[k] ??= new Log());
  log.n = 0;
  return log;
}

class GiveUp extends Error {}
const giveUp = new GiveUp();

interface Wanted {
  name: string;
  mode: number;
  state: ColumnState | undefined;
  starts: Int32Array;
  ends: Int32Array;
  /** STR: the last batch had more distinct values than half its cells (io/builder.ts 'adaptive'). */
  direct: boolean;
  /** The batch's column as the reader would deliver it (NUM, STR), for the checks and the keys. */
  col: Column | undefined;
  /** NUM: the batch's values array, reused. */
  values?: Float64Array;
  /** No checks of its own: only a unique key reads it. */
  keyOnly: boolean;
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
  const columns = Object.entries(t.contract.columns).map(([c, rule]) => new ColumnState(t.table, c, rule, t.maxExamples));
  const stateOf = new Map(columns.map((c) => [c.name, c]));
  const width = header.length;
  const slotOf = new Int32Array(width).fill(-1);
  const present: Wanted[] = [];
  const names = wanted.filter((name) => header.includes(name));
  // Every wanted field's byte range in the batch, one flat array a side: slot k's row i at k × STRIDE + i.
  const STRIDE = BATCH_ROWS + 1;
  const fStarts = new Int32Array(names.length * STRIDE);
  const fEnds = new Int32Array(names.length * STRIDE);
  for (const name of names) {
    const field = header.indexOf(name);
    const state = stateOf.get(name);
    const mode = types[name] === 'string' ? (state?.rawEligible ? RAW : STR) : NUM;
    const k = present.length;
    slotOf[field] = k * STRIDE;
    present.push({ name, mode, state, starts: fStarts.subarray(k * STRIDE, (k + 1) * STRIDE), ends: fEnds.subarray(k * STRIDE, (k + 1) * STRIDE), direct: false, col: undefined, keyOnly: state === undefined });
  }
  const byName = new Map(present.map((w) => [w.name, w]));
  // Key logs reused part after part too (take() copies them out, grouped); one a unique check.
  const uniques = t.contract.unique.map((u, k) => ({ columns: u.columns, textual: textualOf(t.contract, u.columns, types), log: threadLog(k) }));
  const d = r.delimiter;
  /** Line of the first row: after the header line in the first range. */
  const firstLine = (r.firstLine ?? 1) + (head === undefined ? 0 : 1);

  // The window is the thread's, reused part after part: a new 4 MiB buffer a part is garbage that V8 frees late.
  let ab = (threadWindow ??= new ArrayBuffer(WINDOW));
  let buf = Buffer.from(ab);
  let words = new Int32Array(ab);
  const lines = new Uint32Array(BATCH_ROWS);
  /** The cutter's state between slices (see cut): field, fieldStart, rowStart, batchN, crAt, and rows so far. */
  const st = new Int32Array(6);
  st[S_CR] = -2;
  /** Byte offset (in buf) where the current batch's first row starts. */
  let batchStart = 0;

  const emit = (n: number) => {
    const rows = st[S_ROWS];
    for (let i = 0; i < n; i++) lines[i] = firstLine + rows - n + i;
    const site: RowSite = { file: t.shown, lines: lines.subarray(0, n), rowOffset: rows - n };
    // A column read as text whose checks rawBatch decides (or with none: a key's) needs no dictionary: its cells are
    // checked, and its keys hashed, from the bytes (rawBatch, rawKeys).
    for (const w of present) w.col = w.mode === RAW || (w.mode === STR && (w.keyOnly || w.state!.rawWhenText)) ? undefined : materialize(w, buf, n);
    for (const c of columns) {
      const w = byName.get(c.name);
      if (w === undefined) c.absentBatch(n, site);
      else if (w.col === undefined) c.rawBatch(buf, w.starts, w.ends, n, site);
      else if (w.col.kind === 'number') c.numberBatch(w.col.values, site);
      else c.stringBatch(w.col.codes, w.col.dictionary, site);
    }
    for (const u of uniques) {
      const ws = u.columns.map((name) => byName.get(name));
      if (ws.some((w) => w === undefined)) continue;
      const key = ws as Wanted[];
      if (key.length === 1 && key[0].col === undefined) rawKeys(u.log, key[0], buf, n, rows - n, u.textual[0]);
      // A compound key with a column given as bytes: that column as the text column the reader delivers.
      else logKeys(u.log, u.textual, key.map((w) => w.col ?? textColumn(w, buf, n, true)), n, rows - n);
    }
    for (const w of present) w.col = undefined;
  };

  const fd = openSync(t.path, 'r');
  try {
    let pos = r.start + (head?.bytes ?? 0);
    let filled = 0;
    const cutter: Cutter = { slotOf, fStarts, fEnds, d, width, st, maxCell: maxLineBytes() };
    for (;;) {
      if (filled === buf.length) {
        if (buf.length * 2 > MAX_WINDOW) return undefined;
        const grown = new ArrayBuffer(buf.length * 2);
        new Uint8Array(grown).set(buf);
        ab = grown;
        threadWindow = grown;
        buf = Buffer.from(ab);
        words = new Int32Array(ab);
      }
      const n = pos < r.end ? readSync(fd, buf, filled, Math.min(buf.length - filled, r.end - pos), pos) : 0;
      const last = n === 0;
      const from = filled;
      filled += n;
      pos += n;
      // Rows and fields cut from the new bytes, a batch at a time.
      for (let at = from; at < filled; ) {
        at = scan(cutter, buf, words, at, filled, last);
        if (at < 0) return undefined;
        if (st[S_BATCH] === BATCH_ROWS) {
          emit(BATCH_ROWS);
          st[S_BATCH] = 0;
          batchStart = st[S_ROW];
        }
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
  };
}

const S_FIELD = 0;
const S_FSTART = 1;
const S_ROW = 2;
const S_BATCH = 3;
const S_CR = 4;
const S_ROWS = 5;

interface Cutter {
  /** Per field: its slot's offset in fStarts/fEnds, or −1 when not wanted. */
  slotOf: Int32Array;
  fStarts: Int32Array;
  fEnds: Int32Array;
  d: number;
  width: number;
  st: Int32Array;
  /** MLCI_MAX_LINE_BYTES: a longer cell is an error of the general reader's. */
  maxCell: number;
}

/**
 * Cut rows and fields from buf[from, to) until the batch is full (then: the offset after the row that filled it) or
 * the bytes end (then: to); −1 to give up (a quote, a lone CR, a blank line, a row with the wrong number of
 * fields). Bytes are looked at four at a time (SWAR): one add and two masks flag the bytes below 0x2D, which holds
 * the comma, tab, LF, CR and quote, and only those are looked at one by one (~0.5 ns a byte against ~1.5 for a byte
 * loop). The state lives in locals while it runs (a closure's variables would be read through its context).
 */
function scan(c: Cutter, buf: Buffer, words: Int32Array, from: number, to: number, last: boolean): number {
  const { slotOf, fStarts, fEnds, d, width, st, maxCell } = c;
  let field = st[S_FIELD];
  let fieldStart = st[S_FSTART];
  let rowStart = st[S_ROW];
  let batchN = st[S_BATCH];
  let crAt = st[S_CR];
  let rows = st[S_ROWS];
  let out = to;
  // Whole words from the one holding `from` to the one holding `to − 1`, the bytes outside [from, to) masked off.
  const firstWord = from >> 2;
  const endWord = (to + 3) >> 2;
  const lastWord = endWord - 1;
  const firstMask = -1 << ((from & 3) << 3);
  const lastMask = (to & 3) === 0 ? -1 : (1 << ((to & 3) << 3)) - 1;
  scanning: for (let w = firstWord; w < endWord; w++) {
    const v = words[w];
    // A byte below 0x2D (and below 0x80) gets its top bit set here.
    let m = ~(((v & 0x7f7f7f7f) + 0x53535353) | v) & 0x80808080;
    if (m === 0) continue;
    if (w === firstWord) m &= firstMask;
    if (w === lastWord) m &= lastMask;
    for (; m !== 0; m &= m - 1) {
      const p = (w << 2) + ((31 - Math.clz32(m & -m)) >> 3);
      const ch = buf[p];
      if (ch === d) {
        const slot = field < width ? slotOf[field] : -1;
        if (slot >= 0) {
          fStarts[slot + batchN] = fieldStart;
          fEnds[slot + batchN] = p;
        }
        field++;
        fieldStart = p + 1;
        continue;
      }
      if (ch !== LF) {
        if (ch === CR) {
          // CRLF: the LF must follow (a lone CR ends a line too for the general parser: leave that to it).
          if (p + 1 < to ? buf[p + 1] !== LF : last) {
            out = -1;
            break scanning;
          }
          crAt = p;
        } else if (ch === QUOTE) {
          out = -1;
          break scanning;
        }
        continue;
      }
      const end = crAt === p - 1 ? p - 1 : p;
      if (end === rowStart || field !== width - 1 || end - rowStart > maxCell) {
        // A blank line, a row with the wrong number of fields, a row longer than a cell may be (MLCI_MAX_LINE_BYTES:
        // no cell of a shorter row is over it): the general parser takes the range.
        out = -1;
        break scanning;
      }
      const slot = slotOf[field];
      if (slot >= 0) {
        fStarts[slot + batchN] = fieldStart;
        fEnds[slot + batchN] = end;
      }
      rows++;
      batchN++;
      field = 0;
      rowStart = fieldStart = p + 1;
      if (batchN === BATCH_ROWS) {
        out = p + 1;
        break scanning;
      }
    }
  }
  st[S_FIELD] = field;
  st[S_FSTART] = fieldStart;
  st[S_ROW] = rowStart;
  st[S_BATCH] = batchN;
  st[S_CR] = crAt;
  st[S_ROWS] = rows;
  return out;
}

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

/** A NUM or STR column's batch as the reader's builder would deliver it (io/builder.ts BytesColumnBuilder). */
function materialize(w: Wanted, buf: Buffer, n: number): Column {
  const { starts, ends } = w;
  if (w.mode === NUM) {
    // The batch's array is handed to the checks and not kept by them: one a column, reused.
    const values = (w.values ??= new Float64Array(BATCH_ROWS)).subarray(0, n);
    let numbers = 0;
    let nulls = 0;
    let i = 0;
    for (; i < n; i++) {
      const s = starts[i];
      const e = ends[i];
      if (s === e) {
        values[i] = NaN;
        nulls++;
        continue;
      }
      // Unsigned digits with at most one point, inline (the common cell); anything else as the reader parses it.
      let m = 0;
      let k = s;
      let c = 0;
      while (k < e && (c = buf[k] - 48) >>> 0 <= 9) {
        m = m * 10 + c;
        k++;
      }
      let v: number;
      if (k === e && m < MAX_EXACT) v = m;
      else if (k < e && buf[k] === 46 && k > s && e - s <= 16) {
        const f = ++k;
        while (k < e && (c = buf[k] - 48) >>> 0 <= 9) {
          m = m * 10 + c;
          k++;
        }
        v = k === e && k > f ? m / POW10[k - f] : parseDecimalBytes(buf, s, e);
      } else {
        v = parseDecimalBytes(buf, s, e);
      }
      if (v !== v) {
        const slow = parseNumberText(buf.toString('utf8', s, e), true);
        if (slow === undefined) break;
        v = slow;
      }
      values[i] = v;
      numbers++;
    }
    if (i === n) return { kind: 'number', name: w.name, values, nullCount: nulls };
    // Text: with only empty cells before it in this batch the column becomes text from here on, as the reader's
    // builder does; after numbers the reader re-reads the batch, and so does the general path.
    if (numbers > 0) throw giveUp;
    w.mode = STR;
  }
  const col = textColumn(w, buf, n, w.direct);
  w.direct = mostlyDistinct(col.dictionary.length, n - col.nullCount);
  return col;
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
 * text (`textual`), else as its number when it is one (parseNumberText; NaN text hashes as text) — from the bytes when
 * it is ASCII and cannot be a number.
 */
function rawKeys(log: Log, w: Wanted, buf: Buffer, n: number, rowOffset: number, textual: boolean): void {
  log.reserve(n);
  const { h0, h1, row } = log;
  let m = log.n;
  for (let i = 0; i < n; i++) {
    const s = w.starts[i];
    const e = w.ends[i];
    if (s === e) continue;
    if (!textual && mayBeNumber(buf[s])) {
      const text = buf.toString('utf8', s, e);
      const num = parseNumberText(text, true);
      if (num !== undefined && num === num) hashNumber(num, pair);
      else hashText(text, pair);
    } else if (!hashAsciiBytes(buf, s, e, pair)) {
      hashText(buf.toString('utf8', s, e), pair);
    }
    h0[m] = pair[0];
    h1[m] = pair[1];
    row[m++] = rowOffset + i;
  }
  log.n = m;
}
