/**
 * Column shapes for the drift calibration suites: seeded samplers, and profiles built by the real profiler
 * (NumericAccumulator / CategoricalAccumulator), so the suites test what detect-data-change stores and compares.
 */
import { CategoricalAccumulator, NumericAccumulator } from '../../src/detect/profile.js';
import type { ColumnSummary } from '../../src/drift/summary.js';
import { createRng, type Rng } from '../../src/stats/rng.js';

export interface Shape {
  name: string;
  kind: 'numeric' | 'categorical';
  /** Draw n values (numeric) or category indices (categorical). */
  draw(rng: Rng, n: number, shifted: boolean): Float64Array | Int32Array;
  /** Categories (categorical shapes). */
  categories?: number;
  /** The shift a team would act on, in words. */
  shift: string;
}

const normal = (r: Rng) => Math.sqrt(-2 * Math.log(r.next())) * Math.cos(2 * Math.PI * r.next());

function numeric(name: string, shift: string, one: (r: Rng, shifted: boolean) => number): Shape {
  return {
    name,
    kind: 'numeric',
    shift,
    draw(r, n, shifted) {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = one(r, shifted);
      return out;
    },
  };
}

/** Zipf(s) over k categories; `moveTop` moves that share of the top category's rows to the others in proportion. */
function zipf(k: number, s: number, moveTop = 0.3): Shape {
  const w = Float64Array.from({ length: k }, (_, i) => 1 / Math.pow(i + 1, s));
  const total = w.reduce((a, b) => a + b, 0);
  const cdf = (shifted: boolean) => {
    const p = Float64Array.from(w, (x) => x / total);
    if (shifted) {
      const moved = p[0] * moveTop;
      p[0] -= moved;
      for (let i = 1; i < k; i++) p[i] += (moved * p[i]) / (1 - p[0] - moved);
    }
    const c = new Float64Array(k);
    let acc = 0;
    for (let i = 0; i < k; i++) c[i] = acc += p[i];
    c[k - 1] = 1;
    return c;
  };
  const base = cdf(false);
  const moved = cdf(true);
  return {
    name: k === 2 ? 'two categories 70/30' : `Zipf(${s}) over ${k.toLocaleString('en-US')} categories`,
    kind: 'categorical',
    categories: k,
    shift: `${moveTop * 100}% of the top category moved to the others`,
    draw(r, n, shifted) {
      const c = shifted ? moved : base;
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const u = r.next();
        let lo = 0;
        let hi = k - 1;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (c[mid] < u) lo = mid + 1;
          else hi = mid;
        }
        out[i] = lo;
      }
      return out;
    },
  };
}

function twoCategories(): Shape {
  return {
    name: 'two categories 70/30',
    kind: 'categorical',
    categories: 2,
    shift: '30% of the top category moved (70/30 → 49/51)',
    draw(r, n, shifted) {
      const p = shifted ? 0.49 : 0.7;
      return Int32Array.from({ length: n }, () => (r.next() < p ? 0 : 1));
    },
  };
}

function poisson(r: Rng, lambda: number): number {
  const l = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= r.next();
  } while (p > l);
  return k - 1;
}

export const SHAPES: Shape[] = [
  numeric('normal', '+0.3 sd mean shift', (r, s) => normal(r) + (s ? 0.3 : 0)),
  numeric('lognormal σ=2', '3× scale', (r, s) => Math.exp(2 * normal(r)) * (s ? 3 : 1)),
  numeric('lognormal σ=3', '3× scale', (r, s) => Math.exp(3 * normal(r)) * (s ? 3 : 1)),
  numeric('Pareto α=1.1', '3× scale', (r, s) => Math.pow(r.next(), -1 / 1.1) * (s ? 3 : 1)),
  numeric('Poisson(4) integers', '+0.3 sd mean shift (λ 4 → 4.6)', (r, s) => poisson(r, s ? 4.6 : 4)),
  numeric('three integers 0/1/2', 'weights 50/30/20 → 40/35/25', (r, s) => {
    const u = r.next();
    return s ? (u < 0.4 ? 0 : u < 0.75 ? 1 : 2) : u < 0.5 ? 0 : u < 0.8 ? 1 : 2;
  }),
  numeric('bimodal N(0,1)+N(4,1)', 'mixture weights 50/50 → 65/35', (r, s) => (r.next() < (s ? 0.65 : 0.5) ? normal(r) : 4 + normal(r))),
  numeric('zero-inflated amount (30% zeros)', '3× scale', (r, s) => (r.next() < 0.3 ? 0 : Math.exp(1.5 * normal(r)) * (s ? 3 : 1))),
  twoCategories(),
  zipf(300, 1.1),
  zipf(5000, 1),
];

/**
 * Shapes the bench adds (MLCI_DRIFT_LARGE): more categories than the profiler tracks one by one
 * (MAX_TRACKED_CATEGORIES = 10,000), so each side folds a different tail into `other`.
 */
export const WIDE_SHAPES: Shape[] = [zipf(20_000, 1)];

/** The profiler's summary of one side: values drawn from `shape` with this seed. */
export function profileSide(shape: Shape, n: number, seed: number, shifted = false, name = 'x'): ColumnSummary {
  return drawSide(shape, n, seed, shifted, name).summary;
}

/** One side's drawn values (numbers, or category indices) and the profiler's summary of them. */
export function drawSide(shape: Shape, n: number, seed: number, shifted = false, name = 'x'): { drawn: Float64Array | Int32Array; summary: ColumnSummary } {
  const drawn = shape.draw(createRng(seed), n, shifted);
  return { drawn, summary: summarize(shape, drawn, name) };
}

function summarize(shape: Shape, drawn: Float64Array | Int32Array, name: string): ColumnSummary {
  if (shape.kind === 'numeric') {
    const acc = new NumericAccumulator(name);
    acc.add({ kind: 'number', name, values: drawn as Float64Array, nullCount: 0 });
    return acc.summary();
  }
  const acc = new CategoricalAccumulator();
  const dictionary = Array.from({ length: shape.categories! }, (_, i) => `c${i}`);
  acc.add({ kind: 'string', name, codes: drawn as Int32Array, dictionary, nullCount: 0 });
  return acc.summary();
}
