import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { argsortFloat64, argsortWithTies } from '../../src/stats/index.js';
import { ArgsortWorkspace, argsortRanksWithTies, denseRanks } from '../../src/stats/argsort.js';

describe('argsortFloat64 / argsortWithTies (radix)', () => {
  const check = (v: Float64Array, rows?: Uint32Array): boolean => {
    const { order, tied } = argsortWithTies(v, rows);
    const val = (k: number) => (rows ? v[rows[k]] : v[k]);
    const n = rows ? rows.length : v.length;
    if (order.length !== n) return false;
    const seen = new Uint8Array(n);
    for (let j = 0; j < n; j++) {
      if (seen[order[j]]) return false;
      seen[order[j]] = 1;
      if (j > 0) {
        const a = val(order[j - 1]), b = val(order[j]);
        if (a > b || (a === b && order[j - 1] > order[j])) return false; // ascending, stable
        if ((tied[j] === 1) !== (a === b)) return false;
      }
    }
    return true;
  };
  test('sorted, stable, ties marked: small and radix paths, ±0, ±Infinity, subnormals (fast-check)', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true }),
      fc.constantFrom(0, -0, 1, -1, Infinity, -Infinity, 5e-324, -5e-324, 0.5),
      fc.integer({ min: -3, max: 3 }).map((x) => x / 2),
    );
    fc.assert(fc.property(fc.array(value, { maxLength: 400 }), (a) => check(Float64Array.from(a))), { numRuns: 200 });
  });
  test('long runs sharing the high word are ordered by the low word (radix on the run)', () => {
    const n = 5000;
    const v = Float64Array.from({ length: n }, (_, i) => 1 + ((i * 7919) % 1000) * Number.EPSILON);
    expect(check(v)).toBe(true);
    const rows = Uint32Array.from({ length: 3000 }, (_, i) => (i * 13) % n);
    expect(check(v, rows)).toBe(true);
  });
  test('a reused workspace (one for several sorts, dirty from the last one) gives the same order and ties', () => {
    const value = fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -3, max: 3 }).map((x) => x / 2));
    const ws = new ArgsortWorkspace(400);
    fc.assert(fc.property(fc.array(value, { maxLength: 400 }), (a) => {
      const v = Float64Array.from(a);
      const fresh = argsortWithTies(v);
      const reused = argsortWithTies(v, undefined, ws);
      // The scratch view DeLong writes into between sorts must not disturb the next sort.
      ws.scratchFloat64().fill(-1);
      return Array.from(reused.order).join() === Array.from(fresh.order).join() && Array.from(reused.tied).join() === Array.from(fresh.tied).join();
    }), { numRuns: 200 });
  });
  test('NaN sorts last; rows index the values', () => {
    const v = Float64Array.from([3, NaN, -1, 2]);
    expect(Array.from(argsortFloat64(v))).toEqual([2, 3, 0, 1]);
    expect(Array.from(argsortFloat64(v, Uint32Array.from([3, 0, 2])))).toEqual([2, 0, 1]);
  });
});

describe('argsortRanksWithTies / denseRanks', () => {
  // Scores with many exact ties (rounded) and long runs of equal high words, plus -0, infinities.
  const scores = fc.array(
    fc.oneof(
      fc.integer({ min: 0, max: 20 }).map((k) => k / 20),
      fc.double({ noNaN: true }),
      fc.constantFrom(-0, 0, Infinity, -Infinity, 1e-300, 0.1 + 0.2),
    ),
    { maxLength: 400 },
  );

  test('the ranks of the whole column sort every subset exactly as the scores do (order and ties)', () => {
    fc.assert(
      fc.property(scores, fc.array(fc.boolean(), { maxLength: 400 }), (xs, pick) => {
        const values = Float64Array.from(xs);
        const ranks = new Uint32Array(values.length);
        const all = Uint32Array.from(values.map((_, i) => i));
        denseRanks(argsortWithTies(values, all), all, ranks);
        const rows = Uint32Array.from([...all].filter((i) => pick[i]));
        const want = argsortWithTies(values, rows);
        const got = argsortRanksWithTies(ranks, rows, new ArgsortWorkspace(values.length));
        expect([...got.order]).toEqual([...want.order]);
        expect([...got.tied]).toEqual([...want.tied]);
        // Without rows: the whole column.
        const whole = argsortRanksWithTies(ranks, undefined);
        expect([...whole.order]).toEqual([...argsortWithTies(values).order]);
      }),
      { numRuns: 300 },
    );
  });

  test('dense ranks count the distinct values below (equal values share a rank)', () => {
    const values = Float64Array.from([0.5, 0.1, 0.5, -0, 0, 0.9, 0.1]);
    const ranks = new Uint32Array(values.length);
    denseRanks(argsortWithTies(values), undefined, ranks);
    expect([...ranks]).toEqual([2, 1, 2, 0, 0, 3, 1]);
  });

  test('a long run of exact ties keeps position order and marks every tie', () => {
    const values = new Float64Array(1000).fill(0.25);
    values[500] = 0.75;
    const { order, tied } = argsortWithTies(values);
    expect([...order.subarray(0, 999)]).toEqual([...Array(1000).keys()].filter((i) => i !== 500));
    expect(order[999]).toBe(500);
    expect(tied[0]).toBe(0);
    expect(tied.subarray(1, 999).every((t) => t === 1)).toBe(true);
    expect(tied[999]).toBe(0);
  });
});
