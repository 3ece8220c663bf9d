/**
 * One-to-one join of two tables on an id column (candidate and baseline predictions of the same rows, in any order).
 * Numeric ids go through an open-addressing hash table of row numbers in an Int32Array (no Map of boxed entries);
 * text ids through their dictionaries (one Map lookup per distinct id, then typed arrays per row). When one side's
 * ids are numbers and the other's text, both are compared as text, numbers written the JavaScript way (7 → "7").
 */
import { UserError } from '../errors.js';
import { excerpt } from '../excerpt.js';
import { requireColumn, lineOfRow, rowLocation } from './columns.js';
import { TextDictionary } from './dictionary.js';
import { describeFile } from './format.js';
import type { Column, Table } from './types.js';

export interface JoinResult {
  /** Row of the left table for each joined pair, in left order. */
  leftRows: Uint32Array;
  /** The matching row of the right table. */
  rightRows: Uint32Array;
}

interface Side {
  table: Table;
  idName: string;
  label: string;
  where: string;
  col: Column;
}

/**
 * Pair every left row with the right row of the same id. Every id must appear exactly once on each side: an empty
 * id, a duplicate id, or an id present on one side only is a UserError naming the file, the first offending id and
 * its line, and how many rows are affected.
 */
export function joinById(
  left: Table,
  leftId: string,
  right: Table,
  rightId: string,
  labels: { left: string; right: string },
): JoinResult {
  const l = side(left, leftId, labels.left);
  const r = side(right, rightId, labels.right);
  checkNoEmptyIds(l);
  checkNoEmptyIds(r);
  if (l.col.kind === 'number' && r.col.kind === 'number') return joinNumbers(l, r, l.col.values, r.col.values);
  const lt = asText(l.col);
  const rt = asText(r.col);
  return joinCodes(l, r, lt.codes, lt.dictionary, rt.codes, rt.dictionary);
}

function side(table: Table, idName: string, label: string): Side {
  return { table, idName, label, where: describeFile(table.source, label), col: requireColumn(table, idName, { label }) };
}

function idText(s: Side, row: number): string {
  const c = s.col;
  return c.kind === 'number' ? String(c.values[row]) : excerpt(c.dictionary[c.codes[row]]);
}

function checkNoEmptyIds(s: Side): void {
  let first = -1;
  let count = 0;
  const c = s.col;
  if (c.kind === 'number') {
    const v = c.values;
    for (let i = 0; i < v.length; i++) {
      if (v[i] !== v[i]) {
        if (first < 0) first = i;
        count++;
      }
    }
  } else {
    const k = c.codes;
    for (let i = 0; i < k.length; i++) {
      if (k[i] < 0) {
        if (first < 0) first = i;
        count++;
      }
    }
  }
  if (first >= 0) {
    throw new UserError(
      `${s.where}, ${rowLocation(s.table, first)}: the id column "${s.idName}" is empty (${count} row` +
        `${count === 1 ? '' : 's'} without an id); every row needs an id to be matched`,
      { file: s.table.source, line: lineOfRow(s.table, first) },
    );
  }
}

function duplicateError(s: Side, count: number, row: number, prev: number): UserError {
  return new UserError(
    `${s.where}, ${rowLocation(s.table, row)}: id ${idText(s, row)} appears again (first on ` +
      `${rowLocation(s.table, prev)}); ${count} duplicate id${count === 1 ? '' : 's'} in column "${s.idName}" in all. ` +
      `Each id must appear once: remove the repeated rows`,
    { file: s.table.source, line: lineOfRow(s.table, row) },
  );
}

/** Ids of `has` that `lacks` does not have: the sentence for the error message. */
function missingSentence(has: Side, lacks: Side, count: number, row: number): string {
  return (
    `${lacks.where} has no row for ${count} id${count === 1 ? '' : 's'} of the ${has.label}; the first is ` +
    `${idText(has, row)} (${has.table.source}, ${rowLocation(has.table, row)})`
  );
}

function missingError(l: Side, r: Side, missR: number, firstMissR: number, missL: number, firstMissL: number): UserError {
  const parts: string[] = [];
  if (missR > 0) parts.push(missingSentence(l, r, missR, firstMissR));
  if (missL > 0) parts.push(missingSentence(r, l, missL, firstMissL));
  const at = missR > 0 ? { file: l.table.source, line: lineOfRow(l.table, firstMissR) } : { file: r.table.source, line: lineOfRow(r.table, firstMissL) };
  return new UserError(`${parts.join('. ')}. Both files must hold predictions for the same ids`, at);
}

// Numbers: murmur3's finalizer (fmix32) over the IEEE bits, linear probing over an Int32Array of row + 1. The
// finalizer matters: small integers differ only in the high bits of their doubles, which a mask alone would drop.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function hashNumber(v: number): number {
  if ((v | 0) === v) return fmix32(v); // integer ids (also maps -0 to 0)
  f64[0] = v;
  return fmix32(u32[0] ^ fmix32(u32[1]));
}

interface NumberIndex {
  slots: Int32Array;
  mask: number;
  dupCount: number;
  dupRow: number;
  dupPrev: number;
}

function indexNumbers(values: Float64Array): NumberIndex {
  let size = 16;
  while (size < values.length * 2) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  let dupCount = 0;
  let dupRow = -1;
  let dupPrev = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let s = hashNumber(v) & mask;
    for (;;) {
      const e = slots[s];
      if (e === 0) {
        slots[s] = i + 1;
        break;
      }
      if (values[e - 1] === v) {
        if (dupRow < 0) {
          dupRow = i;
          dupPrev = e - 1;
        }
        dupCount++;
        break;
      }
      s = (s + 1) & mask;
    }
  }
  return { slots, mask, dupCount, dupRow, dupPrev };
}

/** Integer ids spanning a small range (0..n-1, 1..n, ...: the common case) can index an array directly. */
function denseRange(lv: Float64Array, rv: Float64Array): { min: number; size: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const v of [lv, rv]) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (!Number.isInteger(x)) return null;
      if (x < min) min = x;
      if (x > max) max = x;
    }
  }
  const size = max - min + 1;
  return size <= 4 * (lv.length + rv.length) + 1024 ? { min, size } : null;
}

function lookupNumber(ix: NumberIndex, values: Float64Array, v: number): number {
  let s = hashNumber(v) & ix.mask;
  for (;;) {
    const e = ix.slots[s];
    if (e === 0) return -1;
    if (values[e - 1] === v) return e - 1;
    s = (s + 1) & ix.mask;
  }
}

function joinNumbers(l: Side, r: Side, lv: Float64Array, rv: Float64Array): JoinResult {
  const rightOf = new Int32Array(lv.length);
  const dense = denseRange(lv, rv);
  if (dense !== null) {
    const { min } = dense;
    const tab = new Int32Array(dense.size); // right row + 1 per id - min
    for (let j = 0; j < rv.length; j++) {
      const k = rv[j] - min;
      if (tab[k] !== 0) {
        const ri = indexNumbers(rv);
        throw duplicateError(r, ri.dupCount, ri.dupRow, ri.dupPrev);
      }
      tab[k] = j + 1;
    }
    // Claim each entry by negating it: a second claim is a duplicate left id, an entry never claimed a right id the
    // left lacks. Left ids usually come sorted, so this pass walks tab in order (one random pass in all, the build).
    let missR = 0;
    let firstMissR = -1;
    let dups = 0;
    for (let i = 0; i < lv.length; i++) {
      const k = lv[i] - min;
      const e = tab[k];
      if (e > 0) {
        rightOf[i] = e - 1;
        tab[k] = -e;
      } else if (e === 0) {
        rightOf[i] = -1;
        if (firstMissR < 0) firstMissR = i;
        missR++;
      } else {
        rightOf[i] = -e - 1;
        dups++;
      }
    }
    if (dups > 0 || missR > 0) return pair(l, r, rightOf, rv.length, () => indexNumbers(lv));
    let missL = 0;
    let firstMissL = -1;
    for (let k = 0; k < tab.length; k++) {
      const e = tab[k];
      if (e > 0) {
        missL++;
        if (firstMissL < 0 || e - 1 < firstMissL) firstMissL = e - 1;
      }
    }
    if (missL > 0) throw missingError(l, r, 0, -1, missL, firstMissL);
    return result(rightOf);
  } else {
    const ri = indexNumbers(rv);
    if (ri.dupCount > 0) throw duplicateError(r, ri.dupCount, ri.dupRow, ri.dupPrev);
    for (let i = 0; i < lv.length; i++) rightOf[i] = lookupNumber(ri, rv, lv[i]);
  }
  return pair(l, r, rightOf, rv.length, () => indexNumbers(lv));
}

/**
 * Check the left-to-right row mapping (-1 = id missing on the right) and turn it into the result. Left duplicates
 * show up as two left rows mapped to one right row; duplicates among ids missing on the right need the full left
 * index, built only on that error path.
 */
function pair(
  l: Side,
  r: Side,
  rightOf: Int32Array,
  rightCount: number,
  leftDuplicates: () => { dupCount: number; dupRow: number; dupPrev: number },
): JoinResult {
  const leftOfRight = new Int32Array(rightCount); // left row + 1
  let missR = 0;
  let firstMissR = -1;
  let dups = 0;
  for (let i = 0; i < rightOf.length; i++) {
    const j = rightOf[i];
    if (j < 0) {
      if (firstMissR < 0) firstMissR = i;
      missR++;
    } else if (leftOfRight[j] !== 0) {
      dups++;
    } else {
      leftOfRight[j] = i + 1;
    }
  }
  if (dups > 0 || missR > 0) {
    const d = leftDuplicates();
    if (d.dupCount > 0) throw duplicateError(l, d.dupCount, d.dupRow, d.dupPrev);
  }
  let missL = 0;
  let firstMissL = -1;
  for (let j = 0; j < rightCount; j++) {
    if (leftOfRight[j] === 0) {
      if (firstMissL < 0) firstMissL = j;
      missL++;
    }
  }
  if (missR > 0 || missL > 0) throw missingError(l, r, missR, firstMissR, missL, firstMissL);
  return result(rightOf);
}

function result(rightOf: Int32Array): JoinResult {
  const leftRows = new Uint32Array(rightOf.length);
  for (let i = 0; i < leftRows.length; i++) leftRows[i] = i;
  // Every entry is a row number now: reuse the buffer.
  return { leftRows, rightRows: new Uint32Array(rightOf.buffer, rightOf.byteOffset, rightOf.length) };
}

/** Text view of an id column: a number column is dictionary-encoded through String(v). */
function asText(col: Column): { codes: Int32Array; dictionary: string[] } {
  if (col.kind === 'string') return col;
  const dict = new TextDictionary();
  const codes = new Int32Array(col.values.length);
  for (let i = 0; i < codes.length; i++) codes[i] = dict.code(String(col.values[i]));
  return { codes, dictionary: dict.strings };
}

/** First row of each code; the first duplicate found (row, earlier row) and the duplicate count. */
function firstRows(codes: Int32Array, size: number): { rowOf: Int32Array; dupCount: number; dupRow: number; dupPrev: number } {
  const rowOf = new Int32Array(size).fill(-1);
  let dupCount = 0;
  let dupRow = -1;
  let dupPrev = -1;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (rowOf[c] >= 0) {
      if (dupRow < 0) {
        dupRow = i;
        dupPrev = rowOf[c];
      }
      dupCount++;
    } else {
      rowOf[c] = i;
    }
  }
  return { rowOf, dupCount, dupRow, dupPrev };
}

function joinCodes(l: Side, r: Side, lc: Int32Array, ld: string[], rc: Int32Array, rd: string[]): JoinResult {
  const rf = firstRows(rc, rd.length);
  if (rf.dupCount > 0) throw duplicateError(r, rf.dupCount, rf.dupRow, rf.dupPrev);
  const rightCode = new Map<string, number>();
  for (let c = 0; c < rd.length; c++) rightCode.set(rd[c], c);
  // Right row per left dictionary entry (-1: not on the right).
  const rowOfLeftCode = new Int32Array(ld.length);
  for (let c = 0; c < ld.length; c++) {
    const k = rightCode.get(ld[c]);
    rowOfLeftCode[c] = k === undefined ? -1 : rf.rowOf[k];
  }
  const rightOf = new Int32Array(lc.length);
  for (let i = 0; i < lc.length; i++) rightOf[i] = rowOfLeftCode[lc[i]];
  return pair(l, r, rightOf, rc.length, () => firstRows(lc, ld.length));
}
