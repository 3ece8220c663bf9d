import type { MetricColumns, MetricDef, Task } from './types.js';

/**
 * Weighted mean of a per-row loss over the rows of a slice: Σ wᵢ·ℓ(yᵢ, sᵢ) / Σ wᵢ (plain mean without weights).
 * NaN for an empty slice or when any row's loss is NaN (e.g. mape at label 0).
 */
export function meanOfRows(
  perRow: (label: number, score: number) => number,
  cols: MetricColumns,
  rows: Uint32Array,
  weights?: Uint32Array,
): number {
  const { label, score } = cols;
  let sum = 0;
  let wsum = 0;
  if (weights) {
    for (let i = 0; i < rows.length; i++) {
      const w = weights[i];
      if (w === 0) continue;
      const r = rows[i];
      sum += w * perRow(label[r], score[r]);
      wsum += w;
    }
  } else {
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      sum += perRow(label[r], score[r]);
    }
    wsum = rows.length;
  }
  return wsum === 0 ? NaN : sum / wsum;
}

/** A 'mean'-family metric: the gate can test it on paired per-row differences perRow(y, a) − perRow(y, b). */
export function meanMetric(
  name: string,
  tasks: Task[],
  direction: 'higher' | 'lower',
  perRow: (label: number, score: number) => number,
  probability = false,
  label?: string,
): MetricDef {
  return {
    name,
    label,
    tasks,
    direction,
    family: 'mean',
    probability,
    perRow,
    compute: (cols, rows, _prepared, weights) => meanOfRows(perRow, cols, rows, weights),
  };
}
