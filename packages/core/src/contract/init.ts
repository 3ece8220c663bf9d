import { basename, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { resolveInputFile, type FileRoots } from '../fs/paths.js';
import { parseNumberText } from '../io/number.js';
import { streamTable } from '../io/read.js';
import type { ColumnType as ReadType, StringColumn } from '../io/types.js';
import { booleanText, numberText, parseTimestamp } from './column.js';
import { KeySet, hashNumber, hashText, maxUniqueKeys } from './keys.js';
import type { ContractType } from './schema.js';
import { displayPath, expandFiles, isGlob } from './validate.js';

/**
 * `mlci contract init`: profile data files in one streaming pass (the io readers, every column read as text so the
 * profile sees the values as written) and write a starting contract that passes on the data it came from. The rules
 * that turn a profile into checks are fixed and stated in the contract's header (INIT_RULES) and in the docs:
 *
 *   rows     0.5× to 2× the observed row count (rounded outward)
 *   min/max  integer and number columns: the observed range widened by 10% of its width on each side (10% of the
 *            value, or 1, when every value is the same); a bound never crosses 0 (a column with no negative value gets
 *            min ≥ 0, one with no positive value max ≤ 0); integer columns keep the whole numbers of that range,
 *            number columns round outward to the leading digit of the widening
 *   nulls    the observed null share rounded up to two significant digits (0 when there are no nulls)
 *   in       columns of at most 20 distinct values, some repeated (not timestamps), new values warn
 *   unique   integer and text columns whose non-empty values are all distinct (not numbers, booleans or timestamps)
 *   type     the narrowest of integer, number, boolean, timestamp, string that every non-empty value has, judged
 *            exactly as `validate` judges it
 *
 * The same data gives the same bytes: columns in file order, value lists sorted, no time or host in the text.
 */

export const INIT_MAX_VALUES = 20;
/** Widening of an observed range on each side, as a share of its width. */
export const INIT_WIDEN = 0.1;

export const INIT_RULES = [
  'rows:    0.5x to 2x the observed row count',
  'min/max: the observed range widened by 10% of its width on each side (10% of the value, or 1, when all',
  '         values are equal), rounded outward; never below 0 for a column with no negative value, never',
  '         above 0 for one with no positive value; integer columns keep the whole numbers in that range',
  'nulls:   the observed null share rounded up to 2 significant digits (0: no nulls allowed)',
  `in:      columns with at most ${INIT_MAX_VALUES} distinct values, some repeated (not timestamps); new values warn`,
  'unique:  integer and text columns whose non-empty values are all distinct',
  'timestamps get no bounds (data moves forward); add a freshness rule (e.g. freshness: 48h) for a live feed',
];

export interface InitOptions {
  /** Relative paths and globs start here; `files:` is written relative to it. */
  workspace: string;
  /** Table name (default: the first file's name without extensions). */
  table?: string;
  /** When set, every data file must be a regular file inside these roots. */
  roots?: FileRoots;
  /** Distinct values up to which a column gets an `in` list (default 20). */
  maxValues?: number;
}

export interface ColumnProfile {
  name: string;
  /** Undefined when the column holds no value at all. */
  type: ContractType | undefined;
  rows: number;
  nulls: number;
  /** Numbers: observed min and max; timestamps: ms since the epoch. NaN when none. */
  min: number;
  max: number;
  /** The distinct values (canonical for the type, sorted) when at most maxValues, else undefined. */
  values: Array<string | number | boolean> | undefined;
  /** Every non-empty value distinct (tracked for integer and text columns only). */
  unique: boolean;
  /** The files that lack the column (validate fails its presence there, so the contract leaves it out). */
  absentFrom: string[];
}

export interface TableProfile {
  name: string;
  /** What `files:` holds: the arguments as given, plain paths relative to the workspace. */
  patterns: string[];
  files: string[];
  rows: number;
  columns: ColumnProfile[];
}

/** Every column as text: a Proxy answering 'string' for any name (the readers look types up by column name). */
const ALL_TEXT = new Proxy({} as Record<string, ReadType>, { get: (_t, k) => (typeof k === 'string' ? 'string' : undefined) });

class ColumnProfiler {
  rows = 0;
  nulls = 0;
  values = 0;
  int = true;
  num = true;
  bool = true;
  ts = true;
  min = Infinity;
  max = -Infinity;
  tsMin = Infinity;
  tsMax = -Infinity;
  distinct: Set<string> | null = new Set();
  keys: KeySet | null;
  unique = true;
  absentFrom: string[] = [];
  private readonly h = new Uint32Array(2);

  constructor(
    readonly name: string,
    private readonly maxValues: number,
    limit: number,
  ) {
    this.keys = new KeySet(limit, () => name);
  }

  /** Rows of a file (or batch) that lack the column: nulls. */
  absent(n: number): void {
    this.rows += n;
    this.nulls += n;
  }

  batch(col: StringColumn): void {
    const n = col.codes.length;
    this.rows += n;
    const used = new Int32Array(col.dictionary.length);
    for (let i = 0; i < n; i++) {
      const c = col.codes[i];
      if (c < 0) this.nulls++;
      else used[c]++;
    }
    for (let k = 0; k < used.length; k++) {
      if (used[k] === 0) continue;
      const s = col.dictionary[k];
      this.values += used[k];
      // The same tests as column.ts applies to text, so the inferred type is the one validate accepts.
      const v = parseNumberText(s, true);
      const isNum = v !== undefined && v === v;
      if (isNum) {
        if (!Number.isInteger(v)) this.int = false;
        if (v < this.min) this.min = v;
        if (v > this.max) this.max = v;
      } else {
        this.int = false;
        this.num = false;
      }
      if (this.bool && booleanText(s) === undefined) this.bool = false;
      if (this.ts) {
        const t = parseTimestamp(s);
        if (t !== t) this.ts = false;
        else {
          if (t < this.tsMin) this.tsMin = t;
          if (t > this.tsMax) this.tsMax = t;
        }
      }
      if (this.distinct !== null) {
        this.distinct.add(s);
        if (this.distinct.size > this.maxValues) this.distinct = null;
      }
      if (this.unique) {
        if (used[k] > 1) this.unique = false;
        else if (this.keys !== null) {
          // Numbers hash by value, as validate hashes a non-text key: 7 and 7.0 are one key (never a missed duplicate).
          if (isNum) hashNumber(v, this.h);
          else hashText(s, this.h);
          try {
            if (!this.keys.add(this.h[0], this.h[1])) this.unique = false;
          } catch {
            // Past the key limit uniqueness is unknown: no unique rule rather than an unchecked one.
            this.keys = null;
            this.unique = false;
          }
        }
      }
      if (!this.unique) this.keys = null;
    }
  }

  profile(): ColumnProfile {
    const type: ContractType | undefined =
      this.values === 0 ? undefined : this.int ? 'integer' : this.num ? 'number' : this.bool ? 'boolean' : this.ts ? 'timestamp' : 'string';
    let values: ColumnProfile['values'];
    if (this.distinct !== null && type !== undefined && type !== 'timestamp') {
      const raw = [...this.distinct];
      if (type === 'integer' || type === 'number') values = [...new Set(raw.map((s) => parseNumberText(s, true)!))].sort((a, b) => a - b);
      else if (type === 'boolean') values = [...new Set(raw.map((s) => booleanText(s) === 'true'))].sort((a, b) => Number(a) - Number(b));
      else values = raw.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    }
    const isTs = type === 'timestamp';
    const hasRange = isTs ? this.tsMin <= this.tsMax : this.min <= this.max;
    return {
      name: this.name,
      type,
      rows: this.rows,
      nulls: this.nulls,
      min: hasRange ? (isTs ? this.tsMin : this.min) : NaN,
      max: hasRange ? (isTs ? this.tsMax : this.max) : NaN,
      values,
      unique: this.unique && this.values >= 2 && (type === 'integer' || type === 'string'),
      absentFrom: this.absentFrom,
    };
  }
}

/** Default table name: the first file's name without its extensions, as a plain YAML key. */
function tableName(file: string): string {
  const stem = basename(file).replace(/\.(csv|tsv|jsonl|ndjson|parquet|txt|gz)$/gi, '').replace(/\.(csv|tsv|jsonl|ndjson|parquet|txt)$/gi, '');
  const clean = stem.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^[^A-Za-z]+/, '');
  return clean || 'data';
}

/** Profile the files of one table in one streaming pass per file. */
export async function profileTable(patterns: string[], opts: InitOptions): Promise<TableProfile> {
  if (patterns.length === 0) throw new UserError('Give at least one data file (CSV, TSV, JSONL or Parquet) to profile.');
  const files = expandFiles(patterns, opts.workspace, 'Data');
  const maxValues = opts.maxValues ?? INIT_MAX_VALUES;
  const limit = maxUniqueKeys();
  const cols = new Map<string, ColumnProfiler>();
  let rows = 0;
  const shown: string[] = [];
  for (const file of files) {
    const abs = opts.roots ? resolveInputFile(file, { input: 'data', roots: opts.roots }) : resolve(opts.workspace, file);
    shown.push(displayPath(opts.workspace, file));
    const seen = new Set<string>();
    const before = rows;
    for await (const batch of streamTable(abs, { types: ALL_TEXT, label: 'Data' })) {
      for (const name of batch.columnNames) {
        if (seen.has(name)) continue;
        seen.add(name);
        let p = cols.get(name);
        if (p === undefined) {
          p = new ColumnProfiler(name, maxValues, limit);
          p.absent(before); // rows of earlier files, which lack it
          p.absentFrom.push(...shown.slice(0, -1));
          cols.set(name, p);
        }
        p.absent(rows - before); // JSONL: rows of this file before the key first appeared
      }
      for (const name of seen) {
        const col = batch.columns.get(name);
        if (col === undefined) cols.get(name)!.absent(batch.rowCount);
        else if (col.kind === 'string') cols.get(name)!.batch(col);
        else throw new Error(`contract init: column ${name} was read as numbers`);
      }
      rows += batch.rowCount;
    }
    for (const [name, p] of cols) {
      if (seen.has(name)) continue;
      p.absent(rows - before);
      p.absentFrom.push(shown[shown.length - 1]);
    }
  }
  const patternsShown = patterns.map((p) => (isGlob(p) ? p : displayPath(opts.workspace, p)));
  return { name: opts.table ?? tableName(files[0]), patterns: patternsShown, files: shown, rows, columns: [...cols.values()].map((c) => c.profile()) };
}

/** A YAML scalar: plain when it cannot be read as anything but this string, else double-quoted (JSON escapes). */
export function yamlString(s: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(s) && !/^(y|yes|n|no|true|false|on|off|null)$/i.test(s);
  return plain ? s : JSON.stringify(s);
}

function yamlNumber(v: number): string {
  return Object.is(v, -0) ? '0' : numberText(v);
}

/** Share rounded up to two significant digits, never below the share. */
export function ceilShare(share: number): number {
  if (share <= 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(share)) - 1);
  let v = Number((Math.ceil(share / step) * step).toPrecision(2));
  if (v < share) v = Number((v + step).toPrecision(2));
  return Math.min(v, 1);
}

/** The widened bounds of an observed range (see INIT_RULES). */
export function widenRange(min: number, max: number, integer: boolean): { min: number; max: number } {
  const width = max - min;
  const pad = width > 0 ? INIT_WIDEN * width : max !== 0 ? INIT_WIDEN * Math.abs(max) : 1;
  let lo = min - pad;
  let hi = max + pad;
  if (integer) {
    lo = Math.ceil(lo);
    hi = Math.floor(hi);
  } else {
    const exp = Math.floor(Math.log10(pad));
    if (exp >= -12 && exp <= 15) {
      const g = 10 ** exp;
      const digits = Math.max(0, -exp);
      // The epsilon keeps 1.1 / 0.1 = 11.000000000000002 from rounding to 1.2; the checks below keep the bounds outside.
      const l = Number((Math.floor(lo / g + 1e-9) * g).toFixed(digits));
      const h = Number((Math.ceil(hi / g - 1e-9) * g).toFixed(digits));
      if (l <= lo) lo = l;
      if (h >= hi) hi = h;
    }
  }
  // Near the ends of the double range the widening can overflow: keep the observed bound there.
  if (!Number.isFinite(lo)) lo = min;
  if (!Number.isFinite(hi)) hi = max;
  if (min >= 0 && lo < 0) lo = 0;
  if (max <= 0 && hi > 0) hi = 0;
  return { min: lo === 0 ? 0 : lo, max: hi === 0 ? 0 : hi };
}

function columnRules(c: ColumnProfile, tableRows: number): { rules: string[]; comment?: string } {
  const rules: string[] = [];
  if (c.type) rules.push(`type: ${c.type}`);
  if (tableRows > 0) {
    const share = c.nulls / tableRows;
    const bound = ceilShare(share);
    rules.push(bound >= 1 ? 'nulls: { max-share: 1 }' : `nulls: ${yamlNumber(bound)}`);
  }
  if ((c.type === 'integer' || c.type === 'number') && Number.isFinite(c.min) && Number.isFinite(c.max)) {
    const r = widenRange(c.min, c.max, c.type === 'integer');
    rules.push(`min: ${yamlNumber(r.min)}`, `max: ${yamlNumber(r.max)}`);
  }
  const repeated = c.values !== undefined && c.values.length < c.rows - c.nulls;
  if (c.values !== undefined && c.values.length > 0 && !c.unique && repeated) {
    const list = c.values.map((v) => (typeof v === 'string' ? yamlString(v) : typeof v === 'number' ? yamlNumber(v) : String(v)));
    rules.push(`in: [${list.join(', ')}]`, 'new-values: warn');
  }
  let comment: string | undefined;
  if (c.type === 'timestamp' && c.min === c.min) {
    comment = `observed ${new Date(c.min).toISOString()} to ${new Date(c.max).toISOString()}`;
  } else if (c.type === undefined) comment = 'no values: type unknown';
  return { rules, comment };
}

/** Text for a YAML comment: line breaks folded. */
function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}

/** The contract text for a profile: a header stating the rules, then `version: 1` and the table. */
export function renderInitContract(p: TableProfile): string {
  const kept = p.columns.filter((c) => c.absentFrom.length === 0);
  const left = p.columns.filter((c) => c.absentFrom.length > 0);
  const out: string[] = [
    `# Data contract written by \`mlci contract init\` from ${p.files.length === 1 ? oneLine(p.files[0]) : `${p.files.length} files`} (${p.rows} rows).`,
    '# A starting point that passes on the data it was profiled from: tighten what the data must hold, loosen what',
    '# may change, then check data with `mlci validate --contract <this file>` or the validate-data action. Rules:',
    ...INIT_RULES.map((r) => `#   ${r}`),
    // A column some file lacks would fail its presence check on that file: it is left out, and said so.
    ...left.map((c) => `# Left out: column ${oneLine(yamlString(c.name))}, absent from ${c.absentFrom.slice(0, 3).map(oneLine).join(', ')}${c.absentFrom.length > 3 ? ', …' : ''}.`),
    'version: 1',
    'tables:',
    `  ${yamlString(p.name)}:`,
    `    files: ${p.patterns.length === 1 ? yamlString(p.patterns[0]) : `[${p.patterns.map(yamlString).join(', ')}]`}`,
  ];
  if (p.rows > 0) out.push(`    rows: { min: ${Math.floor(p.rows / 2)}, max: ${p.rows * 2} }`);
  const unique = kept.filter((c) => c.unique).map((c) => yamlString(c.name));
  if (unique.length > 0) out.push(`    unique: [${unique.join(', ')}]`);
  if (kept.length > 0) {
    out.push('    columns:');
    for (const c of kept) {
      const { rules, comment } = columnRules(c, p.rows);
      out.push(`      ${yamlString(c.name)}: ${rules.length ? `{ ${rules.join(', ')} }` : '{}'}${comment ? `   # ${comment}` : ''}`);
    }
  }
  return out.join('\n') + '\n';
}

/** Profile the files and render the starting contract. */
export async function initContract(patterns: string[], opts: InitOptions): Promise<{ text: string; profile: TableProfile }> {
  const profile = await profileTable(patterns, opts);
  return { text: renderInitContract(profile), profile };
}
