import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, symlinkSync, utimesSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { WorkspaceFiles, absPath, filterPaths, matcher, toWorkspacePattern } from '../../src/detect/paths.js';
import { hashFiles, HashReadError } from '../../src/detect/hash-pool.js';
import { fingerprintFiles } from '../../src/detect/fingerprint.js';
import { merkleRoot } from '../../src/detect/merkle.js';

let ws: string;
const write = (rel: string, data: string | Buffer) => {
  mkdirSync(join(ws, rel, '..'), { recursive: true });
  writeFileSync(join(ws, rel), data);
};

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'mlci-files-'));
  write('data/a.csv', 'x\n1\n');
  write('data/b.csv', 'x\n2\n');
  write('data/sub/c.parquet', 'PAR1');
  write('data/.hidden', 'h');
  write('src/train.py', 'print(1)\n');
  write('.git/config', '[core]');
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

describe('globs', () => {
  test('globs, folders and negations give sorted workspace-relative paths', () => {
    const f = new WorkspaceFiles(ws);
    expect(f.expand(['data/*.csv'], { input: 'data' }).files).toEqual(['data/a.csv', 'data/b.csv']);
    expect(f.expand(['data'], { input: 'data' }).files).toEqual(['data/.hidden', 'data/a.csv', 'data/b.csv', 'data/sub/c.parquet']);
    expect(f.expand(['data/**', '!data/**/*.parquet', '!data/.hidden'], { input: 'data' }).files).toEqual(['data/a.csv', 'data/b.csv']);
    expect(f.expand(['./data/a.csv', `${ws}/data/b.csv`], { input: 'data' }).files).toEqual(['data/a.csv', 'data/b.csv']);
    // VCS metadata is never data.
    expect(f.expand(['**'], { input: 'data' }).files).not.toContain('.git/config');
  });
  test('a pattern matching nothing is a UserError unless allow-empty', () => {
    const f = new WorkspaceFiles(ws);
    expect(() => f.expand(['data/*.json'], { input: 'data' })).toThrow(/Input 'data': 'data\/\*\.json' matched no files.*allow-empty: true/);
    expect(f.expand(['data/*.json'], { input: 'data', allowEmpty: true }).files).toEqual([]);
  });
  test('paths escaping the workspace are refused, naming the input and the path', () => {
    expect(() => toWorkspacePattern(ws, '../etc/passwd', 'data')).toThrow(/Input 'data': '\.\.\/etc\/passwd' points outside the workspace/);
    expect(() => toWorkspacePattern(ws, 'data/../../x', 'code')).toThrow(/Input 'code'/);
    expect(() => toWorkspacePattern(ws, '/etc/passwd', 'params')).toThrow(/Input 'params': '\/etc\/passwd' points outside/);
  });
  test('a symbolic link to a file outside the workspace is refused', () => {
    const outside = mkdtempSync(join(tmpdir(), 'mlci-outside-'));
    writeFileSync(join(outside, 'secret.csv'), 'x\n1\n');
    symlinkSync(join(outside, 'secret.csv'), join(ws, 'data', 'link.csv'));
    try {
      expect(() => new WorkspaceFiles(ws).expand(['data/*.csv'], { input: 'data' })).toThrow(/'data\/link\.csv' is a link to .*outside the workspace/);
    } finally {
      rmSync(join(ws, 'data', 'link.csv'));
      rmSync(outside, { recursive: true, force: true });
    }
  });
  test('filterPaths applies the same rules to paths that need not exist', () => {
    expect(filterPaths(ws, ['src/**', '!src/**/*.md'], ['src/a.py', 'src/README.md', 'docs/x.py', 'src/gone.py'], 'code')).toEqual(['src/a.py', 'src/gone.py']);
    expect(filterPaths(ws, ['src'], ['src/a/b.py', 'srcx/c.py'], 'code')).toEqual(['src/a/b.py']);
  });
});

describe('fast paths', () => {
  const segment = fc.oneof(fc.constantFrom('.', '..', '', '.git', 'a.csv', '**', '*.csv', 'x'), fc.string({ unit: fc.constantFrom('a', '.', '-', '*', '\\') , minLength: 1, maxLength: 4 }));
  const relPath = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));

  test('absPath is path.join for every relative path (clean ones concatenated, the rest normalised)', () => {
    fc.assert(
      fc.property(relPath, fc.constantFrom('/ws', '/ws/', '/a/b c'), (rel, ws) => {
        expect(absPath(ws, rel)).toBe(join(ws, rel));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  test('matcher answers what picomatch answers for globs', () => {
    const globs = ['data/**', '**/*.csv', 'a/*/b.parquet', 'x/{a,b}/*.jsonl', '**/.hidden/*', 'data/part-[0-9]*.bin', '*.csv'];
    fc.assert(
      fc.property(fc.constantFrom(...globs), relPath, (g, f) => {
        expect(matcher(g)(f)).toBe(picomatch(g, { dot: true })(f));
      }),
      { numRuns: 3000, seed: 12 },
    );
    for (const g of globs) expect(matcher(g)('')).toBe(false);
    expect(matcher('**/*.csv')('deep/down/x.csv')).toBe(true);
    expect(matcher('**/*.csv')('deep/down/x.tsv')).toBe(false);
  });
});

describe('hashing', () => {
  test('worker digests equal node:crypto for empty, small and multi-buffer files, in input order', async () => {
    const big = Buffer.alloc(700_000);
    for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) >>> 24;
    write('h/empty', '');
    write('h/small', 'hello');
    write('h/big', big);
    const paths = ['h/big', 'h/empty', 'h/small'].map((p) => join(ws, p));
    // Sizes are hints: small ones keep the work on the main thread, large ones start the workers.
    for (const sizes of [[big.length, 0, 5], [64e6, 32e6, 5]]) {
      const r = await hashFiles(paths.map((path) => ({ path, algorithms: ['sha256', 'md5'] })), { sizes, threads: 2 });
      paths.forEach((p, i) => {
        const bytes = readFileSync(p);
        expect(r[i].digests.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
        expect(r[i].digests.md5).toBe(createHash('md5').update(bytes).digest('hex'));
        expect(r[i].size).toBe(bytes.length);
      });
    }
  });
  test('many files across workers and the main thread come back in order', async () => {
    const rels = Array.from({ length: 300 }, (_, i) => `many/f${i}.txt`);
    rels.forEach((r, i) => write(r, `file ${i}\n`));
    const r = await hashFiles(rels.map((p) => ({ path: join(ws, p), algorithms: ['sha256'] })), { sizes: rels.map(() => 200_000), threads: 2 });
    expect(r.map((x) => x.digests.sha256)).toEqual(rels.map((_, i) => createHash('sha256').update(`file ${i}\n`).digest('hex')));
  });
  test('an unreadable file rejects with its path and errno', async () => {
    const p = join(ws, 'nope.bin');
    await expect(hashFiles([{ path: p, algorithms: ['sha256'] }])).rejects.toMatchObject({ name: 'HashReadError', path: p, code: 'ENOENT' });
    await expect(hashFiles([{ path: p, algorithms: ['sha256'] }])).rejects.toBeInstanceOf(HashReadError);
    const ok = join(ws, 'data/a.csv');
    await expect(hashFiles([ok, p, ok].map((path) => ({ path, algorithms: ['sha256'] })), { sizes: [40e6, 40e6, 40e6], threads: 2 })).rejects.toMatchObject({ path: p });
  });
});

describe('fingerprints and the stat cache', () => {
  test('unchanged files come from the stat cache; a touched or racy file is hashed again', async () => {
    write('s/one.bin', 'one');
    write('s/two.bin', 'two');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(ws, 's/one.bin'), old, old);
    utimesSync(join(ws, 's/two.bin'), old, old);
    const first = await fingerprintFiles(ws, ['s/one.bin', 's/two.bin']);
    expect(first.hashed).toBe(2);
    const prev = new Map(first.files.map((f) => [f.path, f]));
    const warm = await fingerprintFiles(ws, ['s/one.bin', 's/two.bin'], { previous: prev, previousStatAt: first.statAt });
    expect([warm.hashed, warm.reused]).toEqual([0, 2]);
    expect(warm.files).toEqual(first.files);
    // Same size, new content: mtime and ctime change, so it is rehashed.
    write('s/two.bin', 'TWO');
    const after = await fingerprintFiles(ws, ['s/one.bin', 's/two.bin'], { previous: prev, previousStatAt: first.statAt });
    expect([after.hashed, after.reused]).toEqual([1, 1]);
    expect(after.files[1].sha256).toBe(createHash('sha256').update('TWO').digest('hex'));
    // A record taken right after the files were written cannot vouch for them (same mtime tick).
    const racy = await fingerprintFiles(ws, ['s/one.bin', 's/two.bin'], { previous: new Map(after.files.map((f) => [f.path, f])), previousStatAt: after.statAt });
    expect(racy.hashed).toBe(1);
  });
  test('a file that cannot be read is a UserError naming the input and path', async () => {
    await expect(fingerprintFiles(ws, ['missing.csv'], { input: 'data' })).rejects.toThrow(/Input 'data': cannot read 'missing\.csv'/);
  });
});

describe('Merkle digest', () => {
  const h = (s: string) => createHash('sha256').update(s).digest('hex');
  test('folder hashes over sorted entries, like git trees; empty set; order independence', () => {
    expect(merkleRoot([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const d = 'sha256:' + h('x');
    expect(merkleRoot([{ path: 'a.csv', digest: d }])).toBe(h(`f\0a.csv\0${d}\n`));
    const sub = h(`f\0b.csv\0${d}\n`);
    expect(merkleRoot([{ path: 'data/b.csv', digest: d }, { path: 'a.csv', digest: d }])).toBe(h(`f\0a.csv\0${d}\nd\0data\0${sub}\n`));
    const leaves = ['c', 'a', 'b/x', 'b/y', 'e', 'd/z/w'].map((p) => ({ path: p, digest: 'sha256:' + h(p) }));
    expect(merkleRoot(leaves)).toBe(merkleRoot([...leaves].reverse()));
    expect(merkleRoot(leaves)).not.toBe(merkleRoot(leaves.map((l, i) => (i === 0 ? { ...l, digest: 'sha256:' + h('changed') } : l))));
    // Moving a file to another folder, or renaming it, changes the digest.
    expect(merkleRoot(leaves)).not.toBe(merkleRoot(leaves.map((l) => (l.path === 'b/x' ? { ...l, path: 'bx' } : l))));
    expect(merkleRoot(leaves)).not.toBe(merkleRoot(leaves.map((l) => (l.path === 'c' ? { ...l, path: 'c2' } : l))));
  });
  test('a DVC folder out and files under the same path are told apart', () => {
    const d = 'md5:' + 'a'.repeat(32) + '.dir';
    const both = merkleRoot([{ path: 'raw', digest: d }, { path: 'raw/x.csv', digest: 'sha256:' + h('x') }]);
    expect(both).not.toBe(merkleRoot([{ path: 'raw', digest: d }]));
    expect(both).not.toBe(merkleRoot([{ path: 'raw/x.csv', digest: 'sha256:' + h('x') }]));
  });
  test('the same files in another checkout folder give the same digest', async () => {
    const other = mkdtempSync(join(tmpdir(), 'mlci-other-checkout-'));
    try {
      for (const f of ['data/a.csv', 'data/b.csv']) {
        mkdirSync(join(other, 'data'), { recursive: true });
        writeFileSync(join(other, f), readFileSync(join(ws, f)));
      }
      const root = async (dir: string) => merkleRoot((await fingerprintFiles(dir, ['data/a.csv', 'data/b.csv'])).files.map((f) => ({ path: f.path, digest: `sha256:${f.sha256}` })));
      expect(await root(other)).toBe(await root(ws));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
