import { afterAll, describe, expect, test } from '@jest/globals';
import { readTable, rowLocation } from '../../src/io/index.js';
import { plain, tablePlain, tempDir, userError } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('readTable: JSONL', () => {
  test('objects to columns; missing keys and null are empty; booleans and nested values become text', async () => {
    const body = [
      '{"id": 1, "score": 0.5, "ok": true, "tags": ["a"]}',
      '{"id": 2, "ok": false, "extra": "x"}',
      '',
      '  ',
      '{"score": null, "id": 3, "tags": {"k": 1}}',
    ].join('\n');
    for (const [name, gz] of [['a.jsonl', false], ['a.ndjson.gz', true]] as const) {
      const t = await readTable(tmp.file(name, body, gz));
      expect(t.format).toBe('jsonl');
      expect(t.columnNames).toEqual(['id', 'score', 'ok', 'tags', 'extra']);
      expect(tablePlain(t)).toEqual({
        id: { kind: 'number', values: [1, 2, 3] },
        score: { kind: 'number', values: [0.5, NaN, NaN] },
        ok: { kind: 'string', values: ['true', 'false', null] },
        tags: { kind: 'string', values: ['["a"]', null, '{"k":1}'] },
        extra: { kind: 'string', values: [null, 'x', null] },
      });
      expect(t.columns.get('score')?.nullCount).toBe(2);
      // Blank lines: row 2 is on line 5.
      expect(rowLocation(t, 2)).toBe('line 5');
    }
  });

  test('CRLF and a BOM; consecutive lines need no line table', async () => {
    const t = await readTable(tmp.file('crlf.jsonl', '\uFEFF{"a":"x"}\r\n{"a":"y"}\r\n'));
    expect(plain(t.columns.get('a'))).toEqual(['x', 'y']);
    expect(t.firstLine).toBe(1);
    expect(t.rowLines).toBeUndefined();
  });

  test('a numeric key that later holds text becomes text (numbers as their shortest text)', async () => {
    const t = await readTable(tmp.file('mixed.jsonl', '{"id":7}\n{"id":1.5}\n{"id":"a17"}\n{"id":null}\n'));
    expect(plain(t.columns.get('id'))).toEqual(['7', '1.5', 'a17', null]);
  });

  test('columns and types', async () => {
    const p = tmp.file('cols.jsonl', '{"a":1,"b":"2"}\n{"b":"3","c":true}\n');
    const t = await readTable(p, { columns: ['b'], types: { b: 'number' } });
    expect(t.columnNames).toEqual(['b']);
    expect(t.allColumnNames).toEqual(['a', 'b', 'c']);
    expect(plain(t.columns.get('b'))).toEqual([2, 3]);
    const e = await userError(readTable(p, { columns: ['score'], label: 'candidate' }));
    expect(e.message).toMatch(/candidate file .*cols\.jsonl has no column "score"; its columns are: "a", "b", "c"/);
    const f = await userError(readTable(p, { types: { c: 'number' } }));
    expect(f.message).toMatch(/cols\.jsonl, line 2: "c" is "true", which is not a number/);
  });

  test('long lines across read chunks', async () => {
    const long = 'x'.repeat(3 << 20);
    const t = await readTable(tmp.file('long.jsonl', `{"a":"${long}"}\n{"a":"b"}`));
    const a = t.columns.get('a');
    expect(a?.kind === 'string' && a.dictionary[0].length).toBe(3 << 20);
    expect(t.rowCount).toBe(2);
  });

  test('lines off the fast path (escapes, nesting, repeated keys) agree with it', async () => {
    const body = [
      '{"id": 1, "g": "a", "s": 0.5}',
      '{"id": 2, "g": "a", "s": 0.25, "note": "tab\\there"}',
      '{"id": 3, "g": "b\\"q", "s": 1e-3, "deep": {"x": [1, 2]}}',
      '{"id": 4, "g": "a", "g": "c", "s": -0.0}',
      '{ "id" : 5 , "g" : "é" , "s" : 12.5E+2 }',
    ].join('\n');
    const t = await readTable(tmp.file('paths.jsonl', body));
    const g = t.columns.get('g');
    expect(plain(g)).toEqual(['a', 'a', 'b"q', 'c', 'é']);
    expect(g?.kind === 'string' && g.dictionary).toEqual(['a', 'b"q', 'c', 'é']);
    expect(plain(t.columns.get('s'))).toEqual([0.5, 0.25, 0.001, -0, 1250]);
    expect(plain(t.columns.get('note'))).toEqual([null, 'tab\there', null, null, null]);
    expect(plain(t.columns.get('deep'))).toEqual([null, null, '{"x":[1,2]}', null, null]);
  });

  test('integer ids beyond 2^53 keep their digits', async () => {
    const t = await readTable(tmp.file('big.jsonl', '{"id": 1}\n{"id": 9007199254740993}\n'));
    expect(plain(t.columns.get('id'))).toEqual(['1', '9007199254740993']);
  });

  test('invalid JSON is never accepted by the fast path', async () => {
    const bad = ['{"a":01}', '{"a":1,}', '{"a":.5}', '{"a":+1}', '{"a":1.}', '{"a":tru}', '{"a":"x\t"}', '{a:1}',
      '{"a":1}}', '{"a" 1}', "{'a':1}", '{"a":NaN}', '{"a":1e}', '{"a":-}', '{"a":1 "b":2}', '{"a":nulls}', '{"a"}'];
    for (const line of bad) {
      const e = await userError(readTable(tmp.file('inv.jsonl', `{"a":1}\n${line}\n`)));
      expect(e.message).toMatch(/inv\.jsonl, line 2: invalid JSON/);
    }
  });

  test('errors: invalid JSON (with the parser message), not an object, empty file', async () => {
    let e = await userError(readTable(tmp.file('bad.jsonl', '{"a":1}\n{"a":}\n'), { label: 'candidate' }));
    expect(e.message).toMatch(/candidate file .*bad\.jsonl, line 2: invalid JSON \(.+\); each line must be one/);
    expect(e.line).toBe(2);
    e = await userError(readTable(tmp.file('arr.jsonl', '{"a":1}\n\n[1,2]\n')));
    expect(e.message).toMatch(/arr\.jsonl, line 3: expected a JSON object .* found an array/);
    e = await userError(readTable(tmp.file('num.jsonl', '3\n')));
    expect(e.message).toMatch(/line 1: .*found a number/);
    e = await userError(readTable(tmp.file('empty.jsonl', '\n \n')));
    expect(e.message).toMatch(/empty\.jsonl is empty; expected one JSON object per line/);
  });
});
