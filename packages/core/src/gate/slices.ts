import type { EvalData } from './data.js';
import { UserError } from '../errors.js';
import { sharedUint32 } from './shared-arrays.js';

/**
 * Most distinct values a slice or fairness column may have, and most value combinations of one slice spec. Every
 * value is a check per metric and a row in the report: an id column used as a slice (200,000 values) would make
 * a 100 MB report and a comment no one reads. MLCI_MAX_SLICE_VALUES (a whole number) changes the per-column cap.
 */
export const DEFAULT_MAX_SLICE_VALUES = 1000;
export const MAX_SLICE_COMBINATIONS = 10_000;
/** Most possible combinations (the counting sort holds one counter per combination). */
const MAX_COMBINATION_SPACE = 5_000_000;

function maxSliceValues(): number {
  const raw = process.env.MLCI_MAX_SLICE_VALUES;
  const v = raw === undefined || raw.trim() === '' ? DEFAULT_MAX_SLICE_VALUES : Number(raw.trim());
  if (!Number.isSafeInteger(v) || v < 1) throw new UserError(`Environment variable MLCI_MAX_SLICE_VALUES must be a positive whole number; it is '${String(raw).slice(0, 40)}'.`);
  return v;
}

/** One slice: its key (`overall` or `col=value&col2=value2`) and the rows in it, ascending. */
export interface Slice {
  key: string;
  /** Column → value, in the policy's column order (empty for overall). */
  values: [string, string][];
  rows: Uint32Array;
}

const MISSING = '(missing)';

function compareValues(a: string, b: string): number {
  const na = Number(a), nb = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Group rows by the value combination of `columns` with a counting sort over the combined code (O(n), two passes),
 * so a million rows and a dozen slices cost a few milliseconds. Groups come out sorted by value (numbers numerically),
 * column by column, so the report order is stable.
 */
export function sliceBy(data: EvalData, columns: string[]): Slice[] {
  const cols = columns.map((c) => data.sliceColumns.get(c)!);
  const cap = maxSliceValues();
  cols.forEach((c, j) => {
    if (c.dictionary.length > cap) {
      throw new UserError(
        `Slice column '${columns[j]}' has ${c.dictionary.length.toLocaleString('en-US')} distinct values, over the limit of ${cap.toLocaleString('en-US')} ` +
          `(each value is a check and a report row): slice by a coarser column (bucket it upstream), or raise MLCI_MAX_SLICE_VALUES if you mean it.`,
      );
    }
  });
  // Value order per column: sorted dictionary, missing last.
  const rank = cols.map((c) => {
    const order = c.dictionary.map((_, i) => i).sort((x, y) => compareValues(c.dictionary[x], c.dictionary[y]));
    const r = new Int32Array(c.dictionary.length);
    order.forEach((code, pos) => (r[code] = pos));
    return r;
  });
  const card = cols.map((c) => c.dictionary.length + 1);
  const total = card.reduce((a, b) => a * b, 1);
  const tooMany = (n: number) =>
    new UserError(
      `Slice columns ${columns.map((c) => `'${c}'`).join(' × ')} have ${n.toLocaleString('en-US')} value combinations, over the limit of ` +
        `${MAX_SLICE_COMBINATIONS.toLocaleString('en-US')} (each is a check and a report row): slice by fewer or coarser columns.`,
    );
  if (total > MAX_COMBINATION_SPACE) throw tooMany(total);
  const n = data.rows;
  const combined = new Uint32Array(n);
  // Column at a time: each loop is monomorphic over two typed arrays (a row-at-a-time loop over a list of columns
  // was the slowest part of slicing a million rows).
  for (let j = 0; j < cols.length; j++) {
    const codes = cols[j].codes;
    const r = rank[j];
    const c = card[j];
    const missing = c - 1;
    for (let i = 0; i < n; i++) {
      const v = codes[i];
      combined[i] = combined[i] * c + (v < 0 ? missing : r[v]);
    }
  }
  const counts = new Uint32Array(total);
  for (let i = 0; i < n; i++) counts[combined[i]]++;
  let present = 0;
  for (let k = 0; k < total; k++) if (counts[k] > 0) present++;
  if (present > MAX_SLICE_COMBINATIONS) throw tooMany(present);
  const offsets = new Uint32Array(total + 1);
  for (let k = 0; k < total; k++) offsets[k + 1] = offsets[k] + counts[k];
  const sorted = sharedUint32(n); // the pool's threads read the row lists in place (pool.ts)
  const cursor = offsets.slice(0, total);
  for (let i = 0; i < n; i++) sorted[cursor[combined[i]]++] = i;
  // Inverse of rank: position → dictionary code.
  const byRank = cols.map((c, j) => {
    const inv = new Int32Array(c.dictionary.length);
    rank[j].forEach((pos, code) => (inv[pos] = code));
    return inv;
  });
  const out: Slice[] = [];
  for (let k = 0; k < total; k++) {
    if (counts[k] === 0) continue;
    const values: [string, string][] = [];
    let rest = k;
    const parts: number[] = [];
    for (let j = cols.length - 1; j >= 0; j--) {
      parts[j] = rest % card[j];
      rest = Math.floor(rest / card[j]);
    }
    for (let j = 0; j < cols.length; j++) {
      const pos = parts[j];
      values.push([columns[j], pos === card[j] - 1 ? MISSING : cols[j].dictionary[byRank[j][pos]]]);
    }
    out.push({ key: values.map(([c, v]) => `${c}=${v}`).join('&'), values, rows: sorted.subarray(offsets[k], offsets[k + 1]) });
  }
  return out;
}

export function overallSlice(data: EvalData): Slice {
  const rows = sharedUint32(data.rows);
  for (let i = 0; i < data.rows; i++) rows[i] = i;
  return { key: 'overall', values: [], rows };
}
