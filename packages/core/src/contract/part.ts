import { streamTable } from '../io/read.js';
import { rangeHasQuote, streamDelimitedRange } from '../io/split.js';
import type { Batch, Column, ColumnType as ReadType } from '../io/types.js';
import { ColumnState, truncateValue, type RowSite } from './column.js';
import { keyRowsFast, validateRangeFast } from './fast-part.js';
import { BATCH_ROWS, Log, keyText, logKeys, readPlan, textualOf, type PartResult, type PartTask } from './part-state.js';
import { partScratch } from './sample.js';

export { readPlan, keyText, type KeyLog, type PartResult, type PartTask } from './part-state.js';

/** The batches of a part, lines tracked; `done` receives the line after a range. */
export function streamPart(t: PartTask, columns: string[], types: Record<string, ReadType>, done?: { endLine: number }): AsyncGenerator<Batch> {
  const cols = columns.length > 0 ? columns : undefined;
  if (t.range) {
    const r = t.range;
    return streamDelimitedRange(t.path, { start: r.start, end: r.end, delimiter: r.delimiter, header: r.header, label: t.label, firstLine: r.firstLine ?? 1, batchRows: BATCH_ROWS, columns: cols, types, missingColumns: 'skip', dictionaries: 'adaptive', trackLines: true, done });
  }
  // A column the file lacks is no error but a failed presence check, in every format alike ('skip').
  return streamTable(t.path, { columns: cols, types, batchRows: BATCH_ROWS, trackLines: true, label: t.label, missingColumns: 'skip', dictionaries: 'adaptive' });
}

/** Read one part: every column's checks and every unique key's hashes. */
export async function validatePart(t: PartTask): Promise<PartResult> {
  const fast = await validateRangeFast(t);
  if (fast !== undefined) return fast;
  if (t.range?.guessed && rangeHasQuote(t.path, t.range.start, t.range.end)) return { rows: 0, endLine: 0, present: [], columns: [], keys: [], quoted: true };
  const { wanted, types } = readPlan(t.contract);
  const columns = Object.entries(t.contract.columns).map(([c, rule], i) => new ColumnState(t.table, c, rule, t.maxExamples, partScratch(i)));
  const uniques = t.contract.unique.map((u) => ({ columns: u.columns, textual: textualOf(t.contract, u.columns, types), log: new Log() }));
  const present = new Set<string>();
  const done = { endLine: 0 };
  let rows = 0;
  for await (const batch of streamPart(t, wanted, types, done)) {
    const site: RowSite = { file: t.shown, lines: batch.lines, rowOffset: batch.rowOffset };
    rows += batch.rowCount;
    for (const c of columns) {
      const col = batch.columns.get(c.name);
      if (col === undefined) c.absentBatch(batch.rowCount, site);
      else if (col.kind === 'number') c.numberBatch(col.values, site);
      else c.stringBatch(col.codes, col.dictionary, site);
    }
    for (const w of wanted) if (batch.columns.has(w)) present.add(w);
    for (const u of uniques) {
      const found = u.columns.map((name) => batch.columns.get(name));
      // A key column this batch lacks: every key has an empty cell, and such keys are skipped (presence reports the file).
      if (found.some((c) => c === undefined)) continue;
      logKeys(u.log, u.textual, found as Column[], batch.rowCount, batch.rowOffset);
    }
  }
  return { rows, endLine: t.range ? done.endLine : 0, present: [...present], columns: columns.map((c) => c.part()), keys: uniques.map((u) => u.log.take()) };
}

/**
 * Examples of duplicate keys: the key text and line of the given rows of a part (0-based in the part, ascending),
 * read again — only for the few rows a report shows.
 */
export async function keyRows(t: PartTask, key: string[], rows: number[], fast = false): Promise<Map<number, { line: number | null; value: string }>> {
  // A range the fast path read: the lines are found by their line ends (keyRowsFast), when the key is text.
  const quick = fast ? keyRowsFast(t, key, rows) : undefined;
  if (quick !== undefined) return quick;
  const { types } = readPlan(t.contract);
  const out = new Map<number, { line: number | null; value: string }>();
  const last = rows[rows.length - 1];
  const wantedRows = new Set(rows);
  for await (const batch of streamPart(t, key, types)) {
    const end = batch.rowOffset + batch.rowCount;
    if (end > rows[0]) {
      const cols = key.map((c) => batch.columns.get(c)) as Column[];
      for (let i = 0; i < batch.rowCount; i++) {
        const r = batch.rowOffset + i;
        if (!wantedRows.has(r)) continue;
        out.set(r, { line: batch.lines ? batch.lines[i] : null, value: truncateValue(keyText(cols, i)) });
      }
    }
    if (end > last) break;
  }
  return out;
}
