import { describe, expect, test } from '@jest/globals';
import { detectFormat } from '../../src/io/index.js';

describe('detectFormat', () => {
  test.each([
    ['preds.csv', 'csv', false],
    ['dir.v2/PREDS.CSV.GZ', 'csv', true],
    ['a.tsv', 'tsv', false],
    ['a.tsv.gz', 'tsv', true],
    ['a.jsonl', 'jsonl', false],
    ['a.ndjson.gz', 'jsonl', true],
    ['a.parquet', 'parquet', false],
  ])('%s', (path, format, gzip) => {
    expect(detectFormat(path)).toEqual({ format, gzip });
  });

  test('unknown extensions list the supported ones', () => {
    expect(() => detectFormat('data/preds.xlsx')).toThrow(
      /data\/preds\.xlsx: cannot tell the file format from the extension "\.xlsx"; supported: \.csv, \.tsv, \.jsonl, \.ndjson \(each optionally \.gz\) and \.parquet/,
    );
    expect(() => detectFormat('data.v2/preds')).toThrow(/extension \(none\)/);
    expect(() => detectFormat('preds.json')).toThrow(/name the file \.jsonl/);
    expect(() => detectFormat('x.gz')).toThrow(/cannot tell the file format/);
  });
});
