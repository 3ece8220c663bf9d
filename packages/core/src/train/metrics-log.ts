import { UserError } from '../errors.js';
import { parseLooseJson } from './metrics-file.js';

/**
 * The metrics log: JSON Lines the training appends to while it runs, one object per logging step,
 * `{"step": 100, "loss": 0.71, "lr": 0.001}`. Read into columns (one Float64Array per numeric key, NaN where a line
 * lacks the key), never an object per line kept around.
 */
export interface MetricsLog {
  /**
   * The key used as x: the first of `step`, `global_step`, `iteration`, `iter`, `epoch` that any line has, or
   * undefined when lines are numbered. The other step-like keys are axes too, never charted as curves.
   */
  stepKey?: string;
  /** x of each row: the step value, or the 0-based row number. */
  step: Float64Array;
  /** Numeric series in the order their keys first appeared. Same length as `step`. */
  series: Array<{ name: string; values: Float64Array }>;
  rows: number;
  /** Keys whose values were never numbers (timestamps, phase names): left out of the charts. */
  ignoredKeys: string[];
  /** Non-fatal problems (a last line cut short by a kill, too many keys, NaN or Infinity values). */
  warnings: string[];
  /** Per key, how many values were NaN / Infinity (not charted) and the first line with one. */
  nonFinite: Array<{ key: string; nan: number; infinite: number; firstLine: number }>;
}

const STEP_KEYS = ['step', 'global_step', 'iteration', 'iter', 'epoch'];
/** Upper bound on charted series, so a log with a thousand keys cannot blow up the summary or memory. */
const MAX_SERIES = 64;

class Column {
  values: Float64Array;
  constructor(capacity: number, public readonly name: string) {
    this.values = new Float64Array(capacity).fill(NaN);
  }
  grow(capacity: number): void {
    const next = new Float64Array(capacity).fill(NaN);
    next.set(this.values);
    this.values = next;
  }
}

export function parseMetricsLog(text: string, file: string): MetricsLog {
  const lines = text.split('\n');
  const warnings: string[] = [];
  let capacity = 1024;
  const columns = new Map<string, Column>();
  const nonNumeric = new Set<string>();
  const nonFinite = new Map<string, { key: string; nan: number; infinite: number; firstLine: number }>();
  let rows = 0;
  let dropped = 0;
  const endsWithNewline = text.endsWith('\n');

  for (let li = 0; li < lines.length; li++) {
    const raw = lines[li].trim();
    if (raw === '') continue;
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch {
      try {
        // Python's json.dumps writes NaN and Infinity, which JSON.parse rejects.
        obj = parseLooseJson(raw, `${file}:${li + 1}`);
      } catch (e) {
        // A run killed mid-write leaves its last line cut short: keep everything before it.
        if (li === lines.length - 1 && !endsWithNewline) {
          warnings.push(`${file}: the last line (${li + 1}) is incomplete and was skipped (the run was probably stopped while writing it).`);
          break;
        }
        throw new UserError(`${file} line ${li + 1} is not valid JSON: ${(e as Error).message}. Write one JSON object per line.`, { file, line: li + 1 });
      }
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
      throw new UserError(`${file} line ${li + 1} is not a JSON object; write one object per line, such as {"step": 100, "loss": 0.7}.`, { file, line: li + 1 });
    }
    if (rows === capacity) {
      capacity *= 2;
      for (const c of columns.values()) c.grow(capacity);
    }
    for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
      if (typeof v !== 'number') {
        if (!columns.has(k)) nonNumeric.add(k);
        continue;
      }
      let col = columns.get(k);
      if (!col) {
        if (columns.size >= MAX_SERIES + STEP_KEYS.length && !STEP_KEYS.includes(k)) {
          dropped++;
          continue;
        }
        col = new Column(capacity, k);
        columns.set(k, col);
        nonNumeric.delete(k);
      }
      if (!Number.isFinite(v)) {
        let nf = nonFinite.get(k);
        if (!nf) nonFinite.set(k, (nf = { key: k, nan: 0, infinite: 0, firstLine: li + 1 }));
        if (Number.isNaN(v)) nf.nan++;
        else nf.infinite++;
      }
      col.values[rows] = v;
    }
    rows++;
  }

  const stepKey = STEP_KEYS.find((k) => columns.has(k));
  const step = stepKey ? (columns.get(stepKey) as Column).values.slice(0, rows) : Float64Array.from({ length: rows }, (_, i) => i);
  const series = [...columns.values()].filter((c) => !STEP_KEYS.includes(c.name));
  if (series.length > MAX_SERIES) dropped += series.length - MAX_SERIES;
  if (dropped > 0) warnings.push(`${file}: only the first ${MAX_SERIES} numeric keys are charted.`);
  if (stepKey) {
    let missing = 0;
    for (let i = 0; i < rows; i++) if (!Number.isFinite(step[i])) missing++;
    if (missing > 0) warnings.push(`${file}: ${missing} of ${rows} lines have no finite '${stepKey}' (the x axis); they are not charted.`);
  }
  for (const nf of nonFinite.values()) {
    const what = [nf.nan ? `NaN ${nf.nan} time(s)` : '', nf.infinite ? `Infinity ${nf.infinite} time(s)` : ''].filter(Boolean).join(' and ');
    warnings.push(`${file}: '${nf.key}' is ${what} (first on line ${nf.firstLine}); those points are not charted. A diverging loss or a division by zero in the training?`);
  }
  return {
    stepKey,
    step,
    series: series.slice(0, MAX_SERIES).map((c) => ({ name: c.name, values: c.values.slice(0, rows) })),
    rows,
    ignoredKeys: [...nonNumeric].filter((k) => !columns.has(k)),
    warnings,
    nonFinite: [...nonFinite.values()],
  };
}
