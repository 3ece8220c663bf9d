/**
 * The demo's model: logistic regression fitted by full-batch gradient descent on the log loss with a small L2
 * penalty (e.g. Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, 2nd ed., §4.4). Deterministic:
 * zero start, a fixed step and a fixed number of steps, the rows in file order. The `full` features give each age
 * band its own debt-ratio slope, so the model can learn (and unlearn) how debt relates to default in one subgroup;
 * `debt-only` is the simple model that serves before the demo's first run.
 */
import { AGE_BANDS, type Application } from './data.js';

export const MODEL_SCHEMA = 'mlci.demo.model/v1';
export type FeatureSet = 'full' | 'debt-only';

export interface Model {
  schema: typeof MODEL_SCHEMA;
  name: string;
  features: FeatureSet;
  /** Names of the weights, in order (the first is the intercept). */
  terms: string[];
  weights: number[];
  /** Standardisation learnt from the training rows: debt ratio and log income. */
  scale: { debtMean: number; debtSd: number; logIncomeMean: number; logIncomeSd: number };
  trainedOn: { rows: number; positives: number };
}

export function termsOf(features: FeatureSet): string[] {
  if (features === 'debt-only') return ['intercept', 'debt_ratio'];
  return [
    'intercept', 'late_payments', 'log_income', ...AGE_BANDS.slice(1).map((b) => `age_band=${b}`),
    ...AGE_BANDS.map((b) => `debt_ratio:age_band=${b}`),
  ];
}

function row(a: Application, features: FeatureSet, s: Model['scale'], out: Float64Array): void {
  const dz = (a.debtRatio - s.debtMean) / s.debtSd;
  out[0] = 1;
  if (features === 'debt-only') {
    out[1] = dz;
    return;
  }
  out[1] = a.latePayments;
  out[2] = (Math.log(a.income) - s.logIncomeMean) / s.logIncomeSd;
  const band = AGE_BANDS.indexOf(a.ageBand);
  for (let b = 1; b < AGE_BANDS.length; b++) out[2 + b] = band === b ? 1 : 0;
  for (let b = 0; b < AGE_BANDS.length; b++) out[2 + AGE_BANDS.length + b] = band === b ? dz : 0;
}

function meanSd(xs: Float64Array): [number, number] {
  let m = 0;
  for (const x of xs) m += x;
  m /= xs.length;
  let v = 0;
  for (const x of xs) v += (x - m) ** 2;
  return [m, Math.sqrt(v / xs.length) || 1];
}

export interface FitOptions {
  name: string;
  features: FeatureSet;
  steps?: number;
  learningRate?: number;
  l2?: number;
}

export function fit(rows: readonly Application[], o: FitOptions): Model {
  const n = rows.length;
  const [debtMean, debtSd] = meanSd(Float64Array.from(rows, (r) => r.debtRatio));
  const [logIncomeMean, logIncomeSd] = meanSd(Float64Array.from(rows, (r) => Math.log(r.income)));
  const scale = { debtMean, debtSd, logIncomeMean, logIncomeSd };
  const terms = termsOf(o.features);
  const k = terms.length;
  const X = new Float64Array(n * k);
  const x = new Float64Array(k);
  rows.forEach((r, i) => {
    row(r, o.features, scale, x);
    X.set(x, i * k);
  });
  const w = new Float64Array(k);
  const grad = new Float64Array(k);
  const steps = o.steps ?? 400;
  const lr = o.learningRate ?? 0.5;
  const l2 = o.l2 ?? 1e-3;
  for (let t = 0; t < steps; t++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let j = 0; j < k; j++) z += w[j] * X[i * k + j];
      const err = 1 / (1 + Math.exp(-z)) - rows[i].label;
      for (let j = 0; j < k; j++) grad[j] += err * X[i * k + j];
    }
    for (let j = 0; j < k; j++) w[j] -= lr * (grad[j] / n + (j === 0 ? 0 : l2 * w[j]));
  }
  return {
    schema: MODEL_SCHEMA, name: o.name, features: o.features, terms,
    weights: Array.from(w, (v) => Number(v.toFixed(6))), scale,
    trainedOn: { rows: n, positives: rows.reduce((a, r) => a + r.label, 0) },
  };
}

/** Probability of default for each row. */
export function score(model: Model, rows: readonly Application[]): Float64Array {
  const x = new Float64Array(model.weights.length);
  return Float64Array.from(rows, (r) => {
    row(r, model.features, model.scale, x);
    let z = 0;
    for (let j = 0; j < x.length; j++) z += model.weights[j] * x[j];
    return 1 / (1 + Math.exp(-z));
  });
}

/** AUC by the rank-sum (Mann–Whitney U / n₊n₋), ties counting ½: for the training's metrics.json. */
export function rocAuc(labels: readonly (0 | 1)[], scores: Float64Array): number {
  const order = Array.from(scores.keys()).sort((a, b) => scores[a] - scores[b]);
  let rankSum = 0;
  let pos = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++;
    const rank = (i + j + 2) / 2;
    for (let t = i; t <= j; t++) if (labels[order[t]] === 1) {
      rankSum += rank;
      pos++;
    }
    i = j + 1;
  }
  const neg = order.length - pos;
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}

/** The gate's input: one row per evaluation application, with the slice columns. */
export function predictionsCsv(rows: readonly Application[], scores: Float64Array): string {
  const lines = ['id,label,score,age_band,region'];
  rows.forEach((r, i) => lines.push(`${r.id},${r.label},${scores[i].toFixed(6)},${r.ageBand},${r.region}`));
  return lines.join('\n') + '\n';
}
