import { UserError } from '../errors.js';
import { excerpt } from '../excerpt.js';
import { parseNumberText } from '../io/number.js';

/** Column names for a message: each an excerpt, at most 30. */
function listNames(names: string[]): string {
  const shown = names.slice(0, 30).map((n) => excerpt(n, 40)).join(', ');
  return names.length > 30 ? `${shown}, ... (${names.length} in all)` : shown;
}
import { readTable, joinById, lineOfRow, type Table, type Column } from '../io/index.js';
import type { LoadedPolicy } from './policy.js';
import { readTableOffThread } from './parallel-read.js';
import { compactCodes, shared, sharedFloat64, sharedUint8, type SliceCodes } from './shared-arrays.js';

/**
 * The evaluation set in columns, candidate and baseline rows aligned by id. Everything downstream works on these typed
 * arrays and on row-index lists (Uint32Array) per slice; no object per row. The arrays are in shared memory
 * (shared-arrays.ts), so the worker pool uses them as they are.
 */
export interface EvalData {
  rows: number;
  /** Binary: 0/1; regression: target; multiclass: class index; ranking: graded relevance. */
  label: Float64Array;
  /** The same labels as bytes for DeLong (binary only). */
  label01?: Uint8Array;
  candidate: Float64Array;
  baseline?: Float64Array;
  /** Multiclass: one array per class. */
  candidateClasses?: Float64Array[];
  baselineClasses?: Float64Array[];
  classNames?: string[];
  /** Ranking: query group codes. */
  query?: Int32Array;
  /** Dictionary-encoded slice columns (code -1 = missing), a byte per row when there are at most 127 values. */
  sliceColumns: Map<string, { codes: SliceCodes; dictionary: string[] }>;
  candidatePath: string;
  baselinePath?: string;
  /**
   * Binary with a baseline: dense ranks of both models' scores, filled by the overall slice's DeLong pass and then
   * used to sort every other slice (stats/delong.ts `DelongRanks`); ready[0] turns 1 (Atomics) once they are
   * filled. Shared with the pool's workers. Absent above MLCI_GATE_RANK_ROWS rows (8 bytes a row).
   */
  scoreRanks?: { a: Uint32Array; b: Uint32Array; ready: Int32Array };
}

const TRUE_WORDS = new Set(['1', 'true', 't', 'yes', 'y']);
const FALSE_WORDS = new Set(['0', 'false', 'f', 'no', 'n']);

/** "row 17 (line 18)" for text files (quoted newlines accounted for by the reader), "row 17" for Parquet. */
export function rowRef(table: Table, row: number): string {
  const line = lineOfRow(table, row);
  return line === undefined ? `row ${row + 1}` : `row ${row + 1} (line ${line})`;
}

function badRows(table: Table, what: string, count: number, first: number, firstValue: string, fix: string): UserError {
  return new UserError(
    `${table.source}: ${count} row${count === 1 ? '' : 's'} ${count === 1 ? 'has' : 'have'} ${what}; first at ${rowRef(table, first)}: ${excerpt(firstValue, undefined, "'")}. ${fix}`,
    { file: table.source, line: lineOfRow(table, first) },
  );
}

function columnOf(table: Table, name: string, role: string): Column {
  const c = table.columns.get(name);
  if (!c) {
    throw new UserError(
      `${table.source}: the ${role} column '${name}' is missing (columns: ${listNames(table.columnNames)}). Set columns.${role} in the policy to the right name.`,
      { file: table.source, line: 1 },
    );
  }
  return c;
}

function textAt(c: Column, i: number): string {
  if (c.kind === 'number') return String(c.values[i]);
  const code = c.codes[i];
  return code < 0 ? '' : c.dictionary[code];
}

/** Labels of a binary task: 0/1 numbers or true/false words. Every other value is an error listing the count. */
function binaryLabels(table: Table, col: Column): Float64Array {
  const n = table.rowCount;
  const out = sharedFloat64(n);
  let bad = 0;
  let first = -1;
  if (col.kind === 'number') {
    const v = col.values;
    for (let i = 0; i < n; i++) {
      const x = v[i];
      if (x === 0 || x === 1) out[i] = x;
      else if (bad++ === 0) first = i;
    }
  } else {
    const map = col.dictionary.map((s) => {
      const t = s.trim().toLowerCase();
      return TRUE_WORDS.has(t) ? 1 : FALSE_WORDS.has(t) ? 0 : -1;
    });
    for (let i = 0; i < n; i++) {
      const code = col.codes[i];
      const m = code < 0 ? -1 : map[code];
      if (m >= 0) out[i] = m;
      else if (bad++ === 0) first = i;
    }
  }
  if (bad > 0) {
    throw badRows(table, `a label that is not 0/1 (or true/false) in column '${col.name}'`, bad, first, textAt(col, first),
      'A binary-classification gate needs every label to be 0 or 1; fix or drop those rows upstream, or set task: in the policy.');
  }
  return out;
}

function numericColumn(table: Table, col: Column, role: string, opts: { unit?: boolean }): Float64Array {
  if (col.kind !== 'number') {
    // The reader typed the column as text: some value is not a number. Count them and show the first.
    let count = 0;
    let first = -1;
    for (let i = 0; i < col.codes.length; i++) {
      const c = col.codes[i];
      // The reader's number grammar, not Number(): Number('0x1') is 1, yet the reader (like a CSV user) calls it text.
      if (c < 0 || !Number.isFinite(parseNumberText(col.dictionary[c], false) ?? NaN)) {
        if (count++ === 0) first = i;
      }
    }
    throw badRows(table, `a non-numeric or empty ${role} in column '${col.name}'`, count, Math.max(0, first), textAt(col, Math.max(0, first)),
      `The ${role} column must hold numbers.`);
  }
  const v = col.values;
  let bad = 0;
  let first = -1;
  let outOfRange = 0;
  let firstOut = -1;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!Number.isFinite(x)) {
      if (bad++ === 0) first = i;
    } else if (opts.unit && (x < 0 || x > 1)) {
      if (outOfRange++ === 0) firstOut = i;
    }
  }
  if (bad > 0) {
    throw badRows(table, `a ${role} that is empty, NaN or infinite in column '${col.name}'`, bad, first, textAt(col, first) === 'NaN' && col.nullCount > 0 ? '' : textAt(col, first),
      'Every row needs a finite value; the gate never drops rows silently.');
  }
  if (outOfRange > 0) {
    throw badRows(table, `a ${role} outside [0, 1] in column '${col.name}'`, outOfRange, firstOut, textAt(col, firstOut),
      'The policy uses probability metrics (threshold, AUC calibration, log-loss...), which need scores in [0, 1]; write probabilities, not logits.');
  }
  return v;
}

export async function loadEvalData(candidatePath: string, baselinePath: string | undefined, loaded: LoadedPolicy): Promise<EvalData> {
  const { policy, sliceSpecs } = loaded;
  const cols = policy.columns;
  const task = policy.task;
  const sliceNames = [...new Set([...sliceSpecs.flat(), ...policy.fairness.flatMap((f) => (typeof f.across === 'string' ? [f.across] : f.across))])];
  const scoreCols = task === 'multiclass' ? (cols.scores ?? []) : [cols.score];
  if (task === 'multiclass' && scoreCols.length < 2) {
    throw new UserError(`Policy ${loaded.source.path}: task multiclass needs columns.scores: the list of per-class probability columns.`, { file: loaded.source.path, line: loaded.source.lineOf(['columns']) });
  }
  const needProb = task !== 'regression' && task !== 'ranking' && loaded.metrics.some((m) => m.def.probability);
  const candCols = [cols.id, cols.label, ...scoreCols, ...sliceNames, ...(task === 'ranking' ? [cols.query] : [])];
  const types: Record<string, 'number' | 'string' | 'auto'> = {};
  for (const s of sliceNames) types[s] = 'string';
  if (task === 'ranking') types[cols.query] = 'string';
  // The baseline is parsed on a worker while this thread parses the candidate; its error, if any, is thrown only
  // where a sequential read would have thrown it (after the candidate's checks).
  const bScoreCols = task === 'multiclass' ? scoreCols : [cols['baseline-score'] ?? cols.score];
  // Held in an object the join empties, so the baseline table is garbage as soon as its scores are aligned.
  const baseRead: { pending?: Promise<{ t: Table } | { e: unknown }> } = {
    pending: baselinePath === undefined ? undefined
      : readTableOffThread(baselinePath, { columns: [cols.id, ...bScoreCols], label: 'baseline' }).then((t) => ({ t }), (e: unknown) => ({ e })),
  };
  const cand = await readTable(candidatePath, { columns: [...new Set(candCols)], types, label: 'candidate' });
  if (cand.rowCount === 0) throw new UserError(`${candidatePath}: the candidate file has no rows; the gate has nothing to judge.`, { file: candidatePath });
  for (const s of sliceNames) columnOf(cand, s, 'slice');

  const { label, label01, classNames } = labelsOf(cand, task, columnOf(cand, cols.label, 'label'), scoreCols);
  const candScores = scoreCols.map((c) => shared(numericColumn(cand, columnOf(cand, c, 'score'), 'score', { unit: needProb })));
  const sliceColumns = sliceCodes(cand, sliceNames);
  if (task !== 'ranking') {
    // Only the ids are read from the candidate table from here on: let its other columns go before the join.
    for (const name of [...cand.columns.keys()]) if (name !== cols.id) cand.columns.delete(name);
  }

  let baselineScores: Float64Array[] | undefined;
  if (baselinePath) {
    baselineScores = await alignBaseline(baseRead, cand, baselinePath, cols.id, bScoreCols, needProb);
  } else {
    // Still refuse duplicate ids: a report over duplicated rows would overstate the evidence.
    columnOf(cand, cols.id, 'id');
    joinById(cand, cols.id, cand, cols.id, { left: 'candidate', right: 'candidate' });
  }

  let query: Int32Array | undefined;
  if (task === 'ranking') {
    query = queryCodes(cand, columnOf(cand, cols.query, 'query'));
    relevanceAtLeastZero(cand, columnOf(cand, cols.label, 'label'), label);
    queriesWithinSlices(cand, query, cols.query, sliceNames, sliceColumns);
  }

  return {
    rows: cand.rowCount,
    label,
    label01,
    candidate: candScores[0],
    baseline: baselineScores?.[0],
    candidateClasses: task === 'multiclass' ? candScores : undefined,
    baselineClasses: task === 'multiclass' ? baselineScores : undefined,
    classNames,
    query,
    sliceColumns,
    candidatePath,
    baselinePath,
  };
}

/** The candidate's labels in shared memory (a function of its own, so the label column is not held past it). */
function labelsOf(cand: Table, task: string, labelCol: Column, scoreCols: string[]): { label: Float64Array; label01?: Uint8Array; classNames?: string[] } {
  let label: Float64Array;
  let label01: Uint8Array | undefined;
  let classNames: string[] | undefined;
  if (task === 'binary-classification') {
    label = binaryLabels(cand, labelCol);
    label01 = sharedUint8(label.length);
    label01.set(label);
  } else if (task === 'multiclass') {
    classNames = scoreCols;
    label = sharedFloat64(cand.rowCount);
    let bad = 0, first = -1;
    for (let i = 0; i < cand.rowCount; i++) {
      const t = textAt(labelCol, i);
      let k = classNames.indexOf(t);
      if (k < 0 && /^\d+$/.test(t) && Number(t) < classNames.length) k = Number(t);
      if (k < 0) { if (bad++ === 0) first = i; } else label[i] = k;
    }
    if (bad > 0) throw badRows(cand, `a label that is neither a class index 0..${classNames.length - 1} nor one of ${classNames.join(', ')}`, bad, first, textAt(labelCol, first), 'Fix the labels or columns.scores.');
  } else {
    label = shared(numericColumn(cand, labelCol, 'label', {}));
  }
  return { label, label01, classNames };
}

/** The candidate's baseline scores in candidate row order; the baseline table is dropped before this returns. */
async function alignBaseline(baseRead: { pending?: Promise<{ t: Table } | { e: unknown }> }, cand: Table, baselinePath: string,
  idName: string, bScoreCols: string[], needProb: boolean): Promise<Float64Array[]> {
  const read = await baseRead.pending!;
  baseRead.pending = undefined;
  if ('e' in read) throw read.e;
  const base = read.t;
  if (base.rowCount === 0) throw new UserError(`${baselinePath}: the baseline file has no rows. Leave 'baseline' empty for a first run.`, { file: baselinePath });
  const { leftRows, rightRows } = joinById(cand, idName, base, idName, { left: 'candidate', right: 'baseline' });
  if (leftRows.length !== cand.rowCount) {
    throw new UserError(`${baselinePath}: only ${leftRows.length} of ${cand.rowCount} candidate ids have a baseline prediction.`, { file: baselinePath });
  }
  return bScoreCols.map((c) => {
    const v = numericColumn(base, columnOf(base, c, 'score'), 'score', { unit: needProb });
    const aligned = sharedFloat64(cand.rowCount);
    for (let k = 0; k < leftRows.length; k++) aligned[leftRows[k]] = v[rightRows[k]];
    return aligned;
  });
}

/** The slice columns dictionary-encoded, in shared memory, as narrow as their dictionaries allow. */
function sliceCodes(cand: Table, sliceNames: string[]): Map<string, { codes: SliceCodes; dictionary: string[] }> {
  const sliceColumns = new Map<string, { codes: SliceCodes; dictionary: string[] }>();
  for (const s of sliceNames) {
    const c = cand.columns.get(s)!;
    if (c.kind === 'string') sliceColumns.set(s, { codes: compactCodes(c.codes, c.dictionary.length), dictionary: c.dictionary });
    else {
      // A numeric slice column: dictionary-encode its values.
      const dict = new Map<number, number>();
      const codes = new Int32Array(cand.rowCount);
      const names: string[] = [];
      for (let i = 0; i < cand.rowCount; i++) {
        const x = c.values[i];
        if (Number.isNaN(x)) { codes[i] = -1; continue; }
        let k = dict.get(x);
        if (k === undefined) { k = names.length; dict.set(x, k); names.push(String(x)); }
        codes[i] = k;
      }
      sliceColumns.set(s, { codes: compactCodes(codes, names.length), dictionary: names });
    }
  }
  return sliceColumns;
}

/**
 * Ranking: one query code per row. An empty (or blank) query id is an error naming its line — merged into one
 * query it would silently change every per-query value. Codes follow the sorted query ids (numeric ids by value,
 * never truncated), not their order in the file, so the query bootstrap — and the whole report — does not depend on
 * how the rows are ordered.
 */
function queryCodes(table: Table, col: Column): Int32Array {
  const n = table.rowCount;
  const codes = new Int32Array(n);
  let bad = 0;
  let first = -1;
  if (col.kind === 'string') {
    const blank = col.dictionary.map((t) => t.trim() === '');
    const byId = col.dictionary.map((_, i) => i).sort((x, y) => (col.dictionary[x] < col.dictionary[y] ? -1 : col.dictionary[x] > col.dictionary[y] ? 1 : 0));
    const rank = new Int32Array(col.dictionary.length);
    byId.forEach((code, r) => (rank[code] = r));
    for (let i = 0; i < n; i++) {
      const c = col.codes[i];
      if (c < 0 || blank[c]) {
        if (bad++ === 0) first = i;
      } else codes[i] = rank[c];
    }
  } else {
    const distinct = new Set<number>();
    for (let i = 0; i < n; i++) {
      const x = col.values[i];
      if (Number.isNaN(x)) {
        if (bad++ === 0) first = i;
      } else distinct.add(x);
    }
    const rank = new Map([...distinct].sort((x, y) => x - y).map((x, r) => [x, r]));
    for (let i = 0; i < n; i++) if (!Number.isNaN(col.values[i])) codes[i] = rank.get(col.values[i])!;
  }
  if (bad > 0) {
    throw badRows(table, `an empty query id in column '${col.name}'`, bad, first, '',
      'Every row of a ranking gate needs the id of the query it was ranked for; fill it in or drop those rows upstream.');
  }
  return codes;
}

/** Ranking: graded relevance must be ≥ 0 (gain 2^rel − 1; "relevant" means rel > 0). */
function relevanceAtLeastZero(table: Table, col: Column, label: Float64Array): void {
  let bad = 0;
  let first = -1;
  for (let i = 0; i < label.length; i++) if (label[i] < 0 && bad++ === 0) first = i;
  if (bad > 0) {
    throw badRows(table, `a negative relevance in column '${col.name}'`, bad, first, textAt(col, first),
      'Ranking labels are graded relevance ≥ 0 (0 = not relevant); map the grades to 0, 1, 2, ... upstream.');
  }
}

/**
 * Ranking: slices are taken at query level — every row of a query must carry the same value of each slice column,
 * or a slice would score partial result lists. A query split across values is an error naming both rows.
 */
function queriesWithinSlices(table: Table, query: Int32Array, queryName: string, sliceNames: string[],
  sliceColumns: Map<string, { codes: SliceCodes; dictionary: string[] }>): void {
  let maxCode = -1;
  for (let i = 0; i < query.length; i++) if (query[i] > maxCode) maxCode = query[i];
  for (const name of sliceNames) {
    const { codes, dictionary } = sliceColumns.get(name)!;
    const firstRow = new Int32Array(maxCode + 1).fill(-1);
    for (let i = 0; i < query.length; i++) {
      const q = query[i];
      const f = firstRow[q];
      if (f < 0) firstRow[q] = i;
      else if (codes[f] !== codes[i]) {
        const show = (c: number) => (c < 0 ? '(missing)' : dictionary[c]);
        const qCol = table.columns.get(queryName)!;
        throw new UserError(
          `${table.source}: query '${textAt(qCol, i)}' is split across values of the slice column '${name}': '${show(codes[f])}' at ${rowRef(table, f)} and '${show(codes[i])}' at ${rowRef(table, i)}. ` +
          'Ranking slices are taken per query; give every row of a query the same slice value, or slice by a query-level column.',
          { file: table.source, line: lineOfRow(table, i) },
        );
      }
    }
  }
}
