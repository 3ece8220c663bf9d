/**
 * JSON Lines reader: one JSON object per line; keys are columns (in order of first appearance), a missing key or
 * null is an empty cell, blank lines are skipped. Values: numbers stay numbers (integers beyond 2^53 make the column
 * text, as in CSV, so ids stay distinct), strings are text ("" is empty), booleans become the text "true"/"false"
 * (as they read from CSV), nested arrays/objects become their JSON text.
 *
 * Flat objects without escapes (the usual prediction file) take a byte-level fast path: keys and values are found in
 * the line's bytes, numbers parsed from bytes, strings dictionary-encoded from bytes; no object per line. The fast
 * path accepts only what is certainly valid JSON; any other line (escapes, nesting, repeated keys, or an error) goes
 * through JSON.parse, which also produces the error message for invalid lines.
 */
import { UserError } from '../errors.js';
import { excerpt } from '../excerpt.js';
import { ValueColumnBuilder, type ValueContext } from './builder.js';
import { missingColumn } from './delimited.js';
import { ByteDictionary } from './dictionary.js';
import { describeFile } from './format.js';
import { maxLineBytes, overlong } from './limits.js';
import { MAX_EXACT, POW10, parseDecimalBytes } from './number.js';
import type { Batch, Column, ColumnType } from './types.js';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const BACKSLASH = 92;
const T_NUM = 0;
const T_STR = 1;
const T_TRUE = 2;
const T_FALSE = 3;
const T_NULL = 4;
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');

export interface JsonlOptions {
  path: string;
  label?: string;
  columns?: string[];
  types?: Record<string, ColumnType>;
  /** See ReadOptions.missingColumns. */
  missingColumns?: 'error' | 'skip';
  batchRows: number;
  trackLines: boolean;
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === CR || c === LF;
}

function skipWs(b: Uint8Array, i: number, e: number): number {
  while (i < e && isWs(b[i])) i++;
  return i;
}

/** Value of the last number numberEnd scanned when it had no exponent and an exact mantissa, else NaN. */
let scannedValue = NaN;

/**
 * End of a JSON number starting at i (RFC 8259 grammar), or -1. Parses plain decimals on the way (exactly, as in
 * parseDecimalBytes: mantissa below 2^53, at most 22 fraction digits) into scannedValue.
 */
function numberEnd(b: Uint8Array, i: number, e: number): number {
  let j = i;
  let neg = false;
  if (j < e && b[j] === 45) {
    neg = true;
    j++;
  }
  if (j >= e) return -1;
  let m = 0;
  let c = b[j] - 48;
  if (c === 0) j++;
  else if (c >>> 0 <= 9) {
    while (j < e && (c = b[j] - 48) >>> 0 <= 9) {
      m = m * 10 + c;
      j++;
    }
  } else return -1;
  let exp = 0;
  if (j < e && b[j] === 46) {
    const f = ++j;
    while (j < e && (c = b[j] - 48) >>> 0 <= 9) {
      m = m * 10 + c;
      j++;
    }
    if (j === f) return -1;
    exp = f - j;
  }
  scannedValue = m < MAX_EXACT && exp >= -22 ? (neg ? -(m / POW10[-exp]) : m / POW10[-exp]) : NaN;
  if (j < e && (b[j] === 101 || b[j] === 69)) {
    scannedValue = NaN;
    j++;
    if (j < e && (b[j] === 43 || b[j] === 45)) j++;
    const f = j;
    while (j < e && b[j] >= 48 && b[j] <= 57) j++;
    if (j === f) return -1;
  }
  return j;
}

/** End of a JSON string's content starting at i (after the opening quote), or -1 when it has escapes/controls. */
function stringEnd(b: Uint8Array, i: number, e: number): number {
  while (i < e) {
    const c = b[i];
    if (c === QUOTE) return i;
    if (c === BACKSLASH || c < 32) return -1;
    i++;
  }
  return -1;
}

function literal(b: Uint8Array, i: number, e: number, word: Buffer): boolean {
  if (e - i < word.length) return false;
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word[k]) return false;
  return true;
}

export class JsonlParser implements ValueContext {
  readonly ready: Batch[] = [];
  rows = 0;
  lines: Uint32Array | null = null;

  private readonly opts: JsonlOptions;
  private readonly where: string;
  /** Key bytes → key code (in order of first appearance); keyCols[code] is its builder, null when not loaded. */
  private readonly keyDict = new ByteDictionary();
  private readonly keyCols: Array<ValueColumnBuilder | null> = [];
  private keySeen: Int32Array = new Int32Array(16);
  private stamp = 0;
  private readonly requested = new Map<string, ValueColumnBuilder>();
  private readonly builders: ValueColumnBuilder[] = [];
  private readonly order: string[] = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly maxLine = maxLineBytes();
  private line = 0;
  private batchN = 0;
  private readonly capacity: number;
  // One line's tokens (fast path): key code, value type, value bytes.
  private tKey: Int32Array = new Int32Array(16);
  private tType: Uint8Array = new Uint8Array(16);
  private tStart: Int32Array = new Int32Array(16);
  private tEnd: Int32Array = new Int32Array(16);
  private tNum: Float64Array = new Float64Array(16);
  /** Key code last seen at each position in a line: most files repeat the same keys in the same order. */
  private posKey: Int32Array = new Int32Array(16).fill(-1);

  constructor(opts: JsonlOptions) {
    this.opts = opts;
    this.where = describeFile(opts.path, opts.label);
    this.capacity = Number.isFinite(opts.batchRows) ? Math.min(opts.batchRows, 1 << 16) : 4096;
    if (opts.trackLines) this.lines = new Uint32Array(1024);
    for (const name of opts.columns ?? []) {
      if (this.requested.has(name)) continue;
      const b = new ValueColumnBuilder(name, opts.types?.[name] ?? 'auto', this.capacity, this, true);
      this.requested.set(name, b);
      this.builders.push(b);
    }
  }

  /** Every key seen, in order of first appearance. */
  get allColumnNames(): string[] {
    return this.keyDict.strings.slice(0, this.keyCols.length);
  }

  push(buf: Buffer): void {
    let s = 0;
    for (;;) {
      const k = buf.indexOf(LF, s);
      if (k < 0) {
        if (s < buf.length) {
          this.pending.push(buf.subarray(s));
          this.pendingBytes += buf.length - s;
          if (this.pendingBytes > this.maxLine) throw overlong(this.where, this.opts.path, this.line + 1, 'line', this.maxLine);
        }
        return;
      }
      if (this.pending.length > 0) {
        if (this.pendingBytes + k - s > this.maxLine) throw overlong(this.where, this.opts.path, this.line + 1, 'line', this.maxLine);
        this.pending.push(buf.subarray(s, k));
        const whole = Buffer.concat(this.pending);
        this.pending = [];
        this.pendingBytes = 0;
        this.lineBytes(whole, 0, whole.length);
      } else {
        if (k - s > this.maxLine) throw overlong(this.where, this.opts.path, this.line + 1, 'line', this.maxLine);
        this.lineBytes(buf, s, k);
      }
      s = k + 1;
    }
  }

  end(): void {
    if (this.pending.length > 0) {
      const whole = Buffer.concat(this.pending);
      this.pending = [];
      this.pendingBytes = 0;
      this.lineBytes(whole, 0, whole.length);
    }
    if (this.rows === 0 && this.keyCols.length === 0) {
      throw new UserError(`${this.where} is empty; expected one JSON object per line`, { file: this.opts.path });
    }
    const seen = new Set(this.allColumnNames);
    for (const name of this.requested.keys()) {
      if (!seen.has(name) && this.opts.missingColumns !== 'skip') throw missingColumn(this.where, this.opts.path, name, this.allColumnNames);
    }
    if (this.batchN > 0 || this.ready.length === 0) this.flush();
  }

  /** Loaded column names in order of first appearance. */
  columnNames(): string[] {
    return [...this.order];
  }

  notNumber(column: string, text: string): never {
    throw new UserError(
      `${this.where}, line ${this.line}: ${excerpt(column)} is ${excerpt(text)}, which is not a number; ` +
        `this column must be numeric (use null for a missing value)`,
      { file: this.opts.path, line: this.line },
    );
  }

  private lineBytes(b: Buffer, s: number, e: number): void {
    this.line++;
    if (e > s && b[e - 1] === CR) e--;
    const t = skipWs(b, s, e);
    if (t === e) return; // blank line
    this.stamp++;
    if (!this.fastLine(b, t, e)) this.slowLine(b, s, e);
    this.endRow();
  }

  /** Tokenize a flat object from bytes; commit it only when the whole line is certainly valid JSON. */
  private fastLine(b: Buffer, s: number, e: number): boolean {
    let i = s;
    if (b[i] !== 123 /* { */) return false;
    i = skipWs(b, i + 1, e);
    let t = 0;
    if (i < e && b[i] === 125 /* } */) {
      i++;
    } else {
      for (;;) {
        if (i >= e || b[i] !== QUOTE) return false;
        const ks = i + 1;
        const ke = stringEnd(b, ks, e);
        if (ke < 0) return false;
        i = skipWs(b, ke + 1, e);
        if (i >= e || b[i] !== 58 /* : */) return false;
        i = skipWs(b, i + 1, e);
        if (i >= e) return false;
        const c = b[i];
        let type: number;
        let vs = i;
        let ve: number;
        if (c === QUOTE) {
          vs = i + 1;
          ve = stringEnd(b, vs, e);
          if (ve < 0) return false;
          i = ve + 1;
          type = T_STR;
        } else if (c === 116 /* t */ || c === 102 /* f */ || c === 110 /* n */) {
          const word = c === 116 ? TRUE : c === 102 ? FALSE : NULL;
          if (!literal(b, i, e, word)) return false;
          i += word.length;
          ve = i;
          type = c === 116 ? T_TRUE : c === 102 ? T_FALSE : T_NULL;
        } else {
          ve = numberEnd(b, i, e);
          if (ve < 0) return false;
          i = ve;
          type = T_NUM;
        }
        if (t === this.tKey.length) this.growTokens();
        const guess = this.posKey[t];
        this.tKey[t] = guess >= 0 && this.keyDict.matches(guess, b, ks, ke) ? guess : (this.posKey[t] = this.keyDict.code(b, ks, ke));
        this.tNum[t] = scannedValue;
        this.tType[t] = type;
        this.tStart[t] = vs;
        this.tEnd[t] = ve;
        t++;
        i = skipWs(b, i, e);
        if (i >= e) return false;
        if (b[i] === 44 /* , */) {
          i = skipWs(b, i + 1, e);
          continue;
        }
        if (b[i] !== 125) return false;
        i++;
        break;
      }
    }
    if (skipWs(b, i, e) !== e) return false;
    // A repeated key: JSON.parse keeps the last value; leave that to it.
    if (this.keySeen.length < this.keyDict.strings.length) {
      const g = new Int32Array(this.keyDict.strings.length * 2);
      g.set(this.keySeen);
      this.keySeen = g;
    }
    for (let k = 0; k < t; k++) {
      if (this.keySeen[this.tKey[k]] === this.stamp) return false;
      this.keySeen[this.tKey[k]] = this.stamp;
    }
    const r = this.batchN;
    for (let k = 0; k < t; k++) {
      const col = this.column(this.tKey[k]);
      if (col === null) continue;
      col.lastRow = r;
      const vs = this.tStart[k];
      const ve = this.tEnd[k];
      switch (this.tType[k]) {
        case T_NUM: {
          const fast = this.tNum[k];
          const v = fast === fast ? fast : parseDecimalBytes(b, vs, ve);
          if (v === v) col.addNumber(v);
          else this.slowNumber(col, b.toString('latin1', vs, ve));
          break;
        }
        case T_STR:
          col.addTextBytes(b, vs, ve);
          break;
        case T_TRUE:
          col.addText('true');
          break;
        case T_FALSE:
          col.addText('false');
          break;
        default:
          col.addNull();
      }
    }
    return true;
  }

  /** A JSON number off the fast path: big integers keep their digits (the column becomes text in 'auto'). */
  private slowNumber(col: ValueColumnBuilder, text: string): void {
    const v = Number(text);
    if (Math.abs(v) >= 2 ** 53 && /^-?\d+$/.test(text)) col.addBigInt(BigInt(text));
    else col.addNumber(v);
  }

  private slowLine(b: Buffer, s: number, e: number): void {
    const text = b.toString('utf8', s, e);
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (err) {
      throw new UserError(
        `${this.where}, line ${this.line}: invalid JSON (${(err as Error).message}); each line must be one complete ` +
          `JSON object`,
        { file: this.opts.path, line: this.line },
      );
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      const what = v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`;
      throw new UserError(
        `${this.where}, line ${this.line}: expected a JSON object such as {"id": 1, "score": 0.5}, found ${what}; ` +
          `each line must be one JSON object`,
        { file: this.opts.path, line: this.line },
      );
    }
    const obj = v as Record<string, unknown>;
    const r = this.batchN;
    for (const key in obj) {
      const kb = Buffer.from(key, 'utf8');
      const col = this.column(this.keyDict.code(kb, 0, kb.length));
      if (col !== null) {
        col.addValue(obj[key]);
        col.lastRow = r;
      }
    }
  }

  /** Builder of a key code, registering keys (and their builders) the first time they are seen. */
  private column(code: number): ValueColumnBuilder | null {
    while (this.keyCols.length <= code) {
      const name = this.keyDict.strings[this.keyCols.length];
      let b: ValueColumnBuilder | null;
      if (this.opts.columns) {
        b = this.requested.get(name) ?? null;
      } else {
        b = new ValueColumnBuilder(name, this.opts.types?.[name] ?? 'auto', this.capacity, this, true);
        // Rows of this batch before the key first appeared lack it.
        for (let i = 0; i < this.batchN; i++) b.addNull();
        this.builders.push(b);
      }
      if (b !== null) this.order.push(name);
      this.keyCols.push(b);
    }
    return this.keyCols[code];
  }

  private endRow(): void {
    const r = this.batchN;
    for (const b of this.builders) {
      if (b.lastRow !== r) {
        b.addNull();
        b.lastRow = r;
      }
    }
    if (this.lines !== null) {
      if (this.batchN === this.lines.length) {
        const g = new Uint32Array(this.lines.length * 2);
        g.set(this.lines);
        this.lines = g;
      }
      // Indexed by the row within its batch: the whole file for readTable's one batch, one batch when streaming.
      this.lines[this.batchN] = this.line;
    }
    this.rows++;
    this.batchN++;
    if (this.batchN === this.opts.batchRows) this.flush();
  }

  private growTokens(): void {
    const n = this.tKey.length * 2;
    const k = new Int32Array(n);
    k.set(this.tKey);
    this.tKey = k;
    const t = new Uint8Array(n);
    t.set(this.tType);
    this.tType = t;
    const s = new Int32Array(n);
    s.set(this.tStart);
    this.tStart = s;
    const e = new Int32Array(n);
    e.set(this.tEnd);
    this.tEnd = e;
    const v = new Float64Array(n);
    v.set(this.tNum);
    this.tNum = v;
    const p = new Int32Array(n).fill(-1);
    p.set(this.posKey);
    this.posKey = p;
  }

  private flush(): void {
    const columns = new Map<string, Column>();
    const built = new Map<string, Column>();
    for (const b of this.builders) {
      built.set(b.name, b.finish());
      b.lastRow = -1;
    }
    const names = [...this.order];
    const seen = new Set(names);
    // A requested key not seen yet: all nulls so far, or (skip) left out until it appears.
    if (this.opts.missingColumns !== 'skip') for (const name of this.requested.keys()) if (!seen.has(name)) names.push(name);
    for (const name of names) columns.set(name, built.get(name)!);
    const batch: Batch = { rowOffset: this.rows - this.batchN, rowCount: this.batchN, columns, columnNames: names };
    if (this.lines !== null && Number.isFinite(this.opts.batchRows)) batch.lines = this.lines.slice(0, this.batchN);
    this.ready.push(batch);
    this.batchN = 0;
  }
}
