import { ArgsortWorkspace, argsortRanksWithTies, argsortWithTies, denseRanks } from './argsort.js';

/** Result of {@link delongPaired}: both AUCs and the DeLong covariance matrix S of (aucA, aucB). */
export interface DelongResult {
  aucA: number;
  aucB: number;
  /** S11: variance of aucA. */
  varA: number;
  /** S22: variance of aucB. */
  varB: number;
  /** S12: covariance of aucA and aucB (the pairing: both models scored the same rows). */
  cov: number;
  /** Var(aucA − aucB) = S11 + S22 − 2·S12, computed directly from the per-row differences (never negative). */
  varDelta: number;
  /** m: rows with label 1. */
  positives: number;
  /** n: rows with label 0. */
  negatives: number;
}

/**
 * Paired DeLong test inputs for two models scored on the same rows: DeLong, DeLong & Clarke-Pearson (1988),
 * "Comparing the areas under two or more correlated ROC curves", with the fast algorithm of Sun & Xu (2014),
 * "Fast implementation of DeLong's algorithm", IEEE Signal Processing Letters 21(11).
 *
 * With m positives and n negatives, T_z the midranks over all scores, T_x over positives, T_y over negatives:
 *   AUC    = Σ_{i∈pos} T_z,i / (m·n) − (m+1)/(2n)
 *   V10_i  = (T_z,i − T_x,i) / n        (positive i; = share of negatives scored below it, ties counting ½)
 *   V01_j  = 1 − (T_z,j − T_y,j) / m    (negative j; = share of positives scored above it, ties counting ½)
 *   S      = cov(V10)/m + cov(V01)/n    (2×2 over the two models, ddof = 1)
 *   Var(Δ) = S11 + S22 − 2·S12
 * Ties get midranks, so a tie between a positive and a negative counts ½ (the Mann–Whitney convention).
 *
 * Implementation: per model, one stable radix argsort (O(n), {@link argsortFloat64}) and one walk over the tie
 * groups in score order give T_z − T_x = Q + q/2 for a positive (Q negatives strictly below, q tied) and
 * T_z − T_y = P + p/2 for a negative, so no rank arrays are stored. AUC numerators are sums of halves of
 * integers and are exact in doubles; covariances are two-pass (centred) for accuracy. Var(Δ) is the variance
 * of the per-row differences V_A − V_B, equal to S11 + S22 − 2·S12 but free of cancellation.
 *
 * `labels`: 1 positive, 0 negative (anything else throws: the caller validates files). `rows` selects a slice
 * (indices into the columns) without copying the columns. With fewer than 2 positives or negatives the
 * variances are NaN (ddof 1); with none, the AUCs are NaN too.
 */
export function delongPaired(
  labels: Uint8Array | Float64Array,
  a: Float64Array,
  b: Float64Array,
  rows?: Uint32Array,
  ranks?: DelongRanks,
): DelongResult {
  if (a.length !== labels.length || b.length !== labels.length) {
    throw new RangeError(`delongPaired: labels (${labels.length}), a (${a.length}) and b (${b.length}) differ in length`);
  }
  const len = rows ? rows.length : labels.length;
  const { ws, vA, isPos } = scratchFor(len);
  let m = 0;
  for (let k = 0; k < len; k++) {
    const r = rows ? rows[k] : k;
    const y = labels[r];
    if (y === 1) {
      isPos[k] = 1;
      m++;
    } else if (y === 0) {
      isPos[k] = 0;
    } else {
      throw new RangeError(`delongPaired: label at row ${r} is ${y}; expected 0 or 1`);
    }
  }
  const n = len - m;
  if (m === 0 || n === 0) {
    return { aucA: NaN, aucB: NaN, varA: NaN, varB: NaN, cov: NaN, varDelta: NaN, positives: m, negatives: n };
  }

  // The two sorts share their scratch: model A's order is no longer needed when model B's is built. Model B's
  // components go into the sort's scratch, free once its sort is done (every entry is written).
  const vB = ws.scratchFloat64();
  const aucA = structuralComponents(a, rows, isPos, m, n, vA, ws, ranks && [ranks.a, ranks.use]);
  const aucB = structuralComponents(b, rows, isPos, m, n, vB, ws, ranks && [ranks.b, ranks.use]);

  // Two-pass centred sums; the mean of V10 over positives and of V01 over negatives both equal the AUC.
  let pAA = 0, pBB = 0, pAB = 0, pDD = 0;
  let nAA = 0, nBB = 0, nAB = 0, nDD = 0;
  for (let k = 0; k < len; k++) {
    const da = vA[k] - aucA;
    const db = vB[k] - aucB;
    const dd = da - db;
    if (isPos[k] === 1) {
      pAA += da * da;
      pBB += db * db;
      pAB += da * db;
      pDD += dd * dd;
    } else {
      nAA += da * da;
      nBB += db * db;
      nAB += da * db;
      nDD += dd * dd;
    }
  }
  if (m < 2 || n < 2) {
    return { aucA, aucB, varA: NaN, varB: NaN, cov: NaN, varDelta: NaN, positives: m, negatives: n };
  }
  const fm = 1 / ((m - 1) * m); // cov with ddof 1, then / m
  const fn = 1 / ((n - 1) * n);
  return {
    aucA,
    aucB,
    varA: pAA * fm + nAA * fn,
    varB: pBB * fm + nBB * fn,
    cov: pAB * fm + nAB * fn,
    varDelta: pDD * fm + nDD * fn,
    positives: m,
    negatives: n,
  };
}

/**
 * Scratch of one call (~30 bytes a row: the argsort's, model A's components, the label bytes), kept for the next
 * call on this thread up to CACHED_ROWS rows: the gate runs DeLong once per slice, and allocating and collecting
 * 30 MB per million-row slice cost more garbage-collector time than the sorts saved. Larger slices get their own,
 * freed after the call (the 10,000,000-row memory budget counts on it). Every entry read is written first.
 */
const CACHED_ROWS = 1 << 20;
let cached: { ws: ArgsortWorkspace; vA: Float64Array; isPos: Uint8Array } | undefined;

function scratchFor(len: number): { ws: ArgsortWorkspace; vA: Float64Array; isPos: Uint8Array } {
  const make = (size: number) => ({ ws: new ArgsortWorkspace(size), vA: new Float64Array(size), isPos: new Uint8Array(size) });
  if (len > CACHED_ROWS) return make(len);
  if (!cached || cached.ws.size < len) cached = make(Math.max(len, 1024));
  return cached;
}

/**
 * Dense ranks of both models' scores over every row (argsort.ts `denseRanks`): `use` sorts a slice by its rows'
 * ranks (same order and ties as sorting the scores, faster); `fill` sorts the scores and writes the ranks of the rows
 * sorted (the overall slice, which covers every row, fills them for the slices judged after it).
 */
export interface DelongRanks {
  a: Uint32Array;
  b: Uint32Array;
  use: 'use' | 'fill';
}

/**
 * Fills v with V10 (positives) / V01 (negatives) for one model and returns its AUC.
 * Hand-written loop over the argsort: one pass over tie groups, no per-row objects.
 */
function structuralComponents(
  score: Float64Array,
  rows: Uint32Array | undefined,
  isPos: Uint8Array,
  m: number,
  n: number,
  v: Float64Array,
  ws: ArgsortWorkspace,
  ranks?: [Uint32Array, 'use' | 'fill'],
): number {
  let sorted;
  if (ranks?.[1] === 'use') sorted = argsortRanksWithTies(ranks[0], rows, ws);
  else {
    sorted = argsortWithTies(score, rows, ws);
    if (ranks) denseRanks(sorted, rows, ranks[0]);
  }
  const { order, tied } = sorted;
  const len = order.length;
  let below = 0; // P + Q: rows strictly below the current tie group
  let posBelow = 0; // P
  let twiceSum = 0; // Σ over positives of 2·(Q + q/2), an integer: exact
  let s = 0;
  while (s < len) {
    let e = s + 1;
    while (e < len && tied[e] === 1) e++;
    let p = 0;
    for (let j = s; j < e; j++) p += isPos[order[j]];
    const q = e - s - p;
    const negBelow = below - posBelow;
    const v10 = (negBelow + q / 2) / n;
    const v01 = 1 - (posBelow + p / 2) / m;
    for (let j = s; j < e; j++) {
      const k = order[j];
      v[k] = isPos[k] === 1 ? v10 : v01;
    }
    twiceSum += p * (2 * negBelow + q);
    below += e - s;
    posBelow += p;
    s = e;
  }
  return twiceSum / (2 * m * n);
}

