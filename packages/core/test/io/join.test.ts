import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { joinById, readTable, type Table } from '../../src/io/index.js';
import { tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const labels = { left: 'candidate', right: 'baseline' };

async function csv(name: string, header: string, rows: Array<string | number>): Promise<Table> {
  return readTable(tmp.file(name, [header, ...rows.map(String)].join('\n') + '\n'));
}

function pairs(r: { leftRows: Uint32Array; rightRows: Uint32Array }): Array<[number, number]> {
  return Array.from(r.leftRows, (l, k) => [l, r.rightRows[k]]);
}

describe('joinById', () => {
  test('numeric ids, right side shuffled (dense range)', async () => {
    const left = await csv('l.csv', 'id', [1, 2, 3, 4]);
    const right = await csv('r.csv', 'id', [3, 1, 4, 2]);
    expect(pairs(joinById(left, 'id', right, 'id', labels))).toEqual([[0, 1], [1, 3], [2, 0], [3, 2]]);
  });

  test('numeric ids far apart and fractional (hash table)', async () => {
    const ids = [1e12, -5, 0.5, 3e15, 7];
    const left = await csv('l2.csv', 'k', ids);
    const right = await csv('r2.csv', 'id', [7, 0.5, 1e12, 3e15, -5]);
    expect(pairs(joinById(left, 'k', right, 'id', labels))).toEqual([[0, 2], [1, 4], [2, 1], [3, 3], [4, 0]]);
  });

  test('text ids, and numbers against text ("7" matches 7)', async () => {
    const left = await csv('l3.csv', 'id', ['a17', 'b2', 'c']);
    const right = await csv('r3.csv', 'id', ['c', 'a17', 'b2']);
    expect(pairs(joinById(left, 'id', right, 'id', labels))).toEqual([[0, 1], [1, 2], [2, 0]]);
    const num = await csv('l4.csv', 'id', [7, 8, 9]);
    const text = await readTable(tmp.file('r4.jsonl', '{"id":"9"}\n{"id":"7"}\n{"id":"8"}\n'));
    expect(pairs(joinById(num, 'id', text, 'id', labels))).toEqual([[0, 1], [1, 2], [2, 0]]);
    expect(pairs(joinById(text, 'id', num, 'id', labels))).toEqual([[0, 2], [1, 0], [2, 1]]);
  });

  test('random permutations join back (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ noNaN: true, noDefaultInfinity: true })), {
          minLength: 1,
          maxLength: 60,
          comparator: (a, b) => a === b,
        }),
        fc.integer(),
        fc.boolean(),
        (ids, seed, asText) => {
          const perm = ids.map((_, i) => i);
          let s = seed >>> 0;
          for (let i = perm.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
            const j = s % (i + 1);
            [perm[i], perm[j]] = [perm[j], perm[i]];
          }
          const left = memTable('l', Float64Array.from(ids));
          const rightIds = Float64Array.from(perm.map((p) => ids[p]));
          const right = asText ? memText('r', Array.from(rightIds, String)) : memTable('r', rightIds);
          const r = joinById(left, 'id', right, 'id', labels);
          for (let k = 0; k < ids.length; k++) expect(perm[r.rightRows[k]]).toBe(r.leftRows[k]);
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  test('duplicate ids: file, first duplicate id, its line, the first line and the count', async () => {
    const left = await csv('dupl.csv', 'id', [1, 2, 2, 3, 3, 3]);
    const right = await csv('dupr.csv', 'id', [1, 2, 3]);
    expect(() => joinById(left, 'id', right, 'id', labels)).toThrow(
      /candidate file .*dupl\.csv, line 4: id 2 appears again \(first on line 3\); 3 duplicate ids in column "id"/,
    );
    expect(() => joinById(right, 'id', left, 'id', labels)).toThrow(/baseline file .*dupl\.csv, line 4: id 2 appears again/);
    const t = await csv('dups.csv', 'id', ['a', 'b', 'a']);
    const u = await csv('dups2.csv', 'id', ['a', 'b']);
    expect(() => joinById(t, 'id', u, 'id', labels)).toThrow(/dups\.csv, line 4: id "a" appears again \(first on line 2\); 1 duplicate id /);
    // A duplicate among ids missing on the other side is still reported as a duplicate.
    const v = await csv('dups3.csv', 'id', [9, 9, 1]);
    expect(() => joinById(v, 'id', u, 'id', labels)).toThrow(/dups3\.csv, line 3: id 9 appears again/);
    const w = await csv('dups4.csv', 'id', [5, 1e9, 5]);
    expect(() => joinById(w, 'id', right, 'id', labels)).toThrow(/dups4\.csv, line 4: id 5 appears again/);
  });

  test('ids missing on either side: file, first missing id, count', async () => {
    const left = await csv('ml.csv', 'id', [1, 2, 3, 4, 5]);
    const right = await csv('mr.csv', 'id', [5, 3, 1, 8]);
    let err: Error | undefined;
    try {
      joinById(left, 'id', right, 'id', labels);
    } catch (e) {
      err = e as Error;
    }
    expect(err?.name).toBe('UserError');
    expect(err?.message).toMatch(/baseline file .*mr\.csv has no row for 2 ids of the candidate; the first is 2 \(.*ml\.csv, line 3\)/);
    expect(err?.message).toMatch(/candidate file .*ml\.csv has no row for 1 id of the baseline; the first is 8 \(.*mr\.csv, line 5\)/);
    // Only the right side has extra ids (first in file order: line 3).
    const sub = await csv('msub.csv', 'id', [1, 2]);
    const sup = await csv('msup.csv', 'id', [2, 9, 1, 3]);
    expect(() => joinById(sub, 'id', sup, 'id', labels)).toThrow(
      /^candidate file .*msub\.csv has no row for 2 ids of the baseline; the first is 9 \(.*msup\.csv, line 3\)\. Both files/,
    );
    const a = await csv('ma.csv', 'id', ['x', 'y']);
    const b = await csv('mb.csv', 'id', ['x']);
    expect(() => joinById(b, 'id', a, 'id', labels)).toThrow(/candidate file .*mb\.csv has no row for 1 id of the baseline; the first is "y"/);
  });

  test('empty ids and a missing id column', async () => {
    const left = await csv('el.csv', 'id,x', ['1,0', ',0', ',1']);
    const right = await csv('er.csv', 'id', [1]);
    expect(() => joinById(left, 'id', right, 'id', labels)).toThrow(
      /candidate file .*el\.csv, line 3: the id column "id" is empty \(2 rows without an id\)/,
    );
    expect(() => joinById(right, 'row_id', left, 'id', labels)).toThrow(/candidate file .*er\.csv has no column "row_id"; its columns are: "id"/);
  });
});

function memTable(source: string, ids: Float64Array): Table {
  return {
    source,
    format: 'csv',
    rowCount: ids.length,
    columns: new Map([['id', { kind: 'number', name: 'id', values: ids, nullCount: 0 }]]),
    columnNames: ['id'],
    allColumnNames: ['id'],
  };
}

function memText(source: string, ids: string[]): Table {
  return {
    source,
    format: 'csv',
    rowCount: ids.length,
    columns: new Map([['id', { kind: 'string', name: 'id', codes: Int32Array.from(ids, (_, i) => i), dictionary: ids, nullCount: 0 }]]),
    columnNames: ['id'],
    allColumnNames: ['id'],
  };
}
