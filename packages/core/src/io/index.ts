/**
 * io: columnar readers for evaluation sets and data files (CSV, TSV, JSONL — each optionally gzipped — and Parquet),
 * chosen by extension, plus the id join the gate needs. The ground floor of core: imports nothing above it.
 */
export type {
  Batch,
  Column,
  ColumnType,
  Format,
  NumberColumn,
  ReadOptions,
  StreamOptions,
  StringColumn,
  Table,
} from './types.js';
export { detectFormat } from './format.js';
export { readTable, streamTable } from './read.js';
export { columnAsNumbers, lineOfRow, requireColumn, rowLocation } from './columns.js';
export { joinById, type JoinResult } from './join.js';
