import { argsortFloat64, argsortWithTies } from '../stats/argsort.js';
import type { MetricColumns, MetricDef } from './types.js';

/**
 * Query groups of a slice for ranking metrics: the slice's row positions k ordered by (query code, score
 * descending, k ascending), with `start[q]..start[q+1]` the positions of the q-th query (queries in ascending code
 * order). Items tied in score form a tie group; the metrics below take the expected value over every order of a tie
 * group, so the row order of the file never changes a result.
 */
export interface QueryGroups {
  order: Uint32Array;
  start: Uint32Array;
}

// One grouping per (rows, score, query) triple: ndcg@k, mrr and map on the same slice share the two sorts.
const groupCache = new WeakMap<Uint32Array, WeakMap<Float64Array, { query: Int32Array; groups: QueryGroups }>>();

/** Groups the rows of a slice by query, each query's rows ranked by score (a radix sort by score, a counting sort by query). */
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
  let min = 0;
  let max = -1;
  for (let k = 0; k < len; k++) {
    const q = query[rows[k]];
    if (k === 0 || q < min) min = q;
    if (k === 0 || q > max) max = q;
  }
  let groups: QueryGroups;
  const span = max - min + 1;
  if (span <= 4 * len + 1024) {
    // Query codes are small integers (dictionary codes): a stable counting sort of the rank order, O(n + span).
    const next = new Uint32Array(span + 1);
    for (let j = 0; j < len; j++) next[query[rows[byRank[j]]] - min + 1]++;
    let nq = 0;
    for (let c = 1; c <= span; c++) if (next[c] > 0) nq++;
    const start = new Uint32Array(nq + 1);
    for (let c = 0, q = 0; c < span; c++) {
      if (next[c + 1] > 0) start[q++] = next[c];
      next[c + 1] += next[c];
    }
    start[nq] = len;
    const order = new Uint32Array(len);
    for (let j = 0; j < len; j++) {
      const k = byRank[j];
      order[next[query[rows[k]] - min]++] = k;
    }
    groups = { order, start };
  } else {
    const codes = new Float64Array(len);
    for (let j = 0; j < len; j++) codes[j] = query[rows[byRank[j]]];
    const perm = argsortFloat64(codes); // stable: keeps the rank order inside each query
    const order = new Uint32Array(len);
    for (let j = 0; j < len; j++) order[j] = byRank[perm[j]];
    const starts: number[] = [];
    for (let j = 0; j < len; j++) if (j === 0 || codes[perm[j]] !== codes[perm[j - 1]]) starts.push(j);
    starts.push(len);
    groups = { order, start: Uint32Array.from(starts) };
  }
  if (!byScore) {
    byScore = new WeakMap();
    groupCache.set(rows, byScore);
  }
  byScore.set(cols.score, { query, groups });
  return groups;
}

/** Number of distinct queries among `rows` (min-support for ranking counts queries: they are the resampled units). */
export function queryCount(query: Int32Array, rows: Uint32Array): number {
  let max = 0;
  let min = 0;
  for (let k = 0; k < rows.length; k++) {
    const q = query[rows[k]];
    if (q > max) max = q;
    if (q < min) min = q;
  }
  const seen = new Uint8Array(max - min + 1);
  let count = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = query[rows[k]] - min;
    if (!seen[i]) {
      seen[i] = 1;
      count++;
    }
  }
  return count;
}

/**
 * One query in rank order for a per-query metric: `rel[0..len)` the relevances by descending score, and `tieEnd[j]`
 * the end (exclusive) of the tie group holding position j. Within a tie group the relevances are sorted descending,
 * so the floating-point sums do not depend on the file's row order either.
 */
export type PerQuery = (rel: Float64Array, tieEnd: Uint32Array, len: number) => number;

/** Per-query metric values of a slice, computed once in `prepare`; a bootstrap replicate only reweights queries. */
interface PreparedRanking {
  perQuery: Float64Array;
  /** Query index (0..nq−1) of each row position k of the slice. */
  queryOf: Uint32Array;
}

// 0..n−1, shared by every ranking metric so the grouping cache (keyed by the rows array) sorts all rows once.
let allRows = new Uint32Array(0);
function identityRows(n: number): Uint32Array {
  if (allRows.length !== n) {
    allRows = new Uint32Array(n);
    for (let i = 0; i < n; i++) allRows[i] = i;
  }
  return allRows;
}

/** Scratch buffers (resized as needed). */
let relScratch = new Float64Array(256);
let tieScratch = new Uint32Array(256);
let idealScratch = new Float64Array(256);

function descending(a: number, b: number): number {
  return b - a;
}

function rankingMetric(name: string, perQuery: PerQuery): MetricDef {
  const prepareSorted = (cols: MetricColumns, rows: Uint32Array): PreparedRanking => {
    const { order, start } = queryGroups(cols, rows);
    const nq = start.length - 1;
    const values = new Float64Array(nq);
    const queryOf = new Uint32Array(rows.length);
    const score = cols.score;
    for (let q = 0; q < nq; q++) {
      const s = start[q];
      const len = start[q + 1] - s;
      if (relScratch.length < len) {
        relScratch = new Float64Array(Math.max(len, 2 * relScratch.length));
        tieScratch = new Uint32Array(relScratch.length);
      }
      for (let j = 0; j < len; j++) {
        const k = order[s + j];
        const r = rows[k];
        const rel = cols.label[r];
        if (!(rel >= 0) || rel === Infinity) throw new RangeError(`relevance at row ${r} is ${rel}; expected a finite number ≥ 0`);
        relScratch[j] = rel;
        queryOf[k] = q;
      }
      // Tie groups: runs of equal score (rank order is descending score, so equal scores are adjacent).
      let g = 0;
      for (let j = 1; j <= len; j++) {
        if (j === len || score[rows[order[s + j]]] !== score[rows[order[s + g]]]) {
          if (j - g > 1) relScratch.subarray(g, j).sort(descending);
          for (let i = g; i < j; i++) tieScratch[i] = j;
          g = j;
        }
      }
      values[q] = perQuery(relScratch, tieScratch, len);
    }
    return { perQuery: values, queryOf };
  };
  // Per-query values over ALL rows of the columns, by query code, computed once per (metric, columns). A query's value
  // depends only on its own rows, so a slice made of whole queries (the gate's slices are: gate/data.ts checks it)
  // takes its values from here — the same numbers, in the same ascending-code order, without sorting again.
  const fullCache = new WeakMap<Float64Array, { label: Float64Array; query: Int32Array; min: number; value: Float64Array; count: Uint32Array }>();
  const full = (cols: MetricColumns, query: Int32Array) => {
    const hit = fullCache.get(cols.score);
    if (hit && hit.label === cols.label && hit.query === query) return hit;
    const n = query.length;
    const all = identityRows(n);
    const { perQuery: values } = prepareSorted(cols, all);
    const { order, start } = queryGroups(cols, all);
    let min = 0;
    let max = -1;
    for (let i = 0; i < n; i++) {
      const c = query[i];
      if (i === 0 || c < min) min = c;
      if (i === 0 || c > max) max = c;
    }
    const value = new Float64Array(max - min + 1);
    const count = new Uint32Array(max - min + 1);
    for (let q = 0; q + 1 < start.length; q++) {
      const c = query[order[start[q]]] - min;
      value[c] = values[q];
      count[c] = start[q + 1] - start[q];
    }
    const f = { label: cols.label, query, min, value, count };
    fullCache.set(cols.score, f);
    return f;
  };
  const prepare = (cols: MetricColumns, rows: Uint32Array): PreparedRanking => {
    const query = cols.query;
    if (!query) throw new RangeError('ranking metrics need cols.query (one query code per row)');
    const f = full(cols, query);
    const span = f.value.length;
    const inSlice = new Uint32Array(span);
    for (let k = 0; k < rows.length; k++) inSlice[query[rows[k]] - f.min]++;
    const index = new Uint32Array(span);
    let nq = 0;
    for (let c = 0; c < span; c++) {
      if (inSlice[c] === 0) continue;
      if (inSlice[c] !== f.count[c]) return prepareSorted(cols, rows); // part of a query: rank what is there
      index[c] = nq++;
    }
    const values = new Float64Array(nq);
    for (let c = 0; c < span; c++) if (inSlice[c] > 0) values[index[c]] = f.value[c];
    const queryOf = new Uint32Array(rows.length);
    for (let k = 0; k < rows.length; k++) queryOf[k] = index[query[rows[k]] - f.min];
    return { perQuery: values, queryOf };
  };
  const prepared = (cols: MetricColumns, rows: Uint32Array, p?: unknown): PreparedRanking => {
    const r = p as PreparedRanking | undefined;
    return r && r.queryOf.length === rows.length ? r : prepare(cols, rows);
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
    compute(cols: MetricColumns, rows: Uint32Array, p?: unknown, weights?: Uint32Array): number {
      const { perQuery: values, queryOf } = prepared(cols, rows, p);
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
    // The query bootstrap resamples these per-query values (queries in ascending code order, the same for both models).
    unitStats: (cols, rows, p) => [prepared(cols, rows, p).perQuery],
    fromMeans: (means) => means[0],
    unitTest: 'bootstrap',
    meanOfUnits: true,
  };
}

/** log₂(i + 2): the DCG discount of 0-based position i. */
function discount(i: number): number {
  return Math.log2(i + 2);
}

/**
 * NDCG@k of one query (Järvelin & Kekäläinen 2002, with the exponential gain of Burges et al. 2005):
 *   DCG@k = Σ_{i=1..min(k, L)} (2^{rel_i} − 1) / log₂(i + 1),  NDCG@k = DCG@k / IDCG@k
 * rel in rank order, IDCG the DCG of the relevances sorted descending. Tied scores: the expected DCG over every
 * order of each tie group, i.e. each position of the group gets the group's mean gain (McSherry & Najork 2008,
 * "Computing information retrieval performance measures efficiently in the presence of tied scores"; sklearn's
 * `ndcg_score` with ignore_ties=False). A query without relevant items (IDCG = 0) scores 0, as in `ndcg_score`.
 * sklearn's gain is linear (y_true itself): pass 2**rel − 1 as y_true to reproduce these values.
 */
export function ndcgAtK(rel: Float64Array, tieEnd: Uint32Array, len: number, k: number): number {
  const top = Math.min(k, len);
  let dcg = 0;
  for (let g = 0; g < top;) {
    const end = tieEnd[g];
    let gain = 0;
    for (let i = g; i < end; i++) gain += Math.pow(2, rel[i]) - 1;
    let disc = 0;
    for (let i = g; i < Math.min(end, top); i++) disc += 1 / discount(i);
    dcg += (gain / (end - g)) * disc;
    g = end;
  }
  if (idealScratch.length < len) idealScratch = new Float64Array(Math.max(len, 2 * idealScratch.length));
  const ideal = idealScratch.subarray(0, len);
  ideal.set(rel.subarray(0, len));
  ideal.sort(); // ascending (a typed-array sort without comparator is fast): read it from the end
  let idcg = 0;
  for (let i = 0; i < top; i++) idcg += (Math.pow(2, ideal[len - 1 - i]) - 1) / discount(i);
  return idcg > 0 ? dcg / idcg : 0;
}

/**
 * Reciprocal rank of one query: 1 / rank of the first item with rel > 0; 0 when there is none (Voorhees 1999).
 * Tied scores: the expectation over orders of the first tie group holding a relevant item. With s items ranked
 * before that group of m items, r of them relevant, the first relevant one lands at s + X where
 * P(X = 1) = r/m and P(X = j + 1) = P(X = j)·(m − j − r + 1)/(m − j).
 */
export function reciprocalRank(rel: Float64Array, tieEnd: Uint32Array, len: number): number {
  for (let g = 0; g < len;) {
    const end = tieEnd[g];
    let r = 0;
    for (let i = g; i < end; i++) if (rel[i] > 0) r++;
    if (r > 0) {
      const m = end - g;
      let p = r / m;
      let e = 0;
      for (let j = 1; j <= m - r + 1; j++) {
        e += p / (g + j);
        p *= (m - j - r + 1) / (m - j);
      }
      return e;
    }
    g = end;
  }
  return 0;
}

/**
 * Average precision of one query (binary relevance rel > 0): Σ_{i relevant} precision@i / #relevant; 0 when the
 * query has no relevant item (trec_eval's convention). MAP is its mean over queries. Tied scores: the expectation
 * over orders of each tie group. For a group after s items (h relevant among them) with m items, r relevant, a
 * relevant item sits at group position j with probability r/m and then has on average (j − 1)(r − 1)/(m − 1)
 * relevant items before it inside the group, so the group adds Σ_{j=1..m} (r/m)·(h + 1 + (j−1)(r−1)/(m−1))/(s + j).
 */
export function queryAveragePrecision(rel: Float64Array, tieEnd: Uint32Array, len: number): number {
  let hits = 0;
  let sum = 0;
  for (let g = 0; g < len;) {
    const end = tieEnd[g];
    const m = end - g;
    let r = 0;
    for (let i = g; i < end; i++) if (rel[i] > 0) r++;
    if (r > 0) {
      if (m === 1) sum += (hits + 1) / (g + 1);
      else for (let j = 1; j <= m; j++) sum += ((r / m) * (hits + 1 + ((j - 1) * (r - 1)) / (m - 1))) / (g + j);
      hits += r;
    }
    g = end;
  }
  return hits === 0 ? 0 : sum / hits;
}

const ndcgCache = new Map<number, MetricDef>();

/** The `ndcg@k` metric (k = Infinity: `ndcg`, all positions). */
export function ndcgMetric(k = Infinity): MetricDef {
  let def = ndcgCache.get(k);
  if (!def) {
    def = rankingMetric(k === Infinity ? 'ndcg' : `ndcg@${k}`, (rel, tieEnd, len) => ndcgAtK(rel, tieEnd, len, k));
    ndcgCache.set(k, def);
  }
  return def;
}

export const mrr = rankingMetric('mrr', reciprocalRank);
export const map = rankingMetric('map', queryAveragePrecision);
