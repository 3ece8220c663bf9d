import { argsortFloat64, argsortWithTies } from '../stats/argsort.js';
import type { MetricColumns, MetricDef } from './types.js';

/**
 * Query groups of a slice for ranking metrics: the slice's row positions k ordered by (query code, score
 * descending, k ascending) — ties in score are broken by row order — with `start[q]..start[q+1]` the positions
 * of the q-th query (queries in ascending code order).
 */
export interface QueryGroups {
  order: Uint32Array;
  start: Uint32Array;
}

// One grouping per (rows, score, query) triple: ndcg@k, mrr and map on the same slice share the two sorts.
const groupCache = new WeakMap<Uint32Array, WeakMap<Float64Array, { query: Int32Array; groups: QueryGroups }>>();

/** Groups the rows of a slice by query, each query's rows ranked by score (two O(n) radix sorts). */
export function queryGroups(cols: MetricColumns, rows: Uint32Array): QueryGroups {
  const query = cols.query;
  if (!query) throw new RangeError('ranking metrics need cols.query (one query code per row)');
  let byScore = groupCache.get(rows);
  const hit = byScore?.get(cols.score);
  if (hit && hit.query === query) return hit.groups;
  const len = rows.length;
  // Descending score, stable: ascending sort of −score keeps position order within ties.
  const neg = new Float64Array(len);
  for (let k = 0; k < len; k++) neg[k] = -cols.score[rows[k]];
  const byRank = argsortWithTies(neg).order;
  const codes = new Float64Array(len);
  for (let j = 0; j < len; j++) codes[j] = query[rows[byRank[j]]];
  const perm = argsortFloat64(codes); // stable: keeps the rank order inside each query
  const order = new Uint32Array(len);
  for (let j = 0; j < len; j++) order[j] = byRank[perm[j]];
  const starts: number[] = [];
  for (let j = 0; j < len; j++) if (j === 0 || codes[perm[j]] !== codes[perm[j - 1]]) starts.push(j);
  starts.push(len);
  const groups = { order, start: Uint32Array.from(starts) };
  if (!byScore) {
    byScore = new WeakMap();
    groupCache.set(rows, byScore);
  }
  byScore.set(cols.score, { query, groups });
  return groups;
}

/** Per-query metric values of a slice, computed once in `prepare`; a bootstrap replicate only reweights queries. */
interface PreparedRanking {
  perQuery: Float64Array;
  /** Query index (0..nq−1) of each row position k of the slice. */
  queryOf: Uint32Array;
}

/** Scratch buffer of relevances in rank order (resized as needed). */
let relScratch = new Float64Array(256);

function rankingMetric(name: string, perQuery: (rel: Float64Array, len: number) => number): MetricDef {
  const prepare = (cols: MetricColumns, rows: Uint32Array): PreparedRanking => {
    const { order, start } = queryGroups(cols, rows);
    const nq = start.length - 1;
    const values = new Float64Array(nq);
    const queryOf = new Uint32Array(rows.length);
    for (let q = 0; q < nq; q++) {
      const s = start[q];
      const len = start[q + 1] - s;
      if (relScratch.length < len) relScratch = new Float64Array(Math.max(len, 2 * relScratch.length));
      for (let j = 0; j < len; j++) {
        const k = order[s + j];
        const r = rows[k];
        const rel = cols.label[r];
        if (!(rel >= 0) || rel === Infinity) throw new RangeError(`relevance at row ${r} is ${rel}; expected a finite number ≥ 0`);
        relScratch[j] = rel;
        queryOf[k] = q;
      }
      values[q] = perQuery(relScratch, len);
    }
    return { perQuery: values, queryOf };
  };
  return {
    name,
    label: name.toUpperCase(),
    tasks: ['ranking'],
    direction: 'higher',
    family: 'resample',
    resampleUnit: 'query',
    prepare,
    /**
     * Mean over queries of the per-query value. Weights are per row like every metric's, but a replicate must
     * resample whole queries (the cluster bootstrap): all rows of a query carry the query's weight.
     */
    compute(cols: MetricColumns, rows: Uint32Array, prepared?: unknown, weights?: Uint32Array): number {
      const p = prepared as PreparedRanking | undefined;
      const { perQuery: values, queryOf } = p && p.queryOf.length === rows.length ? p : prepare(cols, rows);
      const nq = values.length;
      if (!weights) {
        let sum = 0;
        for (let q = 0; q < nq; q++) sum += values[q];
        return nq === 0 ? NaN : sum / nq;
      }
      if (weights.length !== rows.length) throw new RangeError(`${name}: ${weights.length} weights for ${rows.length} rows`);
      const qw = new Float64Array(nq).fill(-1);
      for (let k = 0; k < rows.length; k++) {
        const q = queryOf[k];
        const w = weights[k];
        if (qw[q] < 0) qw[q] = w;
        else if (qw[q] !== w) {
          throw new RangeError(`${name}: rows of one query have different bootstrap weights; resample whole queries`);
        }
      }
      let sum = 0;
      let wsum = 0;
      for (let q = 0; q < nq; q++) {
        sum += qw[q] * values[q];
        wsum += qw[q];
      }
      return wsum === 0 ? NaN : sum / wsum;
    },
  };
}

/**
 * NDCG@k of one query (Järvelin & Kekäläinen 2002, with the exponential gain of Burges et al. 2005):
 *   DCG@k = Σ_{i=1..min(k, L)} (2^{rel_i} − 1) / log₂(i + 1),  NDCG@k = DCG@k / IDCG@k
 * rel in rank order (score descending, ties by row order), IDCG the DCG of the relevances sorted descending.
 * A query without relevant items (IDCG = 0) scores 0, as sklearn's `ndcg_score` does. The slice's NDCG is
 * the mean over queries. (With 0/1 relevance, 2^rel − 1 = rel: equal to sklearn's `ndcg_score(ignore_ties=True)`
 * up to its tie order.)
 */
export function ndcgAtK(rel: Float64Array, len: number, k: number): number {
  const top = Math.min(k, len);
  let dcg = 0;
  for (let i = 0; i < top; i++) dcg += (Math.pow(2, rel[i]) - 1) / Math.log2(i + 2);
  const ideal = rel.slice(0, len).sort().reverse();
  let idcg = 0;
  for (let i = 0; i < top; i++) idcg += (Math.pow(2, ideal[i]) - 1) / Math.log2(i + 2);
  return idcg > 0 ? dcg / idcg : 0;
}

/** Reciprocal rank of one query: 1 / rank of the first item with rel > 0; 0 when there is none (Voorhees 1999). */
export function reciprocalRank(rel: Float64Array, len: number): number {
  for (let i = 0; i < len; i++) if (rel[i] > 0) return 1 / (i + 1);
  return 0;
}

/**
 * Average precision of one query (binary relevance rel > 0): Σ_{i relevant} precision@i / #relevant;
 * 0 when the query has no relevant item (trec_eval's convention). MAP is its mean over queries.
 */
export function queryAveragePrecision(rel: Float64Array, len: number): number {
  let hits = 0;
  let sum = 0;
  for (let i = 0; i < len; i++) {
    if (rel[i] > 0) {
      hits++;
      sum += hits / (i + 1);
    }
  }
  return hits === 0 ? 0 : sum / hits;
}

const ndcgCache = new Map<number, MetricDef>();

/** The `ndcg@k` metric (k = Infinity: `ndcg`, all positions). */
export function ndcgMetric(k = Infinity): MetricDef {
  let def = ndcgCache.get(k);
  if (!def) {
    def = rankingMetric(k === Infinity ? 'ndcg' : `ndcg@${k}`, (rel, len) => ndcgAtK(rel, len, k));
    ndcgCache.set(k, def);
  }
  return def;
}

export const mrr = rankingMetric('mrr', reciprocalRank);
export const map = rankingMetric('map', queryAveragePrecision);
