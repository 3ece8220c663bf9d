/**
 * readTable (whole file into columns) and streamTable (batches in constant memory) over every format.
 */
import { UserError } from '../errors.js';
import { DelimitedParser } from './delimited.js';
import { describeFile, detectFormat } from './format.js';
import { JsonlParser } from './jsonl.js';
import { openParquet, readParquetRange } from './parquet.js';
import { checkReadable, openChunks } from './source.js';
import type { Batch, Column, ColumnType, Format, ReadOptions, StreamOptions, Table } from './types.js';

const DEFAULT_BATCH_ROWS = 1 << 16;

/**
 * Read a whole file into columns. An 'auto' CSV/TSV column that turns out to hold text after thousands of numbers is
 * re-read as text in a second pass over the file, so its dictionary keeps the original spelling ("007", "1.50");
 * files whose columns keep one kind (the common case) are read once.
 */
export async function readTable(path: string, opts: ReadOptions = {}): Promise<Table> {
  const { format, gzip } = detectFormat(path);
  if (format === 'parquet') return readParquetTable(path, opts);
  if (format === 'jsonl') return readJsonlTable(path, gzip, opts);
  return readDelimitedTable(path, format, gzip, opts);
}

/**
 * Stream a file as columnar batches of `batchRows` rows (default 65,536), in constant memory: at most about one
 * batch and one 1 MiB read chunk (Parquet: one row group) are held. Always yields at least one batch (with
 * rowCount 0 for a file with a header and no rows), so the columns are known. See Batch for dictionaries and kinds.
 */
export async function* streamTable(path: string, opts: StreamOptions = {}): AsyncGenerator<Batch> {
  const batchRows = opts.batchRows ?? DEFAULT_BATCH_ROWS;
  if (!Number.isInteger(batchRows) || batchRows < 1) {
    throw new Error(`streamTable: batchRows must be a positive integer, got ${batchRows}`);
  }
  const { format, gzip } = detectFormat(path);
  if (format === 'parquet') {
    yield* streamParquet(path, opts, batchRows);
    return;
  }
  const parser =
    format === 'jsonl'
      ? new JsonlParser({ path, label: opts.label, columns: opts.columns, types: opts.types, missingColumns: opts.missingColumns, batchRows, trackLines: opts.trackLines === true })
      : new DelimitedParser({
          path,
          label: opts.label,
          delimiter: format === 'tsv' ? 9 : 44,
          columns: opts.columns,
          types: opts.types,
          missingColumns: opts.missingColumns,
          dictionaries: opts.dictionaries,
          batchRows,
          retain: true,
          trackLines: opts.trackLines === true,
        });
  for await (const chunk of openChunks(path, gzip, opts.label)) {
    parser.push(chunk);
    while (parser.ready.length > 0) yield parser.ready.shift()!;
  }
  parser.end();
  while (parser.ready.length > 0) yield parser.ready.shift()!;
}

async function readDelimitedTable(path: string, format: Format, gzip: boolean, opts: ReadOptions): Promise<Table> {
  const delimiter = format === 'tsv' ? 9 : 44;
  const size = await checkReadable(path, opts.label);
  const p = new DelimitedParser({
    path,
    label: opts.label,
    delimiter,
    columns: opts.columns,
    types: opts.types,
    missingColumns: opts.missingColumns,
    batchRows: Infinity,
    retain: false,
    trackLines: true,
    sizeHint: gzip ? undefined : size,
  });
  for await (const chunk of openChunks(path, gzip, opts.label)) p.push(chunk);
  p.end();
  const columns = p.ready[0].columns;
  const deferred = p.deferredColumns();
  if (deferred.length > 0) {
    // Second pass: only the columns that met text after numbers, read as text from the original bytes.
    const types: Record<string, ColumnType> = {};
    for (const c of deferred) types[c] = 'string';
    const q = new DelimitedParser({
      path,
      label: opts.label,
      delimiter,
      columns: deferred,
      types,
      batchRows: Infinity,
      retain: false,
      trackLines: false,
    });
    for await (const chunk of openChunks(path, gzip, opts.label)) q.push(chunk);
    q.end();
    if (q.rows !== p.rows) {
      throw new UserError(`${describeFile(path, opts.label)} changed while it was being read; read it again`, { file: path });
    }
    for (const [name, col] of q.ready[0].columns) columns.set(name, col);
  }
  return makeTable(path, format, p.rows, columns, p.columnNames, p.header, p.lines, p.rows > 0 ? p.firstRowLine : 2);
}

async function readJsonlTable(path: string, gzip: boolean, opts: ReadOptions): Promise<Table> {
  const p = new JsonlParser({
    path,
    label: opts.label,
    columns: opts.columns,
    types: opts.types,
    missingColumns: opts.missingColumns,
    batchRows: Infinity,
    trackLines: true,
  });
  for await (const chunk of openChunks(path, gzip, opts.label)) p.push(chunk);
  p.end();
  const batch = p.ready[0];
  return makeTable(path, 'jsonl', p.rows, batch.columns, p.columnNames(), p.allColumnNames, p.lines, 1);
}

async function readParquetTable(path: string, opts: ReadOptions): Promise<Table> {
  const pq = await openParquet(path, opts);
  const columns = await readParquetRange(pq, opts.types, 0, pq.rowCount);
  return {
    source: path,
    format: 'parquet',
    rowCount: pq.rowCount,
    columns,
    columnNames: pq.loaded,
    allColumnNames: pq.names,
  };
}

async function* streamParquet(path: string, opts: ReadOptions, batchRows: number): AsyncGenerator<Batch> {
  const pq = await openParquet(path, opts);
  let yielded = false;
  for (const [start, end] of pq.groups) {
    if (end === start) continue;
    const columns = await readParquetRange(pq, opts.types, start, end);
    // A row group larger than batchRows is cut into views; their dictionaries are the row group's.
    for (let s = start; s < end; s += batchRows) {
      const e = Math.min(end, s + batchRows);
      const part = new Map<string, Column>();
      for (const [name, col] of columns) part.set(name, sliceColumn(col, s - start, e - start));
      yield { rowOffset: s, rowCount: e - s, columns: part, columnNames: pq.loaded };
      yielded = true;
    }
  }
  if (!yielded) {
    yield { rowOffset: 0, rowCount: 0, columns: await readParquetRange(pq, opts.types, 0, 0), columnNames: pq.loaded };
  }
}

function sliceColumn(col: Column, s: number, e: number): Column {
  if (s === 0 && e === (col.kind === 'number' ? col.values.length : col.codes.length)) return col;
  if (col.kind === 'number') {
    const values = col.values.subarray(s, e);
    let nulls = 0;
    for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) nulls++;
    return { kind: 'number', name: col.name, values, nullCount: nulls };
  }
  const codes = col.codes.subarray(s, e);
  let nulls = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] < 0) nulls++;
  return { kind: 'string', name: col.name, codes, dictionary: col.dictionary, nullCount: nulls };
}

function makeTable(
  path: string,
  format: Format,
  rowCount: number,
  columns: Map<string, Column>,
  columnNames: string[],
  allColumnNames: string[],
  lines: Uint32Array | null,
  defaultFirstLine: number,
): Table {
  const ordered = new Map<string, Column>();
  for (const name of columnNames) ordered.set(name, columns.get(name)!);
  const table: Table = { source: path, format, rowCount, columns: ordered, columnNames, allColumnNames, firstLine: defaultFirstLine };
  if (lines !== null && rowCount > 0) {
    // Rows on consecutive lines (the usual case) need no per-row line table.
    table.firstLine = lines[0];
    if (lines[rowCount - 1] - lines[0] !== rowCount - 1) table.rowLines = lines.slice(0, rowCount);
  }
  return table;
}
