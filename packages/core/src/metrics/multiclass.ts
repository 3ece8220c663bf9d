import type { MetricColumns, MetricDef } from './types.js';

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

/** Multiclass accuracy: share of rows whose argmax class equals the label (sklearn `accuracy_score`). */
export function multiclassAccuracy(cols: MetricColumns, rows: Uint32Array, _prepared?: unknown, weights?: Uint32Array): number {
  const s = classScores(cols);
  let hit = 0;
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    const r = rows[i];
    if (argmaxRow(s, r) === classOf(cols.label, r, s.length)) hit += w;
    total += w;
  }
  return total === 0 ? NaN : hit / total;
}

/**
 * Macro-averaged F1: the unweighted mean over classes of F1_c = 2·tp_c / (2·tp_c + fp_c + fn_c), taken over the
 * classes that occur in the labels or the predictions of these rows — sklearn's `f1_score(average='macro')`,
 * whose labels are `unique_labels(y_true, y_pred)`. NaN for an empty slice.
 */
export function macroF1(cols: MetricColumns, rows: Uint32Array, _prepared?: unknown, weights?: Uint32Array): number {
  const s = classScores(cols);
  const k = s.length;
  const tp = new Float64Array(k);
  const fp = new Float64Array(k);
  const fn = new Float64Array(k);
  for (let i = 0; i < rows.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    const r = rows[i];
    const pred = argmaxRow(s, r);
    const y = classOf(cols.label, r, k);
    if (pred === y) tp[y] += w;
    else {
      fp[pred] += w;
      fn[y] += w;
    }
  }
  let sum = 0;
  let present = 0;
  for (let c = 0; c < k; c++) {
    const den = 2 * tp[c] + fp[c] + fn[c];
    if (den > 0) {
      sum += (2 * tp[c]) / den;
      present++;
    }
  }
  return present === 0 ? NaN : sum / present;
}

export const multiclassAccuracyMetric: MetricDef = {
  name: 'accuracy',
  tasks: ['multiclass'],
  direction: 'higher',
  family: 'resample',
  compute: multiclassAccuracy,
};

export const macroF1Metric: MetricDef = {
  name: 'macro-f1',
  tasks: ['multiclass'],
  direction: 'higher',
  family: 'resample',
  compute: macroF1,
};
