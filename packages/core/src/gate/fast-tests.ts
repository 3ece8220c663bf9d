import { createRng, pairedMeansBootstrap, pairedMeansDelta, type PairedMeans } from '../stats/index.js';
import { pairedClassCells, type MetricColumns, type MetricDef, type PairedClassCells } from '../metrics/index.js';
import { streamSeed } from './format.js';
import type { Slice } from './slices.js';

/**
 * Paired tests for metrics that declare a fast form (see MetricDef.unitStats / fromConfusion): ranking (query
 * bootstrap over per-query values), regression (delta method on per-row statistics, their bootstrap below 1,000
 * rows) and multiclass (multinomial over the joint class cells, exact McNemar for accuracy). The caller turns the
 * result into a CI and p-values exactly as for every other test.
 */
export interface FastOutcome {
  method: 'bootstrap' | 'delta' | 'bootstrap-multinomial';
  /** Bootstrap replicates of Δ = candidate − baseline. */
  deltas?: Float64Array;
  /** Delta method: the standard error of Δ. */
  se?: number;
  /** Accuracy: discordant pairs, candidate right & baseline wrong (better) and the reverse (worse). */
  discordant?: { better: number; worse: number };
}

/** Units below which the delta method is not trusted (the same rule as the normal approximation of mean losses). */
export const DELTA_MIN_UNITS = 1000;

const meanOnly = (m: Float64Array) => m[0];
const zero = () => 0;

// The joint class cells of a slice, shared by accuracy and macro-f1.
const cellCache = new WeakMap<Uint32Array, PairedClassCells>();
// Bootstrap replicates of the slice's unit metrics, computed together (keyed by the slice's rows).
const unitCache = new WeakMap<Uint32Array, Map<MetricDef, Float64Array>>();

export function fastPairedTest(def: MetricDef, slice: Slice, colsA: MetricColumns, colsB: MetricColumns, prepA: unknown,
  prepB: unknown, B: number, seed: number, siblings: MetricDef[] = []): FastOutcome | undefined {
  const rows = slice.rows;
  if (def.fromConfusion && colsA.scores2d && colsB.scores2d) {
    let cells = cellCache.get(rows);
    if (!cells) {
      cells = pairedClassCells(colsA.label, colsA.scores2d, colsB.scores2d, rows);
      cellCache.set(rows, cells);
    }
    const { k, label, predA, predB, count } = cells;
    const m = count.length;
    const rng = createRng(streamSeed(seed, `${slice.key}|classes`));
    const draw = new Float64Array(m);
    const confA = new Float64Array(k * k);
    const confB = new Float64Array(k * k);
    const deltas = new Float64Array(B);
    for (let b = 0; b < B; b++) {
      // A multinomial draw of n rows over the joint cells = the cell counts of a row bootstrap, O(cells).
      rng.multinomial(rows.length, count, draw);
      confA.fill(0);
      confB.fill(0);
      for (let j = 0; j < m; j++) {
        confA[label[j] * k + predA[j]] += draw[j];
        confB[label[j] * k + predB[j]] += draw[j];
      }
      deltas[b] = def.fromConfusion(confA, k) - def.fromConfusion(confB, k);
    }
    const out: FastOutcome = { method: 'bootstrap-multinomial', deltas };
    if (def.name === 'accuracy') {
      let better = 0;
      let worse = 0;
      for (let j = 0; j < m; j++) {
        if (label[j] === predA[j] && label[j] !== predB[j]) better += count[j];
        else if (label[j] === predB[j] && label[j] !== predA[j]) worse += count[j];
      }
      out.discordant = { better, worse };
    }
    return out;
  }
  if (def.unitStats && def.fromMeans) {
    const pairOf = (m: MetricDef, pa: unknown, pb: unknown): PairedMeans => {
      const statsA = m.unitStats!(colsA, rows, pa);
      const statsB = m.unitStats!(colsB, rows, pb);
      if (!m.meanOfUnits) return { statsA, statsB, fA: m.fromMeans!, fB: m.fromMeans! };
      // Δ of two means = the mean of per-unit differences: one statistic per unit to resample instead of two.
      const diff = new Float64Array(statsA[0].length);
      for (let u = 0; u < diff.length; u++) diff[u] = statsA[0][u] - statsB[0][u];
      return { statsA: [diff], statsB: [], fA: meanOnly, fB: zero };
    };
    const p = pairOf(def, prepA, prepB);
    const units = p.statsA[0].length;
    if (def.unitTest === 'delta' && units >= DELTA_MIN_UNITS) return { method: 'delta', se: pairedMeansDelta(p).se };
    // The policy's other bootstrapped unit metrics share this slice's unit draws: one pass for all of them (the draws,
    // not the metrics, cost O(U) per replicate), cached until evaluate asks for them.
    let cached = unitCache.get(rows);
    if (!cached?.has(def)) {
      const group = [def, ...siblings.filter((m) => m !== def && m.unitStats && m.fromMeans && !(m.unitTest === 'delta' && units >= DELTA_MIN_UNITS)
        && (m.resampleUnit ?? 'row') === (def.resampleUnit ?? 'row'))];
      const parts = group.map((m) => (m === def ? p : pairOf(m, m.prepare?.(colsA, rows), m.prepare?.(colsB, rows))));
      const reps = pairedMeansBootstrap(parts, B, createRng(streamSeed(seed, `${slice.key}|units`)));
      cached = new Map(group.map((m, i) => [m, reps[i]]));
      unitCache.set(rows, cached);
    }
    return { method: 'bootstrap', deltas: cached.get(def)! };
  }
  return undefined;
}
