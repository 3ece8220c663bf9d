/**
 * Parquet through hyparquet (pure JavaScript). Reads only the requested columns, one row group at a time when
 * streaming. Physical numeric types become number columns (INT64 beyond 2^53 becomes text, as in CSV, so ids stay
 * distinct); strings, booleans ("true"/"false"), dates (ISO text) and nested values (JSON text) become string columns.
 * Page codecs: UNCOMPRESSED and SNAPPY (hyparquet), GZIP and BROTLI (node:zlib), ZSTD where node:zlib has it (Node 22.15+).
 */
import * as zlib from 'node:zlib';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, Compressors, DecodedArray, FileMetaData } from 'hyparquet';
import { UserError, isUserError } from '../errors.js';
import { excerpt } from '../excerpt.js';
import { ValueColumnBuilder, type ValueContext } from './builder.js';
import { missingColumn } from './delimited.js';
import { describeFile } from './format.js';
import { checkReadable } from './source.js';
import type { Column, ColumnType, ReadOptions } from './types.js';

const zstd = (zlib as unknown as { zstdDecompressSync?: (b: Uint8Array) => Buffer }).zstdDecompressSync;

const compressors: Compressors = {
  GZIP: (input: Uint8Array) => new Uint8Array(zlib.unzipSync(input)),
  BROTLI: (input: Uint8Array) => new Uint8Array(zlib.brotliDecompressSync(input)),
  ...(zstd ? { ZSTD: (input: Uint8Array) => new Uint8Array(zstd(input)) } : {}),
};

export interface ParquetFile {
  path: string;
  where: string;
  file: AsyncBuffer;
  metadata: FileMetaData;
  /** Top-level column names in file order. */
  names: string[];
  /** Columns to load, in file order. */
  loaded: string[];
  rowCount: number;
  /** Row groups as [start, end) row ranges. */
  groups: Array<[number, number]>;
}

function unreadable(where: string, path: string, e: unknown): UserError {
  const msg = e instanceof Error ? e.message : String(e);
  const hint = /compression codec/.test(msg)
    ? 'rewrite it with snappy compression (pandas: df.to_parquet(path, compression="snappy"))'
    : 'check that the file was written completely and really is Parquet';
  return new UserError(`${where}: cannot read it as Parquet (${msg}); ${hint}`, { file: path });
}

export async function openParquet(path: string, opts: ReadOptions): Promise<ParquetFile> {
  const where = describeFile(path, opts.label);
  await checkReadable(path, opts.label);
  let file: AsyncBuffer;
  let metadata: FileMetaData;
  let names: string[];
  try {
    file = await asyncBufferFromFile(path);
    metadata = await parquetMetadataAsync(file);
    names = parquetSchema(metadata).children.map((c) => c.element.name);
  } catch (e) {
    throw unreadable(where, path, e);
  }
  if (opts.missingColumns !== 'skip') for (const c of opts.columns ?? []) if (!names.includes(c)) throw missingColumn(where, path, c, names);
  const wanted = opts.columns ? new Set(opts.columns) : null;
  const groups: Array<[number, number]> = [];
  let start = 0;
  for (const g of metadata.row_groups) {
    const n = Number(g.num_rows);
    groups.push([start, start + n]);
    start += n;
  }
  return {
    path,
    where,
    file,
    metadata,
    names,
    loaded: wanted ? names.filter((n) => wanted.has(n)) : names,
    rowCount: Number(metadata.num_rows),
    groups,
  };
}

/** Columns of rows [rowStart, rowEnd) of the loaded columns. */
export async function readParquetRange(
  pq: ParquetFile,
  types: Record<string, ColumnType> | undefined,
  rowStart: number,
  rowEnd: number,
): Promise<Map<string, Column>> {
  const pieces = new Map<string, Array<{ rowStart: number; data: DecodedArray }>>();
  for (const name of pq.loaded) pieces.set(name, []);
  if (pq.loaded.length > 0 && rowEnd > rowStart) {
    try {
      await parquetRead({
        file: pq.file,
        metadata: pq.metadata,
        columns: pq.loaded,
        rowStart,
        rowEnd,
        compressors,
        onChunk: (c) => pieces.get(c.columnName)?.push({ rowStart: c.rowStart, data: c.columnData }),
      });
    } catch (e) {
      if (isUserError(e)) throw e;
      throw unreadable(pq.where, pq.path, e);
    }
  }
  const columns = new Map<string, Column>();
  let row = 0;
  const ctx: ValueContext = {
    notNumber(column: string, text: string): never {
      throw new UserError(
        `${pq.where}, row ${row + 1}: column ${excerpt(column)} holds ${excerpt(text)}, which is not a number; ` +
          `this column must be numeric`,
        { file: pq.path },
      );
    },
  };
  for (const name of pq.loaded) {
    const b = new ValueColumnBuilder(name, types?.[name] ?? 'auto', Math.max(1, rowEnd - rowStart), ctx);
    const list = pieces.get(name)!.sort((x, y) => x.rowStart - y.rowStart);
    let next = rowStart;
    for (const p of list) {
      const data = p.data as ArrayLike<unknown>;
      // Pieces may reach outside the requested range (hyparquet decodes whole pages): keep rows in range, once.
      for (let i = Math.max(0, next - p.rowStart); i < data.length; i++) {
        row = p.rowStart + i;
        if (row >= rowEnd || row !== next) break;
        b.addValue(data[i]);
        next = row + 1;
      }
    }
    if (next !== rowEnd) {
      throw new UserError(`${pq.where}: column "${name}" has ${next - rowStart} values where ${rowEnd - rowStart} rows were expected; the file looks damaged`, { file: pq.path });
    }
    columns.set(name, b.finish());
  }
  return columns;
}
