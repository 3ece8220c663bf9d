/**
 * Stable ascending argsort of doubles: returns the positions k (0 ≤ k < len) ordered by `values[rows[k]]`
 * (or `values[k]` without `rows`); equal values keep their position order, so ties break by row order.
 * -0 sorts as +0; NaN sorts after +Infinity (callers reject NaN scores before they get here).
 *
 * Why hand-written: `Array.prototype.sort` with a comparator on 1,000,000 indices costs ~1.3 s on the CI
 * machines; this costs ~0.1 s. DeLong, PR-AUC and the ranking metrics all start from it.
 *
 * Method: the IEEE-754 bits are mapped to an unsigned order (negative numbers: flip every bit; others: flip the
 * sign bit — Herf, "Radix Tricks", 2001). The high 32-bit word is sorted by a stable LSD radix sort (11/11/10-bit
 * digits, trivial passes skipped); runs of equal high words — short for real scores — are then ordered by the
 * low word (insertion sort, or the same radix sort for long runs). Half the passes of a full 64-bit radix sort.
 */
export function argsortFloat64(values: Float64Array, rows?: Uint32Array): Uint32Array {
  return argsortWithTies(values, rows).order;
}

/** An argsort plus where the ties are, so callers can walk tie groups without re-reading the values. */
export interface SortedOrder {
  /** Positions k in ascending order of value (stable). */
  order: Uint32Array;
  /** tied[j] = 1 when the j-th smallest value equals the (j−1)-th (tie groups for midranks). */
  tied: Uint8Array;
}

/**
 * Scratch arrays for {@link argsortWithTies}, reusable from one call to the next (DeLong sorts two models of the
 * same rows: one workspace instead of two at ~21 bytes a row; at 10,000,000 rows that is 210 MB). The returned
 * order and tied are views into it, valid until the next call with the same workspace.
 */
export class ArgsortWorkspace {
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
  readonly perm: Uint32Array;
  readonly keyTmp: Uint32Array;
  readonly permTmp: Uint32Array;
  readonly tied: Uint8Array;
  /** keyTmp and permTmp, side by side. */
  private readonly scratch: ArrayBuffer;
  constructor(readonly size: number) {
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.perm = new Uint32Array(size);
    this.scratch = new ArrayBuffer(size * 8);
    this.keyTmp = new Uint32Array(this.scratch, 0, size);
    this.permTmp = new Uint32Array(this.scratch, size * 4, size);
    this.tied = new Uint8Array(size);
  }

  /**
   * `size` doubles over the sort's scratch (keyTmp, permTmp), free once a sort has returned and until the next one
   * starts: DeLong keeps the last model's components there instead of in 8 more bytes a row.
   */
  scratchFloat64(): Float64Array {
    return new Float64Array(this.scratch, 0, this.size);
  }
}

/** The caller's workspace when it holds n values, else a new one (freed with the result). */
function workspaceFor(n: number, workspace: ArgsortWorkspace | undefined): ArgsortWorkspace {
  return workspace && workspace.size >= n ? workspace : new ArgsortWorkspace(n);
}

// One double and its two 32-bit words: the key split reads each value once, without a copy of the whole column.
const SPLIT = new Float64Array(1);
const SPLIT_WORDS = new Uint32Array(SPLIT.buffer);

/** {@link argsortFloat64} that also reports the tie structure of the sorted values. */
export function argsortWithTies(values: Float64Array, rows?: Uint32Array, workspace?: ArgsortWorkspace): SortedOrder {
  const n = rows ? rows.length : values.length;
  const ws = workspaceFor(n, workspace);
  const { lo, hi, keyTmp, permTmp } = ws;
  const perm = ws.perm.subarray(0, n);
  const tied = ws.tied.subarray(0, n).fill(0);

  // Two 32-bit words per double; which one is the high word depends on the platform's byte order.
  for (let k = 0; k < n; k++) {
    SPLIT[0] = (rows ? values[rows[k]] : values[k]) + 0; // + 0 turns -0 into +0
    let h = SPLIT_WORDS[HI];
    let l = SPLIT_WORDS[LO];
    if (h & 0x80000000) {
      h = ~h;
      l = ~l;
    } else {
      h |= 0x80000000;
    }
    hi[k] = h >>> 0;
    lo[k] = l >>> 0;
    perm[k] = k;
  }
  sortSegment(hi, perm, keyTmp, permTmp, 0, n);

  // Order each run of equal high words by the low word, then position (stability); mark ties.
  let s = 0;
  while (s < n) {
    const h = hi[s];
    let e = s + 1;
    while (e < n && hi[e] === h) e++;
    if (e - s > 1) {
      // Exact ties (scores rounded to a few decimals make long runs of them) are already in position order.
      const l0 = lo[perm[s]];
      let t = s + 1;
      while (t < e && lo[perm[t]] === l0) t++;
      if (t === e) {
        tied.fill(1, s + 1, e);
      } else if (e - s <= INSERTION_MAX) {
        for (let j = s + 1; j < e; j++) {
          const p = perm[j];
          const key = lo[p];
          let i = j - 1;
          while (i >= s && (lo[perm[i]] > key || (lo[perm[i]] === key && perm[i] > p))) {
            perm[i + 1] = perm[i];
            i--;
          }
          perm[i + 1] = p;
        }
      } else {
        // Long run: gather its low words and radix-sort the run (stable, so position order is kept).
        for (let j = s; j < e; j++) keyTmp[j] = lo[perm[j]];
        sortSegment(keyTmp, perm, hi, permTmp, s, e); // hi[s..e) is all equal and no longer needed
      }
      if (t < e) for (let i = s + 1; i < e; i++) tied[i] = lo[perm[i]] === lo[perm[i - 1]] ? 1 : 0;
    }
    s = e;
  }
  return { order: perm, tied };
}

/**
 * {@link argsortWithTies} of a column given as dense ranks (equal values ⇔ equal ranks, order kept: see
 * {@link denseRanks}): the same order and ties, from a radix sort of one 32-bit word (two passes below 2^22
 * distinct values) instead of a double's two words. DeLong sorts each slice this way once the overall slice has
 * ranked the whole column.
 */
export function argsortRanksWithTies(rank: Uint32Array, rows: Uint32Array | undefined, workspace?: ArgsortWorkspace): SortedOrder {
  const n = rows ? rows.length : rank.length;
  const ws = workspaceFor(n, workspace);
  const { hi: key, keyTmp, permTmp } = ws;
  const perm = ws.perm.subarray(0, n);
  const tied = ws.tied.subarray(0, n);
  if (rows) for (let k = 0; k < n; k++) key[k] = rank[rows[k]];
  else key.set(rank.subarray(0, n));
  for (let k = 0; k < n; k++) perm[k] = k;
  sortSegment(key, perm, keyTmp, permTmp, 0, n);
  if (n > 0) tied[0] = 0;
  for (let j = 1; j < n; j++) tied[j] = key[j] === key[j - 1] ? 1 : 0;
  return { order: perm, tied };
}

/**
 * Dense ranks from a sorted order: out[row] = number of distinct values below the row's value, for the rows the
 * order covers (`rows[order[j]]`, or `order[j]` without rows).
 */
export function denseRanks(sorted: SortedOrder, rows: Uint32Array | undefined, out: Uint32Array): void {
  const { order, tied } = sorted;
  let r = 0;
  for (let j = 0; j < order.length; j++) {
    if (j > 0 && tied[j] === 0) r++;
    out[rows ? rows[order[j]] : order[j]] = r;
  }
}

const INSERTION_MAX = 48;
const BUCKETS = 2048;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = LITTLE_ENDIAN ? 1 : 0;

/**
 * Stable LSD radix sort of key[s..e) carrying perm[s..e) along, in place. keyTmp/permTmp are scratch; only
 * their [s, e) part is written.
 */
function sortSegment(
  key: Uint32Array,
  perm: Uint32Array,
  keyTmp: Uint32Array,
  permTmp: Uint32Array,
  s: number,
  e: number,
): void {
  const len = e - s;
  const hist = new Uint32Array(3 * BUCKETS);
  for (let k = s; k < e; k++) {
    const v = key[k];
    hist[v & 0x7ff]++;
    hist[BUCKETS + ((v >>> 11) & 0x7ff)]++;
    hist[2 * BUCKETS + (v >>> 22)]++;
  }
  let srcK = key;
  let srcP = perm;
  let dstK = keyTmp;
  let dstP = permTmp;
  for (let pass = 0; pass < 3; pass++) {
    const shift = pass * 11;
    const mask = pass === 2 ? 0x3ff : 0x7ff;
    const off = pass * BUCKETS;
    if (hist[off + ((srcK[s] >>> shift) & mask)] === len) continue; // every key has this digit
    let sum = s;
    for (let d = 0; d < BUCKETS; d++) {
      const c = hist[off + d];
      hist[off + d] = sum;
      sum += c;
    }
    for (let k = s; k < e; k++) {
      const v = srcK[k];
      const dst = hist[off + ((v >>> shift) & mask)]++;
      dstK[dst] = v;
      dstP[dst] = srcP[k];
    }
    const tk = srcK;
    srcK = dstK;
    dstK = tk;
    const tp = srcP;
    srcP = dstP;
    dstP = tp;
  }
  if (srcK !== key) {
    key.set(srcK.subarray(s, e), s);
    perm.set(srcP.subarray(s, e), s);
  }
}
