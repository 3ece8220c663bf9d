import { afterAll, describe, expect, test } from '@jest/globals';
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ceilShare, initContract, widenRange, yamlString } from '../../src/contract/init.js';
import { buildContractReport, parseContract, validateData, type ContractReport } from '../../src/contract/index.js';
import { readTable } from '../../src/io/index.js';
import { plain, tempDir } from '../io/helpers.js';
import { writeParquet } from '../io/parquet-writer.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const FRAUD = resolve('examples/fraud/transactions.csv');
copyFileSync(FRAUD, join(tmp.dir, 'transactions.csv'));
const NOW = Date.parse('2026-12-01T12:00:00Z');

async function check(contract: string, data?: string[]): Promise<ContractReport> {
  const loaded = parseContract(contract, 'contract.yml');
  return buildContractReport(await validateData(loaded, { workspace: tmp.dir, now: NOW, data }), loaded);
}

const notPassing = (r: ContractReport) => r.checks.filter((c) => c.status !== 'pass').map((c) => `${c.status} ${c.column ?? c.table} ${c.check}`);

describe('contract init on the fraud example', () => {
  test('writes the same bytes twice, states its rules, and passes on the data it came from', async () => {
    const a = await initContract(['transactions.csv'], { workspace: tmp.dir });
    const b = await initContract(['transactions.csv'], { workspace: tmp.dir });
    expect(a.text).toBe(b.text);
    const body = a.text.split('\n').filter((l) => !l.startsWith('#'));
    expect(body).toEqual([
      'version: 1',
      'tables:',
      '  transactions:',
      '    files: transactions.csv',
      '    rows: { min: 120, max: 480 }',
      '    unique: [transaction_id]',
      '    columns:',
      '      transaction_id: { type: string, nulls: 0 }',
      '      timestamp: { type: timestamp, nulls: 0 }   # observed 2026-11-29T22:05:45.000Z to 2026-12-01T09:57:30.000Z',
      // 0.12 to 2161.15 widened by 216.1 on each side, rounded outward to hundreds; no negative amount: min 0.
      '      amount: { type: number, nulls: 0, min: 0, max: 2400 }',
      '      merchant_category: { type: string, nulls: 0, in: [fuel, grocery, online, restaurant, travel], new-values: warn }',
      // 103 merchants: no value list.
      '      merchant: { type: string, nulls: 0 }',
      // 0 to 1 widened by 0.1: the whole numbers 0 and 1.
      '      label: { type: integer, nulls: 0, min: 0, max: 1, in: [0, 1], new-values: warn }',
      '',
    ]);
    expect(a.text).toMatch(/^# Data contract written by `mlci contract init` from transactions\.csv \(240 rows\)\.\n/);
    expect(a.text).toContain('#   min/max: the observed range widened by 10% of its width on each side');
    const report = await check(a.text);
    expect([report.passed, report.counts]).toEqual([true, { pass: 20, fail: 0, warn: 0 }]);
  });

  test('a mutated copy (dropped rows, a duplicated id, a label of 2, a negative amount) fails the expected checks', async () => {
    const { text } = await initContract(['transactions.csv'], { workspace: tmp.dir });
    const t = await readTable(FRAUD, { types: { transaction_id: 'string', timestamp: 'string', amount: 'string', merchant_category: 'string', merchant: 'string', label: 'string' } });
    const cols = t.columnNames.map((n) => plain(t.columns.get(n)) as string[]);
    const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const rows = Array.from({ length: 100 }, (_, i) => cols.map((c) => c[i]));
    rows[10][0] = rows[3][0]; // duplicated id
    rows[20][5] = '2'; // label 2
    rows[30][2] = '-12.50'; // negative amount
    tmp.file('mutated.csv', [t.columnNames.join(','), ...rows.map((r) => r.map(q).join(','))].join('\n') + '\n');
    const report = await check(text, ['mutated.csv']);
    expect(notPassing(report)).toEqual([
      'fail transactions rows',
      'fail transaction_id unique',
      'fail amount min',
      'fail label max',
      'warn label in',
    ]);
    const at = (col: string, k: string) => report.checks.find((c) => c.column === col && c.check === k)!.examples[0];
    // Lines: header on line 1, and rows 1–10 of the fraud file hold two quoted line breaks.
    expect([at('transaction_id', 'unique').row, at('label', 'max').row, at('amount', 'min').value]).toEqual([11, 21, '-12.5']);
  });

  test('JSONL and Parquet copies of the data give the same contract, and it passes on them', async () => {
    const t = await readTable(FRAUD, { types: { transaction_id: 'string', timestamp: 'string', merchant_category: 'string', merchant: 'string' } });
    const v = Object.fromEntries(t.columnNames.map((n) => [n, plain(t.columns.get(n))]));
    const n = t.rowCount;
    const jsonl = Array.from({ length: n }, (_, i) => JSON.stringify(Object.fromEntries(t.columnNames.map((c) => [c, v[c][i]])))).join('\n') + '\n';
    tmp.file('transactions.jsonl', jsonl);
    writeParquet(join(tmp.dir, 'transactions.parquet'), [
      { name: 'transaction_id', type: 'string', values: v.transaction_id as string[] },
      { name: 'timestamp', type: 'string', values: v.timestamp as string[] },
      { name: 'amount', type: 'double', values: v.amount as number[] },
      { name: 'merchant_category', type: 'string', values: v.merchant_category as string[] },
      { name: 'merchant', type: 'string', values: v.merchant as string[] },
      { name: 'label', type: 'int64', values: v.label as number[] },
    ], 64);
    const csv = (await initContract(['transactions.csv'], { workspace: tmp.dir })).text;
    for (const ext of ['jsonl', 'parquet']) {
      const text = (await initContract([`transactions.${ext}`], { workspace: tmp.dir })).text;
      expect([ext, text]).toEqual([ext, csv.replaceAll('transactions.csv', `transactions.${ext}`)]);
      expect([ext, (await check(text)).counts]).toEqual([ext, { pass: 20, fail: 0, warn: 0 }]);
    }
  });
});

describe('contract init on awkward data', () => {
  test('nulls, booleans, negatives, number-like text, odd names and an empty column round-trip', async () => {
    const lines = ['id,"odd name",flag,neg,share,code,empty,note'];
    for (let i = 0; i < 40; i++) {
      const note = i % 7 === 0 ? '' : i % 2 ? 'yes' : '"a, ""b"""';
      lines.push([`k${i}`, i % 3, i % 2 ? 'TRUE' : 'false', -1 - i * 0.5, i % 4 === 0 ? '' : (i % 5) / 4, i % 3 === 0 ? '007' : 'x1', '', note].join(','));
    }
    tmp.file('odd.csv', lines.join('\n') + '\n');
    const { text } = await initContract(['odd.csv'], { workspace: tmp.dir, table: 'odd table' });
    const body = text.split('\n').filter((l) => !l.startsWith('#'));
    expect(body).toEqual([
      'version: 1',
      'tables:',
      '  "odd table":',
      '    files: odd.csv',
      '    rows: { min: 20, max: 80 }',
      '    unique: [id]',
      '    columns:',
      '      id: { type: string, nulls: 0 }',
      '      "odd name": { type: integer, nulls: 0, min: 0, max: 2, in: [0, 1, 2], new-values: warn }',
      '      flag: { type: boolean, nulls: 0, in: [false, true], new-values: warn }',
      // -20.5 to -1 widened by 1.95 and rounded outward to whole numbers (the leading digit of 1.95); never above 0.
      '      neg: { type: number, nulls: 0, min: -23, max: 0 }',
      '      share: { type: number, nulls: 0.25, min: 0, max: 1.1, in: [0, 0.25, 0.5, 0.75, 1], new-values: warn }',
      '      code: { type: string, nulls: 0, in: ["007", x1], new-values: warn }',
      '      empty: { nulls: { max-share: 1 } }   # no values: type unknown',
      '      note: { type: string, nulls: 0.15, in: ["a, \\"b\\"", "yes"], new-values: warn }',
      '',
    ]);
    const loaded = parseContract(text, 'c.yml');
    const report = buildContractReport(await validateData(loaded, { workspace: tmp.dir, now: NOW }), loaded);
    expect(notPassing(report)).toEqual([]);
  });

  test('a JSONL key that appears late counts earlier rows as nulls; one absent from a whole file is left out', async () => {
    const a = Array.from({ length: 10 }, (_, i) => JSON.stringify(i < 6 ? { id: i } : { id: i, late: i })).join('\n') + '\n';
    const b = Array.from({ length: 10 }, (_, i) => JSON.stringify({ id: 10 + i, late: null, only_b: 1 })).join('\n') + '\n';
    tmp.file('a.jsonl', a);
    tmp.file('b.jsonl', b);
    const { text, profile } = await initContract(['a.jsonl', 'b.jsonl'], { workspace: tmp.dir });
    expect(profile.columns.map((c) => [c.name, c.rows, c.nulls, c.absentFrom])).toEqual([
      ['id', 20, 0, []],
      ['late', 20, 16, []],
      ['only_b', 20, 10, ['a.jsonl']],
    ]);
    expect(text).toContain('# Left out: column only_b, absent from a.jsonl.\n');
    expect(text).toContain('    files: [a.jsonl, b.jsonl]\n');
    expect(text).toContain('      late: { type: integer, nulls: 0.8, min: 6, max: 9 }\n');
    const loaded = parseContract(text, 'c.yml');
    expect(notPassing(buildContractReport(await validateData(loaded, { workspace: tmp.dir, now: NOW }), loaded))).toEqual([]);
  });
});

describe('the rules', () => {
  test('widenRange: 10% of the width each side, never across 0, whole numbers for integers', () => {
    expect(widenRange(0.12, 2161.15, false)).toEqual({ min: 0, max: 2400 });
    expect(widenRange(10, 20, false)).toEqual({ min: 9, max: 21 });
    expect(widenRange(-5, 5, false)).toEqual({ min: -6, max: 6 });
    expect(widenRange(-20.5, -1, false)).toEqual({ min: -23, max: 0 });
    expect(widenRange(0, 1, true)).toEqual({ min: 0, max: 1 });
    expect(widenRange(3, 3, true)).toEqual({ min: 3, max: 3 });
    expect(widenRange(0, 0, false)).toEqual({ min: 0, max: 0 });
    expect(widenRange(100, 200, true)).toEqual({ min: 90, max: 210 });
    expect(widenRange(0.001, 0.002, false)).toEqual({ min: 0.0009, max: 0.0021 });
    expect(widenRange(-1.7e308, 1.7e308, false)).toEqual({ min: -1.7e308, max: 1.7e308 });
  });

  test('ceilShare: up to two significant digits, never below the share', () => {
    expect([0, 0.0123, 0.25, 1 / 3, 0.999, 1, 7 / 240].map(ceilShare)).toEqual([0, 0.013, 0.25, 0.34, 1, 1, 0.03]);
    for (let k = 1; k < 1000; k++) expect(ceilShare(k / 1000)).toBeGreaterThanOrEqual(k / 1000);
  });

  test('yamlString quotes what YAML would read as another type or another string', () => {
    expect(['amount', 'a b', '010', 'yes', 'No', 'null', '1e3', 'x:y', '#a', 'a\nb', 'tx-1', '.inf'].map(yamlString)).toEqual([
      'amount', '"a b"', '"010"', '"yes"', '"No"', '"null"', '"1e3"', '"x:y"', '"#a"', '"a\\nb"', 'tx-1', '".inf"',
    ]);
  });

  test('no files, or a glob matching none, is one clear error', async () => {
    await expect(initContract([], { workspace: tmp.dir })).rejects.toThrow(/at least one data file/);
    await expect(initContract(['nope/*.csv'], { workspace: tmp.dir })).rejects.toThrow(/matches no file/);
  });
});
