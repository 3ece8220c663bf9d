import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { baselineKeys, loadBaseline, parseBaselineInput, writeRecord } from '../../src/detect/baseline.js';
import { detectChanges } from '../../src/detect/detect.js';
import { parseRecord, serializeRecord, RecordError, type DetectRecord } from '../../src/detect/record.js';
import type { CacheStore } from '../../src/platform.js';

let ws: string;
let record: DetectRecord;
beforeAll(async () => {
  ws = mkdtempSync(join(tmpdir(), 'mlci-baseline-'));
  writeFileSync(join(ws, 'a.csv'), 'x,y\n1,a\n2,b\n');
  record = (await detectChanges({ workspace: ws, data: ['a.csv'], pointers: [], code: [], params: [], commit: 'abc' })).record;
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

function logger() {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, log: { warning: (m: string) => warnings.push(m), info: (m: string) => infos.push(m) } };
}
const keys = () => baselineKeys({ data: ['a.csv'], pointers: [], branch: 'feature/x', defaultBranch: 'main', runId: 7, runAttempt: 1 });

describe('record', () => {
  test('serialises deterministically and parses back', () => {
    const text = serializeRecord(record);
    expect(serializeRecord(parseRecord(text, 'x'))).toBe(text);
    expect(text.startsWith('{\n  "schema": "mlci.detect.record/v1"')).toBe(true);
  });
  test('damaged or foreign records are RecordErrors', () => {
    expect(() => parseRecord('{', 'lock')).toThrow(RecordError);
    expect(() => parseRecord('{"schema":"other/v9"}', 'lock')).toThrow(/has schema "other\/v9"; this version reads mlci\.detect\.record\/v1/);
    expect(() => parseRecord(JSON.stringify({ ...record, files: [{ path: 'a' }] }), 'lock')).toThrow(/damaged: files\.0: size: expected a whole number/);
  });
});

describe('baseline sources', () => {
  test('input values', () => {
    expect(parseBaselineInput('cache', ws)).toEqual({ kind: 'cache' });
    expect(parseBaselineInput('none', ws)).toEqual({ kind: 'none' });
    expect(parseBaselineInput('./locks/data.lock.json', ws)).toEqual({ kind: 'file', path: 'locks/data.lock.json' });
    expect(() => parseBaselineInput('../x.json', ws)).toThrow(/Input 'baseline'/);
  });
  test('cache keys: per branch, default-branch fallback, unique save key, no commas', () => {
    const k = baselineKeys({ data: ['a.csv'], pointers: [], branch: 'feat,x', defaultBranch: 'main', runId: 7, runAttempt: 2 });
    expect(k.restore[0]).toMatch(/^mlci-detect-v1-[0-9a-f]{16}-feat_x-$/);
    expect(k.restore[1]).toMatch(/-main-$/);
    expect(k.save).toBe(`${k.restore[0]}7-2`);
    expect(baselineKeys({ data: ['b.csv'], pointers: [], branch: 'x', runId: 1, runAttempt: 1 }).restore[0]).not.toBe(k.restore[0].replace('feat_x', 'x'));
  });
  test('lock file: missing is a first run (info), corrupt is one warning and a first run', async () => {
    const l = logger();
    expect((await loadBaseline({ kind: 'file', path: 'data.lock.json' }, { workspace: ws, keys: keys(), log: l.log })).record).toBeUndefined();
    expect([l.warnings.length, l.infos.length]).toEqual([0, 1]);
    writeFileSync(join(ws, 'data.lock.json'), '{"schema": "mlci.detect.record/v1", "files": 3}');
    const bad = await loadBaseline({ kind: 'file', path: 'data.lock.json' }, { workspace: ws, keys: keys(), log: l.log });
    expect(bad.record).toBeUndefined();
    expect(l.warnings).toHaveLength(1);
    expect(l.warnings[0]).toMatch(/baseline record data\.lock\.json is damaged.*treated as a first run/);
    writeRecord(join(ws, 'data.lock.json'), record);
    expect((await loadBaseline({ kind: 'file', path: 'data.lock.json' }, { workspace: ws, keys: keys(), log: l.log })).record?.fingerprint).toBe(record.fingerprint);
  });
  test('cache outage is one warning and a first run, never a throw', async () => {
    const down: CacheStore = { restore: async () => { throw new Error('connect ECONNREFUSED 127.0.0.1:1'); }, save: async () => {} };
    const l = logger();
    const r = await loadBaseline({ kind: 'cache' }, { workspace: ws, cache: down, keys: keys(), log: l.log });
    expect(r.record).toBeUndefined();
    expect(l.warnings).toEqual(['Baseline cache unavailable (connect ECONNREFUSED 127.0.0.1:1): treated as a first run.']);
    const none = logger();
    await loadBaseline({ kind: 'cache' }, { workspace: ws, keys: keys(), log: none.log });
    expect(none.warnings).toHaveLength(1);
  });
  test('cache hit restores the record; a stale local file is removed first; a miss is a first run', async () => {
    const k = keys();
    mkdirSync(dirname(k.path), { recursive: true });
    writeFileSync(k.path, serializeRecord(record));
    const calls: Array<[string, string[]]> = [];
    const miss: CacheStore = { restore: async (_p, key, rk) => { calls.push([key, rk ?? []]); return undefined; }, save: async () => {} };
    const l = logger();
    expect((await loadBaseline({ kind: 'cache' }, { workspace: ws, cache: miss, keys: k, log: l.log })).record).toBeUndefined();
    expect(existsSync(k.path)).toBe(false);
    expect(calls).toEqual([[k.restore[0], [k.restore[1]]]]);
    const hit: CacheStore = { restore: async (paths) => { writeRecord(paths[0], record); return `${k.restore[1]}5-1`; }, save: async () => {} };
    const r = await loadBaseline({ kind: 'cache' }, { workspace: ws, cache: hit, keys: k, log: l.log });
    expect([r.record?.commit, r.matchedKey]).toEqual(['abc', `${k.restore[1]}5-1`]);
    expect(l.warnings).toEqual([]);
  });
});
