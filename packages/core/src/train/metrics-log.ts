import { UserError } from '../errors.js';
import { parseLooseJson } from './metrics-file.js';

/**
 * The metrics log: JSON Lines the training appends to while it runs, one object per logging step,
 * `{"step": 100, "loss": 0.71, "lr": 0.001}`. Read into columns (one Float64Array per numeric key, NaN where a line
 * lacks the key), never an object per line kept around.
 */
export interface MetricsLog {
  /** The key used as x (`step`, `global_step`, `iteration`, `iter`, `epoch`), or undefined when lines are numbered. */
  stepKey?: string;
  /** x of each row: the step value, or the 0-based row number. */
  step: Float64Array;
  /** Numeric series in the order their keys first appeared. Same length as `step`. */
  series: Array<{ name: string; values: Float64Array }>;
  rows: number;
  /** Keys whose values were never numbers (timestamps, phase names): left out of the charts. */
  ignoredKeys: string[];
  /** Non-fatal problems (a last line cut short by a kill, too many keys). */
  warnings: string[];
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
  let step = new Float64Array(capacity);
  const columns = new Map<string, Column>();
  const nonNumeric = new Set<string>();
  let stepKey: string | undefined;
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
    const rec = obj as Record<string, unknown>;
    if (stepKey === undefined && rows === 0) stepKey = STEP_KEYS.find((k) => typeof rec[k] === 'number');
    if (rows === capacity) {
      capacity *= 2;
      const next = new Float64Array(capacity);
      next.set(step);
      step = next;
      for (const c of columns.values()) c.grow(capacity);
    }
    const sv = stepKey === undefined ? undefined : rec[stepKey];
    step[rows] = typeof sv === 'number' ? sv : stepKey === undefined ? rows : NaN;
    for (const [k, v] of Object.entries(rec)) {
      if (k === stepKey) continue;
      if (typeof v !== 'number') {
        if (!columns.has(k)) nonNumeric.add(k);
        continue;
      }
      let col = columns.get(k);
      if (!col) {
        if (columns.size >= MAX_SERIES) {
          dropped++;
          continue;
        }
        col = new Column(capacity, k);
        columns.set(k, col);
        nonNumeric.delete(k);
      }
      col.values[rows] = v;
    }
    rows++;
  }
  if (dropped > 0) warnings.push(`${file}: only the first ${MAX_SERIES} numeric keys are charted.`);
  return {
    stepKey,
    step: step.slice(0, rows),
    series: [...columns.values()].map((c) => ({ name: c.name, values: c.values.slice(0, rows) })),
    rows,
    ignoredKeys: [...nonNumeric].filter((k) => k !== stepKey),
    warnings,
  };
}
