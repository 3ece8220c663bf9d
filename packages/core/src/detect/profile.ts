import { streamTable } from '../io/read.js';
import { streamDelimitedRange } from '../io/split.js';
import type { NumberColumn, StringColumn } from '../io/types.js';
import { quantileSorted } from '../stats/quantile.js';
import { createRng, type Rng } from '../stats/rng.js';
import { asCategorical, sortTop } from '../drift/merge.js';
import { sketchOfSorted } from '../drift/sketch.js';
import {
  MAX_DISTINCT_NUMBERS,
  MAX_STORED_CATEGORIES,
  QUANTILE_STEPS,
  SMALL_REFERENCE_ROWS,
  type CategoricalSummary,
  type ColumnProfile,
  type ColumnType,
  type NumericSummary,
  type TableProfile,
} from '../drift/summary.js';

/**
 * Profiles of tabular files, computed in one streaming pass in constant memory (io's streamTable batches): exact row
 * count, columns with inferred types, null counts, numeric moments and a quantile summary, category counts.
 * What is kept is a few kilobytes per column whatever the file size.
 */

/**
 * Values kept per numeric column for its quantiles (512 KiB while profiling; only 201 quantiles are stored).
 * Rank error of a quantile ≈ √(p(1−p)/R) ≤ 0.2% at R = 65536.
 */
export const RESERVOIR_SIZE = 65536;
/** Distinct categories counted exactly per column; later new ones are counted together as `other`. */
export const MAX_TRACKED_CATEGORIES = 10_000;


/** A fixed seed per column name: the same file always gives the same profile (same bytes). */
function seedOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * rng.nextInt(n) for 1 ≤ n < 2^31, the same value from the same draws: nextInt accepts u below 2^32 − (2^32 mod n),
 * and every u ≤ 2^32 − n is below that, so the floating-point remainder is computed only for the rare u above it.
 */
function uniformBelow(rng: Rng, n: number): number {
  for (;;) {
    const u = rng.nextUint32();
    if (u <= 4294967296 - n || u < 4294967296 - (4294967296 % n)) {
      // u mod n without a floating-point remainder: the quotient's floor is off by at most one, u − q·n is exact.
      let r = u - Math.floor(u / n) * n;
      if (r < 0) r += n;
      else if (r >= n) r -= n;
      return r;
    }
  }
}

/** Scratch samples for NumericAccumulator.merge. */
const MERGE_A = new Float64Array(RESERVOIR_SIZE);
const MERGE_B = new Float64Array(RESERVOIR_SIZE);

/** Small non-negative integers are counted in an array, everything else in a Map (hour-of-day, labels, codes stay cheap). */
const DENSE_INTS = 1024;

/**
 * Streaming state of one numeric column: count, nulls, min/max, shifted sums for mean and variance, exact counts of up
 * to MAX_DISTINCT_NUMBERS distinct values, and a uniform reservoir sample (Li 1994, "Reservoir-sampling algorithms of
 * time complexity O(n(1 + log(N/n)))", Algorithm L: after the reservoir fills, the next replaced position is drawn
 * directly, so skipped values cost one comparison).
 */
export class NumericAccumulator {
  count = 0;
  nulls = 0;
  private min = Infinity;
  private max = -Infinity;
  /** Sums of (x − shift) and (x − shift)²; shifting by the first value keeps the variance accurate for offset data. */
  private shift = NaN;
  private s1 = 0;
  private s2 = 0;
  private integer = true;
  private dense: Float64Array | null = new Float64Array(DENSE_INTS);
  private sparse: Map<number, number> | null = new Map();
  private denseUsed = 0;
  private readonly reservoir = new Float64Array(RESERVOIR_SIZE);
  private readonly rng: Rng;
  private w = 0;
  private nextReplace = 0;

  /** `part`: which range of a split file this accumulator reads (0 for a whole file): each range samples independently. */
  constructor(
    private readonly name: string,
    part = 0,
  ) {
    this.rng = createRng((seedOf(name) + Math.imul(part, 0x9e3779b9)) >>> 0);
  }

  /** Everything needed to merge this column's profile with another range's (structured-cloneable). */
  state(): NumericState {
    return {
      kind: 'numeric',
      count: this.count,
      nulls: this.nulls,
      min: this.min,
      max: this.max,
      shift: this.shift,
      s1: this.s1,
      s2: this.s2,
      integer: this.integer,
      distinct: this.distinctPairs() ?? null,
      sample: this.reservoir.slice(0, Math.min(this.count, RESERVOIR_SIZE)),
    };
  }

  static fromState(name: string, st: NumericState): NumericAccumulator {
    const a = new NumericAccumulator(name);
    a.count = st.count;
    a.nulls = st.nulls;
    a.min = st.min;
    a.max = st.max;
    a.shift = st.shift;
    a.s1 = st.s1;
    a.s2 = st.s2;
    a.integer = st.integer;
    a.setDistinct(st.distinct);
    a.reservoir.set(st.sample);
    return a;
  }

  private setDistinct(pairs: Array<[number, number]> | null): void {
    if (pairs === null || pairs.length > MAX_DISTINCT_NUMBERS) {
      this.dense = null;
      this.sparse = null;
      return;
    }
    this.dense = new Float64Array(DENSE_INTS);
    this.sparse = new Map();
    this.denseUsed = 0;
    for (const [x, c] of pairs) {
      if (x >= 0 && x < DENSE_INTS && (x | 0) === x) {
        this.dense[x] = c;
        this.denseUsed++;
      } else this.sparse.set(x, c);
    }
  }

  /**
   * Add the state of the range that follows this one. Counts, extremes and distinct values add exactly; the sums move
   * to this accumulator's shift exactly (Σ(d + δ) = s1 + nδ, Σ(d + δ)² = s2 + 2δ·s1 + nδ²); the two uniform samples
   * become one uniform sample of both ranges by drawing, one value at a time, from the range with the larger share of
   * rows not yet drawn (sampling without replacement from nA + nB rows of which each side's sample is a uniform part).
   */
  merge(o: NumericState, part: number): void {
    if (o.count === 0) {
      this.nulls += o.nulls;
      return;
    }
    if (this.count === 0) {
      const nulls = this.nulls;
      Object.assign(this, { count: o.count, min: o.min, max: o.max, shift: o.shift, s1: o.s1, s2: o.s2, integer: o.integer });
      this.nulls = nulls + o.nulls;
      this.setDistinct(o.distinct);
      this.reservoir.set(o.sample);
      return;
    }
    const d = o.shift - this.shift;
    this.s2 += o.s2 + 2 * d * o.s1 + o.count * d * d;
    this.s1 += o.s1 + o.count * d;
    const na = this.count;
    const nb = o.count;
    this.count += nb;
    this.nulls += o.nulls;
    if (o.min < this.min) this.min = o.min;
    if (o.max > this.max) this.max = o.max;
    this.integer &&= o.integer;
    const mine = this.distinctPairs();
    if (mine && o.distinct) {
      const m = new Map<number, number>(mine);
      for (const [x, c] of o.distinct) m.set(x, (m.get(x) ?? 0) + c);
      this.setDistinct([...m]);
    } else this.setDistinct(null);
    if (na + nb <= RESERVOIR_SIZE) {
      this.reservoir.set(o.sample, na);
      return;
    }
    const rng = createRng((seedOf(this.name) ^ Math.imul(part + 1, 0x85ebca6b)) >>> 0);
    // Both samples copied into buffers kept for the next merge (warm memory, no allocation per column and range).
    const a = MERGE_A.subarray(0, Math.min(na, RESERVOIR_SIZE));
    a.set(this.reservoir.subarray(0, a.length));
    const b = MERGE_B.subarray(0, o.sample.length);
    b.set(o.sample);
    const out = this.reservoir;
    let leftA = na;
    let leftB = nb;
    let ia = 0;
    let ib = 0;
    for (let k = 0; k < RESERVOIR_SIZE; k++) {
      // Partial Fisher–Yates on each side's sample: the next value drawn from a side is a uniform pick of its rest.
      // (rng.next() and rng.nextInt(n) written out: the same draws, without nextInt's checks.)
      if ((rng.nextUint32() + 0.5) * 2.3283064365386963e-10 * (leftA + leftB) < leftA) {
        const j = ia + uniformBelow(rng, a.length - ia);
        const t = a[j];
        a[j] = a[ia];
        a[ia++] = t;
        out[k] = t;
        leftA--;
      } else {
        const j = ib + uniformBelow(rng, b.length - ib);
        const t = b[j];
        b[j] = b[ib];
        b[ib++] = t;
        out[k] = t;
        leftB--;
      }
    }
  }

  add(col: NumberColumn): void {
    const v = col.values;
    const len = v.length;
    // Moments, extremes and the integer flag in one tight loop over locals (the hot path: V8 keeps them in registers).
    const before = this.count;
    let n = before;
    let nulls = this.nulls;
    let min = this.min;
    let max = this.max;
    let shift = this.shift;
    let s1 = this.s1;
    let s2 = this.s2;
    let integer = this.integer;
    for (let i = 0; i < len; i++) {
      const x = v[i];
      // NaN (empty cell, "NaN") and ±Infinity are nulls here: neither has a place in a distribution summary (or in JSON).
      if (x - x !== 0) {
        nulls++;
        continue;
      }
      if (++n === 1) shift = x;
      const d = x - shift;
      s1 += d;
      s2 += d * d;
      if (x < min) min = x;
      if (x > max) max = x;
      if (integer && Math.floor(x) !== x) integer = false;
    }
    this.count = n;
    this.nulls = nulls;
    this.min = min;
    this.max = max;
    this.shift = shift;
    this.s1 = s1;
    this.s2 = s2;
    this.integer = integer;
    if (this.sparse !== null) this.countDistinct(v);
    this.sample(v, before, n - before === len);
  }

  /**
   * The reservoir's share of a batch, in the order one value at a time would take it (same random draws, same
   * sample): fill while it is not full, then only the positions Algorithm L picks. When the batch has no nulls the
   * k-th value counted is v[k − before − 1], so the skipped values are not visited at all.
   */
  private sample(v: Float64Array, before: number, dense: boolean): void {
    const total = this.count;
    if (total <= before) return;
    let k = before;
    let i = 0;
    while (k < RESERVOIR_SIZE && k < total) {
      const x = v[i++];
      if (x - x !== 0) continue;
      this.reservoir[k++] = x;
      if (k === RESERVOIR_SIZE) this.startSkipping();
    }
    if (k === total) return;
    if (dense) {
      // replace() written out over locals (the same arithmetic in the same order: the same sample, bit for bit).
      const rng = this.rng;
      const reservoir = this.reservoir;
      let w = this.w;
      let next = this.nextReplace;
      while (next <= total) {
        reservoir[rng.nextUint32() & (RESERVOIR_SIZE - 1)] = v[next - before - 1];
        w *= Math.exp(Math.log(rng.next()) / RESERVOIR_SIZE);
        next += Math.floor(Math.log(rng.next()) / Math.log(1 - w)) + 1;
      }
      this.w = w;
      this.nextReplace = next;
      return;
    }
    for (; i < v.length; i++) {
      const x = v[i];
      if (x - x !== 0) continue;
      if (++k === this.nextReplace) this.replace(x);
    }
  }

  private replace(x: number): void {
    // rng.nextInt(RESERVOIR_SIZE), without its general checks and floating-point modulo: the size is a power of two.
    this.reservoir[this.rng.nextUint32() & (RESERVOIR_SIZE - 1)] = x;
    this.w *= Math.exp(Math.log(this.rng.next()) / RESERVOIR_SIZE);
    this.nextReplace += Math.floor(Math.log(this.rng.next()) / Math.log(1 - this.w)) + 1;
  }

  private startSkipping(): void {
    this.w = Math.exp(Math.log(this.rng.next()) / RESERVOIR_SIZE);
    this.nextReplace = RESERVOIR_SIZE + Math.floor(Math.log(this.rng.next()) / Math.log(1 - this.w)) + 1;
  }

  /** Exact counts of the batch's values until there are more than MAX_DISTINCT_NUMBERS distinct ones (then none). */
  private countDistinct(v: Float64Array): void {
    const dense = this.dense!;
    const sparse = this.sparse!;
    let used = this.denseUsed;
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x - x !== 0) continue;
      if (x >= 0 && x < DENSE_INTS && (x | 0) === x) {
        if (dense[x]++ !== 0 || ++used + sparse.size <= MAX_DISTINCT_NUMBERS) continue;
      } else {
        const c = sparse.get(x);
        if (c !== undefined) {
          sparse.set(x, c + 1);
          continue;
        }
        sparse.set(x, 1);
        if (used + sparse.size <= MAX_DISTINCT_NUMBERS) continue;
      }
      this.sparse = null;
      this.dense = null;
      return;
    }
    this.denseUsed = used;
  }

  /** Exact [value, count] pairs when there are few distinct values. */
  private distinctPairs(): Array<[number, number]> | undefined {
    if (this.sparse === null) return undefined;
    const out: Array<[number, number]> = [...this.sparse];
    if (this.dense) for (let k = 0; k < DENSE_INTS; k++) if (this.dense[k] > 0) out.push([k, this.dense[k]]);
    return out.sort((a, b) => a[0] - b[0]);
  }

  summary(): NumericSummary {
    const n = this.count;
    const kept = Math.min(n, RESERVOIR_SIZE);
    const sample = this.reservoir.slice(0, kept).sort();
    const quantiles: number[] = [];
    if (kept > 0) for (let i = 0; i <= QUANTILE_STEPS; i++) quantiles.push(quantileSorted(sample, i / QUANTILE_STEPS));
    const mean = n ? this.shift + this.s1 / n : 0;
    const variance = n > 1 ? Math.max(0, (this.s2 - (this.s1 * this.s1) / n) / (n - 1)) : 0;
    const distinct = this.distinctPairs();
    return {
      kind: 'numeric',
      count: n,
      nulls: this.nulls,
      min: n ? this.min : 0,
      max: n ? this.max : 0,
      mean,
      std: Math.sqrt(variance),
      integer: this.integer,
      quantiles,
      sampleSize: kept,
      ...(n <= SMALL_REFERENCE_ROWS && n > 0 ? { values: Array.from(sample) } : kept > 0 ? { sketch: sketchOfSorted(sample) } : {}),
      ...(distinct ? { distinct } : {}),
    };
  }

  type(): ColumnType {
    if (this.count === 0) return 'empty';
    return this.integer ? 'integer' : 'float';
  }
}

/** A numeric column's mergeable state (NumericAccumulator.state()). */
export interface NumericState {
  kind: 'numeric';
  count: number;
  nulls: number;
  min: number;
  max: number;
  shift: number;
  s1: number;
  s2: number;
  integer: boolean;
  distinct: Array<[number, number]> | null;
  sample: Float64Array;
}

/** A text column's mergeable state. */
export interface CategoricalState {
  kind: 'categorical';
  count: number;
  nulls: number;
  other: number;
  seenMore: boolean;
  boolean: boolean;
  counts: Array<[string, number]>;
}

/** A table's mergeable profile state: what a worker sends back for one range of a split file. */
export interface ProfilerState {
  rows: number;
  columns: Array<{ name: string; state: NumericState | CategoricalState }>;
}

const BOOLEAN_TEXT = new Set(['true', 'false']);

/** Streaming state of one text column: exact counts of up to MAX_TRACKED_CATEGORIES categories, the rest as `other`. */
export class CategoricalAccumulator {
  count = 0;
  nulls = 0;
  private other = 0;
  private seenMore = false;
  private boolean = true;
  readonly counts = new Map<string, number>();

  /** Start from a numeric column's state when an 'auto' column turns out to hold text (io keeps kinds sticky). */
  static fromNumeric(acc: NumericAccumulator): CategoricalAccumulator {
    const c = new CategoricalAccumulator();
    const s = asCategorical(acc.summary());
    c.count = s.count;
    c.nulls = s.nulls;
    c.other = s.other;
    c.boolean = false;
    c.seenMore = s.distinctCapped;
    for (const [k, v] of s.top) c.counts.set(k, v);
    return c;
  }

  state(): CategoricalState {
    return { kind: 'categorical', count: this.count, nulls: this.nulls, other: this.other, seenMore: this.seenMore, boolean: this.boolean, counts: [...this.counts] };
  }

  static fromState(st: CategoricalState): CategoricalAccumulator {
    const c = new CategoricalAccumulator();
    c.merge(st);
    return c;
  }

  /** Add the counts of the range that follows (categories past MAX_TRACKED_CATEGORIES go to `other`, as in one pass). */
  merge(o: CategoricalState): void {
    this.count += o.count;
    this.nulls += o.nulls;
    this.other += o.other;
    this.seenMore ||= o.seenMore;
    if (o.count > 0) this.boolean = (this.count === o.count || this.boolean) && o.boolean;
    for (const [k, v] of o.counts) {
      const prev = this.counts.get(k);
      if (prev !== undefined) this.counts.set(k, prev + v);
      else if (this.counts.size < MAX_TRACKED_CATEGORIES) this.counts.set(k, v);
      else {
        this.other += v;
        this.seenMore = true;
      }
    }
  }

  add(col: StringColumn): void {
    // Count codes in a typed array first, then fold the batch's dictionary into the map: one map operation per distinct
    // value per batch instead of one per row.
    const local = new Float64Array(col.dictionary.length);
    const codes = col.codes;
    let nulls = 0;
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i];
      if (c < 0) nulls++;
      else local[c]++;
    }
    this.nulls += nulls;
    this.count += codes.length - nulls;
    for (let c = 0; c < local.length; c++) {
      const k = local[c];
      if (k === 0) continue;
      const text = col.dictionary[c];
      if (this.boolean && !BOOLEAN_TEXT.has(text.toLowerCase())) this.boolean = false;
      const prev = this.counts.get(text);
      if (prev !== undefined) this.counts.set(text, prev + k);
      else if (this.counts.size < MAX_TRACKED_CATEGORIES) this.counts.set(text, k);
      else {
        this.other += k;
        this.seenMore = true;
      }
    }
  }

  summary(): CategoricalSummary {
    const all = sortTop([...this.counts]);
    const top = all.slice(0, MAX_STORED_CATEGORIES);
    const rest = all.slice(MAX_STORED_CATEGORIES).reduce((t, [, c]) => t + c, 0);
    return {
      kind: 'categorical',
      count: this.count,
      nulls: this.nulls,
      top,
      other: this.other + rest,
      distinct: this.counts.size,
      distinctCapped: this.seenMore,
    };
  }

  type(): ColumnType {
    if (this.count === 0) return 'empty';
    return this.boolean ? 'boolean' : 'string';
  }
}

/** Incremental profile of one table: feed it io batches. */
export class TableProfiler {
  private rows = 0;
  private readonly order: string[] = [];
  private readonly acc = new Map<string, NumericAccumulator | CategoricalAccumulator>();

  /** `part`: the range of a split file this profiler reads (0: a whole file). */
  constructor(private readonly part = 0) {}

  state(): ProfilerState {
    return { rows: this.rows, columns: this.order.map((name) => ({ name, state: this.acc.get(name)!.state() })) };
  }

  /** The profile of a split file from its ranges' states, merged in file order (the same for any number of threads). */
  static merged(parts: readonly ProfilerState[]): TableProfile {
    const p = new TableProfiler();
    parts.forEach((st, k) => p.mergeState(st, k));
    return p.profile();
  }

  /**
   * Add the state of range `part` of a split file to this profiler (a `new TableProfiler()`); the ranges must come in
   * file order, 0, 1, 2, … — then profile() is merged() of them, as each range arrives instead of all at the end.
   */
  mergeState(st: ProfilerState, part: number): void {
    const seen = new Set<string>();
    for (const { name, state } of st.columns) {
      seen.add(name);
      let a = this.acc.get(name);
      if (!a) {
        a = state.kind === 'numeric' ? new NumericAccumulator(name) : new CategoricalAccumulator();
        a.nulls += this.rows;
        this.acc.set(name, a);
        this.order.push(name);
      }
      if (a instanceof NumericAccumulator && state.kind === 'numeric') a.merge(state, part);
      else {
        if (a instanceof NumericAccumulator) {
          a = CategoricalAccumulator.fromNumeric(a);
          this.acc.set(name, a);
        }
        a.merge(state.kind === 'categorical' ? state : CategoricalAccumulator.fromNumeric(NumericAccumulator.fromState(name, state)).state());
      }
    }
    for (const [name, a] of this.acc) if (!seen.has(name)) a.nulls += st.rows;
    this.rows += st.rows;
  }

  addBatch(columns: ReadonlyMap<string, NumberColumn | StringColumn>, columnNames: readonly string[], rowCount: number): void {
    for (const name of columnNames) {
      const col = columns.get(name);
      if (!col) continue;
      let a = this.acc.get(name);
      if (!a) {
        a = col.kind === 'number' ? new NumericAccumulator(name, this.part) : new CategoricalAccumulator();
        // A JSONL key first seen now was missing (null) in every earlier row.
        a.nulls += this.rows;
        this.acc.set(name, a);
        this.order.push(name);
      }
      if (col.kind === 'number' && a instanceof NumericAccumulator) a.add(col);
      else if (col.kind === 'string') {
        if (a instanceof NumericAccumulator) {
          a = CategoricalAccumulator.fromNumeric(a);
          this.acc.set(name, a);
        }
        a.add(col);
      } else {
        // A number batch for a column already seen as text: count it as text.
        (a as CategoricalAccumulator).add(numbersAsText(col));
      }
    }
    for (const [name, a] of this.acc) if (!columns.has(name)) a.nulls += rowCount;
    this.rows += rowCount;
  }

  profile(): TableProfile {
    const columns: ColumnProfile[] = this.order.map((name) => {
      const a = this.acc.get(name)!;
      return { name, type: a.type(), summary: a.summary() };
    });
    return { rows: this.rows, columns };
  }
}

function numbersAsText(col: NumberColumn): StringColumn {
  const dict = new Map<string, number>();
  const codes = new Int32Array(col.values.length);
  for (let i = 0; i < col.values.length; i++) {
    const x = col.values[i];
    if (x !== x) {
      codes[i] = -1;
      continue;
    }
    const s = String(x);
    let c = dict.get(s);
    if (c === undefined) dict.set(s, (c = dict.size));
    codes[i] = c;
  }
  return { kind: 'string', name: col.name, codes, dictionary: [...dict.keys()], nullCount: col.nullCount };
}

/** One byte range of a split CSV/TSV (io/split.ts). */
export interface RangeJob {
  path: string;
  label: string;
  delimiter: number;
  start: number;
  end: number;
  /** Column names, for a range after the first. */
  header?: string[];
  /** Index of the range in the file. */
  part: number;
  /** Line number of `start` (only known, and only needed, to word an error). */
  firstLine?: number;
}

/** Profile state of one range of a split file. `signal`: stop between batches (throws its reason) once aborted. */
export async function profileRange(j: RangeJob, signal?: AbortSignal): Promise<ProfilerState> {
  const p = new TableProfiler(j.part);
  for await (const batch of streamDelimitedRange(j.path, j)) {
    signal?.throwIfAborted();
    p.addBatch(batch.columns, batch.columnNames, batch.rowCount);
  }
  return p.state();
}

/** Profile a CSV/TSV/JSONL/Parquet file (optionally gzipped) in one streaming pass. `label` names it in errors. */
export async function profileFile(path: string, label?: string, signal?: AbortSignal): Promise<TableProfile> {
  const p = new TableProfiler();
  for await (const batch of streamTable(path, { label })) {
    signal?.throwIfAborted();
    p.addBatch(batch.columns, batch.columnNames, batch.rowCount);
  }
  return p.profile();
}
