/** Small helpers over tables: find a column, read it as numbers, name a row in messages. */
import { UserError } from '../errors.js';
import { excerpt } from '../excerpt.js';
import { missingColumn } from './delimited.js';
import { describeFile } from './format.js';
import { parseNumberText } from './number.js';
import type { Column, Table } from './types.js';

/** 1-based line of a row in a text file, or undefined (Parquet, tables built in memory). */
export function lineOfRow(table: Table, row: number): number | undefined {
  if (table.rowLines) return table.rowLines[row];
  return table.firstLine === undefined ? undefined : table.firstLine + row;
}

/** "line 17" for text files, "row 16" (1-based data row) otherwise: for messages that point at a row. */
export function rowLocation(table: Table, row: number): string {
  const line = lineOfRow(table, row);
  return line === undefined ? `row ${row + 1}` : `line ${line}`;
}

/** The column, or a UserError naming the file and listing the columns it has. */
export function requireColumn(table: Table, name: string, opts: { label?: string } = {}): Column {
  const col = table.columns.get(name);
  if (col) return col;
  const where = describeFile(table.source, opts.label);
  if (table.allColumnNames.includes(name)) {
    throw new Error(`internal: column "${name}" of ${where} was not loaded; add it to ReadOptions.columns`);
  }
  throw missingColumn(where, table.source, name, table.allColumnNames);
}

/**
 * A column as numbers (NaN for empty cells). A number column is returned as is (not copied); a string column whose
 * every value is a number (e.g. forced to text) is converted. Any other text is a UserError naming the file, the
 * first such row and how many rows hold text. Mapping "true"/"false" or class names is the caller's business.
 */
export function columnAsNumbers(table: Table, name: string, opts: { label?: string } = {}): Float64Array {
  const col = requireColumn(table, name, opts);
  if (col.kind === 'number') return col.values;
  const map = new Float64Array(col.dictionary.length);
  const bad = new Uint8Array(col.dictionary.length);
  let anyBad = false;
  for (let c = 0; c < col.dictionary.length; c++) {
    const v = parseNumberText(col.dictionary[c], false);
    if (v === undefined) {
      bad[c] = 1;
      anyBad = true;
    } else {
      map[c] = v;
    }
  }
  const out = new Float64Array(col.codes.length);
  let badRows = 0;
  let firstBad = -1;
  for (let i = 0; i < col.codes.length; i++) {
    const c = col.codes[i];
    if (c < 0) {
      out[i] = NaN;
    } else if (anyBad && bad[c] === 1) {
      if (firstBad < 0) firstBad = i;
      badRows++;
    } else {
      out[i] = map[c];
    }
  }
  if (firstBad >= 0) {
    const text = col.dictionary[col.codes[firstBad]];
    const line = lineOfRow(table, firstBad);
    throw new UserError(
      `${describeFile(table.source, opts.label)}, ${rowLocation(table, firstBad)}: column ${excerpt(name)} holds ` +
        `${excerpt(text)}, which is not a number (${badRows} row${badRows === 1 ? '' : 's'} like this); ` +
        `this column must be numeric`,
      { file: table.source, line },
    );
  }
  return out;
}
