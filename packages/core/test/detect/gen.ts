/**
 * Deterministic tabular data for tests: a small port of ../shared/bench/gen-dataset.mjs `table` mode (same columns,
 * same options), so tests need nothing outside the repository.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface TableOptions {
  rows: number;
  seed?: number;
  /** Move a numeric column's mean by this many standard deviations. */
  shift?: Record<string, number>;
  /** Drop this fraction of rows at random. */
  dropRows?: number;
  dropCol?: string;
  addCol?: string;
  /** Map one category to another: { country: ['US', 'XX'] }. */
  recode?: Record<string, [string, string]>;
}

export function tableCsv(o: TableOptions): string {
  let s = (o.seed ?? 1) >>> 0;
  const u = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  const pick = (d: Array<[string, number]>) => {
    let x = u();
    let last = d[0][0];
    for (const [k, p] of d) {
      last = k;
      if ((x -= p) <= 0) return k;
    }
    return last;
  };
  const shift = o.shift ?? {};
  const countries: Array<[string, number]> = [['US', 0.4], ['GB', 0.15], ['DE', 0.12], ['IN', 0.18], ['BR', 0.1], ['NG', 0.05]];
  const devices: Array<[string, number]> = [['web', 0.5], ['ios', 0.25], ['android', 0.25]];
  const gen: Record<string, () => string> = {
    amount: () => Math.exp(3.5 + 1.1 * (normal() + (shift.amount ?? 0))).toFixed(2),
    age: () => String(Math.max(18, Math.min(95, Math.round(42 + 14 * (normal() + (shift.age ?? 0)))))),
    score: () => (600 + 90 * (normal() + (shift.score ?? 0))).toFixed(1),
    hour: () => String(Math.min(23, Math.max(0, Math.floor(24 * u() + (shift.hour ?? 0) * 6.9)))),
    country: () => pick(countries),
    device: () => pick(devices),
  };
  const cols = ['id', ...Object.keys(gen), 'label'].filter((c) => c !== o.dropCol);
  if (o.addCol) cols.splice(cols.length - 1, 0, o.addCol);
  const lines = [cols.join(',')];
  for (let i = 0; i < o.rows; i++) {
    const r: Record<string, string> = { id: String(i) };
    for (const [c, g] of Object.entries(gen)) r[c] = g();
    for (const [c, [from, to]] of Object.entries(o.recode ?? {})) if (r[c] === from) r[c] = to;
    r.label = u() < 1 / (1 + Math.exp(-(-3 + 0.0008 * Number(r.amount) + (Number(r.hour) < 6 ? 1 : 0)))) ? '1' : '0';
    if (o.addCol) r[o.addCol] = (u() * 100).toFixed(3);
    if ((o.dropRows ?? 0) > 0 && u() < o.dropRows!) continue;
    lines.push(cols.map((c) => r[c]).join(','));
  }
  return lines.join('\n') + '\n';
}

export function writeTable(path: string, o: TableOptions): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, tableCsv(o));
}
