import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { DelimitedParser } from '../../src/io/delimited.js';
import { readTable, type ColumnType } from '../../src/io/index.js';
import { collect, reassemble, tablePlain, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

type Cell = number | string | null;
interface RandomTable {
  names: string[];
  kinds: Array<'number' | 'string'>;
  rows: Cell[][];
}

// Characters that stress a CSV parser: delimiters, quotes, line ends, multi-byte UTF-8.
const textChar = fc.constantFrom('a', 'b', ',', '"', '\n', '\r', '\t', ' ', 'é', '😀', '1', '.', '-', 'e');
const text = fc.string({ unit: textChar, minLength: 1, maxLength: 8 });
const number = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0.1, 1e-7, 123.456, Infinity, -Infinity),
).map((v) => (Object.is(v, -0) ? 0 : v));

const table: fc.Arbitrary<RandomTable> = fc
  .uniqueArray(text, { minLength: 1, maxLength: 5 })
  .chain((names) =>
    fc.tuple(fc.constant(names), fc.array(fc.constantFrom<'number' | 'string'>('number', 'string'), { minLength: names.length, maxLength: names.length })),
  )
  .chain(([names, kinds]) =>
    fc.record({
      names: fc.constant(names),
      kinds: fc.constant(kinds),
      rows: fc.array(
        fc.tuple(...kinds.map((k) => fc.option<Cell>(k === 'number' ? number : text, { freq: 5 }))).map((r) => r as Cell[]),
        { maxLength: 25 },
      ),
    }),
  );

function quote(s: string, sep: string, lone: boolean): string {
  if (s === '') return lone ? '""' : ''; // a lone empty cell would read as a blank line
  return s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function write(t: RandomTable, sep: string, eol: string): string {
  const lone = t.names.length === 1;
  const lines = [t.names.map((n) => quote(n, sep, lone)).join(sep)];
  for (const r of t.rows) lines.push(r.map((c) => quote(c === null ? '' : String(c), sep, lone)).join(sep));
  return lines.join(eol) + eol;
}

function expected(t: RandomTable): Record<string, { kind: string; values: Cell[] }> {
  const out: Record<string, { kind: string; values: Cell[] }> = {};
  t.names.forEach((name, k) => {
    out[name] = { kind: t.kinds[k], values: t.rows.map((r) => (r[k] === null ? (t.kinds[k] === 'number' ? NaN : null) : r[k])) };
  });
  return out;
}

let case_ = 0;

describe('CSV/TSV/JSONL round trip (fast-check)', () => {
  test('random tables written as CSV or TSV read back equal (readTable, streamTable, any chunking)', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom(',', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (t, sep, eol, batchRows, cuts) => {
          const body = write(t, sep, eol);
          const path = tmp.file(`rt${case_++}.${sep === ',' ? 'csv' : 'tsv'}`, body);
          const types: Record<string, ColumnType> = {};
          t.names.forEach((n, k) => (types[n] = t.kinds[k]));
          const want = expected(t);
          const got = await readTable(path, { types });
          expect(got.rowCount).toBe(t.rows.length);
          expect(got.columnNames).toEqual(t.names);
          expect(tablePlain(got)).toEqual(want);
          if (t.rows.length > 0) expect(reassemble(await collect(path, { types, batchRows }))).toEqual(want);
          // The same bytes pushed in arbitrary pieces.
          const bytes = Buffer.from(body);
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const p = new DelimitedParser({ path, delimiter: sep.charCodeAt(0), types, batchRows: Infinity, retain: false, trackLines: false });
          let prev = 0;
          for (const c of [...points, bytes.length]) {
            p.push(bytes.subarray(prev, c));
            prev = c;
          }
          p.end();
          expect(tablePlain(p.ready[0])).toEqual(want);
        },
      ),
      { numRuns: 150, seed: 20240601 },
    );
  });

  test('JSONL: random objects read back equal (fast path and JSON.parse path alike)', async () => {
    const anyText = fc.string({ unit: fc.constantFrom('a', '"', '\\', '\n', '\t', 'é', '😀', '\u0001', ' ', '{', ','), maxLength: 6 });
    const finite = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
      .filter((v) => !(Number.isInteger(v) && Math.abs(v) >= 2 ** 53))
      .map((v) => (Object.is(v, -0) ? 0 : v));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ n: fc.option(finite), s: fc.option(anyText), b: fc.option(fc.boolean()) }, { requiredKeys: [] }), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.boolean(),
        async (rows, pretty) => {
          const body = rows.map((r) => (pretty ? JSON.stringify(r, null, 1).replace(/\n/g, ' ') : JSON.stringify(r))).join('\n');
          const path = tmp.file(`rt${case_++}.jsonl`, body);
          const got = await readTable(path, { types: { n: 'number', s: 'string', b: 'string' } });
          const col = (k: 'n' | 's' | 'b') => rows.map((r) => (r[k] === undefined || r[k] === null || r[k] === '' ? null : r[k]));
          const plainGot = tablePlain(got);
          if (rows.some((r) => 'n' in r)) expect(plainGot.n.values).toEqual(col('n').map((v) => (v === null ? NaN : v)));
          if (rows.some((r) => 's' in r)) expect(plainGot.s.values).toEqual(col('s'));
          if (rows.some((r) => 'b' in r)) expect(plainGot.b.values).toEqual(col('b').map((v) => (v === null ? null : String(v))));
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });

  test('auto types: numeric columns read back as numbers', async () => {
    // Integers of 2^53 and above written as plain digits read as text by design (ids must stay distinct).
    const exact = number.filter((v) => !(Number.isInteger(v) && Math.abs(v) >= 2 ** 53 && Math.abs(v) < 1e21));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.option(exact, { freq: 4 }), { minLength: 1, maxLength: 30 }), async (values) => {
        const path = tmp.file('auto.csv', 'x,y\n' + values.map((v) => `${v === null ? '' : String(v)},1`).join('\n'));
        const got = await readTable(path);
        expect(tablePlain(got).x).toEqual({ kind: 'number', values: values.map((v) => (v === null ? NaN : v)) });
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
