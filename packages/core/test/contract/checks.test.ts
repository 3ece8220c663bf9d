import { afterAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { parseContract, validateData, buildContractReport, serializeContractReport, shouldFail, renderJUnit, checkLine, type CheckResult } from '../../src/contract/index.js';
import { KeySet } from '../../src/contract/keys.js';
import { QuantileSample, select } from '../../src/contract/sample.js';
import { parseTimestamp } from '../../src/contract/column.js';
import { tempDir } from '../io/helpers.js';
import { writeParquet } from '../io/parquet-writer.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

// Row 2's text cell holds a quoted line break: rows 1–4 start on lines 2, 3, 5, 6.
const CSV = [
  'id,n,i,s,b,t,cat',
  '1,1.5,10,ab,true,2026-12-01T00:00:00Z,x',
  '2,2.5,20,"multi',
  'line",false,2026-11-30,y',
  '3,,30,cd,TRUE,2026-11-29T10:00:00+02:00,x',
  '4,4.5,40.5,ef,maybe,not-a-date,z',
  '',
].join('\n');
tmp.file('data.csv', CSV);
const NOW = Date.parse('2026-12-02T00:00:00Z');

async function run(table: string, now = NOW): Promise<CheckResult[]> {
  const text = `version: 1\ntables:\n  t:\n    files: data.csv\n${table.replace(/^/gm, '    ')}\n`;
  const loaded = parseContract(text, 'contract.yml');
  const r = await validateData(loaded, { workspace: tmp.dir, now });
  return buildContractReport(r, loaded).checks;
}

/** [name, contract lines under the table, expected status, violations, first example line, first example value]. */
const CASES: Array<[string, string, 'pass' | 'fail' | 'warn', number, number?, string?]> = [
  ['rows ≥ 4 passes', 'rows: { min: 4 }', 'pass', 0],
  ['rows ≥ 5 fails', 'rows: { min: 5 }', 'fail', 1],
  ['rows ≤ 3 fails', 'rows: { max: 3 }', 'fail', 1],
  ['unique id passes', 'unique: [id]', 'pass', 0],
  ['unique cat fails at the repeat', 'unique: [cat]', 'fail', 1, 5, 'x'],
  ['compound key (cat, i) passes', 'unique: [[cat, i]]', 'pass', 0],
  ['compound key (cat, b) passes: true and TRUE differ as text', 'unique: [[cat, b]]', 'pass', 0],
  ['unique skips empty cells', 'unique: [n]', 'pass', 0],
  ['type integer passes', 'columns: { id: { type: integer } }', 'pass', 0],
  ['type integer fails on 40.5', 'columns: { i: { type: integer } }', 'fail', 1, 6, '40.5'],
  ['type number passes', 'columns: { n: { type: number } }', 'pass', 0],
  ['type number fails on text', 'columns: { s: { type: number } }', 'fail', 4, 2, 'ab'],
  ['type string passes', 'columns: { s: { type: string } }', 'pass', 0],
  ['type boolean fails on maybe', 'columns: { b: { type: boolean } }', 'fail', 1, 6, 'maybe'],
  ['type timestamp fails on not-a-date', 'columns: { t: { type: timestamp } }', 'fail', 1, 6, 'not-a-date'],
  ['nulls 0 fails at the empty cell', 'columns: { n: { nulls: 0 } }', 'fail', 1, 5, ''],
  ['nulls count 1 passes', 'columns: { n: { nulls: 1 } }', 'pass', 0],
  ['nulls share 0.2 fails (0.25)', 'columns: { n: { nulls: 0.2 } }', 'fail', 1, 5, ''],
  ['nulls max-share 0.3 passes', "columns: { n: { nulls: { max-share: 0.3 } } }", 'pass', 0],
  ['min 1 passes', 'columns: { n: { min: 1 } }', 'pass', 0],
  ['min 2 fails', 'columns: { n: { min: 2 } }', 'fail', 1, 2, '1.5'],
  ['max 4 fails', 'columns: { n: { max: 4 } }', 'fail', 1, 6, '4.5'],
  ['max 5 passes', 'columns: { n: { max: 5 } }', 'pass', 0],
  ['timestamp min fails before the bound', "columns: { t: { type: timestamp, min: '2026-11-30T00:00:00Z' } }", 'fail', 1, 5, '2026-11-29T10:00:00+02:00'],
  ['in passes', 'columns: { b: { in: ["true", "false", "TRUE", maybe] } }', 'pass', 0],
  ['in fails on a new value', 'columns: { cat: { in: [x, y] } }', 'fail', 1, 6, 'z'],
  ['in with new-values warn warns', 'columns: { cat: { in: [x, y], new-values: warn } }', 'warn', 1, 6, 'z'],
  ['in with new-values allow passes', 'columns: { cat: { in: [x, y], new-values: allow } }', 'pass', 0],
  ['in on numbers: 10 and 10.0 are one value', 'columns: { i: { in: [10, "20.0", 30, 40.5] } }', 'pass', 0],
  ['pattern passes', "columns: { cat: { pattern: '[a-z]' } }", 'pass', 0],
  ['pattern is anchored and fails on the multi-line value', "columns: { s: { pattern: '[a-z]{2}' } }", 'fail', 1, 3, 'multi\nline'],
  ['length passes', 'columns: { cat: { length: { min: 1, max: 1 } } }', 'pass', 0],
  ['length fails', 'columns: { s: { length: { max: 2 } } }', 'fail', 1, 3, 'multi\nline'],
  ['share passes', 'columns: { cat: { share: { x: { min: 0.5 } } } }', 'pass', 0],
  ['share fails', 'columns: { cat: { share: { x: { min: 0.6 } } } }', 'fail', 1],
  ['share warns with severity warn', 'columns: { cat: { share: { x: { max: 0.1, severity: warn } } } }', 'warn', 1],
  ['mean passes', 'columns: { n: { mean: { min: 2, max: 3 } } }', 'pass', 0],
  ['mean fails', 'columns: { n: { mean: { max: 2 } } }', 'fail', 1],
  ['std passes', 'columns: { n: { std: { min: 1.5, max: 1.6 } } }', 'pass', 0],
  ['std fails', 'columns: { n: { std: { max: 1 } } }', 'fail', 1],
  ['quantile passes', 'columns: { n: { quantiles: { "0.5": { min: 2.5, max: 2.5 } } } }', 'pass', 0],
  ['quantile fails', 'columns: { n: { quantiles: { "0.5": { max: 2 } } } }', 'fail', 1],
  ['severity warn turns a failure into a warning', 'columns: { n: { min: { value: 2, severity: warn } } }', 'warn', 1, 2, '1.5'],
];

describe('every check: a passing and a failing fixture, violations at the right line', () => {
  // One object per case: a callback with more parameters than a row has would be taken for a `done` callback.
  const rows = CASES.map(([name, rule, status, violations, line, value]) => ({ name, rule, status, violations, line, value }));
  test.each(rows)('$name', async ({ name, rule, status, violations, line, value }) => {
    const checks = await run(rule);
    const c = name.startsWith('type') ? checks[0] : checks.find((k) => k.check !== 'type')!;
    expect([c.status, c.violations]).toEqual([status, violations]);
    if (line !== undefined) expect([c.examples[0].file, c.examples[0].line, c.examples[0].value]).toEqual(['data.csv', line, value]);
    if (status === 'pass') expect(c.examples).toEqual([]);
  });

  test('freshness passes at 24 h and fails at 4 days, pointing at the newest value', async () => {
    const rule = 'columns: { t: { type: timestamp, freshness: 48h } }';
    const fresh = (await run(rule)).find((c) => c.check === 'freshness')!;
    expect([fresh.status, fresh.observed]).toEqual(['pass', 'newest 2026-12-01T00:00:00.000Z, 1d old']);
    const stale = (await run(rule, Date.parse('2026-12-05T00:00:00Z'))).find((c) => c.check === 'freshness')!;
    expect(stale.status).toBe('fail');
    expect(stale.examples).toEqual([{ file: 'data.csv', line: 2, row: 1, value: '2026-12-01T00:00:00Z' }]);
  });

  test('a value of the wrong type is counted once, under type, and left out of the other checks', async () => {
    const checks = await run('columns: { i: { type: integer, max: 35, mean: { max: 20 } } }');
    expect(checks.map((c) => [c.check, c.violations, c.observed])).toEqual([
      ['type', 1, '1 value is not integer'],
      ['max', 0, 'min 10, max 30'],
      ['mean', 0, 'mean 20'],
    ]);
  });

  test('only the first N violating rows are kept, values cut to 80 characters', async () => {
    const rows = ['v'];
    for (let i = 0; i < 20; i++) rows.push('y'.repeat(200));
    const p = tmp.file('long.csv', rows.join('\n') + '\n');
    const loaded = parseContract(`version: 1\ntables:\n  t:\n    files: ${p}\n    columns: { v: { pattern: 'x' } }\n`, 'c.yml');
    const [c] = (await validateData(loaded, { workspace: tmp.dir, now: NOW, maxExamples: 3 })).checks;
    expect(c.violations).toBe(20);
    expect(c.examples.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(c.examples[0].value).toBe('y'.repeat(80) + '…');
  });

  test('a column the file lacks is a failed presence check at the header; its other checks judge the files that have it', async () => {
    const checks = await run('unique: [[id, gone]]\ncolumns: { nope: { nulls: 0, mean: { max: 1 } }, n: { nulls: 1 } }');
    expect(checks.map((c) => [c.column, c.check, c.status, c.violations, c.observed])).toEqual([
      ['nope', 'presence', 'fail', 1, 'missing from data.csv'],
      ['gone', 'presence', 'fail', 1, 'missing from data.csv'],
      ['id, gone', 'unique', 'pass', 0, '0 distinct keys, no duplicates'],
      ['nope', 'nulls', 'pass', 0, '0 nulls of 0 rows (share 0)'],
      ['nope', 'mean', 'fail', 1, 'mean NaN'],
      ['n', 'nulls', 'pass', 0, '1 null of 4 rows (share 0.25)'],
    ]);
    expect(checks[0].examples).toEqual([{ file: 'data.csv', line: 1, row: 0, value: '' }]);
    expect(checkLine(checks[0])).toBe('t.nope presence: expected a column of every file; observed missing from data.csv');
  });
});

describe('formats', () => {
  const N = 300;
  const ids = Array.from({ length: N }, (_, i) => (i === 250 ? 7 : i));
  const amount = Array.from({ length: N }, (_, i) => (i === 120 ? null : i === 200 ? -3.25 : (i * 37) % 1000 / 4));
  const label = Array.from({ length: N }, (_, i) => (i === 77 ? 2 : i % 9 === 0 ? 1 : 0));
  const cat = Array.from({ length: N }, (_, i) => (i === 33 ? 'zz' : ['a', 'b', 'c'][i % 3]));
  const ts = Array.from({ length: N }, (_, i) => new Date(Date.parse('2026-11-30T00:00:00Z') + i * 60_000).toISOString());
  const CONTRACT = (file: string) => `version: 1
tables:
  tx:
    files: ${file}
    rows: { min: 301 }
    unique: [id, [cat, label]]
    columns:
      id: { type: integer }
      amount: { type: number, nulls: 0, min: 0, mean: { max: 100 }, std: { max: 10 }, quantiles: { "0.9": { max: 200 } } }
      label: { type: integer, in: [0, 1], share: { "1": { min: 0.2 } } }
      cat: { type: string, in: [a, b, c], pattern: '[a-c]', length: { max: 1 } }
      ts: { type: timestamp, freshness: 1h }
`;
  const strip = (checks: CheckResult[]) => checks.map((c) => ({ ...c, examples: c.examples.map(({ file: _f, line: _l, ...e }) => e) }));

  test('CSV, TSV, JSONL, gzip and Parquet give identical reports but for file names and lines', async () => {
    const csv = ['id,amount,label,cat,ts', ...ids.map((id, i) => [id, amount[i] ?? '', label[i], cat[i], ts[i]].join(','))].join('\n') + '\n';
    const jsonl = ids.map((id, i) => JSON.stringify({ id, amount: amount[i], label: label[i], cat: cat[i], ts: ts[i] })).join('\n') + '\n';
    tmp.file('f.csv', csv);
    tmp.file('f.tsv', csv.replace(/,/g, '\t'));
    tmp.file('f.jsonl', jsonl);
    tmp.file('f.csv.gz', csv, true);
    writeParquet(join(tmp.dir, 'f.parquet'), [
      { name: 'id', type: 'int64', values: ids },
      { name: 'amount', type: 'double', values: amount },
      { name: 'label', type: 'int64', values: label },
      { name: 'cat', type: 'string', values: cat },
      { name: 'ts', type: 'string', values: ts },
    ], 64);
    const reports: Record<string, CheckResult[]> = {};
    for (const f of ['f.csv', 'f.tsv', 'f.jsonl', 'f.csv.gz', 'f.parquet']) {
      const loaded = parseContract(CONTRACT(f), 'c.yml');
      reports[f] = buildContractReport(await validateData(loaded, { workspace: tmp.dir, now: Date.parse('2026-12-01T00:00:00Z') }), loaded).checks;
    }
    const failed = reports['f.csv'].filter((c) => c.status === 'fail').map((c) => `${c.column} ${c.check}`);
    expect(failed).toEqual(['null rows', 'id unique', 'cat, label unique', 'amount nulls', 'amount min', 'amount mean', 'amount std', 'amount quantile', 'label in', 'label share', 'cat in', 'cat pattern', 'cat length', 'ts freshness']);
    for (const f of ['f.tsv', 'f.jsonl', 'f.csv.gz', 'f.parquet']) expect([f, strip(reports[f])]).toEqual([f, strip(reports['f.csv'])]);
    // Lines: CSV/TSV have the header on line 1; JSONL starts on line 1; Parquet has rows only.
    const labelIn = (f: string) => reports[f].find((c) => c.column === 'label' && c.check === 'in')!.examples[0];
    expect([labelIn('f.csv').line, labelIn('f.jsonl').line, labelIn('f.parquet').line, labelIn('f.parquet').row]).toEqual([79, 78, null, 78]);
  });
});

describe('missing columns', () => {
  // Two files a table: the first has every column, though `label` only from row 100 on (empty before: JSONL lines
  // without the key); the second lacks `amount` and `label`, and repeats 40 of the first's ids; no file has `ghost`.
  const N = 150;
  const A = Array.from({ length: N }, (_, i) => ({ id: i, amount: i === 3 ? -1 : i / 2, label: i < 100 ? null : i % 2 }));
  const B = Array.from({ length: 50 }, (_, i) => ({ id: i % 40, extra: 'x' }));
  const CONTRACT = (a: string, b: string) => `version: 1
tables:
  t:
    files: [${a}, ${b}]
    unique: [id, [id, amount]]
    columns:
      amount: { type: number, nulls: 0, min: 0 }
      label: { type: integer, nulls: { max-share: 0.5 }, in: [0, 1] }
      ghost: { type: integer, nulls: 0 }
`;
  const csv = (rows: Array<Record<string, unknown>>, cols: string[]) => [cols.join(','), ...rows.map((r) => cols.map((c) => r[c] ?? '').join(','))].join('\n') + '\n';
  const jsonl = (rows: Array<Record<string, unknown>>) => rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)))).join('\n') + '\n';
  // File names and lines differ by format (the presence check names the file); nothing else may.
  const strip = (checks: CheckResult[]) =>
    checks.map((c) => ({ ...c, observed: c.observed.replace(/\.(csv|tsv|jsonl|parquet)\b/g, '.ext'), examples: c.examples.map(({ file: _f, line: _l, ...e }) => e) }));

  test('CSV, TSV, JSONL and Parquet give identical reports: presence fails, the other checks count the files that have the column', async () => {
    tmp.file('ma.csv', csv(A, ['id', 'amount', 'label']));
    tmp.file('mb.csv', csv(B, ['id', 'extra']));
    tmp.file('ma.tsv', csv(A, ['id', 'amount', 'label']).replace(/,/g, '\t'));
    tmp.file('mb.tsv', csv(B, ['id', 'extra']).replace(/,/g, '\t'));
    tmp.file('ma.jsonl', jsonl(A));
    tmp.file('mb.jsonl', jsonl(B));
    writeParquet(join(tmp.dir, 'ma.parquet'), [
      { name: 'id', type: 'int64', values: A.map((r) => r.id) },
      { name: 'amount', type: 'double', values: A.map((r) => r.amount) },
      { name: 'label', type: 'int64', values: A.map((r) => r.label) },
    ], 64);
    writeParquet(join(tmp.dir, 'mb.parquet'), [
      { name: 'id', type: 'int64', values: B.map((r) => r.id) },
      { name: 'extra', type: 'string', values: B.map((r) => r.extra) },
    ], 64);
    const reports: Record<string, CheckResult[]> = {};
    for (const ext of ['csv', 'tsv', 'jsonl', 'parquet']) {
      const loaded = parseContract(CONTRACT(`ma.${ext}`, `mb.${ext}`), 'c.yml');
      reports[ext] = buildContractReport(await validateData(loaded, { workspace: tmp.dir, now: NOW }), loaded).checks;
    }
    expect(reports.csv.map((c) => [c.column, c.check, c.status, c.violations, c.observed])).toEqual([
      ['amount', 'presence', 'fail', 1, 'missing from mb.csv'],
      ['label', 'presence', 'fail', 1, 'missing from mb.csv'],
      ['ghost', 'presence', 'fail', 2, 'missing from every file'],
      ['id', 'unique', 'fail', 50, '50 duplicate rows (150 distinct keys)'],
      // Keys with amount come from ma.csv only: no duplicates.
      ['id, amount', 'unique', 'pass', 0, '150 distinct keys, no duplicates'],
      ['amount', 'type', 'pass', 0, 'all 150 non-null values are number'],
      ['amount', 'nulls', 'pass', 0, '0 nulls of 150 rows (share 0)'],
      ['amount', 'min', 'fail', 1, '1 below; min -1, max 74.5'],
      ['label', 'type', 'pass', 0, 'all 50 non-null values are integer'],
      // 100 empty cells (missing keys in JSONL) in ma; mb, which lacks the column, is not counted.
      ['label', 'nulls', 'fail', 100, '100 nulls of 150 rows (share 0.666667)'],
      ['label', 'in', 'pass', 0, 'no values outside the list'],
      ['ghost', 'type', 'pass', 0, 'all 0 non-null values are integer'],
      ['ghost', 'nulls', 'pass', 0, '0 nulls of 0 rows (share 0)'],
    ]);
    for (const ext of ['tsv', 'jsonl', 'parquet']) expect([ext, strip(reports[ext])]).toEqual([ext, strip(reports.csv)]);
    const ghost = (ext: string) => reports[ext][2].examples.map((e) => [e.file, e.line, e.row]);
    expect([ghost('csv'), ghost('jsonl'), ghost('parquet')]).toEqual([
      [['ma.csv', 1, 0], ['mb.csv', 1, 0]],
      [['ma.jsonl', null, 0], ['mb.jsonl', null, 0]],
      [['ma.parquet', null, 0], ['mb.parquet', null, 0]],
    ]);
  });
});

describe('many batches', () => {
  test('ids and times across 65,536-row batches (CSV read without deduplication after the first) report as JSONL does', async () => {
    const N = 67_000;
    const t0 = Date.parse('2026-11-30T00:00:00Z');
    // Duplicate ids in batch 2 (one of batch 1, one of batch 2); times repeat every 30,000 rows, so (ts, cat) repeats.
    const row = (i: number) => ({
      id: `tx-${i === 66_500 ? 5 : i === 66_999 ? 66_000 : i}`,
      ts: new Date(t0 + (i % 30_000) * 1000).toISOString().slice(0, 19) + 'Z',
      cat: i === 66_000 ? 'zz' : ['a', 'b', 'c'][i % 3],
    });
    const rows = Array.from({ length: N }, (_, i) => row(i));
    tmp.file('big.csv', ['id,ts,cat', ...rows.map((r) => `${r.id},${r.ts},${r.cat}`)].join('\n') + '\n');
    tmp.file('big.jsonl', rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const contract = (f: string) => `version: 1
tables:
  t:
    files: ${f}
    unique: [id, [cat, ts]]
    columns:
      id: { type: string, pattern: 'tx-[0-9]+', length: { max: 9 } }
      ts: { type: timestamp, min: '2026-11-30T00:00:00Z', freshness: 48h }
      cat: { in: [a, b, c] }
`;
    const reports: Record<string, CheckResult[]> = {};
    for (const f of ['big.csv', 'big.jsonl']) {
      const loaded = parseContract(contract(f), 'c.yml');
      reports[f] = buildContractReport(await validateData(loaded, { workspace: tmp.dir, now: NOW }), loaded).checks;
    }
    const strip = (checks: CheckResult[]) => checks.map((c) => ({ ...c, examples: c.examples.map(({ file: _f, line: _l, ...e }) => e) }));
    expect(strip(reports['big.jsonl'])).toEqual(strip(reports['big.csv']));
    expect(reports['big.csv'].map((c) => [c.column, c.check, c.violations, c.examples.map((e) => e.line)])).toEqual([
      ['id', 'unique', 2, [66_502, 67_001]],
      ['cat, ts', 'unique', 36_999, [30_002, 30_003, 30_004, 30_005, 30_006]],
      ['id', 'type', 0, []],
      ['id', 'pattern', 0, []],
      ['id', 'length', 0, []],
      ['ts', 'type', 0, []],
      ['ts', 'min', 0, []],
      ['ts', 'freshness', 0, []],
      ['cat', 'in', 1, [66_002]],
    ]);
  });
});

describe('report', () => {
  test('same inputs give the same bytes; fail-on; JUnit; one line per broken rule', async () => {
    const text = 'version: 1\ntables:\n  t:\n    files: data.csv\n    columns: { n: { min: 2 }, cat: { in: [x, y], new-values: warn } }\n';
    const loaded = parseContract(text, 'c.yml');
    const a = serializeContractReport(buildContractReport(await validateData(loaded, { workspace: tmp.dir, now: NOW }), loaded));
    const b = serializeContractReport(buildContractReport(await validateData(loaded, { workspace: tmp.dir, now: NOW }), loaded));
    expect(a).toBe(b);
    const report = JSON.parse(a);
    expect(report.counts).toEqual({ pass: 0, fail: 1, warn: 1 });
    expect([shouldFail(report, 'error'), shouldFail(report, 'never')]).toEqual([true, false]);
    const warnOnly = { ...report, counts: { pass: 1, fail: 0, warn: 1 } };
    expect([shouldFail(warnOnly, 'error'), shouldFail(warnOnly, 'warn')]).toEqual([false, true]);
    expect(checkLine(report.checks[0])).toBe('t.n min: expected ≥ 2; observed 1 below; min 1.5, max 4.5 — first at data.csv:2 ("1.5")');
    const junit = renderJUnit(report);
    expect(junit).toContain('<testsuite name="t" tests="2" failures="1" skipped="1">');
    expect(junit).toContain('<failure message="t.n min: expected ≥ 2;');
  });
});

describe('bounded state', () => {
  test('KeySet: finds every duplicate among 200,000 keys across growth, and stops at its limit with a clear error', () => {
    const s = new KeySet(1_000_000, () => 'k');
    let dups = 0;
    for (let i = 0; i < 200_000; i++) if (!s.add(Math.imul(i, 2654435761) >>> 0, i % 150_000)) dups++;
    // Keys i and i + 150,000 differ in their first hash: no duplicates. Re-adding every key finds all of them.
    expect(dups).toBe(0);
    for (let i = 0; i < 200_000; i++) if (!s.add(Math.imul(i, 2654435761) >>> 0, i % 150_000)) dups++;
    expect(dups).toBe(200_000);
    const small = new KeySet(10, () => "Table 't', unique key (id)");
    expect(() => { for (let i = 0; i < 11; i++) small.add(i, i); }).toThrow(/Table 't', unique key \(id\): more than 10 distinct keys.*MLCI_MAX_UNIQUE_KEYS/);
  });

  test('select puts the k-th smallest value at k, as a sort would, on random, sorted, reversed and constant data', () => {
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const shapes: Array<(n: number) => Float64Array> = [
      (n) => Float64Array.from({ length: n }, () => Math.floor(rand() * 50) - 25),
      (n) => Float64Array.from({ length: n }, (_, i) => i),
      (n) => Float64Array.from({ length: n }, (_, i) => n - i),
      (n) => new Float64Array(n).fill(3),
      (n) => Float64Array.from({ length: n }, (_, i) => (i % 2 ? Infinity : -i * 0.5)),
    ];
    for (const make of shapes) {
      for (const n of [1, 2, 3, 10, 101, 1000]) {
        const base = make(n);
        const sorted = base.slice().sort();
        for (const k of [0, 1, n >> 1, n - 2, n - 1].filter((x) => x >= 0 && x < n)) {
          const a = base.slice();
          select(a, k);
          expect([n, k, a[k]]).toEqual([n, k, sorted[k]]);
          for (let i = 0; i < k; i++) expect(a[i] <= a[k]).toBe(true);
          for (let i = k + 1; i < n; i++) expect(a[i] >= a[k]).toBe(true);
        }
      }
    }
  });

  test('parseTimestamp: the fast path for YYYY-MM-DDTHH:MM:SSZ and YYYY-MM-DD agrees with Date.parse', () => {
    const cases = ['2026-12-01T09:57:30Z', '2026-12-01 09:57:30Z', '2026-12-01', '2026-02-31T00:00:00Z', '2024-02-29', '1999-12-31T23:59:59Z',
      '2026-13-01T00:00:00Z', '2026-12-00', '2026-12-01T24:00:00Z', '2026-12-01T23:60:00Z', '0099-01-01T00:00:00Z', '2026-1a-01', '2026-12-01T09:57:30z'];
    for (const c of cases) {
      const iso = c.length === 10 ? `${c}T00:00:00Z` : c.replace(' ', 'T');
      const want = /^\d{4}-\d{2}-\d{2}/.test(c) && !/z$/.test(c) ? Date.parse(iso) : NaN;
      expect([c, parseTimestamp(c)]).toEqual([c, Number.isFinite(want) ? want : NaN]);
    }
  });

  test('QuantileSample: exact below capacity, a close deterministic estimate above it', () => {
    const exact = new QuantileSample(1000);
    for (let i = 1; i <= 101; i++) exact.add(i);
    expect([exact.quantile(0.5), exact.quantile(0.9), exact.exact]).toEqual([51, 91, true]);
    const est = (): number => {
      const s = new QuantileSample(1024);
      for (let i = 0; i < 100_000; i++) s.add(((i * 7919) % 100_000) / 100_000);
      return s.quantile(0.9);
    };
    const q = est();
    expect(Math.abs(q - 0.9)).toBeLessThan(0.01);
    expect(est()).toBe(q);
  });

  test('QuantileSample past its capacity: every quantile within a small rank error on heavy-tailed, sorted and periodic data', () => {
    // 16 times the capacity (four halvings); the rank of each estimate among all values is within 1% of p.
    const n = 16 * 65_536;
    let seed = 99;
    const u = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
    const shapes: Record<string, (i: number) => number> = {
      pareto: () => 1 / Math.pow(u(), 1 / 1.2),
      lognormal: () => Math.exp(3 * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u())),
      ascending: (i) => i,
      descending: (i) => n - i,
      period2: (i) => (i % 2) * 1000 + u(),
      ties: () => Math.floor(u() * 5),
    };
    for (const [name, gen] of Object.entries(shapes)) {
      const values = Float64Array.from({ length: n }, (_, i) => gen(i));
      const s = new QuantileSample(65_536);
      for (let at = 0; at < n; at += 40_000) s.absorb({ values: values.subarray(at, at + 40_000), stride: 1 });
      const sorted = Float64Array.from(values).sort();
      for (const p of [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
        const q = s.quantile(p);
        // The ranks the estimate can stand for: from the first value ≥ it to the last value ≤ it.
        let lo = 0;
        let hi = n;
        while (lo < hi) { const m = (lo + hi) >> 1; if (sorted[m] < q) lo = m + 1; else hi = m; }
        const first = lo;
        hi = n;
        while (lo < hi) { const m = (lo + hi) >> 1; if (sorted[m] <= q) lo = m + 1; else hi = m; }
        const target = p * (n - 1);
        const err = target < first ? first - target : target > lo ? target - lo : 0;
        expect([name, p, err / n < 0.01]).toEqual([name, p, true]);
      }
    }
  });
});
