import { describe, test, expect, beforeEach, afterEach } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { detectChanges, type DetectOptions } from '../../src/detect/detect.js';
import { parseRecord, serializeRecord, type DetectRecord } from '../../src/detect/record.js';
import { parseDriftPolicy } from '../../src/drift/policy.js';
import { renderSummary } from '../../src/detect/summary.js';
import { writeTable } from './gen.js';

let ws: string;
const put = (rel: string, text: string) => {
  mkdirSync(dirname(join(ws, rel)), { recursive: true });
  writeFileSync(join(ws, rel), text);
};
const T0 = new Date('2026-01-10T00:00:00Z');
const base = (): DetectOptions => ({ workspace: ws, data: ['data/*.csv'], pointers: [], code: ['src/**'], params: ['params.yaml'], now: T0, commit: 'c0' });

/** Run once to get a baseline (through JSON, as a real record travels), then apply `change` and run again. */
async function twoRuns(change: () => void, opts: Partial<DetectOptions> = {}) {
  const first = await detectChanges({ ...base(), ...opts, baseline: undefined, now: T0 });
  const baseline: DetectRecord = parseRecord(serializeRecord(first.record), 'test');
  change();
  return detectChanges({ ...base(), ...opts, baseline, now: opts.now ?? new Date(T0.getTime() + 3_600_000) });
}

beforeEach(() => {
  ws = mkdtempSync(join(tmpdir(), 'mlci-detect-'));
  writeTable(join(ws, 'data/train.csv'), { rows: 3000, seed: 1 });
  put('src/train.py', 'print("train")\n');
  put('params.yaml', 'train:\n  lr: 0.1\n  epochs: 10\n');
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));

describe('detectChanges', () => {
  test('first run: should train, record profiles, fingerprint', async () => {
    const r = await detectChanges(base());
    expect([r.shouldTrain, r.reasons]).toEqual([true, ['first-run']]);
    expect(r.record.profiles['data/train.csv'].rows).toBe(3000);
    expect(r.record.tables).toEqual([{ name: 'data/*.csv', files: ['data/train.csv'] }]);
    expect(r.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(renderSummary(r)).toContain('training will run');
  });

  test('no change: nothing to do, profiles reused, trained-at kept', async () => {
    const r = await twoRuns(() => {});
    expect([r.shouldTrain, r.reasons]).toEqual([false, []]);
    expect(r.stats.profileReused).toBe(1);
    expect(r.record.trainedAt).toBe(T0.toISOString());
    expect(renderSummary(r)).toContain('training will not run');
  });

  test('one byte changed: data-changed, fingerprint moves', async () => {
    let before = '';
    const r = await twoRuns(() => {
      const p = join(ws, 'data/train.csv');
      const text = readFileSync(p, 'utf8');
      before = text;
      writeFileSync(p, text.replace('\n1,', '\n9,'));
    });
    expect(before).not.toBe('');
    expect([r.shouldTrain, r.reasons]).toEqual([true, ['data-changed']]);
    expect(r.data.modified).toEqual(['data/train.csv']);
    expect(r.fingerprint).not.toBe(r.previousFingerprint);
  });

  test('2% of rows dropped: rows-dropped with a warning', async () => {
    const r = await twoRuns(() => writeTable(join(ws, 'data/train.csv'), { rows: 3000, seed: 1, dropRows: 0.02 }));
    expect(r.reasons).toEqual(['data-changed', 'rows-dropped']);
    expect(r.warnings[0].message).toMatch(/data\/\*\.csv: \d+ rows dropped \(3,000 → 2,9\d\d/);
  });

  test('a column removed: schema-changed', async () => {
    const r = await twoRuns(() => writeTable(join(ws, 'data/train.csv'), { rows: 3000, seed: 1, dropCol: 'device' }));
    expect(r.reasons).toEqual(['data-changed', 'schema-changed']);
    expect(r.tables[0].schema.removed).toEqual([{ column: 'device', type: 'string' }]);
  });

  test('a shifted numeric column: flagged; drift when it is critical', async () => {
    const shift = () => writeTable(join(ws, 'data/train.csv'), { rows: 3000, seed: 2, shift: { amount: 0.8 } });
    const plain = await twoRuns(shift);
    expect(plain.reasons).toEqual(['data-changed']);
    expect(plain.tables[0].columns.find((c) => c.column === 'amount')).toMatchObject({ test: 'wasserstein', drifted: true });
    writeTable(join(ws, 'data/train.csv'), { rows: 3000, seed: 1 });
    const crit = await twoRuns(shift, { policy: parseDriftPolicy('critical: [amount]\n', 'p.yml') });
    expect(crit.reasons).toEqual(['data-changed', 'drift']);
    expect(crit.drift).toBe(true);
  });

  test('a recoded category: drift in that column (Jensen–Shannon)', async () => {
    const r = await twoRuns(() => writeTable(join(ws, 'data/train.csv'), { rows: 3000, seed: 1, recode: { country: ['US', 'XX'] } }), {
      policy: parseDriftPolicy('critical: [country]\n', 'p.yml'),
    });
    expect(r.reasons).toEqual(['data-changed', 'drift']);
    expect(r.tables[0].columns.find((c) => c.column === 'country')).toMatchObject({ test: 'jensen-shannon', drifted: true });
  });

  test('code-only change from the event, and from digests when the event cannot say', async () => {
    const evented = await twoRuns(() => {}, { changedFiles: ['src/train.py', 'README.md'], changedFilesSource: 'pull request files' });
    expect([evented.reasons, evented.code.files]).toEqual([['code-changed'], ['src/train.py']]);
    const digests = await twoRuns(() => put('src/train.py', 'print("train v2")\n'));
    expect([digests.reasons, digests.code]).toEqual([['code-changed'], { files: ['src/train.py'], source: 'code file digests since the baseline' }]);
  });

  test('params-only change lists the keys', async () => {
    const r = await twoRuns(() => put('params.yaml', 'train:\n  lr: 0.01\n  epochs: 10\n'));
    expect(r.reasons).toEqual(['params-changed']);
    expect(r.params).toEqual([{ file: 'params.yaml', key: 'train.lr', change: 'changed', from: '0.1', to: '0.01' }]);
  });

  test('stale model and forced run', async () => {
    const stale = await twoRuns(() => {}, { maxAgeMs: 48 * 3_600_000, now: new Date(T0.getTime() + 49 * 3_600_000) });
    expect([stale.shouldTrain, stale.reasons, stale.ageMs]).toEqual([true, ['stale'], 49 * 3_600_000]);
    const fresh = await twoRuns(() => {}, { maxAgeMs: 48 * 3_600_000, now: new Date(T0.getTime() + 47 * 3_600_000) });
    expect(fresh.reasons).toEqual([]);
    const forced = await twoRuns(() => {}, { force: true });
    expect([forced.shouldTrain, forced.reasons]).toEqual([true, ['forced']]);
  });

  test('train-on narrows what counts: data changed but only drift trains', async () => {
    const r = await twoRuns(() => writeTable(join(ws, 'data/train.csv'), { rows: 3001, seed: 1 }), { trainOn: ['drift', 'stale'] });
    expect([r.shouldTrain, r.reasons]).toEqual([false, ['data-changed']]);
    expect(r.record.trainedAt).toBe(T0.toISOString());
  });

  test('DVC and LFS pointer changes are data changes found without the data', async () => {
    const oid = (s: string) => createHash('sha256').update(s).digest('hex');
    const lfs = (s: string) => `version https://git-lfs.github.com/spec/v1\noid sha256:${oid(s)}\nsize ${s.length}\n`;
    put('models/big.bin', lfs('v1'));
    put('data/raw.csv.dvc', 'outs:\n- md5: a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1\n  size: 10\n  hash: md5\n  path: raw.csv\n');
    const opts = { pointers: ['models/big.bin', 'data/*.dvc'] };
    const dvc = await twoRuns(() => put('data/raw.csv.dvc', 'outs:\n- md5: b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2\n  size: 11\n  hash: md5\n  path: raw.csv\n'), opts);
    expect([dvc.reasons, dvc.pointers.modified]).toEqual([['data-changed'], ['data/raw.csv']]);
    const l = await twoRuns(() => put('models/big.bin', lfs('v2')), opts);
    expect([l.reasons, l.pointers.modified]).toEqual([['data-changed'], ['models/big.bin']]);
    // The LFS content checked out instead of the pointer gives the same fingerprint (the oid is its sha256).
    put('models/big.bin', lfs('v1'));
    const withPointer = await detectChanges({ ...base(), ...opts, data: [] });
    put('models/big.bin', 'v1');
    const withContent = await detectChanges({ ...base(), ...opts, data: [] });
    expect(withContent.fingerprint).toBe(withPointer.fingerprint);
  });

  test('a data file that differs from its DVC record is a warning', async () => {
    put('data/raw.csv', 'x\n1\n');
    put('data/raw.csv.dvc', `outs:\n- md5: ${createHash('md5').update('x\n2\n').digest('hex')}\n  size: 4\n  hash: md5\n  path: raw.csv\n`);
    const r = await detectChanges({ ...base(), data: ['data/*.csv'], pointers: ['data/*.dvc'] });
    expect(r.warnings.map((w) => w.message).join()).toMatch(/data\/raw\.csv does not match its DVC record in data\/raw\.csv\.dvc/);
    put('data/raw.csv.dvc', `outs:\n- md5: ${createHash('md5').update('x\n1\n').digest('hex')}\n  size: 4\n  hash: md5\n  path: raw.csv\n`);
    expect((await detectChanges({ ...base(), data: ['data/*.csv'], pointers: ['data/*.dvc'] })).warnings).toEqual([]);
  });

  test("the action's own lock file and report are never data", async () => {
    put('data.lock.json', '{}');
    const r = await detectChanges({ ...base(), data: ['*.json', 'data/*.csv'], exclude: ['data.lock.json'], allowEmpty: true });
    expect(r.record.files.map((f) => f.path)).toEqual(['data/train.csv']);
  });

  test('a malformed data file is an error naming it', async () => {
    put('data/bad.csv', 'a,b\n1,"unterminated\n');
    await expect(detectChanges(base())).rejects.toThrow(/bad\.csv/);
  });
});
