import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectChanges } from '../../src/detect/detect.js';
import { parseBaselineInput } from '../../src/detect/baseline.js';
import { serializeRecord, type DetectRecord } from '../../src/detect/record.js';
import { explainCacheMiss, loadFromStore, saveToStore } from '../../src/detect/record-store.js';
import { PermissionDeniedError, type RecordStore, type RecordWrite, type StoredRecord } from '../../src/platform.js';
import { UserError } from '../../src/errors.js';

let ws: string;
let record: DetectRecord;
beforeAll(async () => {
  ws = mkdtempSync(join(tmpdir(), 'mlci-record-store-'));
  writeFileSync(join(ws, 'a.csv'), 'x,y\n1,a\n2,b\n');
  record = (await detectChanges({ workspace: ws, data: ['a.csv'], pointers: [], code: [], params: [], commit: 'abc', now: new Date('2026-11-01T00:00:00Z') })).record;
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

function logger() {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, log: { warning: (m: string) => warnings.push(m), info: (m: string) => infos.push(m) } };
}

/**
 * An in-memory store with the compare-and-swap rule of a ref moved with `force: false`: a write naming a version
 * other than the current one is a conflict. `beforeWrite` lets a test slip another writer in between read and write.
 */
class MemoryStore implements RecordStore {
  readonly data = new Map<string, StoredRecord>();
  writes = 0;
  conflicts = 0;
  beforeWrite?: () => void;
  deny?: 'read' | 'write';
  location(name: string, branch: string) {
    return `refs/mlci/detect/${name}/${branch}`;
  }
  async read(name: string, branch: string) {
    if (this.deny === 'read') throw new PermissionDeniedError('contents: read', 'HTTP 403: Resource not accessible by integration');
    return this.data.get(this.location(name, branch));
  }
  async checkWritable() {
    if (this.deny) throw new PermissionDeniedError('contents: write', 'HTTP 403: Resource not accessible by integration');
  }
  async write(name: string, branch: string, text: string, expected: string | undefined): Promise<RecordWrite> {
    await this.checkWritable();
    const hook = this.beforeWrite;
    this.beforeWrite = undefined;
    hook?.();
    const where = this.location(name, branch);
    if (this.data.get(where)?.version !== expected) {
      this.conflicts++;
      return { written: false };
    }
    const version = `v${++this.writes}`;
    this.data.set(where, { version, text });
    return { written: true, version };
  }
}

const withTrainedAt = (iso: string): DetectRecord => ({ ...record, trainedAt: iso, createdAt: iso });

describe('baseline: git input', () => {
  test('git, git:<name>, and names that are not one ref component', () => {
    expect(parseBaselineInput('git', ws)).toEqual({ kind: 'git' });
    expect(parseBaselineInput(' git:fraud-model ', ws)).toEqual({ kind: 'git', name: 'fraud-model' });
    for (const bad of ['git:', 'git:a/b', 'git:../heads/main', 'git:x.lock', 'git:a b', 'git:.hidden']) {
      expect(() => parseBaselineInput(bad, ws)).toThrow(UserError);
    }
    expect(() => parseBaselineInput('git:a/b', ws)).toThrow(/Input 'baseline': 'git:a\/b' is not a record name/);
  });
});

describe('loadFromStore', () => {
  test('the branch record first, then the default branch, then a first run named as such', async () => {
    const store = new MemoryStore();
    const l = logger();
    expect((await loadFromStore(store, { name: 'n', branch: 'feature', defaultBranch: 'main', log: l.log })).record).toBeUndefined();
    expect(l.infos.join('\n')).toMatch(/No record under refs\/mlci\/detect\/n\/feature or refs\/mlci\/detect\/n\/main: this is a first run/);
    expect(l.warnings).toEqual([]);

    store.data.set('refs/mlci/detect/n/main', { version: 'm1', text: serializeRecord(record) });
    const fromMain = await loadFromStore(store, { name: 'n', branch: 'feature', defaultBranch: 'main', log: l.log });
    expect(fromMain.record?.fingerprint).toBe(record.fingerprint);
    expect(fromMain.description).toBe('git refs/mlci/detect/n/main (default branch)');

    const other = withTrainedAt('2026-11-02T00:00:00.000Z');
    store.data.set('refs/mlci/detect/n/feature', { version: 'f1', text: serializeRecord(other) });
    const own = await loadFromStore(store, { name: 'n', branch: 'feature', defaultBranch: 'main', log: l.log });
    expect([own.record?.trainedAt, own.description]).toEqual([other.trainedAt, 'git refs/mlci/detect/n/feature']);
  });

  test('a ref that exists without a usable record: expected but missing, one warning, first run', async () => {
    const store = new MemoryStore();
    store.data.set('refs/mlci/detect/n/main', { version: 'abc123' });
    const l = logger();
    const empty = await loadFromStore(store, { name: 'n', branch: 'main', log: l.log });
    expect([empty.record, empty.expectedButMissing]).toEqual([undefined, true]);
    expect(l.warnings).toHaveLength(1);
    expect(l.warnings[0]).toMatch(/refs\/mlci\/detect\/n\/main exists \(commit abc123\) but holds no record, so a record was expected and is missing/);

    store.data.set('refs/mlci/detect/n/main', { version: 'abc124', text: '{"schema":"mlci.detect.record/v1"' });
    const damaged = await loadFromStore(store, { name: 'n', branch: 'main', log: l.log });
    expect(damaged.expectedButMissing).toBe(true);
    expect(l.warnings[1]).toMatch(/^baseline record refs\/mlci\/detect\/n\/main is not valid JSON .* a record was expected and is missing/);
  });

  test('a token that may not read: one UserError naming the permission', async () => {
    const store = new MemoryStore();
    store.deny = 'read';
    await expect(loadFromStore(store, { name: 'n', branch: 'main', log: logger().log })).rejects.toThrow(
      /baseline: git: the token may not read refs\/mlci\/detect\/n\/main .*`permissions: contents: read`/,
    );
  });
});

describe('saveToStore (compare-and-swap)', () => {
  test('first write creates; a later one names the version it read', async () => {
    const store = new MemoryStore();
    const l = logger();
    expect(await saveToStore(store, { name: 'n', branch: 'main', record, message: 'm', log: l.log })).toBe('written');
    const next = withTrainedAt('2026-11-03T00:00:00.000Z');
    expect(await saveToStore(store, { name: 'n', branch: 'main', record: next, message: 'm', log: l.log })).toBe('written');
    expect(store.data.get('refs/mlci/detect/n/main')).toEqual({ version: 'v2', text: serializeRecord(next) });
    expect(store.conflicts).toBe(0);
  });

  test('another writer in between: read again and decide again — an older record is replaced', async () => {
    const store = new MemoryStore();
    const l = logger();
    const older = withTrainedAt('2026-10-01T00:00:00.000Z');
    store.beforeWrite = () => store.data.set('refs/mlci/detect/n/main', { version: 'theirs', text: serializeRecord(older) });
    expect(await saveToStore(store, { name: 'n', branch: 'main', record, message: 'm', log: l.log })).toBe('written');
    expect(store.conflicts).toBe(1);
    expect(JSON.parse(store.data.get('refs/mlci/detect/n/main')!.text!).trainedAt).toBe(record.trainedAt);
    expect(l.infos.some((m) => /moved while this run was writing it .*attempt 2 of 5/.test(m))).toBe(true);
  });

  test('another writer in between with a later training: theirs is kept, nothing overwritten', async () => {
    const store = new MemoryStore();
    const l = logger();
    const newer = withTrainedAt('2026-12-01T00:00:00.000Z');
    store.beforeWrite = () => store.data.set('refs/mlci/detect/n/main', { version: 'theirs', text: serializeRecord(newer) });
    expect(await saveToStore(store, { name: 'n', branch: 'main', record, message: 'm', log: l.log })).toBe('kept-newer');
    expect(store.data.get('refs/mlci/detect/n/main')).toEqual({ version: 'theirs', text: serializeRecord(newer) });
    expect(store.writes).toBe(0);
  });

  test('a store that keeps moving: gives up after the attempts, as an Error (the caller warns)', async () => {
    const store = new MemoryStore();
    let n = 0;
    store.write = async () => ({ written: false, n: n++ }) as RecordWrite;
    await expect(saveToStore(store, { name: 'n', branch: 'main', record, message: 'm', log: logger().log, attempts: 3 })).rejects.toThrow(/gave up after 3 attempts/);
    expect(n).toBe(3);
  });

  test('a token that may not write: one UserError naming contents: write and the ref', async () => {
    const store = new MemoryStore();
    store.deny = 'write';
    const err = await saveToStore(store, { name: 'n', branch: 'main', record, message: 'm', log: logger().log }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/^baseline: git: the token may not write refs\/mlci\/detect\/n\/main \(HTTP 403.*\)\. Give the job `permissions: contents: write`/);
  });
});

describe('explainCacheMiss', () => {
  const now = new Date('2026-11-20T12:00:00Z');
  const history = (at?: string, fail?: Error) => ({
    lastSuccessfulRun: async (branch: string) => {
      if (fail) throw fail;
      return at && branch === 'main' ? { id: 1, branch, at, url: 'https://github.com/o/r/actions/runs/1' } : undefined;
    },
  });
  test('a successful run 10 days ago: evicted as unused for 7 days; 2 days ago: the 10 GB limit', async () => {
    const l = logger();
    const old = await explainCacheMiss(history('2026-11-10T12:00:00Z'), { branches: ['feature', 'main'], now, log: l.log });
    expect(old).toMatch(/^No baseline in the Actions cache, but this workflow succeeded on main 10 days ago, so the entry was most likely removed as unused for 7 days \(https:\/\/github.com\/o\/r\/actions\/runs\/1\): a record was expected and is missing/);
    expect(old).toMatch(/Fix: `baseline: git`/);
    const recent = await explainCacheMiss(history('2026-11-18T11:00:00Z'), { branches: ['main'], now, log: l.log });
    expect(recent).toMatch(/2 days ago, so the entry was most likely evicted by the 10 GB per-repository cache limit/);
  });
  test('no earlier success: a real first run; no permission: an info line, no warning', async () => {
    const l = logger();
    expect(await explainCacheMiss(history(undefined), { branches: ['main'], now, log: l.log })).toBeUndefined();
    expect(await explainCacheMiss(history(undefined, new PermissionDeniedError('actions: read', 'HTTP 403')), { branches: ['main'], now, log: l.log })).toBeUndefined();
    expect(l.infos).toEqual(["Could not check this workflow's earlier runs for an evicted baseline (the token lacks `actions: read`)."]);
    expect(await explainCacheMiss(undefined, { branches: ['main'], now, log: l.log })).toBeUndefined();
  });
});
