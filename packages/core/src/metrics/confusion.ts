/** Confusion counts of one model at one threshold (weighted counts when weights are given). */
export interface ConfusionCounts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/**
 * Confusion counts: a row is predicted positive when score ≥ threshold (STATS.md report conventions);
 * labels must be 0 or 1. `rows` selects a slice; `weights[i]` multiplies row rows[i] (bootstrap replicate).
 * One pass over typed arrays, no per-row objects.
 */
export function confusionCounts(
  labels: Float64Array | Uint8Array,
  scores: Float64Array,
  threshold: number,
  rows?: Uint32Array,
  weights?: Uint32Array,
): ConfusionCounts {
  const len = rows ? rows.length : labels.length;
  // Index 2·label + predicted: [tn, fp, fn, tp].
  const c = [0, 0, 0, 0];
  for (let i = 0; i < len; i++) {
    const r = rows ? rows[i] : i;
    const y = labels[r];
    if (y !== 0 && y !== 1) throw new RangeError(`label at row ${r} is ${y}; binary metrics need 0 or 1`);
    c[2 * y + (scores[r] >= threshold ? 1 : 0)] += weights ? weights[i] : 1;
  }
  return { tp: c[3], fp: c[1], tn: c[0], fn: c[2] };
}

/**
 * The 8-cell paired table of two models on the same rows: cell index = label·4 + predA·2 + predB, with
 * pred = score ≥ threshold. Count metrics of both models and McNemar's discordant pairs are functions of
 * it, and a Multinomial(n; cells/n) draw has exactly the distribution of the row-bootstrap cells
 * (STATS.md "Methods"), so a replicate costs O(1) instead of O(n).
 */
export function pairedCells(
  labels: Float64Array | Uint8Array,
  scoresA: Float64Array,
  scoresB: Float64Array,
  threshold: number,
  rows?: Uint32Array,
): Float64Array {
  const cells = new Float64Array(8);
  const len = rows ? rows.length : labels.length;
  for (let i = 0; i < len; i++) {
    const r = rows ? rows[i] : i;
    const y = labels[r];
    if (y !== 0 && y !== 1) throw new RangeError(`label at row ${r} is ${y}; binary metrics need 0 or 1`);
    cells[4 * y + (scoresA[r] >= threshold ? 2 : 0) + (scoresB[r] >= threshold ? 1 : 0)]++;
  }
  return cells;
}

/** Confusion counts of model A (model 0) or B (model 1) from the 8 paired cells (or a multinomial draw of them). */
export function countsFromCells(cells: ArrayLike<number>, model: 0 | 1): ConfusionCounts {
  if (model === 0) {
    // predA is bit 2 of the cell index.
    return { tp: cells[6] + cells[7], fn: cells[4] + cells[5], fp: cells[2] + cells[3], tn: cells[0] + cells[1] };
  }
  // predB is bit 1.
  return { tp: cells[5] + cells[7], fn: cells[4] + cells[6], fp: cells[1] + cells[3], tn: cells[0] + cells[2] };
}

/**
 * McNemar's discordant counts from the paired cells: b = A right and B wrong (label 1: A+ B−, label 0: A− B+),
 * c = the reverse. Feed to stats `mcnemarExact(b, c)`.
 */
export function discordantFromCells(cells: ArrayLike<number>): { b: number; c: number } {
  return { b: cells[6] + cells[1], c: cells[5] + cells[2] };
}
