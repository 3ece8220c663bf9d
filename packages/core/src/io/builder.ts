/**
 * Column builders: append one cell at a time into growable typed arrays, deciding number vs text on the fly.
 * BytesColumnBuilder takes raw UTF-8 slices (CSV/TSV); ValueColumnBuilder takes JavaScript values (JSONL, Parquet).
 */
import { ByteDictionary, TextDictionary, grow32 } from './dictionary.js';
import { parseDecimalBytes, parseNumberText } from './number.js';
import type { Column, ColumnType } from './types.js';

/** Builder modes; the CSV hot loop reads BytesColumnBuilder.mode to parse or hash a cell while scanning it. */
export const NUM = 0;
export const STR = 1;
/** An 'auto' column met text after numbers and the reader will re-read it as text in a second pass. */
export const DEFERRED = 2;

const NO_VALUES = new Float64Array(0);
const NO_CODES = new Int32Array(0);

export interface ColumnContext {
  /**
   * An 'auto' column that holds numbers in the current batch met a non-number: return the codes and dictionary of
   * the batch's rows so far re-read as text, or null when the reader will re-read the column later instead.
   */
  retype(b: BytesColumnBuilder): { codes: Int32Array; dict: ByteDictionary; nulls: number } | null;
  /** Throw the UserError for a non-number in a column typed 'number' (the context knows the line). */
  notNumber(column: string, text: string): never;
}

/**
 * 'adaptive' dictionaries: a batch with distinct values in more than half of its (at least 1,024) non-empty cells —
 * an id, a time to the second — makes the next batch skip deduplication.
 */
export function mostlyDistinct(distinct: number, filled: number): boolean {
  return filled >= 1024 && distinct * 2 > filled;
}

function growF64(a: Float64Array): Float64Array {
  const g = new Float64Array(Math.max(1024, a.length * 2));
  g.set(a);
  return g;
}

/** The first n entries: a view when the slack is small (no copy), else a compact copy (frees the slack). */
function fit<T extends Float64Array | Int32Array>(a: T, n: number): T {
  return (a.length - n <= n >> 4 ? a.subarray(0, n) : a.slice(0, n)) as T;
}

export class BytesColumnBuilder {
  mode: number;
  /** Cells in the current batch. */
  n = 0;
  private nulls = 0;
  private numbers = 0;
  private values: Float64Array;
  private codes: Int32Array;
  private dict: ByteDictionary;

  constructor(
    readonly name: string,
    /** Field position in the file. */
    readonly field: number,
    readonly type: ColumnType,
    private readonly capacity: number,
    private readonly ctx: ColumnContext,
    /** StreamOptions.dictionaries 'adaptive': after a batch of mostly distinct values, the next one is not deduplicated. */
    private readonly adaptive = false,
  ) {
    this.mode = type === 'string' ? STR : NUM;
    this.values = this.mode === NUM ? new Float64Array(capacity) : NO_VALUES;
    this.codes = this.mode === STR ? new Int32Array(capacity) : NO_CODES;
    this.dict = new ByteDictionary();
  }

  get deferred(): boolean {
    return this.mode === DEFERRED;
  }

  /** Append the cell b[s, e) (already unquoted). An empty cell is null. Kept small so that it inlines. */
  add(b: Uint8Array, s: number, e: number): void {
    const n = this.n;
    if (this.mode === NUM) {
      if (s !== e && n < this.values.length) {
        const v = parseDecimalBytes(b, s, e);
        if (v === v) {
          this.values[n] = v;
          this.numbers++;
          this.n = n + 1;
          return;
        }
      }
    } else if (this.mode === STR) {
      if (s !== e && n < this.codes.length) {
        this.codes[n] = this.dict.code(b, s, e);
        this.n = n + 1;
        return;
      }
    } else {
      return; // DEFERRED
    }
    this.addSlow(b, s, e);
  }

  /** A number the scanner already parsed (mode NUM). */
  addNumber(v: number): void {
    const n = this.n;
    if (n === this.values.length) this.values = growF64(this.values);
    this.values[n] = v;
    this.numbers++;
    this.n = n + 1;
  }

  /** A text cell whose FNV-1a hash the scanner computed (mode STR). */
  addHashed(b: Uint8Array, s: number, e: number, h: number): void {
    const n = this.n;
    if (s !== e && n < this.codes.length) {
      this.codes[n] = this.dict.codeHashed(b, s, e, h);
      this.n = n + 1;
      return;
    }
    this.addSlow(b, s, e);
  }

  /** Growth, empty cells, numbers off the fast path, and the switch to text. */
  private addSlow(b: Uint8Array, s: number, e: number): void {
    const n = this.n;
    if (this.mode === NUM) {
      if (n === this.values.length) this.values = growF64(this.values);
      if (s === e) {
        this.values[n] = NaN;
        this.nulls++;
        this.n = n + 1;
        return;
      }
      let v = parseDecimalBytes(b, s, e);
      if (v !== v) {
        const text = Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8');
        const slow = parseNumberText(text, this.type !== 'number');
        if (slow === undefined) {
          if (this.type === 'number') this.ctx.notNumber(this.name, text);
          this.toText(b, s, e);
          return;
        }
        v = slow;
      }
      this.values[n] = v;
      this.numbers++;
      this.n = n + 1;
    } else {
      if (n === this.codes.length) this.codes = grow32(this.codes);
      if (s === e) {
        this.codes[n] = -1;
        this.nulls++;
      } else {
        this.codes[n] = this.dict.code(b, s, e);
      }
      this.n = n + 1;
    }
  }

  private toText(b: Uint8Array, s: number, e: number): void {
    if (this.numbers === 0) {
      // Only empty cells so far: nothing to re-read.
      this.codes = new Int32Array(Math.max(this.capacity, this.n + 1)).fill(-1, 0, this.n);
      this.dict = new ByteDictionary();
    } else {
      const redone = this.ctx.retype(this);
      if (redone === null) {
        this.mode = DEFERRED;
        this.values = NO_VALUES;
        return;
      }
      this.codes = redone.codes;
      this.dict = redone.dict;
      this.nulls = redone.nulls;
    }
    this.mode = STR;
    this.values = NO_VALUES;
    this.numbers = 0;
    this.add(b, s, e);
  }

  /** The batch's column (null when deferred); resets for the next batch, keeping the kind (text stays text). */
  finish(): Column | null {
    const n = this.n;
    let col: Column | null = null;
    if (this.mode === NUM) {
      col = { kind: 'number', name: this.name, values: fit(this.values, n), nullCount: this.nulls };
      this.values = new Float64Array(this.capacity);
    } else if (this.mode === STR) {
      col = { kind: 'string', name: this.name, codes: fit(this.codes, n), dictionary: this.dict.strings, nullCount: this.nulls };
      this.codes = new Int32Array(this.capacity);
      // Decided from whole batches only, so the same file always gives the same batches.
      this.dict = new ByteDictionary(this.adaptive && mostlyDistinct(this.dict.strings.length, n - this.nulls));
    }
    this.n = 0;
    this.nulls = 0;
    this.numbers = 0;
    return col;
  }

  /** Make room for n cells in this batch (readTable sizes columns from the file size after the first chunk). */
  reserve(n: number): void {
    if (this.mode === NUM && this.values.length < n) {
      const g = new Float64Array(n);
      g.set(this.values.subarray(0, this.n));
      this.values = g;
    } else if (this.mode === STR && this.codes.length < n) {
      const g = new Int32Array(n);
      g.set(this.codes.subarray(0, this.n));
      this.codes = g;
    }
  }

  /** State handed over by a re-read (see ColumnContext.retype). */
  textState(): { codes: Int32Array; dict: ByteDictionary; nulls: number } {
    return { codes: this.codes, dict: this.dict, nulls: this.nulls };
  }
}

export interface ValueContext {
  notNumber(column: string, text: string): never;
}

/**
 * Builder for already-decoded values. When an 'auto' column turns out to hold text, the numbers before it become
 * their shortest round-trip text (String(v)): JSON and Parquet do not keep the original spelling of a number.
 * With `bytes`, text is dictionary-encoded from UTF-8 bytes (JSONL's fast path hands over raw slices).
 */
export class ValueColumnBuilder {
  private mode: number;
  n = 0;
  private nulls = 0;
  private values: Float64Array;
  private codes: Int32Array;
  private text = new TextDictionary();
  private bytes = new ByteDictionary();
  /** Last row that set this column (JSONL: rows without the key get a null). */
  lastRow = -1;

  constructor(
    readonly name: string,
    readonly type: ColumnType,
    private readonly capacity: number,
    private readonly ctx: ValueContext,
    private readonly useBytes = false,
  ) {
    this.mode = type === 'string' ? STR : NUM;
    this.values = this.mode === NUM ? new Float64Array(capacity) : NO_VALUES;
    this.codes = this.mode === STR ? new Int32Array(capacity) : NO_CODES;
  }

  private codeOf(t: string): number {
    if (!this.useBytes) return this.text.code(t);
    const b = Buffer.from(t, 'utf8');
    return this.bytes.code(b, 0, b.length);
  }

  /** A JSON string given as its raw UTF-8 bytes b[s, e) (no escapes in it). Requires `bytes`. */
  addTextBytes(b: Uint8Array, s: number, e: number): void {
    if (s === e) {
      this.addNull();
      return;
    }
    if (this.mode === NUM) {
      this.addText(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8'));
      return;
    }
    this.pushCode(this.bytes.code(b, s, e));
  }

  addNull(): void {
    const n = this.n;
    if (this.mode === NUM) {
      if (n === this.values.length) this.values = growF64(this.values);
      this.values[n] = NaN;
    } else {
      if (n === this.codes.length) this.codes = grow32(this.codes);
      this.codes[n] = -1;
    }
    this.nulls++;
    this.n = n + 1;
  }

  addNumber(v: number): void {
    if (this.mode === NUM) {
      const n = this.n;
      if (n === this.values.length) this.values = growF64(this.values);
      this.values[n] = v;
      this.n = n + 1;
    } else {
      this.pushCode(this.codeOf(String(v)));
    }
  }

  addText(t: string): void {
    if (t === '') {
      this.addNull();
      return;
    }
    if (this.mode === NUM) {
      if (this.type === 'number') {
        const v = parseNumberText(t, false);
        if (v === undefined) this.ctx.notNumber(this.name, t);
        this.addNumber(v);
        return;
      }
      this.toText();
    }
    this.pushCode(this.codeOf(t));
  }

  addBigInt(v: bigint): void {
    const x = Number(v);
    if (this.mode === NUM && this.type !== 'number' && !Number.isSafeInteger(x)) this.toText();
    if (this.mode === NUM) this.addNumber(x);
    else this.pushCode(this.codeOf(v.toString()));
  }

  /** JSON/Parquet value: null/undefined → null; booleans → "true"/"false"; dates → ISO text; objects → JSON text. */
  addValue(v: unknown): void {
    switch (typeof v) {
      case 'number':
        this.addNumber(v);
        return;
      case 'string':
        this.addText(v);
        return;
      case 'bigint':
        this.addBigInt(v);
        return;
      case 'boolean':
        this.addText(v ? 'true' : 'false');
        return;
      case 'undefined':
        this.addNull();
        return;
      default:
        if (v === null) this.addNull();
        else this.addText(otherToText(v));
    }
  }

  private pushCode(c: number): void {
    const n = this.n;
    if (n === this.codes.length) this.codes = grow32(this.codes);
    this.codes[n] = c;
    if (c < 0) this.nulls++;
    this.n = n + 1;
  }

  private toText(): void {
    const n = this.n;
    const codes = new Int32Array(Math.max(this.capacity, n + 1));
    for (let i = 0; i < n; i++) {
      const v = this.values[i];
      codes[i] = v !== v ? -1 : this.codeOf(String(v));
    }
    this.codes = codes;
    this.values = NO_VALUES;
    this.mode = STR;
  }

  finish(): Column {
    const n = this.n;
    let col: Column;
    if (this.mode === NUM) {
      col = { kind: 'number', name: this.name, values: fit(this.values, n), nullCount: this.nulls };
      this.values = new Float64Array(this.capacity);
    } else {
      const dictionary = this.useBytes ? this.bytes.strings : this.text.strings;
      col = { kind: 'string', name: this.name, codes: fit(this.codes, n), dictionary, nullCount: this.nulls };
      this.codes = new Int32Array(this.capacity);
      this.text = new TextDictionary();
      this.bytes = new ByteDictionary();
    }
    this.n = 0;
    this.nulls = 0;
    return col;
  }
}

function otherToText(v: unknown): string {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
}
