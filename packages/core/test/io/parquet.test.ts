import { afterAll, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTable, rowLocation } from '../../src/io/index.js';
import { collect, plain, reassemble, tablePlain, tempDir, userError } from './helpers.js';
import { writeParquet } from './parquet-writer.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const fixture = fileURLToPath(new URL('../fixtures/parquet/simple.parquet', import.meta.url));

describe('readTable: Parquet', () => {
  test('a file written by pyarrow (snappy, dictionary pages): INT64 and UTF-8', async () => {
    const t = await readTable(fixture);
    expect(t.format).toBe('parquet');
    expect(t.rowCount).toBe(3);
    expect(tablePlain(t)).toEqual({
      A: { kind: 'number', values: [1, 2, 3] },
      B: { kind: 'string', values: ['foo', 'foo', 'foo'] },
    });
    expect(t.firstLine).toBeUndefined();
    expect(rowLocation(t, 0)).toBe('row 1');
  });

  test('types, nulls, booleans, big INT64 ids, columns', async () => {
    const p = tmp.dir + '/preds.parquet';
    writeParquet(p, [
      { name: 'id', type: 'int64', values: [1n, 2n, 3n, null] },
      { name: 'score', type: 'double', values: [0.25, null, 1e-300, NaN] },
      { name: 'label', type: 'boolean', values: [true, false, null, true] },
      { name: 'group', type: 'string', values: ['a', null, 'ä', 'a'] },
      { name: 'big', type: 'int64', values: [9007199254740993n, 1n, null, 2n] },
    ]);
    const t = await readTable(p);
    expect(t.columnNames).toEqual(['id', 'score', 'label', 'group', 'big']);
    expect(tablePlain(t)).toEqual({
      id: { kind: 'number', values: [1, 2, 3, NaN] },
      score: { kind: 'number', values: [0.25, NaN, 1e-300, NaN] },
      label: { kind: 'string', values: ['true', 'false', null, 'true'] },
      group: { kind: 'string', values: ['a', null, 'ä', 'a'] },
      big: { kind: 'string', values: ['9007199254740993', '1', null, '2'] },
    });
    expect(t.columns.get('id')?.nullCount).toBe(1);
    const s = await readTable(p, { columns: ['group', 'id'], types: { id: 'string' } });
    expect(s.columnNames).toEqual(['id', 'group']);
    expect(plain(s.columns.get('id'))).toEqual(['1', '2', '3', null]);
    const e = await userError(readTable(p, { columns: ['prob'], label: 'candidate' }));
    expect(e.message).toMatch(/candidate file .*preds\.parquet has no column "prob"; its columns are: "id", "score"/);
  });

  test('row groups stream as batches that reassemble to readTable', async () => {
    const n = 2500;
    const p = tmp.dir + '/groups.parquet';
    writeParquet(
      p,
      [
        { name: 'id', type: 'int64', values: Array.from({ length: n }, (_, i) => BigInt(i)) },
        { name: 'x', type: 'double', values: Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : i / 3)) },
        { name: 'g', type: 'string', values: Array.from({ length: n }, (_, i) => `g${i % 5}`) },
      ],
      1000,
    );
    const t = await readTable(p);
    expect(t.rowCount).toBe(n);
    const batches = await collect(p, { batchRows: 400 });
    expect(batches.map((b) => [b.rowOffset, b.rowCount])).toEqual([
      [0, 400], [400, 400], [800, 200], [1000, 400], [1400, 400], [1800, 200], [2000, 400], [2400, 100],
    ]);
    expect(reassemble(batches)).toEqual(tablePlain(t));
  });

  test('zero rows', async () => {
    const p = tmp.dir + '/empty.parquet';
    writeParquet(p, [{ name: 'id', type: 'int64', values: [] }]);
    const t = await readTable(p);
    expect(t.rowCount).toBe(0);
    expect(plain(t.columns.get('id'))).toEqual([]);
    const batches = await collect(p);
    expect(batches.map((b) => b.rowCount)).toEqual([0]);
  });

  test('unreadable files are UserErrors naming the file', async () => {
    const junk = tmp.file('junk.parquet', 'id,score\n1,2\n');
    let e = await userError(readTable(junk, { label: 'baseline' }));
    expect(e.message).toMatch(/baseline file .*junk\.parquet: cannot read it as Parquet \(.+\); check that the file/);
    const p = tmp.dir + '/cut.parquet';
    writeParquet(p, [{ name: 'x', type: 'double', values: [1, 2, 3] }]);
    const bytes = readFileSync(p);
    writeFileSync(p, bytes.subarray(0, bytes.length - 12));
    e = await userError(readTable(p));
    expect(e.message).toMatch(/cut\.parquet: cannot read it as Parquet/);
    e = await userError(readTable(tmp.dir + '/x.parquet.gz'));
    expect(e.message).toMatch(/gzip-compressed Parquet file is not supported/);
  });
});
