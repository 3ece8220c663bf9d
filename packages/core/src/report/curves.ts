import { argsortFloat64 } from '../stats/argsort.js';

/**
 * The curves of the HTML report, computed from a binary task's labels and scores on one slice's rows: ROC
 * (FPR, TPR), precision–recall (recall, precision) and the reliability diagram (mean score vs observed positive
 * rate per score bin). One descending sort per model and slice; thresholds are the distinct scores, so tied scores
 * make one step (Fawcett, "An introduction to ROC analysis", 2006, algorithm 2). Curves are thinned to at most
 * `maxPoints` vertices for drawing; the first and last points are always kept.
 */

export interface Curve {
  x: Float64Array;
  y: Float64Array;
}

export interface BinaryCurves {
  roc: Curve;
  pr: Curve;
  positives: number;
  negatives: number;
}

export const MAX_CURVE_POINTS = 200;

/**
 * Above this many rows the curves come from a fine score histogram instead of a sort (O(n) instead of O(n log n):
 * at 1,000,000 rows the sorts cost more than the gate's own judging). Each histogram point is an exact point of the
 * full curve — the threshold at a bin's lower edge — so the drawn curve, thinned to MAX_CURVE_POINTS anyway, keeps
 * only vertices the exact curve has.
 */
export const EXACT_CURVE_ROWS = 100_000;
/** Bins of that histogram: far more than the drawn vertices, so thinning, not binning, sets the curve's detail. */
export const CURVE_BINS = 1 << 16;

/** ROC and PR curves of `score` against `label` (1 = positive) over `rows`. Undefined without both classes. */
export function binaryCurves(label: ArrayLike<number>, score: Float64Array, rows: Uint32Array, maxPoints = MAX_CURVE_POINTS): BinaryCurves | undefined {
  const n = rows.length;
  let positives = 0;
  for (let k = 0; k < n; k++) if (label[rows[k]] === 1) positives++;
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return undefined;
  if (n > EXACT_CURVE_ROWS) return binnedCurves(label, score, rows, positives, negatives, maxPoints);
  const order = argsortFloat64(score, rows); // ascending; walk from the end for descending scores
  const fpr: number[] = [0];
  const tpr: number[] = [0];
  const rec: number[] = [];
  const prec: number[] = [];
  let tp = 0;
  let fp = 0;
  for (let j = n - 1; j >= 0; ) {
    const s = score[rows[order[j]]];
    // One threshold per distinct score: take the whole tie group.
    while (j >= 0 && score[rows[order[j]]] === s) {
      if (label[rows[order[j]]] === 1) tp++;
      else fp++;
      j--;
    }
    fpr.push(fp / negatives);
    tpr.push(tp / positives);
    rec.push(tp / positives);
    prec.push(tp / (tp + fp));
  }
  // PR starts at recall 0 with the precision of the highest threshold (scikit-learn's convention).
  rec.unshift(0);
  prec.unshift(prec[0]);
  return { roc: thin(fpr, tpr, maxPoints), pr: thin(rec, prec, maxPoints), positives, negatives };
}

/** The curves of a large slice from CURVE_BINS equal-width score bins, walked from the top bin down. */
function binnedCurves(label: ArrayLike<number>, score: Float64Array, rows: Uint32Array, positives: number, negatives: number, maxPoints: number): BinaryCurves {
  const n = rows.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < n; k++) {
    const s = score[rows[k]];
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  const bins = CURVE_BINS;
  const scale = hi > lo ? bins / (hi - lo) : 0;
  const pos = new Uint32Array(bins);
  const all = new Uint32Array(bins);
  for (let k = 0; k < n; k++) {
    const i = rows[k];
    const b = Math.min(bins - 1, Math.floor((score[i] - lo) * scale));
    all[b]++;
    if (label[i] === 1) pos[b]++;
  }
  const fpr: number[] = [0];
  const tpr: number[] = [0];
  const rec: number[] = [];
  const prec: number[] = [];
  let tp = 0;
  let fp = 0;
  for (let b = bins - 1; b >= 0; b--) {
    if (all[b] === 0) continue;
    tp += pos[b];
    fp += all[b] - pos[b];
    fpr.push(fp / negatives);
    tpr.push(tp / positives);
    rec.push(tp / positives);
    prec.push(tp / (tp + fp));
  }
  rec.unshift(0);
  prec.unshift(prec[0]);
  return { roc: thin(fpr, tpr, maxPoints), pr: thin(rec, prec, maxPoints), positives, negatives };
}

/** Every ⌈n / maxPoints⌉-th vertex plus the last: a deterministic thinning that keeps the curve's ends. */
export function thin(x: number[], y: number[], maxPoints: number): Curve {
  const n = x.length;
  if (n <= maxPoints) return { x: Float64Array.from(x), y: Float64Array.from(y) };
  const step = Math.ceil((n - 1) / (maxPoints - 1));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < n - 1; i += step) {
    xs.push(x[i]);
    ys.push(y[i]);
  }
  xs.push(x[n - 1]);
  ys.push(y[n - 1]);
  return { x: Float64Array.from(xs), y: Float64Array.from(ys) };
}

export interface ReliabilityBin {
  /** Bin bounds on the score axis. */
  lo: number;
  hi: number;
  count: number;
  meanScore: number;
  positiveRate: number;
}

/**
 * The reliability (calibration) diagram: `bins` equal-width score bins over [0, 1] (scores outside are clamped into
 * the end bins), each with its mean score and observed positive rate (Niculescu-Mizil & Caruana, "Predicting good
 * probabilities with supervised learning", ICML 2005). Empty bins have count 0 and are not drawn.
 */
export function reliabilityBins(label: ArrayLike<number>, score: Float64Array, rows: Uint32Array, bins = 10): ReliabilityBin[] {
  const count = new Float64Array(bins);
  const sumS = new Float64Array(bins);
  const sumY = new Float64Array(bins);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const s = score[i];
    const b = Math.min(bins - 1, Math.max(0, Math.floor(s * bins)));
    count[b]++;
    sumS[b] += s;
    sumY[b] += label[i] === 1 ? 1 : 0;
  }
  const out: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    out.push({ lo: b / bins, hi: (b + 1) / bins, count: count[b], meanScore: count[b] ? sumS[b] / count[b] : NaN, positiveRate: count[b] ? sumY[b] / count[b] : NaN });
  }
  return out;
}
