import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileFile, NumericAccumulator, RESERVOIR_SIZE } from '../../src/detect/profile.js';
import { mergeTableProfiles } from '../../src/drift/merge.js';
import type { NumericSummary, CategoricalSummary } from '../../src/drift/summary.js';
import { tableCsv } from './gen.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlci-profile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('profiles', () => {
  test('exact counts, types, nulls, moments and kept values for a small table', async () => {
    const p = await profileFile(file('small.csv', 'id,x,cat,flag,empty\n1,1.5,a,true,\n2,,b,false,\n3,2.5,a,TRUE,\n4,4,,false,\n'));
    expect(p.rows).toBe(4);
    expect(p.columns.map((c) => [c.name, c.type])).toEqual([['id', 'integer'], ['x', 'float'], ['cat', 'string'], ['flag', 'boolean'], ['empty', 'empty']]);
    const x = p.columns[1].summary as NumericSummary;
    expect(x).toMatchObject({ count: 3, nulls: 1, min: 1.5, max: 4, integer: false, values: [1.5, 2.5, 4] });
    expect(x.mean).toBeCloseTo(8 / 3, 12);
    expect(x.std).toBeCloseTo(Math.sqrt(((1.5 - 8 / 3) ** 2 + (2.5 - 8 / 3) ** 2 + (4 - 8 / 3) ** 2) / 2), 12);
    expect(x.distinct).toEqual([[1.5, 1], [2.5, 1], [4, 1]]);
    const cat = p.columns[2].summary as CategoricalSummary;
    expect(cat).toMatchObject({ count: 3, nulls: 1, top: [['a', 2], ['b', 1]], other: 0, distinct: 2 });
  });

  test('a large table keeps kilobytes: exact row count, distinct counts, no values', async () => {
    const path = file('big.csv', tableCsv({ rows: 20_000, seed: 3 }));
    const p = await profileFile(path);
    expect(p.rows).toBe(20_000);
    const score = p.columns.find((c) => c.name === 'score')!.summary as NumericSummary;
    expect([score.values, score.distinct, score.quantiles.length]).toEqual([undefined, undefined, 201]);
    const hour = p.columns.find((c) => c.name === 'hour')!.summary as NumericSummary;
    expect(hour.distinct).toHaveLength(24);
    expect(hour.distinct!.reduce((s, [, c]) => s + c, 0)).toBe(20_000);
    expect(JSON.stringify(p).length).toBeLessThan(40_000);
  });

  test('past the reservoir: quantiles from a uniform sample, the same bytes every time (seeded)', () => {
    const n = RESERVOIR_SIZE * 3;
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = (i * 7919) % n; // a permutation of 0..n-1: quantile q is q·(n−1)
    const run = () => {
      const acc = new NumericAccumulator('x');
      for (let s = 0; s < n; s += 50_000) acc.add({ kind: 'number', name: 'x', values: values.subarray(s, s + 50_000), nullCount: 0 });
      return acc.summary();
    };
    const a = run();
    expect([a.count, a.sampleSize, a.min, a.max, a.values]).toEqual([n, RESERVOIR_SIZE, 0, n - 1, undefined]);
    expect(a.mean).toBeCloseTo((n - 1) / 2, 6);
    for (const q of [10, 50, 100, 150, 190]) expect(Math.abs(a.quantiles[q] / (n - 1) - q / 200)).toBeLessThan(0.01);
    expect(JSON.stringify(run())).toBe(JSON.stringify(a));
  });

  test('the same profile however the values are cut into batches, with and without nulls (the reservoir skips by position)', () => {
    const n = RESERVOIR_SIZE * 2 + 12_345;
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = i % 97 === 0 ? NaN : i % 300 === 0 ? Infinity : ((i * 7919) % n) / 8;
    const ints = Float64Array.from(values, (x, i) => (i < 40_000 ? i % 200 : x)); // exact counts, then past the distinct limit
    const run = (v: Float64Array, cuts: number[]) => {
      const acc = new NumericAccumulator('x', 2);
      let s = 0;
      for (let k = 0; s < v.length; k++) {
        const e = Math.min(v.length, s + cuts[k % cuts.length]);
        acc.add({ kind: 'number', name: 'x', values: v.subarray(s, e), nullCount: 0 });
        s = e;
      }
      const st = acc.state();
      return JSON.stringify({ ...acc.summary(), sample: Array.from(st.sample), distinct: st.distinct });
    };
    for (const v of [values, ints, values.map((x) => (Number.isFinite(x) ? x : 1))]) {
      const whole = run(v, [v.length]);
      expect(run(v, [1, 7, 65_536, 3])).toBe(whole);
      expect(run(v, [50_000])).toBe(whole);
    }
    expect(JSON.parse(run(ints, [1000])).distinct).toBeNull();
    expect(JSON.parse(run(ints.subarray(0, 40_000), [999])).distinct).toHaveLength(200);
  });

  test('a Parquet file written by pyarrow', async () => {
    const p = await profileFile(fileURLToPath(new URL('../fixtures/parquet/simple.parquet', import.meta.url)));
    expect(p.rows).toBe(3);
    expect(p.columns.map((c) => [c.name, c.type])).toEqual([['A', 'integer'], ['B', 'string']]);
    expect(p.columns[0].summary).toMatchObject({ count: 3, mean: 2, values: [1, 2, 3] });
    expect(p.columns[1].summary).toMatchObject({ top: [['foo', 3]], other: 0 });
  });

  test('JSONL keys appearing late count as nulls before; a column that turns to text becomes categorical', async () => {
    const lines = ['{"a":1}', '{"a":2}', '{"a":3,"b":"x"}', '{"a":"n/a","b":"y"}'];
    const p = await profileFile(file('t.jsonl', lines.join('\n') + '\n'));
    const a = p.columns.find((c) => c.name === 'a')!;
    const b = p.columns.find((c) => c.name === 'b')!;
    expect(b.summary).toMatchObject({ count: 2, nulls: 2 });
    expect(a.summary.count + a.summary.nulls).toBe(4);
  });

  test('merging per-file profiles gives the profile of the concatenated table', async () => {
    const whole = tableCsv({ rows: 3000, seed: 9 });
    const lines = whole.trimEnd().split('\n');
    const header = lines[0];
    const a = await profileFile(file('part1.csv', [header, ...lines.slice(1, 1201)].join('\n') + '\n'));
    const b = await profileFile(file('part2.csv', [header, ...lines.slice(1201)].join('\n') + '\n'));
    const all = await profileFile(file('all.csv', whole));
    const merged = mergeTableProfiles([a, b]);
    expect(merged.rows).toBe(all.rows);
    for (let i = 0; i < all.columns.length; i++) {
      const m = merged.columns[i].summary;
      const w = all.columns[i].summary;
      expect(m.count).toBe(w.count);
      if (m.kind === 'numeric' && w.kind === 'numeric') {
        expect(m.mean).toBeCloseTo(w.mean, 9);
        expect(m.std).toBeCloseTo(w.std, 9);
        expect([m.min, m.max]).toEqual([w.min, w.max]);
        expect(m.distinct).toEqual(w.distinct);
        // Both are exact (fewer values than the reservoir holds): the mixture's median is the whole's median up to interpolation.
        expect(Math.abs(m.quantiles[100] - w.quantiles[100])).toBeLessThan((w.max - w.min) * 0.01);
      } else {
        expect(m).toEqual(w);
      }
    }
  });
});
