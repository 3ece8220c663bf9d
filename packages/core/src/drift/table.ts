import { compareColumn, type ColumnDrift } from './column.js';
import { columnRuleFor, type DriftPolicy } from './policy.js';
import { columnFamily, type ColumnType, type TableProfile } from './summary.js';

export interface SchemaChange {
  added: Array<{ column: string; type: ColumnType }>;
  removed: Array<{ column: string; type: ColumnType }>;
  /** Type family changed (numeric ↔ string ↔ boolean); integer ↔ float is not a schema change. */
  retyped: Array<{ column: string; from: ColumnType; to: ColumnType }>;
}

export interface TableComparison {
  table: string;
  rows: { reference: number; current: number };
  /** Rows fell by more than the policy's max-row-drop. */
  rowsDropped: boolean;
  schema: SchemaChange;
  schemaChanged: boolean;
  /** Per compared column, in the current file's column order. */
  columns: ColumnDrift[];
  /** Columns skipped by `ignore` or with no values on one side. */
  skipped: string[];
  driftedShare: number;
  criticalDrifted: string[];
  /** Data set drift: drifted share ≥ drift-share, or a critical column drifted (STATS.md). */
  drift: boolean;
}

/** Compare a table's baseline profile with its current one: schema, row count, per-column drift, data set drift. */
export function compareTables(table: string, ref: TableProfile, cur: TableProfile, policy: DriftPolicy, policyFile?: string): TableComparison {
  const refCols = new Map(ref.columns.map((c) => [c.name, c]));
  const curCols = new Map(cur.columns.map((c) => [c.name, c]));
  const schema: SchemaChange = { added: [], removed: [], retyped: [] };
  for (const c of cur.columns) if (!refCols.has(c.name)) schema.added.push({ column: c.name, type: c.type });
  for (const c of ref.columns) if (!curCols.has(c.name)) schema.removed.push({ column: c.name, type: c.type });
  const columns: ColumnDrift[] = [];
  const skipped: string[] = [];
  for (const c of cur.columns) {
    const r = refCols.get(c.name);
    if (!r) continue;
    const fr = columnFamily(r.type);
    const fc = columnFamily(c.type);
    if (fr !== fc && fr !== 'empty' && fc !== 'empty') {
      schema.retyped.push({ column: c.name, from: r.type, to: c.type });
      continue;
    }
    const rule = columnRuleFor(policy, c.name);
    if (rule.ignore) {
      skipped.push(c.name);
      continue;
    }
    const d = compareColumn(c.name, r.summary, c.summary, rule, policy['small-reference'], policyFile);
    if (d) columns.push(d);
    else skipped.push(c.name);
  }
  const drifted = columns.filter((c) => c.drifted);
  const driftedShare = columns.length ? drifted.length / columns.length : 0;
  const criticalDrifted = drifted.filter((c) => columnRuleFor(policy, c.column).critical).map((c) => c.column);
  const rowsDropped = cur.rows < ref.rows * (1 - policy['max-row-drop']);
  return {
    table,
    rows: { reference: ref.rows, current: cur.rows },
    rowsDropped,
    schema,
    schemaChanged: schema.added.length + schema.removed.length + schema.retyped.length > 0,
    columns,
    skipped,
    driftedShare,
    criticalDrifted,
    drift: columns.length > 0 && (driftedShare >= policy['drift-share'] || criticalDrifted.length > 0),
  };
}
