import { describe, test, expect } from '@jest/globals';
import { compareColumn, compareTables, parseDriftPolicy, DEFAULT_DRIFT_POLICY, type NumericSummary, type CategoricalSummary, type TableProfile } from '../../src/drift/index.js';

/** A numeric summary as the profiler would build it from exact values. */
function numeric(values: number[], keepValues = values.length <= 1000): NumericSummary {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  const mean = v.reduce((s, x) => s + x, 0) / n;
  const std = Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  const q = Array.from({ length: 201 }, (_, i) => {
    const h = (n - 1) * (i / 200);
    const j = Math.floor(h);
    return j >= n - 1 ? v[n - 1] : v[j] + (h - j) * (v[j + 1] - v[j]);
  });
  const d = new Map<number, number>();
  for (const x of v) d.set(x, (d.get(x) ?? 0) + 1);
  return {
    kind: 'numeric', count: n, nulls: 0, min: v[0], max: v[n - 1], mean, std, integer: v.every(Number.isInteger),
    quantiles: q, sampleSize: n, ...(keepValues ? { values: v } : {}), ...(d.size <= 64 ? { distinct: [...d].sort((a, b) => a[0] - b[0]) } : {}),
  };
}
function categorical(counts: Record<string, number>): CategoricalSummary {
  const top = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const count = top.reduce((s, [, c]) => s + c, 0);
  return { kind: 'categorical', count, nulls: 0, top, other: 0, distinct: top.length, distinctCapped: false };
}
/** Deterministic normal sample (Box–Muller on a fixed LCG). */
function normals(n: number, mean: number, sd: number, seed = 1): number[] {
  let s = seed;
  const u = () => ((s = (s * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
  return Array.from({ length: n }, () => mean + sd * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()));
}

describe('size-aware defaults (STATS.md)', () => {
  test('small numeric reference → KS on exact values', () => {
    const ref = numeric(normals(500, 0, 1, 1));
    const same = compareColumn('x', ref, numeric(normals(500, 0, 1, 2)))!;
    const moved = compareColumn('x', ref, numeric(normals(500, 0.5, 1, 3)))!;
    expect(same.test).toBe('ks');
    expect(same.drifted).toBe(false);
    expect(moved.drifted).toBe(true);
    expect(moved.value).toBeLessThan(1e-3);
    expect(moved.statistic).toBeGreaterThan(0.15);
  });
  test('small categorical → chi-square; two values → two-proportion z; ≤ 5 numeric values are categories', () => {
    const chi = compareColumn('c', categorical({ a: 300, b: 150, c: 50 }), categorical({ a: 200, b: 250, c: 50 }))!;
    expect([chi.test, chi.drifted]).toEqual(['chi-square', true]);
    const z = compareColumn('flag', categorical({ yes: 400, no: 600 }), categorical({ yes: 410, no: 590 }))!;
    expect([z.test, z.drifted]).toEqual(['z', false]);
    const label = compareColumn('label', numeric([...Array(900).fill(0), ...Array(100).fill(1)]), numeric([...Array(700).fill(0), ...Array(300).fill(1)]))!;
    expect([label.kind, label.test, label.drifted]).toEqual(['categorical', 'z', true]);
  });
  test('large references → normalised Wasserstein and Jensen–Shannon, PSI beside', () => {
    const ref = numeric(normals(5000, 100, 10, 4), false);
    const w = compareColumn('x', ref, numeric(normals(5000, 103, 10, 5), false))!;
    expect(w.test).toBe('wasserstein');
    expect(w.value).toBeGreaterThan(0.2);
    expect(w.value).toBeLessThan(0.4);
    expect(w.drifted).toBe(true);
    expect(w.psi).toBeGreaterThan(0.05);
    const quiet = compareColumn('x', ref, numeric(normals(5000, 100, 10, 6), false))!;
    expect(quiet.drifted).toBe(false);
    const js = compareColumn('c', categorical({ a: 3000, b: 1500, c: 500 }), categorical({ a: 1500, b: 3000, c: 500 }))!;
    expect([js.test, js.drifted]).toEqual(['jensen-shannon', true]);
  });
  test('a policy overrides test and threshold; a numeric test on categories is a UserError', () => {
    const ref = numeric(normals(5000, 100, 10, 4), false);
    const cur = numeric(normals(5000, 103, 10, 5), false);
    expect(compareColumn('x', ref, cur, { threshold: 0.5 })!.drifted).toBe(false);
    expect(compareColumn('x', ref, cur, { test: 'psi' })!.test).toBe('psi');
    expect(compareColumn('x', ref, cur, { test: 'ks' })!.drifted).toBe(true);
    expect(() => compareColumn('c', categorical({ a: 1 }), categorical({ a: 1 }), { test: 'ks' }, 1000, 'drift.yml')).toThrow(/drift\.yml: column 'c' holds categories; test 'ks' needs numbers/);
  });
});

describe('tables', () => {
  const base: TableProfile = {
    rows: 1000,
    columns: [
      { name: 'x', type: 'float', summary: numeric(normals(1000, 0, 1, 1)) },
      { name: 'y', type: 'float', summary: numeric(normals(1000, 5, 2, 2)) },
      { name: 'c', type: 'string', summary: categorical({ a: 600, b: 400 }) },
      { name: 'gone', type: 'integer', summary: numeric(Array.from({ length: 1000 }, (_, i) => i % 7)) },
    ],
  };
  test('schema: added, removed, retyped (integer → float is not a retype)', () => {
    const cur: TableProfile = {
      rows: 1000,
      columns: [
        { name: 'x', type: 'integer', summary: numeric(normals(1000, 0, 1, 3).map(Math.round)) },
        { name: 'y', type: 'string', summary: categorical({ q: 1000 }) },
        { name: 'c', type: 'string', summary: categorical({ a: 590, b: 410 }) },
        { name: 'new', type: 'float', summary: numeric(normals(1000, 0, 1, 4)) },
      ],
    };
    const r = compareTables('t', base, cur, DEFAULT_DRIFT_POLICY);
    expect(r.schema).toEqual({ added: [{ column: 'new', type: 'float' }], removed: [{ column: 'gone', type: 'integer' }], retyped: [{ column: 'y', from: 'float', to: 'string' }] });
    expect(r.schemaChanged).toBe(true);
  });
  test('rows dropped beyond max-row-drop; drift share; critical columns; ignore', () => {
    const cur: TableProfile = {
      rows: 979,
      columns: [
        { name: 'x', type: 'float', summary: numeric(normals(979, 0.6, 1, 5)) },
        { name: 'y', type: 'float', summary: numeric(normals(979, 5, 2, 6)) },
        { name: 'c', type: 'string', summary: categorical({ a: 590, b: 389 }) },
        { name: 'gone', type: 'integer', summary: numeric(Array.from({ length: 979 }, (_, i) => i % 7)) },
      ],
    };
    const r = compareTables('t', base, cur, DEFAULT_DRIFT_POLICY);
    expect(r.rowsDropped).toBe(true);
    expect(r.columns.filter((c) => c.drifted).map((c) => c.column)).toEqual(['x']);
    expect(r.drift).toBe(false);
    const crit = compareTables('t', base, cur, parseDriftPolicy('critical: [x]\nmax-row-drop: 5%\n', 'p.yml'));
    expect([crit.drift, crit.criticalDrifted, crit.rowsDropped]).toEqual([true, ['x'], false]);
    const share = compareTables('t', base, cur, parseDriftPolicy('drift-share: 0.25\nignore: [gone]\n', 'p.yml'));
    expect([share.drift, share.skipped, share.columns.length]).toEqual([true, ['gone'], 3]);
  });
});

describe('drift policy', () => {
  test('defaults', () => {
    expect(DEFAULT_DRIFT_POLICY).toEqual({ 'drift-share': 0.5, 'max-row-drop': 0.01, critical: [], ignore: [], 'small-reference': 1000, columns: {} });
  });
  test('per-column rules and percentages', () => {
    const p = parseDriftPolicy('max-row-drop: "2.5%"\ncolumns:\n  amount: { test: psi, threshold: 0.25, critical: true }\n', 'd.yml');
    expect(p['max-row-drop']).toBeCloseTo(0.025, 12);
    expect(p.columns.amount).toEqual({ test: 'psi', threshold: 0.25, critical: true });
  });
  test('mistakes name the file, line and key', () => {
    expect(() => parseDriftPolicy('drift-share: 0.5\ncolumns:\n  amount:\n    test: t-test\n', 'd.yml')).toThrow(/Drift policy d\.yml line 4: columns\.amount\.test: /);
    expect(() => parseDriftPolicy('drift-shar: 0.5\n', 'd.yml')).toThrow(/Drift policy d\.yml line 1: \(top level\): unknown key\(s\) 'drift-shar'/);
    expect(() => parseDriftPolicy('critical: [a\n', 'd.yml')).toThrow(/Drift policy d\.yml line \d+ is not valid YAML/);
    expect(() => parseDriftPolicy('max-row-drop: 150%\n', 'd.yml')).toThrow(/max-row-drop/);
  });
});
