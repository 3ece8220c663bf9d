import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { parseContract, validateData, buildContractReport, type CheckResult } from '../../src/contract/index.js';
import { KeySet, hashNumber } from '../../src/contract/keys.js';
import { Log } from '../../src/contract/part-state.js';
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

  test('key logs added many parts at a time find the same duplicates as keys added one by one', () => {
    // Three parts' logs of 5,000 keys each over 6,000 distinct values (so duplicates within and across parts),
    // grouped by bucket as a part's Log.take() hands them over.
    const h = new Uint32Array(2);
    const parts = [0, 1, 2].map((p) => {
      const log = new Log();
      log.reserve(5000);
      for (let i = 0; i < 5000; i++) {
        hashNumber((i * 7919 + p * 104_729) % 6000, h);
        log.push(h[0], h[1], i);
      }
      return log.take();
    });
    const one = new KeySet(1e6, () => 'k');
    const expected = parts.map((g) => {
      // The same keys in row order: undo the grouping by sorting on row.
      const row = (i: number) => g.keys[3 * i + 2];
      const order = Array.from({ length: g.keys.length / 3 }, (_, i) => i).sort((a, b) => row(a) - row(b));
      return order.filter((i) => !one.add(g.keys[3 * i], g.keys[3 * i + 1])).map(row);
    });
    // The last call in the kernel (kernel.wat dedup) and in JavaScript (MLCI_VALIDATE_FAST=0).
    for (const fast of ['1', '0']) {
      process.env.MLCI_VALIDATE_FAST = fast;
      try {
        for (const rounds of [[[0, 1, 2]], [[0], [1, 2]], [[0], [1], [2]]]) {
          const s = new KeySet(1e6, () => 'k');
          const got = rounds.flatMap((r, k) => s.addLogs(r.map((i) => parts[i]), k < rounds.length - 1).map((d) => [...d]));
          expect([fast, got]).toEqual([fast, expected]);
          expect(s.size).toBe(one.size);
        }
      } finally {
        delete process.env.MLCI_VALIDATE_FAST;
      }
    }
    expect(expected.flat().length).toBe(15_000 - one.size);
    expect(() => new KeySet(5999, () => 'Table t, unique key (id)').addLogs(parts, false)).toThrow(/more than 5,999 distinct keys/);
    // The last call split by bucket among threads (pool.ts mergeOnWorkers): each share's duplicates, merged per log
    // and sorted, and the shares' sizes added up, are the one call's.
    for (const cuts of [[0, 256], [0, 128, 256], [0, 1, 77, 200, 256]]) {
      const shares = cuts.slice(1).map((to, k) => {
        const set = new KeySet(Infinity, () => 'k');
        return { dups: set.addLogs(parts, false, cuts[k], to), size: set.size };
      });
      const merged = parts.map((_, k) => [...shares.flatMap((sh) => [...sh.dups[k]])].sort((a, b) => a - b));
      expect(merged).toEqual(expected);
      const counted = new KeySet(1e6, () => 'k');
      counted.addCounted(shares.reduce((t, sh) => t + sh.size, 0));
      expect(counted.size).toBe(one.size);
    }
    expect(() => new KeySet(5999, () => 'Table t, unique key (id)').addCounted(one.size)).toThrow(/more than 5,999 distinct keys/);
    // The logs are in memory the workers share (the split merge reads them there).
    expect(parts[0].keys.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});
