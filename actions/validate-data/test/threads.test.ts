import { describe, test, expect } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../../test/harness/run-action.js';

/**
 * One CSV validated in row ranges on 1, 2 and 3 threads (the committed dist, so the worker threads are real): the
 * report is the same bytes, and the violations sit at the right lines although quoted cells span lines and broken
 * rows fall next to range boundaries (ranges of 997 bytes, about 25 rows).
 */
const CONTRACT = `version: 1
tables:
  tx:
    files: tx.csv
    rows: { min: 1 }
    unique: [id, [customer, day]]
    columns:
      id: { nulls: 0, pattern: 'tx-[0-9]{5}' }
      customer: { type: integer }
      day: { type: integer }
      amount: { type: number, min: 0, max: 500, mean: { min: 200, max: 300 }, std: { max: 1000 } }
      category: { in: [grocery, travel, online] }
      label: { in: [0, 1], share: { "1": { max: 0.5 } } }
      score: { quantiles: { "0.5": { min: 0.4, max: 0.6 }, "0.9": { max: 0.95 } } }
      note: { length: { max: 40 } }
      ts: { type: timestamp, freshness: 48h }
`;

/** The CSV and the line each data row starts on. */
function data(rows: number, quoted = true): { text: string; lineOf: number[] } {
  let seed = 7;
  const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const out = ['id,customer,day,amount,category,label,score,note,ts'];
  const lineOf: number[] = [];
  let line = 2;
  for (let i = 0; i < rows; i++) {
    const id = i % 97 === 96 ? `tx-${String(i - 40).padStart(5, '0')}` : i % 131 === 0 ? '' : `tx-${String(i).padStart(5, '0')}`;
    const amount = i % 53 === 0 ? -1.5 : Math.round(rand() * 50000) / 100;
    const category = i % 89 === 0 ? 'fuel' : ['grocery', 'travel', 'online'][i % 3];
    const note = !quoted ? (i % 61 === 0 ? 'x'.repeat(45) : `n${i}`) : i % 7 === 0 ? `"two\nlines, ""quoted"" ${i}"` : i % 61 === 0 ? `"${'x'.repeat(45)}"` : `n${i}`;
    const ts = `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`;
    out.push(`${id},${i % 300},${Math.floor(i / 300)},${amount},${category},${i % 11 === 0 ? 1 : 0},${rand().toFixed(4)},${note},${ts}`);
    lineOf.push(line);
    line += note.split('\n').length;
  }
  return { text: out.join('\n') + '\n', lineOf };
}

async function report(cwd: string, threads: string, rangeBytes: string): Promise<string> {
  const r = await runAction({
    action: 'validate-data',
    inputs: { contract: 'contract.yml', 'fail-on': 'never', comment: 'false', check: 'false', 'junit-path': '' },
    cwd,
    env: { MLCI_NOW: '2026-12-01T00:00:00Z', MLCI_VALIDATE_THREADS: threads, MLCI_VALIDATE_RANGE_BYTES: rangeBytes, MLCI_WORKER_MIN_BYTES: '0' },
  });
  expect(r.exitCode).toBe(0);
  return readFileSync(join(cwd, 'mlci-contract-report.json'), 'utf8');
}

describe('validate-data on every core', () => {
  test('1, 2 and 3 threads give the same report bytes, with violations at the right lines across range boundaries', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mlci-validate-threads-'));
    const { text, lineOf } = data(2000);
    writeFileSync(join(cwd, 'tx.csv'), text);
    writeFileSync(join(cwd, 'contract.yml'), CONTRACT);
    const one = await report(cwd, '1', '997');
    expect(await report(cwd, '2', '997')).toBe(one);
    expect(await report(cwd, '3', '997')).toBe(one);
    const checks = JSON.parse(one).checks as { column: string; check: string; violations: number; examples: { line: number; row: number; value: string }[] }[];
    const find = (column: string, check: string) => checks.find((c) => c.column === column && c.check === check)!;
    // Every 53rd row has a negative amount; the report shows the first five at their lines.
    const min = find('amount', 'min');
    expect(min.violations).toBe(Math.ceil(2000 / 53));
    expect(min.examples.map((e) => e.line)).toEqual([0, 53, 106, 159, 212].map((i) => lineOf[i]));
    expect(min.examples.map((e) => e.row)).toEqual([1, 54, 107, 160, 213]);
    // Every 97th row repeats the id of the row 40 before it (in an earlier range); empty ids are skipped.
    const unique = find('id', 'unique');
    const dups = [...Array(2000).keys()].filter((i) => i % 97 === 96 && (i - 40) % 131 !== 0 && (i - 40) % 97 !== 96);
    expect(unique.violations).toBe(dups.length);
    expect(unique.examples.map((e) => [e.line, e.value])).toEqual(dups.slice(0, 5).map((i) => [lineOf[i], `tx-${String(i - 40).padStart(5, '0')}`]));
    const length = find('note', 'length');
    expect(length.examples.map((e) => e.line)).toEqual([61, 122, 183, 244, 305].map((i) => lineOf[i]));
    // The same rows without ranges: the same violations and examples.
    const whole = JSON.parse(await report(cwd, '1', '100000000')).checks as typeof checks;
    // (The mean and std of ranges are combined pairwise, which may differ from one pass in the last bits.)
    expect(whole.length).toBe(checks.length);
    checks.forEach((c, i) => {
      if (c.check !== 'mean' && c.check !== 'std') expect(whole[i]).toEqual(c);
    });
  }, 60_000);

  test('without quotes (the fast path, guessed ranges, keys merged on the workers): the same report bytes on 1, 2 and 3 threads', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mlci-validate-threads-'));
    const { text, lineOf } = data(3000, false);
    writeFileSync(join(cwd, 'tx.csv'), text);
    writeFileSync(join(cwd, 'contract.yml'), CONTRACT);
    const one = await report(cwd, '1', '1999');
    expect(await report(cwd, '2', '1999')).toBe(one);
    expect(await report(cwd, '3', '1999')).toBe(one);
    const checks = JSON.parse(one).checks as { column: string; check: string; violations: number; observed: string; examples: { line: number; row: number; value: string }[] }[];
    const unique = checks.find((c) => c.column === 'id' && c.check === 'unique')!;
    const dups = [...Array(3000).keys()].filter((i) => i % 97 === 96 && (i - 40) % 131 !== 0 && (i - 40) % 97 !== 96);
    expect(unique.violations).toBe(dups.length);
    expect(unique.examples.map((e) => [e.line, e.row, e.value])).toEqual(dups.slice(0, 5).map((i) => [lineOf[i], i + 1, `tx-${String(i - 40).padStart(5, '0')}`]));
    const pair = checks.find((c) => c.column === 'customer, day' && c.check === 'unique')!;
    expect(pair.violations).toBe(0);
    expect(pair.observed).toBe('3000 distinct keys, no duplicates');
    // The same without ranges.
    expect(JSON.parse(await report(cwd, '1', '100000000')).checks.find((c: { column: string; check: string }) => c.column === 'id' && c.check === 'unique')).toEqual(unique);
  }, 60_000);
});
