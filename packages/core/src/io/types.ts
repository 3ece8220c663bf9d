/**
 * Columnar tables read from evaluation sets and data files. No object per row anywhere: a table is a set of typed
 * arrays, one per column, so a million-row file costs a few tens of megabytes and metrics loop over flat arrays.
 */

/** The file formats io reads; chosen by extension (see detectFormat). */
export type Format = 'csv' | 'tsv' | 'jsonl' | 'parquet';

/** A numeric column. Empty cells are NaN and counted in nullCount (a literal "NaN" is NaN too, but not a null). */
export interface NumberColumn {
  kind: 'number';
  name: string;
  values: Float64Array;
  nullCount: number;
}

/**
 * A text column, dictionary-encoded: codes[i] indexes dictionary, -1 for an empty cell. Dictionary entries are unique,
 * except in a batch streamed with `dictionaries: 'adaptive'` (see StreamOptions).
 */
export interface StringColumn {
  kind: 'string';
  name: string;
  codes: Int32Array;
  dictionary: string[];
  nullCount: number;
}

export type Column = NumberColumn | StringColumn;

/** How to type a column: 'auto' (default) = number if every non-empty value is a number, else string. */
export type ColumnType = 'number' | 'string' | 'auto';

export interface Table {
  /** The path as given to the reader (used in messages). */
  source: string;
  format: Format;
  rowCount: number;
  /** Loaded columns by name. */
  columns: Map<string, Column>;
  /** Names of the loaded columns, in file order. */
  columnNames: string[];
  /** Every column the file has, in file order (loaded or not). */
  allColumnNames: string[];
  /**
   * Text formats: 1-based line of row 0 (2 for CSV/TSV with the header on line 1, 1 for JSONL). Rows map to
   * firstLine + row unless rowLines is set. Undefined for Parquet and for tables built in memory.
   */
  firstLine?: number;
  /** 1-based line of each row, present only when rows do not map to firstLine + row (quoted newlines, blank lines). */
  rowLines?: Uint32Array;
}

export interface ReadOptions {
  /** Load only these columns (the others are skipped cheaply). A missing one is a UserError listing what exists. */
  columns?: string[];
  /** Per-column type; columns not named are 'auto'. */
  types?: Record<string, ColumnType>;
  /**
   * A requested column the file lacks: 'error' (default, the UserError above) or 'skip': it is left out of the
   * columns, in every format alike. A JSONL key counts as present once it appears (even as null): batches before
   * its first line lack the column, later ones hold it with nulls where a line has no such key.
   */
  missingColumns?: 'error' | 'skip';
  /** Who the file is, for messages: "candidate" gives "candidate file preds.csv, line 7: ...". */
  label?: string;
}

export interface StreamOptions extends ReadOptions {
  /** Rows per batch (default 65,536). Memory is bounded by about one batch plus one read chunk. */
  batchRows?: number;
  /** Text formats: give each batch the 1-based line of each of its rows (Batch.lines). Parquet has no lines. */
  trackLines?: boolean;
  /**
   * 'unique' (default): every dictionary holds each value once. 'adaptive' (CSV/TSV): after a batch whose text column
   * had distinct values in more than half of its cells (ids, times to the second), the column's next batch is not
   * deduplicated — one dictionary entry per non-empty cell, values may repeat — which saves hashing and probing
   * every value. For consumers that visit every row anyway (validate-data).
   */
  dictionaries?: 'unique' | 'adaptive';
}

/**
 * One batch of a streamed file: a small columnar table. String columns carry a per-batch dictionary (so memory
 * stays constant even for a column of unique ids); the same text can have different codes in different batches.
 * Kinds are sticky: once an 'auto' column turns out to be text it stays a string column in later batches, but
 * batches before that point delivered it as numbers. Pin the kind with `types` when a consumer needs one kind.
 */
export interface Batch {
  /** Index of this batch's first row in the file (0-based, data rows only). */
  rowOffset: number;
  rowCount: number;
  columns: Map<string, Column>;
  /** Loaded column names in file order (for JSONL: the keys seen so far, in order of first appearance). */
  columnNames: string[];
  /** With StreamOptions.trackLines, text formats: the 1-based line each row starts on (quoted newlines counted). */
  lines?: Uint32Array;
}
