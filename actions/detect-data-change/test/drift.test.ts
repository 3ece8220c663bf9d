import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type RunResult } from '../../../test/harness/run-action.js';
import { createRng } from '../../../packages/core/src/stats/rng.js';

/**
 * Drift decisions through the committed dist on a fraud-shaped table: a heavy-tailed amount (lognormal σ = 2), 400
 * merchants (Zipf), a count of prior transactions (Poisson) and a label. The baseline is recorded once; a fresh
 * current table from the same distributions must give should-train false run after run, and the amount scale tripled
 * must give drift. Then one CSV split into ranges on several threads gives the same record as one thread.
 */
const ACTION = 'detect-data-change';
let root: string;
let childTmp: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mlci-drift-'));
  childTmp = join(root, 'tmp');
  mkdirSync(childTmp);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fraudCsv(rows: number, seed: number, amountScale = 1): string {
  const rng = createRng(seed);
  const merchants = 400;
  const cdf = new Float64Array(merchants);
  let acc = 0;
  for (let i = 0; i < merchants; i++) cdf[i] = acc += 1 / Math.pow(i + 1, 1.1);
  const out = ['amount,merchant,prior_txns,is_fraud'];
  for (let r = 0; r < rows; r++) {
    const z = Math.sqrt(-2 * Math.log(rng.next())) * Math.cos(2 * Math.PI * rng.next());
    const amount = Math.round(Math.exp(3 + 2 * z) * amountScale * 100) / 100;
    const u = rng.next() * acc;
    let m = 0;
    while (cdf[m] < u) m++;
    let k = 0;
    for (let p = rng.next(); p > Math.exp(-3); p *= rng.next()) k++;
    out.push(`${amount},m${String(m).padStart(4, '0')},${k},${rng.next() < 0.02 ? 1 : 0}`);
  }
  return out.join('\n') + '\n';
}

/** A drift of the amount alone is reason to retrain (the other three columns would not reach drift-share 0.5). */
const POLICY = 'drift-share: 0.5\ncritical: [amount]\n';

async function detect(cwd: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> {
  const r = await runAction({
    action: ACTION,
    cwd,
    event: 'schedule',
    inputs: { data: 'data/*.csv', baseline: 'data.lock.json', ...inputs },
    env: { TMPDIR: childTmp, ...env },
  });
  if (r.exitCode !== 0) throw new Error(`detect-data-change failed:\n${r.stdout}\n${r.stderr}`);
  return r;
}

describe('fraud-shaped table through the dist', () => {
  test('no change: should-train false run after run; amount scale tripled: drift', async () => {
    const cwd = mkdtempSync(join(root, 'fraud-'));
    mkdirSync(join(cwd, 'data'));
    writeFileSync(join(cwd, 'data/tx.csv'), fraudCsv(60_000, 1));
    const first = await detect(cwd, { baseline: 'none', 'write-lock': 'data.lock.json' });
    expect(first.outputs['should-train']).toBe('true');
    for (let run = 0; run < 4; run++) {
      writeFileSync(join(cwd, 'data/tx.csv'), fraudCsv(45_000 + 1000 * run, 100 + run));
      // As the fraud example does: new rows alone do not retrain, drift does.
      const r = await detect(cwd, { 'report-path': 'report.json', 'train-on': 'drift', 'drift-policy': POLICY });
      const report = JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'));
      const cols = report.tables[0].columns as Array<{ column: string; drifted: boolean; method: string; pValue?: number }>;
      expect({ run, drifted: cols.filter((c) => c.drifted).map((c) => c.column) }).toEqual({ run, drifted: [] });
      expect(JSON.parse(r.outputs.reasons)).not.toContain('drift');
      expect(r.outputs['should-train']).toBe('false');
      expect(cols.find((c) => c.column === 'amount')!.method).toMatch(/parametric-bootstrap/);
    }
    writeFileSync(join(cwd, 'data/tx.csv'), fraudCsv(45_000, 200, 3));
    const moved = await detect(cwd, { 'report-path': 'report.json', 'train-on': 'drift', 'drift-policy': POLICY });
    const report = JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'));
    const amount = report.tables[0].columns.find((c: { column: string }) => c.column === 'amount');
    expect(amount.drifted).toBe(true);
    expect(report.tables[0].columns.filter((c: { drifted: boolean }) => c.drifted).map((c: { column: string }) => c.column)).toEqual(['amount']);
    expect(JSON.parse(moved.outputs.reasons)).toContain('drift');
    expect(moved.outputs['should-train']).toBe('true');
  });

  test('one CSV split into ranges: the same record on several threads as on one', async () => {
    const cwd = mkdtempSync(join(root, 'split-'));
    mkdirSync(join(cwd, 'data'));
    writeFileSync(join(cwd, 'data/tx.csv'), fraudCsv(80_000, 7));
    const env = { MLCI_PROFILE_RANGE_BYTES: String(256 * 1024) };
    const pooled = await detect(cwd, { baseline: 'none', 'write-lock': 'pooled.json' }, { ...env, MLCI_WORKER_MIN_BYTES: '0' });
    const single = await detect(cwd, { baseline: 'none', 'write-lock': 'single.json' }, { ...env, MLCI_WORKER_MIN_BYTES: '1e15' });
    expect(pooled.stdout).toMatch(/profiled on [2-9] threads/);
    expect(single.stdout).not.toMatch(/profiled on \d+ threads/);
    const a = JSON.parse(readFileSync(join(cwd, 'pooled.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(cwd, 'single.json'), 'utf8'));
    expect(a.profiles).toEqual(b.profiles);
  });

  test('profiled while hashed: the same record as profiled after; a touched unchanged file keeps the baseline profile', async () => {
    const cwd = mkdtempSync(join(root, 'early-'));
    mkdirSync(join(cwd, 'data'));
    writeFileSync(join(cwd, 'data/tx.csv'), fraudCsv(80_000, 11));
    const env = { MLCI_PROFILE_RANGE_BYTES: String(256 * 1024), MLCI_WORKER_MIN_BYTES: '0' };
    const early = await detect(cwd, { baseline: 'none', 'write-lock': 'early.json' }, { ...env, MLCI_EARLY_PROFILE_BYTES: '0' });
    const after = await detect(cwd, { baseline: 'none', 'write-lock': 'after.json' }, { ...env, MLCI_EARLY_PROFILE_BYTES: '1e15' });
    expect(early.stdout).toMatch(/"profile-while-hashing":\d+/);
    expect(after.stdout).not.toMatch(/profile-while-hashing/);
    const a = JSON.parse(readFileSync(join(cwd, 'early.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(cwd, 'after.json'), 'utf8'));
    expect(a.profiles).toEqual(b.profiles);
    // The same bytes written again: the stat cache misses, the sha256 does not change, so the early profile is
    // abandoned and the baseline's is kept (no profile made, none reported).
    writeFileSync(join(cwd, 'data/tx.csv'), readFileSync(join(cwd, 'data/tx.csv')));
    const again = await detect(cwd, { baseline: 'early.json', 'write-lock': 'again.json', force: 'true' }, { ...env, MLCI_EARLY_PROFILE_BYTES: '0' });
    expect(again.stdout).toMatch(/1 hashed .* 0 profiled, 1 profiles reused/);
    expect(JSON.parse(again.outputs.reasons)).toEqual(['forced']);
    expect(JSON.parse(readFileSync(join(cwd, 'again.json'), 'utf8')).profiles).toEqual(a.profiles);
  });

  test('a malformed row in a later range: the error names the line of the whole file, on any number of threads', async () => {
    const cwd = mkdtempSync(join(root, 'bad-'));
    mkdirSync(join(cwd, 'data'));
    const lines = fraudCsv(30_000, 9).split('\n');
    lines[25_000] = '12.5,m0001,3,0,extra';
    writeFileSync(join(cwd, 'data/tx.csv'), lines.join('\n'));
    for (const env of [{ MLCI_WORKER_MIN_BYTES: '0' }, { MLCI_WORKER_MIN_BYTES: '0', MLCI_EARLY_PROFILE_BYTES: '0' }, { MLCI_WORKER_MIN_BYTES: '1e15' }, { MLCI_PROFILE_RANGE_BYTES: '1e15' }]) {
      const r = await runAction({
        action: ACTION,
        cwd,
        event: 'schedule',
        inputs: { data: 'data/*.csv', baseline: 'none' },
        env: { TMPDIR: childTmp, MLCI_PROFILE_RANGE_BYTES: String(64 * 1024), ...env },
      });
      expect(r.exitCode).toBe(1);
      expect(r.errors.at(-1)).toMatch(/data file data\/tx\.csv, line 25001: 5 fields/);
    }
  });
});
