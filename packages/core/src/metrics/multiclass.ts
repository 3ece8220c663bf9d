import type { MetricColumns, MetricDef } from './types.js';

/**
 * Multiclass metrics over ONE class list: the K classes of the policy's `columns.scores`, for both models, every
 * slice and every bootstrap replicate — so a model is never judged on a different set of classes than the other.
 */

/** Internal: the predicted class of row r = argmax over classes (the first class on ties, like numpy's argmax). */
function argmaxRow(scores2d: Float64Array[], r: number): number {
  let best = 0;
  let bestScore = scores2d[0][r];
  for (let c = 1; c < scores2d.length; c++) {
    const s = scores2d[c][r];
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

function classScores(cols: MetricColumns): Float64Array[] {
  const s = cols.scores2d;
  if (!s || s.length < 2) throw new RangeError('multiclass metrics need cols.scores2d with one score array per class (≥ 2)');
  return s;
}

function classOf(label: Float64Array, r: number, k: number): number {
  const y = label[r];
  if (!Number.isInteger(y) || y < 0 || y >= k) throw new RangeError(`label at row ${r} is ${y}; expected a class index 0..${k - 1}`);
  return y;
}

/** Predicted class (argmax, first class on ties) of each of `rows`: one pass over the K score columns. */
export function predictedClasses(scores2d: Float64Array[], rows: Uint32Array): Uint32Array {
  const n = rows.length;
  const pred = new Uint32Array(n);
  const best = new Float64Array(n);
  const s0 = scores2d[0];
  for (let i = 0; i < n; i++) best[i] = s0[rows[i]];
  // Column at a time (monomorphic loops over typed arrays); strict > keeps the first class on ties.
  for (let c = 1; c < scores2d.length; c++) {
    const s = scores2d[c];
    for (let i = 0; i < n; i++) {
      const x = s[rows[i]];
      if (x > best[i]) {
        best[i] = x;
        pred[i] = c;
      }
    }
  }
  return pred;
}

/** K×K confusion matrix conf[true·K + predicted] of `rows` (weighted by `weights` when given). */
function confusion(cols: MetricColumns, rows: Uint32Array, weights?: Uint32Array): { conf: Float64Array; k: number } {
  const s = classScores(cols);
  const k = s.length;
  const conf = new Float64Array(k * k);
  for (let i = 0; i < rows.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    const r = rows[i];
    conf[classOf(cols.label, r, k) * k + argmaxRow(s, r)] += w;
  }
  return { conf, k };
}

/** Accuracy from a confusion matrix: trace / total; NaN when empty. */
export function accuracyFromConfusion(conf: Float64Array, k: number): number {
  let hit = 0;
  let total = 0;
  for (let t = 0; t < k; t++) {
    for (let p = 0; p < k; p++) total += conf[t * k + p];
    hit += conf[t * k + t];
  }
  return total === 0 ? NaN : hit / total;
}

/**
 * Macro F1 from a confusion matrix: the mean over ALL K classes of F1_c = 2·tp_c / (2·tp_c + fp_c + fn_c), where a
 * class with no true rows and no predictions (tp = fp = fn = 0) counts F1 = 0 — sklearn's
 * `f1_score(y, pred, labels=range(K), average='macro', zero_division=0)` (its default for 0/0 too). Such a class
 * lowers both models' value by the same 1/K and leaves Δ unchanged. NaN when empty.
 */
export function macroF1FromConfusion(conf: Float64Array, k: number): number {
  let sum = 0;
  let total = 0;
  for (let c = 0; c < k; c++) {
    let rowSum = 0; // tp + fn
    let colSum = 0; // tp + fp
    for (let j = 0; j < k; j++) {
      rowSum += conf[c * k + j];
      colSum += conf[j * k + c];
    }
    total += rowSum;
    const tp = conf[c * k + c];
    const den = rowSum + colSum; // 2·tp + fp + fn
    if (den > 0) sum += (2 * tp) / den;
  }
  return total === 0 ? NaN : sum / k;
}

/** Multiclass accuracy: share of rows whose argmax class equals the label (sklearn `accuracy_score`). */
export function multiclassAccuracy(cols: MetricColumns, rows: Uint32Array, _prepared?: unknown, weights?: Uint32Array): number {
  const { conf, k } = confusion(cols, rows, weights);
  return accuracyFromConfusion(conf, k);
}

/** Macro-averaged F1 over the K classes of `cols.scores2d` (see {@link macroF1FromConfusion}). NaN for an empty slice. */
export function macroF1(cols: MetricColumns, rows: Uint32Array, _prepared?: unknown, weights?: Uint32Array): number {
  const { conf, k } = confusion(cols, rows, weights);
  return macroF1FromConfusion(conf, k);
}

/**
 * The non-empty joint cells (label, candidate class, baseline class) of a slice: cell j holds `count[j]` rows
 * with true class `label[j]`, candidate class `predA[j]`, baseline class `predB[j]`. Cells come out in ascending
 * code order (label·K² + predA·K + predB), independent of the row order. A multinomial draw of the slice size over
 * these counts is exactly the distribution of the cell counts of a row bootstrap.
 */
export interface PairedClassCells {
  k: number;
  label: Uint32Array;
  predA: Uint32Array;
  predB: Uint32Array;
  count: Float64Array;
}

export function pairedClassCells(label: Float64Array, scoresA: Float64Array[], scoresB: Float64Array[], rows: Uint32Array): PairedClassCells {
  const k = scoresA.length;
  if (scoresB.length !== k) throw new RangeError(`pairedClassCells: ${k} candidate classes but ${scoresB.length} baseline classes`);
  const pa = predictedClasses(scoresA, rows);
  const pb = predictedClasses(scoresB, rows);
  const counts = new Map<number, number>();
  const dense = k * k * k <= 1 << 20 ? new Float64Array(k * k * k) : undefined;
  for (let i = 0; i < rows.length; i++) {
    const code = (classOf(label, rows[i], k) * k + pa[i]) * k + pb[i];
    if (dense) dense[code]++;
    else counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const codes: number[] = [];
  if (dense) {
    for (let c = 0; c < dense.length; c++) if (dense[c] > 0) codes.push(c);
  } else {
    codes.push(...counts.keys());
    codes.sort((x, y) => x - y);
  }
  const m = codes.length;
  const out: PairedClassCells = { k, label: new Uint32Array(m), predA: new Uint32Array(m), predB: new Uint32Array(m), count: new Float64Array(m) };
  codes.forEach((code, j) => {
    out.label[j] = Math.floor(code / (k * k));
    out.predA[j] = Math.floor(code / k) % k;
    out.predB[j] = code % k;
    out.count[j] = dense ? dense[code] : counts.get(code)!;
  });
  return out;
}

export const multiclassAccuracyMetric: MetricDef = {
  name: 'accuracy',
  tasks: ['multiclass'],
  direction: 'higher',
  family: 'resample',
  compute: multiclassAccuracy,
  fromConfusion: accuracyFromConfusion,
};

export const macroF1Metric: MetricDef = {
  name: 'macro-f1',
  tasks: ['multiclass'],
  direction: 'higher',
  family: 'resample',
  compute: macroF1,
  fromConfusion: macroF1FromConfusion,
};
