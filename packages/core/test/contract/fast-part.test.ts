import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseContract, validateData, buildContractReport } from '../../src/contract/index.js';
import { compileBytePattern } from '../../src/contract/byte-pattern.js';
import { ColumnState, fastTimestampBytes, mayBeNumber, parseTimestamp } from '../../src/contract/column.js';
import { KERNEL_BASE, kernel } from '../../src/contract/kernel.js';
import { kernelDictionary, kernelKeys, kernelNumbers, kernelStamps, keyRowsFast, validateRangeFast } from '../../src/contract/fast-part.js';
import { parseDecimalBytes } from '../../src/io/number.js';
import { ByteDictionary } from '../../src/io/dictionary.js';
import { hashAsciiBytes, hashText } from '../../src/contract/keys.js';
import { partsOf } from '../../src/contract/pool.js';
import { keyRows, validatePart } from '../../src/contract/part.js';
import { QuantileSample, pick, sortFloat64 } from '../../src/contract/sample.js';
import { tempDir } from '../io/helpers.js';

/**
 * The fast path for the row ranges of a large CSV/TSV (contract/fast-part.ts) must give what the general reader
 * gives, byte for byte in the report: the same files are validated with it on and off (MLCI_VALIDATE_FAST=0) at
 * several range sizes, on data made to reach every branch — ids checked on their bytes, untyped ids that look like
 * numbers, non-ASCII text, timestamps in and out of the fast shapes, numbers in every spelling, a number column that
 * turns to text, compound keys, CRLF — and on files where it must give up (a quote, a blank line, a lone CR, a
 * ragged row, text after numbers in one batch).
 */
const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => {
  delete process.env.MLCI_VALIDATE_RANGE_BYTES;
  delete process.env.MLCI_VALIDATE_FAST;
});

const HEADER = 'id,ts,amount,label,cat,code,mixed,flag,extra';
const TS = ['2026-11-28T10:00:00Z', '2026-11-29', '2026-11-28 10:00:00', 'yesterday', '2026-02-31', '2026-11-30T23:59:59Z', '2026-13-01', ''];
const AMOUNTS = ['12.5', '-5', '1e3', '.5', '7', '', '0.000', ' 12 ', 'NaN', '3.14159', '100'];

function row(i: number, mixedText: (i: number) => boolean, numKeys = false, mixedNums = false): string {
  const id = i % 97 === 0 ? '' : i % 89 === 0 ? `t-${String(i - 40).padStart(6, '0')}` : i % 211 === 0 ? String(i) : i % 307 === 0 ? `t-ü${i}` : `t-${String(i).padStart(6, '0')}`;
  const ts = i % 50 === 0 ? TS[(i / 50) % TS.length] : `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:07Z`;
  const amount = i % 13 === 0 ? AMOUNTS[(i / 13) % AMOUNTS.length] : String(((i * 37) % 1000) / 4);
  const label = i % 401 === 0 ? '2' : i % 10 === 0 ? '1' : '0';
  const cat = i % 503 === 0 ? 'other' : ['a', 'b', 'c'][i % 3];
  const code = i % 7 === 0 ? 'ABC' : i % 11 === 0 ? 'A1' : `Z${String.fromCharCode(65 + (i % 26))}${i % 10}`;
  const mixed = mixedText(i) ? (mixedNums && i % 7 === 0 ? String((i % 50) - 10) : `x${i % 5}`) : i < 9000 ? '' : String(i % 9);
  // A key-only column read as text: numbers in it are keys by value (13 and 13.0 are one key), NaN text is text.
  const extra = !numKeys ? `e${i}` : i % 9 === 4 ? String(i) : i % 9 === 5 ? `${i - 1}.0` : i % 1001 === 500 ? 'nan' : `e${i}`;
  return `${id},${ts},${amount},${label},${cat},${code},${mixed},${i % 4 === 0 ? 'yes' : 'false'},${extra}`;
}

function file(name: string, n: number, opts: { eol?: string; mixedText?: (i: number) => boolean; numKeys?: boolean; mixedNums?: boolean; at?: (i: number, line: string) => string } = {}): void {
  const eol = opts.eol ?? '\n';
  const lines = [HEADER];
  for (let i = 0; i < n; i++) {
    const line = row(i, opts.mixedText ?? ((k) => k >= 9000), opts.numKeys, opts.mixedNums);
    lines.push(opts.at ? opts.at(i, line) : line);
  }
  tmp.file(name, lines.join(eol) + eol);
}

file('clean.csv', 30_000);
file('crlf.csv', 12_000, { eol: '\r\n' });
// Numbers in the key-only column: a range that starts on one reads the column as numbers and meets text (general
// path); the first range starts on text, so its number-looking keys are hashed from the bytes (fast path).
file('numkeys.csv', 20_000, { numKeys: true });
// Numbers among the text of an untyped column turned to text: counted as numbers (min, mean) one by one.
file('mixednum.csv', 20_000, { mixedNums: true });
// An auto column whose first cells are empty and then text becomes text (clean.csv); numbers, then text within one batch of the same range: the reader re-reads that batch as text (not the fast path).
file('retype.csv', 20_000, { mixedText: (i) => i === 15_000 });
file('quote.csv', 20_000, { at: (i, l) => (i === 17_000 ? l.replace(',e', ',"e') + '"' : l) });
// A quoted cell of 240 KB with line breaks and commas, across where the ranges are first guessed to be cut.
file('spanning.csv', 20_000, { at: (i, l) => (i === 2_000 ? l.replace(',e', `,"${'z,z\n'.repeat(60_000)}e`) + '"' : l) });
// Rows of ~700 bytes: a batch of 8,192 rows is more than the 4 MiB window, which grows.
file('wide.csv', 20_000, { at: (i, l) => l.replace(',e', `,${'w'.repeat(600 + (i % 50))}e`) });
file('blank.csv', 20_000, { at: (i, l) => (i === 17_000 ? `${l}\n` : l) });
file('huge.csv', 20_000, { at: (i, l) => (i === 17_000 ? l.replace(',e', `,${'e'.repeat(1_200_000)}`) : l) });
file('ragged.csv', 20_000, { at: (i, l) => (i === 17_000 ? `${l},more` : l) });
file('lonecr.csv', 20_000, { at: (i, l) => (i === 17_000 ? `${l}\r${l.replace(',e', ',f')}` : l) });
tmp.file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(tmp.dir, 'clean.csv')).subarray(0, 600_000)]));
tmp.file('clean.tsv', readFileSync(join(tmp.dir, 'clean.csv'), 'utf8').replaceAll(',', '\t'));
tmp.file('qheader.csv', readFileSync(join(tmp.dir, 'clean.csv'), 'utf8').replace(/^id/, '"id"'));
tmp.file('last.csv', `${HEADER}\n` + Array.from({ length: 3000 }, (_, i) => row(i, () => false)).join('\n')); // no final line end

const contract = (files: string) => `version: 1
tables:
  t:
    files: ${files}
    unique: [id, [cat, label], [code, id], extra]
    columns:
      id: { nulls: { max-share: 0.05 }, pattern: 't-[0-9]{6}', length: { max: 8 } }
      ts: { type: timestamp, min: '2026-11-02', max: '2026-12-01T00:00:00Z', freshness: 48h }
      amount: { min: 0, max: 240, mean: { min: 100, max: 200 }, std: { max: 80 }, quantiles: { "0.5": { min: 100, max: 150 }, "0.99": { max: 240 } } }
      label: { type: integer, in: [0, 1], share: { "1": { max: 0.1 } } }
      cat: { in: [a, b, c], new-values: warn }
      code: { type: string, pattern: '[A-Z]{2}\\d?', length: { min: 3, max: 3 } }
      mixed: { nulls: { max-share: 0.5 }, min: 0, mean: { max: 10 } }
      flag: { type: boolean }
`;

async function report(files: string, fast: boolean, rangeBytes: number): Promise<string> {
  process.env.MLCI_VALIDATE_FAST = fast ? '1' : '0';
  process.env.MLCI_VALIDATE_RANGE_BYTES = String(rangeBytes);
  const loaded = parseContract(contract(files), 'contract.yml');
  const run = await validateData(loaded, { workspace: tmp.dir, now: Date.parse('2026-12-01T00:00:00Z') });
  return JSON.stringify(buildContractReport(run, loaded));
}

describe('fast path for row ranges', () => {
  test.each([
    ['clean.csv', [40_000, 300_000]],
    ['crlf.csv', [50_000]],
    ['clean.tsv', [300_000]],
    ['bom.csv', [100_000]],
    ['retype.csv', [200_000]],
    ['quote.csv', [200_000]],
    ['spanning.csv', [200_000, 1_000_000]],
    ['wide.csv', [6_000_000]],
    ['blank.csv', [200_000]],
    ['lonecr.csv', [200_000]],
    ['last.csv', [20_000]],
    ['numkeys.csv', [1_000_000, 300_000]],
    ['mixednum.csv', [1_000_000]],
    ['qheader.csv', [300_000]],
    ['[clean.csv, crlf.csv, last.csv]', [100_000]],
  ] as const)('%s: the same report bytes with the fast path on and off', async (files, sizes) => {
    for (const size of sizes) {
      const off = await report(files, false, size);
      const on = await report(files, true, size);
      expect(on).toBe(off);
      // Reads of a few hundred bytes: each ends inside a row (often inside a cell), the rows before it checked first.
      process.env.MLCI_VALIDATE_READ_BYTES = '333';
      try {
        expect(await report(files, true, size)).toBe(off);
      } finally {
        delete process.env.MLCI_VALIDATE_READ_BYTES;
      }
    }
  });

  test('a cell over MLCI_MAX_LINE_BYTES in a later range gives the same error either way', async () => {
    process.env.MLCI_MAX_LINE_BYTES = String(1 << 20);
    try {
      const err = async (fast: boolean) => (await report('huge.csv', fast, 200_000).catch((e: Error) => e.message)) as string;
      const off = await err(false);
      expect(off).toMatch(/huge\.csv.*a cell longer than 1,048,576 bytes/);
      expect(await err(true)).toBe(off);
    } finally {
      delete process.env.MLCI_MAX_LINE_BYTES;
    }
  });

  test('a ragged row gives the same error either way', async () => {
    const err = async (fast: boolean) => (await report('ragged.csv', fast, 200_000).catch((e: Error) => e.message)) as string;
    const off = await err(false);
    expect(off).toMatch(/ragged\.csv.*line 17002: 10 fields but the header has 9/);
    expect(await err(true)).toBe(off);
  });

  test('it takes the ranges of a plain file and gives up where the general reader must decide', async () => {
    const loaded = parseContract(contract('clean.csv'), 'contract.yml');
    const t = loaded.contract.tables.t;
    const taken = async (name: string, bytes = 200_000) => {
      const path = join(tmp.dir, name);
      const parts = await partsOfSized(path, bytes, t);
      return Promise.all(parts.map(async (p) => (await validateRangeFast(p)) !== undefined));
    };
    expect(await taken('clean.csv')).toEqual(expect.arrayContaining([true]));
    expect((await taken('clean.csv')).every(Boolean)).toBe(true);
    expect((await taken('crlf.csv')).every(Boolean)).toBe(true);
    expect((await taken('clean.tsv')).every(Boolean)).toBe(true);
    // Batches over the 4 MiB window: it grows.
    expect(await taken('wide.csv', 6_000_000)).toEqual([true, true, true]);
    expect((await taken('bom.csv'))[0]).toBe(true);
    expect((await taken('numkeys.csv'))[0]).toBe(true);
    expect((await taken('mixednum.csv'))[0]).toBe(true);
    for (const name of ['quote.csv', 'blank.csv', 'lonecr.csv', 'retype.csv']) expect((await taken(name)).some((x) => !x)).toBe(true);
    // A quoted header: the first range is read the general way, the others still fast.
    expect(await taken('qheader.csv')).toEqual([false, ...(await taken('clean.csv')).slice(1)]);
  });
});

test('ranges are first guessed; a guess cut inside a quoted cell is found and the table read again in exact ranges', async () => {
  const loaded = parseContract(contract('spanning.csv'), 'contract.yml');
  const t = loaded.contract.tables.t;
  const path = join(tmp.dir, 'spanning.csv');
  process.env.MLCI_VALIDATE_RANGE_BYTES = '200000';
  const job = { path, shown: path, label: 'Table t', size: statSync(path).size };
  const guessed = await partsOf(job, { table: 't', contract: t, maxExamples: 5 }, true);
  const exact = await partsOf(job, { table: 't', contract: t, maxExamples: 5 }, false);
  expect(guessed.every((p) => p.range?.guessed)).toBe(true);
  expect(guessed.map((p) => p.range!.start)).not.toEqual(exact.map((p) => p.range!.start));
  // The range with the quote says so (and is not read); the ones before it are read as usual.
  const results = await Promise.all(guessed.map((p) => validatePart(p)));
  const first = results.findIndex((r) => r.quoted);
  expect(first).toBeGreaterThanOrEqual(0);
  expect(results.slice(0, first).every((r) => !r.quoted && r.rows > 0)).toBe(true);
  // On a file without quotes the guess is the exact split.
  const clean = { ...job, path: join(tmp.dir, 'clean.csv'), size: statSync(join(tmp.dir, 'clean.csv')).size };
  const g = await partsOf(clean, { table: 't', contract: t, maxExamples: 5 }, true);
  expect(g.map((p) => [p.range!.start, p.range!.end])).toEqual((await partsOf(clean, { table: 't', contract: t, maxExamples: 5 })).map((p) => [p.range!.start, p.range!.end]));
});

test('keyRowsFast: the key text and line keyRows reads, from the line ends of a fast range', async () => {
  const loaded = parseContract(contract('clean.csv'), 'contract.yml');
  const t = loaded.contract.tables.t;
  process.env.MLCI_VALIDATE_RANGE_BYTES = '50000';
  for (const name of ['clean.csv', 'crlf.csv', 'bom.csv', 'last.csv']) {
    const path = join(tmp.dir, name);
    const parts = await partsOf({ path, shown: name, label: 'Table t', size: statSync(path).size }, { table: 't', contract: t, maxExamples: 5 }, true);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of [parts[0], parts[parts.length - 1]]) {
      const rows = (await validatePart(p)).rows;
      const want = [0, 7, rows >> 1, rows - 1];
      for (const key of [['id'], ['code', 'id']]) {
        const fast = keyRowsFast(p, key, want);
        expect(fast).toBeDefined();
        expect(fast).toEqual(await keyRows(p, key, want));
      }
      // A key the reader makes numbers of: its text is the number's, so the reader is asked.
      expect(keyRowsFast(p, ['label'], want)).toBeUndefined();
    }
  }
});

test('a table of 120 columns, 60 of them checked (numbers, text, ids, a key): the same report bytes with the fast path on and off', async () => {
  const cols = Array.from({ length: 120 }, (_, j) => `c${j}`);
  const lines = [cols.join(',')];
  for (let i = 0; i < 4000; i++) lines.push(cols.map((_, j) => (j % 3 === 0 ? String((i * (j + 1)) % 997) : j % 3 === 1 ? `v${(i + j) % 7}` : i % 211 === j ? '' : `${(i % 500) / 4}`)).join(','));
  tmp.file('many.csv', lines.join('\n') + '\n');
  const checked = cols.filter((_, j) => j % 2 === 0);
  const rules = checked.map((c, n) => `      ${c}: ${n % 3 === 0 ? '{ min: 0, max: 900 }' : n % 3 === 1 ? '{ in: [v0, v1, v2, v3, v4, v5], new-values: warn }' : '{ nulls: 0, mean: { max: 60 } }'}`);
  const text = `version: 1\ntables:\n  t:\n    files: many.csv\n    unique: [[c0, c1], c119]\n    columns:\n${rules.join('\n')}\n`;
  const run = async (fast: boolean) => {
    process.env.MLCI_VALIDATE_FAST = fast ? '1' : '0';
    process.env.MLCI_VALIDATE_RANGE_BYTES = '300000';
    const loaded = parseContract(text, 'contract.yml');
    return JSON.stringify(buildContractReport(await validateData(loaded, { workspace: tmp.dir, now: Date.parse('2026-12-01T00:00:00Z') }), loaded));
  };
  const off = await run(false);
  expect(JSON.parse(off).checks.filter((c: { status: string }) => c.status !== 'pass').length).toBeGreaterThan(5);
  expect(await run(true)).toBe(off);
  // Every range through the fast path.
  const parts = await partsOfSized(join(tmp.dir, 'many.csv'), 300_000, parseContract(text, 'contract.yml').contract.tables.t);
  expect(parts.length).toBeGreaterThan(4);
  for (const p of parts) expect(await validateRangeFast(p)).toBeDefined();
});

async function partsOfSized(path: string, bytes: number, contract: Parameters<typeof partsOf>[1]['contract']) {
  process.env.MLCI_VALIDATE_RANGE_BYTES = String(bytes);
  return partsOf({ path, shown: path, label: 'Table t', size: statSync(path).size }, { table: 't', contract, maxExamples: 5 });
}

describe('the WebAssembly kernel (kernel.wat) agrees with the JavaScript it stands for', () => {
  test('kernel-wasm.ts is what kernel.wat compiles to', () => {
    const r = spawnSync(process.execPath, ['scripts/build-wasm.mjs', '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('stats: a batch of numbers in the kernel\'s memory gives the state the JavaScript loop gives', () => {
    const rules = [
      '{ type: integer, min: 0, max: 5, in: [0, 1, 2], share: { "1": { max: 0.5 }, "2": { min: 0.1 } }, mean: { max: 3 }, quantiles: { "0.5": { max: 2 } } }',
      '{ type: number, min: -1.5, max: 1e6, std: { max: 10 }, quantiles: { "0.9": { max: 100 } } }',
      '{ in: [-0, 7, 8.5, 100, 3] }',
    ];
    const value = fc.oneof(fc.constantFrom(NaN, 0, -0, 1, 2, 3, 7, 8.5, -1.5, Infinity, -Infinity, 1e300), fc.double(), fc.integer({ min: -10, max: 10 }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 3000 }), fc.constantFrom(...rules), (list, rule) => {
        const loaded = parseContract(`version: 1\ntables:\n  t:\n    files: x.csv\n    columns:\n      c: ${rule}\n`, 'c.yml');
        const state = () => new ColumnState('t', 'c', loaded.contract.tables.t.columns.c, 5);
        const plain = state();
        const viaKernel = state();
        const k = kernel();
        const at = KERNEL_BASE;
        const need = at + list.length * 8;
        if (k.memory.buffer.byteLength < need) k.memory.grow(Math.ceil((need - k.memory.buffer.byteLength) / 65536));
        const inKernel = new Float64Array(k.memory.buffer, at, list.length);
        inKernel.set(list);
        const site = { file: 'x.csv', lines: Uint32Array.from(list, (_, i) => i + 2), rowOffset: 0 };
        plain.numberBatch(Float64Array.from(list), site);
        viaKernel.numberBatch(inKernel, site);
        expect(JSON.stringify(viaKernel.part())).toBe(JSON.stringify(plain.part()));
      }),
      { numRuns: 300 },
    );
  });

  test('stringBatch: a batch without empty cells or flagged values (counted by value) gives the state the row loop gives', () => {
    const rules = [
      '{ in: [grocery, travel, online], share: { travel: { max: 0.5 }, online: { min: 0.1 } } }',
      '{ share: { "1": { max: 0.5 } } }',
      '{ type: string, in: [a, b, "1"], new-values: warn }',
      '{ nulls: 0 }',
    ];
    const word = fc.constantFrom('grocery', 'travel', 'online', 'a', 'b', '1', '2', 'x');
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { minLength: 1, maxLength: 500 }), fc.constantFrom(...rules), (dictionary, picks, rule) => {
        const loaded = parseContract(`version: 1\ntables:\n  t:\n    files: x.csv\n    columns:\n      c: ${rule}\n`, 'c.yml');
        const state = () => new ColumnState('t', 'c', loaded.contract.tables.t.columns.c, 5);
        const codes = Int32Array.from(picks, (p) => p % dictionary.length);
        const site = { file: 'x.csv', lines: undefined, firstLine: 2, rowOffset: 0 };
        // The same rows then one empty cell: the empty cell takes the row loop; it adds one row and one null.
        const counted = state();
        counted.stringBatch(codes, dictionary, site);
        const looped = state();
        looped.stringBatch(Int32Array.from([...codes, -1]), dictionary, site);
        const a = counted.part();
        const b = looped.part();
        expect([b.rows - 1, b.nulls - 1]).toEqual([a.rows, a.nulls]);
        expect(JSON.stringify({ ...b, rows: 0, nulls: 0, nullExamples: [], checks: b.checks.map((c) => ({ ...c, violations: 0, examples: [] })) })).toBe(
          JSON.stringify({ ...a, rows: 0, nulls: 0, nullExamples: [], checks: a.checks.map((c) => ({ ...c, violations: 0, examples: [] })) }),
        );
        // Violations other than the null's are the same.
        const nullCheck = b.checks.findIndex((c) => c.examples.some((e) => e.line === codes.length + 2 && e.value === ''));
        b.checks.forEach((c, j) => j !== nullCheck && expect([j, c.violations, c.examples]).toEqual([j, a.checks[j].violations, a.checks[j].examples]));
      }),
      { numRuns: 400 },
    );
  });

  test('dict: the codes and values ByteDictionary gives a batch, and no answer past 256 values', () => {
    const cell = fc.oneof(fc.constantFrom('', 'a', 'b', 'grocery', 'travel', 'é', 'ünï', 'a ', ' a', 'ab'), fc.string({ unit: fc.constantFrom('x', 'y', 'é', '1'), maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 300 }), (cells) => {
        const got = kernelDictionary(cells);
        const dict = new ByteDictionary(false);
        const codes = cells.map((c) => (c === '' ? -1 : dict.code(Buffer.from(c), 0, Buffer.byteLength(c))));
        if (dict.strings.length > 256) expect(got).toBeUndefined();
        else expect(got).toEqual({ codes, dictionary: dict.strings, nullCount: cells.filter((c) => c === '').length });
      }),
      { numRuns: 1000 },
    );
    expect(kernelDictionary(Array.from({ length: 300 }, (_, i) => `v${i}`))).toBeUndefined();
  });

  test('keys: hashAsciiBytes of every ASCII key it takes; it leaves the others (and possible numbers of a key not read as text) to the caller', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'x', 'T', '-', '1', '0', '.', ' ', 'n', 'I', '+', 'é', '_'), maxLength: 14 }),
      fc.constantFrom('', 'tx-000000001', 'nan', 'Infinity', '12', 'ab', 'a', 'é'),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 40 }), fc.boolean(), (cells, textual) => {
        const got = kernelKeys(cells, textual);
        const pair = new Uint32Array(2);
        cells.forEach((c, i) => {
          const b = Buffer.from(c);
          const ascii = hashAsciiBytes(b, 0, b.length, pair);
          const taken = c !== '' && ascii && (textual || !mayBeNumber(b[0]));
          expect(got[i]).toEqual(taken ? [pair[0], pair[1]] : undefined);
        });
      }),
      { numRuns: 2000 },
    );
  });

  test('stamps: fastTimestampBytes of every cell (NaN where it leaves the cell to the caller)', () => {
    const d2 = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const digitOr = (a: fc.Arbitrary<string>) => fc.oneof({ weight: 9, arbitrary: a }, { weight: 1, arbitrary: fc.constantFrom('1a', '/0', ':9', '-1', '  ') });
    const stamp = fc
      .tuple(fc.integer({ min: 900, max: 9999 }).map(String), digitOr(d2), digitOr(d2), digitOr(d2), digitOr(d2), digitOr(d2), fc.constantFrom('T', ' ', 'x'), fc.constantFrom('Z', 'z', ''), fc.boolean(), fc.constantFrom('-', '-', '-', '/'))
      .map(([y, mo, d, h, mi, s, sep, z, dateOnly, dash]) => (dateOnly ? `${y}${dash}${mo}-${d}` : `${y}-${mo}${dash}${d}${sep}${h}:${mi}:${s}${z}`));
    const cell = fc.oneof({ weight: 8, arbitrary: stamp }, { weight: 1, arbitrary: fc.constantFrom('', '2026-12-01T09:57:30.5Z', '2026-12-01T09:57:30+01:00', '2026-12-01T09-57-30Z', '2026-12-01T09:57:30ZZ', '0999-12-31', 'é026-12-01') });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 40 }), (cells) => {
        const got = kernelStamps(cells);
        cells.forEach((c, i) => {
          const b = Buffer.from(c);
          expect(Object.is(got[i], fastTimestampBytes(b, 0, b.length))).toBe(true);
        });
      }),
      { numRuns: 3000 },
    );
    // Each hour, minute and second of one day; the first and last day of each month of years around the turns.
    const cells: string[] = [];
    for (let s = 0; s < 86_400; s += 59) cells.push(new Date(Date.UTC(2026, 11, 1) + s * 1000).toISOString().slice(0, 19) + 'Z');
    for (const y of [1000, 1600, 1899, 1900, 1970, 2000, 2024, 2100, 9999]) for (let m = 1; m <= 12; m++) for (const d of ['01', '28', '29', '30', '31']) cells.push(`${y}-${String(m).padStart(2, '0')}-${d}`);
    const got = kernelStamps(cells);
    cells.forEach((c, i) => expect(got[i]).toBe(parseTimestamp(c)));
  });

  test('nums: the reader\'s number (parseDecimalBytes) for every cell it answers, and an answer for the common shapes', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), minLength: 1, maxLength: 22 });
    const cell = fc.oneof(
      digits,
      fc.tuple(digits, digits).map(([a, b]) => `${a}.${b}`),
      fc.tuple(fc.constantFrom('', '-', '+', ' '), digits, fc.constantFrom('', '.', '.5', 'e3', 'x', ' ')).map(([a, b, c]) => a + b + c),
      fc.constantFrom('', '.5', '5.', '.', '9007199254740991', '9007199254740992', '9007199254740993', '0.1000000000000', '123456789012345.6', '1234567890123456.7'),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 40 }), (cells) => {
        const got = kernelNumbers(cells);
        cells.forEach((c, i) => {
          const b = Buffer.from(c);
          const common = (/^\d+$/.test(c) && c.length <= 15) || (/^\d+\.\d+$/.test(c) && c.length <= 16);
          if (c === '') expect(got[i]).toBeNaN();
          else if (got[i] !== undefined) expect(Object.is(got[i], parseDecimalBytes(b, 0, b.length))).toBe(true);
          if (common) expect(got[i]).toBe(parseDecimalBytes(b, 0, b.length));
        });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('byte-level helpers agree with the string versions', () => {
  const ascii = (s: string) => Buffer.from(s, 'latin1');

  test('compileBytePattern: the verdict of the anchored RegExp (u flag) on ASCII text', () => {
    const atom = fc.constantFrom('a', 'b', 'x', '-', '_', '\\d', '\\w', '\\s', '\\D', '\\.', '.', '[a-c]', '[^a]', '[0-9_-]', '[\\d.]', '[A-Z]');
    const count = fc.constantFrom('', '?', '*', '+', '{2}', '{1,3}', '{0,2}', '{2,}');
    const pattern = fc.array(fc.tuple(atom, count).map(([a, c]) => a + c), { minLength: 0, maxLength: 5 }).map((p) => p.join(''));
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'x', '-', '_', '.', '1', '2', ' ', 'A', 'Z', '\t'), maxLength: 9 });
    fc.assert(
      fc.property(pattern, text, (p, s) => {
        const m = compileBytePattern(p);
        expect(m).toBeDefined();
        expect(m!(ascii(s), 0, s.length)).toBe(new RegExp(`^(?:${p})$`, 'u').test(s));
      }),
      { numRuns: 3000 },
    );
  });

  test('compileBytePattern: no matcher for what it does not cover', () => {
    for (const p of ['a|b', '(ab)+', '^a', 'a$', '\\bword', 'a+?', '\\p{L}', 'é+', '[é]', '\\x41', '(?=a)a', '\\1']) expect(compileBytePattern(p)).toBeUndefined();
    expect(compileBytePattern('tx-[0-9]{9}')!(ascii('tx-000000001'), 0, 12)).toBe(true);
  });

  test('fastTimestampBytes: parseTimestamp of the text wherever it answers, and it answers for the common shapes', () => {
    const d2 = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const shape = fc.tuple(fc.integer({ min: 900, max: 9999 }), d2, d2, d2, d2, d2, fc.constantFrom('T', ' ', 'x'), fc.constantFrom('Z', 'z', ''), fc.boolean());
    fc.assert(
      fc.property(shape, ([y, mo, d, h, mi, s, sep, z, dateOnly]) => {
        const text = dateOnly ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${z}`;
        const v = fastTimestampBytes(ascii(text), 0, text.length);
        if (v === v) expect(v).toBe(parseTimestamp(text));
        const common = y >= 1000 && +mo >= 1 && +mo <= 12 && +d >= 1 && +d <= 31 && (dateOnly || (sep !== 'x' && z === 'Z' && +h <= 23 && +mi <= 59 && +s <= 59));
        expect(v === v).toBe(common);
      }),
      { numRuns: 5000 },
    );
  });

  test('hashAsciiBytes: hashText of the decoded text; false for other bytes', () => {
    const a = new Uint32Array(2);
    const b = new Uint32Array(2);
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 40 }), (s) => {
        expect(hashAsciiBytes(ascii(s), 0, s.length, a)).toBe(true);
        hashText(s, b);
        expect([...a]).toEqual([...b]);
      }),
    );
    const u = Buffer.from('id-ü', 'utf8');
    expect(hashAsciiBytes(u, 0, u.length, a)).toBe(false);
  });
});

test('sortFloat64: the order Float64Array.prototype.sort gives, negatives, zeros and infinities included', () => {
  const rng = (() => {
    let x = 12345;
    return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  })();
  for (const n of [10, 5000, 100_000]) {
    const a = Float64Array.from({ length: n }, (_, i) => (i % 97 === 0 ? [-0, 0, Infinity, -Infinity, 5e-324, -1e308][i % 6] : (rng() - 0.3) * 10 ** Math.floor(rng() * 12 - 4)));
    const want = Float64Array.from(a).sort();
    const got = sortFloat64(Float64Array.from(a));
    expect(Buffer.from(got.buffer).equals(Buffer.from(want.buffer))).toBe(true);
  }
  // A narrow range (the high 32 bits equal): passes are skipped, the order still right.
  const narrow = Float64Array.from({ length: 10_000 }, () => 1 + rng() * 1e-9);
  expect([...sortFloat64(Float64Array.from(narrow))]).toEqual([...Float64Array.from(narrow).sort()]);
});

test('QuantileSample halvings keep, of each block of capacity / 64 values sorted, every other value (alternating); then one value a window', () => {
  // The reference, written plainly: every halving sorts each block of 1,024 kept values (Float64Array sort: −0
  // before +0) and keeps every other one, starting at the first or second as block and halving alternate; past the
  // first halving the values come in windows of `stride` (the stride when the window begins), one kept of each.
  const reference = (values: Float64Array, capacity: number) => {
    let buf: number[] = [];
    let stride = 1;
    let halvings = 0;
    let windows = 0;
    let pos = 0;
    let at = 0;
    let size = 0;
    for (const v of values) {
      const kept = size === 0 || pos === at;
      if (kept) {
        if (buf.length === capacity) {
          const next: number[] = [];
          for (let s = 0, b = halvings; s < buf.length; s += 1024, b++) {
            const sorted = Float64Array.from(buf.slice(s, s + 1024)).sort();
            sorted.forEach((x, i) => i % 2 === (b & 1) && next.push(x));
          }
          halvings++;
          buf = next;
          stride *= 2;
        }
        buf.push(v);
      }
      // The window ends: the next one has the stride now.
      if (stride > 1 && (size === 0 || ++pos === size)) {
        size = stride;
        at = pick(windows++, stride);
        pos = 0;
      }
    }
    return buf;
  };
  const table = [0, -0, 1, -1, Infinity, -Infinity, 0.5, 1e-300, -2.5e10, 7];
  fc.assert(
    fc.property(fc.integer({ min: 70_000, max: 400_000 }), fc.integer(), fc.integer({ min: 1, max: 7 }), (n, seed, parts) => {
      // Values from the table, small integers and doubles of any size, in an order a seed chooses.
      let x = seed | 1;
      const next = () => ((x = (Math.imul(x, 1664525) + 1013904223) | 0) >>> 0);
      const values = Float64Array.from({ length: n }, () => {
        const r = next() % 3;
        return r === 0 ? table[next() % table.length] : r === 1 ? (next() % 101) - 50 : (next() - 2 ** 31) * 2 ** ((next() % 200) - 100);
      });
      const sample = new QuantileSample(65536);
      const size = Math.ceil(values.length / parts);
      for (let at = 0; at < values.length; at += size) {
        const p = new QuantileSample(1 << 22);
        for (const v of values.subarray(at, at + size)) p.add(v);
        sample.absorb(p.state());
      }
      const got = [...sample.state().values];
      const want = reference(values, 65536);
      expect(got.length).toBe(want.length);
      expect(got.map((v) => Object.is(v, -0) ? '-0' : v)).toEqual(want.map((v) => Object.is(v, -0) ? '-0' : v));
    }),
    { numRuns: 12 },
  );
});

test('QuantileSample.absorb: the state one add() a value gives, across the capacity and its halvings', () => {
  const values = Float64Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 5000) / 7);
  for (const cut of [[5000], [100, 900, 4000], [1023, 1, 1, 3975], [2047, 2953]]) {
    const one = new QuantileSample(1024);
    for (const v of values) one.add(v);
    const parts = new QuantileSample(1024);
    let at = 0;
    for (const len of cut) {
      const p = new QuantileSample(1 << 22);
      for (const v of values.subarray(at, at + len)) p.add(v);
      parts.absorb(p.state());
      at += len;
    }
    expect([parts.seen, parts.exact, [...parts.state().values]]).toEqual([one.seen, one.exact, [...one.state().values]]);
    expect(parts.quantile(0.37)).toBe(one.quantile(0.37));
  }
});
