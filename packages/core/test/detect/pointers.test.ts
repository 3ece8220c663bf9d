import { describe, test, expect } from '@jest/globals';
import { parseLfsPointer, parseDvcFile, parseDvcLock, looksLikeLfsPointer, pointerKind } from '../../src/detect/pointers.js';
import { flattenParams, diffParams, readParams } from '../../src/detect/params.js';

const OID = '4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393';

describe('Git LFS pointers', () => {
  test('parses the spec example', () => {
    const text = `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize 12345\n`;
    expect(looksLikeLfsPointer(text)).toBe(true);
    expect(parseLfsPointer(text, 'data/big.parquet')).toEqual({ path: 'data/big.parquet', digest: `sha256:${OID}`, size: 12345, source: 'data/big.parquet', kind: 'lfs' });
  });
  test('errors name the file and line', () => {
    expect(() => parseLfsPointer('version https://git-lfs.github.com/spec/v1\noid md5:abc\nsize 1\n', 'x.bin')).toThrow(/Git LFS pointer x\.bin line 2 has oid 'md5:abc'/);
    expect(() => parseLfsPointer(`version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\n`, 'x.bin')).toThrow(/has no size line/);
    expect(looksLikeLfsPointer('id,amount\n1,2\n')).toBe(false);
  });
});

describe('DVC', () => {
  test('.dvc files: DVC 3 (hash: md5) and DVC 2 outs, folders, paths relative to the file', () => {
    const dvc3 = 'outs:\n- md5: 22a1a2931c8370d3aeedd7183606fd7f\n  size: 14445097\n  hash: md5\n  path: train.csv\n';
    expect(parseDvcFile(dvc3, 'data/train.csv.dvc').entries).toEqual([
      { path: 'data/train.csv', digest: 'md5:22a1a2931c8370d3aeedd7183606fd7f', size: 14445097, source: 'data/train.csv.dvc', kind: 'dvc' },
    ]);
    const dir = 'outs:\n- md5: b6923e1e4ad16ea1a7e2b328842d56a2.dir\n  size: 9\n  nfiles: 3\n  path: images\n';
    expect(parseDvcFile(dir, 'images.dvc').entries[0]).toMatchObject({ path: 'images', digest: 'md5:b6923e1e4ad16ea1a7e2b328842d56a2.dir', nfiles: 3 });
  });
  test('.dvc mistakes: YAML error line, missing md5, path escaping the workspace', () => {
    expect(() => parseDvcFile('outs:\n- md5: [\n', 'a.dvc')).toThrow(/DVC file a\.dvc line \d+ is not valid YAML/);
    expect(() => parseDvcFile('outs:\n- path: a.csv\n', 'a.dvc')).toThrow(/DVC file a\.dvc line 2: 'a\.csv' has no md5 — run 'dvc commit'/);
    expect(() => parseDvcFile('outs:\n- md5: 0a1b\n  path: ../../etc/passwd\n', 'data/a.dvc')).toThrow(/points outside the workspace/);
  });
  test('dvc.lock (schema 2.0): stage deps and params; DVC 1 lock files too', () => {
    const lock = [
      "schema: '2.0'",
      'stages:',
      '  train:',
      '    cmd: python train.py',
      '    deps:',
      '    - path: data/train.csv',
      '      hash: md5',
      '      md5: 22a1a2931c8370d3aeedd7183606fd7f',
      '      size: 100',
      '    - path: train.py',
      '      md5: 7cb1b4a4d3b1c7a6e3b7a2f3d1e2c3b4',
      '    params:',
      '      params.yaml:',
      '        train.lr: 0.01',
      '        train.epochs: 10',
      '    outs:',
      '    - path: model.pkl',
      '      md5: aaaa',
      '',
    ].join('\n');
    const r = parseDvcLock(lock, 'dvc.lock');
    expect(r.entries.map((e) => [e.path, e.digest, e.stage])).toEqual([
      ['data/train.csv', 'md5:22a1a2931c8370d3aeedd7183606fd7f', 'train'],
      ['train.py', 'md5:7cb1b4a4d3b1c7a6e3b7a2f3d1e2c3b4', 'train'],
    ]);
    expect(r.params).toEqual([{ scope: 'dvc.lock:train:params.yaml', values: { 'train.lr': 0.01, 'train.epochs': 10 } }]);
    const v1 = 'prepare:\n  cmd: python prep.py\n  deps:\n  - path: raw.csv\n    md5: 0b1c\n';
    expect(parseDvcLock(v1, 'sub/dvc.lock').entries[0]).toMatchObject({ path: 'sub/raw.csv', digest: 'md5:0b1c' });
  });
  test('pointer kind by name', () => {
    expect([pointerKind('a/dvc.lock'), pointerKind('x.csv.dvc'), pointerKind('big.parquet')]).toEqual(['dvc-lock', 'dvc', 'lfs']);
  });
});

describe('params', () => {
  test('flatten nested keys, lists as leaves, dotted keys quoted', () => {
    expect(flattenParams({ train: { lr: 0.1, layers: [64, 32], opt: { name: 'adam' } }, 'a.b': 1, seed: null })).toEqual({
      'train.lr': '0.1',
      'train.layers': '[64,32]',
      'train.opt.name': '"adam"',
      '["a.b"]': '1',
      seed: 'null',
    });
  });
  test('YAML and JSON read the same; a syntax error names the file and line', () => {
    expect(readParams('train:\n  lr: 0.1\n', 'p.yaml')).toEqual(readParams('{"train": {"lr": 0.1}}', 'p.json'));
    expect(() => readParams('train:\n  lr: [0.1\n', 'params.yaml')).toThrow(/Params file params\.yaml line \d+ is not valid YAML or JSON/);
  });
  test('diff lists added, removed and changed keys', () => {
    const before = { 'params.yaml': { 'train.lr': '0.1', 'train.epochs': '10', seed: '1' } };
    const after = { 'params.yaml': { 'train.lr': '0.01', 'train.epochs': '10', dropout: '0.2' } };
    expect(diffParams(before, after)).toEqual([
      { file: 'params.yaml', key: 'dropout', change: 'added', to: '0.2' },
      { file: 'params.yaml', key: 'seed', change: 'removed', from: '1' },
      { file: 'params.yaml', key: 'train.lr', change: 'changed', from: '0.1', to: '0.01' },
    ]);
    expect(diffParams(before, before)).toEqual([]);
  });
});
