import { parseNumberText } from '../io/number.js';
import type { ColumnType as ReadType } from '../io/types.js';
import { QuantileSample, type SampleScratch } from './sample.js';
import { EXCEPTIONS_AT, PATTERN_AT, PATTERN_MAX, STATS_AT, kernelIfAny, type KernelExports } from './kernel.js';
import type { ColumnContract, ContractType, Severity } from './schema.js';
import { formatDuration } from '../inputs/units.js';
import { compileBytePattern, type BytePattern } from './byte-pattern.js';

/**
 * The checks of one column, accumulated over every batch of every file of its table in one pass. Row-level checks
 * (type, min, max, in, pattern, length) count violating rows and keep the first few with file, line and value;
 * aggregate checks (nulls, share, freshness, mean, std, quantiles) keep constant-size state and are judged at the end.
 */

/** Characters of a value a report example keeps. */
export const VALUE_CHARS = 80;

export interface Example {
  file: string;
  /** 1-based line of the row in a text file; null for Parquet (see row). */
  line: number | null;
  /** 1-based data row in the file. */
  row: number;
  value: string;
}

export interface CheckResult {
  table: string;
  column: string | null;
  check: string;
  expected: string;
  observed: string;
  violations: number;
  severity: Severity;
  status: 'pass' | 'fail' | 'warn';
  examples: Example[];
}

/** A check while it runs, with where its rule sits in the contract. */
export interface LiveCheck extends CheckResult {
  /** Contract key path of the rule (for its line). */
  rulePath: (string | number)[];
}

export function truncateValue(v: string): string {
  return v.length > VALUE_CHARS ? v.slice(0, VALUE_CHARS) + '…' : v;
}

export function newCheck(table: string, column: string | null, check: string, expected: string, severity: Severity, rulePath: (string | number)[]): LiveCheck {
  return { table, column, check, expected, observed: '', violations: 0, severity, status: 'pass', examples: [], rulePath };
}

/**
 * A column's state after one part of a table (a file, or a range of rows of a large CSV/TSV, read on any thread):
 * plain data that crosses threads. ColumnState.absorb adds parts in file order; lines and rows in it count from the
 * part's start and are shifted then.
 */
export interface ColumnPart {
  rows: number;
  nulls: number;
  valid: number;
  nullExamples: Example[];
  obsMin: number;
  obsMax: number;
  wN: number;
  wMean: number;
  wM2: number;
  newest: number;
  newestSite?: Example;
  newValues: [string, number][];
  shares: number[];
  sample?: { values: Float64Array; stride: number };
  /** Violations and examples of each check, in `checks` order (the row-level ones; aggregate checks are judged at the end). */
  checks: { violations: number; examples: Example[] }[];
}

function shifted(e: Example, rowBase: number, lineBase: number): Example {
  return { file: e.file, line: e.line === null ? null : e.line + lineBase, row: e.row + rowBase, value: e.value };
}

/** The example for row i of a batch. */
function exampleAt(site: RowSite, i: number, value: string): Example {
  return { file: site.file, line: site.lines ? site.lines[i] : site.firstLine !== undefined ? site.firstLine + i : null, row: site.rowOffset + i + 1, value };
}

/** Where a row is, for examples. */
export interface RowSite {
  file: string;
  lines: Uint32Array | undefined;
  /** Without `lines`: the line of the batch's first row, each row one line (the fast path's ranges). */
  firstLine?: number;
  rowOffset: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const d2 = (s: string, i: number): number => {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * The common shapes `2026-12-01T09:57:30Z` and `2026-12-01` without a regular expression or Date.parse (a timestamp
 * column has about one distinct value a row). NaN when the text is not exactly one of them; then the general path
 * decides. Date.UTC rolls over a day past the month's end as Date.parse does (2026-02-31 is 3 March).
 */
function fastTimestamp(t: string): number {
  const len = t.length;
  if ((len !== 20 && len !== 10) || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return NaN;
  const y1 = d2(t, 0);
  const y2 = d2(t, 2);
  const mo = d2(t, 5);
  const d = d2(t, 8);
  if (y1 < 10 || y2 < 0 || mo < 1 || mo > 12 || d < 1 || d > 31) return NaN;
  const year = y1 * 100 + y2;
  if (len === 10) return Date.UTC(year, mo - 1, d);
  const sep = t.charCodeAt(10);
  if ((sep !== 84 && sep !== 32) || t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58 || t.charCodeAt(19) !== 90) return NaN;
  const h = d2(t, 11);
  const mi = d2(t, 14);
  const se = d2(t, 17);
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59) return NaN;
  return Date.UTC(year, mo - 1, d, h, mi, se);
}

/** Milliseconds since the epoch of an ISO 8601 date or date-time; a time without zone is UTC. NaN when not one. */
export function parseTimestamp(text: string): number {
  const fast = fastTimestamp(text);
  if (fast === fast) return fast;
  const t = text.trim();
  const m = ISO.exec(t);
  if (m === null) return NaN;
  let iso = t.replace(' ', 'T');
  if (m[4] === undefined) iso += 'T00:00:00Z';
  else if (m[7] === undefined) iso += 'Z';
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : NaN;
}

const b2 = (b: Uint8Array, i: number): number => {
  const x = b[i] - 48;
  const y = b[i + 1] - 48;
  return x >= 0 && x <= 9 && y >= 0 && y <= 9 ? x * 10 + y : -1;
};

/**
 * fastTimestamp on the bytes b[s, e) (the two common shapes), without a string or Date.UTC: the day number by
 * Hinnant's days-from-civil ("chrono-compatible low-level date algorithms"), which like Date.UTC rolls a day past the
 * month's end into the next month. NaN when the bytes are not exactly one of the shapes.
 */
export function fastTimestampBytes(b: Uint8Array, s: number, e: number): number {
  const len = e - s;
  if ((len !== 20 && len !== 10) || b[s + 4] !== 45 || b[s + 7] !== 45) return NaN;
  const y1 = b2(b, s);
  const y2 = b2(b, s + 2);
  const mo = b2(b, s + 5);
  const d = b2(b, s + 8);
  if (y1 < 10 || y2 < 0 || mo < 1 || mo > 12 || d < 1 || d > 31) return NaN;
  // Years 999..9999 here, so every quotient is of non-negative numbers and `| 0` is the floor.
  const y = y1 * 100 + y2 - (mo <= 2 ? 1 : 0);
  const era = (y / 400) | 0;
  const yoe = y - era * 400;
  const doy = (((153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5) | 0) + d - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  const day = era * 146097 + doe - 719468;
  if (len === 10) return day * 86_400_000;
  const sep = b[s + 10];
  if ((sep !== 84 && sep !== 32) || b[s + 13] !== 58 || b[s + 16] !== 58 || b[s + 19] !== 90) return NaN;
  const h = b2(b, s + 11);
  const mi = b2(b, s + 14);
  const se = b2(b, s + 17);
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59) return NaN;
  return day * 86_400_000 + h * 3_600_000 + mi * 60_000 + se * 1000;
}

/** Whether the bytes b[s, e) are all ASCII. */
function isAscii(b: Uint8Array, s: number, e: number): boolean {
  let or = 0;
  for (let k = s; k < e; k++) or |= b[k];
  return or < 0x80;
}

const TRUE_TEXT = new Set(['true', '1', 'yes']);
const FALSE_TEXT = new Set(['false', '0', 'no']);

/** 'true' or 'false' for a text a boolean column accepts (true/1/yes, false/0/no, any case), else undefined. */
export function booleanText(s: string): 'true' | 'false' | undefined {
  const l = s.trim().toLowerCase();
  return TRUE_TEXT.has(l) ? 'true' : FALSE_TEXT.has(l) ? 'false' : undefined;
}

/** Canonical text of a number: JavaScript's shortest round-trip form, so 1.50 and 1.5 are one value. */
export function numberText(v: number): string {
  return String(v);
}

function canonicalAllowed(v: string | number | boolean, type: ContractType | undefined): { text: string; num?: number } {
  if (typeof v === 'boolean') return { text: String(v) };
  if (typeof v === 'number') return { text: numberText(v), num: v };
  if (type === 'boolean') {
    const l = v.trim().toLowerCase();
    if (TRUE_TEXT.has(l)) return { text: 'true' };
    if (FALSE_TEXT.has(l)) return { text: 'false' };
    return { text: v };
  }
  if (type === undefined || type === 'integer' || type === 'number') {
    const n = parseNumberText(v, true);
    if (n !== undefined && Number.isFinite(n)) return { text: numberText(n), num: n };
  }
  return { text: v };
}

/** Per-dictionary-entry facts, computed once per batch for a text batch. */
const E_TYPE = 1;
const E_MIN = 2;
const E_MAX = 4;
const E_IN = 8;
const E_PATTERN = 16;
const E_LENGTH = 32;

export class ColumnState {
  readonly name: string;
  readonly type: ContractType | undefined;
  /** How the reader should type this column. */
  readonly readAs: ReadType;
  readonly checks: LiveCheck[] = [];
  private readonly c: ColumnContract;
  private typeCheck?: LiveCheck;
  private minCheck?: LiveCheck;
  private maxCheck?: LiveCheck;
  private inCheck?: LiveCheck;
  private patternCheck?: LiveCheck;
  private lengthCheck?: LiveCheck;
  private minBound = NaN;
  private maxBound = NaN;
  private allowedText = new Set<string>();
  private allowedNum = new Set<number>();
  private newValues = new Map<string, number>();
  private shareKeys: { text: string; num?: number; count: number; check: LiveCheck; min?: number; max?: number }[] = [];
  private nullCheck?: LiveCheck;
  private freshCheck?: LiveCheck;
  private meanCheck?: LiveCheck;
  private stdCheck?: LiveCheck;
  private quantileChecks: { p: number; check: LiveCheck; min?: number; max?: number }[] = [];
  private sample?: QuantileSample;
  /** Rows, nulls, and values of the right type. */
  rows = 0;
  nulls = 0;
  valid = 0;
  private nullExamples: Example[] = [];
  private obsMin = Infinity;
  private obsMax = -Infinity;
  private wN = 0;
  private wMean = 0;
  private wM2 = 0;
  private newest = -Infinity;
  private newestSite?: Example;
  private readonly maxExamples: number;
  private readonly numeric: boolean;
  private readonly needNumbers: boolean;
  /** The pattern as a byte matcher (contract/byte-pattern.ts), when its source is in that subset. */
  private readonly bytePattern: BytePattern | undefined;
  /**
   * Whether rawBatch may take this column's batches: text or timestamps, whose checks it decides from the bytes
   * (type, nulls, min, max, pattern, length, freshness); `in` and `share` need each value's text (stringBatch). An
   * untyped column read as text (it has a pattern or length) counts number-looking values as numbers: those go
   * through stringBatch one at a time.
   */
  readonly rawEligible: boolean;
  /**
   * Whether rawBatch may take this column's batches once its reader has turned it to text (an untyped column read
   * as numbers first): the same checks, and no `in` or `share`.
   */
  readonly rawWhenText: boolean;
  /**
   * Whether stampBatch may take this column's batches: a rawEligible timestamp column with no pattern or length (its
   * checks need only each cell's time).
   */
  readonly stampEligible: boolean;
  /** For rawBatch's kernel (kernel.wat cells): the column's fixed-length pattern (len −1: none); undefined: no kernel. */
  private readonly cellsTable: { table: Uint8Array; len: number } | undefined;

  /** `sampleScratch`: where a part's quantile sample may start (sample.ts partScratch). */
  constructor(table: string, name: string, c: ColumnContract, maxExamples: number, sampleScratch?: SampleScratch) {
    this.name = name;
    this.c = c;
    this.type = c.type?.value;
    this.maxExamples = maxExamples;
    const base = ['tables', table, 'columns', name];
    const t = this.type;
    this.numeric = t === undefined || t === 'integer' || t === 'number';
    const textual = t === 'string' || t === 'boolean' || t === 'timestamp' || (t === undefined && (c.pattern !== undefined || c.length !== undefined));
    this.readAs = textual ? 'string' : 'auto';
    const add = (check: string, expected: string, severity: Severity, key: (string | number)[]): LiveCheck => {
      const k = newCheck(table, name, check, expected, severity, [...base, ...key]);
      this.checks.push(k);
      return k;
    };
    if (c.type) this.typeCheck = add('type', t!, c.type.severity, ['type']);
    if (c.nulls) {
      const n = c.nulls;
      this.nullCheck = add('nulls', n['max-count'] !== undefined ? `at most ${n['max-count']} null${n['max-count'] === 1 ? '' : 's'}` : n['max-share'] === 0 ? 'no nulls' : `null share ≤ ${n['max-share']}`, n.severity, ['nulls']);
    }
    const boundMs = (v: number | string) => (typeof v === 'string' ? parseTimestamp(v) : v);
    if (c.min) {
      this.minBound = boundMs(c.min.value);
      this.minCheck = add('min', `≥ ${c.min.value}`, c.min.severity, ['min']);
    }
    if (c.max) {
      this.maxBound = boundMs(c.max.value);
      this.maxCheck = add('max', `≤ ${c.max.value}`, c.max.severity, ['max']);
    }
    if (c.in) {
      for (const v of c.in.values) {
        const a = canonicalAllowed(v, t);
        this.allowedText.add(a.text);
        if (a.num !== undefined) this.allowedNum.add(a.num);
      }
      const nv = c['new-values'] ?? 'fail';
      const sev = nv === 'warn' ? 'warn' : c.in.severity;
      this.inCheck = add('in', `in [${[...this.allowedText].join(', ')}]${nv === 'fail' ? '' : ` (new values: ${nv})`}`, sev, ['in']);
    }
    if (c.pattern) this.patternCheck = add('pattern', `matches ^(?:${c.pattern.value.source})$`, c.pattern.severity, ['pattern']);
    if (c.length) this.lengthCheck = add('length', rangeText(c.length.min, c.length.max, 'characters'), c.length.severity, ['length']);
    if (c.share) {
      for (const [value, r] of Object.entries(c.share)) {
        const a = canonicalAllowed(value, t);
        const check = add('share', `share of ${a.text} ${rangeText(r.min, r.max)}`, r.severity, ['share', value]);
        this.shareKeys.push({ text: a.text, num: a.num, count: 0, check, min: r.min, max: r.max });
      }
    }
    if (c.freshness) this.freshCheck = add('freshness', `newest value at most ${formatDuration(c.freshness.value)} old`, c.freshness.severity, ['freshness']);
    if (c.mean) this.meanCheck = add('mean', `mean ${rangeText(c.mean.min, c.mean.max)}`, c.mean.severity, ['mean']);
    if (c.std) this.stdCheck = add('std', `std ${rangeText(c.std.min, c.std.max)}`, c.std.severity, ['std']);
    if (c.quantiles) {
      for (const [p, r] of Object.entries(c.quantiles)) {
        const check = add('quantile', `q${p} ${rangeText(r.min, r.max)}`, r.severity, ['quantiles', p]);
        this.quantileChecks.push({ p: Number(p), check, min: r.min, max: r.max });
      }
      this.sample = new QuantileSample(undefined, sampleScratch);
    }
    this.needNumbers = this.numeric;
    this.bytePattern = c.pattern ? compileBytePattern(c.pattern.value.source) : undefined;
    this.rawWhenText = (t === 'string' || t === 'timestamp' || t === undefined) && !this.inCheck && this.shareKeys.length === 0;
    this.rawEligible = this.readAs === 'string' && this.rawWhenText;
    this.stampEligible = this.rawEligible && t === 'timestamp' && !this.patternCheck && !this.lengthCheck;
    // Text whose every check is on the bytes without the text: nulls, and a pattern of one length (or none); an
    // untyped column too, once it turned out to be text (its possible numbers are then the cells to look at).
    const fixed = this.bytePattern?.fixed;
    if (this.rawWhenText && t !== 'timestamp' && !this.lengthCheck && (!this.patternCheck || (fixed !== undefined && fixed.len <= PATTERN_MAX)))
      this.cellsTable = fixed ?? { table: new Uint8Array(0), len: -1 };
  }

  private violate(check: LiveCheck, site: RowSite, i: number, value: () => string): void {
    check.violations++;
    if (check.examples.length < this.maxExamples) {
      check.examples.push(exampleAt(site, i, truncateValue(value())));
    }
  }

  /** A timestamp of the column: its observed range; true when it is the newest so far (the caller records where). */
  private timestampSeen(v: number): boolean {
    if (v < this.obsMin) this.obsMin = v;
    if (v > this.obsMax) this.obsMax = v;
    if (v <= this.newest) return false;
    this.newest = v;
    return true;
  }

  /**
   * Rows of a batch that lack the column (a file without it, or JSONL lines before its key first appears): nulls for
   * now. When the whole file turns out to lack it, forgetFile takes them back (the presence check reports that).
   */
  absentBatch(n: number, site: RowSite): void {
    this.rows += n;
    this.nulls += n;
    for (let i = 0; i < n && this.nullExamples.length < this.maxExamples; i++) {
      this.nullExamples.push(exampleAt(site, i, ''));
    }
  }

  /** Take back the nulls absentBatch counted for a file that lacks the column altogether (`rows` of it). */
  forgetFile(file: string, rows: number): void {
    this.rows -= rows;
    this.nulls -= rows;
    this.nullExamples = this.nullExamples.filter((e) => e.file !== file);
  }

  private nullRow(site: RowSite, i: number): void {
    this.nulls++;
    if (this.nullExamples.length < this.maxExamples) {
      this.nullExamples.push(exampleAt(site, i, ''));
    }
  }

  private newValue(text: string, site: RowSite, i: number): void {
    this.violate(this.inCheck!, site, i, () => text);
    if (this.newValues.size < 1000 || this.newValues.has(text)) this.newValues.set(text, (this.newValues.get(text) ?? 0) + 1);
  }

  /**
   * What one number of a batch says row by row: an empty cell, or a non-integer where one is wanted (false: not a
   * value, no statistics), and the range and list checks it breaks.
   */
  private numberRow(v: number, site: RowSite, i: number, integer: boolean): boolean {
    if (v !== v) {
      this.nullRow(site, i);
      return false;
    }
    if (integer && !Number.isInteger(v)) {
      this.violate(this.typeCheck!, site, i, () => numberText(v));
      return false;
    }
    if (this.minCheck && v < this.minBound) this.violate(this.minCheck, site, i, () => numberText(v));
    if (this.maxCheck && v > this.maxBound) this.violate(this.maxCheck, site, i, () => numberText(v));
    if (this.inCheck && !this.allowedNum.has(v)) this.newValue(numberText(v), site, i);
    return true;
  }

  /** A batch where the reader delivered the column as numbers (NaN: empty cell). */
  numberBatch(values: Float64Array, site: RowSite): void {
    // A batch the fast path's kernel parsed is in its memory: the kernel runs the checks over it too (stats).
    const k = kernelIfAny();
    if (k !== undefined && values.buffer === k.memory.buffer && this.kernelNumberBatch(k, values, site)) return;
    const n = values.length;
    this.rows += n;
    const integer = this.type === 'integer';
    const textChecks = this.patternCheck !== undefined || this.lengthCheck !== undefined;
    const shareKeys = this.shareKeys;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (!this.numberRow(v, site, i, integer)) continue;
      this.addNumber(v);
      for (let k = 0; k < shareKeys.length; k++) if (shareKeys[k].num === v) shareKeys[k].count++;
      if (textChecks) this.textChecks(numberText(v), site, i);
    }
  }

  /** A number the column holds (of the right type): counted, and in its range, moments and quantile sample. */
  private addNumber(v: number): void {
    this.valid++;
    if (v < this.obsMin) this.obsMin = v;
    if (v > this.obsMax) this.obsMax = v;
    if (this.meanCheck || this.stdCheck) {
      // Welford's online update: numerically stable in one pass (Welford 1962; Knuth TAOCP vol. 2, 4.2.2).
      const d = v - this.wMean;
      this.wN++;
      this.wMean += d / this.wN;
      this.wM2 += d * (v - this.wMean);
    }
    this.sample?.add(v);
  }

  /**
   * numberBatch by the kernel (kernel.wat stats: extremes, moments, shares, and which rows need a look — empty, not an
   * integer, out of range, not allowed — in one pass of doubles), the rows it lists worded here in row order. False
   * (the caller does it all) when a check needs more than it does: a pattern or length, over 4 allowed values or
   * shares.
   */
  private kernelNumberBatch(k: KernelExports, values: Float64Array, site: RowSite): boolean {
    const { minCheck, maxCheck, minBound, maxBound, inCheck, allowedNum, shareKeys, sample } = this;
    if (this.patternCheck !== undefined || this.lengthCheck !== undefined) return false;
    if (inCheck && allowedNum.size > 4) return false;
    const shares = shareKeys.filter((x) => x.num !== undefined);
    if (shares.length > 4) return false;
    const n = values.length;
    const integer = this.type === 'integer';
    const mem = k.memory.buffer;
    const f = new Float64Array(mem, STATS_AT, 17);
    const w = new Int32Array(mem, STATS_AT, 39);
    f[0] = minBound;
    f[1] = maxBound;
    let a = 0;
    for (const x of allowedNum) f[2 + a++] = x;
    shares.forEach((x, j) => (f[6 + j] = x.num!));
    w[20] = inCheck ? allowedNum.size : 0;
    w[21] = shares.length;
    w[22] = (integer ? 1 : 0) | (minCheck ? 2 : 0) | (maxCheck ? 4 : 0) | (inCheck ? 8 : 0) | (this.meanCheck || this.stdCheck ? 16 : 0);
    f[12] = this.obsMin;
    f[13] = this.obsMax;
    f[14] = this.wN;
    f[15] = this.wMean;
    f[16] = this.wM2;
    w.fill(0, 34, 39);
    const count = k.stats(values.byteOffset, n, STATS_AT, EXCEPTIONS_AT);
    this.rows += n;
    this.obsMin = f[12];
    this.obsMax = f[13];
    this.wN = f[14];
    this.wMean = f[15];
    this.wM2 = f[16];
    this.valid += w[34];
    shares.forEach((x, j) => (x.count += w[35 + j]));
    const exc = new Int32Array(mem, EXCEPTIONS_AT, count);
    for (let e = 0; e < count; e++) this.numberRow(values[exc[e]], site, exc[e], integer);
    // Every value of the batch valid (w[34]: no empty cell, no fraction where integers are wanted): taken whole.
    if (w[34] === n) sample?.absorb({ values, stride: 1 });
    else sample?.addValid(values, integer);
    return true;
  }

  private textChecks(s: string, site: RowSite, i: number): void {
    if (this.patternCheck && !this.c.pattern!.value.re.test(s)) this.violate(this.patternCheck, site, i, () => s);
    if (this.lengthCheck) {
      const len = codePoints(s);
      const l = this.c.length!;
      if ((l.min !== undefined && len < l.min) || (l.max !== undefined && len > l.max)) this.violate(this.lengthCheck, site, i, () => s);
    }
  }

  /** A batch of text (dictionary codes; -1: empty cell). Facts about each distinct value are computed once. */
  stringBatch(codes: Int32Array, dictionary: string[], site: RowSite): void {
    const n = codes.length;
    this.rows += n;
    const d = dictionary.length;
    const flags = new Uint8Array(d);
    const nums = new Float64Array(d).fill(NaN);
    const canon: string[] = new Array(d);
    const share = new Int32Array(d).fill(-1);
    const t = this.type;
    for (let k = 0; k < d; k++) {
      const s = dictionary[k];
      let text = s;
      let f = 0;
      let num = NaN;
      if (t === 'integer' || t === 'number' || t === undefined) {
        const v = parseNumberText(s, true);
        if (v !== undefined && v === v && (t !== 'integer' || Number.isInteger(v))) {
          num = v;
          text = numberText(v);
        } else if (t !== undefined) f |= E_TYPE;
      } else if (t === 'boolean') {
        const l = s.trim().toLowerCase();
        if (TRUE_TEXT.has(l)) text = 'true';
        else if (FALSE_TEXT.has(l)) text = 'false';
        else f |= E_TYPE;
      } else if (t === 'timestamp') {
        num = parseTimestamp(s);
        if (num !== num) f |= E_TYPE;
      }
      if ((f & E_TYPE) === 0) {
        if (this.minCheck && num < this.minBound) f |= E_MIN;
        if (this.maxCheck && num > this.maxBound) f |= E_MAX;
        if (this.inCheck && !this.allowedText.has(text)) f |= E_IN;
        if (this.patternCheck && !this.c.pattern!.value.re.test(s)) f |= E_PATTERN;
        if (this.lengthCheck) {
          const len = codePoints(s);
          const l = this.c.length!;
          if ((l.min !== undefined && len < l.min) || (l.max !== undefined && len > l.max)) f |= E_LENGTH;
        }
        for (let j = 0; j < this.shareKeys.length; j++) if (this.shareKeys[j].text === text) share[k] = j;
      }
      flags[k] = f;
      nums[k] = num;
      canon[k] = text;
    }
    const numericStats = this.needNumbers;
    // The common batch: no empty cell and no value with a flag or a number to add up (a category column). Then only
    // how often each value comes matters: counted in one tight pass, not worded row by row.
    let plain = t !== 'timestamp' && flags.every((f) => f === 0) && (!numericStats || nums.every((v) => v !== v));
    if (plain) {
      const seen = new Int32Array(d);
      for (let i = 0; i < n; i++) {
        const c = codes[i];
        if (c < 0) {
          plain = false;
          break;
        }
        seen[c]++;
      }
      if (plain) {
        this.valid += n;
        for (let k = 0; k < d; k++) if (share[k] >= 0) this.shareKeys[share[k]].count += seen[k];
        return;
      }
    }
    for (let i = 0; i < n; i++) {
      const c = codes[i];
      if (c < 0) {
        this.nullRow(site, i);
        continue;
      }
      const f = flags[c];
      if (f & E_TYPE) {
        this.violate(this.typeCheck!, site, i, () => dictionary[c]);
        continue;
      }
      const v = nums[c];
      if (numericStats && v === v) {
        // Same path as a number batch, so a column read as text in one file and numbers in another agrees.
        this.addNumber(v);
      } else {
        this.valid++;
        if (t === 'timestamp' && this.timestampSeen(v)) this.newestSite = exampleAt(site, i, truncateValue(dictionary[c]));
      }
      if (f !== 0) {
        const raw = numericStats && v === v ? canon[c] : dictionary[c];
        if (f & E_MIN) this.violate(this.minCheck!, site, i, () => raw);
        if (f & E_MAX) this.violate(this.maxCheck!, site, i, () => raw);
        if (f & E_IN) this.newValue(canon[c], site, i);
        if (f & E_PATTERN) this.violate(this.patternCheck!, site, i, () => dictionary[c]);
        if (f & E_LENGTH) this.violate(this.lengthCheck!, site, i, () => dictionary[c]);
      }
      const sk = share[c];
      if (sk >= 0) this.shareKeys[sk].count++;
    }
  }

  /**
   * A batch of text cells given as byte ranges [starts[i], ends[i]) of `b` (an empty range: an empty cell), for a
   * rawEligible column: the same effects as stringBatch over the decoded texts, but a cell becomes a string only
   * when a check needs it (a value outside the byte fast paths, or an example). For 10 million ids or timestamps
   * that is 10 million strings not made.
   */
  rawBatch(b: Buffer, starts: Int32Array, ends: Int32Array, n: number, site: RowSite, k?: KernelExports): void {
    this.rows += n;
    const cells = this.cellsTable;
    if (k !== undefined && cells !== undefined && b.buffer === k.memory.buffer && starts.buffer === k.memory.buffer) {
      // The kernel finds the cells that need a look (kernel.wat cells); every other one is a valid value whose checks
      // pass: not empty, not a possible number of an untyped column, matched by the pattern.
      if (cells.len > 0) new Uint8Array(k.memory.buffer, PATTERN_AT, cells.table.length).set(cells.table);
      const count = k.cells(starts.byteOffset, ends.byteOffset, n, b.byteOffset, PATTERN_AT, cells.len, this.type === undefined ? 1 : 0, EXCEPTIONS_AT);
      this.valid += n - count;
      const exc = new Int32Array(k.memory.buffer, EXCEPTIONS_AT, count).slice();
      for (let j = 0; j < count; j++) this.rawCell(b, starts[exc[j]], ends[exc[j]], exc[j], site);
      return;
    }
    for (let i = 0; i < n; i++) this.rawCell(b, starts[i], ends[i], i, site);
  }

  /** One cell of rawBatch (its row already counted). */
  private rawCell(b: Buffer, s: number, e: number, i: number, site: RowSite): void {
    const isTs = this.type === 'timestamp';
    const untyped = this.type === undefined;
    const pattern = this.patternCheck ? this.c.pattern!.value.re : undefined;
    const bytePattern = this.bytePattern;
    const l = this.c.length;
    if (s === e) {
      this.nullRow(site, i);
      return;
    }
    if (untyped && mayBeNumber(b[s])) {
      // What stringBatch does with a one-value dictionary (it counts the row itself).
      this.rows--;
      this.stringBatch(Int32Array.of(0), [b.toString('utf8', s, e)], { file: site.file, lines: site.lines?.subarray(i, i + 1), firstLine: site.firstLine === undefined ? undefined : site.firstLine + i, rowOffset: site.rowOffset + i });
      return;
    }
    // The cell's text (UTF-8, which for ASCII is what latin1 gives), made only when a check needs it; no closure
    // a cell either: 10 million of them would be garbage.
    let text: string | undefined;
    let v = NaN;
    if (isTs) {
      // The fast shapes are ASCII: other bytes fail them and take parseTimestamp.
      v = fastTimestampBytes(b, s, e);
      if (v !== v) v = parseTimestamp((text ??= b.toString('utf8', s, e)));
      if (v !== v) {
        const x = text!;
        this.violate(this.typeCheck!, site, i, () => x);
        return;
      }
    }
    this.valid++;
    let f = 0;
    if (isTs) {
      if (this.timestampSeen(v)) this.newestSite = exampleAt(site, i, truncateValue((text ??= b.toString('utf8', s, e))));
      if (this.minCheck && v < this.minBound) f |= E_MIN;
      if (this.maxCheck && v > this.maxBound) f |= E_MAX;
    }
    if (pattern !== undefined) {
      // The byte matcher takes ASCII only: a cell it refuses that holds other bytes goes to the RegExp.
      const ok = bytePattern !== undefined ? bytePattern(b, s, e) || (!isAscii(b, s, e) && pattern.test((text ??= b.toString('utf8', s, e)))) : pattern.test((text ??= b.toString('utf8', s, e)));
      if (!ok) f |= E_PATTERN;
    }
    if (l !== undefined) {
      const len = isAscii(b, s, e) ? e - s : codePoints((text ??= b.toString('utf8', s, e)));
      if ((l.min !== undefined && len < l.min) || (l.max !== undefined && len > l.max)) f |= E_LENGTH;
    }
    if (f !== 0) {
      const x = (text ??= b.toString('utf8', s, e));
      const value = () => x;
      if (f & E_MIN) this.violate(this.minCheck!, site, i, value);
      if (f & E_MAX) this.violate(this.maxCheck!, site, i, value);
      if (f & E_PATTERN) this.violate(this.patternCheck!, site, i, value);
      if (f & E_LENGTH) this.violate(this.lengthCheck!, site, i, value);
    }
  }

  /**
   * A batch of a stampEligible column's cells given as byte ranges of `b` (as rawBatch takes them) with their times
   * already made by the kernel (kernel.wat stamps; NaN: a cell of another shape, or empty): the same effects as
   * rawBatch, the other cells parsed here.
   */
  stampBatch(times: Float64Array, b: Buffer, starts: Int32Array, ends: Int32Array, n: number, site: RowSite): void {
    this.rows += n;
    const { minCheck, maxCheck, minBound, maxBound } = this;
    for (let i = 0; i < n; i++) {
      let v = times[i];
      if (v !== v) {
        const s = starts[i];
        const e = ends[i];
        if (s === e) {
          this.nullRow(site, i);
          continue;
        }
        const text = b.toString('utf8', s, e);
        v = parseTimestamp(text);
        if (v !== v) {
          this.violate(this.typeCheck!, site, i, () => text);
          continue;
        }
      }
      this.valid++;
      if (this.timestampSeen(v)) this.newestSite = exampleAt(site, i, truncateValue(b.toString('utf8', starts[i], ends[i])));
      if ((minCheck && v < minBound) || (maxCheck && v > maxBound)) {
        const text = b.toString('utf8', starts[i], ends[i]);
        if (minCheck && v < minBound) this.violate(minCheck, site, i, () => text);
        if (maxCheck && v > maxBound) this.violate(maxCheck, site, i, () => text);
      }
    }
  }

  /** This column's state after the rows seen so far (one part of a table); see ColumnPart. */
  part(): ColumnPart {
    return {
      rows: this.rows,
      nulls: this.nulls,
      valid: this.valid,
      nullExamples: this.nullExamples,
      obsMin: this.obsMin,
      obsMax: this.obsMax,
      wN: this.wN,
      wMean: this.wMean,
      wM2: this.wM2,
      newest: this.newest,
      newestSite: this.newestSite,
      newValues: [...this.newValues.entries()],
      shares: this.shareKeys.map((s) => s.count),
      sample: this.sample?.state(),
      checks: this.checks.map((k) => ({ violations: k.violations, examples: k.examples })),
    };
  }

  /**
   * Add a part that follows everything absorbed so far; its rows and lines count from the part's start (`rowBase`
   * rows and `lineBase` lines of the file come before it). Counts, extremes, examples (the first ones in file order),
   * the newest timestamp and the quantile sample come out as one pass over the same rows gives them; the mean and
   * variance are combined by Chan, Golub & LeVeque's pairwise update (1979), which depends only on the parts, so the
   * result is the same for any number of threads.
   */
  absorb(p: ColumnPart, rowBase: number, lineBase: number): void {
    const max = this.maxExamples;
    this.rows += p.rows;
    this.nulls += p.nulls;
    this.valid += p.valid;
    for (const e of p.nullExamples) {
      if (this.nullExamples.length >= max) break;
      this.nullExamples.push(shifted(e, rowBase, lineBase));
    }
    if (p.obsMin < this.obsMin) this.obsMin = p.obsMin;
    if (p.obsMax > this.obsMax) this.obsMax = p.obsMax;
    if (p.wN > 0) {
      if (this.wN === 0) {
        this.wN = p.wN;
        this.wMean = p.wMean;
        this.wM2 = p.wM2;
      } else {
        const n = this.wN + p.wN;
        const d = p.wMean - this.wMean;
        this.wMean += (d * p.wN) / n;
        this.wM2 += p.wM2 + (((d * d * this.wN) / n) * p.wN);
        this.wN = n;
      }
    }
    if (p.newest > this.newest && p.newestSite) {
      this.newest = p.newest;
      this.newestSite = shifted(p.newestSite, rowBase, lineBase);
    }
    for (const [text, k] of p.newValues) {
      if (this.newValues.size < 1000 || this.newValues.has(text)) this.newValues.set(text, (this.newValues.get(text) ?? 0) + k);
    }
    for (let j = 0; j < this.shareKeys.length; j++) this.shareKeys[j].count += p.shares[j];
    if (p.sample) this.sample!.absorb(p.sample);
    for (let j = 0; j < this.checks.length; j++) {
      const k = this.checks[j];
      const q = p.checks[j];
      k.violations += q.violations;
      for (const e of q.examples) {
        if (k.examples.length >= max) break;
        k.examples.push(shifted(e, rowBase, lineBase));
      }
    }
  }

  /** Judge the aggregate checks and set every check's observed value and status. `now`: ms, for freshness. */
  finish(now: number): void {
    const fmt = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x));
    const isTs = this.type === 'timestamp';
    const showBound = (x: number) => (isTs ? new Date(x).toISOString() : fmt(x));
    if (this.typeCheck) this.typeCheck.observed = this.typeCheck.violations === 0 ? `all ${this.valid} non-null values are ${this.type}` : `${this.typeCheck.violations} value${this.typeCheck.violations === 1 ? ' is' : 's are'} not ${this.type}`;
    if (this.nullCheck) {
      const n = this.c.nulls!;
      const share = this.rows === 0 ? 0 : this.nulls / this.rows;
      const bad = n['max-count'] !== undefined ? this.nulls > n['max-count'] : share > n['max-share']!;
      this.nullCheck.observed = `${this.nulls} null${this.nulls === 1 ? '' : 's'} of ${this.rows} rows (share ${fmt(share)})`;
      this.nullCheck.violations = bad ? this.nulls : 0;
      if (bad) this.nullCheck.examples = this.nullExamples;
    }
    const range = this.valid === 0 || this.obsMin === Infinity ? 'no values' : `min ${showBound(this.obsMin)}, max ${showBound(this.obsMax)}`;
    if (this.minCheck) this.minCheck.observed = this.minCheck.violations ? `${this.minCheck.violations} below; ${range}` : range;
    if (this.maxCheck) this.maxCheck.observed = this.maxCheck.violations ? `${this.maxCheck.violations} above; ${range}` : range;
    if (this.inCheck) {
      const nv = this.c['new-values'] ?? 'fail';
      const list = [...this.newValues.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10).map(([v, k]) => `${truncateValue(v)} (${k})`);
      this.inCheck.observed = this.newValues.size === 0 ? 'no values outside the list' : `values outside the list: ${list.join(', ')}${this.newValues.size > 10 ? ', …' : ''}`;
      if (nv === 'allow') {
        this.inCheck.violations = 0;
        this.inCheck.examples = [];
      }
    }
    if (this.patternCheck) this.patternCheck.observed = `${this.patternCheck.violations} value${this.patternCheck.violations === 1 ? '' : 's'} do not match`;
    if (this.lengthCheck) this.lengthCheck.observed = `${this.lengthCheck.violations} value${this.lengthCheck.violations === 1 ? '' : 's'} outside the length range`;
    const nonNull = this.valid;
    for (const s of this.shareKeys) {
      const share = nonNull === 0 ? NaN : s.count / nonNull;
      s.check.observed = `share ${fmt(share)} (${s.count} of ${nonNull})`;
      s.check.violations = outside(share, s.min, s.max) ? 1 : 0;
    }
    if (this.freshCheck) {
      const maxAge = this.c.freshness!.value;
      if (this.newestSite === undefined) {
        this.freshCheck.observed = 'no timestamps';
        this.freshCheck.violations = 1;
      } else {
        const age = now - this.newest;
        this.freshCheck.observed = `newest ${new Date(this.newest).toISOString()}, ${formatDuration(age)} old`;
        this.freshCheck.violations = age > maxAge ? 1 : 0;
        if (age > maxAge) this.freshCheck.examples = [this.newestSite];
      }
    }
    if (this.meanCheck) {
      const m = this.wN === 0 ? NaN : this.wMean;
      this.meanCheck.observed = `mean ${fmt(m)}`;
      this.meanCheck.violations = outside(m, this.c.mean!.min, this.c.mean!.max) ? 1 : 0;
    }
    if (this.stdCheck) {
      // Sample standard deviation (n − 1), as pandas' Series.std.
      const sd = this.wN < 2 ? NaN : Math.sqrt(this.wM2 / (this.wN - 1));
      this.stdCheck.observed = `std ${fmt(sd)}`;
      this.stdCheck.violations = outside(sd, this.c.std!.min, this.c.std!.max) ? 1 : 0;
    }
    for (const q of this.quantileChecks) {
      const v = this.sample!.quantile(q.p);
      q.check.observed = `q${q.p} ${fmt(v)}${this.sample!.exact ? '' : ' (estimated from a sample)'}`;
      q.check.violations = outside(v, q.min, q.max) ? 1 : 0;
    }
    for (const k of this.checks) k.status = k.violations === 0 ? 'pass' : k.severity === 'warn' ? 'warn' : 'fail';
  }
}

/**
 * Whether a text starting with this byte could be a number to parseNumberText (digits, sign, point, NaN/Inf, or
 * space and non-ASCII, which trimming may remove).
 */
export function mayBeNumber(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c <= 32 || c >= 0x80 || c === 110 || c === 78 || c === 105 || c === 73;
}

/** NaN (no values) is outside every range: a check on an empty column fails closed. */
function outside(x: number, min: number | undefined, max: number | undefined): boolean {
  if (x !== x) return true;
  return (min !== undefined && x < min) || (max !== undefined && x > max);
}

export function rangeText(min: number | undefined, max: number | undefined, unit = ''): string {
  const u = unit ? ` ${unit}` : '';
  if (min !== undefined && max !== undefined) return `in [${min}, ${max}]${u}`;
  if (min !== undefined) return `≥ ${min}${u}`;
  return `≤ ${max}${u}`;
}

function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}
