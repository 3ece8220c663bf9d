import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { parseContract, validateData, buildContractReport, type CheckResult } from '../../src/contract/index.js';
import { KeySet } from '../../src/contract/keys.js';
import { tempDir } from '../io/helpers.js';

/**
 * A large CSV is read in row ranges (contract/pool.ts) whose states are added up in file order. On this thread (no
 * worker entry in unit tests) the ranges go one after another; whatever the range size, every check but the mean and
 * std (combined pairwise) reports the same as one pass — counts, examples with their lines and rows, duplicates
 * across ranges, presence. The action's tests compare 1, 2 and 3 threads on the committed dist.
 */
const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => {
  delete process.env.MLCI_VALIDATE_RANGE_BYTES;
});

function rows(n: number, eol: string): string {
  const out = ['id,grp,amount,cat,note,ts'];
  for (let i = 0; i < n; i++) {
    const id = i % 23 === 22 ? `k${i - 9}` : i % 31 === 0 ? '' : `k${i}`;
    const note = i % 5 === 0 ? `"a${eol}b ""q"" ${i}"` : i % 17 === 0 ? 'toolongtoolongtoolong' : `n${i}`;
    out.push(`${id},${i % 7},${i % 13 === 0 ? -i : (i * 37) % 1000},${i % 19 === 0 ? 'zz' : 'aa'},${note},2026-11-${String(1 + (i % 28)).padStart(2, '0')}`);
  }
  return out.join(eol) + eol;
}
tmp.file('a.csv', rows(600, '\n'));
tmp.file('b.csv', rows(300, '\r\n'));
tmp.file('c.csv', 'id,grp\nk1,1\nk2,2\n');

const CONTRACT = `version: 1
tables:
  t:
    files: [a.csv, b.csv, c.csv]
    rows: { min: 1 }
    unique: [id, [grp, amount]]
    columns:
      id: { nulls: 0, pattern: 'k[0-9]+' }
      amount: { type: integer, min: 0, max: 900, mean: { min: 0, max: 1000 }, std: { max: 1000 }, quantiles: { "0.5": { max: 400 } } }
      cat: { in: [aa], share: { zz: { max: 0.01 } } }
      note: { length: { max: 12 } }
      ts: { type: timestamp, freshness: 24h }
`;

async function run(rangeBytes?: number): Promise<CheckResult[]> {
  if (rangeBytes !== undefined) process.env.MLCI_VALIDATE_RANGE_BYTES = String(rangeBytes);
  const loaded = parseContract(CONTRACT, 'contract.yml');
  const r = await validateData(loaded, { workspace: tmp.dir, now: Date.parse('2026-12-01T00:00:00Z') });
  return buildContractReport(r, loaded).checks;
}

describe('validation in row ranges', () => {
  test('every range size reports what one pass does (mean and std aside), lines and duplicates across ranges included', async () => {
    const whole = await run();
    const byKey = (cs: CheckResult[]) => cs.filter((c) => c.check !== 'mean' && c.check !== 'std');
    for (const size of [1, 37, 500, 4096]) {
      const parts = await run(size);
      expect(byKey(parts)).toEqual(byKey(whole));
      const mean = (cs: CheckResult[]) => Number(/mean (\S+)/.exec(cs.find((c) => c.check === 'mean')!.observed)![1]);
      expect(mean(parts)).toBeCloseTo(mean(whole), 4);
    }
    const find = (check: string, column: string) => whole.find((c) => c.check === check && c.column === column)!;
    // Quoted line breaks push the rows down: data row 14 of a.csv (three two-line notes before it) starts on line 18.
    expect(find('unique', 'id').violations).toBeGreaterThan(30);
    expect(find('presence', 'amount').examples.map((e) => e.file)).toEqual(['c.csv']);
    expect(find('min', 'amount').examples[0]).toMatchObject({ file: 'a.csv', row: 14, line: 18, value: '-13' });
  });

  test('a broken row in a later range is reported at its line in the file, as one pass reports it', async () => {
    const lines = ['id,note'];
    for (let i = 0; i < 200; i++) lines.push(i === 150 ? `k${i},x,extra` : `k${i},"a\nb"`);
    tmp.file('bad.csv', lines.join('\n') + '\n');
    const loaded = parseContract('version: 1\ntables:\n  t:\n    files: bad.csv\n    columns: { id: { nulls: 0 } }\n', 'contract.yml');
    const message = async () => (await validateData(loaded, { workspace: tmp.dir }).catch((e: Error) => e)) as Error;
    const whole = await message();
    expect(whole.message).toContain('line 302');
    process.env.MLCI_VALIDATE_RANGE_BYTES = '64';
    expect((await message()).message).toBe(whole.message);
  });

  test('a reserved key set keeps its keys and finds duplicates as before', () => {
    const s = new KeySet(100, () => 'k');
    s.reserve(50);
    for (let i = 0; i < 60; i++) expect(s.add(i * 7919, i)).toBe(true);
    expect(s.add(7919, 1)).toBe(false);
    expect(s.size).toBe(60);
  });
});
