import { afterAll, describe, expect, test } from '@jest/globals';
import { readTable, streamTable } from '../../src/io/index.js';
import { collect, reassemble, tablePlain, tempDir, userError } from './helpers.js';
import { writeParquet } from './parquet-writer.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function predictionsCsv(n: number, sep = ','): string {
  const rows = [['id', 'label', 'score', 'gender', 'note'].join(sep)];
  for (let i = 0; i < n; i++) {
    const note = i % 97 === 0 ? '"multi\nline, ""quoted"""' : i % 11 === 0 ? '' : `n${i % 13}`;
    rows.push([i, i % 2, (i % 1000) / 1000, ['F', 'M', 'X'][i % 3], note].join(sep));
  }
  return rows.join('\n') + '\n';
}

describe('streamTable', () => {
  test('CSV, TSV and gzip: batches reassemble to readTable, with row offsets', async () => {
    const csv = predictionsCsv(3000);
    for (const [name, body, gz] of [
      ['s.csv', csv, false],
      ['s.csv.gz', csv, true],
      ['s.tsv', predictionsCsv(3000, '\t'), false],
    ] as const) {
      const p = tmp.file(name, body, gz);
      const whole = await readTable(p);
      const batches = await collect(p, { batchRows: 700 });
      expect(batches.map((b) => b.rowCount)).toEqual([700, 700, 700, 700, 200]);
      expect(batches.map((b) => b.rowOffset)).toEqual([0, 700, 1400, 2100, 2800]);
      expect(batches[0].columnNames).toEqual(['id', 'label', 'score', 'gender', 'note']);
      expect(reassemble(batches)).toEqual(tablePlain(whole));
    }
  });

  test('JSONL: batches reassemble to readTable; a key first seen later appears from its batch on', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 1000; i++) lines.push(JSON.stringify(i < 600 ? { id: i, s: i / 4 } : { id: i, s: i / 4, late: `v${i % 3}` }));
    const p = tmp.file('s.jsonl', lines.join('\n'));
    const batches = await collect(p, { batchRows: 250 });
    expect(batches.map((b) => b.columnNames)).toEqual([['id', 's'], ['id', 's'], ['id', 's', 'late'], ['id', 's', 'late']]);
    const whole = await readTable(p);
    const got = reassemble(batches);
    expect(got.id).toEqual(tablePlain(whole).id);
    expect(got.late.values).toEqual(tablePlain(whole).late.values.slice(500));
  });

  test("missingColumns 'skip': a requested column the file lacks is left out alike in CSV, JSONL and Parquet", async () => {
    const rows = Array.from({ length: 10 }, (_, i) => (i < 6 ? { id: i } : { id: i, late: i }));
    const csv = tmp.file('miss.csv', 'id\n' + rows.map((r) => r.id).join('\n') + '\n');
    const jsonl = tmp.file('miss.jsonl', rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const pq = tmp.file('miss.parquet', '');
    writeParquet(pq, [{ name: 'id', type: 'int64', values: rows.map((r) => r.id) }], 4);
    const opts = { columns: ['id', 'late', 'ghost'], missingColumns: 'skip' as const, batchRows: 4 };
    for (const p of [csv, pq]) expect((await collect(p, opts)).map((b) => [...b.columns.keys()])).toEqual([['id'], ['id'], ['id']]);
    // JSONL: `late` is left out of the batches before its key first appears (line 7), then held with nulls.
    const j = await collect(jsonl, opts);
    expect(j.map((b) => [...b.columns.keys()])).toEqual([['id'], ['id', 'late'], ['id', 'late']]);
    expect(j[1].columns.get('late')!.nullCount).toBe(2);
    await expect(collect(jsonl, { columns: ['id', 'ghost'] })).rejects.toThrow(/has no column "ghost"/);
  });

  test("dictionaries 'adaptive': after a batch of mostly distinct values a column is not deduplicated; values read the same", async () => {
    const rows = ['id,cat'];
    // Ids distinct in rows 0–3999, then 200 values repeated five times; rows 3 and 4003 are empty.
    for (let i = 0; i < 5000; i++) rows.push(`${i % 4000 === 3 ? '' : `tx-${i < 4000 ? i : 4000 + (i % 200)}`},${['a', 'b'][i % 2]}`);
    const p = tmp.file('adaptive.csv', rows.join('\n') + '\n');
    const opts = { types: { id: 'string' as const, cat: 'string' as const }, batchRows: 2000 };
    const plainBatches = await collect(p, opts);
    const adaptive = await collect(p, { ...opts, dictionaries: 'adaptive' });
    const values = (bs: typeof plainBatches, c: string) => bs.flatMap((b) => {
      const col = b.columns.get(c)!;
      return col.kind === 'string' ? Array.from(col.codes, (k) => (k < 0 ? null : col.dictionary[k])) : [];
    });
    for (const c of ['id', 'cat']) expect(values(adaptive, c)).toEqual(values(plainBatches, c));
    const sizes = (bs: typeof plainBatches, c: string) => bs.map((b) => (b.columns.get(c) as { dictionary: string[] }).dictionary.length);
    // Batch 1 is deduplicated (1999 ids, row 3 empty): mostly distinct, so batch 2 is not, nor batch 3 (decided by
    // batch 2), which holds its 200 values once per non-empty cell; `cat` (2 values) stays deduplicated.
    expect(sizes(plainBatches, 'id')).toEqual([1999, 2000, 200]);
    expect(sizes(adaptive, 'id')).toEqual([1999, 2000, 999]);
    expect(sizes(adaptive, 'cat')).toEqual([2, 2, 2]);
  });

  test('columns and types apply to batches; a header-only file yields one empty batch', async () => {
    const p = tmp.file('c.csv', predictionsCsv(10));
    const batches = await collect(p, { columns: ['score'], types: { score: 'string' } });
    expect(batches).toHaveLength(1);
    expect([...batches[0].columns.keys()]).toEqual(['score']);
    expect(batches[0].columns.get('score')?.kind).toBe('string');
    const h = await collect(tmp.file('h.csv', 'a,b\n'));
    expect(h.map((b) => [b.rowCount, [...b.columns.keys()]])).toEqual([[0, ['a', 'b']]]);
  });

  test('a column that turns to text mid-batch is re-read from the batch bytes, keeping its spelling', async () => {
    const rows = ['code,y'];
    for (let i = 0; i < 1000; i++) rows.push(`${String(i).padStart(3, '0')},${i}`);
    rows[451] = '"x\ny",450'; // row 450: text, in the middle of batch 2 (rows 300..599)
    const p = tmp.file('flip.csv', rows.join('\r\n'));
    const batches = await collect(p, { batchRows: 300 });
    expect(batches.map((b) => b.columns.get('code')?.kind)).toEqual(['number', 'string', 'string', 'string']);
    const b2 = reassemble([batches[1]]).code.values;
    expect(b2.slice(0, 3)).toEqual(['300', '301', '302']);
    expect(b2[150]).toBe('x\ny');
    expect(reassemble([batches[3]]).code.values.slice(0, 2)).toEqual(['900', '901']);
    // readTable (second pass over the file) gives the same text for the whole column.
    const whole = await readTable(p);
    expect(tablePlain(whole).code.values.slice(300)).toEqual(reassemble(batches.slice(1)).code.values);
    expect(tablePlain(whole).code.values.slice(0, 2)).toEqual(['000', '001']);
  });

  test('Parquet and errors stream like readTable', async () => {
    const p = tmp.dir + '/s.parquet';
    writeParquet(p, [{ name: 'x', type: 'double', values: [1, 2, 3] }], 2);
    const batches = await collect(p);
    expect(batches.map((b) => b.rowCount)).toEqual([2, 1]);
    const bad = tmp.file('bad.csv', 'a,b\n1,2\n3\n');
    const e = await userError(collect(bad, { batchRows: 1 }));
    expect(e.message).toMatch(/bad\.csv, line 3: 1 field but the header has 2/);
    await expect(async () => {
      for await (const _ of streamTable(bad, { batchRows: 0 })) void _;
    }).rejects.toThrow(/batchRows must be a positive integer/);
  });
});
