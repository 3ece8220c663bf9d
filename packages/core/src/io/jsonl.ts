/**
 * JSON Lines reader: one JSON object per line; keys are columns (in order of first appearance), a missing key or
 * null is an empty cell, blank lines are skipped. Values: numbers stay numbers, strings are text, booleans become
 * the text "true"/"false" (as they read from CSV), nested arrays/objects become their JSON text. Each line goes
 * through JSON.parse (one short-lived object per line; the columns themselves are typed arrays).
 */
import { UserError } from '../errors.js';
import { ValueColumnBuilder, type ValueContext } from './builder.js';
import { missingColumn } from './delimited.js';
import { describeFile } from './format.js';
import type { Batch, Column, ColumnType } from './types.js';

const LF = 10;
const CR = 13;

export interface JsonlOptions {
  path: string;
  label?: string;
  columns?: string[];
  types?: Record<string, ColumnType>;
  batchRows: number;
  trackLines: boolean;
}

export class JsonlParser implements ValueContext {
  readonly ready: Batch[] = [];
  /** Every key seen, in order of first appearance. */
  readonly allColumnNames: string[] = [];
  rows = 0;
  lines: Uint32Array | null = null;

  private readonly opts: JsonlOptions;
  private readonly where: string;
  private readonly keys = new Map<string, ValueColumnBuilder | null>();
  /** Builders of requested columns, created before their key is seen (so earlier rows get nulls). */
  private readonly requested = new Map<string, ValueColumnBuilder>();
  private readonly builders: ValueColumnBuilder[] = [];
  /** Loaded columns seen so far, in order of first appearance. */
  private readonly order: string[] = [];
  private pending: Buffer[] = [];
  private line = 0;
  private batchN = 0;
  private readonly capacity: number;

  constructor(opts: JsonlOptions) {
    this.opts = opts;
    this.where = describeFile(opts.path, opts.label);
    this.capacity = Number.isFinite(opts.batchRows) ? Math.min(opts.batchRows, 1 << 16) : 4096;
    if (opts.trackLines) this.lines = new Uint32Array(1024);
    for (const name of opts.columns ?? []) {
      if (this.requested.has(name)) continue;
      const b = new ValueColumnBuilder(name, opts.types?.[name] ?? 'auto', this.capacity, this);
      this.requested.set(name, b);
      this.builders.push(b);
    }
  }

  push(buf: Buffer): void {
    let s = 0;
    for (;;) {
      const k = buf.indexOf(LF, s);
      if (k < 0) {
        if (s < buf.length) this.pending.push(buf.subarray(s));
        return;
      }
      if (this.pending.length > 0) {
        this.pending.push(buf.subarray(s, k));
        const whole = Buffer.concat(this.pending);
        this.pending = [];
        this.lineBytes(whole, 0, whole.length);
      } else {
        this.lineBytes(buf, s, k);
      }
      s = k + 1;
    }
  }

  end(): void {
    if (this.pending.length > 0) {
      const whole = Buffer.concat(this.pending);
      this.pending = [];
      this.lineBytes(whole, 0, whole.length);
    }
    if (this.rows === 0 && this.allColumnNames.length === 0) {
      throw new UserError(`${this.where} is empty; expected one JSON object per line`, { file: this.opts.path });
    }
    for (const name of this.requested.keys()) {
      if (!this.keys.has(name)) throw missingColumn(this.where, this.opts.path, name, this.allColumnNames);
    }
    if (this.batchN > 0 || this.ready.length === 0) this.flush();
  }

  /** Loaded column names in file order (first appearance). */
  columnNames(): string[] {
    return [...this.order];
  }

  notNumber(column: string, text: string): never {
    throw new UserError(
      `${this.where}, line ${this.line}: "${column}" is ${JSON.stringify(text)}, which is not a number; ` +
        `this column must be numeric (use null for a missing value)`,
      { file: this.opts.path, line: this.line },
    );
  }

  private lineBytes(b: Buffer, s: number, e: number): void {
    this.line++;
    if (e > s && b[e - 1] === CR) e--;
    let t = s;
    while (t < e && (b[t] === 32 || b[t] === 9 || b[t] === CR)) t++;
    if (t === e) return; // blank line
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
    this.row(v as Record<string, unknown>);
  }

  private row(obj: Record<string, unknown>): void {
    const r = this.batchN;
    for (const key in obj) {
      let b = this.keys.get(key);
      if (b === undefined) b = this.newKey(key);
      if (b !== null) {
        b.addValue(obj[key]);
        b.lastRow = r;
      }
    }
    for (const b of this.builders) {
      if (b.lastRow !== r) {
        b.addNull();
        b.lastRow = r;
      }
    }
    if (this.lines !== null) {
      if (this.rows === this.lines.length) {
        const g = new Uint32Array(this.lines.length * 2);
        g.set(this.lines);
        this.lines = g;
      }
      this.lines[this.rows] = this.line;
    }
    this.rows++;
    this.batchN++;
    if (this.batchN === this.opts.batchRows) this.flush();
  }

  private newKey(key: string): ValueColumnBuilder | null {
    this.allColumnNames.push(key);
    let b: ValueColumnBuilder | null;
    if (this.opts.columns) {
      b = this.requested.get(key) ?? null;
    } else {
      b = new ValueColumnBuilder(key, this.opts.types?.[key] ?? 'auto', this.capacity, this);
      // Rows of this batch before the key first appeared lack it.
      for (let i = 0; i < this.batchN; i++) b.addNull();
      this.builders.push(b);
    }
    if (b !== null) this.order.push(key);
    this.keys.set(key, b);
    return b;
  }

  private flush(): void {
    const columns = new Map<string, Column>();
    const built = new Map<string, Column>();
    for (const b of this.builders) {
      built.set(b.name, b.finish());
      b.lastRow = -1;
    }
    const names = [...this.order];
    for (const name of this.requested.keys()) if (!this.keys.has(name)) names.push(name);
    for (const name of names) columns.set(name, built.get(name)!);
    this.ready.push({ rowOffset: this.rows - this.batchN, rowCount: this.batchN, columns, columnNames: names });
    this.batchN = 0;
  }
}
