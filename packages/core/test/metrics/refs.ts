/**
 * Loads the committed reference data for the stats/metrics tests: fixtures/metrics/pred-2000 (written by
 * ../shared/bench/gen-predictions.mjs --rows 2000 --seed 11) and fixtures/metrics/metric-refs.json (written by
 * fixtures/make-metric-refs.py with scikit-learn / scipy / the gate's Python peer). Neither Python nor ../shared
 * is needed at test time.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixtureDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'metrics');

export const refs: any = JSON.parse(readFileSync(join(fixtureDir, 'metric-refs.json'), 'utf8'));

export interface Pred2000 {
  n: number;
  label: Float64Array;
  label01: Uint8Array;
  candidate: Float64Array;
  baseline: Float64Array;
  attrs: Record<string, string[]>;
}

function readCsv(path: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

let cached: Pred2000 | undefined;

/** The 2,000-row paired predictions, joined on id and ordered by id (as the Python script does). */
export function pred2000(): Pred2000 {
  if (cached) return cached;
  const cand = readCsv(join(fixtureDir, 'pred-2000', 'candidate.csv'));
  const base = readCsv(join(fixtureDir, 'pred-2000', 'baseline.csv'));
  const n = cand.rows.length;
  const baseById = new Map(base.rows.map((r) => [Number(r[0]), Number(r[1])]));
  const byId = [...cand.rows].sort((a, b) => Number(a[0]) - Number(b[0]));
  const label = new Float64Array(n);
  const candidate = new Float64Array(n);
  const baseline = new Float64Array(n);
  const attrs: Record<string, string[]> = {};
  for (const c of cand.header.slice(3)) attrs[c] = [];
  byId.forEach((r, i) => {
    label[i] = Number(r[1]);
    candidate[i] = Number(r[2]);
    const b = baseById.get(Number(r[0]));
    if (b === undefined) throw new Error(`baseline lacks id ${r[0]}`);
    baseline[i] = b;
    cand.header.slice(3).forEach((c, j) => attrs[c].push(r[3 + j]));
  });
  cached = { n, label, label01: Uint8Array.from(label), candidate, baseline, attrs };
  return cached;
}

/** Row indices of a slice key used in metric-refs.json: `overall` or `col=value`. */
export function sliceRows(d: Pred2000, key: string): Uint32Array {
  if (key === 'overall') return Uint32Array.from({ length: d.n }, (_, i) => i);
  const [col, val] = key.split('=');
  const out: number[] = [];
  d.attrs[col].forEach((v, i) => {
    if (v === val) out.push(i);
  });
  return Uint32Array.from(out);
}

/** |a − b| ≤ tol·max(1, |b|): absolute near zero, relative for large values. */
export function close(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}

/** |a − b| ≤ rel·|b| (for p-values spanning many decades). */
export function relClose(a: number, b: number, rel: number): boolean {
  return a === b || Math.abs(a - b) <= rel * Math.abs(b);
}
