import { afterAll, describe, expect, test } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { DelimitedParser } from '../../src/io/delimited.js';
import { columnAsNumbers, lineOfRow, readTable, requireColumn, rowLocation } from '../../src/io/index.js';
import { plain, tablePlain, tempDir, userError } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('readTable: CSV', () => {
  test('numbers, text slices and an integer id', async () => {
    const p = tmp.file('basic.csv', 'id,label,score,gender\n1,0,0.25,F\n2,1,0.75,M\n3,1,1e-3,F\n');
    const t = await readTable(p);
    expect(t.rowCount).toBe(3);
    expect(t.format).toBe('csv');
    expect(t.columnNames).toEqual(['id', 'label', 'score', 'gender']);
    expect(tablePlain(t)).toEqual({
      id: { kind: 'number', values: [1, 2, 3] },
      label: { kind: 'number', values: [0, 1, 1] },
      score: { kind: 'number', values: [0.25, 0.75, 0.001] },
      gender: { kind: 'string', values: ['F', 'M', 'F'] },
    });
    const g = t.columns.get('gender');
    expect(g?.kind === 'string' && g.dictionary).toEqual(['F', 'M']);
    expect(t.firstLine).toBe(2);
    expect(t.rowLines).toBeUndefined();
    expect(rowLocation(t, 2)).toBe('line 4');
  });

  test('RFC 4180 quoting: delimiters, doubled quotes, line breaks inside quotes', async () => {
    const p = tmp.file('quoted.csv', 'id,text,n\n1,"a,b",1\n2,"say ""hi""",2\n3,"two\nlines",3\n4,"",4\n5,plain,5\n');
    const t = await readTable(p);
    expect(plain(t.columns.get('text'))).toEqual(['a,b', 'say "hi"', 'two\nlines', null, 'plain']);
    expect(plain(t.columns.get('n'))).toEqual([1, 2, 3, 4, 5]);
    // The quoted line break moves later rows down one line.
    expect(Array.from(t.rowLines ?? [])).toEqual([2, 3, 4, 6, 7]);
    expect(lineOfRow(t, 4)).toBe(7);
  });

  test('line numbers: rows on consecutive lines after a blank one need no per-row table; a late gap builds it', async () => {
    const t = await readTable(tmp.file('late-start.csv', 'id,n\n\n1,1\n2,2\n3,3\n'));
    expect(t.firstLine).toBe(3);
    expect(t.rowLines).toBeUndefined();
    expect(lineOfRow(t, 2)).toBe(5);
    const rows = Array.from({ length: 3000 }, (_, i) => `${i},${i}`);
    rows.splice(2500, 0, ''); // a blank line before row 2500: rows 0..2499 keep lines 2..2501
    const u = await readTable(tmp.file('late-gap.csv', `id,n\n${rows.join('\n')}\n`));
    expect(u.rowLines?.length).toBe(3000);
    expect(lineOfRow(u, 0)).toBe(2);
    expect(lineOfRow(u, 2499)).toBe(2501);
    expect(lineOfRow(u, 2500)).toBe(2503);
    expect(lineOfRow(u, 2999)).toBe(3002);
  });

  test('CRLF, UTF-8 BOM, no trailing newline', async () => {
    const body = '\uFEFFid,name\r\n1,ä\r\n2,"x\r\ny"\r\n3,z';
    const t = await readTable(tmp.file('crlf.csv', body));
    expect(t.columnNames).toEqual(['id', 'name']);
    expect(plain(t.columns.get('name'))).toEqual(['ä', 'x\r\ny', 'z']);
    expect(plain(t.columns.get('id'))).toEqual([1, 2, 3]);
  });

  test('lone CR line ends', async () => {
    const t = await readTable(tmp.file('cr.csv', 'a,b\r1,2\r3,4\r'));
    expect(tablePlain(t)).toEqual({ a: { kind: 'number', values: [1, 3] }, b: { kind: 'number', values: [2, 4] } });
  });

  test('empty cells are null; blank lines are skipped; a trailing empty field counts', async () => {
    const t = await readTable(tmp.file('empty.csv', 'a,b,c\n1,,x\n\n,2,\n3,4,""\n'));
    expect(t.rowCount).toBe(3);
    expect(plain(t.columns.get('a'))).toEqual([1, NaN, 3]);
    expect(plain(t.columns.get('b'))).toEqual([NaN, 2, 4]);
    expect(plain(t.columns.get('c'))).toEqual(['x', null, null]);
    expect(t.columns.get('a')?.nullCount).toBe(1);
    expect(t.columns.get('c')?.nullCount).toBe(2);
    expect(Array.from(t.rowLines ?? [])).toEqual([2, 4, 5]);
  });

  test('number syntax: signs, exponents, 17-digit repr, NaN/inf spellings, padding', async () => {
    const vals = ['-1', '+2', '.5', '5.', '1E3', '-2.5e-3', '0.30000000000000004', '1.7976931348623157e308', '5e-324',
      'NaN', 'nan', 'inf', '-Infinity', ' 7 ', '1234567890123456', '-0'];
    const t = await readTable(tmp.file('nums.csv', 'x\n' + vals.join('\n') + '\n'));
    const col = t.columns.get('x');
    expect(col?.kind).toBe('number');
    expect(plain(col)).toEqual([-1, 2, 0.5, 5, 1000, -0.0025, 0.30000000000000004, 1.7976931348623157e308, 5e-324,
      NaN, NaN, Infinity, -Infinity, 7, 1234567890123456, -0]);
    expect(col?.nullCount).toBe(0);
  });

  test('fast path matches Number() on many decimals', async () => {
    const vals: string[] = [];
    let s = 12345;
    for (let i = 0; i < 5000; i++) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      const x = (s / 2 ** 32 - 0.5) * 10 ** ((s % 40) - 20);
      const v = i % 3 === 0 ? x.toPrecision(1 + (s % 17)) : i % 3 === 1 ? x.toExponential(s % 15) : x.toFixed(s % 12);
      // Integers beyond 2^53 would make the column text (by design); give them a decimal point.
      vals.push(/^-?\d+$/.test(v) && Math.abs(Number(v)) >= 2 ** 53 ? v + '.0' : v);
    }
    const t = await readTable(tmp.file('many.csv', 'x\n' + vals.join('\n')));
    expect(plain(t.columns.get('x'))).toEqual(vals.map(Number));
  });

  test('text that is not a number makes a text column: hex, thousands separators, booleans', async () => {
    for (const v of ['0x1F', '1_000', '"1,5"', 'true', '1e', '--1', '1.2.3', '1-2', '+', '-', '.', '12a', '1e5x', '٣']) {
      const t = await readTable(tmp.file('nan.csv', `x\n1\n${v}\n`));
      expect(t.columns.get('x')?.kind).toBe('string');
    }
  });

  test('ids: integers stay numeric, "a17" is text, integers beyond 2^53 stay text so ids stay distinct', async () => {
    const a = await readTable(tmp.file('ids1.csv', 'id\n17\n18\n'));
    expect(a.columns.get('id')?.kind).toBe('number');
    const b = await readTable(tmp.file('ids2.csv', 'id\na17\na18\n'));
    expect(plain(b.columns.get('id'))).toEqual(['a17', 'a18']);
    const safe = await readTable(tmp.file('ids4.csv', 'id\n9007199254740991\n-9007199254740991\n'));
    expect(plain(safe.columns.get('id'))).toEqual([9007199254740991, -9007199254740991]);
    const c = await readTable(tmp.file('ids3.csv', 'id\n9007199254740993\n9007199254740992\n'));
    expect(plain(c.columns.get('id'))).toEqual(['9007199254740993', '9007199254740992']);
    // Forced to number, the caller accepts the rounding.
    const d = await readTable(tmp.file('ids3.csv', 'id\n9007199254740993\n'), { types: { id: 'number' } });
    expect(d.columns.get('id')?.kind).toBe('number');
  });

  test('a column that turns to text after many numbers keeps the original spelling', async () => {
    const rows = ['code,y'];
    for (let i = 0; i < 5000; i++) rows.push(`${String(i).padStart(4, '0')},${i}`);
    rows.push('"x,1",5000', ',5001', '1.50,5002');
    const t = await readTable(tmp.file('flip.csv', rows.join('\n')));
    const code = t.columns.get('code');
    expect(code?.kind).toBe('string');
    const v = plain(code);
    expect(v.slice(0, 3)).toEqual(['0000', '0001', '0002']);
    expect(v.slice(-3)).toEqual(['x,1', null, '1.50']);
    expect(code?.nullCount).toBe(1);
    expect(t.columns.get('y')?.kind).toBe('number');
    expect(t.columnNames).toEqual(['code', 'y']);
  });

  test('a column of empty cells then text needs no second pass; an all-empty column is numeric', async () => {
    const t = await readTable(tmp.file('nulls.csv', 'a,b\n,\n,\nx,\n'));
    expect(plain(t.columns.get('a'))).toEqual([null, null, 'x']);
    expect(plain(t.columns.get('b'))).toEqual([NaN, NaN, NaN]);
    expect(t.columns.get('b')?.nullCount).toBe(3);
  });

  test('columns: loads only those; a missing one names the file, the column and what exists', async () => {
    const p = tmp.file('cols.csv', 'id,score,group\n1,0.5,a\n');
    const t = await readTable(p, { columns: ['score', 'id'] });
    expect(t.columnNames).toEqual(['id', 'score']);
    expect([...t.columns.keys()]).toEqual(['id', 'score']);
    expect(t.allColumnNames).toEqual(['id', 'score', 'group']);
    const e = await userError(readTable(p, { columns: ['prob'], label: 'candidate' }));
    expect(e.message).toContain('candidate file');
    expect(e.message).toContain('cols.csv');
    expect(e.message).toContain('"prob"');
    expect(e.message).toContain('"id", "score", "group"');
    expect(() => requireColumn(t, 'nope', { label: 'candidate' })).toThrow(/has no column "nope"/);
  });

  test('types: string keeps digits as text; number rejects text with file, line and value', async () => {
    const p = tmp.file('types.csv', 'id,score\n007,0.5\n008,oops\n');
    const t = await readTable(p, { types: { id: 'string' }, columns: ['id'] });
    expect(plain(t.columns.get('id'))).toEqual(['007', '008']);
    const e = await userError(readTable(p, { types: { score: 'number' }, label: 'candidate' }));
    expect(e.message).toMatch(/candidate file .*types\.csv, line 3: column "score" holds "oops", which is not a number/);
    expect(e.line).toBe(3);
  });

  test('columnAsNumbers converts numeric text and rejects other text naming the row', async () => {
    const t = await readTable(tmp.file('asnum.csv', 'a,b\n1,x\n2,2\n3,y\n'), { types: { a: 'string' } });
    expect(Array.from(columnAsNumbers(t, 'a'))).toEqual([1, 2, 3]);
    expect(() => columnAsNumbers(t, 'b', { label: 'candidate' })).toThrow(
      /candidate file .*asnum\.csv, line 2: column "b" holds "x", which is not a number \(2 rows like this\)/,
    );
  });

  test('TSV, and gzip for both', async () => {
    const tsv = 'id\tname\n1\t"a\tb"\n2\tc,d\n';
    for (const [name, gz] of [['t.tsv', false], ['t.tsv.gz', true]] as const) {
      const t = await readTable(tmp.file(name, tsv, gz));
      expect(t.format).toBe('tsv');
      expect(plain(t.columns.get('name'))).toEqual(['a\tb', 'c,d']);
    }
    const t = await readTable(tmp.file('c.csv.gz', 'a\n1\n2\n', true));
    expect(plain(t.columns.get('a'))).toEqual([1, 2]);
  });

  test('header only: 0 rows, columns present', async () => {
    const t = await readTable(tmp.file('header.csv', 'id,score\n'));
    expect(t.rowCount).toBe(0);
    expect(t.columnNames).toEqual(['id', 'score']);
    expect(plain(t.columns.get('score'))).toEqual([]);
    const u = await readTable(tmp.file('header2.csv', 'id,score'));
    expect(u.rowCount).toBe(0);
  });

  test('large file across many read chunks (1 MiB) with quoted cells straddling chunk ends', async () => {
    const rows = ['id,text,score'];
    for (let i = 0; i < 60000; i++) rows.push(`${i},"row ""${i}""\nnext",${i / 8}`);
    const t = await readTable(tmp.file('big.csv', rows.join('\r\n')));
    expect(t.rowCount).toBe(60000);
    const text = t.columns.get('text');
    expect(text?.kind === 'string' && text.dictionary[text.codes[59999]]).toBe('row "59999"\nnext');
    expect(t.columns.get('score')?.kind === 'number' && t.columns.get('score')?.kind).toBe('number');
    expect(lineOfRow(t, 59999)).toBe(2 + 59999 * 2);
  });
});

describe('DelimitedParser: chunk boundaries', () => {
  const text =
    'id,"na""me",v\r\n1,"a,b",1.5\r\n2,"x\r\n""y""",\r\n\r\n3,,"2"\n4,"""",-3e2\r5,plain,7';
  function parse(chunks: Buffer[]): unknown {
    const p = new DelimitedParser({ path: 'x.csv', delimiter: 44, batchRows: Infinity, retain: false, trackLines: true });
    for (const c of chunks) p.push(c);
    p.end();
    return { header: p.header, table: tablePlain(p.ready[0]), lines: Array.from(p.lines!.subarray(0, p.rows)) };
  }
  const whole = parse([Buffer.from(text)]);

  test('reference parse', () => {
    expect(whole).toEqual({
      header: ['id', 'na"me', 'v'],
      table: {
        id: { kind: 'number', values: [1, 2, 3, 4, 5] },
        'na"me': { kind: 'string', values: ['a,b', 'x\r\n"y"', null, '"', 'plain'] },
        v: { kind: 'number', values: [1.5, NaN, 2, -300, 7] },
      },
      lines: [2, 3, 6, 7, 8],
    });
  });

  test('every split point and one-byte chunks give the same result', () => {
    const b = Buffer.from(text);
    for (let k = 1; k < b.length; k++) expect(parse([b.subarray(0, k), b.subarray(k)])).toEqual(whole);
    expect(parse(Array.from(b, (x) => Buffer.from([x])))).toEqual(whole);
  });
});

describe('DelimitedParser: streaming re-read of a column that turns to text', () => {
  // Batches of 3 rows; "code" is numeric until row 4 ("x\ny", quoted, in the second batch), then text.
  const text = 'code,v\r\n1,a\r\n2,b\r\n3,c\r\n04,d\r\n"x\ny",e\r\n6,f\r\n7,g';
  function batches(chunks: Buffer[]): unknown {
    const p = new DelimitedParser({ path: 'x.csv', delimiter: 44, batchRows: 3, retain: true, trackLines: false });
    for (const c of chunks) p.push(c);
    p.end();
    return p.ready.map((b) => tablePlain(b).code);
  }
  const want = [
    { kind: 'number', values: [1, 2, 3] },
    { kind: 'string', values: ['04', 'x\ny', '6'] },
    { kind: 'string', values: ['7'] },
  ];

  test('whole, every split point, one-byte chunks', () => {
    const b = Buffer.from(text);
    expect(batches([b])).toEqual(want);
    for (let k = 1; k < b.length; k++) expect(batches([b.subarray(0, k), b.subarray(k)])).toEqual(want);
    expect(batches(Array.from(b, (x) => Buffer.from([x])))).toEqual(want);
  });

  test('in the first batch, right after the header', () => {
    const p = new DelimitedParser({ path: 'x.csv', delimiter: 44, batchRows: 10, retain: true, trackLines: false });
    const b = Buffer.from('a,b\n1,2\n1.50,3\nz,4\n');
    for (let k = 0; k < b.length; k += 2) p.push(b.subarray(k, k + 2));
    p.end();
    expect(tablePlain(p.ready[0]).a).toEqual({ kind: 'string', values: ['1', '1.50', 'z'] });
  });
});

describe('CSV errors name the file and the line', () => {
  test('ragged rows: too few and too many fields', async () => {
    let e = await userError(readTable(tmp.file('rag1.csv', 'a,b,c\n1,2,3\n"x\ny",2\n'), { label: 'candidate' }));
    expect(e.message).toMatch(/candidate file .*rag1\.csv, line 3: 2 fields but the header has 3/);
    expect(e.line).toBe(3);
    e = await userError(readTable(tmp.file('rag2.csv', 'a,b\n1,2\n1,2,3\n')));
    expect(e.message).toMatch(/rag2\.csv, line 3: 3 fields but the header has 2/);
    e = await userError(readTable(tmp.file('rag3.tsv', 'a\tb\n1\n')));
    expect(e.message).toMatch(/line 2: 1 field but the header has 2.*tab/);
  });

  test('unterminated quote at end of file names the line where it opened', async () => {
    const e = await userError(readTable(tmp.file('open.csv', 'a,b\n1,2\n3,"never\nclosed\n')));
    expect(e.message).toMatch(/open\.csv, line 3: a quoted field opened here is never closed/);
    expect(e.line).toBe(3);
  });

  test('text after a closing quote', async () => {
    const e = await userError(readTable(tmp.file('after.csv', 'a,b\n"x"y,2\n')));
    expect(e.message).toMatch(/after\.csv, line 2: unexpected "y" after the closing quote of field 1/);
  });

  test('duplicate header names', async () => {
    const e = await userError(readTable(tmp.file('dup.csv', 'id,score,id\n1,2,3\n')));
    expect(e.message).toMatch(/dup\.csv, line 1: column name "id" appears twice \(columns 1 and 3\)/);
  });

  test('empty file, blank-lines-only file', async () => {
    for (const body of ['', '\n\n', '\uFEFF']) {
      const e = await userError(readTable(tmp.file('empty.csv', body), { label: 'baseline' }));
      expect(e.message).toMatch(/baseline file .*empty\.csv is empty; expected a header line/);
    }
  });

  test('corrupt and truncated gzip, not-gzip with .gz', async () => {
    const good = gzipSync(Buffer.from('a\n1\n'.repeat(1000)));
    const corrupt = Buffer.from(good);
    corrupt[20] ^= 0xff;
    corrupt[40] ^= 0xff;
    for (const [name, bytes] of [
      ['corrupt.csv.gz', corrupt],
      ['trunc.csv.gz', good.subarray(0, good.length - 30)],
      ['plain.csv.gz', Buffer.from('a\n1\n')],
    ] as const) {
      const e = await userError(readTable(tmp.file(name, bytes)));
      expect(e.message).toContain(name);
      expect(e.message).toContain('gzip data is corrupt or truncated');
    }
  });

  test('missing file, directory, UTF-16', async () => {
    let e = await userError(readTable(tmp.dir + '/nope.csv', { label: 'candidate' }));
    expect(e.message).toMatch(/candidate file .*nope\.csv not found/);
    e = await userError(readTable(tmp.dir));
    expect(e.message).toMatch(/cannot tell the file format/);
    e = await userError(readTable(tmp.file('u16.csv', Buffer.from('\uFEFFa,b\n', 'utf16le'))));
    expect(e.message).toMatch(/u16\.csv is UTF-16 encoded; save it as UTF-8/);
  });
});
