import { argsortWithTies, type SortedOrder } from '../stats/argsort.js';
import type { MetricColumns } from './types.js';

/** A slice's rows in ascending score order, with tie groups and the labels laid out in that order. */
export interface ScoreOrder extends SortedOrder {
  /** positive[j] = 1 when the j-th lowest-scored row has label 1. */
  positive: Uint8Array;
}

/**
 * Shared `prepare` of the score-ordered binary metrics (auc, pr-auc): the stable ascending order of the slice's
 * scores (O(n) radix sort), its tie groups, and the labels copied into that order — so that each bootstrap
 * replicate is one sequential pass whose only random access is reading the replicate's weight of each row.
 */
export function prepareScoreOrder(cols: MetricColumns, rows: Uint32Array): ScoreOrder {
  const { order, tied } = argsortWithTies(cols.score, rows);
  const positive = new Uint8Array(order.length);
  for (let j = 0; j < order.length; j++) positive[j] = binaryLabel(cols.label, rows[order[j]]);
  return { order, tied, positive };
}

/** Internal: the prepared order, or a fresh one when none (or one for other rows) is given. */
export function scoreOrder(cols: MetricColumns, rows: Uint32Array, prepared: unknown): ScoreOrder {
  const p = prepared as ScoreOrder | undefined;
  if (p && p.positive instanceof Uint8Array && p.order.length === rows.length) return p;
  return prepareScoreOrder(cols, rows);
}

/** Internal: 1 for a positive label, 0 for a negative one; throws on anything else (files are validated upstream). */
export function binaryLabel(label: Float64Array, r: number): number {
  const y = label[r];
  if (y === 1) return 1;
  if (y === 0) return 0;
  throw new RangeError(`label at row ${r} is ${y}; binary metrics need 0 or 1`);
}
