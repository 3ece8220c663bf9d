import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profileFiles } from '../../src/detect/profile-pool.js';
import { profileFile } from '../../src/detect/profile.js';
import fc from 'fast-check';
import { guessRows, rangeHasQuote, splitRows, lineAt, streamDelimitedRange } from '../../src/io/split.js';
import { tableCsv } from './gen.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-split-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.MLCI_PROFILE_RANGE_BYTES;
});

/** A CSV whose quoted cells hold delimiters, doubled quotes and line breaks (LF and CRLF), plus a literal 5'11" quote. */
function trickyCsv(rows: number): string {
  const out = ['id,note,amount,city'];
  for (let i = 0; i < rows; i++) {
    const note =
      i % 7 === 0 ? `"line one\nline two, with a comma ${i % 5}"` : i % 11 === 0 ? `"say ""hi""\r\nagain"` : i % 13 === 0 ? `5'11" tall` : `plain ${i % 9}`;
    out.push(`${i},${note},${((i * 7919) % 1000) / 10},${['Oslo', 'Lima', 'Pune'][i % 3]}`);
  }
  return out.join(i2nl()) + '\n';
}
const i2nl = () => '\n';

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('one CSV split at row boundaries (quote-aware)', () => {
  test('every range starts at a row: the ranges read separately give the rows of the whole file', async () => {
    const path = write('tricky.csv', '\ufeff' + trickyCsv(3000));
    const whole = await profileFile(path, 'data');
    for (const bytes of [97, 1000, 4096, 65536]) {
      const split = (await splitRows(path, 44, bytes))!;
      expect(split.header).toEqual(['id', 'note', 'amount', 'city']);
      let rows = 0;
      const notes = new Map<string, number>();
      for (const [k, r] of split.ranges.entries()) {
        if (k > 0) expect(r.start).toBe(split.ranges[k - 1].end);
        for await (const b of streamDelimitedRange(path, { ...r, delimiter: 44, header: k > 0 ? split.header : undefined })) {
          rows += b.rowCount;
          const col = b.columns.get('note')!;
          if (col.kind === 'string') for (const c of col.codes) if (c >= 0) notes.set(col.dictionary[c], (notes.get(col.dictionary[c]) ?? 0) + 1);
        }
      }
      expect(rows).toBe(3000);
      expect(split.ranges.length).toBeGreaterThan(bytes < 10_000 ? 5 : 0);
      const wholeNotes = whole.columns.find((c) => c.name === 'note')!.summary;
      expect(wholeNotes.kind).toBe('categorical');
      if (wholeNotes.kind === 'categorical') expect(new Map(wholeNotes.top)).toEqual(notes);
    }
  });

  test('the merged profile keeps the exact parts exact and does not depend on the range size beyond sampling', async () => {
    const path = write('table.csv', tableCsv({ rows: 80_000, seed: 3 }));
    const whole = await profileFile(path, 'data');
    process.env.MLCI_PROFILE_RANGE_BYTES = String(256 * 1024);
    const { profiles } = await profileFiles([{ path, label: 'data', size: 1e9 }], { threads: 1 });
    const split = profiles[0];
    expect(split.rows).toBe(whole.rows);
    // The stored profile stays small: tens of kilobytes for this table, whatever its row count.
    expect(JSON.stringify(split).length).toBeLessThan(30_000 * split.columns.length);
    for (const [k, c] of whole.columns.entries()) {
      const s = split.columns[k];
      expect([s.name, s.type]).toEqual([c.name, c.type]);
      expect([s.summary.count, s.summary.nulls]).toEqual([c.summary.count, c.summary.nulls]);
      if (c.summary.kind === 'categorical' && s.summary.kind === 'categorical') expect(s.summary.top).toEqual(c.summary.top);
      if (c.summary.kind === 'numeric' && s.summary.kind === 'numeric') {
        expect([s.summary.min, s.summary.max, s.summary.integer, s.summary.distinct]).toEqual([c.summary.min, c.summary.max, c.summary.integer, c.summary.distinct]);
        expect(s.summary.mean).toBeCloseTo(c.summary.mean, 9);
        expect(s.summary.std).toBeCloseTo(c.summary.std, 9);
        // One uniform sample of the whole file either way: the medians agree to sampling error.
        expect(Math.abs(s.summary.quantiles[100] - c.summary.quantiles[100])).toBeLessThanOrEqual((c.summary.quantiles[150] - c.summary.quantiles[50]) * 0.05 + (c.summary.integer ? 1 : 0));
        expect(s.summary.sampleSize).toBe(c.summary.sampleSize);
      }
    }
  });

  test('an error in a later range names the line of the whole file', async () => {
    const lines = trickyCsv(2000).split('\n');
    // Physical line numbers count the line breaks inside quoted cells, as the whole-file reader does.
    const bad = 1700;
    lines[bad] = '1700,"unterminated,1,Oslo';
    const path = write('bad.csv', lines.join('\n'));
    const expected = await profileFile(path, 'data').then(
      () => undefined,
      (e: Error) => e.message,
    );
    expect(expected).toMatch(/bad\.csv, line 170\d: /);
    process.env.MLCI_PROFILE_RANGE_BYTES = '2000';
    const split = (await splitRows(path, 44, 2000))!;
    expect(split.ranges.length).toBeGreaterThan(10);
    await expect(profileFiles([{ path, label: 'data', size: 1e9 }], { threads: 1 })).rejects.toThrow(expected!);
    // lineAt counts as the parser does.
    const last = split.ranges.at(-1)!;
    expect(await lineAt(path, last.start, 44)).toBeGreaterThan(bad / 2);
  });

  test('line ends LF, CRLF and lone CR all cut rows', async () => {
    const text = 'a,b\r\n' + Array.from({ length: 500 }, (_, i) => `${i},"x\r\ny"`).join(['\n', '\r\n', '\r'][1]) + '\r\n';
    const path = write('crlf.csv', text);
    const split = (await splitRows(path, 44, 64))!;
    let rows = 0;
    for (const [k, r] of split.ranges.entries()) for await (const b of streamDelimitedRange(path, { ...r, delimiter: 44, header: k > 0 ? split.header : undefined })) rows += b.rowCount;
    expect(rows).toBe(500);
    const lone = write('cr.csv', 'a,b\r' + Array.from({ length: 300 }, (_, i) => `${i},z`).join('\r') + '\r');
    const s2 = (await splitRows(lone, 44, 50))!;
    let rows2 = 0;
    for (const [k, r] of s2.ranges.entries()) for await (const b of streamDelimitedRange(lone, { ...r, delimiter: 44, header: k > 0 ? s2.header : undefined })) rows2 += b.rowCount;
    expect(rows2).toBe(300);
  });
});

describe('guessed ranges (guessRows): splitRows\' ranges for a file without quotes, without a pass over it', () => {
  test('the same ranges and header as splitRows on quote-free files: any line ends, line lengths, marks, range sizes', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', '1', ' ', 'é', '-'), maxLength: 30 });
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    const line = fc.tuple(fc.array(cell, { minLength: 1, maxLength: 4 }), eol).map(([cells, e]) => cells.join(',') + e);
    let k = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 300 }), fc.boolean(), fc.integer({ min: 1, max: 400 }), fc.constantFrom('h1,h2\n', 'h1,h2\r\n', 'x\r', 'a;b\n'), async (lines, bom, bytes, head) => {
        const text = (bom ? '\ufeff' : '') + head + lines.join('');
        const path = write(`guess-${k++ % 8}.csv`, text);
        const size = Buffer.byteLength(text);
        const exact = await splitRows(path, 44, bytes);
        const guess = guessRows(path, size, 44, bytes);
        if (guess === undefined) {
          // Only where rangesForWorkers would not split either: one range, or the file within one range.
          expect(size <= bytes || !exact || exact.ranges.length < 2).toBe(true);
          return;
        }
        expect(guess).toEqual(exact);
      }),
      { numRuns: 400 },
    );
  });

  test('no guess where the start rules it out; rangeHasQuote finds a quote anywhere in a range', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `${i},x${i}`).join('\n') + '\n';
    // A quoted header, a blank first line, a UTF-16 byte order mark.
    for (const bytes of [Buffer.from('"a",b\n' + rows), Buffer.from('\na,b\n' + rows), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n' + rows)])]) {
      const path = join(dir, 'noguess.csv');
      writeFileSync(path, bytes);
      expect(guessRows(path, bytes.length, 44, 500)).toBeUndefined();
    }
    const path = write('q.csv', 'a,b\n' + rows + '1,"q"\n' + rows);
    const g = guessRows(path, Buffer.byteLength(readFileSync(path)), 44, 500)!;
    const quoted = g.ranges.map((r) => rangeHasQuote(path, r.start, r.end));
    expect(quoted.filter(Boolean)).toHaveLength(1);
    const at = readFileSync(path).indexOf('"');
    expect(quoted.findIndex(Boolean)).toBe(g.ranges.findIndex((r) => r.start <= at && at < r.end));
  });
});

