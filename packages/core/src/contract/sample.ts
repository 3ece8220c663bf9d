/**
 * A buffer a part's sample may start from and leave its grown buffer in: a thread reads one part at a time and a
 * part's sample is copied out (state) before the next starts, so the next part's sample takes the same memory
 * instead of growing its own from 4,096 values again (~0.1 s of copying at 10 million values).
 */
export interface SampleScratch {
  buf: Float64Array;
}

const threadScratch: SampleScratch[] = [];

/** This thread's k-th scratch buffer for parts' samples (one per column of a table). */
export function partScratch(k: number): SampleScratch {
  return (threadScratch[k] ??= { buf: new Float64Array(1 << 12) });
}

/** Which value of the w-th window of `stride` values is kept: a hash of w (murmur3's finalizer), so the same each run. */
export function pick(w: number, stride: number): number {
  let h = Math.imul(w ^ 0x5bd1e995, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % stride;
}

/**
 * Quantiles in bounded memory. Every value is kept up to `capacity` (default 2²² = 4,194,304 values, 32 MiB): the
 * quantiles are then exact. Past it the sample is halved (in blocks: each sorted, every other value kept; see halve)
 * and from then on one value of each window of 2, 4, … values offered is taken, at a place in the window a fixed
 * hash of the window's number chooses: a stratified sample, so the same file gives the same estimate, and data that
 * repeats with a period (rows of two sources taken in turn) is not sampled at one phase of it, as every 2nd value
 * would be. Quantiles use linear interpolation between order statistics (Hyndman & Fan 1996 type 7, pandas' and
 * NumPy's default).
 */
export class QuantileSample {
  private buf: Float64Array;
  private n = 0;
  private stride = 1;
  /** Values to pass over before the next one kept. */
  private gap = 0;
  /** Values of the current window after the one kept from it. */
  private rest = 0;
  /** Windows begun since the first halving. */
  private windows = 0;
  private halvings = 0;
  /** Values offered (all of them, kept or not). */
  seen = 0;

  constructor(
    private readonly capacity = 1 << 22,
    private readonly scratch?: SampleScratch,
  ) {
    this.buf = scratch !== undefined && scratch.buf.length <= capacity ? scratch.buf : new Float64Array(Math.min(capacity, 1 << 12));
  }

  /** The kept values (in the order they were offered while the sample is exact) and the stride they were kept at. */
  state(): { values: Float64Array; stride: number } {
    return { values: this.buf.slice(0, this.n), stride: this.stride };
  }

  /**
   * Offer another sample's values after this one's, as if its values had been offered here: exactly so when that
   * sample is exact (every value kept, in order); else each kept value stands for `stride` values.
   */
  absorb(s: { values: Float64Array; stride: number }): void {
    const { values, stride } = s;
    if (stride !== 1) {
      for (let i = 0; i < values.length; i++) for (let k = 0; k < stride; k++) this.add(values[i]);
      return;
    }
    const len = values.length;
    let i = 0;
    // While this sample keeps every value, the part's values are copied in at once (what add does one by one).
    while (i < len && this.stride === 1 && this.n < this.capacity) {
      const k = Math.min(len - i, this.capacity - this.n);
      if (this.buf.length < this.n + k) this.grow(this.n + k);
      this.buf.set(values.subarray(i, i + k), this.n);
      this.n += k;
      this.seen += k;
      i += k;
    }
    // Past the exact phase (or at the capacity): step from kept value to kept value, as add does one value at a time.
    while (i < len) {
      if (len - i <= this.gap) {
        this.gap -= len - i;
        this.seen += len - i;
        return;
      }
      i += this.gap;
      this.seen += this.gap + 1;
      this.keep(values[i++]);
    }
  }

  get exact(): boolean {
    return this.stride === 1;
  }

  /**
   * add() each value that is not NaN (and, with `integer`, is whole), in order: while every value is kept and the
   * buffer has room, without a call a value.
   */
  addValid(values: Float64Array, integer: boolean): void {
    const n = values.length;
    if (this.stride === 1 && this.n + n <= this.buf.length) {
      const buf = this.buf;
      let m = this.n;
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v === v && (!integer || Number.isInteger(v))) buf[m++] = v;
      }
      this.seen += m - this.n;
      this.n = m;
      return;
    }
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v === v && (!integer || Number.isInteger(v))) this.add(v);
    }
  }

  add(v: number): void {
    this.seen++;
    if (this.gap > 0) {
      this.gap--;
      return;
    }
    this.keep(v);
  }

  /** Keep v (the chosen value of its window), halving first when full; then the distance to the next window's pick. */
  private keep(v: number): void {
    if (this.n === this.buf.length) {
      if (this.n < this.capacity) this.grow();
      else this.halve();
    }
    this.buf[this.n++] = v;
    if (this.stride === 1) return;
    // The rest of this window, then the next window (of the stride now: a halving doubles it) up to its pick.
    const at = pick(this.windows++, this.stride);
    this.gap = this.rest + at;
    this.rest = this.stride - 1 - at;
  }

  /** A larger buffer (twice the size, or `need` values), never past the capacity. */
  private grow(need = this.n + 1): void {
    const g = new Float64Array(Math.min(this.capacity, Math.max(this.buf.length * 2, need)));
    g.set(this.buf.subarray(0, this.n));
    this.buf = g;
    if (this.scratch !== undefined) this.scratch.buf = g;
  }

  /**
   * Halve the kept values block by block: each block of `block` values (1/64 of the capacity, 65,536 by default)
   * sorted and every other value of it kept, which one alternating from block to block and halving to halving. A
   * block sorts in the cache: ~15 ms a million values against ~40 ms for one sort of 4 million, and the weight of
   * each kept value is still exactly twice what it was. Each block moves the rank of any value among the kept ones
   * (weighted) by at most one unit of the old weight, so one halving moves it by at most 64 of them (the KLL
   * compactor's bound, Karnin, Lang & Liberty 2016): at 10 million values 192 of 10 million ranks in all, far below
   * what keeping one value a window moves it.
   */
  private halve(): void {
    const n = this.n;
    const buf = this.buf;
    const block = Math.max(1024, this.capacity >>> 6);
    let k = 0;
    for (let s = 0, b = this.halvings; s < n; s += block, b++) {
      const sorted = sortFloat64(buf.subarray(s, Math.min(n, s + block)));
      // The write position never passes the read position (k ≤ s / 2 + i / 2 ≤ s + i).
      for (let i = b & 1; i < sorted.length; i += 2) buf[k++] = sorted[i];
    }
    this.halvings++;
    this.n = k;
    this.stride *= 2;
  }

  /**
   * Quantile p ∈ [0, 1] (type 7), or NaN without values. Reorders the sample in place (a selection, O(n), rather
   * than a sort: 3 million values select in tens of milliseconds, sort in hundreds); call after the last add.
   */
  quantile(p: number): number {
    if (this.n === 0) return NaN;
    const s = this.buf.subarray(0, this.n);
    const h = (this.n - 1) * p;
    const lo = Math.floor(h);
    select(s, lo);
    if (lo + 1 >= this.n || h === lo) return s[lo];
    // After selecting lo, every value right of it is ≥ s[lo]: the next order statistic is their minimum.
    let next = s[lo + 1];
    for (let i = lo + 2; i < this.n; i++) if (s[i] < next) next = s[i];
    return s[lo] + (h - lo) * (next - s[lo]);
  }
}

/** sortFloat64's scratch, reused call after call (a halving sorts 64 blocks): the keys' copy and the digit counts. */
let sortScratch = new Uint32Array(0);
const digitCounts = new Int32Array(3 * 2048);

/**
 * Sort doubles (no NaN) ascending in place, as Float64Array.prototype.sort does (−0 before +0). Each double is mapped
 * to an unsigned 64-bit key that orders as the numbers do (flip every bit of a negative, the sign bit of the rest;
 * Herf, "Radix Tricks", 2001, as stats/argsort.ts does); the keys are sorted on their high 32 bits by a
 * least-significant-digit radix sort, 11 bits a pass with the three digits counted in one pass first (a pass where
 * every key has the same digit is skipped: the sign and exponent of most columns), and the runs of equal high words
 * — a few values each for real data — are then put in order by value (insertion, or the built-in sort for a long
 * run). Written by hand because the quantile sample's halvings sort 6 million values at 10 million rows on the thread
 * that adds the parts up: blocks of 65,536 values sort in ~15 ms a million this way, ~80 ms with the built-in sort.
 */
export function sortFloat64(a: Float64Array): Float64Array {
  const n = a.length;
  if (n < 4096) return a.sort();
  // Keys in place of the values (low word, high word of each), and one scratch array of the same size.
  const own: Uint32Array = new Uint32Array(a.buffer, a.byteOffset, n * 2);
  let src = own;
  const counts = digitCounts;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const mask = src[2 * i + 1] >> 31; // all ones for a negative
    const hi = (src[2 * i + 1] ^= mask | 0x80000000);
    src[2 * i] ^= mask;
    counts[hi & 0x7ff]++;
    counts[2048 + ((hi >>> 11) & 0x7ff)]++;
    counts[4096 + (hi >>> 22)]++;
  }
  // The scratch is kept for blocks (up to 2^17 values, 1 MiB); a larger array gets its own.
  if (sortScratch.length < n * 2 && n <= 1 << 17) sortScratch = new Uint32Array(n * 2);
  let dst: Uint32Array = sortScratch.length >= n * 2 ? sortScratch : new Uint32Array(n * 2);
  for (let pass = 0; pass < 3; pass++) {
    const shift = pass * 11;
    const base = pass * 2048;
    if (counts[base + ((src[1] >>> shift) & 0x7ff)] === n) continue;
    let sum = 0;
    for (let d = base; d < base + 2048; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const hi = src[2 * i + 1];
      const k = counts[base + ((hi >>> shift) & 0x7ff)]++;
      dst[2 * k] = src[2 * i];
      dst[2 * k + 1] = hi;
    }
    [src, dst] = [dst, src];
  }
  // Back to doubles, in a.
  for (let i = 0; i < n; i++) {
    const hi = src[2 * i + 1];
    const mask = ~hi >> 31; // all ones when the key's top bit is clear: a negative
    own[2 * i + 1] = hi ^ (mask | 0x80000000);
    own[2 * i] = src[2 * i] ^ mask;
  }
  // Runs of one high word: in order by value.
  for (let s = 0; s < n; ) {
    const h = own[2 * s + 1];
    let e = s + 1;
    while (e < n && own[2 * e + 1] === h) e++;
    if (e - s > 16) a.subarray(s, e).sort();
    else {
      for (let j = s + 1; j < e; j++) {
        const v = a[j];
        let i = j - 1;
        while (i >= s && a[i] > v) {
          a[i + 1] = a[i];
          i--;
        }
        a[i + 1] = v;
      }
    }
    s = e;
  }
  return a;
}

/**
 * Put the k-th smallest value of a (no NaN) at a[k], smaller ones left of it and larger ones right (Hoare's
 * selection with a median-of-three pivot). Past 2·log2(n) rounds without converging (an adversarial order) the
 * remaining range is sorted, so the worst case stays O(n log n).
 */
export function select(a: Float64Array, k: number): void {
  let l = 0;
  let r = a.length - 1;
  let rounds = 2 * Math.ceil(Math.log2(a.length + 1)) + 4;
  while (r > l) {
    if (rounds-- === 0) {
      a.subarray(l, r + 1).sort();
      return;
    }
    const m = (l + r) >>> 1;
    // Median of a[l], a[m], a[r] as the pivot.
    if (a[m] < a[l]) swap(a, m, l);
    if (a[r] < a[l]) swap(a, r, l);
    if (a[r] < a[m]) swap(a, r, m);
    const pivot = a[m];
    let i = l;
    let j = r;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) r = j;
    else if (k >= i) l = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
