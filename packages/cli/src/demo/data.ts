/**
 * The demo's tabular data, generated from a seed (no committed files): credit applications with a default label and
 * an `age_band` subgroup column. Features: `debt_ratio` (debt over income), `income` (thousands), `late_payments`
 * (in the last two years), `region`. The label is drawn from a logistic model of the features, so a logistic
 * regression can learn it; `shiftOlder` makes the data change the demo's second run sees: more applicants aged 65+,
 * with lower incomes, whose labels no longer follow their debt ratio (as when a new source labels them differently).
 */
import { UserError } from '@mlci/core';
import { createRng, type Rng } from '@mlci/core/stats/rng';

export const AGE_BANDS = ['18-25', '26-40', '41-64', '65+'] as const;
export const REGIONS = ['north', 'south', 'east', 'west'] as const;
export const COLUMNS = ['id', 'age_band', 'region', 'income', 'debt_ratio', 'late_payments', 'label'] as const;

export interface Application {
  id: number;
  ageBand: (typeof AGE_BANDS)[number];
  region: (typeof REGIONS)[number];
  income: number;
  debtRatio: number;
  latePayments: number;
  label: 0 | 1;
}

export interface GenerateOptions {
  rows: number;
  seed: number;
  /** First id (ids are unique across the files of one demo). */
  firstId: number;
  /** The second run's data change: the 65+ band grows, earns less, and its labels stop following the debt ratio. */
  shiftOlder?: boolean;
}

/** Standard normal by Box–Muller (one of the pair; the stream stays simple to follow). */
function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

function pick<T>(rng: Rng, values: readonly T[], weights: readonly number[]): T {
  let u = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < values.length; i++) {
    u -= weights[i];
    if (u <= 0) return values[i];
  }
  return values[values.length - 1];
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

export function generate(o: GenerateOptions): Application[] {
  const rng = createRng(o.seed);
  const bandWeights = o.shiftOlder ? [0.15, 0.25, 0.25, 0.35] : [0.2, 0.35, 0.3, 0.15];
  const bandEffect = { '18-25': 0.4, '26-40': 0, '41-64': -0.2, '65+': 0.1 } as const;
  const out: Application[] = [];
  for (let i = 0; i < o.rows; i++) {
    const ageBand = pick(rng, AGE_BANDS, bandWeights);
    const region = pick(rng, REGIONS, [0.3, 0.3, 0.2, 0.2]);
    const older = ageBand === '65+';
    const income = round(Math.exp(Math.log(older && o.shiftOlder ? 30 : 45) + 0.4 * normal(rng)), 1);
    const debtRatio = round(Math.min(1.5, Math.max(0, 0.35 + 0.15 * normal(rng))), 3);
    const latePayments = Math.min(9, Math.floor(-Math.log(rng.next()) * 0.8));
    const dz = (debtRatio - 0.35) / 0.15;
    const iz = (Math.log(income) - Math.log(45)) / 0.4;
    // The second run's 65+ labels follow income and late payments only: the debt ratio no longer tells.
    const debtSlope = older && o.shiftOlder ? 0 : 1.6;
    const z = -1.3 + debtSlope * dz + 0.6 * latePayments - 0.5 * iz + bandEffect[ageBand];
    const label = rng.next() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
    out.push({ id: o.firstId + i, ageBand, region, income, debtRatio, latePayments, label });
  }
  return out;
}

export function toCsv(rows: readonly Application[]): string {
  const lines = [COLUMNS.join(',')];
  for (const r of rows) lines.push([r.id, r.ageBand, r.region, r.income, r.debtRatio, r.latePayments, r.label].join(','));
  return lines.join('\n') + '\n';
}

/** Parse a CSV written by toCsv (the demo's own files; the header must match). */
export function fromCsv(text: string, file: string): Application[] {
  const lines = text.split('\n').filter((l) => l !== '');
  if (lines[0] !== COLUMNS.join(',')) throw new UserError(`${file}: expected the header ${COLUMNS.join(',')}`, { file, line: 1 });
  return lines.slice(1).map((l, i) => {
    const c = l.split(',');
    if (c.length !== COLUMNS.length) throw new UserError(`${file}, line ${i + 2}: expected ${COLUMNS.length} fields`, { file, line: i + 2 });
    return {
      id: Number(c[0]), ageBand: c[1] as Application['ageBand'], region: c[2] as Application['region'],
      income: Number(c[3]), debtRatio: Number(c[4]), latePayments: Number(c[5]), label: c[6] === '1' ? 1 : 0,
    };
  });
}
